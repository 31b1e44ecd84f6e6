"""Multi-select in the asset ledger and the batch steps on it: verify, issue or scrap many assets at once.

`install(window)` is called once by the main window (from MainWindow._install_features). The asset table
takes Ctrl/Shift-click and Ctrl+A; a "Selected" toolbar button (and the row menu) offers the three batch steps
of station.domain.lifecycle.BATCH_STEPS, each in ui.dialogs.asset_batch, saved through ui.ops as one
transaction (station.actions.verify_assets / issue_assets / scrap_assets) with progress and cancel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox

from station import actions
from station.asset_batch import VerifyBatch
from station.domain.codes import EventKind
from station.domain.lifecycle import BATCH_STEPS
from ui import ops
from ui.permissions import guard

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class AssetBatch(QObject):
    """Kept as `window.asset_batch`; `last_dialog` is the batch dialog opened last (tests drive it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window, self.ws = window, window.workspace
        self.page: Any = None
        self.last_dialog: Any = None
        self.last_job: Any = None
        texts = {EventKind.VERIFIED: self.tr("Verify selected…"), EventKind.ISSUED: self.tr("Issue selected…"),
                 EventKind.SCRAPPED: self.tr("Scrap selected…")}
        self.step_actions: dict[str, QAction] = {}
        self.menu = QMenu(window)
        self.menu.setObjectName("batch_menu")
        for kind in BATCH_STEPS:
            act = QAction(texts[kind], window)
            act.setObjectName(f"batch:{kind}")
            act.triggered.connect(lambda _=False, k=str(kind): self.run(k))
            guard(window, act, "assets", "lifecycle")
            self.step_actions[str(kind)] = act
            self.menu.addAction(act)
        self.menu_action = QAction(self.tr("Selected"), window)
        self.menu_action.setObjectName("batch_menu_action")
        self.menu_action.setToolTip(self.tr("Steps on every selected asset (Ctrl/Shift-click, Ctrl+A)"))
        self.menu_action.setMenu(self.menu)
        self.menu_action.triggered.connect(lambda: self._popup())
        window.on_page("assets", self._hook)

    def _hook(self, page: Any) -> None:
        self.page = page
        view = page.view
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Ctrl+A is the table's own (an extended selection selects all); the row menu offers it too.
        select_all = QAction(self.tr("Select all (Ctrl+A)"), view)
        select_all.setObjectName("select_all_assets")
        select_all.triggered.connect(lambda: view.selectAll())
        view.addAction(select_all)
        view.addActions(list(self.step_actions.values()))  # the row menu lists the view's actions
        page.add_toolbar_action(None)
        page.add_toolbar_action(self.menu_action)
        view.selectionModel().selectionChanged.connect(lambda *_a: self.update())
        page.model.modelReset.connect(self.update)
        if self.window.current_key() == "assets":
            self.window.refresh_page_toolbar()
        self.update()

    def selected_ids(self) -> list[int]:
        """The selected assets' ids in the ledger's order."""
        if self.page is None:
            return []
        model = self.page.model
        rows = sorted(i.row() for i in self.page.view.selectionModel().selectedRows())
        return [i for i in (model.id_at(r) for r in rows) if i is not None]

    def update(self) -> None:
        n = len(self.selected_ids())
        self.menu_action.setText(self.tr("Selected (%n)", "", n) if n else self.tr("Selected"))
        for act in (*self.step_actions.values(), self.menu_action):
            act.setEnabled(n > 0)

    def _popup(self) -> None:
        bar = self.window.page_toolbar
        button = bar.widgetForAction(self.menu_action)
        at = button.mapToGlobal(QPoint(0, button.height())) if button is not None else bar.mapToGlobal(QPoint())
        self.menu.popup(at)

    # -- the steps ------------------------------------------------------------------------------------------
    def run(self, kind: str) -> Any:
        """Open the batch dialog of `kind` on the selection; it saves itself (a refusal keeps it open)."""
        from ui.dialogs.asset_batch import BatchStepDialog

        ids = self.selected_ids()
        if not ids:
            return None
        found = actions.load_asset_rows(self.ws, ids)
        dlg = BatchStepDialog(self.window, kind, [found[i] for i in ids if i in found])

        def save(req: Any, on_done: Any, on_failed: Any) -> None:
            if req.kind == EventKind.SCRAPPED and not self._confirm_scrap(len(req.ids)):
                dlg.save_cancelled()
                return
            fn, args = self._call(req)
            self.last_job = ops.write(dlg, self.window.runner, fn, self.ws, list(req.ids), *args,
                                      on_done=on_done, on_failed=on_failed, title=dlg.windowTitle())
            dlg.watch_job(self.last_job)

        dlg.save_with(save)
        self.last_dialog = dlg
        if dlg.exec() != dlg.DialogCode.Accepted:
            return None
        self._done(dlg.saved_result)
        return self.last_job

    @staticmethod
    def _call(req: Any) -> tuple[Any, tuple[Any, ...]]:
        if req.kind == EventKind.VERIFIED:
            return actions.verify_assets, (VerifyBatch(req.on, req.result, req.certificate_no, req.error_pct,
                                                       req.text),)
        if req.kind == EventKind.ISSUED:
            return actions.issue_assets, (req.on, req.text)
        return actions.scrap_assets, (req.on, req.text)

    def _confirm_scrap(self, count: int) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Please confirm"), self.tr(
            "Scrap %n asset(s) for good? This cannot be undone; the records and their history are kept.", "",
            count))
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, ids: list[int]) -> None:
        self.page.refresh()
        self.window.statusBar().showMessage(self.tr("%n asset(s) saved", "", len(ids)), 8000)
        self.window.ledger_actions.update_step_actions()


def install(window: MainWindow) -> AssetBatch:
    """The main window's extension hook (MainWindow._install_features): kept as `window.asset_batch`."""
    return AssetBatch(window)
