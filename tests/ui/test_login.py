"""The GUI's login (issue 12), through real key clicks: a wrong password keeps the name and says why, the
lockout tells its end, the lock keeps the open work, a clerk's window disables what a clerk may not do."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from station import actions
from station.customers import CustomerFilter, draft_of
from station.demo import names as N
from ui.dialogs.first_admin import FirstAdminDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.jobs import JobRunner
from ui.login import ask_login, log_in_at_start


def _on_dialog(qtbot: Any, drive: Callable[[LoginDialog], None]) -> None:
    """Run `drive(dialog)` once the login dialog is up (it is modal: its own event loop runs meanwhile)."""

    def attempt() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, LoginDialog):
            QTimer.singleShot(20, attempt)
            return
        try:
            drive(dlg)
        except BaseException:
            dlg.reject()  # never leave the test waiting on a modal dialog
            raise

    QTimer.singleShot(0, attempt)


def _type_password(qtbot: Any, dlg: LoginDialog, text: str) -> None:
    qtbot.keyClicks(dlg.password_edit, text)
    qtbot.keyClick(dlg.password_edit, Qt.Key.Key_Return)


def test_a_wrong_password_keeps_the_name_and_says_why(qtbot, demo_ws, english) -> None:
    ws = dataclasses.replace(demo_ws, operator="", role=None)
    runner = JobRunner()
    seen: dict[str, str] = {}

    def drive(dlg: LoginDialog) -> None:
        assert dlg.name() == "陈静"
        _type_password(qtbot, dlg, "wrong")
        qtbot.waitUntil(lambda: dlg.message_label.isVisible(), timeout=10_000)
        seen["message"], seen["name"], seen["left"] = (dlg.message_label.text(), dlg.name(),
                                                       dlg.password_edit.text())
        _type_password(qtbot, dlg, N.PASSWORD)

    _on_dialog(qtbot, drive)
    assert ask_login(None, ws, runner, name="陈静")
    assert seen == {"message": "Wrong user name or password", "name": "陈静", "left": ""}
    assert (ws.operator, ws.role) == ("陈静", "clerk")
    runner.wait()


def test_the_fifth_wrong_password_locks_and_tells_until_when(qtbot, demo_ws, english) -> None:
    ws = dataclasses.replace(demo_ws, operator="", role=None)
    runner = JobRunner()
    messages: list[str] = []

    def drive(dlg: LoginDialog) -> None:
        for _ in range(5):
            dlg.message_label.hide()
            _type_password(qtbot, dlg, "wrong")
            qtbot.waitUntil(lambda: dlg.message_label.isVisible(), timeout=10_000)
            messages.append(dlg.message_label.text())
        qtbot.mouseClick(dlg.quit_button, Qt.MouseButton.LeftButton)

    _on_dialog(qtbot, drive)
    assert not ask_login(None, ws, runner, name="李军")
    assert messages[:4] == ["Wrong user name or password"] * 4
    assert messages[4].startswith("Too many failed logins: this account is locked until ")
    runner.wait()


def test_the_lock_keeps_the_open_work_and_switching_to_a_clerk_disables_what_a_clerk_may_not(
    qtbot, window
) -> None:
    assert "刘志明 (Supervisor)" in window.operator_label.text()
    window.scan_box.setText("3400")  # work in progress
    la = window.ledger_actions
    assert la.receive_action.isEnabled()

    def unlock(dlg: LoginDialog) -> None:
        assert dlg.name() == N.SUPERVISOR and not window.centralWidget().isVisible()
        _type_password(qtbot, dlg, N.PASSWORD)

    _on_dialog(qtbot, unlock)
    window.findChild(type(window.session.lock_action), "lock").trigger()
    assert window.centralWidget().isVisible() and window.scan_box.text() == "3400"

    def clerk(dlg: LoginDialog) -> None:
        dlg.name_combo.setCurrentIndex(dlg.name_combo.findText("陈静"))
        _type_password(qtbot, dlg, N.PASSWORD)

    _on_dialog(qtbot, clerk)
    window.session.switch_action.trigger()
    assert "陈静 (Counter clerk)" in window.operator_label.text()
    assert not la.receive_action.isEnabled() and "Metering staff" in la.receive_action.toolTip()
    assert not la.import_assets_action.isEnabled() and la.import_customers_action.isEnabled()
    page = window.customers_page()
    assert page.new_action.isEnabled()
    rules = window.show_page("rules")
    qtbot.waitUntil(lambda: not window.runner.running, timeout=10_000)
    assert not rules.edit_button.isEnabled() and "Supervisor" in rules.edit_button.toolTip()

    def admin(dlg: LoginDialog) -> None:
        dlg.name_combo.setCurrentIndex(dlg.name_combo.findText(N.ADMIN))
        _type_password(qtbot, dlg, N.PASSWORD)

    _on_dialog(qtbot, admin)
    window.session.switch_action.trigger()
    assert not page.new_action.isEnabled() and "Counter clerk" in page.new_action.toolTip()
    assert not window.new_customer_action.isEnabled()
    assert rules.edit_button.toolTip() == ""  # the admin keeps the rule settings: the clerk's refusal is gone


def test_the_idle_lock_asks_for_the_password_again(qtbot, window) -> None:
    unlocked: list[bool] = []

    def unlock(dlg: LoginDialog) -> None:
        assert "Locked" in dlg.windowTitle()
        # One lock is enough: at 120 ms a loaded machine would lock again before the test ends, and that second
        # login would wait for ever for an answer nobody gives.
        window.session.set_idle_minutes(60)
        _type_password(qtbot, dlg, N.PASSWORD)
        unlocked.append(True)

    _on_dialog(qtbot, unlock)
    window.session.set_idle_minutes(0.002)  # 120 ms without a key or a click
    qtbot.waitUntil(lambda: bool(unlocked) and not window.session.locked, timeout=10_000)
    assert window.isVisible() and window.session.idle.isActive()


def test_the_history_of_a_customer_shows_who_changed_what(qtbot, window) -> None:
    ws = window.workspace
    ident = actions.load_customer_ids(ws, CustomerFilter())[0]
    row = actions.load_customer_rows(ws, [ident])[ident]
    # an audited change by the supervisor
    actions.update_customer(ws, ident, dataclasses.replace(draft_of(row), phone="13800000000"))
    page = window.customers_page()
    page.open_customer(ident)
    qtbot.waitUntil(lambda: page.current_id() == ident, timeout=10_000)
    window.session.history_actions["customer"].trigger()
    qtbot.waitUntil(lambda: getattr(window.session, "history_dialog", None) is not None, timeout=10_000)
    dialog = window.session.history_dialog
    assert dialog.isVisible() and row.account_no in dialog.windowTitle()
    first = dialog.tree.topLevelItem(0)
    assert (first.text(1), first.text(2)) == (N.SUPERVISOR, "changed") and "13800000000" in first.text(5)
    dialog.close()


def test_the_first_admin_dialog_asks_the_password_twice(qtbot, english) -> None:
    dlg = FirstAdminDialog(None)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.name_edit, "admin1")
    qtbot.keyClicks(dlg.password_edit, "secret1")
    qtbot.keyClicks(dlg.again_edit, "secret2")
    assert not dlg.ok_button.isEnabled() and dlg.problem_label.text() == "The two passwords differ"
    dlg.again_edit.clear()
    qtbot.keyClicks(dlg.again_edit, "secret1")
    assert dlg.ok_button.isEnabled() and dlg.value() == ("admin1", "secret1")


def test_the_start_creates_the_administrator_or_logs_the_demo_in(qtbot, workspace, demo_ws, ui_settings,
                                                                  english, monkeypatch) -> None:
    runner = JobRunner()
    monkeypatch.setattr(FirstAdminDialog, "ask", classmethod(lambda cls, parent: ("站长", "secret1")))
    assert log_in_at_start(workspace, runner, ui_settings, demo=False, operator=None)
    assert (workspace.operator, workspace.role) == ("站长", "admin") and ui_settings.operator() == "站长"
    demo = dataclasses.replace(demo_ws, operator="", role=None)
    assert log_in_at_start(demo, runner, ui_settings, demo=True, operator=None)
    assert (demo.operator, demo.role) == (N.SUPERVISOR, "supervisor")
    runner.wait()
