"""The one page template of every report: A4 landscape, header, page N/M, totals, 制表/审核 signatures.

Rows are laid out page by page by this module, not by the table splitter: every row has a fixed height, so
the rows of a page are known before reportlab draws it, and each page gets its exact subtotal row. That is
also what keeps a 20,000-row ledger about as fast as a bare LongTable of the same rows.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Any

from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress
from station.reports.fitting import PAD, Fitter, page_items
from station.reports.fonts import FONT, FONT_BOLD, register_fonts
from station.reports.seal import KEYWORD, Seal, draw_seal

MM = 72 / 25.4
PAGE_W, PAGE_H = 297 * MM, 210 * MM  # A4 landscape
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 12 * MM, 24 * MM, 14 * MM
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
BODY_SIZE = 8.0
ROW_H = 14.0  #: one text line at 8 pt with padding: ~34 rows a page
LEADING = BODY_SIZE * 1.2  #: each further line of a wrapped cell
HEAD_H = 18.0
ZEBRA = "#F2F5F9"
HEAD_BG = "#DCE3EC"
BAND_BG = "#E8EEF5"
TOTAL_BG = "#FFF6DB"
GRID = "#9AA5B1"
SEAL_FORM = "station-seal"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its printed title, width in millimetres (scaled to fill the page), alignment, and
    whether it is summed into the page, group and grand totals."""

    title: str
    width: float
    align: str = "LEFT"  # LEFT | CENTER | RIGHT
    total: bool = False
    decimals: int | None = None  # numbers are printed with this many decimals (None: integers as is)
    wrap: bool = False  # a long text (an address) wraps onto more lines of a taller row instead of "…"


@dataclass(frozen=True, slots=True)
class Group:
    """Rows printed under a band line (e.g. one 台区), closed by a subtotal row."""

    title: str
    rows: Sequence[Sequence[Any]]


def banded(
    rows: Iterable[Any],
    key: Callable[[Any], Any],
    title: Callable[[Any], str],
    cells: Callable[[int, Any], list[Any]],
) -> list[Group]:
    """Consecutive rows with the same `key` form one Group titled by its first row; `cells(serial, row)` gives
    a printed row, its serial number running on across the bands as a ledger's 序号 does."""
    groups: list[Group] = []
    serial = 0
    for _, run in itertools.groupby(rows, key):
        band = list(run)
        groups.append(Group(title(band[0]), [cells(serial + i, r) for i, r in enumerate(band, 1)]))
        serial += len(band)
    return groups


@dataclass(frozen=True, slots=True)
class Appendix:
    """A small table printed after the grand totals (a summary by category, the month's movements …)."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    widths: Sequence[float]  # mm
    align: Sequence[str] = ()


def format_number(value: Any, decimals: int | None) -> str:
    """A cell's text; Decimal rounded half up (四舍五入, as a bill is), never through float."""
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal) and value.is_finite():
        places = 2 if decimals is None else decimals
        return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,.{places}f}"
    if isinstance(value, int | float | Decimal):
        if decimals is None:
            return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
        return f"{float(value):,.{decimals}f}"
    return str(value)


class _Totals:
    """The total lines of a report: a count in `unit` and each total column summed exactly.

    Sums are Decimal: a ledger's money and kWh are Decimal in the database, and a float sum of thousands of
    cent amounts can print a cent off the figure the counter's own addition gives.
    """

    def __init__(self, columns: Sequence[Column], unit: str) -> None:
        self.columns, self.unit = columns, unit
        self.cols = [j for j, c in enumerate(columns) if c.total]
        self.label_span = self.cols[0] if self.cols else len(columns)

    def line(self, label: str, data_rows: Iterable[Sequence[Any]]) -> list[str]:
        count, acc = 0, [Decimal(0)] * len(self.cols)
        for r in data_rows:
            count += 1
            for k, j in enumerate(self.cols):
                v = r[j]
                if v is not None and v != "":
                    acc[k] += v if isinstance(v, Decimal) else Decimal(str(v))
        out = [""] * len(self.columns)
        out[0] = f"{label}：{count:,} {self.unit}"
        for k, j in enumerate(self.cols):
            decimals = self.columns[j].decimals
            out[j] = format_number(acc[k], decimals if decimals is not None else 2)
        return out


