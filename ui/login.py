"""Logging in from the GUI (issue 12): at start (after the database is open), on a lock, to switch user.

Every step runs its station action off the UI thread (ui.ops) while the dialog's own event loop keeps the
window painted. The login itself runs on the read pool: it writes only when it fails (the count, the audit
row), and it must not wait behind a long import on the write thread to unlock the screen.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from station import actions
from station.demo import names as demo_names
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.settings import UiSettings
from ui.text import failure_text

#: The password main.py tries for --operator without a dialog (screenshots, a kiosk's start script).
PASSWORD_ENV = "STATION_PASSWORD"


def wait_for(runner: JobRunner, fn: Any, *args: Any, write: bool = False) -> Any:
    """Run the action `fn(*args)` off the UI thread and wait for it with a local event loop (start-up only,
    before the main window exists); its error is raised here."""
    job = Job(lambda **_hooks: fn(*args))
    loop = QEventLoop()
    job.signals.finished.connect(loop.quit)
    runner.start(job, write=write)
    loop.exec()
    if job.error is not None:
        raise job.error
    return job.result


def ask_login(parent: QWidget | None, ws: Workspace, runner: JobRunner, *, name: str = "", station: str = "",
              hint: str = "", locked: bool = False) -> bool:
    """Show the login dialog until a user logs in (True) or the user quits (False)."""
    from ui.dialogs.login_dialog import LoginDialog

    names = wait_for(runner, actions.load_login_names, ws)
    dlg = LoginDialog(parent, names, name, station=station, hint=hint, locked=locked)

    def attempt(who: str, password: str) -> None:
        ops.read(dlg, runner, actions.login, ws, who, password,
                 on_done=lambda _row: dlg.accept(), on_failed=lambda exc: dlg.refuse(failure_text(exc)))

    dlg.submitted.connect(attempt)
    return dlg.exec() == QDialog.DialogCode.Accepted


def _try(ws: Workspace, runner: JobRunner, name: str, password: str) -> bool:
    try:
        wait_for(runner, actions.login, ws, name, password)
    except Exception:  # noqa: BLE001 - a changed demo password, a wrong one: the dialog asks instead
        return False
    return True


def log_in_at_start(ws: Workspace, runner: JobRunner, ui: UiSettings, *, demo: bool, operator: str | None,
                    station: str = "", unattended: bool = False) -> bool:
    """The start's login. A station with no users creates its administrator first (the first start); the
    demo logs in as its supervisor; --operator with $STATION_PASSWORD logs in without a dialog. False: quit.

    unattended (a screenshot): never a dialog; a station with no users opens as before (nothing to check).
    """
    if not wait_for(runner, actions.station_has_users, ws):
        if unattended:
            return True
        if not create_first_admin(ws, runner):
            return False
    elif demo and not operator and _try(ws, runner, demo_names.SUPERVISOR, demo_names.PASSWORD):
        pass
    elif operator and os.environ.get(PASSWORD_ENV) is not None and _try(ws, runner, operator,
                                                                         os.environ[PASSWORD_ENV]):
        pass
    elif unattended:
        return False
    else:
        hint = (QCoreApplication.translate("Login", "The demo users' password is %1").replace(
            "%1", demo_names.PASSWORD) if demo else "")
        name = operator or (demo_names.SUPERVISOR if demo else ui.operator())
        if not ask_login(None, ws, runner, name=name, station=station, hint=hint):
            return False
    ui.set_operator(ws.operator)  # the next start offers this name
    return True


def create_first_admin(ws: Workspace, runner: JobRunner) -> bool:
    from ui.dialogs.first_admin import FirstAdminDialog

    while True:
        answer = FirstAdminDialog.ask(None)
        if answer is None:
            return False
        try:
            wait_for(runner, actions.create_first_admin, ws, *answer, write=True)
        except Exception as exc:  # noqa: BLE001 - shown, and asked again
            QMessageBox.warning(None, QCoreApplication.translate("Login", "Not saved"), failure_text(exc))
            continue
        return True
