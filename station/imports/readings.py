"""Importing monthly readings (月度电量) per 户号 from collection-system (采集系统) exports: preview, then write.

    with ws.sessions.begin() as s:                  # in station/actions/imports.py, the one owner
        preview = preview_readings(s, path)          # counts, every rejection, the plan; nothing written
        if not preview.rejections:
            apply_monthly(s, preview, ws.operator)   # one ImportBatch, inserts, replacements, audit rows

台区 supply (station.imports.supply) runs through the same functions with another `Target`. A month
re-imported replaces the stored values that differ; equal values are left alone, so a re-import changes
nothing. The audit log gets one row per import batch and replaced month (the count and a sample of
before/after values), not one row per reading: a county's corrected month is 200,000 values, and 200,000
audit rows per month would drown the log. The ImportBatch id on every written row names the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from db.schema import Customer, MonthlyConsumption
from station.audit import record_many
from station.consumption import matrix_cache
from station.consumption.load import fetch_array, raw_cursor
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports import membership
from station.imports import normalise as n
from station.imports.bulk import IN_CHUNK, SCAN_ABOVE, add_batch, batch_audit, chunks, update_rows
from station.imports.month_parse import current_month, month_label
from station.imports.monthly_file import LONG, READ_SHARE, Layout, RowReader, Values, find_layout, open_rows
from station.imports.preview import ImportPreview, ImportSummary, Rejection
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

NEW, UPDATED, UNCHANGED = 0, 1, 2
#: Values per replaced month the audit row shows before/after (the count is always complete).
AUDIT_SAMPLE = 10
#: Rows per executemany / COPY, so progress and cancel are never far away.
WRITE_CHUNK = 100_000
#: Up to this many months in a large file, stored values are read through the month index; beyond, by one scan.
INDEXED_MONTHS = 3
# ids × this + YYYYMM is one int64 key per (key, month): months are below 10**6, ids far below 9·10**12.
_MONTH_SPAN = 1_000_000


@dataclass(frozen=True, slots=True)
class Target:
    """What a monthly import writes: its table, the file column that names the row's owner, and how to find it."""

    kind: str  # readings | supply: the alias table and ImportBatch.kind
    table: Table
    key_field: str  # account_no | area_code (alias field)
    id_column: str  # customer_id | area_id
    value_field: str  # kwh | supplied_kwh: the alias field and the table's column
    parse_key: Callable[[Any], str]
    keys: Callable[[Session], dict[str, int]]  # every key the station knows → its id
    unknown: str  # rejection of a key the station does not know, with {code}
    entity: str  # the audit log's entity of a replaced month


@dataclass(frozen=True, slots=True)
class Plan:
    """Every accepted value with what the database holds for it: NEW, UPDATED (replaced) or UNCHANGED."""

    ids: np.ndarray
    months: np.ndarray
    values: np.ndarray
    status: np.ndarray  # int8
    row_ids: np.ndarray  # the stored row's id, -1 for a new value
    samples: dict[int, dict[str, Any]] = field(default_factory=dict)  # month → audit before/after sample


@dataclass(slots=True)
class MonthlyPreview(ImportPreview):
    """An ImportPreview whose counts are of values (a wide row holds up to one per month), not of records."""

    layout: str = LONG  # long | wide
    months: list[int] = field(default_factory=list)  # months with accepted values, ascending
    n_new: int = 0
    n_updated: int = 0
    blank: int = 0  # empty value cells: no reading, skipped (not zero)
    target: Target | None = None
    plan: Plan | None = None

    @property
    def new(self) -> int:
        return self.n_new

    @property
    def updated(self) -> int:
        return self.n_updated

    @property
    def writes_anything(self) -> bool:
        return bool(self.n_new or self.n_updated or self.extra.get("membership") or self.extra.get("amendments"))


def _customer_keys(session: Session) -> dict[str, int]:
    return dict(session.execute(select(Customer.account_no, Customer.id)).all())


READINGS = Target(
    kind="readings",
    table=MonthlyConsumption.__table__,  # type: ignore[arg-type]
    key_field="account_no",
    id_column="customer_id",
    value_field="kwh",
    parse_key=n.digits,
    keys=_customer_keys,
    unknown=QT_TRANSLATE_NOOP("station", "unknown 户号 {code}: import the customer first, or correct the number"),
    entity="monthly_consumption",
)