def _line_items(rows: Iterable[Sequence[Any]] | None, groups: Sequence[Group] | None,
                totals: _Totals) -> tuple[list[tuple[str, Any]], list[Sequence[Any]]]:
    """The stream of lines ("row", raw values) | ("band", title) | ("sub", total line), and every data row."""
    items: list[tuple[str, Any]] = []
    if groups is None:
        all_rows = list(rows or [])
        return [("row", r) for r in all_rows], all_rows
    all_rows = []
    for g in groups:
        items.append(("band", g.title))
        items.extend(("row", r) for r in g.rows)
        items.append(("sub", totals.line("小计", g.rows)))
        all_rows.extend(g.rows)
    return items, all_rows


def _base_style(columns: Sequence[Column], colors: Any) -> list[tuple[Any, ...]]:
    base: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, BODY_SIZE + 0.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_BG)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEADING", (0, 1), (-1, -1), LEADING),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(ZEBRA)]),
    ]
    return base + [("ALIGN", (j, 1), (j, -1), c.align) for j, c in enumerate(columns) if c.align != "LEFT"]


@dataclass(slots=True)
class _PageMaker:
    """Turns one page's lines into a reportlab Table: rows fitted, bands spanned, totals styled."""

    columns: Sequence[Column]
    widths: list[float]
    totals: _Totals
    row_height: float
    colors: Any
    fit: Fitter = field(default_factory=lambda: Fitter(BODY_SIZE))

    def row(self, values: Sequence[Any]) -> list[str]:
        cells = [format_number(v, c.decimals) for v, c in zip(values, self.columns, strict=True)]
        return [("\n".join(self.fit.wrap(t, w)) if c.wrap else self.fit(t, w)) if c.align == "LEFT" else t
                for t, w, c in zip(cells, self.widths, self.columns, strict=True)]

    def height(self, cells: list[str]) -> float:
        """A row's height: its own, or taller for the lines of its tallest wrapped cell (a tall writing row
        already holds two)."""
        lines = max((c.count("\n") for c in cells), default=0)
        return max(self.row_height, ROW_H + lines * (LEADING + 0.8))

    def table(self, page: list[tuple[str, Any, Any]], *, empty: bool, page_total: bool,
              grand: list[str] | None) -> Any:
        from reportlab.platypus import Table, TableStyle

        ncol, colors = len(self.columns), self.colors
        data: list[list[str]] = [[c.title for c in self.columns]]
        heights = [HEAD_H]
        style = _base_style(self.columns, colors)
        page_rows = []
        for kind, payload, cells in page:
            r = len(data)
            heights.append(self.row_height if cells is None else self.height(cells))
            if kind == "row":
                data.append(cells)
                page_rows.append(payload)
            elif kind == "band":
                data.append([self.fit(payload, FRAME_W)] + [""] * (ncol - 1))
                style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor(BAND_BG)),
                          ("FONT", (0, r), (-1, r), FONT_BOLD, BODY_SIZE), ("ALIGN", (0, r), (-1, r), "LEFT")]
            else:
                data.append(payload)
                style += _total_style(r, self.totals.label_span, colors)
        if empty:
            data.append(["（无记录）"] + [""] * (ncol - 1))
            style.append(("SPAN", (0, 1), (-1, 1)))
        if page_total:  # not on a one-page report: the page subtotal would repeat the grand total
            data.append(self.totals.line("本页小计", page_rows))
            style += _total_style(len(data) - 1, self.totals.label_span, colors)
        if grand is not None:
            data.append(grand)
            style += _total_style(len(data) - 1, self.totals.label_span, colors)
            style.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 1.0, colors.black))
        heights += [self.row_height] * (len(data) - len(heights))
        return Table(data, colWidths=self.widths, rowHeights=heights, style=TableStyle(style), hAlign="LEFT")


