"""用户管理: the station's users for the administrator — name, role, 检查证, state, lockout, last login — with
add, change role, reset password, disable/enable and unlock. Every write is a station action (role-checked
there: only the admin manages users); the supervisor sees the list read-only, the guards (ui.permissions)
disable the buttons with the reason.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.domain.roles import PEOPLE, ROLE_NAMES
from station.users import UserRow
from station.workspace import Workspace
from ui import ops
from ui.dialogs.user_dialog import NewUserDialog, PasswordDialog, RoleDialog, grade_name
from ui.jobs import Job, JobRunner
from ui.text import failure_text
from ui.widgets.common import fmt

#: Pixel widths of name, role, certificate, grade, state, locked until (last login stretches).
COLUMN_WIDTHS = (140, 150, 170, 90, 90, 150)


class UsersPage(QWidget):
    """`loaded()` after every (re)load; `saved(str)` with the name a write touched."""

    page_key = "users"
    loaded = Signal()
    saved = Signal(str)

    def __init__(self, workspace: Workspace, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.rows: list[UserRow] = []
        self.last_dialog: QDialog | None = None
        self.last_job: Job | None = None
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("users_table")
        self.view = self.table  # ui.screenshot selects its first row
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Inspection certificate"), self.tr("Grade"),
            self.tr("State"), self.tr("Locked until"), self.tr("Last login")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for i, w in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(i, w)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.add_button = self._button(self.tr("Add user…"), "add_button", self.add_user)
        self.role_button = self._button(self.tr("Change role…"), "role_button", self.change_role)
        self.password_button = self._button(self.tr("Reset password…"), "password_button", self.reset_password)
        self.active_button = self._button(self.tr("Disable"), "active_button", self.toggle_active)
        self.unlock_button = self._button(self.tr("Unlock"), "unlock_button", self.unlock)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.role_button, self.password_button, self.active_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status_label)
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.triggered.connect(lambda _c=False: self.refresh())
        self._update_buttons()
        self.refresh()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _c=False: slot())
        return b

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.refresh_action]

    # -- reading ----------------------------------------------------------------------------------------
    def refresh(self, then: Any = None) -> Job:
        def done(rows: list[UserRow]) -> None:
            self.show_rows(rows)
            if then is not None:
                then()

        return ops.read(self, self.runner, actions.list_users, self.workspace, on_done=done,
                        on_failed=self._read_failed, supersede="list")

    def _read_failed(self, exc: BaseException) -> None:
        self.show_rows([])
        self.status_label.setText(failure_text(exc))  # a role that may not see the users is told why

    def show_rows(self, rows: list[UserRow]) -> None:
        current = self.current_user()
        # by role as the station is organised (the admin, the supervisor, then the counter), then by name
        order = {r: i for i, r in enumerate(reversed(PEOPLE))}
        self.rows = sorted(rows, key=lambda u: (order.get(u.role, len(order)), u.name))
        self.table.setRowCount(len(self.rows))
        now = dt.datetime.now()
        for r, u in enumerate(self.rows):
            locked = u.locked_until if u.locked_until is not None and u.locked_until > now else None
            cells = [u.name, QCoreApplication.translate("station", ROLE_NAMES.get(u.role, u.role)), u.cert_no or "",
                     grade_name(u.cert_grade), self.tr("Active") if u.active else self.tr("Disabled"),
                     fmt(locked), fmt(u.last_login_at) or self.tr("never")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4 and not u.active or c == 5 and locked is not None:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        if current is not None:
            self.select_user(current.name)
        self.status_label.setText(self.tr("%n user(s)", "", len(self.rows)))
        self._update_buttons()
        self.loaded.emit()

    def current_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select_user(self, name: str) -> bool:
        for i, u in enumerate(self.rows):
            if u.name == name:
                self.table.selectRow(i)
                return True
        return False

    def _update_buttons(self) -> None:
        u = self.current_user()
        for b in (self.role_button, self.password_button, self.active_button):
            b.setEnabled(u is not None)
        self.active_button.setText(self.tr("Enable") if u is not None and not u.active else self.tr("Disable"))
        self.unlock_button.setEnabled(u is not None and u.locked_until is not None
                                      and u.locked_until > dt.datetime.now())

    # -- writing ----------------------------------------------------------------------------------------
    def _in_dialog(self, dlg: Any, call: Any, name: Any) -> Job | None:
        """Run `dlg` saving itself through `call(value)` = (action, *args); refresh on success."""
        def save(value: Any, on_done: Any, on_failed: Any) -> None:
            fn, *args = call(value)
            self.last_job = ops.write(dlg, self.runner, fn, self.workspace, *args, on_done=on_done,
                                      on_failed=on_failed)

        dlg.save_with(save)
        self.last_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        self._saved(name(dlg.value()))
        return self.last_job

    def add_user(self) -> Job | None:
        return self._in_dialog(NewUserDialog(self), lambda v: (
            _add_user, v.name, v.role, v.cert_no, v.cert_grade, v.password), lambda v: v.name)

    def change_role(self) -> Job | None:
        u = self.current_user()
        if u is None or not self.role_button.isEnabled():
            return None
        return self._in_dialog(RoleDialog(self, u), lambda role: (actions.set_user_role, u.name, role),
                               lambda _v: u.name)

    def reset_password(self) -> Job | None:
        u = self.current_user()
        if u is None:
            return None
        return self._in_dialog(PasswordDialog(self, u), lambda pw: (actions.set_password, u.name, pw),
                               lambda _v: u.name)

    def toggle_active(self) -> Job | None:
        u = self.current_user()
        if u is None:
            return None
        if u.active:
            answer = QMessageBox.question(
                self, self.tr("Disable user"),
                self.tr("Disable %1? They can no longer log in, and every action refuses them. "
                        "Their records and history stay.").replace("%1", u.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return self._write(actions.set_user_active, u.name, not u.active)

    def unlock(self) -> Job | None:
        u = self.current_user()
        return None if u is None else self._write(actions.unlock_user, u.name)

    def _write(self, fn: Any, name: str, *args: Any) -> Job:
        self.last_job = ops.write(self, self.runner, fn, self.workspace, name, *args,
                                  on_done=lambda _r: self._saved(name),
                                  on_failed=lambda exc: ops.show_failure(self, exc))
        return self.last_job

    def _saved(self, name: str) -> None:
        self.refresh(then=lambda: self.select_user(name))
        self.saved.emit(name)


def _add_user(ws: Workspace, name: str, role: str, cert_no: str | None, cert_grade: str | None,
              password: str | None) -> int:
    return actions.add_user(ws, name, role, cert_no=cert_no, cert_grade=cert_grade, password=password)


def make_page(window: Any) -> UsersPage:
    """The registry's factory: the page with the window's workspace and runner."""
    return UsersPage(window.workspace, window.runner, window)
