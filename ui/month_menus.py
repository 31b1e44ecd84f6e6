"""Glue for 月结 and 备份与恢复: two Tools-menu entries, the automatic backups, the SQLite lock file.

`install(window)` (listed in MainWindow._install_features) adds "Month close…" and "Backup and restore…".
main.py calls `hold_database` after opening the workspace (a second program on the same SQLite file is told
who holds it) and `start_automatic` / `backup_on_exit` around the event loop: the daily backup as a
background job, and a backup on exit when data changed.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from station import actions
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MonthActions(QObject):
    """Kept as `window.month_actions`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws: Workspace = window.workspace
        self.marker: int | None = None
        self.dialog: QWidget | None = None
        self.month_action = QAction(self.tr("Month close…"), window)
        self.month_action.setObjectName("month_close")
        self.month_action.triggered.connect(lambda _checked=False: self.open_month())
        self.backup_action = QAction(self.tr("Backup and restore…"), window)
        self.backup_action.setObjectName("backup_restore")
        self.backup_action.triggered.connect(lambda _checked=False: self.open_backups())
        window.register_action("tools", self.month_action, separator=True)
        window.register_action("tools", self.backup_action)

    def open_month(self) -> QWidget:
        from ui.dialogs.month_dialog import MonthDialog

        self.dialog = MonthDialog(self.ws, self.window.runner, self.window)
        self.dialog.show()
        return self.dialog

    def open_backups(self) -> QWidget:
        from ui.dialogs.backup_dialog import BackupDialog

        self.dialog = BackupDialog(self.ws, self.window.runner, self.window)
        self.dialog.show()
        return self.dialog

    def start_automatic(self) -> Job:
        """The daily backup in the background (when due and switched on); remembers where the data stood."""
        self.marker = actions.data_marker(self.ws)
        return ops.read(self.window, self.window.runner, actions.daily_backup_if_due, self.ws,
                        on_failed=self._daily_failed, title=self.tr("Daily backup"))

    def _daily_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(self.tr("The daily backup failed: %1").replace("%1", str(exc)), 15_000)

    def backup_on_exit(self) -> Any:
        """After the window closed: a backup when anything was written since the start (the caller waits)."""
        if self.marker is None:
            return None
        with contextlib.suppress(Exception):  # an exit must not fail on a full disk; the daily backup tells
            return actions.backup_if_changed(self.ws, self.marker)
        return None


def install(window: MainWindow) -> MonthActions:
    """The main window's extension hook (MainWindow._install_features): kept as `window.month_actions`."""
    return MonthActions(window)


def hold_database(ws: Workspace, parent: QWidget | None = None) -> Any:
    """Take the SQLite file's lock file; None (after telling who holds it) when another program has it open.

    A server database needs none: PostgreSQL takes many counters. Returns the FileLock to release at exit.
    """
    from station.backup.location import HeldByOther, acquire

    if ws.file is None:
        return contextlib.nullcontext()
    try:
        return acquire(ws.file)
    except HeldByOther as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("MonthActions", "Database in use"),
                             QCoreApplication.translate(
            "MonthActions", "%1 is already open in another Station Workstation: %2 on %3 (process %4, since %5).\n\nClose it "
            "there first. If that program crashed on that PC, delete %6 and start again.")
            .replace("%1", str(ws.file)).replace("%2", exc.holder.user).replace("%3", exc.holder.host)
            .replace("%4", str(exc.holder.pid)).replace("%5", exc.holder.since)
            .replace("%6", str(exc.path.with_name(exc.path.name + ".lock"))))
        return None
