"""Reading an import file (.xlsx or .csv) into its header and its rows, each with the line number Excel shows.

A marketing-system export often puts a title row ("XX供电所客户档案导出 2024-05") above the header and
blank rows between blocks; the header is the first row whose cells name at least two known columns.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports.aliases import ALIASES, REQUIRED, match_header
from station.imports.normalise import is_blank

#: How far down a title block may push the header before we give up looking for it.
HEADER_SEARCH_ROWS = 30
#: A header row names at least this many known columns (a title row names none, a note row one at most).
HEADER_MIN_MATCHES = 2

BOM = b"\xef\xbb\xbf"
# The first bytes of a zip archive (every .xlsx) and of an OLE2 compound file (an old .xls, .doc).
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


@dataclass(slots=True)
class Sheet:
    """The readable part of a file: its header, where each field sits, and its non-blank rows."""

    path: Path
    sha256: str
    header_line: int
    headers: list[str]  # as the file writes them (trimmed), one per column
    columns: dict[str, int]  # field → column index
    unknown: list[str]  # headers we do not read (listed in the preview)
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)  # (line, cell values)
    encoding: str = ""

    def header(self, field_name: str) -> str:
        """The file's own header text for a field (what a rejection names)."""
        return self.headers[self.columns[field_name]]


def _file_problem(path: Path, text: Any) -> Rejected:
    return Rejected([Problem(path.name, text)])


def read_sheet(kind: str, path: str | Path) -> Sheet:
    """Read `path` for an import of `kind` ("customers" | "assets").

    Raises `Rejected` when the file cannot be used at all: unknown format, no header row, or a required
    column missing (the message names it).
    """
    path = Path(path)
    data = path.read_bytes()
    raw, encoding = raw_rows(path, data)
    sheet = _find_header(kind, path, raw)
    sheet.sha256 = hashlib.sha256(data).hexdigest()
    sheet.encoding = encoding
    missing = [ALIASES[kind][f][0] for f in REQUIRED[kind] if f not in sheet.columns]
    if missing:
        raise Rejected(
            [
                Problem(
                    name,
                    msg(
                        QT_TRANSLATE_NOOP("station", "required column {column} is missing (header on line {line})"),
                        column=name,
                        line=sheet.header_line,
                    ),
                )
                for name in missing
            ]
        )
    # A row whose first cell is text with a letter in it is no blank row (nearly every row): is_blank for the rest.
    sheet.rows = [row for row in raw if (first := row[1][:1]) and first[0].__class__ is str and first[0].strip()
                  or not is_blank(row[1])]
    return sheet


def _find_header(kind: str, path: Path, raw: Iterator[tuple[int, tuple[Any, ...]]]) -> Sheet:
    for _ in range(HEADER_SEARCH_ROWS):
        item = next(raw, None)
        if item is None:
            break
        line, values = item
        fields = [match_header(kind, v) for v in values]
        if sum(f is not None for f in fields) < HEADER_MIN_MATCHES:
            continue
        headers = ["" if v is None else str(v).strip() for v in values]
        columns: dict[str, int] = {}
        unknown: list[str] = []
        for i, f in enumerate(fields):
            if f is None or f in columns:  # a second column for the same field is not read
                if headers[i]:
                    unknown.append(headers[i])
            else:
                columns[f] = i
        return Sheet(path, "", line, headers, columns, unknown)
    expected = "、".join(aliases[0] for aliases in list(ALIASES[kind].values())[:4])
    raise _file_problem(
        path,
        msg(
            QT_TRANSLATE_NOOP("station", "no header row found in the first {n} rows (expected columns such as {expected})"),
            n=HEADER_SEARCH_ROWS,
            expected=expected,
        ),
    )


