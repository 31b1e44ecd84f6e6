"""What an import would do, before it does it: counts, every rejected row with its reason, the rows to write."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.imports.normalise import Invalid, raw_text
from station.imports.reading import Sheet
from station.jobs import Cancelled, Progress, never_cancelled, no_progress

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
    inserts: list[dict[str, Any]] = field(default_factory=list)  # new records, every field
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

    def rows(self) -> list[tuple[int, dict[str, Any], tuple[Any, ...]]]:
        """Accepted (line, fields, cells); absent columns are absent keys, empty cells are None or ""."""
        fields = [f for f in self.sheet.columns if f in self.parsers]
        parsers = [_safe(self.parsers[f]) for f in fields]
        rows = self.sheet.rows
        out: list[tuple[int, dict[str, Any], tuple[Any, ...]]] = []
        text = str(msg(QT_TRANSLATE_NOOP("station", "Checking rows")))
        total = len(rows) or 1
        for start in range(0, len(rows), PROGRESS_EVERY):
            if self.cancelled():
                raise Cancelled()
            self.progress(0.8 * start / total, text)
            part = rows[start : start + PROGRESS_EVERY]
            # A column at a time: each parser runs over its column (once per distinct text), the
            # per-row work is left to what must see the whole row.
            columns = [list(map(p, _column(part, self.sheet.columns[f]))) for f, p in zip(fields, parsers, strict=True)]
            for (line, cells), parsed in zip(part, zip(*columns, strict=True), strict=True):
                values = dict(zip(fields, parsed, strict=True))
                if self._check(line, cells, values):
                    out.append((line, values, cells))
        self.preview.rows_read = len(rows)
        return out

    def _check(self, line: int, cells: tuple[Any, ...], values: dict[str, Any]) -> bool:
        bad = [(f, v) for f, v in values.items() if v.__class__ is Invalid]
        for f, _ in bad:
            values[f] = None
        problems = self.validate(values)
        if self.lookup is not None:
            problems += self.lookup(values)
        if bad or problems:
            failed = {f for f, _ in bad}
            for f, exc in bad:
                self.reject(line, cells, f, exc.message)
            for p in problems:
                if p.field not in failed:  # its cell was already refused, with the better reason
                    self.reject(line, cells, p.field, p.message)
            return False
        k = values[self.key]
        first = self.first_line.setdefault(k, line)
        if first != line:
            self.reject(
                line, cells, self.key,
                msg(QT_TRANSLATE_NOOP("station", "duplicate of line {first} in this file"), first=first),
            )
            return False
        return True

    def reject(self, line: int, cells: tuple[Any, ...], field_name: str, message: Message) -> None:
        column = self.sheet.columns.get(field_name)
        header = self.sheet.headers[column] if column is not None else field_name
        value = raw_text(cells[column]) if column is not None and column < len(cells) else ""
        self.preview.rejections.append(Rejection(line, header, value, message))
        self.preview.rejected_rows[line] = cells


#: Distinct texts remembered per column: a county's 用电类别, 电压等级, 台区 and dates repeat thousands of
#: times, while 户号 and 户名 never do; past this many new texts are parsed without being remembered.
MEMO_LIMIT = 4096


def _column(rows: list[tuple[int, tuple[Any, ...]]], i: int) -> list[Any]:
    return [cells[i] if i < len(cells) else None for _, cells in rows]


def _safe(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`parse` returning its Invalid instead of raising it, run once per distinct text (remembered)."""
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
