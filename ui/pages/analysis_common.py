"""What the analysis pages (电量突降, 台区线损) share: the scan job, the default month, the PDF preview."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from station.workspace import Workspace
from ui.settings import UiSettings


def size_columns(header: QHeaderView, widths: Sequence[int], texts: dict[int, Sequence[str]] | None = None) -> None:
    """Give each column its width in pixels, widened to its title (with the sort arrow) and to the longest
    of `texts` (e.g. the class names): English titles are wider than the Chinese the widths were set for."""
    metrics = header.fontMetrics()
    for i, w in enumerate(widths):
        if w <= 0:
            continue
        need = header.sectionSizeHint(i)
        for text in (texts or {}).get(i, ()):
            need = max(need, metrics.horizontalAdvance(text) + 16)  # 16: the cell's margins
        header.resizeSection(i, max(w, need))


def scan_job(ws: Workspace, month: str, progress: Any, cancelled: Any) -> tuple[Any, list[Any]]:
    """The job: the station's scan of `month` and its ranked rows (ScanRun, [SuspectRow]); nothing is written.

    The run is kept by the page so that each curve shows the list's score, reason and start month.
    """
    from station.actions import load_scan

    return load_scan(ws, month, progress=progress, cancelled=cancelled)


def last_reading_month(ws: Workspace) -> str | None:
    """"YYYY-MM" of the last month with readings (supply alone does not count), None when there are none."""
    from station.actions import last_reading_month as last

    return last(ws)


def preview_pdf(parent: QWidget, ui_settings: UiSettings, path: Path, title: str) -> None:
    """Show a built report in the print preview (Print, Save as PDF…); remembers the folder saved to."""
    from ui.widgets.pdf_preview import PdfPreviewDialog

    dlg = PdfPreviewDialog(path, title, parent, save_folder=ui_settings.last_folder("reports"),
                           suggested_name=path.name)
    dlg.exec()
    if dlg.saved_to is not None:
        ui_settings.set_last_folder(str(dlg.saved_to.parent), "reports")
