"""One dialog frame (issue 9): a dialog whose OK the station refuses, or whose form has a problem, stays open
with everything typed and shows the reason in its red line; only a save that goes through closes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from db.schema import TransformerArea
from station import actions
from station.audit_tickets.rows import TicketDraft, TicketRow
from station.workspace import Workspace
from tests.station.registered import set_up_users
from ui import ops
from ui.dialogs.asset_preview import sample_asset
from ui.dialogs.asset_verify import VerifyDialog
from ui.dialogs.audit_ticket_step import TicketStepDialog
from ui.dialogs.tariff_dialog import TariffDialog
from ui.dialogs.user_dialog import NewUserDialog
from ui.jobs import JobRunner
from ui.widgets.holiday_calendar import HolidayDialog, HolidaysTab


@pytest.fixture
def station(any_workspace: Workspace) -> Workspace:
    """A station with its administrator, supervisor (acting) and a metering clerk, on SQLite and PostgreSQL."""
    return set_up_users(any_workspace, ("王强", "metering"))


@pytest.fixture
def runner(qapp) -> Iterator[JobRunner]:  # type: ignore[no-untyped-def]
    r = JobRunner()
    yield r
    r.wait()


def _saves(dlg: Any, runner: JobRunner, action: Callable[[Any], Any]) -> None:
    """The dialog's save as its page gives it: the station action on the write thread."""
    dlg.save_with(lambda value, done, failed: ops.write(dlg, runner, action, value, on_done=done, on_failed=failed))


def _ok_then_settled(qtbot: Any, dlg: Any) -> None:
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)


def test_a_new_user_with_a_taken_name_keeps_the_dialog_and_what_was_typed(
        qtbot, station: Workspace, runner: JobRunner) -> None:  # type: ignore[no-untyped-def]
    station.operator = "管理"  # the administrator adds users
    dlg = NewUserDialog(None)
    qtbot.addWidget(dlg)
    _saves(dlg, runner, lambda v: actions.add_user(station, v.name, v.role, password=v.password))
    dlg.show()
    dlg.name_edit.setText("王强")  # already a user (QTest types Latin-1 only)
    qtbot.keyClicks(dlg.password_edit, "pw-9876")
    qtbot.keyClicks(dlg.again_edit, "pw-9876")
    _ok_then_settled(qtbot, dlg)
    assert dlg.isVisible() and dlg.result() != QDialog.DialogCode.Accepted
    assert (dlg.name_edit.text(), dlg.password_edit.text()) == ("王强", "pw-9876")
    assert "王强" in dlg.problem_label.text() and "already exists" in dlg.problem_label.text()
    assert dlg.name_edit.property("refused") is True and dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.name_edit, "2")  # typing again clears the mark; the next OK saves and closes
    assert dlg.name_edit.property("refused") is False
    _ok_then_settled(qtbot, dlg)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert "王强2" in [u.name for u in actions.list_users(station)]


def _ticket(ws: Workspace) -> TicketRow:
    with ws.sessions.begin() as s:
        s.add(TransformerArea(code="TQ01", name="城关1号台区", transformer_kva=Decimal(400)))
    report = actions.run_record_audit(ws, None, ["area_gateway"])
    assert report.recorded is not None
    (finding,) = report.recorded.finding_ids.values()
    (ticket,) = actions.raise_tickets(ws, [TicketDraft(finding)])
    return ticket


def test_a_ticket_assigned_to_no_registered_user_keeps_the_dialog_and_the_choice(
        qtbot, station: Workspace, runner: JobRunner) -> None:  # type: ignore[no-untyped-def]
    ticket = _ticket(station)
    dlg = TicketStepDialog(None, "assign", ticket, ["王强", "张无名"])
    qtbot.addWidget(dlg)
    _saves(dlg, runner, lambda v: actions.move_ticket(station, ticket.number, "assign", v, version=ticket.version))
    dlg.show()
    assert dlg.responsible_combo is not None
    dlg.responsible_combo.setCurrentIndex(dlg.responsible_combo.findData("张无名"))
    _ok_then_settled(qtbot, dlg)
    assert dlg.isVisible() and dlg.responsible_combo.currentData() == "张无名"
    assert "张无名" in dlg.problem_label.text()
    assert dlg.responsible_combo.property("refused") is True
    assert actions.load_ticket(station, ticket.number).ticket.responsible in (None, "")


def test_a_tariff_the_role_may_not_set_keeps_the_dialog_and_the_price(
        qtbot, station: Workspace, runner: JobRunner) -> None:  # type: ignore[no-untyped-def]
    station.operator = "王强"  # metering: may not edit rules and tariffs
    dlg = TariffDialog(None)
    qtbot.addWidget(dlg)
    _saves(dlg, runner, lambda v: actions.set_tariff(
        station, tariff_category=v.tariff_category, voltage_level=v.voltage_level, price=v.price,
        effective_from=v.effective_from, basic_price_kva=v.basic_price_kva, source=v.source))
    dlg.show()
    dlg.price_edit.clear()
    qtbot.keyClicks(dlg.price_edit, "0.5283")
    dlg.source_edit.setText("鲁发改价格〔2026〕1号")
    _ok_then_settled(qtbot, dlg)
    assert dlg.isVisible()
    assert (dlg.price_edit.text(), dlg.source_edit.text()) == ("0.5283", "鲁发改价格〔2026〕1号")
    assert "may not edit" in dlg.problem_label.text() and "Supervisor" in dlg.problem_label.text()


def test_a_form_problem_keeps_ok_from_closing_the_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dlg = VerifyDialog(None, sample_asset())
    qtbot.addWidget(dlg)
    saves: list[object] = []
    dlg.save_with(lambda value, done, failed: saves.append(value))
    dlg.show()
    qtbot.keyClicks(dlg.verification.error_edit, "abc")  # a pass without its certificate, an error not a number
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    dlg.save_or_accept()  # Enter on the form, past the disabled button: still nothing
    assert dlg.isVisible() and saves == [] and dlg.verification.error_edit.text() == "abc"
    assert "certificate number" in dlg.problem_label.text() and "percent" in dlg.problem_label.text()
    assert dt.date.today() == dlg.value().on


def test_a_refused_holiday_opens_again_with_the_day_typed_and_the_reason(
        qtbot, station: Workspace, runner: JobRunner) -> None:  # type: ignore[no-untyped-def]
    """The dialogs the caller re-opens (work orders, holidays) bring back the same input and every reason."""
    tab = HolidaysTab(station, runner)
    qtbot.addWidget(tab)
    seen: dict[str, object] = {}

    def answer() -> None:  # runs inside each dialog's exec()
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, HolidayDialog) or not dlg.isVisible():
            return
        if not dlg.problem_label.isVisible():  # the first time: a day, but no name
            dlg.day_edit.setDate(QDate(2026, 10, 12))
            qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
            return
        seen.update(day=dlg.day_edit.date().toString("yyyy-MM-dd"), problems=dlg.problem_label.text())
        timer.stop()
        dlg.reject()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "day" in seen, timeout=20_000)
    timer.stop()
    assert seen == {"day": "2026-10-12", "problems": "Name the holiday"}
    assert dt.date(2026, 10, 12) not in {h.day for h in actions.load_holidays(station, 2026)}