def preview_readings(
    session: Session,
    path: str | Path,
    *,
    today: int | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> MonthlyPreview:
    """Read and check a readings file (long or wide form) against the database; nothing is written."""
    return preview_monthly(session, path, READINGS, today=today, progress=progress, cancelled=cancelled)


def preview_monthly(
    session: Session,
    path: str | Path,
    target: Target,
    *,
    today: int | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> MonthlyPreview:
    """Read `path` for `target`; `today` (YYYYMM, default this month) bounds the months a file may hold.

    Raises `Rejected` when the file cannot be used at all (type, no header, a wide header naming a future
    month twice or at all). Every rejected row is in the preview with line, column, value and reason.
    """
    path = Path(path)
    today = today or current_month()
    rows, sha, estimate = open_rows(path)
    try:
        layout = find_layout(target.kind, target.key_field, target.value_field, path, rows, today)
        return preview_rows(session, rows, layout, target, path=path, sha256=sha, estimate=estimate, today=today,
                            progress=progress, cancelled=cancelled)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()  # an xlsx workbook is closed by its generator's finally


def preview_rows(
    session: Session,
    rows: Iterator[tuple[int, tuple[Any, ...]]],
    layout: Layout,
    target: Target,
    *,
    path: Path,
    sha256: str,
    estimate: int,
    today: int,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
    cells_at: Callable[[set[int]], dict[int, tuple[Any, ...]]] | None = None,
) -> MonthlyPreview:
    """The decisions of a monthly import over `rows` laid out as `layout`: every value accepted or rejected with
    its reason, compared with the database. A file (preview_monthly) and readings typed by hand
    (station.imports.manual) both come through here, so a rule added here holds for both.
    `cells_at(lines)` gives the cells of a few lines again (default: re-read `path`)."""
    preview = MonthlyPreview(
        kind=target.kind, path=path, sha256=sha256, header_line=layout.header_line, headers=layout.headers,
        unknown_columns=layout.unknown, layout=layout.form, target=target,
        # 户号 of a rejected line, shown beside it (station.imports.changes.row_identity); supply keys by 台区
        columns={"account_no": layout.key} if target.kind == "readings" else {},
    )
    reader = RowReader(layout, preview, target.keys(session), target.parse_key, target.unknown, today,
                       progress, cancelled)
    values = reader.read(rows, estimate)
    preview.rows_read, preview.blank = values.rows_read, values.blank
    if cancelled():
        raise Cancelled()
    progress(READ_SHARE, str(msg(QT_TRANSLATE_NOOP("station", "Comparing with the database"))))
    values = _reject_duplicates(preview, values, layout.key, cells_at or (lambda lines: _cells_at(path, lines)))
    preview.plan = _plan(session, target, values)
    _count(preview, preview.plan)
    _notes(preview, layout)
    if values.area_lines is not None:
        _membership(session, preview, values)
    progress(1.0, "")
    return preview


def _reject_duplicates(preview: MonthlyPreview, values: Values, key_column: int,
                       cells_at: Callable[[set[int]], dict[int, tuple[Any, ...]]]) -> Values:
    """A second value for the same key and month rejects its row, naming the line that came first."""
    key = values.ids * _MONTH_SPAN + values.months
    order = np.argsort(key, kind="stable")  # stable: within one key, file order, so the first line leads
    ordered = key[order]
    same = ordered[1:] == ordered[:-1]
    if not same.any():
        return values
    later = np.flatnonzero(same) + 1
    starts = np.maximum.accumulate(np.where(np.r_[True, ~same], np.arange(ordered.size), 0))
    firsts = values.lines[order[starts[later]]]
    found: dict[int, tuple[int, int]] = {}
    for line, first, month in zip(values.lines[order[later]].tolist(), firsts.tolist(),
                                  values.months[order[later]].tolist(), strict=True):
        found.setdefault(line, (first, month))
    cells = cells_at(set(found))
    header = preview.headers[key_column]
    for line in sorted(found):
        first, month = found[line]
        row = cells.get(line, ())
        preview.rejections.append(Rejection(
            line, header, n.raw_text(row[key_column]) if key_column < len(row) else "",
            msg(QT_TRANSLATE_NOOP("station", "{month} is already on line {first} of this file"),
                month=month_label(month), first=first)))
        preview.rejected_rows[line] = row
    preview.rejections.sort(key=lambda r: r.line)
    keep = ~np.isin(values.lines, np.fromiter(found, dtype=np.int64))
    return Values(values.ids[keep], values.months[keep], values.values[keep], values.lines[keep],
                  values.rows_read, values.blank, values.area_lines, values.area_cells)


def _cells_at(path: Path, lines: set[int]) -> dict[int, tuple[Any, ...]]:
    """The cells of a few lines, read again (kept rows do not hold their cells: 7 M tuples would not fit)."""
    rows, _sha, _estimate = open_rows(path)
    out: dict[int, tuple[Any, ...]] = {}
    last = max(lines)
    for line, cells in rows:
        if line in lines:
            out[line] = cells
        if line >= last:
            break
    close = getattr(rows, "close", None)
    if close is not None:
        close()
    return out


def _stored(session: Session, target: Target, ids: np.ndarray, months: list[int]) -> np.ndarray:
    """(row id, owner id, month, value) of what the database holds for these owners in these months."""
    t = target.table
    columns = (t.c.id, t.c[target.id_column], t.c.month, t.c[target.value_field])
    dtype = [("id", "i8"), ("owner", "i8"), ("month", "i8"), ("value", "f8")]
    owners = np.unique(ids)
    if owners.size > SCAN_ABOVE and len(months) > INDEXED_MONTHS:
        # A history load: one sequential pass over the table (4 s for 7.2 M rows on SQLite) beats the
        # month index, whose look-ups jump around a customer-major table (16 s for the same rows).
        every = fetch_array(session, select(*columns), dtype)
        return every[np.isin(every["month"], months)]
    if owners.size > SCAN_ABOVE:  # most of the station for a month or two: that month's index entries
        stmts = [select(*columns).where(t.c.month == m) for m in months]
    else:
        stmts = [select(*columns).where(t.c.month.in_(months), t.c[target.id_column].in_(part))
                 for part in chunks(owners.tolist(), IN_CHUNK)]
    parts = [fetch_array(session, s, dtype) for s in stmts]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def _plan(session: Session, target: Target, values: Values) -> Plan:
    months = np.unique(values.months).tolist()
    stored = _stored(session, target, values.ids, months)
    key = values.ids * _MONTH_SPAN + values.months
    status = np.full(key.size, NEW, dtype=np.int8)
    row_ids = np.full(key.size, -1, dtype=np.int64)
    old = np.full(key.size, np.nan)
    if stored.size:
        skey = stored["owner"] * _MONTH_SPAN + stored["month"]
        order = np.argsort(skey)
        skey = skey[order]
        pos = np.minimum(np.searchsorted(skey, key), skey.size - 1)
        found = skey[pos] == key
        at = order[pos[found]]
        row_ids[found] = stored["id"][at]
        old[found] = stored["value"][at]
        status[found] = np.where(old[found] == values.values[found], UNCHANGED, UPDATED)
    plan = Plan(values.ids, values.months, values.values, status, row_ids)
    replaced = np.flatnonzero(status == UPDATED)
    if replaced.size:
        plan.samples.update(_samples(session, target, plan, replaced, old))
    return plan


def _samples(session: Session, target: Target, plan: Plan, replaced: np.ndarray, old: np.ndarray,
             ) -> dict[int, dict[str, Any]]:
    """Per replaced month: how many values, and the first AUDIT_SAMPLE of them before and after, by key."""
    by_month = replaced[np.argsort(plan.months[replaced], kind="stable")]
    months, starts, counts = np.unique(plan.months[by_month], return_index=True, return_counts=True)
    picked = np.concatenate([by_month[s:s + AUDIT_SAMPLE] for s in starts.tolist()])
    wanted = set(plan.ids[picked].tolist())
    names = {i: k for k, i in target.keys(session).items() if i in wanted}
    out: dict[int, dict[str, Any]] = {}
    for m, s, c in zip(months.tolist(), starts.tolist(), counts.tolist(), strict=True):
        idx = by_month[s:s + min(c, AUDIT_SAMPLE)].tolist()
        out[m] = {
            "replaced": c,
            "before": {names[int(plan.ids[i])]: float(old[i]) for i in idx},
            "after": {names[int(plan.ids[i])]: float(plan.values[i]) for i in idx},
        }
    return out


def _count(preview: MonthlyPreview, plan: Plan) -> None:
    counts = np.bincount(plan.status, minlength=3)
    preview.n_new, preview.n_updated, preview.unchanged = (int(c) for c in counts[:3])
    preview.months = np.unique(plan.months).tolist()


def _notes(preview: MonthlyPreview, layout: Any) -> None:
    if layout.form != LONG and layout.month_columns:
        ms = sorted(m for _, m in layout.month_columns)
        preview.notes.append(msg(QT_TRANSLATE_NOOP("station", "one column per month: {count} months, {first} to {last}"),
                                 count=len(ms), first=month_label(ms[0]), last=month_label(ms[-1])))
    if preview.blank:
        preview.notes.append(msg(QT_TRANSLATE_NOOP("station", "{count} empty cells: no reading, skipped (not zero)"),
                                 count=preview.blank))
    for month, sample in (preview.plan.samples.items() if preview.plan else ()):
        preview.notes.append(msg(
            QT_TRANSLATE_NOOP("station", "{month}: {count} stored values differ and will be replaced"),
            month=month_label(month), count=sample["replaced"]))


def _membership(session: Session, preview: MonthlyPreview, values: Values) -> None:
    """The file's 台区编号 per value against the dated links: the plan to record where they differ."""
    assert values.area_lines is not None and values.area_cells is not None
    areas, unknown = membership.evidence(session, values.ids, values.months, values.lines,
                                         values.area_lines, values.area_cells)
    plan, now_differs = membership.plan(session, values.ids, values.months, areas)
    if plan.runs:
        preview.extra["membership"] = plan
    wanted = set(list(plan.runs)[:membership.NOTE_SAMPLE])
    account_of = {i: k for k, i in _customer_keys(session).items() if i in wanted} if wanted else {}
    preview.notes.extend(membership.notes(plan, now_differs, unknown, account_of))


# --- Writing -----------------------------------------------------------------------------------------


def apply_monthly(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> ImportSummary:
    """Write the accepted values of a readings or supply preview in the caller's transaction.

    New values are inserted, differing ones replaced (their rows take this batch's id), equal ones left
    alone; one ImportBatch row, one audit row for the batch and one per replaced month.
    """
    if not isinstance(preview, MonthlyPreview) or preview.target is None or preview.plan is None:
        raise TypeError("apply_monthly takes the preview of preview_readings or preview_supply")
    target, plan = preview.target, preview.plan
    if not preview.writes_anything:
        return ImportSummary(target.kind, None, 0, 0, preview.unchanged, preview.rejected)
    # The columnar copy of the readings is refreshed for the months written, if it was current before.
    columns_current = matrix_cache.start_write(session) if target is READINGS else False
    batch_id = add_batch(session, preview, operator)
    new = plan.status == NEW
    _insert(session, target, [plan.ids[new].tolist(), plan.months[new].tolist(), plan.values[new].tolist()],
            batch_id, progress, cancelled)
    if cancelled():
        raise Cancelled()
    progress(0.9, str(msg(QT_TRANSLATE_NOOP("station", "Replacing changed values"))))
    replaced = plan.status == UPDATED
    update_rows(session, target.table, (
        (rid, {target.value_field: v, "import_batch_id": batch_id})
        for rid, v in zip(plan.row_ids[replaced].tolist(), plan.values[replaced].tolist(), strict=True)))
    head = batch_audit(preview, batch_id)
    head["after"]["months"] = [month_label(m) for m in preview.months]
    audit = [head]
    moved = membership.apply(session, preview.extra.get("membership") or membership.MembershipPlan({}, 0))
    if moved is not None:
        moved["after"]["import_batch_id"] = batch_id
        audit.append(moved)
    for month, sample in sorted(plan.samples.items()):
        # One row per batch and month (entity_id = YYYYMM, so a month's history is one index look-up).
        audit.append({
            "action": "replace", "entity": target.entity, "entity_id": month,
            "before": {"month": month_label(month), "sample": sample["before"]},
            "after": {"month": month_label(month), "import_batch_id": batch_id, "replaced": sample["replaced"],
                      "sample": sample["after"]},
        })
    record_many(session, audit, operator=operator)
    if target is READINGS:
        matrix_cache.refresh_after_write(session, preview.months, columns_current)
    progress(1.0, "")
    return ImportSummary(target.kind, batch_id, preview.new, preview.updated, preview.unchanged, preview.rejected)


def _insert(session: Session, target: Target, columns: list[list[Any]], batch_id: int,
            progress: Progress, cancelled: IsCancelled) -> None:
    """INSERT through the driver: executemany of plain tuples (SQLite), COPY (PostgreSQL), in chunks."""
    names = (target.id_column, "month", target.value_field, "import_batch_id")
    table = target.table.name
    total = len(columns[0])
    text = str(msg(QT_TRANSLATE_NOOP("station", "Writing values")))
    postgres = session.get_bind().dialect.name == "postgresql"
    cur = raw_cursor(session)
    try:
        for start in range(0, total, WRITE_CHUNK):
            if cancelled():
                raise Cancelled()
            end = start + WRITE_CHUNK
            rows = zip(*(c[start:end] for c in columns), [batch_id] * (min(end, total) - start), strict=True)
            if postgres:
                with cur.copy(f"COPY {table} ({', '.join(names)}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(r)
            else:
                cur.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES (?, ?, ?, ?)", rows)
            progress(0.9 * min(end, total) / total, text)
    finally:
        cur.close()
