"""电费中心异常: the billing centre's anomaly lists, each line checked and answered, and the 回执 back.

The list comes in through File → Import (the same preview as every import). A line is answered with a coded
result in the form on the right (a refused answer keeps what was typed and says why); the receipt of the list or
the month is exported to .xlsx or printed as the signed PDF.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.anomalies import RESULTS, AnomalyRow
from station.i18n import QT_TRANSLATE_NOOP
from station.workspace import Workspace
from ui import ops
from ui.dialogs.frame import problem_label
from ui.jobs import Job, JobRunner
from ui.settings import UiSettings
from ui.text import failure_text, problems_of, problems_text
from ui.widgets.filter_bar import debounce, search_edit

#: 户号, 户名 (stretches), type, 期间, kWh, yuan, status, result, by, on: the list and the form fit 1366 px.
COLUMN_WIDTHS = (96, 120, 80, 64, 70, 76, 60, 104, 60, 84)
FORM_WIDTH = 320
COLUMNS = (QT_TRANSLATE_NOOP("AnomaliesPage", "Account"), QT_TRANSLATE_NOOP("AnomaliesPage", "Name"),
           QT_TRANSLATE_NOOP("AnomaliesPage", "Anomaly"), QT_TRANSLATE_NOOP("AnomaliesPage", "Period"),
           QT_TRANSLATE_NOOP("AnomaliesPage", "kWh"), QT_TRANSLATE_NOOP("AnomaliesPage", "Yuan"),
           QT_TRANSLATE_NOOP("AnomaliesPage", "Status"), QT_TRANSLATE_NOOP("AnomaliesPage", "Result"),
           QT_TRANSLATE_NOOP("AnomaliesPage", "Checked by"), QT_TRANSLATE_NOOP("AnomaliesPage", "Checked on"))
STATUS_NAMES = {"open": QT_TRANSLATE_NOOP("AnomaliesPage", "To check"),
                "checking": QT_TRANSLATE_NOOP("AnomaliesPage", "Being checked"),
                "closed": QT_TRANSLATE_NOOP("AnomaliesPage", "Answered")}
#: The results as the form offers them (station.anomalies.RESULTS holds the receipt's Chinese wording).
RESULT_LABELS = {"normal": QT_TRANSLATE_NOOP("AnomaliesPage", "No anomaly found"),
                 "record-corrected": QT_TRANSLATE_NOOP("AnomaliesPage", "Record error corrected"),
                 "meter-fault": QT_TRANSLATE_NOOP("AnomaliesPage", "Metering fault dealt with"),
                 "back-billed": QT_TRANSLATE_NOOP("AnomaliesPage", "Confirmed and back-billed"),
                 "not-found": QT_TRANSLATE_NOOP("AnomaliesPage", "Not confirmed on site")}


def _t(text: str) -> str:
    return QCoreApplication.translate("AnomaliesPage", text)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def _number(text: str) -> Decimal | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal("NaN")  # the action refuses it with the reason, the field keeps what was typed


class AnomaliesPage(QWidget):
    """`loaded()` after each read; `answered(int)` with the line id; `exported(str)` with the file written."""

    page_key = "anomalies"
    loaded = Signal()
    answered = Signal(int)
    ordered = Signal(str)
    exported = Signal(str)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings, window: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings, self.window_ = workspace, runner, ui_settings, window
        self.rows: list[AnomalyRow] = []
        self._loaded_once = False

        self.batch_combo = QComboBox(self)
        self.batch_combo.setObjectName("anomaly_batch")
        self.batch_combo.addItem(self.tr("All lists"), None)
        self.batch_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("anomaly_status")
        self.status_combo.addItem(self.tr("All lines"), None)
        self.status_combo.addItem(self.tr("To check"), "open")
        self.status_combo.addItem(self.tr("Answered"), "closed")
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit = search_edit(self, "anomaly_search", self.tr("Search 户号, name or anomaly type"))
        self.search_timer = debounce(self, [self.search_edit], self._fill)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("List:"), self))
        bar.addWidget(self.batch_combo, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.search_edit, 2)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("anomaly_table")
        self.table.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_current)

        self.form = self._build_form()
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("anomaly_count")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        lay.addWidget(self.count_label)

        self.import_action = QAction(self.tr("Import a list…"), self)
        self.import_action.setObjectName("anomaly_import")
        self.import_action.triggered.connect(lambda _c=False: self.import_list())
        self.export_action = QAction(self.tr("Export receipt…"), self)
        self.export_action.setObjectName("anomaly_export")
        self.export_action.triggered.connect(lambda _c=False: self.export_receipt())
        self.print_action = QAction(self.tr("Print receipt…"), self)
        self.print_action.setObjectName("anomaly_print")
        self.print_action.triggered.connect(lambda _c=False: self.print_receipt())
        self._show_current()
        self.refresh()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Answer the selected line"), self)
        box.setMaximumWidth(FORM_WIDTH)
        self.line_label = QLabel(box)
        self.line_label.setWordWrap(True)
        self.result_combo = QComboBox(box)
        self.result_combo.setObjectName("anomaly_result")
        for code in RESULTS:
            self.result_combo.addItem(_t(RESULT_LABELS[code]), code)
        self.note_edit = QPlainTextEdit(box)
        self.note_edit.setObjectName("anomaly_note")
        self.note_edit.setPlaceholderText(self.tr("What was found (needed unless there is no anomaly)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().height() * 6)
        self.kwh_edit = QLineEdit(box)
        self.kwh_edit.setObjectName("anomaly_kwh")
        self.amount_edit = QLineEdit(box)
        self.amount_edit.setObjectName("anomaly_amount")
        self.date_edit = QDateEdit(QDate.currentDate(), box)
        self.date_edit.setObjectName("anomaly_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.problem_label = problem_label(box, name="anomaly_problems")
        self.order_button = QPushButton(self.tr("Raise a desk work order…"), box)
        self.order_button.setObjectName("anomaly_order")
        self.order_button.setToolTip(self.tr("A 电费核查 work order for this line, with you as its inspector"))
        self.order_button.clicked.connect(lambda: self.raise_order())
        self.answer_button = QPushButton(self.tr("Record the answer"), box)
        self.answer_button.setObjectName("anomaly_answer")
        self.answer_button.clicked.connect(lambda: self.answer())
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the form stays at the top, however tall the page
        form.addRow(self.line_label)
        form.addRow(self.tr("Result:"), self.result_combo)
        form.addRow(self.tr("Found:"), self.note_edit)
        form.addRow(self.tr("Back-billed kWh:"), self.kwh_edit)
        form.addRow(self.tr("Back-billed yuan:"), self.amount_edit)
        form.addRow(self.tr("Checked on:"), self.date_edit)
        form.addRow(self.problem_label)
        form.addRow(self.answer_button)
        form.addRow(self.order_button)
        return box

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.import_action, None, self.export_action, self.print_action]

    # -- reading ------------------------------------------------------------------------------------
    def refresh(self) -> Job:
        batch, status = self.batch_combo.currentData(), self.status_combo.currentData()
        ops.read(self, self.runner, actions.load_anomaly_batches, self.workspace, on_done=self._on_batches,
                 on_failed=lambda _e: None, supersede="anomaly_batches")
        return ops.read(self, self.runner, actions.load_anomalies, self.workspace, batch_id=batch, status=status,
                        on_done=self._on_loaded, on_failed=self._on_failed, supersede="anomalies")

    def _on_batches(self, batches: list[tuple[int, str, dt.datetime]]) -> None:
        current = self.batch_combo.currentData()
        self.batch_combo.blockSignals(True)
        self.batch_combo.clear()
        self.batch_combo.addItem(self.tr("All lists"), None)
        for batch_id, name, at in batches:
            self.batch_combo.addItem(f"{name}（{at:%Y-%m-%d %H:%M}）", batch_id)
        self.batch_combo.setCurrentIndex(max(0, self.batch_combo.findData(current)))
        self.batch_combo.blockSignals(False)

    def _on_loaded(self, rows: list[AnomalyRow]) -> None:
        self.rows = rows
        self._fill()
        self._loaded_once = True
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Billing-centre anomalies"), failure_text(exc))

    def ready_for_screenshot(self) -> bool:
        return self._loaded_once

    def _fill(self) -> None:
        needle = self.search_edit.text().strip().lower()
        shown = [r for r in self.rows if not needle or needle in
                 f"{r.account_no} {r.customer_name} {r.anomaly_type}".lower()]
        selected = self.current_row()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            cells = [r.account_no, r.customer_name, r.anomaly_type, f"{r.period // 100}-{r.period % 100:02d}",
                     "" if r.kwh is None else f"{r.kwh:,.0f}", "" if r.amount is None else f"{r.amount:,.2f}",
                     _t(STATUS_NAMES.get(r.status, r.status)), _t(RESULT_LABELS[r.result]) if r.result else "",
                     r.checked_by or "",
                     r.checked_on.isoformat() if r.checked_on else ""]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(ROW_ROLE, r)
                self.table.setItem(i, j, item)
        self.table.setSortingEnabled(True)
        answered = sum(1 for r in self.rows if r.status == "closed")
        self.count_label.setText(self.tr("%1 lines, %2 answered, %3 to check").replace("%1", f"{len(self.rows):,}")
                                 .replace("%2", f"{answered:,}").replace("%3", f"{len(self.rows) - answered:,}"))
        if selected is not None:
            self.select_line(selected.id)
        self._show_current()

    def current_row(self) -> AnomalyRow | None:
        items = self.table.selectedItems()
        row = items[0].data(ROW_ROLE) if items else None
        return row if isinstance(row, AnomalyRow) else None

    def select_line(self, anomaly_id: int) -> bool:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if item is not None and item.data(ROW_ROLE).id == anomaly_id:
                self.table.selectRow(i)
                return True
        return False

    def _show_current(self) -> None:
        row = self.current_row()
        editable = row is not None and row.status != "closed"
        for w in (self.result_combo, self.note_edit, self.kwh_edit, self.amount_edit, self.date_edit,
                  self.answer_button):
            w.setEnabled(editable)
        self.order_button.setEnabled(row is not None and row.status == "open")
        if row is None:
            self.line_label.setText(self.tr("Select a line of the list."))
            return
        text = f"{row.account_no} {row.customer_name} · {row.anomaly_type}：{row.description or '—'}"
        if row.status == "closed":
            text += "\n" + self.tr("Answered on %1 by %2: %3").replace("%1", str(row.checked_on)) \
                .replace("%2", row.checked_by or "").replace("%3", f"{_t(RESULT_LABELS.get(row.result or '', ''))} "
                                                            f"{row.result_note}")
        self.line_label.setText(text)

    # -- answering ----------------------------------------------------------------------------------
    def answer(self) -> Job | None:
        row = self.current_row()
        if row is None:
            return None
        self.problem_label.setText("")
        result, line_id = str(self.result_combo.currentData()), row.id

        def done(_result: object) -> None:
            self._on_answered(line_id)

        return ops.write(self, self.runner, actions.answer_anomaly, self.workspace, row.id, result,
                         self.note_edit.toPlainText(), on=self.date_edit.date().toPython(),
                         kwh=_number(self.kwh_edit.text()), amount=_number(self.amount_edit.text()),
                         version=row.version, on_done=done,
                         on_failed=self._on_refused)

    def _on_answered(self, anomaly_id: int) -> None:
        self.note_edit.clear()
        self.kwh_edit.clear()
        self.amount_edit.clear()
        self.answered.emit(anomaly_id)
        self.refresh()

    def _on_refused(self, exc: BaseException) -> None:
        problems = problems_of(exc)
        if not problems:
            self._on_failed(exc)
            return
        self.problem_label.setText(problems_text(problems))  # every field keeps what was typed

    def raise_order(self) -> Job | None:
        row = self.current_row()
        if row is None:
            return None
        self.problem_label.setText("")
        return ops.write(self, self.runner, actions.raise_anomaly_order, self.workspace, row.id,
                         on_done=self._on_ordered, on_failed=self._on_refused)

    def _on_ordered(self, number: str) -> None:
        self.ordered.emit(number)
        if self.window_ is not None:
            self.window_.statusBar().showMessage(self.tr("Work order %1 raised").replace("%1", number), 8000)
        self.refresh()

    # -- import and receipts --------------------------------------------------------------------------
    def import_list(self, path: Path | None = None) -> Job | None:
        from ui.dialogs.import_preview import ImportFlow

        if self.window_ is None:
            return None
        flow = ImportFlow(self.window_)
        flow.imported.connect(lambda _s: self.refresh())
        return flow.start("anomalies", path)

    def _scope(self) -> dict[str, Any]:
        batch = self.batch_combo.currentData()
        return {"batch_id": batch} if batch is not None else {}

    def export_receipt(self, path: str | None = None) -> Job | None:
        if path is None:
            folder = self.ui_settings.last_folder("exports") or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the receipt"), str(Path(folder) / "异常核查回执.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
            self.ui_settings.set_last_folder(str(Path(path).parent), "exports")
        return ops.read(self, self.runner, actions.write_receipt, self.workspace, path, **self._scope(),
                        on_done=lambda p: self.exported.emit(str(p)), on_failed=self._on_failed,
                        title=self.tr("Writing the receipt"))

    def print_receipt(self, path: str | None = None) -> Job:
        target = path or str(Path(tempfile.mkdtemp(prefix="receipt_")) / "异常核查回执.pdf")
        return ops.read(self, self.runner, actions.write_receipt, self.workspace, target, **self._scope(),
                        on_done=lambda p: self._on_printed(str(p), preview=path is None), on_failed=self._on_failed,
                        title=self.tr("Writing the receipt"))

    def _on_printed(self, path: str, *, preview: bool) -> None:
        self.exported.emit(path)
        if not preview:
            return
        from ui.widgets.pdf_preview import PdfPreviewDialog

        dlg = PdfPreviewDialog(path, QCoreApplication.translate("AnomaliesPage", "Receipt"), self,
                               save_folder=self.ui_settings.last_folder("reports"), suggested_name=Path(path).name)
        dlg.exec()


def make_page(window: Any) -> AnomaliesPage:
    """The registry's factory."""
    return AnomaliesPage(window.workspace, window.runner, window.ui_settings, window, window)
