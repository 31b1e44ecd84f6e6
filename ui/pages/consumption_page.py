"""用电分析: find a customer by 户号 or name and read the monthly curve against last year and the peers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station.workspace import Workspace
from ui.jobs import Job, JobRunner
from ui.plots.consumption_plot import ConsumptionPlot
from ui.settings import UiSettings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Typing pauses this long before the search runs (STYLE 15).
SEARCH_DEBOUNCE_MS = 250
#: Matches listed for a search: a clerk narrows the text rather than scrolls thousands of names.
MAX_MATCHES = 50


class ConsumptionPage(QWidget):
    """Hooks: `open_customer(id)` (the scan box, the suspects and line-loss pages), `search(text)`, `refresh()`."""

    page_key = "consumption"
    customer_opened = Signal(int)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        # The month shown ("" = the last with readings) and that month's station scan, when a page that ran
        # it opened the customer: the curve then shows the list's score, reason and start month.
        self.month = ""
        self.run: Any = None
        self._shown = 0  # curves loaded so far: tells open_customer whether its search already showed one
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("consumption_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Account no. or name"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._on_return)
        self.matches = QListWidget(self)
        self.matches.setObjectName("consumption_matches")
        self.matches.currentItemChanged.connect(self._on_match)
        self.match_label = QLabel(self)
        self.match_label.setStyleSheet("color: #555;")
        self.match_label.setWordWrap(True)

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(self.tr("Find a customer:"), left))
        left_lay.addWidget(self.search_edit)
        left_lay.addWidget(self.matches, 1)
        left_lay.addWidget(self.match_label)

        self.plot = ConsumptionPlot(self)
        self.note = QLabel(self)
        self.note.setObjectName("curve_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #333;")
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(self.plot, 1)
        right_lay.addWidget(self.note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("consumption_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 940])
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.splitter)

        self.export_action = QAction(self.tr("Export picture…"), self)
        self.export_action.triggered.connect(lambda: self.plot.export_png())
        self.reset_action = QAction(self.tr("Reset view"), self)
        self.reset_action.triggered.connect(self.plot.reset_view)
        state = self.ui_settings.splitter_state("consumption")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self.match_label.setText(self.tr("Type an account number or a name; a scanned 户号 opens at once."))

    def toolbar_actions(self) -> list[QAction | None]:
        return []  # "Reset view" and "Export picture…" sit on the plot itself; the page toolbar stays empty

    # -- finding a customer ------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Search at once (the global search box and tests)."""
        self.search_edit.blockSignals(True)
        self.search_edit.setText(text)
        self.search_edit.blockSignals(False)
        self._run_search()

    def _run_search(self) -> None:
        from station.actions import load_customer_ids, load_customer_rows
        from station.customers import CustomerFilter

        self.search_timer.stop()
        text = self.search_edit.text().strip()
        self.matches.blockSignals(True)
        self.matches.clear()
        self.matches.blockSignals(False)
        if not text:
            self.match_label.setText("")
            return
        ids = load_customer_ids(self.workspace, CustomerFilter(text=text))
        rows = load_customer_rows(self.workspace, ids[:MAX_MATCHES])
        for ident in ids[:MAX_MATCHES]:
            r = rows.get(ident)
            if r is None:
                continue
            item = QListWidgetItem(f"{r.account_no}  {r.name}")
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(f"{r.address}\n{r.area_code or ''} {r.area_name or ''}".strip())
            self.matches.addItem(item)
        if len(ids) > MAX_MATCHES:
            self.match_label.setText(self.tr("First %1 of %2 matches: type more to narrow.")
                                     .replace("%1", str(MAX_MATCHES)).replace("%2", str(len(ids))))
        else:
            self.match_label.setText(self.tr("%n match(es)", "", len(ids)))
        if len(ids) == 1:
            self.matches.setCurrentRow(0)  # one match (a typed 户号): show it at once

    def _on_return(self) -> None:
        self._run_search()
        if self.matches.count() and self.matches.currentRow() < 0:
            self.matches.setCurrentRow(0)

    def _on_match(self, item: QListWidgetItem | None, _prev: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_customer(int(item.data(Qt.ItemDataRole.UserRole)))

    # -- the curve ---------------------------------------------------------------------------------
    def show_customer(self, customer_id: int) -> None:
        from station.actions import load_curve

        curve = load_curve(self.workspace, customer_id, self.month or None, self.run)
        self._shown += 1
        self.plot.show_curve(curve)
        self.note.setText(self._note_text(curve))
        self.customer_opened.emit(customer_id if curve is not None else 0)

    def _note_text(self, curve: Any) -> str:
        if curve is None:
            return self.tr("No readings for this customer.")
        start = getattr(curve, "drop_start", None)
        events = [m for m in getattr(curve, "markers", ()) if m.kind != "drop"]
        parts = []
        if start:
            chinese = QLocale().language() == QLocale.Language.Chinese
            reason = curve.reason_zh if chinese else curve.reason_en
            parts.append(self.tr("Sudden drop: %1").replace("%1", reason))
            parts.append(self.tr("The red dashed line marks the month the drop began."))
        if events:
            parts.append(self.tr("Purple lines: meter or CT changes, which may explain a step in the curve."))
        return "\n".join(parts)

    def open_customer(self, customer_id: int, month: str | None = None, run: Any = None) -> None:
        """Show customer `customer_id`'s curve up to `month` (default: the last with readings); the search box
        shows its 户号. `run`: that month's scan (the suspects or line-loss page's), whose verdict is shown."""
        from station.actions import load_customer_rows

        self.month, self.run = month or "", run
        row = load_customer_rows(self.workspace, [customer_id]).get(customer_id)
        shown = self._shown
        if row is not None:
            self.search(row.account_no)  # one match shows its curve at once
        if self._shown == shown or self.plot.customer_id != customer_id:
            self.show_customer(customer_id)

    def prepare_for_screenshot(self) -> None:
        """For `--screenshot`: open the top customer of the last month's sudden-drop scan (a background job),
        the curve a clerk most often comes here for."""
        from ui.pages.analysis_common import last_reading_month, scan_job

        month = last_reading_month(self.workspace)
        if not month:
            return
        job = Job(scan_job, title=self.tr("Sudden-drop scan %1").replace("%1", month), ws=self.workspace,
                  month=month)
        job.signals.succeeded.connect(
            lambda got, m=month: self.open_customer(got[1][0].customer_id, m, got[0]) if got[1] else None)
        self.runner.start(job, write=False)

    def refresh(self) -> None:
        self.run = None  # readings may have changed since that scan
        if self.plot.customer_id:
            self.show_customer(self.plot.customer_id)

    def save_state(self) -> None:
        self.ui_settings.set_splitter_state("consumption", self.splitter.saveState())


def make_page(window: MainWindow) -> ConsumptionPage:
    """The PageSpec factory (ui/pages/registry.py)."""
    return ConsumptionPage(window.workspace, window.runner, window.ui_settings, window)
