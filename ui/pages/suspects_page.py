"""电量突降: run the month's sudden-drop scan in the background, filter the ranked list, read each curve."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.domain.codes import TARIFF_CATEGORIES
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.models.suspect_model import RULE_NAMES, SuspectFilterProxy, SuspectModel, reason_text, rules_text
from ui.pages.analysis_common import last_reading_month, preview_pdf, scan_job, size_columns
from ui.plots.consumption_plot import ConsumptionPlot
from ui.settings import UiSettings
from ui.text import TARIFF_CATEGORY, failure_text, label
from ui.widgets.filter_bar import debounce, search_edit
from ui.widgets.month_edit import MonthEdit

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Column widths in pixels at the 10 pt application font (rank, 户号, 户名, 台区, score, start, reason, rules,
#: category). The reason stretches over what is left; 0 leaves a column to the header.
COLUMN_WIDTHS = (40, 92, 70, 110, 46, 72, 0, 150, 80)
#: Columns a clerk opens from the header's menu: the rules are in the reason (and under the curve), the
#: category has its filter, the rank is the list's order (and the score's); at 1280 px the reason needs their room.
HIDDEN_COLUMNS = (SuspectModel.RANK, SuspectModel.RULES, SuspectModel.CATEGORY)


class SuspectsPage(QWidget):
    """Hooks: `run_scan()`, `model`, `proxy`, `view`, `plot`, `scan_finished(int)` (rows listed)."""

    page_key = "suspects"
    scan_finished = Signal(int)
    exported = Signal(str)  #: the .xlsx written by export_xlsx
    open_customer_requested = Signal(int)
    pdf_built = Signal(str)  #: path of the inspection list just built (before the preview opens)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self.job: Job | None = None
        self._extra_actions: list[QAction | None] = []
        self.scanned_month = ""
        self.run: Any = None  #: the scan listed (station.consumption.service.ScanRun): curves show its verdicts
        self._rescan = False  # the month changed while a scan was running
        self.model = SuspectModel(self)
        self.proxy = SuspectFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_controls()
        self._build_table()
        self._build_side()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        top, filters = self._control_rows()
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.splitter, 1)
        self._build_actions()
        self._set_running(False)
        self._restore_state()
        self._default_month()
        self._update_count()
        # The list is what a clerk opens the page for: scan when the page is first shown and when the month
        # changes, not only on the button (the month edit is disabled while a scan runs).
        self._shown_once = False
        self.month_edit.month_changed.connect(self._on_month_changed)

    # -- construction --------------------------------------------------------------------------
    def _build_controls(self) -> None:
        """The month, the scan's buttons and state, and the filters over its list."""
        self.month_edit = MonthEdit(self)
        self.month_edit.setObjectName("suspects_month")
        self.run_button = QPushButton(self.tr("Run scan"), self)
        self.run_button.setObjectName("run_scan")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_scan)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(160)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("scan_state")
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("font-weight: bold;")

        self.area_combo, self.category_combo, self.rule_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self._fill_filters()
        for combo in (self.area_combo, self.category_combo, self.rule_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search_edit = search_edit(self, "search_edit", self.tr("Search account no., name or reason"))
        self.search_timer = debounce(self, [self.search_edit], self._apply_filters)

    def _control_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Month · Run scan · progress · state · count, then Area · Tariff · Rule · search."""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:"), self))
        top.addWidget(self.month_edit)
        top.addWidget(self.run_button)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("Area"), self.area_combo), (self.tr("Tariff"), self.category_combo),
                            (self.tr("Rule"), self.rule_combo)):
            lab = QLabel(text + ":", self)
            lab.setBuddy(combo)
            filters.addWidget(lab)
            filters.addWidget(combo)
        filters.addWidget(self.search_edit, 1)
        return top, filters

    def _build_table(self) -> None:
        """The ranked list: sorted by rank, several rows selectable (one work order for many suspects)."""
        self.view = QTableView(self)
        self.view.setObjectName("suspects_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several: one order
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        size_columns(hh, COLUMN_WIDTHS)
        # The reason takes the width the other columns leave, elided; its tooltip has the whole text.
        hh.setSectionResizeMode(SuspectModel.REASON, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(36)
        for col in HIDDEN_COLUMNS:
            hh.setSectionHidden(col, True)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._column_menu)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.doubleClicked.connect(self._on_double)

    def _build_side(self) -> None:
        """The curve of the current suspect and its reason, beside the list in a splitter."""
        self.plot = ConsumptionPlot(self, compact=True)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("suspect_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.setMinimumHeight(4 * self.fontMetrics().lineSpacing())  # a wrapped reason stays whole
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side = QWidget(self)
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.plot, 1)
        side_lay.addWidget(self.reason_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("suspects_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 400])  # at 1280 px the list keeps 户名 … 起始月份 and a readable reason

    def _build_actions(self) -> None:
        """The page's toolbar actions."""
        self.scan_action = QAction(self.tr("Run scan"), self)
        self.scan_action.triggered.connect(self.run_scan)
        self.export_action = QAction(self.tr("Export .xlsx…"), self)
        self.export_action.triggered.connect(lambda: self.export_xlsx())
        self.print_action = QAction(self.tr("Print inspection list…"), self)
        self.print_action.triggered.connect(lambda: self.print_inspection_list())

    def _fill_filters(self) -> None:
        from station.actions import load_areas

        everything = self.tr("All")
        self.area_combo.addItem(everything, None)
        for area in load_areas(self.workspace):
            self.area_combo.addItem(area.name, area.code)
            self.area_combo.setItemData(self.area_combo.count() - 1, area.code, Qt.ItemDataRole.ToolTipRole)
        self.area_combo.setMinimumContentsLength(12)
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category_combo.addItem(everything, None)
        for code in TARIFF_CATEGORIES:
            self.category_combo.addItem(label(TARIFF_CATEGORY, code), code)
        self.rule_combo.addItem(everything, None)
        for code, name in RULE_NAMES.items():
            self.rule_combo.addItem(QCoreApplication.translate("SuspectModel", name), code)

    def _default_month(self) -> None:
        last = last_reading_month(self.workspace)
        if last:
            self.month_edit.set_range(None, last)
            self.month_edit.set_month(last)
            self.state_label.setText(self.tr("Readings up to %1.").replace("%1", last))
        else:
            self.state_label.setText(self.tr("No consumption readings yet: import them first."))

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.scan_action, None, self.export_action, self.print_action, *self._extra_actions]

    def add_toolbar_action(self, action: QAction | None) -> None:
        """Hook for other modules (the 工单 page's "new order from here"): add an action to the toolbar."""
        self._extra_actions.append(action)

    def _column_menu(self, pos: QPoint) -> None:
        """Show or hide columns (the rules and the category start hidden)."""
        hh = self.view.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            if col == SuspectModel.REASON:
                continue
            act = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not hh.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: hh.setSectionHidden(c, not on))
        menu.exec(hh.mapToGlobal(pos))

    # -- scanning on show ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if last_reading_month(self.workspace) and not self.scanned_month:
                QTimer.singleShot(0, self.run_scan)  # after the first paint: the page shows at once

    def _on_month_changed(self, month: str) -> None:
        if self._shown_once and month and month != self.scanned_month:
            if self.job is not None:  # a scan ending (its result in, its job not yet finished): scan after it
                self._rescan = True
            else:
                self.run_scan()

    def ready_for_screenshot(self) -> bool:
        """True when nothing is computing and the list is what the month gives (ui/screenshot.py waits)."""
        return self.job is None and (bool(self.scanned_month) or not last_reading_month(self.workspace))

    # -- the scan ------------------------------------------------------------------------------
    def run_scan(self) -> Job | None:
        """Start the scan of the chosen month as a background job (the page stays usable)."""
        if self.job is not None:
            return None
        month = self.month_edit.month()
        job = Job(scan_job, title=self.tr("Sudden-drop scan %1").replace("%1", month), ws=self.workspace,
                  month=month)
        job.signals.progress.connect(self._on_progress)
        job.signals.succeeded.connect(lambda got, m=month: self._on_scanned(m, *got))
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        # After a success the page is idle already (_on_scanned): only a failed or cancelled job ends here.
        job.signals.finished.connect(lambda j=job: self._set_running(False) if self.job is j else None)
        self.job = job
        self._set_running(True)
        self.state_label.setText(self.tr("Scanning %1…").replace("%1", month))
        return self.runner.start(job, write=False)

    def cancel_scan(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.state_label.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        if not running:
            self.job = None
            if self._rescan:
                self._rescan = False
                QTimer.singleShot(0, self.run_scan)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.progress.setValue(0)
        for w in (self.run_button, self.scan_action, self.month_edit):
            w.setEnabled(not running)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(round(max(0.0, min(1.0, fraction)) * 100)))
        if message:
            self.state_label.setText(QCoreApplication.translate("station", message))

    def _on_scanned(self, month: str, run: Any, rows: list[Any]) -> None:
        # Idle before scan_finished is told: a listener may ask ready_for_screenshot() or scan again at once.
        self._set_running(False)
        self.scanned_month, self.run = month, run
        self.model.set_rows(rows)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.state_label.setText(self.tr("Scan of %1: %n customer(s) flagged.", "", len(rows)).replace("%1", month))
        self._update_count()
        if self.proxy.rowCount():
            self.view.selectRow(0)
        else:
            self.plot.show_curve(None)
        self.scan_finished.emit(len(rows))

    def _on_failed(self, exc: BaseException) -> None:
        text = failure_text(exc)
        self.state_label.setText(self.tr("The scan failed."))
        QMessageBox.warning(self, self.tr("Scan failed"), text)

    def _on_cancelled(self) -> None:
        self.state_label.setText(self.tr("Scan cancelled; the list shows the previous scan."))

    # -- filters and selection -------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.search_timer.stop()
        self.proxy.set_filters(area=self.area_combo.currentData(), category=self.category_combo.currentData(),
                               rule=self.rule_combo.currentData(), text=self.search_edit.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%n customer(s)", "", shown) if shown == total else \
            self.tr("%1 of %2 customers").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)
        for act in (self.export_action, self.print_action):
            act.setEnabled(shown > 0)

    def current_row(self) -> Any | None:
        index = self.view.currentIndex()
        return self.proxy.row_at(index.row()) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.row_at(current.row()) if current.isValid() else None
        if row is None:
            self.plot.show_curve(None)
            self.reason_label.setText("")
            return
        from station.actions import load_curve

        self.plot.show_curve(load_curve(self.workspace, row.customer_id, self.scanned_month, self.run))
        self.reason_label.setText(f"{rules_text(row)}\n{reason_text(row)}")

    def _on_double(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index.row())
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("consumption").open_customer(row.customer_id, self.scanned_month, self.run)
        self.open_customer_requested.emit(row.customer_id)

    def selected_rows(self) -> list[Any]:
        """The rows selected (several with Ctrl/Shift), in the view's order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.proxy.row_at(r) for r in rows]

    def shown_rows(self, ranked: bool = False) -> list[Any]:
        """Rows the filters keep, in the view's order (or the scan's ranked order)."""
        rows = [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]
        return sorted(rows, key=self.model.rank_of) if ranked else rows

    # -- export and print ---------------------------------------------------------------------------
    def export_xlsx(self, path: str | Path | None = None) -> Job | None:
        """Write the shown rows to .xlsx in a job (asks for the file when `path` is None); `exported` tells."""
        from station.exports import export_rows

        if path is None:
            folder = self.ui_settings.last_folder("export") or str(Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export sudden drops"), str(Path(folder) / f"电量突降_{self.scanned_month}.xlsx"),
                self.tr("Excel workbook (*.xlsx)"))
            if not chosen:
                return None
            path = chosen
            self.ui_settings.set_last_folder(str(Path(chosen).parent), "export")
        target = Path(path)
        cols = range(self.model.columnCount())
        headers = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in cols]
        numeric = {SuspectModel.RANK, SuspectModel.SCORE}  # numbers in the workbook, sortable in Excel
        lines = [[_cell(self.model.columns[c], r, c in numeric) for c in cols] for r in self.shown_rows()]
        return ops.read(self, self.runner, export_rows, headers, lines, target, total=len(lines),
                        on_done=lambda _n: self._on_exported(target, len(lines)))

    def _on_exported(self, target: Path, count: int) -> None:
        self.state_label.setText(self.tr("Exported %1 rows to %2").replace("%1", str(count))
                                 .replace("%2", str(target)))
        self.exported.emit(str(target))

    def print_inspection_list(self) -> Job | None:
        """Build the inspection list in the background, then show it in the print preview."""
        if not self.proxy.rowCount():
            return None
        area = self.area_combo.currentData()
        scope = f"台区：{area} {self.area_combo.currentText()}" if area else ""
        month = self.scanned_month
        path = Path(tempfile.mkdtemp(prefix="station-inspect-")) / f"稽查清单_{month}.pdf"
        # Rows, scope and month travel with the job: a second click must not change the first job's input.
        job = Job(build_inspection_pdf, title=self.tr("Inspection list"), ws=self.workspace,
                  rows=self.shown_rows(ranked=True), path=path, month=month, scope=scope)
        title = self.tr("Inspection list %1").replace("%1", month)
        job.signals.succeeded.connect(lambda built: self._on_pdf(built, title))
        job.signals.failed.connect(self._on_failed_pdf)
        return self.runner.start(job, write=False)

    def _on_pdf(self, path: Path, title: str) -> None:
        self.pdf_built.emit(str(path))
        self.show_pdf(path, title)

    def _on_failed_pdf(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Inspection list not built"), str(exc))

    def show_pdf(self, path: Path, title: str) -> None:
        preview_pdf(self, self.ui_settings, path, title)

    # -- state ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.job is None and not self.scanned_month:
            self._default_month()  # readings imported since the page opened move the default month

    def _restore_state(self) -> None:
        state = self.ui_settings.splitter_state("suspects")
        if not state.isEmpty():
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        self.ui_settings.set_splitter_state("suspects", self.splitter.saveState())


def build_inspection_pdf(ws: Workspace, rows: list[Any], path: str | Path, month: str, scope: str,
                         progress: Any = None, cancelled: Any = None) -> Path:
    """Write the 稽查清单 of `rows`, in the order given, to `path` (runs in a job; every input is passed in)."""
    from station.actions import write_inspection_list  # reportlab loads with it: not at start-up

    return write_inspection_list(ws, rows, path, month=month, scope=scope, progress=progress, cancelled=cancelled)


def make_page(window: MainWindow) -> SuspectsPage:
    """The PageSpec factory (ui/pages/registry.py)."""
    return SuspectsPage(window.workspace, window.runner, window.ui_settings, window)


def _cell(column: Any, row: Any, numeric: bool) -> Any:
    """A workbook cell: a number where the column sorts by one, else the text shown."""
    return column.sort(row) if numeric and column.sort is not None else column.text(row)
