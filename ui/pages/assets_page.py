"""计量资产台账: meters, CTs and PTs with filters, search, count, SQL sorting and a detail pane."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station.domain.codes import AssetKind, AssetStatus
from station.workspace import Workspace
from ui import ops
from ui.jobs import JobRunner
from ui.models.asset_model import AssetModel
from ui.settings import UiSettings
from ui.text import ASSET_KIND, ASSET_STATUS, label
from ui.widgets.asset_detail import AssetDetailWidget
from ui.widgets.filter_bar import (
    add_labelled,
    count_label,
    debounce,
    filter_combo,
    reset_quietly,
    search_edit,
)
from ui.widgets.ledger_view import LedgerView

COLUMN_WIDTHS = (185, 60, 105, 130, 45, 95, 90, 65, 90, 75, 150, 70, 100)
#: Verification years offered in the filter: the ten-year spread of DOMAIN.md's service lives.
VERIFIED_YEARS_SHOWN = 16


class AssetsPage(QWidget):
    """The asset ledger. Hooks for UI-B and later issues: `open_asset(id)`, `refresh()`, `current_id()`,
    `model`, `add_toolbar_action(action)`, `set_detail_widget(widget)` (a widget with `show_detail(AssetDetail)`),
    and the `asset_selected(id)` signal."""

    page_key = "assets"
    asset_selected = Signal(int)  #: 0 when nothing is selected

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self.model = AssetModel(workspace, self)

        self.search_edit = search_edit(self, "asset_search", self.tr("Search asset no., factory no. or batch"))
        self.account_edit = search_edit(self, "asset_account", self.tr("Account no."))
        self.account_edit.setMaximumWidth(130)
        self.search_timer = debounce(self, [self.search_edit, self.account_edit], self._apply_filters)
        self.kind_combo = filter_combo(self, 5)
        self.status_combo = filter_combo(self, 7)
        self.model_combo = filter_combo(self, 9)
        self.year_combo = filter_combo(self, 4)
        self.area_combo = filter_combo(self, 10)
        self._fill_filters()
        for combo in (self.kind_combo, self.status_combo, self.model_combo, self.year_combo, self.area_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.count_label = count_label(self, "asset_count")

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.count_label)
        bar = QHBoxLayout()  # the filters get a line of their own: six of them do not fit beside the search
        add_labelled(bar, self, [(self.tr("Kind"), self.kind_combo), (self.tr("Status"), self.status_combo),
                                 (self.tr("Model"), self.model_combo), (self.tr("Verified"), self.year_combo),
                                 (self.tr("Installed at"), self.account_edit), (self.tr("Area"), self.area_combo)])
        bar.addStretch(1)

        self.view = LedgerView(self.model, self, widths=COLUMN_WIDTHS)
        self.view.setObjectName("asset_table")
        self.detail: Any = AssetDetailWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("assets_splitter")
        self.splitter.addWidget(self.view)
        # The detail pane scrolls instead of squeezing: at 1366×768 its history and work orders would otherwise
        # hold the table to six rows, and a shorter pane drew its right-hand lines over each other.
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("asset_detail_scroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 300])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)

        # 编辑…: the asset's own fields, beside the lifecycle steps the ledger glue adds after it (ui.ledger_menus);
        # guarded by role through ui.permissions.PAGE_GUARDS.
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setObjectName("edit_asset")
        self.edit_action.setEnabled(False)
        self.edit_action.triggered.connect(lambda: self.edit_asset())
        self._actions: list[QAction | None] = [self.edit_action]
        self.view.addAction(self.edit_action)
        self.model.count_changed.connect(
            lambda n: self.count_label.setText(self.tr("%Ln asset(s)", "", n)))
        self.view.current_id_changed.connect(self._on_current)
        state = ui_settings.splitter_state("assets")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        header = ui_settings.splitter_state("assets_header")
        if not header.isEmpty():
            self.view.horizontalHeader().restoreState(header)
        self.model.reload()

    def _fill_filters(self) -> None:
        from station.actions import load_areas, load_models

        everything = self.tr("All")
        self.kind_combo.addItem(everything, None)
        for kind in AssetKind:
            self.kind_combo.addItem(label(ASSET_KIND, kind), str(kind))
        self.status_combo.addItem(everything, None)
        for status in AssetStatus:
            self.status_combo.addItem(label(ASSET_STATUS, status), str(status))
        models, areas = load_models(self.workspace), load_areas(self.workspace)
        self.model_combo.addItem(everything, None)
        for m in models:
            self.model_combo.addItem(m, m)
        self.year_combo.addItem(everything, None)
        this_year = dt.date.today().year
        for year in range(this_year, this_year - VERIFIED_YEARS_SHOWN, -1):
            self.year_combo.addItem(str(year), year)
        self.area_combo.addItem(everything, None)
        for area in areas:
            self.area_combo.addItem(area.name, area.id)
            self.area_combo.setItemData(self.area_combo.count() - 1, area.code, Qt.ItemDataRole.ToolTipRole)

    # -- hooks ---------------------------------------------------------------------------
    def toolbar_actions(self) -> list[QAction | None]:
        return list(self._actions)

    def add_toolbar_action(self, action: QAction | None) -> None:
        """Add an action (receive, verify, install … from UI-B) to this page's toolbar."""
        self._actions.append(action)

    def set_detail_widget(self, widget: QWidget) -> None:
        """Replace the detail pane; `widget.show_detail(AssetDetail | None)` is called on selection."""
        old = self.detail_scroll.takeWidget()
        self.detail_scroll.setWidget(widget)
        if old is not None:
            old.deleteLater()
        self.detail = widget
        self._on_current(self.view.current_id() or 0)

    # -- filtering ----------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.search_timer.stop()
        keep = self.view.current_id()
        self.model.update_filter(
            text=self.search_edit.text().strip(), kind=self.kind_combo.currentData(),
            status=self.status_combo.currentData(), model=self.model_combo.currentData(),
            verified_year=self.year_combo.currentData(), account_no=self.account_edit.text().strip() or None,
            area_id=self.area_combo.currentData())
        if keep is not None:
            self.view.select_id(keep)

    def clear_filters(self) -> None:
        from station.assets import AssetFilter

        reset_quietly([self.kind_combo, self.status_combo, self.model_combo, self.year_combo, self.area_combo],
                      [self.search_edit, self.account_edit])
        self.model.set_filter(AssetFilter())

    def refresh(self) -> None:
        keep = self.view.current_id()
        self.model.reload()
        if keep is not None:
            self.view.select_id(keep)
        self._on_current(self.view.current_id() or 0)

    # -- selection ---------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.view.current_id()

    def open_asset(self, ident: int) -> None:
        """Select and show asset `ident`, clearing the filters when they hide it."""
        if not self.view.select_id(ident):
            self.clear_filters()
            self.view.select_id(ident)
        self.view.setFocus()

    def edit_asset(self) -> Any | None:
        """The selected asset's nameplate in its dialog, which saves itself (a refusal keeps the input)."""
        ident = self.view.current_id()
        if ident is None:
            return None
        from station import actions
        from ui.dialogs.asset_edit import AssetEditDialog

        view = actions.load_asset_edit(self.workspace, ident)  # afresh: the version the dialog checks against
        if view is None:
            self.refresh()
            return None
        dlg = AssetEditDialog(self, view)
        dlg.save_with(lambda req, on_done, on_failed: ops.write(
            dlg, self.runner, actions.edit_asset, self.workspace, ident, req.changes, version=dlg.version,
            confirm_multiplier=req.confirm_multiplier, on_done=on_done, on_failed=on_failed))
        self.last_dialog = dlg
        if dlg.exec() != dlg.DialogCode.Accepted:
            return None
        self.refresh()
        return dlg.saved_result

    def _on_current(self, ident: int) -> None:
        self.edit_action.setEnabled(bool(ident))
        if not ident:
            self.detail.show_detail(None)
            self.asset_selected.emit(0)
            return
        from station.actions import load_asset_detail

        # A read op per selection; arrowing down the list cancels the detail of the row left behind.
        def show(detail: Any) -> None:
            self._show_detail(ident, detail)

        ops.read(self, self.runner, load_asset_detail, self.workspace, ident, supersede="detail", on_done=show)

    def _show_detail(self, ident: int, detail: Any) -> None:
        if ident != self.view.current_id():
            return  # another row was selected meanwhile
        self.detail.show_detail(detail)
        self.asset_selected.emit(ident)  # after the pane shows it: the step actions read the shown asset

    def save_state(self) -> None:
        self.ui_settings.set_splitter_state("assets", self.splitter.saveState())
        self.ui_settings.set_splitter_state("assets_header", self.view.horizontalHeader().saveState())
