"""The seal of a printed ledger (issue 11): a hash of its rows, a number, and a QR code, so that paper can be
checked against the database later (`station verify FILE.pdf`, or the QR scanned into the scan box).

Each data row is hashed without its 序号 (a row added above would renumber every row below it); the ledger's
digest is the hash of its rows' hashes by key. The PDF carries the number and the digest in its keywords and on
every page (text and QR); the database keeps the per-row hashes, so a check names the rows that changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The QR's payload starts with this, so the scan box tells a sealed ledger from a 户号 or a barcode.
PREFIX = "STWS"
KEYWORD = "station-seal"


@dataclass(frozen=True, slots=True)
class Seal:
    doc_no: str
    digest: str

    @property
    def payload(self) -> str:
        return f"{PREFIX}:{self.doc_no}:{self.digest}"

    @property
    def short(self) -> str:
        return self.digest[:16]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def row_hash(cells: Sequence[Any], skip: Iterable[int] = (0,)) -> str:
    skipped = set(skip)
    kept = [_text(v) for i, v in enumerate(cells) if i not in skipped]
    return hashlib.sha256(json.dumps(kept, ensure_ascii=False).encode("utf-8")).hexdigest()


def row_hashes(rows: Iterable[Sequence[Any]], key_col: int) -> dict[str, str]:
    """Each row's hash by its key (户号, 资产编号); a key met twice keeps both, numbered."""
    out: dict[str, str] = {}
    for cells in rows:
        key = _text(cells[key_col])
        while key in out:
            key += "#"
        out[key] = row_hash(cells)
    return out


def digest_of(hashes: dict[str, str]) -> str:
    joined = "\n".join(f"{k}\t{v}" for k, v in sorted(hashes.items()))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def parse_payload(text: str) -> Seal | None:
    """The seal a scanned QR (or the PDF's keywords) names; None when it is not one."""
    parts = text.strip().removeprefix(f"{KEYWORD}:").split(":")
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or len(parts[2]) != 64:
        return None
    return Seal(parts[1], parts[2])


def read_seal(path: str | Path) -> Seal | None:
    """The seal in a PDF's keywords (the program's own ledgers); None for any other PDF."""
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return None
    try:
        keywords = doc.get_metadata_dict().get("Keywords", "") or ""
    finally:
        doc.close()
    return parse_payload(keywords)


def draw_seal(canvas: Any, seal: Seal, x: float, y: float, size: float) -> None:
    """The QR (number and digest) with its lower-left corner at (x, y), `size` points square."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(seal.payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)
