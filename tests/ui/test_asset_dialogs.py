"""Asset lifecycle dialogs: validation, scanner Enter, the install guard's reasons, and the page's step actions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no as barcode
from station.domain.codes import AssetStatus
from ui.dialogs.asset_install import InstallDialog
from ui.dialogs.asset_receive import ReceiveDialog, ReceiveRequest
from ui.dialogs.asset_remove import RemoveDialog
from ui.dialogs.asset_simple_step import SimpleStepDialog
from ui.dialogs.asset_verify import VerifyDialog
from ui.main_window import MainWindow
from ui.widgets.asset_detail import AssetDetailWidget

PREFIX = "9990109"  # a unit/type prefix the demo station does not use
TODAY = dt.date.today()


def _years_ago(years: float) -> dt.date:
    return TODAY - dt.timedelta(days=round(365.25 * years))


def _meter(ws, serial: int, *, verified: dt.date | None, received: dt.date, issued: dt.date | None = None,
           result: str = "pass"):
    """A single-phase smart meter received, verified and issued on the given days; returns its AssetRow."""
    number = barcode.make(PREFIX, serial)
    [ident] = actions.receive_assets(ws, [AssetDraft(number, "meter", model="DDZY285", accuracy_class="2",
                                                     rated_current="5(60)A", constant=1200)], received, "T-1")
    if verified is not None:
        actions.verify_asset(ws, ident, verified, result, "C-1" if result == "pass" else None)
    if issued is not None:
        actions.issue_asset(ws, ident, issued)
    return actions.load_asset_rows(ws, [ident])[ident]


@pytest.fixture
def customer(demo_ws):
    """A new customer: one metering point with nothing installed yet."""
    return actions.create_customer(demo_ws, CustomerDraft("880000001", "测试用户", "测试路1号", tariff_category="居民生活",
                                                          voltage_level="220V", opened_on=_years_ago(1)))


# --- receive ------------------------------------------------------------------------------------


def test_receive_range_shows_the_count_and_returns_every_barcode(qtbot, english):
    dlg = ReceiveDialog(None)
    qtbot.addWidget(dlg)
    first, last = barcode.make(PREFIX, 100), barcode.make(PREFIX, 104)
    qtbot.keyClicks(dlg.first_edit, first)
    qtbot.keyClicks(dlg.last_edit, last)
    assert dlg.count_label.text() == "5 asset(s) to receive"
    assert not dlg.ok_button.isEnabled()
    assert "The batch number is required" in dlg.problem_label.text()
    qtbot.keyClicks(dlg.batch_edit, "B-2024-07")
    assert dlg.ok_button.isEnabled(), dlg.problem_label.text()
    value = dlg.value()
    assert isinstance(value, ReceiveRequest)
    assert [d.asset_no for d in value.drafts] == [barcode.make(PREFIX, s) for s in range(100, 105)]
    assert value.batch_no == "B-2024-07" and value.drafts[0].kind == "meter"


def test_scanner_enter_fills_the_field_and_does_not_close_the_dialog(qtbot, english):
    dlg = ReceiveDialog(None)
    qtbot.addWidget(dlg)
    dlg.batch_edit.setText("B-1")  # a complete form: Enter reaching the dialog would accept it
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.first_edit.setFocus()
    # A scanner behind a Chinese IME sends full-width digits (QTest types ASCII only: set the text).
    dlg.first_edit.setText("９９９" + barcode.make(PREFIX, 7)[3:])
    qtbot.keyClick(dlg.first_edit, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.result() == 0
    assert dlg.first_edit.text() == barcode.make(PREFIX, 7)
    assert dlg.focusWidget() is dlg.last_edit  # ready for the next scan
    assert dlg.count_label.text() == "1 asset(s) to receive"


def test_receive_list_names_a_misread_barcode(qtbot, english):
    dlg = ReceiveDialog(None)
    qtbot.addWidget(dlg)
    dlg.list_radio.setChecked(True)
    good = barcode.make(PREFIX, 1)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)  # wrong check digit
    dlg.list_edit.setPlainText(f"{good}\n{bad}\n")
    dlg.batch_edit.setText("B-1")
    assert not dlg.ok_button.isEnabled()
    assert f"{bad} is not a valid 22-digit asset number" in dlg.problem_label.text()


def test_receive_checks_the_nameplate_for_the_kind(qtbot, english):
    dlg = ReceiveDialog(None)
    qtbot.addWidget(dlg)
    dlg.first_edit.setText(barcode.make(PREFIX, 1))
    dlg.batch_edit.setText("B-1")
    dlg.kind_combo.setCurrentIndex(dlg.kind_combo.findData("ct"))
    assert not dlg.ok_button.isEnabled()  # a CT needs its ratio
    assert dlg.problem_label.text()
    dlg.ratio_edit.setText("200/5")
    assert dlg.ok_button.isEnabled(), dlg.problem_label.text()
    assert dlg.value().drafts[0].ratio == "200/5"


# --- install -------------------------------------------------------------------------------------------


def test_install_without_reading_keeps_ok_disabled(qtbot, demo_ws, customer, english):
    meter = _meter(demo_ws, 1, received=_years_ago(1), verified=_years_ago(1), issued=_years_ago(0.5))
    dlg = InstallDialog(None, demo_ws, meter)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.account_edit, customer.account_no)
    qtbot.keyClick(dlg.account_edit, Qt.Key.Key_Return)
    assert dlg.customer_info.text().startswith("测试用户")
    assert dlg.point_combo.count() == 1
    assert not dlg.ok_button.isEnabled()
    assert dlg.problem_label.text() == "The opening register reading is required"
    qtbot.keyClicks(dlg.reading_edit, "12.5")
    assert dlg.ok_button.isEnabled(), dlg.problem_label.text()
    value = dlg.value()
    assert (value.asset_id, value.reading) == (meter.id, Decimal("12.5"))
    assert value.metering_point_id == dlg.point_combo.currentData().id


def test_tab_from_the_metering_point_reaches_the_reading_not_the_date(qtbot, demo_ws, customer, english):
    meter = _meter(demo_ws, 90, received=_years_ago(1), verified=_years_ago(1), issued=_years_ago(0.5))
    dlg = InstallDialog(None, demo_ws, meter)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.point_combo.setFocus()
    qtbot.keyClick(dlg.point_combo, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.reading_edit
    qtbot.keyClicks(dlg.reading_edit, "0.10")
    assert dlg.reading_edit.text() == "0.10" and dlg.date_edit.date().toPython() == TODAY


def test_install_refuses_an_expired_meter_with_the_station_reason(qtbot, demo_ws, customer, english):
    # Verified 9 years ago and issued while still valid: a smart meter's 8-year service period is over now.
    meter = _meter(demo_ws, 2, received=_years_ago(9.2), verified=_years_ago(9.1), issued=_years_ago(7.5))
    assert meter.status == AssetStatus.ISSUED and meter.expires_on < TODAY
    dlg = InstallDialog(None, demo_ws)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.asset_edit, meter.asset_no)
    qtbot.keyClick(dlg.asset_edit, Qt.Key.Key_Return)
    assert dlg.isVisible()  # the scan's Enter looked the asset up, it did not press OK
    qtbot.keyClicks(dlg.account_edit, customer.account_no)
    qtbot.keyClick(dlg.account_edit, Qt.Key.Key_Return)
    dlg.reading_edit.setText("0")
    assert not dlg.ok_button.isEnabled()
    assert f"service period ended on {meter.expires_on.isoformat()}" in dlg.problem_label.text()


def test_install_names_an_unverified_meter_and_an_unknown_customer(qtbot, demo_ws, english):
    meter = _meter(demo_ws, 3, received=_years_ago(0.1), verified=None)
    dlg = InstallDialog(None, demo_ws, meter)
    qtbot.addWidget(dlg)
    dlg.account_edit.setText("123456789")
    dlg.look_up()
    text = dlg.problem_label.text()
    assert "has not been verified" in text
    assert "No customer with account no. 123456789" in text


# --- the other steps -------------------------------------------------------------------------------------


def test_remove_requires_the_closing_reading(qtbot, english):
    from ui.dialogs.asset_preview import sample_asset

    dlg = RemoveDialog(None, sample_asset(status="installed", account_no="3100000001"))
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    assert "The closing register reading is required" in dlg.problem_label.text()
    qtbot.keyClicks(dlg.reading_edit, "-3")
    assert dlg.problem_label.text().startswith("A reading cannot be negative")
    dlg.reading_edit.setText("4521.30")
    assert dlg.problem_label.text() == "Give the reason for the removal"  # none is preset
    dlg.reason_combo.setCurrentIndex(dlg.reason_combo.findData("fault"))
    assert dlg.ok_button.isEnabled()
    assert (dlg.value().reading, dlg.value().reason) == (Decimal("4521.30"), "故障")  # the ledger's term


def test_remove_refuses_a_reading_below_the_last_known_one(qtbot, english):
    from station.domain.readings import KnownReading
    from ui.dialogs.asset_preview import sample_asset

    last = KnownReading(Decimal("0.66"), dt.date(2026, 1, 5), "installed")
    dlg = RemoveDialog(None, sample_asset(status="installed", account_no="3100000001"), last)
    qtbot.addWidget(dlg)
    assert "Last known reading: 0.66" in dlg.intro.text()
    qtbot.keyClicks(dlg.reading_edit, "0.30")
    dlg.reason_combo.setCurrentIndex(dlg.reason_combo.findData("rotation"))
    assert "below the meter's last known reading 0.66" in dlg.problem_label.text()
    assert not dlg.ok_button.isEnabled()
    dlg.below_combo.setCurrentIndex(dlg.below_combo.findData("fault"))
    assert dlg.ok_button.isEnabled() and dlg.value().below_last == "fault"


def test_marking_for_scrap_requires_a_reason(qtbot, english):
    from ui.dialogs.asset_preview import sample_asset

    dlg = SimpleStepDialog(None, "to_scrap", sample_asset(status="failed"))
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    assert dlg.problem_label.text() == "A reason for scrapping is required"
    qtbot.keyClicks(dlg.reason_edit, "damaged")
    assert dlg.ok_button.isEnabled()
    issue = SimpleStepDialog(None, "issued", sample_asset())
    qtbot.addWidget(issue)
    assert issue.ok_button.isEnabled()  # issuing needs no reason


def test_verification_pass_needs_a_certificate(qtbot, english):
    from ui.dialogs.asset_preview import sample_asset

    dlg = VerifyDialog(None, sample_asset(status="received", verified_on=None, verification_result=None))
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    dlg.verification.fail_radio.setChecked(True)
    assert dlg.ok_button.isEnabled()
    dlg.verification.pass_radio.setChecked(True)
    dlg.verification.certificate_edit.setText("JD-1")
    assert dlg.value().result == "pass" and dlg.value().certificate_no == "JD-1"


# --- the page: detail pane, actions enabled by status, steps run as jobs ---------------------------------


def test_detail_pane_offers_only_the_allowed_steps(qtbot, english):
    from station.domain.rows import AssetDetail
    from ui.dialogs.asset_preview import sample_asset

    w = AssetDetailWidget()
    qtbot.addWidget(w)
    w.show()
    w.show_detail(AssetDetail(sample_asset(status="in_stock"), ()))
    shown = {k for k, b in w.step_buttons.items() if b.isVisible()}
    assert shown == {"verified", "issued", "to_scrap"}
    w.show_detail(AssetDetail(sample_asset(status="installed", account_no="31"), ()))
    assert {k for k, b in w.step_buttons.items() if b.isVisible()} == {"removed"}
    with qtbot.waitSignal(w.step_requested) as blocker:
        w.step_buttons["removed"].click()
    assert blocker.args == ["removed"]


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    w.show_page("assets")
    yield w
    w.runner.wait()


def _answer(monkeypatch, qtbot, fill) -> None:
    """Every step dialog the page opens is filled by `fill(dlg)` and OK clicked (no modal loop): the dialog
    saves itself and closes when saved, or stays open (a refusal, a "no" to the question)."""
    from ui.dialogs.asset_common import StepDialog

    def exec_(dlg):
        fill(dlg)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        return dlg.result()

    monkeypatch.setattr(StepDialog, "exec", exec_)


def test_receive_then_verify_from_the_asset_page(window, qtbot, demo_ws, monkeypatch):
    la = window.ledger_actions
    page = window.current_page()
    assert isinstance(page.detail, AssetDetailWidget)
    number = barcode.make(PREFIX, 500)

    def receive(dlg):
        dlg.first_edit.setText(number)
        dlg.last_edit.setText(number)
        dlg.model_edit.setText("DDZY285")
        dlg.batch_edit.setText("B-9")

    _answer(monkeypatch, qtbot, receive)
    with qtbot.waitSignal(la.step_done, timeout=20_000):
        la.receive()
    row = la.current_asset()
    assert row is not None and row.asset_no == number and row.status == AssetStatus.RECEIVED
    assert row.batch_no == "B-9"
    assert la.step_actions["verified"].isEnabled() and not la.step_actions["issued"].isEnabled()

    def verify(dlg):
        dlg.verification.pass_radio.setChecked(True)
        dlg.verification.certificate_edit.setText("JD-9")

    _answer(monkeypatch, qtbot, verify)
    with qtbot.waitSignal(la.step_done, timeout=20_000):
        la.run_step("verified")
    assert la.current_asset().status == AssetStatus.IN_STOCK
    qtbot.waitUntil(lambda: page.detail.events.topLevelItemCount() == 2, timeout=20_000)  # read off the UI thread
    assert page.detail.title.text() == number
    assert la.step_actions["issued"].isEnabled()


def test_scrapping_asks_for_confirmation_first(window, qtbot, demo_ws, monkeypatch):
    la = window.ledger_actions
    failed = _meter(demo_ws, 600, received=_years_ago(0.2), verified=_years_ago(0.1), result="fail")
    actions.mark_to_scrap(demo_ws, failed.id, TODAY, "failed")
    window.current_page().open_asset(failed.id)
    _answer(monkeypatch, qtbot, lambda dlg: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert la.run_step("scrapped") is None  # "no": the dialog stays (here: its loop ends unanswered)
    assert la.last_dialog.ok_button.isEnabled() and not la.last_dialog.saving
    assert la.current_asset().status == AssetStatus.TO_SCRAP
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(la.step_done, timeout=20_000):
        la.run_step("scrapped")
    assert la.current_asset().status == AssetStatus.SCRAPPED


def test_a_refused_removal_keeps_the_dialog_and_its_input(window, qtbot, demo_ws, monkeypatch, customer, modal):

    la = window.ledger_actions
    meter = _meter(demo_ws, 700, received=_years_ago(1), verified=_years_ago(1), issued=_years_ago(0.5))
    point = actions.load_customer_detail(demo_ws, customer.id).points[0]
    actions.install_asset(demo_ws, meter.id, point.id, TODAY, Decimal(0))
    window.current_page().open_asset(meter.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[str] = []

    def work() -> None:
        dlg = la.last_dialog
        qtbot.keyClicks(dlg.reading_edit, "5")
        dlg.reason_combo.setCurrentIndex(dlg.reason_combo.findData("fault"))
        # A removal dated before the installation is refused by the station's date-order guard.
        dlg.date_edit.setDate(dlg.date_edit.date().addDays(-30))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        seen.append(dlg.problem_label.text())
        assert dlg.isVisible() and dlg.reading_edit.text() == "5" and dlg.date_edit.property("refused")
        dlg.reject()

    modal.start(work)
    assert la.run_step("removed") is None
    modal.check()
    assert "before the asset's last recorded step" in seen[0]
    assert la.current_asset().status == AssetStatus.INSTALLED
