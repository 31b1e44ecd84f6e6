"""File → Print customer/asset ledger…: choose 台区 and month, build the PDF as a job, then the print preview."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from station.actions import build_ledger_pdf, load_areas
from station.domain.rows import AreaRow
from ui.dialogs.asset_common import StepDialog
from ui.jobs import Job
from ui.text import failure_text

#: Months offered besides "up to today": three years back covers a year-end audit of the last two years.
MONTHS_OFFERED = 36
REPORT_KINDS = ("customers", "assets")


@dataclass(frozen=True, slots=True)
class ReportRequest:
    kind: str  # customers | assets
    area_code: str | None  # None: every 台区
    month: str | None  # "YYYY-MM"; None: the current month up to today


def recent_months(today: dt.date, count: int = MONTHS_OFFERED) -> list[str]:
    """The last `count` months before this one, newest first, as YYYY-MM."""
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        out.append(f"{y:04d}-{m:02d}")
    return out


class ReportDialog(StepDialog):
    """Returns a ReportRequest through `ask(parent, kind, areas)`."""

    def __init__(self, parent: QWidget | None, kind: str, areas: list[AreaRow]) -> None:
        title = self.tr("Print customer ledger") if kind == "customers" else self.tr("Print asset ledger")
        super().__init__(parent, title, self.tr(
            "The ledger as of a month's end (A4 landscape), or as of today. It is built in the background; "
            "the print preview opens when it is ready."))
        self.kind = kind
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("area_combo")
        self.area_combo.addItem(self.tr("All areas"), None)
        for area in areas:
            self.area_combo.addItem(f"{area.code}  {area.name}", area.code)
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("month_combo")
        self.month_combo.addItem(self.tr("This month, up to today"), None)
        for month in recent_months(dt.date.today()):
            self.month_combo.addItem(month, month)
        self.add_row(self.tr("Area (台区)"), self.area_combo)
        self.add_row(self.tr("Month"), self.month_combo)
        self.ok_button.setText(self.tr("Build"))
        self.revalidate()

    def problems(self) -> list[str]:
        return []

    def value(self) -> ReportRequest:
        return ReportRequest(self.kind, self.area_combo.currentData(), self.month_combo.currentData())


class ReportFlow(QObject):
    """Ask, build as a background job, then open the preview (a PdfPreviewDialog)."""

    built = Signal(object)  #: Path of the PDF

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_job: Job | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="station-reports-")  # removed with the flow

    def start(self, kind: str, request: ReportRequest | None = None) -> Job | None:
        if request is None:
            request = ReportDialog.ask(self.window, kind, load_areas(self.window.workspace))
            if request is None:
                return None
        out = Path(self._dir.name) / self.file_name(request)
        title = self.tr("Building %1").replace("%1", out.name)
        job = Job(build_ledger_pdf, title=title, ws=self.window.workspace, kind=request.kind, path=out,
                  area_code=request.area_code, month=request.month)
        job.signals.succeeded.connect(lambda path, r=request: self._on_built(path, r))
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(lambda: self.window.statusBar().showMessage(self.tr("Report cancelled"), 5000))
        self.last_job = self.window.runner.start(job, write=False)
        return self.last_job

    @staticmethod
    def file_name(request: ReportRequest) -> str:
        # The Chinese titles the printed ledgers carry, so a saved file is found by its name.
        base = "客户台账" if request.kind == "customers" else "计量资产台账"
        parts = [base, request.area_code or "", request.month or dt.date.today().isoformat()]
        return "-".join(p for p in parts if p) + ".pdf"

    def _on_built(self, path: Path, request: ReportRequest) -> None:
        self.built.emit(path)
        self.preview(path, request)

    def preview(self, path: Path, request: ReportRequest) -> None:
        from ui.widgets.pdf_preview import PdfPreviewDialog

        title = self.tr("Customer ledger") if request.kind == "customers" else self.tr("Asset ledger")
        settings = self.window.ui_settings
        dlg = PdfPreviewDialog(path, title, self.window, save_folder=settings.last_folder("reports"),
                               suggested_name=path.name)
        dlg.exec()
        if dlg.saved_to is not None:
            settings.set_last_folder(str(dlg.saved_to.parent), "reports")

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Report not built"), failure_text(exc))


if __name__ == "__main__":  # preview: python -m ui.dialogs.report_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(ReportDialog.ask(None, "customers", []))
