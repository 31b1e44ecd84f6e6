"""File → Yearly work summary…: choose the year, print the sealed 年度工作总结 as a background job, preview it.

The station head writes the yearly report in the first weeks of the next year, so the year offered first is last
year until the end of March and this year after. Printing is recorded (the seal), hence a write job; the PDF
goes into a temporary folder removed with the flow, and the preview's "Save as PDF…" keeps a copy.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from station import actions
from ui import ops
from ui.jobs import Job

#: Years offered: this one and the four before (a summary compares each figure with the year before).
YEARS_OFFERED = 5
#: Until the end of this month the summary usually asked for is last year's.
LAST_YEAR_UNTIL_MONTH = 3


def offered_years(today: dt.date) -> tuple[list[int], int]:
    """The years to choose from, newest first, and the index of the one chosen by default."""
    years = [today.year - i for i in range(YEARS_OFFERED)]
    return years, 1 if today.month <= LAST_YEAR_UNTIL_MONTH else 0


def file_name(year: int) -> str:
    return f"年度工作总结_{year}.pdf"


class SummaryFlow(QObject):
    """Ask the year; print the summary; show it in the print preview."""

    printed = Signal(object)  #: Path of the PDF

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_job: Job | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="station-summary-")  # removed with the flow

    def ask_year(self) -> int | None:
        years, default = offered_years(dt.date.today())
        year, ok = QInputDialog.getItem(self.window, self.tr("Yearly work summary"), self.tr("Year"),
                                        [str(y) for y in years], default, False)
        return int(year) if ok and year else None

    def start(self, year: int | None = None) -> Job | None:
        year = year or self.ask_year()
        if not year:
            return None
        path = Path(self._dir.name) / file_name(year)
        # The figures' names follow the program's language; the rest of the paper is the station's Chinese.
        lang = "en" if (self.window.ui_settings.language() or "").startswith("en") else "zh_CN"
        self.last_job = ops.write(self.window, self.window.runner, actions.print_year_summary, self.window.workspace,
                                  year, path, lang=lang, on_done=lambda _pages: self._on_printed(path),
                                  title=self.tr("Printing the yearly work summary %1").replace("%1", str(year)))
        return self.last_job

    def _on_printed(self, path: Path) -> None:
        from ui.pages.analysis_common import preview_pdf

        self.printed.emit(path)
        preview_pdf(self.window, self.window.ui_settings, path, self.tr("Yearly work summary"))
