"""Fitting text and rows onto the page template's pages: a cell shortened with "…" or wrapped onto more lines
(with the line-breaking rules of Chinese addresses and clauses), and the stream of lines cut into pages by height.
"""

from __future__ import annotations

from typing import Any

from station.reports.fonts import FONT

PAD = 3.0  #: cell padding left/right (points)
MAX_LINES = 4  #: a wrapped cell's lines (a longer text ends in "…" on the last)


class Fitter:
    """Shortens a text with "…" to fit a column; measuring only texts that could overflow keeps it cheap."""

    def __init__(self, size: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self._width = stringWidth
        self._size = size

    def __call__(self, text: str, width: float) -> str:
        avail = width - 2 * PAD
        if len(text) * self._size <= avail:  # no glyph of the font is wider than 1 em
            return text
        if self._width(text, FONT, self._size) <= avail:
            return text
        lo, hi = 0, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._width(text[:mid] + "…", FONT, self._size) <= avail:
                lo = mid
            else:
                hi = mid - 1
        return text[:lo] + "…"

    def wrap(self, text: str, width: float) -> list[str]:
        """`text` broken into lines that fit (at characters: an address has no spaces), at most MAX_LINES."""
        lines: list[str] = []
        rest = text
        while rest and len(lines) < MAX_LINES - 1:
            head = self._head(rest, width)
            if head == len(rest):
                break
            lines.append(rest[:head])
            rest = rest[head:]
        return lines + [self(rest, width)] if rest or not lines else lines

    def _head(self, text: str, width: float) -> int:
        """How many leading characters of `text` fit in `width` (at least one)."""
        avail = width - 2 * PAD
        if len(text) * self._size <= avail or self._width(text, FONT, self._size) <= avail:
            return len(text)
        lo, hi = 1, len(text)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._width(text[:mid], FONT, self._size) <= avail:
                lo = mid
            else:
                hi = mid - 1
        # Never split a number or a Latin word ("4|02室", "TQ|0001"): break before it when it does not fill the line.
        start = lo
        while start > 0 and _word(text[start - 1]) and _word(text[start]):
            start -= 1
        if text[start] in _UNITS:  # nor leave "号" alone at a line's start: "1号" moves over whole
            while start > 0 and _word(text[start - 1]):
                start -= 1
        while start > 1 and text[start] in _NO_LINE_START:  # 禁则: a comma or a closing bracket never opens a line
            start -= 1
        return start if start > 0 else lo


_NO_LINE_START = frozenset("，。、；：！？）》」』】,.;:)")
#: The counters of an address that belong to the number before them ("29栋", "402室", "1号").
_UNITS = frozenset("号栋幢座楼层室组户元期")


def _word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-./()")


def page_items(items: list[tuple[str, Any, Any]], heights: list[float], room: float,
                line: float) -> list[list[tuple[str, Any, Any]]]:
    """Cut the stream of lines into pages of `room` points; the last page keeps a `line` for the grand
    total, and a group's band line never ends a page (it moves over with its rows)."""
    pages: list[list[tuple[str, Any, Any]]] = []
    i, n = 0, len(items)
    while i < n:
        used, j = 0.0, i
        while j < n and (j == i or used + heights[j] <= room + 0.01):
            used += heights[j]
            j += 1
        if j == n and used + line > room + 0.01 and j - i > 1:
            j -= 1  # room for the grand total
        while j - i > 1 and items[j - 1][0] == "band":
            j -= 1
        pages.append(items[i:j])
        i = j
    return pages or [[]]
