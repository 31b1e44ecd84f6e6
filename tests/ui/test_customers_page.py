"""The customer ledger page: debounced search, filters, count, sorting, detail, new / edit / close."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station.customers import CustomerDraft, CustomerFilter, customer_ids
from ui.jobs import JobRunner
from ui.pages.customers_page import CustomersPage


@pytest.fixture
def page(qtbot, demo_ws, ui_settings, english):
    runner = JobRunner()
    p = CustomersPage(demo_ws, runner, ui_settings)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    yield p
    runner.wait()


def _count(ws, **flt) -> int:
    with ws.sessions() as s:
        return len(customer_ids(s, CustomerFilter(**flt)))


def test_count_of_all_customers_is_shown(page, demo_ws):
    assert page.count_label.text() == f"{_count(demo_ws):,} customer(s)"


def test_search_waits_for_typing_to_pause_then_requeries(page, demo_ws, qtbot):
    account = page.model.row_at(5).account_no
    queries = page.model.queries
    qtbot.keyClicks(page.search_edit, account[:8])
    assert page.model.queries == queries  # no query per key stroke
    qtbot.waitUntil(lambda: page.model.queries == queries + 1, timeout=2000)
    expected = _count(demo_ws, text=account[:8])
    assert page.model.rowCount() == expected
    assert page.count_label.text() == f"{expected:,} customer(s)"


def test_full_account_number_selects_the_customer(page, qtbot):
    row = page.model.row_at(7)
    page.search(row.account_no)
    assert page.model.rowCount() == 1
    assert page.current_id() == row.id
    qtbot.waitUntil(lambda: page.detail.title.text() == row.name, timeout=5000)  # read off the UI thread


def test_filters_narrow_the_list(page, demo_ws):
    page.voltage_combo.setCurrentIndex(page.voltage_combo.findData("10kV"))
    expected = _count(demo_ws, voltage_level="10kV")
    assert 0 < page.model.rowCount() == expected
    area = page.areas[0]
    page.area_combo.setCurrentIndex(page.area_combo.findData(area.id))
    assert page.model.rowCount() == _count(demo_ws, voltage_level="10kV", area_id=area.id)
    page.clear_filters()
    assert page.model.rowCount() == _count(demo_ws)


def test_header_click_sorts_through_sql(page, qtbot):
    header = page.view.horizontalHeader()
    col = page.model.column_of_sort_key("name")
    queries = page.model.queries
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + __import__("PySide6.QtCore").QtCore.QPoint(
                         header.sectionViewportPosition(col) + 10, 5))
    assert page.model.queries == queries + 1
    assert page.model.sort_key == "name"
    names = [page.model.row_at(r).name for r in range(20)]
    assert names == sorted(names) or names == sorted(names, reverse=True)


def test_selecting_a_customer_shows_metering_points_and_multiplier(page, demo_ws, qtbot):
    ident = next(page.model.id_at(r) for r in range(page.model.rowCount())
                 if page.model.row_at(r).voltage_level == "10kV")
    with qtbot.waitSignal(page.detail_shown, timeout=5000):
        page.open_customer(ident)
    detail = page.detail.detail
    assert detail is not None and detail.customer.id == ident
    assert page.detail.points.topLevelItemCount() == len(detail.points) >= 1
    point = detail.points[0]
    item = page.detail.points.topLevelItem(0)
    assert f"multiplier {point.multiplier:f}".rstrip("0").rstrip(".") in item.text(0)
    installed = [a for a in (point.meter, point.ct, point.pt) if a is not None]
    assert [item.child(i).text(1) for i in range(item.childCount())] == [a.asset_no for a in installed]
    assert point.ct is not None  # a 10 kV customer is metered through CTs: the ratio is shown
    assert point.ct.ratio in [item.child(i).text(3) for i in range(item.childCount())]


def test_history_lines_are_in_the_ui_language(page, demo_ws, qtbot):
    from ui.widgets.customer_detail import history_text

    with qtbot.waitSignal(page.detail_shown, timeout=5000):
        page.open_customer(page.model.id_at(0))
    detail = page.detail.detail
    event = next(h for h in detail.history if h.source == "asset_event")
    assert history_text(event).startswith("Installed  Meter  ")
    assert page.detail.history.topLevelItem(0).text(2) == history_text(detail.history[0])


def test_history_line_of_a_removal_shows_reading_and_reason_in_chinese(chinese):
    from station.domain.rows import HistoryRow
    from ui.widgets.customer_detail import history_text

    removed = HistoryRow(dt.datetime(2024, 6, 1, 9), "tester", "asset_event", "asset", 7, "removed",
                         "2024-06-01 removed meter 123 reading 1234.50: 销户拆表", {"status": "installed"},
                         {"status": "in_stock"}, happened_on=dt.date(2024, 6, 1), asset_no="123",
                         asset_kind="meter", reading=Decimal("1234.50"), reason="销户拆表")
    text = history_text(removed)
    assert "removed" not in text and "reading" not in text  # nothing of the English summary leaks through
    assert text.startswith("拆除  电能表  123  ") and "1234.50" in text and text.endswith("销户拆表")


def _valid_draft(account_no: str = "990000000001") -> CustomerDraft:
    return CustomerDraft(account_no=account_no, name="New Shop", address="城关镇东街1号", phone="13800000000",
                         tariff_category="一般工商业", voltage_level="380V", contract_capacity_kva=Decimal(30),
                         opened_on=dt.date(2024, 3, 1), phases=3)


def test_new_customer_is_saved_and_selected(page, qtbot, monkeypatch):
    _edit_with_the_real_form(monkeypatch, qtbot, draft=_valid_draft())
    with qtbot.waitSignal(page.customer_saved, timeout=5000) as blocker:
        page.new_action.trigger()
    row = page.model.row_at(page.model.row_of_id(blocker.args[0]))
    assert row.account_no == "990000000001" and row.name == "New Shop"
    assert page.current_id() == row.id


def test_close_asks_for_confirmation_then_closes(page, qtbot, monkeypatch, demo_ws):
    from station import actions
    from ui.dialogs.close_customer import CloseCustomerDialog

    new = actions.create_customer(demo_ws, _valid_draft("990000000002"))  # no meter installed yet
    page.refresh()
    page.open_customer(new.id)
    monkeypatch.setattr(CloseCustomerDialog, "ask",
                        classmethod(lambda cls, parent, a, n: (dt.date(2025, 1, 2), "拆迁")))
    asked: list[str] = []

    def answer(parent, title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.close_action.trigger()  # answered No: nothing happens
    assert page.model.row_at(page.model.row_of_id(new.id)).status == "active"
    with qtbot.waitSignal(page.customer_saved, timeout=5000):
        page.close_action.trigger()
    assert "990000000002" in asked[0]
    row = page.model.row_at(page.model.row_of_id(new.id))
    assert (row.status, row.closed_on, row.close_reason) == ("closed", dt.date(2025, 1, 2), "拆迁")
    assert not page.close_action.isEnabled()


def test_closing_a_customer_with_a_meter_shows_the_reason(page, qtbot, monkeypatch):
    from ui.dialogs.close_customer import CloseCustomerDialog

    page.open_customer(page.model.id_at(0))  # demo customers have their meter installed
    monkeypatch.setattr(CloseCustomerDialog, "ask", classmethod(lambda cls, p, a, n: (dt.date.today(), "迁出")))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    page.close_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "still installed" in warned[0]
    assert page.model.row_at(0).status == "active"


def _edit_with_the_real_form(monkeypatch, qtbot, seen: dict | None = None, change=None, draft=None) -> None:
    """Let New/Edit build the real form from what the page gives it and press OK at once (no modal loop): the
    form saves itself and closes when saved, or stays open with the refusal."""
    from ui.dialogs.customer_form import CustomerForm

    def exec_(form):
        if seen is not None:
            seen.update(form=form, areas=[form.area_combo.itemData(i) for i in range(1, form.area_combo.count())])
        if draft is not None:
            form._load(draft)
        if change is not None:
            change(form)
        form.run_check()
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.saving, timeout=5000)
        return form.result()

    monkeypatch.setattr(CustomerForm, "exec", exec_)


def test_refresh_reads_areas_added_since_the_page_opened(page, demo_ws):
    from station import actions

    area = actions.create_area(demo_ws, code="T-NEW-1", name="New area one")
    assert page.area_combo.findData(area.id) < 0
    page.refresh()
    assert page.area_combo.findData(area.id) > 0


def test_edit_keeps_an_area_added_after_the_page_opened(page, demo_ws, qtbot, monkeypatch):
    from station import actions
    from station.customers import draft_of

    area = actions.create_area(demo_ws, code="T-NEW-2", name="New area two")
    ident = page.model.id_at(0)
    row = page.model.row_at(0)
    actions.update_customer(demo_ws, ident, CustomerDraft(**{**_fields(draft_of(row)), "area_id": area.id}))
    page.model.refresh_rows([ident])  # the row is re-read, but the page's area list is the one it started with
    page.open_customer(ident)
    seen: dict = {}
    _edit_with_the_real_form(monkeypatch, qtbot, seen, change=lambda f: f.phone_edit.setText("13900000009"))
    with qtbot.waitSignal(page.customer_saved, timeout=5000):
        page.edit_action.trigger()
    assert area.id in [a.id for a in seen["areas"]]
    saved = actions.load_customer_detail(demo_ws, ident).customer
    assert (saved.area_id, saved.phone) == (area.id, "13900000009")


def _fields(draft: CustomerDraft) -> dict:
    return {f: getattr(draft, f) for f in draft.__slots__}


def test_edit_starts_from_the_stored_record_not_the_table_cache(page, demo_ws, qtbot, monkeypatch):
    from station import actions
    from station.customers import draft_of

    ident = page.model.id_at(2)
    page.open_customer(ident)
    cached = page.model.row_at(page.model.row_of_id(ident))  # the table has read the row
    other = CustomerDraft(**{**_fields(draft_of(cached)), "address": "Another counter's address",
                             "penalty_multiple": Decimal(2)})
    actions.update_customer(demo_ws, ident, other)  # saved elsewhere; this page's cache is now stale
    _edit_with_the_real_form(monkeypatch, qtbot, change=lambda f: f.phone_edit.setText("13900000007"))
    with qtbot.waitSignal(page.customer_saved, timeout=5000):
        page.edit_action.trigger()
    saved = actions.load_customer_detail(demo_ws, ident).customer
    assert (saved.address, saved.penalty_multiple, saved.phone) == (
        "Another counter's address", Decimal(2), "13900000007")


def test_edit_saved_over_a_change_made_meanwhile_is_refused(page, demo_ws, qtbot, monkeypatch):
    from station import actions
    from ui.dialogs.stale_view import StalePanel

    ident = page.model.id_at(3)
    page.open_customer(ident)
    name = page.model.row_at(page.model.row_of_id(ident)).name

    def meanwhile(form):  # another counter saves while this form is open
        actions.update_customer(demo_ws, ident, CustomerDraft(**{**_fields(form.value()), "address": "Elsewhere"}))
        form.name_edit.setText("Renamed here")

    seen: dict = {}
    _edit_with_the_real_form(monkeypatch, qtbot, seen, change=meanwhile)
    assert page.edit_customer() is None  # not saved: the form stayed open with the reason and the input
    form = seen["form"]
    panel = form.findChild(StalePanel, "stale_panel")
    assert panel is not None and not panel.isHidden() and "Elsewhere" in panel.text()  # the address saved now
    assert form.problem_label.text() == ""  # nothing else is wrong with the input
    assert form.name_edit.text() == "Renamed here"
    saved = actions.load_customer_detail(demo_ws, ident).customer
    assert (saved.address, saved.name) == ("Elsewhere", name)  # neither counter's work is lost silently


def test_edit_of_a_customer_gone_from_the_database_says_so(page, demo_ws, monkeypatch):
    from sqlalchemy import delete

    from db.schema import Customer, MeteringPoint
    from station import actions
    from ui.dialogs.customer_form import CustomerForm

    new = actions.create_customer(demo_ws, _valid_draft("990000000003"))
    page.refresh()
    page.open_customer(new.id)
    with demo_ws.sessions.begin() as s:  # removed behind the page's back (a restore, another station)
        s.execute(delete(MeteringPoint).where(MeteringPoint.customer_id == new.id))
        s.execute(delete(Customer).where(Customer.id == new.id))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(CustomerForm, "exec", lambda form: pytest.fail("form opened"))
    page.edit_action.trigger()
    assert told == ["This customer is no longer in the ledger."]
    assert page.model.row_of_id(new.id) < 0


def _closed_customer(page, demo_ws, account_no: str) -> int:
    from station import actions

    new = actions.create_customer(demo_ws, _valid_draft(account_no))
    actions.close_customer(demo_ws, new.id, dt.date(2025, 1, 2), "拆迁")
    page.refresh()
    page.open_customer(new.id)
    return new.id


def test_edit_and_close_are_disabled_for_a_closed_account_and_say_why(page, demo_ws):
    _closed_customer(page, demo_ws, "990000000004")
    assert not page.edit_action.isEnabled() and not page.close_action.isEnabled()
    assert page.edit_action.toolTip() == "A closed account cannot be edited."
    assert page.close_action.toolTip() == "This account is already closed."
    page.open_customer(page.model.id_at(0))  # an open account: both come back, with their usual tips
    assert page.edit_action.isEnabled() and page.close_action.isEnabled()
    assert page.edit_action.toolTip() == "Edit the selected customer (Ctrl+E)"


def test_edit_of_a_closed_account_says_so_instead_of_opening_the_form(page, demo_ws, monkeypatch):
    from ui.dialogs.customer_form import CustomerForm

    ident = _closed_customer(page, demo_ws, "990000000005")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(CustomerForm, "exec", lambda form: pytest.fail("form opened"))
    page.view.activated_id.emit(ident)  # a double-click reaches Edit even when its button is disabled
    assert told == ["A closed account cannot be edited."]


def test_edit_of_an_account_closed_at_another_counter_says_so(page, demo_ws, monkeypatch):
    from station import actions
    from ui.dialogs.customer_form import CustomerForm

    new = actions.create_customer(demo_ws, _valid_draft("990000000006"))
    page.refresh()
    page.open_customer(new.id)
    assert page.edit_action.isEnabled()  # the table still has it open
    actions.close_customer(demo_ws, new.id, dt.date(2025, 1, 2), "拆迁")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(CustomerForm, "exec", lambda form: pytest.fail("form opened"))
    page.edit_action.trigger()
    assert told == ["A closed account cannot be edited."]
    assert not page.edit_action.isEnabled()  # the row was re-read


def test_close_of_a_customer_gone_from_the_database_says_so(page, demo_ws, monkeypatch):
    from sqlalchemy import delete

    from db.schema import Customer, MeteringPoint
    from station import actions
    from ui.dialogs.close_customer import CloseCustomerDialog

    new = actions.create_customer(demo_ws, _valid_draft("990000000007"))
    page.refresh()
    page.open_customer(new.id)
    with demo_ws.sessions.begin() as s:
        s.execute(delete(MeteringPoint).where(MeteringPoint.customer_id == new.id))
        s.execute(delete(Customer).where(Customer.id == new.id))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(CloseCustomerDialog, "ask", classmethod(lambda cls, *a: pytest.fail("dialog opened")))
    page.close_action.trigger()
    assert told == ["This customer is no longer in the ledger."]
    assert page.model.row_of_id(new.id) < 0


def test_close_reads_the_stored_customer_not_the_table_cache(page, demo_ws, qtbot, monkeypatch):
    from station import actions
    from ui.dialogs.close_customer import CloseCustomerDialog

    new = actions.create_customer(demo_ws, _valid_draft("990000000008"))
    page.refresh()
    page.open_customer(new.id)
    asked: list[tuple[str, str]] = []

    def ask(cls, parent, account_no, name):
        asked.append((account_no, name))
        return dt.date(2025, 1, 2), "拆迁"

    monkeypatch.setattr(CloseCustomerDialog, "ask", classmethod(ask))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.customer_saved, timeout=5000):
        page.close_customer()
    assert asked == [("990000000008", "New Shop")]
    assert actions.load_customer_detail(demo_ws, new.id).customer.status == "closed"


def test_a_close_after_an_edit_at_another_counter_is_refused_and_says_so(page, demo_ws, qtbot, monkeypatch):
    from station import actions
    from ui.dialogs.close_customer import CloseCustomerDialog

    new = actions.create_customer(demo_ws, _valid_draft("990000000009"))
    page.refresh()
    page.open_customer(new.id)

    def ask(cls, parent, account_no, name):  # while the clerk types the reason, another counter edits
        edited = _valid_draft("990000000009")
        actions.update_customer(demo_ws, new.id, dataclasses.replace(edited, phone="13900000000"))
        return dt.date(2025, 1, 2), "拆迁"

    monkeypatch.setattr(CloseCustomerDialog, "ask", classmethod(ask))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    page.close_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "Changed by someone else" in warned[0]
    stored = actions.load_customer_detail(demo_ws, new.id).customer
    assert (stored.status, stored.phone) == ("active", "13900000000")
