"""The logged-in user in the main window (issue 12): File → Switch user… and Lock, the idle lock, and the
guards that disable what the role may not do (ui.permissions).

`install(window)` is called once by the main window (listed in MainWindow._install_features, after the
ledger actions so their menu entries are guarded too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from ui import ops, permissions

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Events that count as the user being there (anything else, a timer or a repaint, does not).
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel})
#: The idle lock when the rule cannot be read (the auth.idle_lock_minutes default).
DEFAULT_IDLE_MINUTES = 15


class Session(QObject):
    """Owns the lock, the idle timer and the guards; the window keeps it as `window.session`."""

    user_changed = Signal(str)  #: the name now logged in

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.switch_action = self._make(self.tr("Switch user…"), self.switch_user, "switch_user")
        self.lock_action = self._make(self.tr("Lock"), self.lock, "lock", "Ctrl+L")
        menu = window.menu("file")
        quit_action = window.quit_action
        menu.insertAction(quit_action, self.switch_action)
        menu.insertAction(quit_action, self.lock_action)
        menu.insertSeparator(quit_action)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(self._log_quit)
        self._guard_window()
        window.page_created.connect(lambda key, page: permissions.guard_page(window, key, page))
        for key, page in window.built_pages().items():
            permissions.guard_page(window, key, page)
        self.history_actions: dict[str, QAction] = {}
        for key, kind in (("customers", "customer"), ("assets", "asset")):
            window.on_page(key, lambda page, k=kind: self._add_history(page, k))
        self._load_idle_minutes()

    def _make(self, text: str, slot: Any, name: str, shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda: slot())
        # No user to switch to or lock on a station that has none yet (a new database before its first start).
        act.setEnabled(self.window.workspace.role is not None)
        return act

    def _guard_window(self) -> None:
        w, g = self.window, permissions.guard
        g(w, w.new_customer_action, "customers", "create")
        ca, la = w.counter_actions, w.ledger_actions
        g(w, ca.swap_action, "assets", "lifecycle")
        g(w, ca.swap_asset_action, "assets", "lifecycle")
        g(w, ca.readings_action, "readings", "edit")
        g(w, ca.areas_action, "areas", "edit")
        g(w, w.month_actions.backup_action, "backup", "backup")
        g(w, la.receive_action, "assets", "create")
        for act in la.step_actions.values():
            g(w, act, "assets", "lifecycle")
        g(w, la.import_customers_action, "customers", "create")
        g(w, la.import_assets_action, "assets", "create")
        g(w, la.import_readings_action, "readings", "edit")
        g(w, la.import_supply_action, "readings", "edit")
        g(w, la.export_action, "reports", "export")
        g(w, la.print_customers_action, "reports", "print")
        g(w, la.print_assets_action, "reports", "print")
        g(w, la.pack_action, "reports", "print")  # and export: the action asks both (the same roles today)
        w.on_page("assets", lambda page: [g(w, b, "assets", "lifecycle") for b in page.detail.step_buttons.values()])

    # -- a record's change history -----------------------------------------------------------------------
    def _add_history(self, page: Any, kind: str) -> None:
        act = QAction(self.tr("Change history…"), page)
        act.setObjectName(f"history:{kind}")
        act.triggered.connect(lambda: self.show_history(page, kind))
        self.history_actions[kind] = act
        page.add_toolbar_action(None)
        page.add_toolbar_action(act)
        if self.window.current_page() is page:
            self.window.refresh_page_toolbar()

    def show_history(self, page: Any, kind: str) -> Any:
        """Load the selected record's audited changes (a read op), then show them."""
        from station.actions import load_history_of

        ident = page.current_id()
        if not ident:
            return None

        def show(loaded: tuple[str, list[Any]]) -> None:
            from ui.dialogs.record_history import RecordHistoryDialog

            self.history_dialog = RecordHistoryDialog(self.window, *loaded)
            self.history_dialog.open()

        return ops.read(self.window, self.window.runner, load_history_of, self.window.workspace, kind, ident,
                        on_done=show)

    # -- the idle lock -------------------------------------------------------------------------------------
    def _load_idle_minutes(self) -> None:
        from station.actions import list_rules

        def got(rules: list[Any]) -> None:
            minutes = next((r.value for r in rules if r.key == "auth.idle_lock_minutes"), DEFAULT_IDLE_MINUTES)
            self.set_idle_minutes(int(minutes or DEFAULT_IDLE_MINUTES))

        ops.read(self.window, self.window.runner, list_rules, self.window.workspace, on_done=got,
                 on_failed=lambda _exc: self.set_idle_minutes(DEFAULT_IDLE_MINUTES))

    def set_idle_minutes(self, minutes: float) -> None:
        self.idle.setInterval(max(1, int(minutes * 60_000)))
        if self.window.workspace.role is not None:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()  # restart: the user is there
        elif event.type() == QEvent.Type.Close and watched is self.window:
            self.idle.stop()  # a closed window locks nothing
        return False

    def _idle_timeout(self) -> None:
        if self.window.isVisible():
            self.lock()

    # -- lock and switch user ------------------------------------------------------------------------------
    def lock(self) -> bool:
        """Hide the window's content and ask for a login; the open work stays as it was. False: the user quit."""
        return self._relogin(locked=True)

    def switch_user(self) -> bool:
        return self._relogin(locked=False)

    def _relogin(self, *, locked: bool) -> bool:
        from ui.login import ask_login

        if self.locked:
            return False
        w = self.window
        self.locked = True
        self.idle.stop()
        central = w.centralWidget()
        assert central is not None  # the window's splitter, made with it
        central.setVisible(False)  # nothing of the ledgers shows behind the login
        before = w.workspace.operator
        self.log_event("lock" if locked else "logout")
        try:
            ok = ask_login(w, w.workspace, w.runner, name=before if locked else "", station=w.station_name,
                           locked=locked)
        finally:
            self.locked = False
            central.setVisible(True)
        if not ok:
            if locked:  # the locked screen's only other way out is to quit
                w.close()
            return False
        self.after_login(changed=w.workspace.operator != before)
        return True

    def log_event(self, event: str) -> None:
        """Audit a lock or a logout of the user logged in now (station.users.session_event), off the UI thread."""
        from station.actions import log_session_event

        w = self.window
        if w.workspace.role is not None:
            ops.write(w, w.runner, log_session_event, w.workspace, event,
                      on_failed=lambda _exc: None)  # an audit row that could not be written blocks no lock

    def _log_quit(self) -> None:
        """The program ends: the user's logout, written at once (the job runner has stopped, no window waits)."""
        from sqlalchemy.exc import SQLAlchemyError

        from station.actions import log_session_event

        w = self.window
        if w.workspace.role is None:
            return
        try:
            log_session_event(w.workspace, "logout")
        except SQLAlchemyError:  # the database went away first (a closed test station): nothing to audit into
            pass

    def after_login(self, *, changed: bool = True) -> None:
        w = self.window
        w.ui_settings.set_operator(w.workspace.operator)
        w.update_status_labels()
        permissions.reapply(w)
        for act in (self.switch_action, self.lock_action):
            act.setEnabled(w.workspace.role is not None)
        if w.workspace.role is not None:
            self.idle.start()
        if changed:
            self.user_changed.emit(w.workspace.operator)


def install(window: MainWindow) -> Session:
    """The main window's extension hook (MainWindow._install_features): kept as `window.session`."""
    return Session(window)
