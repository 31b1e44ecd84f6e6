"""Print preview of a PDF report: pages rendered with pypdfium2 and painted onto the printer's pages.

The report itself is built by station.reports (reportlab); Qt only shows and prints it. "Save as PDF…" copies
the built file, which keeps its vector text and embedded font (better than re-printing the raster pages).
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QWidget

#: Resolution pages are rendered at for printing; more only grows memory, a 0.5 pt table rule stays sharp.
MAX_DPI = 200
#: The preview holds every page image at once (QPrintPreviewWidget records all pages); past this many pixels
#: in total the resolution drops, so a 600-page county ledger previews in ~0.6 GB instead of many.
PIXEL_BUDGET = 600_000_000
#: Lowest resolution used, even for very long reports: still legible at the preview's zoom.
MIN_DPI = 72
POINTS_PER_INCH = 72.0


def page_count(path: str | Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_dpi(pages: int, page_points: tuple[float, float], wanted: float = MAX_DPI) -> float:
    """The resolution to render `pages` pages of `page_points` size within PIXEL_BUDGET."""
    area_in2 = (page_points[0] / POINTS_PER_INCH) * (page_points[1] / POINTS_PER_INCH)
    fit = math.sqrt(PIXEL_BUDGET / max(1, pages) / max(area_in2, 1e-6))
    return max(MIN_DPI, min(wanted, MAX_DPI, fit))


def _to_qimage(page: Any, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
    arr = bitmap.to_numpy()
    h, w = arr.shape[:2]
    # Grayscale: one byte a pixel (the ledgers are black on white), a quarter of RGBA's memory.
    image = QImage(arr.data, w, h, arr.strides[0], QImage.Format.Format_Grayscale8)
    return image.copy()  # detach from the numpy buffer, which dies with this function


def render_pages(path: str | Path, dpi: float = 96, first: int = 0, last: int | None = None) -> list[QImage]:
    """Pages first..last (inclusive, 0-based) of the PDF as grayscale images at `dpi`."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        end = len(pdf) - 1 if last is None else min(last, len(pdf) - 1)
        return [_to_qimage(pdf[i], dpi) for i in range(first, end + 1)]
    finally:
        pdf.close()


def paint_pdf(printer: QPrinter, path: str | Path) -> int:
    """Paint every page of the PDF onto `printer`, one printer page each, scaled to fit; returns the pages.

    Rendering page by page keeps memory flat when printing; the printer's page is set to the PDF's own size
    and orientation (the ledgers are A4 landscape) with no margins, since the PDF carries its own.
    """
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    painter = QPainter()
    try:
        n = len(pdf)
        if n == 0:
            return 0
        w_pt, h_pt = pdf[0].get_size()
        orientation = QPageLayout.Orientation.Landscape if w_pt > h_pt else QPageLayout.Orientation.Portrait
        size = QPageSize(QPageSize.PageSizeId.A4) if _is_a4(w_pt, h_pt) else QPageSize(
            QSizeF(min(w_pt, h_pt), max(w_pt, h_pt)), QPageSize.Unit.Point)
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        dpi = render_dpi(n, (w_pt, h_pt), min(float(printer.resolution()), MAX_DPI))
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for i in range(n):
            if i:
                printer.newPage()
            image = _to_qimage(pdf[i], dpi)
            target = QRectF(painter.viewport())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) / 2
            y = target.y() + (target.height() - scaled.height()) / 2
            painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), image)
        return n
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


def _is_a4(w_pt: float, h_pt: float) -> bool:
    a4 = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point)
    short, long_ = sorted((w_pt, h_pt))
    return abs(short - a4.width()) < 2 and abs(long_ - a4.height()) < 2


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of a built PDF, with Print (from Qt) and Save as PDF… added to its toolbar."""

    def __init__(self, path: str | Path, title: str, parent: QWidget | None = None, *,
                 save_folder: str = "", suggested_name: str = "") -> None:
        # Kept on the dialog: the preview does not own the printer, and Python would free it.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self.path = Path(path)
        self.save_folder = save_folder
        self.suggested_name = suggested_name or self.path.name
        self.saved_to: Path | None = None
        self.setWindowTitle(title)
        self._printer.setDocName(title)
        self.resize(1100, 800)
        self.paintRequested.connect(lambda printer: paint_pdf(printer, self.path))
        self.save_action = QAction(self.tr("Save as PDF…"), self)
        self.save_action.setObjectName("save_pdf")
        self.save_action.triggered.connect(lambda: self.save_as())
        bar = self.findChild(QToolBar)
        if bar is not None:
            bar.addSeparator()
            bar.addAction(self.save_action)
        else:  # pragma: no cover - Qt's preview always has its toolbar
            self.addAction(self.save_action)

    def save_as(self, target: str | Path | None = None) -> Path | None:
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), str(Path(self.save_folder or Path.home()) / self.suggested_name),
                self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            target = chosen
        dest = Path(target)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_suffix(".pdf")
        try:
            shutil.copyfile(self.path, dest)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        self.saved_to = dest
        self.save_folder = str(dest.parent)
        return dest
