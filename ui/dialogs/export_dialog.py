"""File → Export current view…: the shown ledger with its filters and sort, to .xlsx or .csv, as a job."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from station.actions import export_view
from ui.jobs import Job
from ui.text import failure_text

#: The ledger pages that export, and the file-name stem each suggests (the printed ledgers' titles).
EXPORTABLE = {"customers": "客户台账", "assets": "计量资产台账"}


def suggested_name(kind: str, suffix: str = ".xlsx", today: dt.date | None = None) -> str:
    return f"{EXPORTABLE[kind]}-{(today or dt.date.today()):%Y%m%d}{suffix}"


class ExportFlow(QObject):
    """Ask where, then export the current ledger page as it is filtered and sorted."""

    exported = Signal(object, int)  #: (Path, rows written)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_job: Job | None = None

    def choose_file(self, kind: str) -> Path | None:
        settings = self.window.ui_settings
        folder = settings.last_folder("export")
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export current view"), str(Path(folder) / suggested_name(kind)) if folder
            else suggested_name(kind), f"{xlsx};;{csv}")
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
        settings.set_last_folder(str(target.parent), "export")
        return target

    def start(self, path: Path | None = None) -> Job | None:
        kind = self.window.current_key()
        page = self.window.current_page()
        if kind not in EXPORTABLE or page is None:
            QMessageBox.information(self.window, self.tr("Export"),
                                    self.tr("Open the customer or the asset ledger to export it."))
            return None
        target = Path(path) if path is not None else self.choose_file(kind)
        if target is None:
            return None
        model = page.model
        job = Job(export_view, title=self.tr("Exporting %1").replace("%1", target.name), ws=self.window.workspace,
                  kind=kind, flt=model.filter, sort_key=model.sort_key, descending=model.descending, path=target)
        job.signals.succeeded.connect(lambda n, p=target: self._on_done(p, n))
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Export cancelled; no file was written"), 8000))
        self.last_job = self.window.runner.start(job, write=False)
        return self.last_job

    def _on_done(self, path: Path, rows: int) -> None:
        self.window.statusBar().showMessage(
            self.tr("%n row(s) exported to %1", "", rows).replace("%1", str(path)), 15000)
        self.exported.emit(path, rows)

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self.window, self.tr("Export failed"), failure_text(exc))
