"""The main window: page navigation, the global scan/search box, menus, and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from station.paths import resources_dir
from station.workspace import Workspace
from ui import ops
from ui.jobs import JobRunner
from ui.pages.registry import PAGES, HasToolbar, OpensCustomer, PageSpec, Refreshable, SavesState
from ui.settings import UiSettings
from ui.widgets.job_progress import JobProgress
from ui.widgets.scan_box import ScanBox, looks_like_asset_no

if TYPE_CHECKING:
    from ui.asset_batch import AssetBatch
    from ui.counter_steps import CounterActions
    from ui.ledger_menus import LedgerActions
    from ui.month_menus import MonthActions
    from ui.pages.assets_page import AssetsPage
    from ui.pages.consumption_page import ConsumptionPage
    from ui.pages.customers_page import CustomersPage
    from ui.pages.orders_hooks import OrderHooks
    from ui.session import Session

#: Menus other modules can add actions to through `register_action(menu, action)`.
MENU_KEYS = ("file", "ledger", "tools", "help")


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / name
    return QIcon(str(path)) if name and path.exists() else QIcon()


class MainWindow(QMainWindow):
    """Owns the workspace's UI: pages are built on first show; every page gets the workspace and runner."""

    page_changed = Signal(str)  #: key of the page now shown
    page_created = Signal(str, QWidget)  #: a page was built (pages are built the first time they are shown)
    # The features that span pages (_install_features), typed, so a page or another feature reaches them directly.
    ledger_actions: LedgerActions
    counter_actions: CounterActions
    month_actions: MonthActions
    order_hooks: OrderHooks
    asset_batch: AssetBatch
    session: Session

    def __init__(self, workspace: Workspace, ui_settings: UiSettings, *, runner: JobRunner | None = None,
                 station_name: str = "", pages: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.ui_settings = ui_settings
        self.runner = runner or JobRunner(self)
        self.station_name = station_name
        self._specs = list(pages if pages is not None else PAGES)
        self._pages: dict[str, QWidget] = {}
        self._menus: dict[str, QMenu] = {}
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app.svg"))
        self._update_title()
        self._build_central()
        self._build_toolbar()
        self._build_menus()
        self._build_status()
        self._page_hooks: dict[str, list[Any]] = {}
        self._install_features()
        self.restore_state()

    # -- construction -------------------------------------------------------------
    def _install_features(self) -> None:
        """The features that span pages, each module's `install(window)`, in this order (later ones add to the
        menus and page toolbars of earlier ones; the session comes last so that its role guard sees every
        control). A new feature module is imported and installed here."""
        from ui import asset_batch, counter_steps, ledger_menus, month_menus, session
        from ui.pages import consumption_hooks, orders_hooks

        self.ledger_actions = ledger_menus.install(self)  # File menu: import, export, print; the lifecycle steps
        consumption_hooks.install(self)  # "Consumption curve" on the customer ledger opens 用电分析
        self.counter_actions = counter_steps.install(self)  # 换表, install/remove, 台区 and readings by hand, menus
        self.month_actions = month_menus.install(self)  # Month close…, Backup and restore…
        self.order_hooks = orders_hooks.install(self)  # work orders from the scan, the due list, line loss …
        self.asset_batch = asset_batch.install(self)  # multi-select in the asset ledger: verify, issue or scrap
        self.session = session.install(self)  # login, switch user, lock, idle lock, controls disabled by role

    def _build_central(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(130)
        self.stack = QStackedWidget(self)
        for spec in self._specs:
            page_icon = icon(spec.icon)
            if page_icon.isNull():  # the generic icon, so every title starts at the same place
                page_icon = icon("page.svg")
            item = QListWidgetItem(page_icon, QCoreApplication.translate("Pages", spec.title))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
            placeholder = QWidget(self.stack)
            placeholder.setObjectName(f"placeholder:{spec.key}")
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        # Wide enough for the longest title in the UI language (English titles are longer), within reason.
        titles = [self.nav.item(i).text() for i in range(self.nav.count())]
        longest = max((self.nav.fontMetrics().horizontalAdvance(t) for t in titles), default=0)
        nav_width = min(max(175, longest + 22 + 36), 260)  # icon, its spacing and the frame
        self.splitter.setSizes([nav_width, 1280 - nav_width])
        self.setCentralWidget(self.splitter)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Scan"), self)
        bar.setObjectName("scan_toolbar")
        bar.setMovable(False)
        self.scan_box = ScanBox(bar)
        self.scan_box.setObjectName("scan_box")
        self.scan_box.submitted.connect(self.route_scan)
        bar.addWidget(QLabel(self.tr("Scan / search:") + " ", bar))
        bar.addWidget(self.scan_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.page_toolbar = QToolBar(self.tr("Page"), self)  # pages put their actions here
        self.page_toolbar.setObjectName("page_toolbar")
        self.page_toolbar.setMovable(False)
        self.page_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.page_toolbar)

    def _action(self, text: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_menus(self) -> None:
        titles = {"file": self.tr("&File"), "ledger": self.tr("&Ledger"), "tools": self.tr("&Tools"),
                  "help": self.tr("&Help")}
        for key in MENU_KEYS:
            self._menus[key] = self.menuBar().addMenu(titles[key])
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings, QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self._menus["file"].addAction(self.quit_action)
        self._menus["tools"].addAction(self.settings_action)
        self.find_action = self._action(self.tr("&Find / scan"), self.focus_search, QKeySequence("Ctrl+F"))
        self.new_customer_action = self._action(self.tr("&New customer…"), self.new_customer,
                                                QKeySequence("Ctrl+N"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, QKeySequence("F5"))
        ledger = self._menus["ledger"]
        for act in (self.find_action, self.new_customer_action, self.refresh_action):
            ledger.addAction(act)
        ledger.addSeparator()
        for i, spec in enumerate(self._specs):
            # Ctrl+1 … Ctrl+9 go to the first nine pages (a tenth has no digit key of its own).
            act = self._action(QCoreApplication.translate("Pages", spec.title),
                               lambda _=False, k=spec.key: self.show_page(k),
                               QKeySequence(f"Ctrl+{i + 1}") if i < 9 else None)
            ledger.addAction(act)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        self._menus["help"].addAction(self.about_action)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("db_label")
        self.operator_label = QLabel(self)
        self.job_progress = JobProgress(self.runner, self)
        status.addPermanentWidget(self.job_progress)
        status.addPermanentWidget(self.db_label)
        status.addPermanentWidget(self.operator_label)
        self.update_status_labels()

    def update_status_labels(self) -> None:
        ws = self.workspace
        where = str(ws.file) if ws.file is not None else ws.url
        self.db_label.setText(self.tr("Database: %1").replace("%1", where))
        self.db_label.setToolTip(where)
        if ws.role is None:  # a station with no users yet: the name the audit log records
            self.operator_label.setText(self.tr("Operator: %1").replace("%1", ws.operator))
        else:
            from station.domain.roles import ROLE_NAMES

            role = QCoreApplication.translate("station", ROLE_NAMES.get(ws.role, ws.role))
            self.operator_label.setText(self.tr("User: %1 (%2)").replace("%1", ws.operator).replace("%2", role))

    def _update_title(self) -> None:
        title = self.tr("Station Workstation")
        self.setWindowTitle(f"{title} — {self.station_name}" if self.station_name else title)

    # -- hooks for other modules ------------------------------------------------------
    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def register_action(self, menu: str, action: QAction, *, separator: bool = False) -> QAction:
        """Add `action` to the menu keyed `menu` (one of MENU_KEYS, or a new key: a new menu)."""
        if menu not in self._menus:
            self._menus[menu] = QMenu(menu, self)
            self.menuBar().insertMenu(self._menus["help"].menuAction(), self._menus[menu])
        if separator:
            self._menus[menu].addSeparator()
        self._menus[menu].addAction(action)
        if action.parent() is None:
            action.setParent(self)
        return action

    # -- pages -----------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [s.key for s in self._specs]

    def page(self, key: str) -> QWidget:
        """The page keyed `key`, built on first use."""
        if key not in self._pages:
            i = self.page_keys().index(key)
            widget = self._specs[i].factory(self)
            widget.setObjectName(f"page:{key}")
            old = self.stack.widget(i)
            self.stack.insertWidget(i, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self._pages[key] = widget
            for hook in self._page_hooks.pop(key, []):
                hook(widget)
            self.page_created.emit(key, widget)
        return self._pages[key]

    def on_page(self, key: str, hook: Any) -> None:
        """Call `hook(page)` for the page keyed `key`: now if it is built, else when it is first built."""
        if key in self._pages:
            hook(self._pages[key])
        else:
            self._page_hooks.setdefault(key, []).append(hook)

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def current_page(self) -> QWidget | None:
        key = self.current_key()
        return self._pages.get(key)

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.nav.setCurrentRow(self.page_keys().index(key))
        return page

    # Typed ways to the pages other parts of the window drive (the page modules load on first use).
    def customers_page(self) -> CustomersPage:
        from ui.pages.customers_page import CustomersPage

        page = self.show_page("customers")
        assert isinstance(page, CustomersPage)
        return page

    def assets_page(self) -> AssetsPage:
        from ui.pages.assets_page import AssetsPage

        page = self.show_page("assets")
        assert isinstance(page, AssetsPage)
        return page

    def consumption_page(self) -> ConsumptionPage:
        from ui.pages.consumption_page import ConsumptionPage

        page = self.show_page("consumption")
        assert isinstance(page, ConsumptionPage)
        return page

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        self.page(key)  # built on first show
        self.stack.setCurrentIndex(row)
        self.refresh_page_toolbar()
        self.page_changed.emit(key)

    def refresh_page_toolbar(self) -> None:
        """Show the current page's `toolbar_actions()` (None = separator); call after adding actions."""
        self.page_toolbar.clear()
        page = self.current_page()
        if isinstance(page, HasToolbar):
            for act in page.toolbar_actions():
                if act is None:
                    self.page_toolbar.addSeparator()
                else:
                    self.page_toolbar.addAction(act)

    # -- global commands -----------------------------------------------------------------
    def route_scan(self, text: str) -> str:
        """Open what a scan or a typed text names: an asset (22 digits), a customer (户号), else search.

        A sealed ledger's QR (STWS:…) checks that paper against the database.
        Returns what happened ("asset", "customer", "verify", "search" or "unknown_asset") for the status bar
        and tests.
        """
        from station.actions import find_by_scan

        if text.startswith("STWS:"):  # the QR of a sealed ledger: check the paper against the database
            from station.actions import verify_printed
            from ui.dialogs.verify_result import show_verification

            ops.read(self, self.runner, verify_printed, self.workspace, text,
                     on_done=lambda result: show_verification(self, result))
            return "verify"
        found = find_by_scan(self.workspace, text)
        asset_id = found[1] if found and found[0] == "asset" else None
        customer_id = found[1] if found and found[0] == "customer" else None
        if asset_id is not None:
            self.assets_page().open_asset(asset_id)
            self.statusBar().showMessage(self.tr("Opened asset %1").replace("%1", text), 5000)
            return "asset"
        if customer_id is not None:
            # A page that shows one customer (用电分析) opens a scanned 户号 itself; elsewhere the ledger does.
            here = self.current_page()
            target: OpensCustomer = here if isinstance(here, OpensCustomer) else self.customers_page()
            target.open_customer(customer_id)
            self.statusBar().showMessage(self.tr("Opened customer %1").replace("%1", text), 5000)
            return "customer"
        if looks_like_asset_no(text):
            self.statusBar().showMessage(self.tr("No asset with barcode %1").replace("%1", text), 8000)
            return "unknown_asset"
        self.customers_page().search(text)
        return "search"

    def focus_search(self) -> None:
        self.scan_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scan_box.selectAll()

    def new_customer(self) -> None:
        self.customers_page().new_customer()

    def refresh(self) -> None:
        page = self.current_page()
        if isinstance(page, Refreshable):
            page.refresh()

    def open_settings(self) -> None:
        from ui.dialogs.settings_dialog import run_settings

        run_settings(self).done.connect(self._on_settings_done)

    def _on_settings_done(self, name: str | None) -> None:
        if name is not None:
            self.station_name = name
            self._update_title()
            self.update_status_labels()

    def show_about(self) -> None:
        from ui.dialogs.about import about_text

        QMessageBox.about(self, self.tr("About Station Workstation"), about_text())

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.ui_settings
        if not s.geometry().isEmpty():
            self.restoreGeometry(s.geometry())
        else:
            self.resize(1280, 800)
        self.fit_to_screen()
        if not s.window_state().isEmpty():
            self.restoreState(s.window_state())
        state = s.splitter_state("main")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        last = s.last_page()
        self.show_page(last if last in self.page_keys() else self.page_keys()[0])

    def fit_to_screen(self) -> None:
        """Keep the whole window (status bar, progress and Cancel included) on the screen it opens on.

        The common office screen is 1366×768 with a taskbar: 1280×800 would push the status bar off the
        bottom, so a window larger than the available area is fitted to it (maximised when it fills it).
        """
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
            if width >= area.width() - extra_w - 8 and height >= area.height() - extra_h - 8:
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        frame = self.frameGeometry()
        if not area.contains(frame):
            self.move(max(area.left(), min(frame.left(), area.right() - frame.width())),
                      max(area.top(), min(frame.top(), area.bottom() - frame.height())))

    def save_state(self) -> None:
        s = self.ui_settings
        s.set_geometry(self.saveGeometry())
        s.set_window_state(self.saveState())
        s.set_splitter_state("main", self.splitter.saveState())
        s.set_last_page(self.current_key())
        for page in self._pages.values():
            if isinstance(page, SavesState):
                page.save_state()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Stopping a write job (an import, the demo) rolls its whole transaction back: ask first. Read jobs
        # (scans, reports) are simply cancelled.
        if self.runner.write_pool.activeThreadCount() > 0:
            answer = QMessageBox.question(
                self, self.tr("Close Station Workstation"), self.tr("An import is still running. Stop it and close?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        super().closeEvent(event)
