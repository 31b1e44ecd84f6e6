"""The bundled CJK TrueType font, registered once with reportlab so every PDF embeds (a subset of) it."""

from __future__ import annotations

import threading

from station.paths import font_path

FONT = "CJK"
#: WenQuanYi Micro Hei has no bold face; the alias keeps "bold" in styles meaningful if a bold face is
#: bundled later, and reportlab's <b> markup maps to it.
FONT_BOLD = "CJK-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the bundled font as FONT (and FONT_BOLD) once per process; returns FONT.

    TrueType outlines only: reportlab cannot embed CFF (.otf) CJK fonts, and its built-in CID fonts
    are not embedded and print blank where Adobe's language pack is missing.
    """
    global _registered
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            path = str(font_path())
            pdfmetrics.registerFont(TTFont(FONT, path, subfontIndex=0))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, path, subfontIndex=0))
            addMapping(FONT, 0, 0, FONT)
            addMapping(FONT, 1, 0, FONT_BOLD)
            addMapping(FONT, 0, 1, FONT)
            addMapping(FONT, 1, 1, FONT_BOLD)
            _registered = True
    return FONT
