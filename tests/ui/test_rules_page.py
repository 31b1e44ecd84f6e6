"""The rule settings page: editing a period changes the due list, edition switches confirm, tariffs, models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no as barcode
from station.due import DueKind, DueStatus, due_items
from station.rule_settings import list_rules, list_tariffs
from ui.dialogs.rule_edit_dialog import RuleEditDialog
from ui.dialogs.tariff_dialog import TariffDialog
from ui.jobs import JobRunner
from ui.pages.rules_page import RulesPage

OLD_METER = barcode.make("1330001", 1)


@pytest.fixture
def station(workspace):  # type: ignore[no-untyped-def]
    """One household whose smart meter was verified in 2015 (8-year life: rotation due 2023-06-01)."""
    area = actions.create_area(workspace, code="T01", name="东街台区")
    home = actions.create_customer(workspace, CustomerDraft(
        "1000000002", "李四", tariff_category="居民生活", voltage_level="220V",
        contract_capacity_kva=Decimal(8), area_id=area.id, opened_on=dt.date(2015, 1, 1), phases=1))
    point = actions.load_customer_detail(workspace, home.id).points[0]
    (ident,) = actions.receive_assets(workspace, [AssetDraft(OLD_METER, "meter", model="DDZY71", maker="华立",
                                                             accuracy_class="2", phases=1)],
                                      dt.date(2015, 5, 1), "B1")
    actions.verify_asset(workspace, ident, dt.date(2015, 6, 1), "pass", "C1")
    actions.issue_asset(workspace, ident, dt.date(2015, 6, 5))
    actions.install_asset(workspace, ident, point.id, dt.date(2015, 6, 10), Decimal(0))
    return workspace


@pytest.fixture
def page(qtbot, station, ui_settings, english):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    p = RulesPage(station, runner, ui_settings)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.model.rowCount() > 0 and len(p.model.rows()) > 0, timeout=10_000)
    yield p
    runner.wait()


def rule_value(ws, key: str):  # type: ignore[no-untyped-def]
    with ws.sessions() as s:
        return next(r for r in list_rules(s) if r.key == key).value


def rotation_status(ws) -> DueStatus:  # type: ignore[no-untyped-def]
    with ws.sessions() as s:
        (item,) = [it for it in due_items(s, dt.date.today(), kinds=[DueKind.ROTATION])]
    return item.status


def test_editing_the_service_life_changes_the_due_list(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert rotation_status(station) == DueStatus.OVERDUE
    key = "rotation.service_life_years"
    life = dict(rule_value(station, key))
    life["smart_meter"] = 16
    def exec_(dlg):  # type: ignore[no-untyped-def]
        dlg.set_value(life)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # the dialog saves itself
        qtbot.waitUntil(lambda: not dlg.saving, timeout=10_000)
        return dlg.result()

    monkeypatch.setattr(RuleEditDialog, "exec", exec_)
    assert page.select_rule(key)
    with qtbot.waitSignal(page.rule_saved, timeout=10_000):
        page.edit_rule()
    qtbot.waitUntil(lambda: page.current_rule() is not None and page.current_rule().value == life, timeout=10_000)
    assert rotation_status(station) == DueStatus.OK  # verified 2015 + 16 years
    # The audit log names the operator.
    from sqlalchemy import select

    from db.schema import AuditLog

    with station.sessions() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.entity == "rule_setting")).all()
    assert [a.operator for a in log] == ["tester"]


def test_edition_switch_asks_first(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.No}

    def question(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    combo = page.edition_combos["edition.dlt448"]
    combo.setCurrentText("2000")
    combo.activated.emit(combo.currentIndex())
    assert len(asked) == 1 and "due date" in asked[0]
    assert combo.currentText() == "2016"  # refused: the edition in force is shown again
    assert rule_value(station, "edition.dlt448") == "2016"
    reply["button"] = QMessageBox.StandardButton.Yes
    combo.setCurrentText("2000")
    with qtbot.waitSignal(page.rule_saved, timeout=10_000):
        combo.activated.emit(combo.currentIndex())
    assert len(asked) == 2
    assert rule_value(station, "edition.dlt448") == "2000"


def test_rule_dialog_shows_why_a_value_is_refused(qtbot, page, english) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model.rows() if r.key == "onsite.period_months.2016")
    dlg = RuleEditDialog(row)
    qtbot.addWidget(dlg)
    assert dlg.ok_button.isEnabled()
    edit = dlg.findChild(type(dlg.source_edit), "rule_value:III")
    edit.clear()
    qtbot.keyClicks(edit, "-2")
    assert not dlg.ok_button.isEnabled()
    assert "whole number above 0" in dlg.problem_label.text()
    edit.clear()
    qtbot.keyClicks(edit, "12")
    assert dlg.ok_button.isEnabled()
    assert dlg.result_value().value["III"] == 12
    assert dlg.result_value().value["IV"] is None  # empty: no periodic test


def test_a_tariff_added_in_its_dialog_is_stored(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def exec_(dlg):  # type: ignore[no-untyped-def]
        dlg.category_combo.setCurrentIndex(dlg.category_combo.findData("居民生活"))
        dlg.voltage_combo.setCurrentText("220V")
        dlg.price_edit.setText("0.5600")
        dlg.from_edit.setDate(QDate(2025, 7, 1))
        dlg.source_edit.setText("省发改委价格通知")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # the dialog saves itself
        qtbot.waitUntil(lambda: not dlg.saving, timeout=10_000)
        return dlg.result()

    monkeypatch.setattr(TariffDialog, "exec", exec_)
    page.add_tariff()
    qtbot.waitUntil(lambda: any(t.source == "省发改委价格通知" for t in page.tariff_model.rows()), timeout=10_000)
    with station.sessions() as s:
        stored = [t for t in list_tariffs(s) if t.id is not None]
    assert [(t.price, t.effective_from) for t in stored] == [(Decimal("0.5600"), dt.date(2025, 7, 1))]


def test_models_pass_the_model_tester(qtmodeltester, page) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.tariff_model)


def test_tariff_dialog_refuses_a_zero_price_as_it_is_typed(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dlg = TariffDialog()
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.price_edit, "0")
    assert not dlg.ok_button.isEnabled()
    assert "above 0 yuan/kWh" in dlg.problem_label.text()  # station.rule_settings.validate_tariff's own reason
    qtbot.keyClicks(dlg.price_edit, ".56")
    assert dlg.ok_button.isEnabled() and dlg.problem_label.text() == ""
    qtbot.keyClicks(dlg.basic_edit, "-1")
    assert not dlg.ok_button.isEnabled()
    assert "basic charge must be above 0" in dlg.problem_label.text()


def test_long_sources_wrap_in_a_table_as_wide_as_the_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from ui.models.rules_model import RulesModel

    page.resize(1060, 640)  # the page at a 1280×800 window
    page.show()
    qtbot.waitExposed(page)
    tree, header = page.tree, page.tree.header()
    assert sum(header.sectionSize(c) for c in range(page.model.columnCount())) <= tree.viewport().width()
    area = page.model.index(0, 0)
    sources = [page.model.index(r, RulesModel.SOURCE, area) for r in range(page.model.rowCount(area))]
    longest = max(sources, key=lambda i: len(i.data()))
    one_line = tree.fontMetrics().height()
    assert tree.rowHeight(longest) > 1.5 * one_line  # wrapped onto a second line, not cut off
    assert longest.data(Qt.ItemDataRole.ToolTipRole) == longest.data()  # and the whole text on hover


def test_the_evidence_a_kind_of_order_needs_is_edited_as_a_list(qtbot, page, english) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in page.model.rows() if r.key == "orders.required_evidence")
    dlg = RuleEditDialog(row)
    qtbot.addWidget(dlg)
    edit = dlg.findChild(type(dlg.source_edit), "rule_evidence:theft")
    assert edit.text() == "photo, evidence-record" and dlg.ok_button.isEnabled()
    qtbot.keyClicks(edit, ", selfie")
    assert not dlg.ok_button.isEnabled() and "attachment kinds" in dlg.problem_label.text()
    edit.clear()
    qtbot.keyClicks(edit, "photo,seal")
    assert dlg.ok_button.isEnabled() and dlg.result_value().value["theft"] == ["photo", "seal"]


def test_the_holiday_calendar_is_kept_on_its_tab(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.widgets.holiday_calendar import HolidayDialog

    tab = page.holidays
    page.show()
    page.tabs.setCurrentWidget(tab)
    tab.year_combo.setCurrentIndex(tab.year_combo.findData(2026))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=10_000)  # the 2026 notice: 33 off, 6 worked
    national = [r for r in tab.model.rows() if r.name == "国庆节调休上班"]
    assert [r.day for r in national] == [dt.date(2026, 9, 20), dt.date(2026, 10, 10)]
    assert tab.model.index(0, 2).data() == "Public holiday"
    calls: list[object] = []

    def ask(cls, parent, previous=None, problems=None):  # type: ignore[no-untyped-def]
        calls.append(problems)
        if len(calls) == 1:  # a working day on a Monday: refused, asked again with the reason
            return dt.date(2026, 12, 28), "workday", "测试调休"
        return (dt.date(2026, 12, 26), "workday", "测试调休") if len(calls) == 2 else None

    monkeypatch.setattr(HolidayDialog, "ask", classmethod(ask))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=10_000)
    assert calls[1] and "Saturday or Sunday" in str(calls[1][0].message.text()), calls  # type: ignore[index]
    qtbot.waitUntil(lambda: any(r.day == dt.date(2026, 12, 26) for r in tab.model.rows()), timeout=10_000)
    row = next(i for i, r in enumerate(tab.model.rows()) if r.day == dt.date(2026, 12, 26))
    tab.view.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=10_000)
    assert [d.day for d in actions.load_holidays(station, 2026) if d.name == "测试调休"] == []
