"""轮换检定计划: the month's due list (filters, counts per status, colours), completions, sampling, exceptions,
export, the plan PDF and the year's workload."""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.due import DueItem, DueKind, DueStatus
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.models.due_model import DueFilter, DueModel, ExceptionModel, kind_text, status_text
from ui.settings import UiSettings
from ui.text import failure_text, problems_of
from ui.widgets.filter_bar import add_labelled, debounce, filter_combo, search_edit
from ui.widgets.month_edit import MonthEdit
from ui.widgets.status_chips import StatusChips
from ui.widgets.year_view import YearView

COLUMN_WIDTHS = (96, 120, 200, 100, 150, 70, 90, 90)
#: The status filter's first entry: everything that needs doing (all but OK), the page's default.
NEEDS_ACTION = "needs_action"
ACTIVE = (DueStatus.URGENT, DueStatus.OVERDUE, DueStatus.DUE, DueStatus.UPCOMING)


class DuePage(QWidget):
    """The due list of a month. Signals for tests and other modules: `list_loaded(int)` (rows computed),
    `exceptions_loaded(int)`, `workload_loaded()`, `recorded(object)` (a completion or sampling written),
    `exported(str)` and `plan_built(str)` (file paths)."""

    page_key = "due"
    list_loaded = Signal(int)
    exceptions_loaded = Signal(int)
    workload_loaded = Signal()
    recorded = Signal(object)
    exported = Signal(str)
    plan_built = Signal(str)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._previews: tempfile.TemporaryDirectory[str] | None = None  # the previewed plans, removed at exit
        self.workspace, self.runner, self.ui_settings, self.window_ = workspace, runner, ui_settings, window
        self.model = DueModel(self)
        self.proxy = DueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.exception_model = ExceptionModel(self)
        self._generation = 0
        self._extra_actions: list[QAction | None] = []
        self._exceptions_stale = self._workload_stale = True
        self._build_filters()
        self._build_tabs()
        self._build_actions()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(self.filter_bar)
        lay.addLayout(self.chip_bar)
        lay.addWidget(self.tabs, 1)
        self.apply_status(NEEDS_ACTION)
        self.refresh()

    # -- construction -----------------------------------------------------------------------------
    def _combo(self, name: str, chars: int) -> QComboBox:
        combo = filter_combo(self, chars)
        combo.setObjectName(name)
        return combo

    def _build_filters(self) -> None:
        self.month_edit = MonthEdit(self)
        self.month_edit.setObjectName("due_month")
        today = dt.date.today()
        self.month_edit.set_month(f"{today.year:04d}-{today.month:02d}")
        self.kind_combo = self._combo("due_kind", 8)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in DueKind:
            self.kind_combo.addItem(kind_text(kind), str(kind))
        self.status_combo = self._combo("due_status", 8)
        self.status_combo.addItem(self.tr("Needs action"), NEEDS_ACTION)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in DueStatus:
            self.status_combo.addItem(status_text(status), str(status))
        self.area_combo = self._combo("due_area", 10)
        self.area_combo.addItem(self.tr("All areas"), None)
        for area in actions.load_areas(self.workspace):
            self.area_combo.addItem(area.name, area.id)
            self.area_combo.setItemData(self.area_combo.count() - 1, area.code, Qt.ItemDataRole.ToolTipRole)
        self.class_combo = self._combo("due_class", 8)
        self.class_combo.addItem(self.tr("All classes"), None)
        for cls in ("I", "II", "III", "IV", "V"):
            self.class_combo.addItem(self.tr("Class %1").replace("%1", cls), cls)
        self.search_edit = search_edit(self, "due_search", self.tr("Asset no., account no. or name"))
        self.search_timer = debounce(self, [self.search_edit], lambda: self._filters_changed())
        self.filter_bar = QHBoxLayout()
        add_labelled(self.filter_bar, self, [
            (self.tr("Month"), self.month_edit), (self.tr("Kind"), self.kind_combo),
            (self.tr("Status"), self.status_combo), (self.tr("Area"), self.area_combo),
            (self.tr("Device class"), self.class_combo)])
        self.filter_bar.addWidget(self.search_edit, 1)
        self.month_edit.month_changed.connect(lambda _m: self.refresh())
        self.area_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.class_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        # Counts per status as clickable chips: the colour of the rows plus the status name and the number.
        self.status_chips = StatusChips(self)
        self.status_chips.chip_clicked.connect(self._chip_clicked)
        self.chips = self.status_chips.chips
        self.chip_bar = QHBoxLayout()
        self.chip_bar.addWidget(self.status_chips)
        self.chip_bar.addStretch(1)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("due_busy")
        self.chip_bar.addWidget(self.busy_label)

    def _table(self, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        return view

    def _build_tabs(self) -> None:
        self.view = self._table("due_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(col, width)
        self.view.doubleClicked.connect(lambda _i: self.record_completion())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.exception_view = self._table("exception_table")
        self.exception_view.setModel(self.exception_model)
        self.exception_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((120, 190, 60, 80, 80, 100, 150, 70)):
            self.exception_view.setColumnWidth(col, width)
        year_tab = YearView(self)
        self.year_spin, self.chart = year_tab.year_spin, year_tab.chart
        self.year_spin.valueChanged.connect(lambda _y: self._load_workload())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("due_tabs")
        self.tabs.addTab(self.view, self.tr("Due list"))
        self.tabs.addTab(self.exception_view, self.tr("Exceptions"))
        self.tabs.addTab(year_tab, self.tr("Year view"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())

    def _build_actions(self) -> None:
        def act(text: str, slot: Any, name: str) -> QAction:
            a = QAction(text, self)
            a.setObjectName(name)
            a.triggered.connect(lambda _c=False: slot())
            return a

        self.complete_action = act(self.tr("Record completion…"), self.record_completion, "due_complete")
        self.sampling_action = act(self.tr("Record sampling…"), self.record_sampling, "due_sampling")
        self.export_action = act(self.tr("Export…"), self.export, "due_export")
        self.plan_action = act(self.tr("Monthly plan PDF…"), self.build_plan, "due_plan")
        self.refresh_action = act(self.tr("Recompute"), self.refresh, "due_refresh")
        self._update_actions()

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.complete_action, self.sampling_action, None, self.export_action, self.plan_action, None,
                self.refresh_action, *self._extra_actions]

    def add_toolbar_action(self, action: QAction | None) -> None:
        """Hook for other modules (the 工单 page's "new order from here"): add an action to the toolbar."""
        self._extra_actions.append(action)

    # -- computing ---------------------------------------------------------------------------------
    def month(self) -> str:
        return self.month_edit.month()

    def area_id(self) -> int | None:
        return self.area_combo.currentData()

    def refresh(self) -> Job:
        """Recompute the list (a background read job); a newer request makes an older result stale."""
        self._generation += 1
        generation = self._generation
        self._exceptions_stale = self._workload_stale = True
        self.busy_label.setText(self.tr("Computing…"))
        ws, month, area_id, device_class = self.workspace, self.month(), self.area_id(), self.class_combo.currentData()
        job = ops.read(self, self.runner, actions.load_due_items, ws, month, area_id=area_id,
                       device_class=device_class, on_done=partial(self._on_loaded, generation),
                       on_failed=self._on_failed, supersede="due list")
        self._load_tab()
        return job

    def _on_loaded(self, generation: int, items: list[DueItem]) -> None:
        if generation != self._generation:
            return  # the month or a filter changed while this ran
        self.busy_label.setText("")
        kept = self.current_item()  # the new list resets the model: its item is selected again below
        self.model.set_rows(items)
        self._filters_changed(kept)
        self.list_loaded.emit(len(items))

    def _load_tab(self) -> None:
        if self.tabs.currentIndex() == 1 and self._exceptions_stale:
            self._exceptions_stale = False
            ws, area_id = self.workspace, self.area_id()
            ops.read(self, self.runner, actions.load_due_exceptions, ws, area_id, on_done=self._on_exceptions,
                     on_failed=self._on_failed, supersede="exceptions")
        elif self.tabs.currentIndex() == 2 and self._workload_stale:
            self._load_workload()

    def _on_exceptions(self, rows: list[Any]) -> None:
        self.exception_model.set_rows(rows)
        self.tabs.setTabText(1, self.tr("Exceptions (%1)").replace("%1", f"{len(rows):,}"))
        self.exceptions_loaded.emit(len(rows))

    def _load_workload(self) -> None:
        self._workload_stale = False
        ws, year, area_id = self.workspace, self.year_spin.value(), self.area_id()
        ops.read(self, self.runner, actions.load_due_workload, ws, year, area_id, on_done=self._on_workload,
                 on_failed=self._on_failed, supersede="workload")

    def _on_workload(self, table: dict[int, dict[str, int]]) -> None:
        self.chart.set_workload(table)
        self.workload_loaded.emit()

    # -- filtering ---------------------------------------------------------------------------------
    def apply_status(self, status: str | None) -> None:
        """Show one status (a chip or the combo), NEEDS_ACTION, or None for all."""
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self._filters_changed()

    def _chip_clicked(self, status: str) -> None:
        current = self.status_combo.currentData()
        self.apply_status(NEEDS_ACTION if current == status else status)

    def _filters_changed(self, kept: DueItem | None = None) -> None:
        """Filter the list again; the item that was current (or `kept`, from before a new list) stays selected
        and in view while it is listed, as a sort keeps it; once filtered out, nothing is selected."""
        kept = kept or self.current_item()
        kind = self.kind_combo.currentData()
        status = self.status_combo.currentData()
        self.proxy.set_filters([kind] if kind else None,
                               ACTIVE if status == NEEDS_ACTION else [status] if status else None,
                               self.search_edit.text())  # resets the model: no row selected
        if kept is not None:
            self._select_again(kept)
        self.update_counts()
        self._update_actions()

    def _select_again(self, item: DueItem) -> None:
        row = self.model.find(item.kind, item.target_no)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)  # selects its row (SelectRows)
        self.view.scrollTo(index)

    def counts(self) -> dict[str, int]:
        """Rows per status under the kind and search filters (not the status filter: the chips choose it)."""
        return self.model.counts()

    def update_counts(self) -> None:
        self.status_chips.show_counts(self.counts(), self.status_combo.currentData())

    def shown_items(self) -> list[DueItem]:
        return self.proxy.shown_rows()

    def current_item(self) -> DueItem | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, DueModel.RowRole) if index.isValid() else None

    def select_target(self, kind: str, target_no: str) -> bool:
        row = self.model.find(kind, target_no)
        if row is None:
            return False
        self.view.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
        return True

    def _update_actions(self) -> None:
        item = self.current_item()
        self.complete_action.setEnabled(item is not None)
        # A rotation is done by swapping the meter in the asset ledger (its replacement comes freshly
        # verified); say so on the button rather than only after a click.
        rotation = item is not None and item.kind == DueKind.ROTATION
        self.complete_action.setText(self.tr("Replace meter (rotation)…") if rotation
                                     else self.tr("Record completion…"))

    # -- recording ---------------------------------------------------------------------------------
    def record_completion(self, problems: Any = None, draft: Any = None) -> Job | None:
        from ui.dialogs.completion_dialog import COMPLETABLE, CompletionDialog

        item = self.current_item()
        if item is None:
            return None
        if item.kind == DueKind.SAMPLING:
            return self.record_sampling()
        if item.kind not in COMPLETABLE:
            self._explain_rotation(item)
            return None
        answer = CompletionDialog.ask(self, item, self.workspace.operator, problems)
        if answer is None:
            return None
        ws = self.workspace

        def save(progress: Any, cancelled: Any) -> Any:
            return actions.record_completion(ws, answer.kind, answer.target_id, answer.on, result=answer.result,
                                             error_pct=answer.error_pct, note=answer.note)

        return self._write(save, lambda p: self.record_completion(p))

    def record_sampling(self, problems: Any = None) -> Job | None:
        from ui.dialogs.sampling_dialog import SamplingDialog, batch_of_target

        item = self.current_item()
        batch = batch_of_target(item.target_no) if item is not None and item.kind == DueKind.SAMPLING else None
        answer = SamplingDialog.ask(self, batch, self.workspace.operator, problems)
        if answer is None:
            return None
        ws = self.workspace

        def save(progress: Any, cancelled: Any) -> Any:
            return actions.record_sampling(ws, answer.model, answer.maker, answer.year, answer.on, answer.result,
                                           note=answer.note)

        return self._write(save, lambda p: self.record_sampling(p))

    def _write(self, fn: Any, retry: Any) -> Job:
        job = Job(fn)
        job.signals.succeeded.connect(self._on_recorded)
        job.signals.failed.connect(lambda exc: self._on_write_failed(exc, retry))
        return self.runner.start(job)

    def _on_recorded(self, result: Any) -> None:
        self.recorded.emit(result)
        self.refresh()

    def _on_write_failed(self, exc: BaseException, retry: Any) -> None:
        problems = problems_of(exc)
        if problems:
            retry(problems)  # the dialog again, with station's reasons shown
        else:
            self._on_failed(exc)

    def _explain_rotation(self, item: DueItem) -> bool:
        """A rotation is a meter swap: remove the meter (its final reading) and install a verified replacement
        in the asset ledger; the list then drops the old meter and counts the new one's life from its
        verification. Opens the meter there when the clerk agrees; True when it was opened."""
        window = self.window_
        text = self.tr("A rotation is recorded as a meter swap in the meter-asset ledger: remove meter %1 "
                       "with its final reading, then install a verified replacement on the same metering "
                       "point. The plan then counts the new meter's service life from its verification date."
                       ).replace("%1", item.target_no)
        if window is None or not item.target_id:
            QMessageBox.information(self, self.tr("Rotation"), text)
            return False
        answer = QMessageBox.question(self, self.tr("Rotation"),
                                      text + "\n\n" + self.tr("Open the meter in the meter-asset ledger now?"))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        window.show_page("assets").open_asset(item.target_id)
        return True

    def _on_failed(self, exc: BaseException) -> None:
        self.busy_label.setText("")
        QMessageBox.warning(self, self.tr("Rotation and verification plan"), failure_text(exc))

    # -- export and print --------------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]

    def export(self, path: str | None = None) -> Job | None:
        """The rows shown, as .xlsx (or .csv), written by station.exports.export_rows in a job."""
        if path is None:
            folder = self.ui_settings.last_folder("exports") or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export due list"), str(Path(folder) / f"due_{self.month()}.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
            self.ui_settings.set_last_folder(str(Path(path).parent), "exports")
        from station.exports import export_rows

        lines = [[self.model.columns[c].text(it) for c in range(len(self.model.columns))]
                 for it in self.shown_items()]
        headers = self._headers()
        target = str(path)

        def write(progress: Any, cancelled: Any) -> str:
            export_rows(headers, lines, target, progress=progress, cancelled=cancelled, total=len(lines))
            return target

        job = Job(write, title=self.tr("Exporting the due list"))
        job.signals.succeeded.connect(lambda p: self.exported.emit(str(p)))
        job.signals.failed.connect(self._on_failed)
        return self.runner.start(job, write=False)

    def build_plan(self, path: str | None = None) -> Job:
        """月度轮换检定计划 of the rows shown; previewed (then printable / savable) unless `path` is given."""
        if path is None and self._previews is None:
            # previews live in one folder removed with the page (at exit), not a new folder left per plan
            self._previews = tempfile.TemporaryDirectory(prefix="station-due-plan-")
        target = path or str(Path(self._previews.name if self._previews else ".") / f"轮换检定计划_{self.month()}.pdf")
        scope = self.area_combo.currentText() if self.area_id() else ""
        job = Job(actions.write_due_plan, title=self.tr("Building the monthly plan"), ws=self.workspace,
                  items=self.shown_items(), path=target, month=self.month(), scope=scope, area_id=self.area_id(),
                  device_class=self.class_combo.currentData())
        job.signals.succeeded.connect(lambda p: self._on_plan(str(p), preview=path is None))
        job.signals.failed.connect(self._on_failed)
        return self.runner.start(job, write=False)

    def _on_plan(self, path: str, *, preview: bool) -> None:
        self.plan_built.emit(path)
        if not preview:
            return
        from ui.widgets.pdf_preview import PdfPreviewDialog

        title = self.tr("Monthly rotation and verification plan")
        dlg = PdfPreviewDialog(path, title, self, save_folder=self.ui_settings.last_folder("reports"),
                               suggested_name=Path(path).name)
        dlg.exec()
        if dlg.saved_to is not None:
            self.ui_settings.set_last_folder(str(dlg.saved_to.parent), "reports")


def make_page(window: Any) -> DuePage:
    """The registry's factory: the page with the window's workspace, runner and settings."""
    return DuePage(window.workspace, window.runner, window.ui_settings, window, window)
