"""台区线损: the month's 台区 ranked by loss rate and coloured by class, a 台区's months, and its customers."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.analysis.lineloss import LossClass
from station.workspace import Workspace
from ui.jobs import Job, JobRunner
from ui.models.loss_model import LossModel, class_text, loss_class
from ui.models.row_table import RowTableModel
from ui.models.suspect_model import SuspectModel
from ui.pages.analysis_common import last_reading_month, preview_pdf, size_columns
from ui.plots.lossplot import LossPlot
from ui.settings import UiSettings
from ui.text import failure_text
from ui.widgets.month_edit import MonthEdit

if TYPE_CHECKING:
    from ui.main_window import MainWindow


#: Column widths in pixels (code, name, rate, class, supplied, sold, loss, rise).
COLUMN_WIDTHS = (70, 140, 70, 62, 82, 82, 78, 68)
#: The high-loss band line drawn on the rate plot when the rows do not carry their own (DOMAIN.md: 0–10 %).
DEFAULT_UPPER = 10.0


def _table(parent: QWidget, model: Any, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def load_loss_table(ws: Workspace, month: str, progress: Any, cancelled: Any) -> list[Any]:
    from station.actions import load_line_loss

    return load_line_loss(ws, month)


def load_area(ws: Workspace, area_id: int, month: str, run: Any, progress: Any,
              cancelled: Any) -> tuple[Any, list[Any], Any]:
    """A 台区's monthly series and its customers by drop score, in one read-only session.

    The month's scan (`run`) is made once and handed back, so the next 台区 drills down without scanning again.
    """
    from station.actions import load_area_customers, load_area_series

    run, rows = load_area_customers(ws, area_id, month, run, progress=progress, cancelled=cancelled)
    return load_area_series(ws, area_id), rows, run


class LineLossPage(QWidget):
    """Hooks: `load_month(month)`, `model`, `view`, `plot`, `customers_model`, `customers_view`;
    `table_loaded(int)` and `area_loaded(int)` signals (for tests and the status)."""

    page_key = "lineloss"
    table_loaded = Signal(int)  #: 台区 listed
    area_loaded = Signal(int)  #: area id whose series and customers are shown

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self._extra_actions: list[QAction | None] = []
        self.month = ""
        self._area_generation = 0  # a newer selection makes an older area job's answer stale
        self._run: Any = None  # the month's scan, kept for the drill-down (station.consumption.service.ScanRun)
        self.model = LossModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSortRole(RowTableModel.SortRole)
        self.proxy.setSourceModel(self.model)

        self.month_edit = MonthEdit(self)
        self.month_edit.setObjectName("lineloss_month")
        self.month_edit.month_changed.connect(self.load_month)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("loss_summary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:"), self))
        top.addWidget(self.month_edit)
        top.addWidget(self.summary_label, 1)

        self.view = _table(self, self.proxy, "loss_table")
        self.view.setSortingEnabled(True)
        size_columns(self.view.horizontalHeader(), COLUMN_WIDTHS,
                     {LossModel.CLASS_COLUMN: [class_text(k) for k in LossClass]})
        self.view.selectionModel().currentRowChanged.connect(self._on_current)

        self.plot = LossPlot(self)
        self._split(lower_view=self._customers_pane())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)

        self.print_action = QAction(self.tr("Print line-loss report…"), self)
        self.print_action.triggered.connect(lambda: self.print_report())
        self.print_action.setEnabled(False)
        self._restore_and_load()

    def _customers_pane(self) -> QWidget:
        """The selected 台区's customers by drop score, under the plot."""
        self.customers_model = SuspectModel(self)
        self.customers_proxy = QSortFilterProxyModel(self)
        self.customers_proxy.setSortRole(RowTableModel.SortRole)
        self.customers_proxy.setSourceModel(self.customers_model)
        self.customers_view = _table(self, self.customers_proxy, "area_customers")
        self.customers_view.setSortingEnabled(True)
        self.customers_view.doubleClicked.connect(self._open_customer)
        size_columns(self.customers_view.horizontalHeader(), (40, 96, 90, 0, 46, 72, 330, 150, 80))
        # The 台区 column: every row is the selected 台区. Rank: the list is in score order. Rules and category: the reason says them; the reason
        # takes the width left (elided, the tooltip has it all), as on the 电量突降 page.
        for col in (SuspectModel.RANK, SuspectModel.AREA, SuspectModel.RULES, SuspectModel.CATEGORY):
            self.customers_view.setColumnHidden(col, True)
        self.customers_view.horizontalHeader().setSectionResizeMode(SuspectModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.customers_label = QLabel(self.tr("Customers of the area by drop score (double-click: curve)"), self)
        self.customers_label.setStyleSheet("font-weight: bold;")
        lower = QWidget(self)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        lower_lay.addWidget(self.customers_label)
        lower_lay.addWidget(self.customers_view, 1)
        return lower

    def _split(self, lower_view: QWidget) -> None:
        """The areas' table on the left; the plot over the customers on the right."""
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.addWidget(self.plot)
        self.right.addWidget(lower_view)
        self.right.setSizes([380, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("lineloss_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 500])

    def _restore_and_load(self) -> None:
        """The splitter as the user left it, and the last month with readings (or what to import first)."""
        state = self.ui_settings.splitter_state("lineloss")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        last = last_reading_month(self.workspace)
        if last:
            self.month_edit.set_range(None, last)
            self.month_edit.blockSignals(True)
            self.month_edit.set_month(last)
            self.month_edit.blockSignals(False)
            self.load_month(last)
        else:
            self.summary_label.setText(self.tr("No supply or consumption readings yet: import them first."))

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.print_action, *self._extra_actions]

    def add_toolbar_action(self, action: QAction | None) -> None:
        """Hook for other modules (the 工单 page's "new order from here"): add an action to the toolbar."""
        self._extra_actions.append(action)

    # -- the month's table ------------------------------------------------------------------------
    def load_month(self, month: str) -> Job:
        """Compute the month's line loss in the background; the table fills when it is done."""
        self.month = month
        self._area_generation += 1  # an area job of the month before is stale
        self.summary_label.setText(self.tr("Computing line loss of %1…").replace("%1", month))
        job = Job(load_loss_table, ws=self.workspace, month=month)
        job.signals.succeeded.connect(lambda rows, m=month: self._on_table(m, rows))
        job.signals.failed.connect(self._on_failed)
        return self.runner.start(job, write=False)

    def _on_table(self, month: str, rows: list[Any]) -> None:
        if month != self.month:
            return  # the clerk moved on to another month while this one was computed
        self.model.set_rows(rows)
        self.view.sortByColumn(LossModel.RATE_COLUMN, Qt.SortOrder.DescendingOrder)  # loss rate, highest first
        counts = {k: 0 for k in LossClass}
        for r in rows:
            counts[loss_class(r)] += 1
        parts = [self.tr("%n area(s)", "", len(rows))]
        parts += [f"{class_text(k)} {counts[k]}" for k in (LossClass.HIGH, LossClass.NEGATIVE,
                                                           LossClass.NOT_COMPUTABLE) if counts[k]]
        self.summary_label.setText("  ·  ".join(parts))
        self.print_action.setEnabled(bool(rows))
        if rows:
            self.view.selectRow(0)
        self.table_loaded.emit(len(rows))

    def _on_failed(self, exc: BaseException) -> None:
        self.summary_label.setText(self.tr("Line loss could not be computed: %1").replace("%1", str(exc)))

    def current_row(self) -> Any | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_area(self, area_id: int) -> bool:
        src = self.model.row_of_area(area_id)
        if src < 0:
            return False
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(src, 0)).row())
        return True

    # -- a 台区's months and customers -------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(current).row())
        self._area_generation += 1
        generation = self._area_generation
        self.customers_label.setText(self.tr("Customers of %1 by drop score (double-click: curve)")
                                     .replace("%1", row.area_name))
        job = Job(load_area, ws=self.workspace, area_id=row.area_id, month=self.month, run=self._run)
        job.signals.succeeded.connect(lambda result, r=row, g=generation: self._on_area(g, r, result))
        job.signals.failed.connect(self._on_area_failed)
        self.runner.start(job, write=False)

    def _on_area(self, generation: int, row: Any, result: tuple[Any, list[Any], Any]) -> None:
        series, customers, run = result
        self._run = run
        if generation != self._area_generation:
            return
        band = getattr(row, "band", None)
        title = f"{row.area_code}  {row.area_name}  ·  {class_text(loss_class(row))}"
        self.plot.show_series(series, title=title, month=self.month,
                              upper=float(band[1]) if band else DEFAULT_UPPER)
        self.customers_model.set_rows(customers)
        self.customers_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.area_loaded.emit(row.area_id)

    def _on_area_failed(self, exc: BaseException) -> None:
        text = failure_text(exc)
        self.customers_model.set_rows([])
        self.customers_label.setText(self.tr("Customers not scanned: %1").replace("%1", text))

    def _open_customer(self, index: QModelIndex) -> None:
        row = self.customers_model.row_at(self.customers_proxy.mapToSource(index).row())
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("consumption").open_customer(row.customer_id, self.month, self._run)

    # -- the report ---------------------------------------------------------------------------------------
    def print_report(self) -> Job | None:
        if not self.month:
            return None
        month = self.month  # read on the UI thread: the job must not touch the month widget
        path = Path(tempfile.mkdtemp(prefix="station-lineloss-")) / f"台区线损_{month}.pdf"
        job = Job(build_report, title=self.tr("Line-loss report"), ws=self.workspace, month=month, path=path)
        title = self.tr("Line-loss report %1").replace("%1", month)
        job.signals.succeeded.connect(lambda built: self.show_pdf(built, title))
        job.signals.failed.connect(
            lambda exc: QMessageBox.warning(self, self.tr("Report not built"), str(exc)))
        return self.runner.start(job, write=False)

    def show_pdf(self, path: Path, title: str) -> None:
        preview_pdf(self, self.ui_settings, path, title)

    def refresh(self) -> None:
        self._run = None  # readings may have been imported: scan again on the next drill-down
        if self.month:
            self.load_month(self.month)

    def save_state(self) -> None:
        self.ui_settings.set_splitter_state("lineloss", self.splitter.saveState())


def build_report(ws: Workspace, month: str, path: str | Path, progress: Any = None, cancelled: Any = None) -> Path:
    """Write `month`'s line-loss report PDF to `path` (runs in a job; every input is passed in, no widget read)."""
    from station.actions import write_lineloss_report  # reportlab loads with it: not at start-up

    return write_lineloss_report(ws, month, path, progress=progress, cancelled=cancelled)


def make_page(window: MainWindow) -> LineLossPage:
    """The PageSpec factory (ui/pages/registry.py)."""
    return LineLossPage(window.workspace, window.runner, window.ui_settings, window)
