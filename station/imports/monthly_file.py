"""Reading a file of monthly values (readings per 户号, supply per 台区), long or wide form, into numpy arrays.

The layouts are told apart by the header row, the first row that names the key column (户号 / 台区编号)
and either the 年月 and value columns (long form: one value per row) or columns whose headers are months
(wide form: one row per key, 2024-01 | 2024年1月 | an Excel date cell …; other columns such as 户名 are
listed as ignored). The rows go through a tight loop that keeps only the accepted values in typed arrays;
any cell the fast path cannot take as it is (full-width digits, "1,234.5", a blank, an unknown 户号) is
handed to the careful path, which either cleans it or rejects the whole row with every reason.
"""

from __future__ import annotations

import array
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from station.domain.limits import MAX_KWH_MONTH
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.imports import normalise as n
from station.imports.aliases import ALIASES, match_header
from station.imports.file_rows import HEADER_SEARCH_ROWS, raw_rows
from station.imports.month_parse import future_month, header_month, parse_month
from station.imports.preview import MEMO_LIMIT, ImportPreview, Rejection
from station.progress import Cancelled, IsCancelled, Progress

LONG, WIDE = "long", "wide"
#: Rows between two progress reports and cancel polls in the row loop.
ROWS_PER_STEP = 50_000
#: Share of a preview's progress bar spent reading rows (the rest: duplicates and the database compare).
READ_SHARE = 0.8
# Values at or past the limit (and NaN, infinity, negatives) leave the fast path; the careful path says why.
_INF = float(MAX_KWH_MONTH)
_REQUIRED = QT_TRANSLATE_NOOP("station", "This field is required")  # the msgid station.domain.validation uses


@dataclass(slots=True)
class Layout:
    """Where things sit in the file: the header line, the key column, and the month/value columns."""

    form: str  # LONG | WIDE
    header_line: int
    headers: list[str]
    key: int  # column of 户号 / 台区编号
    month: int = -1  # long form: column of 年月
    value: int = -1  # long form: column of 电量 / 供电量
    month_columns: list[tuple[int, int]] = field(default_factory=list)  # wide form: (column, YYYYMM)
    unknown: list[str] = field(default_factory=list)
    area: int = -1  # readings: column of 台区编号 (the customer's 台区 in that month), −1 when absent


@dataclass(slots=True)
class Values:
    """The accepted values of a file, one entry per (key, month), in file order."""

    ids: np.ndarray  # int64: customer / 台区 id
    months: np.ndarray  # int64: YYYYMM
    values: np.ndarray  # float64: kWh
    lines: np.ndarray  # int64: the line each value came from
    rows_read: int
    blank: int  # empty value cells: no reading, skipped (not zero)
    #: readings with a 台区编号 column: the raw 台区 cell of each accepted line (lines ascending, as read)
    area_lines: np.ndarray | None = None
    area_cells: list[Any] | None = None


def open_rows(path: Path) -> tuple[Iterator[tuple[int, tuple[Any, ...]]], str, int]:
    """(rows with their line numbers, sha256, an estimate of the row count for progress) of .csv/.xlsx."""
    data = path.read_bytes()
    rows, encoding = raw_rows(path, data)  # refuses .xls and unknown types with the ledger imports' messages
    estimate = 0 if encoding == "xlsx" else data.count(b"\n") + 1
    return rows, hashlib.sha256(data).hexdigest(), estimate


def find_layout(kind: str, key_field: str, value_field: str, path: Path,
                rows: Iterator[tuple[int, tuple[Any, ...]]], today: int) -> Layout:
    """Read rows up to the header and tell the layout; raises `Rejected` when the file has neither form."""
    seen_key: int | None = None
    for line, cells in islice(rows, HEADER_SEARCH_ROWS):
        fields = [match_header(kind, c) for c in cells]
        if key_field not in fields:
            continue
        headers = ["" if c is None else n.raw_text(c).strip() for c in cells]
        layout = Layout(LONG, line, headers, fields.index(key_field))
        if key_field != "area_code" and "area_code" in fields:
            layout.area = fields.index("area_code")
        if "month" in fields and value_field in fields:
            layout.month, layout.value = fields.index("month"), fields.index(value_field)
            used = {layout.key, layout.month, layout.value, layout.area}
        else:
            layout.form = WIDE
            layout.month_columns = [(i, m) for i, c in enumerate(cells) if fields[i] is None
                                    for m in (header_month(c),) if m is not None]
            if not layout.month_columns:
                seen_key = line if seen_key is None else seen_key
                continue
            _check_month_columns(layout, today)
            used = {layout.key, layout.area, *(i for i, _ in layout.month_columns)}
        layout.unknown = [h for i, h in enumerate(headers) if h and i not in used]
        return layout
    names = ALIASES[kind]
    if seen_key is not None:
        text = msg(QT_TRANSLATE_NOOP(
            "station", "line {line} names {key} but neither {month} and {value} nor columns headed by months (2024-01)"),
            line=seen_key, key=names[key_field][0], month=names["month"][0], value=names[value_field][0])
    else:
        text = msg(QT_TRANSLATE_NOOP(
            "station", "no header row found in the first {n} rows (expected {key}, {month}, {value}, "
                       "or {key} and one column per month)"),
            n=HEADER_SEARCH_ROWS, key=names[key_field][0], month=names["month"][0], value=names[value_field][0])
    raise Rejected([Problem(path.name, text)])


