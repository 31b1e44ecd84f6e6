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
    sheet.rows = [row for row in raw if not is_blank(row[1])]
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
    if suffix in (".csv", ".txt"):
        return _csv_rows(path.read_bytes() if data is None else data)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path), "xlsx"
    if suffix == ".xls":
        raise _file_problem(
            path, msg(QT_TRANSLATE_NOOP("station", "old .xls workbooks are not read: save the file as .xlsx or .csv"))
        )
    raise _file_problem(
        path, msg(QT_TRANSLATE_NOOP("station", "unknown file type {suffix}: use .xlsx or .csv"), suffix=suffix)
    )


def _csv_rows(data: bytes) -> tuple[Iterator[tuple[int, tuple[Any, ...]]], str]:
    content, encoding = decode(data)
    head = content[:4096]
    delimiter = "\t" if head.count("\t") > head.count(",") else ","

    def rows() -> Iterator[tuple[int, tuple[Any, ...]]]:
        reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
        start = 1
        for values in reader:
            yield start, tuple(values)
            start = reader.line_num + 1  # a quoted cell may span lines: the row starts where it starts

    return rows(), encoding


def _xlsx_rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.active if wb.active is not None else wb.worksheets[0]
        # Exports written by other tools often declare a wrong sheet size; read what is really there.
        ws.reset_dimensions()  # type: ignore[union-attr]
        yield from enumerate(ws.iter_rows(values_only=True), start=1)  # type: ignore[union-attr]
    finally:
        wb.close()
