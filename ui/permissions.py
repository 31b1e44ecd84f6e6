"""What the logged-in role may not do is disabled, with the reason in the tooltip (issue 12).

One helper: `guard(window, target, area, action)` ties a QAction or a button to a pair of the role matrix
(station.domain.roles). The actions enforce the matrix anyway; this only spares the user a refusal. A page
may call it; the pages built before logins are listed once in `PAGE_GUARDS` (attribute or object name →
pair) and guarded when they are built. A page that enables its own controls by selection keeps doing so:
the guard turns a control the role may not use off again whenever it is turned on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from station.domain.roles import denial, may
from ui.text import message_text

Pair = tuple[str, str]

#: page key → (attribute or objectName, area, action) of its controls that write, print or export.
PAGE_GUARDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "customers": (("new_action", "customers", "create"), ("edit_action", "customers", "edit"),
                  ("close_action", "customers", "close")),
    "assets": (("edit_action", "assets", "edit"),),
    "codes": (("add_button", "codes", "edit"), ("alias_button", "codes", "edit"),
              ("retire_button", "codes", "edit")),
    "rules": (("edit_button", "rules", "edit"), ("tariff_add", "rules", "edit"), ("tariff_edit", "rules", "edit"),
              ("edition:edition.dlt448", "rules", "edit"), ("edition:edition.business_rules", "rules", "edit")),
    "due": (("complete_action", "due", "complete"), ("sampling_action", "due", "complete"),
            ("export_action", "reports", "export"), ("plan_action", "reports", "print")),
    "backbilling": (("print_button", "reports", "print"), ("print_action", "reports", "print")),
    "anomalies": (("import_action", "audit-tickets", "answer"), ("export_action", "reports", "export"),
                  ("print_action", "reports", "print"), ("order_button", "orders", "create"),
                  ("answer_button", "audit-tickets", "answer")),
    "record_audit": (("export_action", "reports", "export"), ("order_action", "orders", "create"),
                     ("ticket_order", "orders", "create")),
    # Only the admin manages users; the supervisor sees the list (users, view) with these off.
    "users": (("add_button", "users", "edit"), ("role_button", "users", "edit"),
              ("password_button", "users", "edit"), ("active_button", "users", "edit"),
              ("unlock_button", "users", "edit")),
}


def allowed(window: Any, area: str, action: str) -> bool:
    """Whether the window's user may: no role means a station with no users yet (nothing is checked)."""
    role = window.workspace.role
    return role is None or may(role, area, action)


def reason(window: Any, area: str, action: str) -> str:
    return message_text(denial(window.workspace.role, area, action).message)


class _Guard(QObject):
    """Keeps one control off (with the reason) while the role may not use it."""

    def __init__(self, window: Any, target: QAction | QWidget, area: str, action: str) -> None:
        super().__init__(target)
        self.window, self.target, self.pair = window, target, (area, action)
        self.tooltip = target.toolTip()
        #: what the page last asked for (its own reasons: nothing selected …), restored when the role may again
        self.wanted = self._last = target.isEnabled()
        self._applying = False
        if isinstance(target, QAction):
            target.changed.connect(self._changed)
        else:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self._changed()
        return False

    def _changed(self) -> None:
        # QAction.changed also fires for a new text: only a new enabled state is the page's wish
        if not self._applying and self.target.isEnabled() != self._last:
            self.wanted = self.target.isEnabled()
            self.apply()

    def apply(self) -> None:
        if self._applying:
            return
        self._applying = True
        try:
            ok = allowed(self.window, *self.pair)
            if self.target.isEnabled() != (ok and self.wanted):
                self.target.setEnabled(ok and self.wanted)
            self._last = self.target.isEnabled()
            text = self.tooltip if ok else reason(self.window, *self.pair)
            if self.target.toolTip() != text:
                self.target.setToolTip(text)
            if isinstance(self.target, QAction):  # a disabled menu entry shows no tooltip: the status tip does
                self.target.setStatusTip("" if ok else text)
        finally:
            self._applying = False


def guard(window: Any, target: QAction | QWidget | None, area: str, action: str) -> None:
    """Disable `target` (with the reason) whenever the window's user may not do `action` in `area`."""
    if target is None:
        return
    g = _Guard(window, target, area, action)
    window.__dict__.setdefault("_guards", []).append(g)
    g.apply()


def guard_page(window: Any, key: str, page: QWidget) -> None:
    """Guard the controls of `page` listed in PAGE_GUARDS."""
    for name, area, action in PAGE_GUARDS.get(key, ()):
        target = getattr(page, name, None)
        if target is None:
            target = page.findChild(QAction, name) or page.findChild(QWidget, name)
        guard(window, target, area, action)


def reapply(window: Any) -> None:
    """After another user logged in: every guard looks again (a control comes back as its page last set it)."""
    for g in list(window.__dict__.get("_guards", [])):
        try:
            g.apply()
        except RuntimeError:  # its control was deleted with its page
            window._guards.remove(g)
