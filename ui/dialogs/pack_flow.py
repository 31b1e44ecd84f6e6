"""File → Monthly report pack…: choose the month and a folder, then write the pack as a background job.

The pack goes into a new folder 月度报表包_YYYY-MM inside the one chosen; the job shows in the status bar with its
progress and Cancel (ui/ops.py), and nothing is left in the folder when it fails or is cancelled.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog

from station import actions
from ui import ops
from ui.dialogs.report_dialog import recent_months
from ui.jobs import Job


def pack_folder(parent: str | Path, month: str) -> Path:
    return Path(parent) / f"月度报表包_{month}"


class PackFlow(QObject):
    """Ask the month and the folder; write the pack; say where it went."""

    written = Signal(object)  #: the station.reports.pack.PackResult

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_job: Job | None = None

    def months(self) -> list[str]:
        """This month first (its registers fill during the month), then the last three years."""
        today = dt.date.today()
        return [f"{today:%Y-%m}", *recent_months(today)]

    def ask_month(self) -> str | None:
        months = self.months()
        month, ok = QInputDialog.getItem(self.window, self.tr("Monthly report pack"), self.tr("Month"), months,
                                         1 if len(months) > 1 else 0, False)
        return str(month) if ok and month else None

    def start(self, month: str | None = None, parent: str | None = None) -> Job | None:
        month = month or self.ask_month()
        if not month:
            return None
        settings = self.window.ui_settings
        if parent is None:
            parent = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for the report pack"),
                                                      settings.last_folder("reports"))
            if not parent:
                return None
        settings.set_last_folder(str(parent), "reports")
        target = pack_folder(parent, month)
        self.last_job = ops.write(self.window, self.window.runner, actions.write_report_pack, self.window.workspace,
                                  month, target, on_done=self._on_written,
                                  title=self.tr("Writing the report pack %1").replace("%1", month))
        return self.last_job

    def _on_written(self, result: Any) -> None:
        self.written.emit(result)
        self.window.statusBar().showMessage(
            self.tr("Report pack written: %1 (%2 reports)").replace("%1", str(result.folder))
            .replace("%2", str(len(result.reports))), 10000)