def build_table_report(
    out: str | Path | IO[bytes],
    *,
    title: str,
    station: str,
    period: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]] | None = None,
    groups: Sequence[Group] | None = None,
    unit: str = "行",
    subtitle: str = "",
    notes: Sequence[str] = (),
    appendix: Sequence[Appendix] = (),
    printed_at: dt.datetime | None = None,
    row_height: float = ROW_H,
    seal: Seal | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write a tabular report to `out` (a path, written atomically, or a binary stream); returns its pages.

    Give either `rows` (one flat list) or `groups` (banded, each with a subtotal). Columns with
    `total=True` are summed per page (本页小计), per group (小计) and for the report (总计); every total
    line also counts the rows in `unit` (户, 只 …). The caller fixes the ordering of the rows.
    `row_height` (points) makes room to write by hand in a column (an inspection list's 检查结果).
    `seal` (station.reports.seal) prints the ledger's number, digest and QR on every page.
    """
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Spacer

    register_fonts()
    printed_at = printed_at or dt.datetime.now().replace(microsecond=0)
    scale = FRAME_W / (sum(c.width for c in columns) * MM)
    totals = _Totals(columns, unit)
    maker = _PageMaker(columns, [c.width * MM * scale for c in columns], totals, row_height, colors)
    lines, all_rows = _line_items(rows, groups, totals)
    if cancelled():
        raise Cancelled()
    items = [(k, p, maker.row(p) if k == "row" else None) for k, p in lines]
    heights = [row_height if cells is None else maker.height(cells) for _, _, cells in items]
    grand = totals.line("总计", all_rows)
    pages = page_items(items, heights, FRAME_H - HEAD_H - row_height, row_height)
    story: list[Any] = []
    for p, page in enumerate(pages, 1):
        if cancelled():
            raise Cancelled()
        story.append(maker.table(page, empty=not all_rows and p == 1, page_total=len(pages) > 1,
                                 grand=grand if p == len(pages) else None))
        if p < len(pages):
            # A page that ends early (a band moved over) must not let the next table start in its leftover
            # space: the splitter would leave that table's header row alone at the bottom.
            story.append(PageBreak())
        if p % 50 == 0:
            progress(0.1 * p / len(pages), "")
    story.append(Spacer(1, 4 * MM))
    story += _closing(notes, appendix)
    n_pages = len(pages) + (1 if notes or appendix else 0)
    return _render(out, story, title=title, station=station, period=period, subtitle=subtitle,
                   printed_at=printed_at, n_pages=n_pages, progress=progress, cancelled=cancelled, seal=seal)


def _total_style(r: int, label_span: int, colors: Any) -> list[tuple[Any, ...]]:
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, r), (-1, r), colors.HexColor(TOTAL_BG)),
        ("FONT", (0, r), (-1, r), FONT_BOLD, BODY_SIZE),
    ]
    if label_span > 1:
        cmds.append(("SPAN", (0, r), (label_span - 1, r)))
    return cmds


def _closing(notes: Sequence[str], appendix: Sequence[Appendix]) -> list[Any]:
    """Summary tables, notes and the 制表/审核 signature lines, kept together after the totals."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    small = ParagraphStyle("small", fontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.4)
    heading = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=BODY_SIZE + 1.5, leading=(BODY_SIZE + 1.5) * 1.4)
    blocks: list[Any] = []
    for a in appendix:
        data = [list(a.headers)] + [[format_number(v, None if isinstance(v, int) else 2) for v in r] for r in a.rows]
        style = [
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, BODY_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEAD_BG)),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(GRID)),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(ZEBRA)]),
        ]
        style += [("ALIGN", (j, 1), (j, -1), al) for j, al in enumerate(a.align) if al != "LEFT"]
        table = Table(data, colWidths=[w * MM for w in a.widths], style=TableStyle(style), hAlign="LEFT",
                      repeatRows=1)
        blocks.append(KeepTogether([Paragraph(a.title, heading), Spacer(1, 1.5 * MM), table, Spacer(1, 4 * MM)]))
    for note in notes:
        blocks.append(Paragraph(note, small))
    signature = Table(
        [["制表：", "", "审核：", "", "日期：", ""]],
        colWidths=[14 * MM, 45 * MM, 14 * MM, 45 * MM, 14 * MM, 35 * MM],
        style=TableStyle([
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE + 2),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
            ("LINEBELOW", (5, 0), (5, 0), 0.6, colors.black),
            ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ]),
        hAlign="RIGHT",
    )
    blocks.append(KeepTogether([Spacer(1, 8 * MM), signature]))
    return blocks


