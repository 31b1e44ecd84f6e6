"""The global scan/search box: a USB barcode scanner types digits and Enter into it from any page."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

#: Q/GDW 1205 asset barcodes have exactly 22 digits (DOMAIN.md glossary, 资产编号).
ASSET_NO_DIGITS = 22
_ASSET_NO = re.compile(rf"\d{{{ASSET_NO_DIGITS}}}")
# Scanners in a Chinese IME may send full-width digits; fold them to ASCII.
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def normalise(text: str) -> str:
    return text.translate(_FULLWIDTH).strip()


def looks_like_asset_no(text: str) -> bool:
    return bool(_ASSET_NO.fullmatch(text))


class ScanBox(QLineEdit):
    """Emits `submitted(text)` on Enter with the normalised text, then clears itself for the next scan."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Scan a barcode, or type an account number or name  (Ctrl+F)"))
        self.setMinimumWidth(360)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = normalise(self.text())
        if text:
            self.submitted.emit(text)
            self.selectAll()  # the next scan replaces the text; a typed search stays visible
