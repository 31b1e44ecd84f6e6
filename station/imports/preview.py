"""What an import would do, before it does it: counts, every rejected row with its reason, the rows to write."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.imports.file_rows import Sheet
from station.imports.normalise import Invalid, raw_text, unchanged_column
from station.imports.rowsets import Block, Inserts, Row
from station.progress import Cancelled, Progress, never_cancelled, no_progress

#: Codes of the preview notes ui/ shows in its own way (Message.code): a 台区 the import creates, a value in
#: no code table (added, or refused).
NOTE_NEW_AREA = "new_area"
NOTE_UNKNOWN_CODE = "unknown_code"

#: Progress is reported (and cancel polled) every this many rows: often enough for a smooth bar,
#: rare enough to cost nothing on 200,000 rows.
PROGRESS_EVERY = 5000


@dataclass(frozen=True, slots=True)
class Rejection:
    """One reason a row is not imported: its line (as Excel numbers it), the file's column header, the value."""

    line: int
    column: str
    value: str
    message: Message

    @property
    def reason(self) -> str:
        return str(self.message)


@dataclass(frozen=True, slots=True)
class Update:
    """An existing record whose fields differ from the file: only the changed fields, before and after."""

    id: int
    key: str
    line: int
    before: dict[str, Any]
    after: dict[str, Any]


#: How many of an unknown value's lines the preview names (the count says how many there are).
FIRST_LINES = 5


@dataclass(frozen=True, slots=True)
class UnknownCode:
    """A value of the file that is in no code table (行业分类 乡村居民 …): the lines of the rows that would
    write it. Applying the import adds it to the station's table unless the clerk or --strict-codes refuses."""

    table: str  # the code table (station.codes.seed: industry)
    field: str  # the import's field
    column: str  # the file's header
    value: str
    lines: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def first_lines(self) -> tuple[int, ...]:
        return self.lines[:FIRST_LINES]


