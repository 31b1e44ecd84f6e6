"""Glue that adds the ledger actions to the main window: asset lifecycle steps, import, export and reports.

`install(window)` is called once by the main window (the module is listed in MainWindow._install_features).
The asset page gets the detail pane with step buttons, toolbar and context-menu actions enabled by the
selected asset's status; the File menu gets Import (customers, assets, monthly readings, 台区 supply), Export
current view and Print; the Ledger menu gets Receive batch. Each step asks its dialog, confirms the
destructive ones, then runs the station action on the write thread and refreshes the page.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.domain.codes import AssetStatus, EventKind
from station.domain.rows import AssetRow
from ui import ops
from ui.jobs import Job
from ui.pages.registry import PrintsItself
from ui.widgets.asset_detail import STEP_BUTTONS, AssetDetailWidget, allowed_steps

if TYPE_CHECKING:
    from ui.pages.assets_page import AssetsPage

#: Steps that change what is in service or end an asset's life: each asks "really?" before it runs.
CONFIRMED_STEPS = frozenset({EventKind.REMOVED, EventKind.TO_SCRAP, EventKind.SCRAPPED})


class LedgerActions(QObject):
    """Owns the actions and flows; the window keeps it as `window.ledger_actions`."""

    step_done = Signal(str, object)  #: (event kind or "received", the station's result)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.workspace
        self.last_job: Job | None = None
        self._hooked: AssetsPage | None = None
        self._import_flow: Any = None
        self._report_flow: Any = None
        self._export_flow: Any = None

        self.receive_action = self._make(self.tr("Receive batch…"), self.receive, "Ctrl+R")
        self.step_actions: dict[str, QAction] = {}
        for kind, text in STEP_BUTTONS:
            act = self._make(QCoreApplication.translate("AssetDetailWidget", text),
                             lambda _=False, k=str(kind): self.run_step(k))
            act.setObjectName(f"step:{kind}")
            self.step_actions[str(kind)] = act
        self.import_customers_action = self._make(self.tr("Import customers…"), lambda: self.import_file("customers"))
        self.import_assets_action = self._make(self.tr("Import assets…"), lambda: self.import_file("assets"))
        self.import_readings_action = self._make(self.tr("Import monthly readings…"),
                                                 lambda: self.import_file("readings"))
        self.import_supply_action = self._make(self.tr("Import 台区 supply…"), lambda: self.import_file("supply"))
        self.import_anomalies_action = self._make(self.tr("Import billing-centre anomaly list…"),
                                                  lambda: self.import_file("anomalies"))
        self.export_action = self._make(self.tr("Export current view…"), self.export_view, "Ctrl+Shift+E")
        self.print_customers_action = self._make(self.tr("Print customer ledger…"),
                                                 lambda: self.print_ledger("customers"), "Ctrl+P")
        self.print_assets_action = self._make(self.tr("Print asset ledger…"), lambda: self.print_ledger("assets"))
        self.pack_action = self._make(self.tr("Monthly report pack…"), self.write_pack)
        self.pack_action.setObjectName("report_pack")
        self._pack_flow: Any = None
        self.summary_action = self._make(self.tr("Yearly work summary…"), self.print_summary)
        self.summary_action.setObjectName("year_summary")
        self._summary_flow: Any = None

        # File menu: above Settings and Quit, which the window put there first.
        file_menu = window.menu("file")
        first = file_menu.actions()[0] if file_menu.actions() else None
        for entry in (self.import_customers_action, self.import_assets_action, self.import_readings_action,
                    self.import_supply_action, self.import_anomalies_action, None, self.export_action, None,
                    self.print_customers_action, self.print_assets_action, self.pack_action, self.summary_action, None):
            if entry is None:
                file_menu.insertSeparator(first) if first is not None else file_menu.addSeparator()
            elif first is not None:
                file_menu.insertAction(first, entry)
            else:
                window.register_action("file", entry)
        window.register_action("ledger", self.receive_action, separator=True)
        window.page_changed.connect(self._on_page_changed)
        window.on_page("assets", self._hook_assets)  # now, or when the page is first built
        self._on_page_changed(window.current_key())
        self.update_step_actions()

    def _make(self, text: str, slot: Callable[..., Any], shortcut: str | None = None) -> QAction:
        act = QAction(text, self.window)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        # triggered(bool) would pass `checked` into the slot's first parameter (a path, a request): call it bare.
        act.triggered.connect(lambda: slot())
        return act

    # -- the asset page -------------------------------------------------------------------------
    def _on_page_changed(self, key: str) -> None:
        self.export_action.setEnabled(key in ("customers", "assets"))
        # Ctrl+P prints what the page prints: a page with its own print action (the 追补电费计算单) takes the
        # key, and the ledger's stays in the File menu without it (two actions on one key do nothing).
        own = isinstance(self.window.current_page(), PrintsItself)
        self.print_customers_action.setShortcut(QKeySequence() if own else QKeySequence("Ctrl+P"))

    def _hook_assets(self, page: Any) -> None:
        self._hooked = page
        self.detail: AssetDetailWidget = page.detail
        self.detail.set_point_lookup(self.point_of)
        self.detail.step_requested.connect(self.run_step)
        self.detail.show_detail(self.detail.detail)  # again, now with the metering point
        mine: list[QAction | None] = [None, self.receive_action, None, *self.step_actions.values()]
        for act in mine:
            page.add_toolbar_action(act)
        if self.window.current_key() == "assets":
            self.window.refresh_page_toolbar()
        page.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        page.view.addActions(list(self.step_actions.values()))
        page.asset_selected.connect(lambda _i: self.update_step_actions())

    def assets_page(self) -> Any:
        return self.window.page("assets")

    def current_asset(self) -> AssetRow | None:
        if self._hooked is None:
            return None
        ident = self._hooked.current_id()
        if not ident:
            return None
        shown = self.detail.detail  # the page loaded it for the detail pane just before asset_selected
        if shown is not None and shown.asset.id == ident:
            return shown.asset
        return actions.load_asset_rows(self.ws, [ident]).get(ident)

    def update_step_actions(self) -> None:
        row = self.current_asset()
        allowed = set(allowed_steps(row.status if row else None))
        for kind, act in self.step_actions.items():
            # Install also starts from nothing selected: the dialog takes a scanned barcode.
            act.setEnabled(kind in allowed or (kind == EventKind.INSTALLED and row is None))

    def point_of(self, asset: AssetRow) -> tuple[str, Decimal] | None:
        """Name and multiplier of the metering point `asset` is installed on (for the detail pane)."""
        if not asset.account_no or asset.metering_point_id is None:
            return None
        return actions.load_point_label(self.ws, asset.metering_point_id)  # one read by id

    # -- lifecycle steps -------------------------------------------------------------------------------
    def receive(self) -> Job | None:
        from ui.dialogs.asset_receive import ReceiveDialog

        return self._saved_in("received", ReceiveDialog(self.window), lambda req: (
            actions.receive_assets, self.ws, list(req.drafts), req.received_on, req.batch_no))

    def run_step(self, kind: str) -> Job | None:
        """Step `kind` on the selected asset (install: any scanned asset) in its dialog, which saves itself: a
        refusal, or a "no" to the question a destructive step asks, keeps the dialog and what was typed."""
        asset = self.current_asset()
        if kind == EventKind.INSTALLED:
            from ui.dialogs.asset_install import InstallDialog

            shown = asset if asset and asset.status == AssetStatus.ISSUED else None
            dlg: Any = InstallDialog(self.window, self.ws, shown)
            dlg.version = shown.version if shown else None
            # the version is the shown asset's: a barcode scanned in the dialog instead is taken as it is
            return self._saved_in(kind, dlg, lambda ins: (
                partial(actions.install_asset, version=dlg.version if shown and ins.asset_id == shown.id else None),
                self.ws, ins.asset_id, ins.metering_point_id, ins.on, ins.reading))
        if asset is None:
            return None
        dlg, call = self._step_dialog(kind, asset)
        dlg.version = asset.version  # a step someone else took since is refused, and shown (ui.dialogs.saving)
        return self._saved_in(kind, dlg, lambda v: (partial(call(v)[0], version=dlg.version), *call(v)[1:]),
                              confirm=asset if kind in CONFIRMED_STEPS else None)

    def _step_dialog(self, kind: str, asset: AssetRow) -> tuple[Any, Callable[[Any], tuple[Any, ...]]]:
        ws, ident = self.ws, asset.id
        if kind == EventKind.VERIFIED:
            from ui.dialogs.asset_verify import VerifyDialog

            return VerifyDialog(self.window, asset), lambda v: (
                actions.verify_asset, ws, ident, v.on, v.result, v.certificate_no, v.error_pct, v.reason)
        if kind == EventKind.REMOVED:
            from ui.dialogs.asset_remove import RemoveDialog

            return RemoveDialog(self.window, asset, actions.load_last_reading(ws, ident),
                                actions.load_install_context(ws, ident)), lambda r: (
                partial(actions.remove_asset, below_last=r.below_last), ws, ident, r.on, r.reading, r.reason)
        from ui.dialogs.asset_simple_step import SimpleStepDialog

        step = {EventKind.ISSUED: actions.issue_asset, EventKind.RETURNED: actions.return_asset,
                EventKind.TO_SCRAP: actions.mark_to_scrap, EventKind.SCRAPPED: actions.scrap_asset}[EventKind(kind)]
        return SimpleStepDialog(self.window, kind, asset), lambda st: (step, ws, ident, st.on, st.reason)

    def _saved_in(self, kind: str, dlg: Any, call: Callable[[Any], tuple[Any, ...]],
                  confirm: AssetRow | None = None) -> Job | None:
        """Run `dlg` saving itself through `call(value)` = (action, *args); `confirm`: ask about it first."""
        def save(value: Any, on_done: Callable[[Any], Any], on_failed: Callable[[BaseException], Any]) -> None:
            if confirm is not None and not self._confirm(kind, confirm):
                dlg.save_cancelled()
                return
            fn, *args = call(value)
            self.last_job = ops.write(dlg, self.window.runner, fn, *args, on_done=on_done, on_failed=on_failed)

        dlg.save_with(save)
        self.last_dialog = dlg
        if dlg.exec() != dlg.DialogCode.Accepted:
            return None
        self._on_done(kind, dlg.saved_result)
        return self.last_job

    def _confirm(self, kind: str, asset: AssetRow) -> bool:
        questions = {
            EventKind.REMOVED: self.tr("Remove %1 from its metering point? The customer's metering changes."),
            EventKind.TO_SCRAP: self.tr("Set %1 aside for scrapping? It can no longer be issued."),
            EventKind.SCRAPPED: self.tr("Scrap %1 for good? This cannot be undone; the record and its history "
                                        "are kept."),
        }
        answer = QMessageBox.question(self.window, self.tr("Please confirm"),
                                      questions[EventKind(kind)].replace("%1", asset.asset_no))
        return answer == QMessageBox.StandardButton.Yes

    def _on_done(self, kind: str, result: Any) -> None:
        page = self.assets_page()
        ident = result[0] if isinstance(result, list) and result else getattr(result, "id", None)
        page.refresh()
        if ident:
            page.open_asset(ident)
        if kind == "received" and isinstance(result, list):
            self.window.statusBar().showMessage(self.tr("%n asset(s) received", "", len(result)), 8000)
        self.update_step_actions()
        self.step_done.emit(kind, result)

    # -- files -----------------------------------------------------------------------------------------------
    def import_file(self, kind: str, path: Any = None) -> Job | None:
        if self._import_flow is None:
            from ui.dialogs.import_preview import ImportFlow

            self._import_flow = ImportFlow(self.window)
        return self._import_flow.start(kind, path)

    def export_view(self, path: Any = None) -> Job | None:
        if self._export_flow is None:
            from ui.dialogs.export_dialog import ExportFlow

            self._export_flow = ExportFlow(self.window)
        return self._export_flow.start(path)

    def print_ledger(self, kind: str, request: Any = None) -> Job | None:
        if self._report_flow is None:
            from ui.dialogs.report_dialog import ReportFlow

            self._report_flow = ReportFlow(self.window)
        return self._report_flow.start(kind, request)

    def write_pack(self, month: str | None = None, parent: str | None = None) -> Job | None:
        """File → Monthly report pack…: the month's sealed reports into a folder (ui.dialogs.pack_flow)."""
        if self._pack_flow is None:
            from ui.dialogs.pack_flow import PackFlow

            self._pack_flow = PackFlow(self.window)
        return self._pack_flow.start(month, parent)

    def print_summary(self, year: int | None = None) -> Job | None:
        """File → Yearly work summary…: the sealed 年度工作总结 of a year (ui.dialogs.summary_flow)."""
        if self._summary_flow is None:
            from ui.dialogs.summary_flow import SummaryFlow

            self._summary_flow = SummaryFlow(self.window)
        return self._summary_flow.start(year)


def install(window: Any) -> LedgerActions:
    """The main window's extension hook (MainWindow._install_features): the window keeps the ledger actions as
    `window.ledger_actions`."""
    return LedgerActions(window)