def _render(
    out: str | Path | IO[bytes], story: list[Any], *, title: str, station: str, period: str, subtitle: str,
    printed_at: dt.datetime, n_pages: int, progress: Progress, cancelled: IsCancelled, seal: Seal | None = None,
) -> int:
    """Lay the story out on the page template; a path is written through a temporary file."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    printed = f"打印时间：{printed_at:%Y-%m-%d %H:%M}"
    pages_seen = [0]
    seal_drawn: list[bool] = []

    def on_page(canvas: Any, _doc: Any) -> None:
        pages_seen[0] += 1
        if cancelled():
            raise Cancelled()
        if pages_seen[0] % 20 == 0:
            progress(min(0.1 + 0.9 * pages_seen[0] / max(n_pages, 1), 0.99), "")
        _draw_header(canvas, title=title, station=station, period=period, subtitle=subtitle)
        _draw_footer(canvas, printed, seal, seal_drawn)

    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")

    def build(target: Any) -> None:
        doc = BaseDocTemplate(target, pagesize=(PAGE_W, PAGE_H), title=title, author=station,
                              creator="供电所工作站", keywords=f"{KEYWORD}:{seal.payload}" if seal else "",
                              leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                              topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=on_page)])
        doc.build(story, canvasmaker=_numbered_canvas())

    _write(out, build)
    progress(1.0, "")
    return pages_seen[0]


def _draw_header(canvas: Any, *, title: str, station: str, period: str, subtitle: str) -> None:
    """Title, unit, period and the rule under them, on every page."""
    top = PAGE_H - 10 * MM
    canvas.setFont(FONT_BOLD, 15)
    canvas.drawCentredString(PAGE_W / 2, top - 2 * MM, title)
    canvas.setFont(FONT, 9)
    canvas.drawString(MARGIN_X, top - 9 * MM, f"单位：{station}")
    canvas.drawRightString(PAGE_W - MARGIN_X, top - 9 * MM, f"期间：{period}")
    if subtitle:
        canvas.drawCentredString(PAGE_W / 2, top - 9 * MM, subtitle)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN_X, top - 11 * MM, PAGE_W - MARGIN_X, top - 11 * MM)


def _draw_footer(canvas: Any, printed: str, seal: Seal | None, seal_drawn: list[bool]) -> None:
    """The print time, and the program's name or the seal (its number and digest beside its QR)."""
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN_X, 8 * MM, printed)
    if seal is None:
        canvas.drawRightString(PAGE_W - MARGIN_X, 8 * MM, "供电所工作站")
        return
    # the number and digest beside the QR that holds them: paper checked against the database
    qr = 11 * MM
    if not seal_drawn:
        # Encoded and drawn once, as a form every page reuses: a QR per page was two thirds of the
        # time of a long ledger (and its bytes in the file).
        canvas.beginForm(SEAL_FORM, 0, 0, qr, qr)
        draw_seal(canvas, seal, 0, 0, qr)
        canvas.endForm()
        seal_drawn.append(True)
    canvas.saveState()
    canvas.translate(PAGE_W - MARGIN_X - qr, 3 * MM)
    canvas.doForm(SEAL_FORM)
    canvas.restoreState()
    canvas.drawRightString(PAGE_W - MARGIN_X - qr - 1.5 * MM, 8 * MM, f"凭证号 {seal.doc_no}  校验码 {seal.short}")


def _numbered_canvas() -> type:
    """A reportlab Canvas that holds every page until the end, then stamps "第 N/M 页" with the real count."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 9)
                self.drawCentredString(PAGE_W / 2, 8 * MM, f"第 {self._pageNumber}/{total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas


def _write(out: str | Path | IO[bytes], build: Callable[[Any], None]) -> None:
    """`build` into the stream, or into a temporary file beside the path that replaces it only when complete."""
    if not isinstance(out, str | Path):
        build(out)
        return
    path = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent or Path("."))
    os.close(fd)
    try:
        build(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    os.replace(tmp, out)


def render_story(
    out: str | Path | IO[bytes],
    story: list[Any],
    *,
    title: str,
    station: str,
    period: str,
    subtitle: str = "",
    printed_at: dt.datetime | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Free-form flowables (a notice, a back-billing sheet) on the same page template; returns the pages.

    The header, "第 N/M 页" and print time are the template's; the story brings its own signature lines
    (or appends `closing()` for the standard 制表/审核 ones)."""
    register_fonts()
    return _render(out, story, title=title, station=station, period=period, subtitle=subtitle,
                   printed_at=printed_at or dt.datetime.now().replace(microsecond=0), n_pages=1,
                   progress=progress, cancelled=cancelled)


def closing(notes: Sequence[str] = (), appendix: Sequence[Appendix] = ()) -> list[Any]:
    """The summary tables, notes and 制表/审核 signature lines that end every report."""
    register_fonts()
    return _closing(notes, appendix)