@dataclass(slots=True)
class ImportPreview:
    """The outcome of reading and checking a file, and the rows `apply_import` will write."""

    kind: str  # customers | assets
    path: Path
    sha256: str
    header_line: int
    headers: list[str]
    unknown_columns: list[str]
    rows_read: int = 0
    inserts: Inserts = field(default_factory=Inserts)  # new records, every field
    insert_lines: list[int] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    unchanged: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    #: the original cells of each rejected row, by line, for `save_rejections`
    rejected_rows: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    new_areas: dict[str, str] = field(default_factory=dict)  # 台区 code → name, created on apply
    notes: list[Message] = field(default_factory=list)
    #: kind-specific plan (assets: installs on metering points)
    extra: dict[str, Any] = field(default_factory=dict)
    #: the options the preview was made with (customers: as_of), so a re-check reads the file the same way
    options: dict[str, Any] = field(default_factory=dict)
    #: values in no code table, most rows first (station.imports.codes); added on apply unless refused
    unknown_codes: list[UnknownCode] = field(default_factory=list)
    #: the cells of every row holding an unknown value, by line: rejected with the reason if refused
    unknown_code_rows: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    #: True when the unknown values are refused (their rows are among the rejections, nothing is added)
    codes_refused: bool = False
    #: the file's field → column index (station.imports.changes reads 户号/户名 of a rejected row by it)
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def new(self) -> int:
        return len(self.inserts)

    @property
    def updated(self) -> int:
        return len(self.updates)

    @property
    def rejected(self) -> int:
        """Rejected rows (a row with three bad cells counts once)."""
        return len(self.rejected_rows)

    @property
    def accepted(self) -> int:
        return self.new + len(self.updates) + self.unchanged

    @property
    def writes_anything(self) -> bool:
        return bool(self.inserts or self.updates or self.new_areas or self.extra.get("installs"))


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What `apply_import` wrote."""

    kind: str
    batch_id: int | None  # None when nothing needed writing
    new: int
    updated: int
    unchanged: int
    rejected: int
    areas_created: int = 0
    points_created: int = 0
    installed: int = 0
    codes_added: int = 0  #: values an import added to the station's code tables


@dataclass(slots=True)
class RowChecker:
    """Turns a sheet's rows into clean field dicts, collecting every rejection into `preview`.

    `parsers` maps a field to the function that reads its cell; `validate` is the domain check of
    station.domain.validation. Rows after the first with the same key are rejected, naming the first.
    """

    sheet: Sheet
    preview: ImportPreview
    key: str
    parsers: Mapping[str, Callable[[Any], Any]]
    validate: Callable[[Mapping[str, Any]], list[Problem]]
    #: a look-up against the database (台区 exists) run on each row after its field checks
    lookup: Callable[[dict[str, Any]], list[Problem]] | None = None
    progress: Progress = no_progress
    cancelled: Callable[[], bool] = never_cancelled
    first_line: dict[str, int] = field(default_factory=dict)
    #: optional: True when every row of a block (field → its parsed column) passes `validate`, so the
    #: per-row call is skipped for that block (station.domain.validation.customer_columns_valid)
    validate_columns: Callable[[Mapping[str, list[Any]]], bool] | None = None
    #: the column a duplicate is reported on when `key` is made of several (an anomaly line: 户号 + 类型 + 期间)
    duplicate_field: str | None = None
    #: optional: `lookup` over a valid block's parsed columns at once (field → column, changed in place as
    #: `lookup` changes each row); False, with the columns untouched, when some row needs the row look-up
    lookup_columns: Callable[[dict[str, list[Any]]], bool] | None = None

    def rows(self) -> list[Row]:
        """Accepted (line, fields, cells); absent columns are absent keys, empty cells are None or ""."""
        return self._rows(blocks=False)  # type: ignore[return-value]

    def blocks(self) -> list[Row | Block]:
        """As `rows`, but a block of rows accepted as a whole (every field valid, `lookup_columns` placed it,
        its keys new) comes as one Block, by column."""
        return self._rows(blocks=True)

    def _rows(self, blocks: bool) -> list[Row | Block]:
        fields = [f for f in self.sheet.columns if f in self.parsers]
        indexes = [self.sheet.columns[f] for f in fields]
        parsers = [self.parsers[f] for f in fields]
        rows = self.sheet.rows
        out: list[Any] = []
        text = str(msg(QT_TRANSLATE_NOOP("station", "Checking rows")))
        total = len(rows) or 1
        for start in range(0, len(rows), PROGRESS_EVERY):
            if self.cancelled():
                raise Cancelled()
            self.progress(0.8 * start / total, text)
            part = rows[start : start + PROGRESS_EVERY]
            # A column at a time: each parser runs over its column (once per distinct text), the
            # per-row work is left to what must see the whole row.
            columns = _columns(part, indexes)
            parsed_columns = [_parse_column(p, c) for p, c in zip(parsers, columns, strict=True)]
            # Rows holding a cell its parser refused: only these need the per-cell look in _check.
            bad_rows = {
                i for parsed in parsed_columns if Invalid in map(type, parsed)
                for i, v in enumerate(parsed) if v.__class__ is Invalid
            }  # fmt: skip
            valid = not bad_rows and self.validate_columns is not None and self.validate_columns(
                dict(zip(fields, parsed_columns, strict=True))
            )  # fmt: skip
            if valid and self.lookup_columns is not None:
                block = dict(zip(fields, parsed_columns, strict=True))
                if self.lookup_columns(block):
                    self._accept_valid_block(list(block), part, list(block.values()), out, looked_up=True,
                                             as_block=blocks)
                    continue
            if valid:
                self._accept_valid_block(fields, part, parsed_columns, out)
            else:
                self._accept_block(fields, part, parsed_columns, bad_rows, out)
        self.preview.rows_read = len(rows)
        return out

    def _accept_valid_block(
        self, fields: list[str], part: list[tuple[int, tuple[Any, ...]]], parsed_columns: list[list[Any]],
        out: list[Any], looked_up: bool = False, as_block: bool = False,
    ) -> None:  # fmt: skip
        """A block that passed its field checks as a whole: per row only the look-up (unless `lookup_columns`
        did it, `looked_up`) and the duplicate test. `as_block`: a block with nothing left to refuse is given
        as one Block."""
        lookup, first_line, key = None if looked_up else self.lookup, self.first_line, self.key
        dicts = map(dict, map(zip, repeat(fields), zip(*parsed_columns, strict=True)))
        keys = parsed_columns[fields.index(key)] if key in fields else None
        if keys is not None and len(set(keys)) == len(keys) and first_line.keys().isdisjoint(keys):
            # The usual block: keys seen nowhere before, each once. They are all first lines, taken in one
            # update; a row the look-up refuses gives its key back, as if it had never been taken.
            first_line.update(zip(keys, map(itemgetter(0), part), strict=True))
            if lookup is None and as_block:
                out.append(Block(list(map(itemgetter(0), part)), dict(zip(fields, parsed_columns, strict=True)),
                                 list(map(itemgetter(1), part))))
                return
            if lookup is None:  # nothing left to refuse: every row is accepted as it is
                out.extend(zip(map(itemgetter(0), part), dicts, map(itemgetter(1), part), strict=True))
                return
            for (line, cells), values, k in zip(part, dicts, keys, strict=True):
                if lookup is not None and (problems := lookup(values)):
                    del first_line[k]
                    self._reject_all(line, cells, [], problems)
                else:
                    out.append((line, values, cells))
            return
        for (line, cells), values in zip(part, dicts, strict=True):
            if lookup is not None and (problems := lookup(values)):
                self._reject_all(line, cells, [], problems)
            elif (first := first_line.setdefault(values[key], line)) == line:
                out.append((line, values, cells))
            else:
                self._reject_duplicate(line, cells, first)

    def _accept_block(
        self, fields: list[str], part: list[tuple[int, tuple[Any, ...]]], parsed_columns: list[list[Any]],
        bad_rows: set[int], out: list[tuple[int, dict[str, Any], tuple[Any, ...]]],
    ) -> None:  # fmt: skip
        """A block checked row by row; the rows holding a refused cell through _check."""
        check, validate, lookup = self._check, self.validate, self.lookup
        first_line, key = self.first_line, self.key
        for i, ((line, cells), parsed_row) in enumerate(zip(part, zip(*parsed_columns, strict=True), strict=True)):
            values = dict(zip(fields, parsed_row, strict=True))
            if i in bad_rows:
                if check(line, cells, values):
                    out.append((line, values, cells))
                continue
            # The common row, _check without its look for refused cells.
            problems = validate(values)
            if lookup is not None:
                problems = problems + lookup(values)
            if problems:
                self._reject_all(line, cells, [], problems)
            elif (first := first_line.setdefault(values[key], line)) == line:
                out.append((line, values, cells))
            else:
                self._reject_duplicate(line, cells, first)

    def _check(self, line: int, cells: tuple[Any, ...], values: dict[str, Any]) -> bool:
        bad = [(f, v) for f, v in values.items() if v.__class__ is Invalid]
        for f, _ in bad:
            values[f] = None
        problems = self.validate(values)
        if self.lookup is not None:
            problems += self.lookup(values)
        if bad or problems:
            self._reject_all(line, cells, bad, problems)
            return False
        first = self.first_line.setdefault(values[self.key], line)
        if first != line:
            self._reject_duplicate(line, cells, first)
            return False
        return True

    def _reject_all(
        self, line: int, cells: tuple[Any, ...], bad: list[tuple[str, Invalid]], problems: list[Problem]
    ) -> None:
        failed = {f for f, _ in bad}
        for f, exc in bad:
            self.reject(line, cells, f, exc.message)
        for p in problems:
            if p.field not in failed:  # its cell was already refused, with the better reason
                self.reject(line, cells, p.field, p.message)

    def _reject_duplicate(self, line: int, cells: tuple[Any, ...], first: int) -> None:
        self.reject(line, cells, self.duplicate_field or self.key,
                    msg(QT_TRANSLATE_NOOP("station", "duplicate of line {first} in this file"), first=first))

    def reject(self, line: int, cells: tuple[Any, ...], field_name: str, message: Message) -> None:
        column = self.sheet.columns.get(field_name)
        header = self.sheet.headers[column] if column is not None else field_name
        value = raw_text(cells[column]) if column is not None and column < len(cells) else ""
        self.preview.rejections.append(Rejection(line, header, value, message))
        self.preview.rejected_rows[line] = cells


#: Distinct texts remembered per column: a county's 用电类别, 电压等级, 台区 and dates repeat thousands of
#: times, while 户号 and 户名 never do; past this many new texts are parsed without being remembered.
MEMO_LIMIT = 4096


def _columns(rows: list[tuple[int, tuple[Any, ...]]], indexes: list[int]) -> list[list[Any]]:
    """The cells of each wanted column; a short row (a CSV line missing its last cells) reads as None there."""
    if not indexes:
        return []
    cells = list(map(itemgetter(1), rows))
    if cells and min(map(len, cells)) > max(indexes):
        # Every row reaches the last wanted column: one transpose of the block (it stops at the shortest row).
        transposed = list(zip(*cells))  # noqa: B905 - rows differ in length past the wanted columns
        return [list(transposed[i]) for i in indexes]
    return [[cells[i] if i < len(cells) else None for _, cells in rows] for i in indexes]


def _parse_column(parse: Callable[[Any], Any], cells: list[Any]) -> list[Any]:
    """`parse` over a column, a refused cell giving its Invalid; each distinct text is parsed once.

    A column of texts with repeats (用电类别, 电压等级, dates) is parsed through a table of its distinct
    texts; a column of unique texts (户号, 户名) is mapped straight, and cell by cell only if a cell is
    refused. Cells other than text (a workbook's numbers and dates) go through `_safe`, whose memo is
    keyed by text only: 1, 1.0 and True are equal keys but not the same cell.
    """
    if not cells:
        return []
    types = set(map(type, cells))
    if not types <= _TEXT_TYPES:
        return list(map(_safe(parse), cells))
    if types == _STR and unchanged_column(parse, cells):
        return cells  # already clean (the usual 户名, 户号, 电话): nothing to parse
    distinct = dict.fromkeys(cells)
    if len(distinct) * 2 <= len(cells):
        safe = _safe(parse, remember=False)
        table = {cell: safe(cell) for cell in distinct}
        return list(map(table.__getitem__, cells))
    try:
        return list(map(parse, cells))
    except Invalid:
        return list(map(_safe(parse, remember=False), cells))


_TEXT_TYPES = frozenset({str, type(None)})
_STR = {str}


def _safe(parse: Callable[[Any], Any], *, remember: bool = True) -> Callable[[Any], Any]:
    """`parse` returning its Invalid instead of raising it; with `remember`, run once per distinct text."""
    if not remember:

        def plain(cell: Any) -> Any:
            try:
                return parse(cell)
            except Invalid as exc:
                return exc

        return plain
    memo: dict[str, Any] = {}

    def run(cell: Any) -> Any:
        if cell.__class__ is str:
            result = memo.get(cell, memo)
            if result is not memo:
                return result
        try:
            result = parse(cell)
        except Invalid as exc:
            result = exc
        if cell.__class__ is str and len(memo) < MEMO_LIMIT:
            memo[cell] = result
        return result

    return run


def new_preview(kind: str, sheet: Sheet) -> ImportPreview:
    return ImportPreview(
        kind=kind,
        path=sheet.path,
        sha256=sheet.sha256,
        header_line=sheet.header_line,
        headers=sheet.headers,
        unknown_columns=sheet.unknown,
        columns=dict(sheet.columns),
    )


def diff(stored: Mapping[str, Any], incoming: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Changed fields only; an empty cell (None or "") keeps what is stored, so a blank column wipes nothing."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for k, v in incoming.items():
        if v is None or v == "":
            continue
        old = stored.get(k)
        if old != v:
            before[k] = old
            after[k] = v
    return before, after


def outcome(preview: ImportPreview) -> tuple[Any, ...]:
    """What the clerk decided on: the file's digest, the counts, every rejection and the 台区 to create.

    A preview re-run inside the write transaction with another outcome means the file or the database
    changed since the clerk saw it: the caller writes nothing and shows the new preview instead.
    """
    return (
        preview.sha256, preview.new, preview.updated, preview.unchanged, preview.rejected,
        [(r.line, r.column, r.value, r.reason) for r in preview.rejections], sorted(preview.new_areas.items()),
        len(preview.extra.get("membership") or ()),  # customers whose dated 台区 a readings file rewrites
        [(u.table, u.value, u.lines) for u in preview.unknown_codes], preview.codes_refused,
    )
