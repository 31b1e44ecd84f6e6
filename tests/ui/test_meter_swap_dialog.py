"""换表 from the customer page and the asset page: the dialog's checks, a refused save that keeps the input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no as barcode
from station.domain.codes import AssetStatus
from ui.dialogs.meter_swap import SwapDialog

PREFIX = "9990109"
TODAY = dt.date.today()
ACCOUNT = "880000001"


def _meter(ws, serial: int, *, issued: bool = True) -> int:
    number = barcode.make(PREFIX, serial)
    [ident] = actions.receive_assets(ws, [AssetDraft(number, "meter", model="DDZY285", accuracy_class="2")],
                                     TODAY - dt.timedelta(days=40), "T-1")
    actions.verify_asset(ws, ident, TODAY - dt.timedelta(days=39), "pass", "C-1")
    if issued:
        actions.issue_asset(ws, ident, TODAY - dt.timedelta(days=38))
    return ident


@pytest.fixture
def installed(demo_ws):
    """Customer ACCOUNT with meter 1 installed 30 days ago at 100.5; meter 2 issued, ready to go in."""
    row = actions.create_customer(demo_ws, CustomerDraft(ACCOUNT, "测试用户", "测试路1号", tariff_category="居民生活",
                                                         voltage_level="220V", opened_on=TODAY - dt.timedelta(days=400)))
    point = actions.load_customer_detail(demo_ws, row.id).points[0].id
    old = _meter(demo_ws, 1)
    actions.install_asset(demo_ws, old, point, TODAY - dt.timedelta(days=30), Decimal("100.5"))
    _meter(demo_ws, 2)
    return row


def _fill(qtbot, dlg: SwapDialog, old: str, new_no: str, new: str, reason_index: int = 1) -> None:
    qtbot.keyClicks(dlg.old_reading, old)
    dlg.new_edit.setFocus()
    qtbot.keyClicks(dlg.new_edit, new_no)
    qtbot.keyClick(dlg.new_edit, Qt.Key.Key_Return)  # a scanner's Enter: looked up, focus to the reading
    assert dlg.focusWidget() is dlg.new_reading
    qtbot.waitUntil(dlg.looked_up, timeout=20_000)  # the look-ups read off the UI thread
    qtbot.keyClicks(dlg.new_reading, new)
    dlg.reason_combo.setCurrentIndex(reason_index)


@pytest.fixture
def runner():
    from ui.jobs import JobRunner

    r = JobRunner()
    yield r
    r.wait()


def test_the_dialog_refuses_a_closing_reading_below_the_install_reading(qtbot, demo_ws, installed, runner, english):
    dlg = SwapDialog(None, demo_ws, runner, ACCOUNT)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.looked_up, timeout=20_000)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.old_asset() is not None and "100.5" in dlg.old_info.text()
    assert dlg.focusWidget() is dlg.old_reading
    _fill(qtbot, dlg, "30", barcode.make(PREFIX, 2), "0")
    assert not dlg.ok_button.isEnabled()
    assert "below the meter's last known reading 100.5" in dlg.problem_label.text()
    dlg.below_combo.setCurrentIndex(dlg.below_combo.findData("rollover"))
    assert dlg.ok_button.isEnabled(), dlg.problem_label.text()
    req = dlg.value()
    assert (req.old_reading, req.below_last, req.reason, req.new_reading) == (Decimal(30), "rollover", "rotation",
                                                                           Decimal(0))


def test_no_reason_is_chosen_for_the_clerk(qtbot, demo_ws, installed, runner, english):
    dlg = SwapDialog(None, demo_ws, runner, ACCOUNT)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.looked_up, timeout=20_000)
    dlg.show()
    qtbot.waitExposed(dlg)
    _fill(qtbot, dlg, "180", barcode.make(PREFIX, 2), "0", reason_index=0)
    assert "Choose the reason for the swap" in dlg.problem_label.text()
    assert not dlg.ok_button.isEnabled()


def test_tab_does_not_walk_into_the_date_sections(qtbot, demo_ws, installed, runner, english):
    dlg = SwapDialog(None, demo_ws, runner, ACCOUNT)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.looked_up, timeout=20_000)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.note_edit.setFocus()
    qtbot.keyClick(dlg.note_edit, Qt.Key.Key_Tab)
    assert dlg.focusWidget() is dlg.date_edit
    qtbot.keyClick(dlg.date_edit, Qt.Key.Key_Tab)  # leaves the date at once (it used to step year → month → day)
    assert dlg.focusWidget() is not dlg.date_edit
    assert dlg.date_edit.date().toPython() == TODAY


def test_swap_from_the_customer_page_refused_then_saved_keeps_the_input(window, qtbot, demo_ws, installed, modal):
    page = window.show_page("customers")
    page.open_customer(installed.id)
    qtbot.waitUntil(lambda: window.counter_actions.swap_action.isEnabled(), timeout=20_000)
    steps: list[str] = []

    def work() -> None:
        dlg = window.counter_actions.last_dialog
        assert dlg.account_edit.text() == ACCOUNT
        qtbot.waitUntil(dlg.looked_up, timeout=20_000)
        _fill(qtbot, dlg, "180", barcode.make(PREFIX, 2), "0.1")
        # A date before the old meter went in: only the station knows (its date-order guard) and refuses.
        dlg.date_edit.setDate(dlg.date_edit.date().addDays(-60))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        assert dlg.isVisible() and dlg.old_reading.text() == "180" and dlg.new_reading.text() == "0.1"
        assert "before the asset's last recorded step" in dlg.problem_label.text()
        assert dlg.date_edit.property("refused") is True
        steps.append("refused")
        dlg.date_edit.setDate(dlg.date_edit.maximumDate())
        assert dlg.date_edit.property("refused") is False  # an edit clears the marks
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    window.counter_actions.swap_action.trigger()
    modal.check()
    assert steps == ["refused"]
    assert window.counter_actions.last_dialog.result() == QDialog.DialogCode.Accepted
    detail = actions.load_customer_detail(demo_ws, installed.id)
    assert detail.points[0].meter.asset_no == barcode.make(PREFIX, 2)
    window.runner.wait()


def test_swap_from_the_asset_page(window, qtbot, demo_ws, installed, modal):
    page = window.show_page("assets")
    old = actions.find_by_scan(demo_ws, barcode.make(PREFIX, 1))[1]
    page.open_asset(old)
    act = window.counter_actions.swap_asset_action
    qtbot.waitUntil(act.isEnabled, timeout=20_000)

    def work() -> None:
        dlg = window.counter_actions.last_dialog
        qtbot.waitUntil(dlg.looked_up, timeout=20_000)
        _fill(qtbot, dlg, "180", barcode.make(PREFIX, 2), "0.1", reason_index=2)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    with qtbot.waitSignal(window.counter_actions.done, timeout=20_000):
        act.trigger()
    modal.check()
    assert actions.load_asset_rows(demo_ws, [old])[old].status == AssetStatus.REMOVED
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.asset.status == "removed",
                    timeout=20_000)


def test_a_reading_far_from_the_energy_billed_is_questioned_not_refused(qtbot, demo_ws, installed, runner,
                                                                        english):
    since = TODAY - dt.timedelta(days=30)
    months = sorted({since.year * 100 + since.month, TODAY.year * 100 + TODAY.month})
    actions.enter_readings(demo_ws, ACCOUNT, [(m, str(400 // len(months))) for m in months])
    dlg = SwapDialog(None, demo_ws, runner, ACCOUNT)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.looked_up, timeout=20_000)
    _fill(qtbot, dlg, "110", barcode.make(PREFIX, 2), "0")
    assert "Please check" in dlg.note_label.text() and not dlg.note_label.isHidden()
    assert dlg.ok_button.isEnabled()  # a question, not a refusal
    dlg.old_reading.setText("400")
    assert dlg.note_label.isHidden()