def decode(data: bytes) -> tuple[str, str]:
    """CSV bytes as text: UTF-8 with or without BOM, else GB18030 (a superset of GBK, what Chinese Excel saves)."""
    if data.startswith(BOM):
        return data[len(BOM) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" (UTF-16, tab-separated)
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace"), "gb18030"


def raw_rows(path: str | Path, data: bytes | None = None) -> tuple[Iterator[tuple[int, tuple[Any, ...]]], str]:
    """Every row of a .csv/.xlsx file with the line number Excel shows, and the encoding ("xlsx" for a workbook).

    `data` is the file's bytes when the caller has read them already (to hash them). Raises `Rejected` for
    an old .xls workbook or a file type we do not read.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".xlsx", ".xlsm"):
        if data is None:
            data = path.read_bytes()
        if not data.strip():
            raise _file_problem(path, msg(QT_TRANSLATE_NOOP("station", "the file is empty")))
    if suffix in (".csv", ".txt"):
        if data is not None and data.startswith((ZIP_MAGIC, OLE_MAGIC)):
            raise _file_problem(path, msg(QT_TRANSLATE_NOOP(
                "station", "this is a workbook, not a .csv file: give it its .xlsx name or save it as .csv")))
        rows, encoding = _csv_rows(data or b"")
        if encoding != "utf-16" and b"\x00" in (data or b""):
            # no text file holds NUL bytes (and PostgreSQL refuses them in text): a binary file, or a cut one
            raise _file_problem(path, msg(QT_TRANSLATE_NOOP(
                "station", "the file holds NUL bytes, so it is no text .csv: save it from Excel as CSV UTF-8")))
        return _guarded(path, rows), encoding
    if suffix in (".xlsx", ".xlsm"):
        if data is not None and data.startswith(OLE_MAGIC):
            raise _file_problem(path, msg(QT_TRANSLATE_NOOP(
                "station", "this is an old .xls workbook (or another Office file) named .xlsx: "
                           "open it in Excel and save it as .xlsx or .csv")))
        if data is not None and not data.startswith(ZIP_MAGIC):
            raise _file_problem(path, msg(QT_TRANSLATE_NOOP(
                "station", "this is not an .xlsx workbook (an .xlsx file is a zip archive): "
                           "check that the right file was chosen, or save it again as .xlsx")))
        return _guarded(path, _xlsx_rows(path)), "xlsx"
    if suffix == ".xls":
        raise _file_problem(
            path, msg(QT_TRANSLATE_NOOP("station", "old .xls workbooks are not read: save the file as .xlsx or .csv"))
        )
    raise _file_problem(
        path, msg(QT_TRANSLATE_NOOP("station", "unknown file type {suffix}: use .xlsx or .csv"), suffix=suffix)
    )


def _csv_rows(data: bytes) -> tuple[Iterator[tuple[int, tuple[Any, ...]]], str]:
    content, encoding = decode(data)
    delimiter = _delimiter(content[:4096])

    quoted = "'" in content  # the fast path for files no export of ours neutralised

    def rows() -> Iterator[tuple[int, tuple[Any, ...]]]:
        reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
        start = 1
        for values in reader:
            yield start, tuple(_unquote(v) for v in values) if quoted else tuple(values)
            start = reader.line_num + 1  # a quoted cell may span lines: the row starts where it starts

    return rows(), encoding


def _guarded(path: Path, rows: Iterator[tuple[int, tuple[Any, ...]]]) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """The rows of a file, where any failure of the parser becomes one Rejected reason for the file.

    Only the reading is guarded: a damaged workbook fails inside openpyxl in many ways (BadZipFile, zlib.error,
    a KeyError for a missing part, an IndexError for a shared-string index past the table, an XML error, an
    entity the parser refuses), all of which mean the same to the user. The consumer's own errors are not
    raised in here.
    """
    line = 0
    try:
        for line, cells in rows:
            yield line, cells
    except Rejected:
        raise
    except csv.Error as exc:
        limit = csv.field_size_limit()
        if "field larger than field limit" in str(exc):
            text = msg(QT_TRANSLATE_NOOP("station", "line {line}: a cell longer than {limit} characters"),
                       line=line + 1, limit=limit)
        else:
            text = msg(QT_TRANSLATE_NOOP("station", "line {line}: not a readable CSV line ({reason})"),
                       line=line + 1, reason=str(exc))
        raise _file_problem(path, text) from None
    except Exception as exc:  # noqa: BLE001 - see above: every parser failure is a damaged file
        raise _file_problem(path, msg(QT_TRANSLATE_NOOP(
            "station", "the workbook is damaged and cannot be read ({reason}): open it in Excel and save it again"),
            reason=_reason(exc))) from None


def _reason(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _delimiter(head: str) -> str:
    """Tab or comma, as the first line naming either uses more (the header; a title row names neither).

    Not counted over the whole head: a text cell may hold a tab (an export neutralises it as '\t…).
    """
    for line in head.splitlines():
        tabs, commas = line.count("\t"), line.count(",")
        if tabs or commas:
            return "\t" if tabs > commas else ","
    return ","


def _unquote(cell: str) -> str:
    """The text an export neutralised (station.exports.neutralise): `'=SUM(A1)` is read as `=SUM(A1)`."""
    if cell[:1] == "'" and cell[1:2] in _TRIGGERS and cell[1:2]:
        return cell[1:]
    return cell


_TRIGGERS = "=+-@\t\r"


def _xlsx_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        # Exports written by other tools often declare a wrong sheet size; read what is really there.
        ws.reset_dimensions()
        yield from enumerate(ws.iter_rows(values_only=True), start=1)
    finally:
        wb.close()