def _check_month_columns(layout: Layout, today: int) -> None:
    """Two columns for one month, or a column for a month to come: the file is wrong as a whole."""
    problems: list[Problem] = []
    first: dict[int, int] = {}
    for i, m in layout.month_columns:
        header = layout.headers[i]
        if m > today:
            problems.append(Problem(header, future_month(m).message, header))
        j = first.setdefault(m, i)
        if j != i:
            problems.append(Problem(header, msg(QT_TRANSLATE_NOOP(
                "station", "column {header} is the same month as column {first}"),
                header=header, first=layout.headers[j]), header))
    if problems:
        raise Rejected(problems)


def kwh(value: Any) -> float | None:
    """A kWh cell: 1234.5, "1234.5", "１２３４．５", "1,234.5"; None when empty; raises Invalid if negative or not a number."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise n.Invalid(msg(QT_TRANSLATE_NOOP("station", "not a number: {value}"), value=value))
    number = n.decimal(value)  # full-width forms and thousands separators, as every import reads numbers
    if number is None:
        return None
    if number < 0:
        raise n.Invalid(msg(QT_TRANSLATE_NOOP("station", "negative kWh: {value}"), value=n.raw_text(value)))
    return float(n.bounded(number, MAX_KWH_MONTH, value))


@dataclass(slots=True)
class RowReader:
    """The row loop: fast path for clean cells, careful path (cleaning or rejecting the row) for the rest."""

    layout: Layout
    preview: ImportPreview
    ids: dict[str, int]  # key text → id
    parse_key: Callable[[Any], str]
    unknown_key: str  # message template with {code}
    today: int  # YYYYMM of the current month
    progress: Progress
    cancelled: IsCancelled
    months: dict[Any, Any] = field(default_factory=dict)  # month cell → YYYYMM or its Invalid
    out_ids: array.array[int] = field(default_factory=lambda: array.array("q"))
    out_months: array.array[int] = field(default_factory=lambda: array.array("q"))
    out_values: array.array[float] = field(default_factory=lambda: array.array("d"))
    out_lines: array.array[int] = field(default_factory=lambda: array.array("q"))
    area_lines: array.array[int] = field(default_factory=lambda: array.array("q"))
    area_cells: list[Any] = field(default_factory=list)
    blank: int = 0
    blank_rows: int = 0

    def read(self, rows: Iterator[tuple[int, tuple[Any, ...]]], estimate: int) -> Values:
        loop = self._long if self.layout.form == LONG else self._wide
        text = str(msg(QT_TRANSLATE_NOOP("station", "Reading rows")))
        total = 0
        while True:
            if self.cancelled():
                raise Cancelled()
            part = list(islice(rows, ROWS_PER_STEP))
            if not part:
                break
            loop(part)
            total += len(part)
            last = part[-1][0]
            self.progress(READ_SHARE * min(1.0, last / estimate) if estimate else 0.0, text)
        areas = self.layout.area >= 0
        return Values(
            np.frombuffer(self.out_ids, dtype=np.int64), np.frombuffer(self.out_months, dtype=np.int64),
            np.frombuffer(self.out_values, dtype=np.float64), np.frombuffer(self.out_lines, dtype=np.int64),
            total - self.blank_rows, self.blank,
            np.frombuffer(self.area_lines, dtype=np.int64) if areas else None, self.area_cells if areas else None,
        )

    def _area_of(self, line: int, cells: tuple[Any, ...]) -> None:
        """Keep the 台区 cell of an accepted line (evidence of membership; resolved after the read)."""
        self.area_lines.append(line)
        self.area_cells.append(_cell(cells, self.layout.area))

    def _long(self, part: list[tuple[int, tuple[Any, ...]]]) -> None:
        ik, im, iv = self.layout.key, self.layout.month, self.layout.value
        ids, months, slow = self.ids, self.months, self._slow
        add_id, add_month = self.out_ids.append, self.out_months.append
        add_value, add_line = self.out_values.append, self.out_lines.append
        area = self._area_of if self.layout.area >= 0 else None
        for line, cells in part:
            try:
                key_id = ids[cells[ik]]
                month = months[cells[im]]
                value = float(cells[iv])
            except (IndexError, KeyError, ValueError, TypeError):
                slow(line, cells)
                continue
            # NaN fails both comparisons; an Invalid or future month is not an int
            if month.__class__ is int and 0.0 <= value < _INF:
                add_id(key_id)
                add_month(month)
                add_value(value)
                add_line(line)
                if area is not None:
                    area(line, cells)
            else:
                slow(line, cells)

    def _wide(self, part: list[tuple[int, tuple[Any, ...]]]) -> None:
        ik, columns, ids, slow = self.layout.key, self.layout.month_columns, self.ids, self._slow
        add_id, add_month = self.out_ids.append, self.out_months.append
        add_value, add_line = self.out_values.append, self.out_lines.append
        got: list[tuple[int, float]] = []
        area = self._area_of if self.layout.area >= 0 else None
        for line, cells in part:
            got.clear()
            blanks = 0
            try:
                key_id = ids[cells[ik]]
                for j, month in columns:
                    cell = cells[j]
                    if cell == "" or cell is None:
                        blanks += 1
                        continue
                    value = float(cell)
                    if not 0.0 <= value < _INF:  # negative, NaN, infinite or past the limit: the careful path says why
                        raise ValueError(value)
                    got.append((month, value))
            except (IndexError, KeyError, ValueError, TypeError):
                slow(line, cells)
                continue
            self.blank += blanks
            for month, value in got:
                add_id(key_id)
                add_month(month)
                add_value(value)
                add_line(line)
            if area is not None and got:
                area(line, cells)

    # --- the careful path -------------------------------------------------------------------------------

    def _slow(self, line: int, cells: tuple[Any, ...]) -> None:
        if n.is_blank(cells):
            self.blank_rows += 1
            return
        problems: list[tuple[int, Message]] = []
        key_id = self._key(cells, problems)
        if self.layout.form == LONG:
            month = self._month(cells, problems)
            found = [(month, self._value(cells, self.layout.value, problems))]
        else:
            found = [(m, self._value(cells, j, problems)) for j, m in self.layout.month_columns]
        if problems:
            for column, message in problems:
                self.reject(line, cells, column, message)
            return
        kept = 0
        for month, value in found:
            if value is None:
                self.blank += 1
                continue
            self.out_ids.append(key_id)
            self.out_months.append(month)
            self.out_values.append(value)
            self.out_lines.append(line)
            kept += 1
        if kept and self.layout.area >= 0:
            self._area_of(line, cells)

    def _key(self, cells: tuple[Any, ...], problems: list[tuple[int, Message]]) -> int:
        i = self.layout.key
        try:
            code = self.parse_key(_cell(cells, i))
        except n.Invalid as exc:
            problems.append((i, exc.message))
            return 0
        if not code:
            problems.append((i, msg(_REQUIRED)))
            return 0
        key_id = self.ids.get(code)
        if key_id is None:
            problems.append((i, msg(self.unknown_key, code=code)))
            return 0
        return key_id

    def _month(self, cells: tuple[Any, ...], problems: list[tuple[int, Message]]) -> int:
        i = self.layout.month
        cell = _cell(cells, i)
        month = self.months.get(cell)
        if month is None:
            try:
                month = parse_month(cell)
                if month is not None and month > self.today:
                    month = future_month(month)
            except n.Invalid as exc:
                month = exc
            if month is not None and len(self.months) < MEMO_LIMIT:
                self.months[cell] = month  # the fast path finds it there from the next row on
        if month is None:
            problems.append((i, msg(_REQUIRED)))
            return 0
        if isinstance(month, n.Invalid):
            problems.append((i, month.message))
            return 0
        return int(month)

    def _value(self, cells: tuple[Any, ...], i: int, problems: list[tuple[int, Message]]) -> float | None:
        try:
            return kwh(_cell(cells, i))
        except n.Invalid as exc:
            problems.append((i, exc.message))
            return None

    def reject(self, line: int, cells: tuple[Any, ...], column: int, message: Message) -> None:
        headers = self.layout.headers
        self.preview.rejections.append(
            Rejection(line, headers[column] if column < len(headers) else "", n.raw_text(_cell(cells, column)), message))
        self.preview.rejected_rows[line] = cells


def _cell(cells: tuple[Any, ...], i: int) -> Any:
    return cells[i] if 0 <= i < len(cells) else None

