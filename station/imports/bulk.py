"""Bulk writes and look-ups for imports: one executemany per statement shape, never a query per row."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, Table, bindparam, select, update
from sqlalchemy.orm import QueryableAttribute, Session

from db.schema import ImportBatch
from station.imports.preview import ImportPreview, Update

#: Rows per executemany: big enough to amortise a round trip, small enough to poll cancel between chunks.
CHUNK = 20_000
#: Values per IN (...) list; SQLite's default limit of host parameters is far above this.
IN_CHUNK = 900
#: Above this many keys a look-up reads the whole table once instead of chunked IN lists.
SCAN_ABOVE = 5_000


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a bulk import (also usable as a decorator).

    An import builds hundreds of thousands of row dicts and tuples; each full collection walks all of
    them again, which cost a third of a 200,000-row preview. Nothing an import builds is cyclic, and
    reference counting still frees every row, so the collector only resumes afterwards (if it was on).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def chunks(seq: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def update_rows(session: Session, table: Table, changes: Iterable[tuple[int, dict[str, Any]]]) -> None:
    """UPDATE … WHERE id = ? for each (id, changed fields), one executemany per set of changed columns."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, values in changes:
        keys = tuple(sorted(values))
        groups.setdefault(keys, []).append({"_id": row_id, **{f"_v_{k}": v for k, v in values.items()}})
    for keys, params in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({k: bindparam(f"_v_{k}") for k in keys})
            .execution_options(synchronize_session=False)
        )
        for part in chunks(params):
            session.connection().execute(stmt, list(part))


def select_in(
    session: Session,
    columns: Sequence[Any],
    key: ColumnElement[Any] | QueryableAttribute[Any],
    values: Iterable[Any],
    *where: ColumnElement[bool],
) -> list[Any]:
    """SELECT columns WHERE key IN (values) [AND where…], chunked; rows in no particular order."""
    distinct = list(dict.fromkeys(values))
    if len(distinct) > SCAN_ABOVE:
        # One scan of the table beats hundreds of IN lists when the file is most of the ledger.
        wanted = set(distinct)
        return [tuple(r[1:]) for r in session.execute(select(key, *columns).where(*where)) if r[0] in wanted]
    out: list[Any] = []
    for part in chunks(distinct, IN_CHUNK):
        out.extend(session.execute(select(*columns).where(key.in_(part), *where)).all())
    return out


def add_batch(session: Session, preview: ImportPreview, operator: str) -> int:
    """The ImportBatch row for this file (its id tags every row written)."""
    batch = ImportBatch(
        kind=preview.kind,
        file_name=preview.path.name[:260],
        file_sha256=preview.sha256,
        imported_at=dt.datetime.now(),
        operator=operator,
        n_new=preview.new,
        n_updated=preview.updated,
        n_unchanged=preview.unchanged,
        n_rejected=preview.rejected,
    )
    session.add(batch)
    session.flush()
    return batch.id


def start_batch(session: Session, preview: ImportPreview, operator: str) -> tuple[int, list[dict[str, Any]]]:
    """The batch of an apply and its audit rows so far (the import's own); the later steps append theirs."""
    batch_id = add_batch(session, preview, operator)
    return batch_id, [batch_audit(preview, batch_id)]


def write_updates(
    session: Session,
    table: Table,
    updates: Iterable[tuple[Update, dict[str, Any]]],
    audit_rows: list[dict[str, Any]],
    *,
    entity: str,
) -> None:
    """Write each (update, values to set) over its row, and append one audit row each to `audit_rows`.

    import_batch_id stays the batch that created the row (its trace, see created_audit); an update is
    traced by its own audit row instead.
    """
    changes = []
    for u, after in updates:
        changes.append((u.id, after))
        audit_rows.append({"action": "update", "entity": entity, "entity_id": u.id, "before": u.before, "after": after})
    update_rows(session, table, changes)


def batch_audit(preview: ImportPreview, batch_id: int) -> dict[str, Any]:
    """The audit row of the import itself: which file, what it did."""
    return {
        "action": "import",
        "entity": "import_batch",
        "entity_id": batch_id,
        "after": {
            "kind": preview.kind,
            "file": preview.path.name,
            "sha256": preview.sha256,
            "new": preview.new,
            "updated": preview.updated,
            "unchanged": preview.unchanged,
            "rejected": preview.rejected,
        },
    }


def created_audit(
    preview: ImportPreview, batch_id: int, rows: list[dict[str, Any]], *, entity: str, key: str
) -> dict[str, Any]:
    """One audit row for every row a batch created, not one full-JSON row each.

    Each created row carries import_batch_id, and its ImportBatch stores the file name, sha256, operator
    and time: that already says who created which row from what, so a per-row copy of the file's values
    (200,000 JSON documents, a third of a county import's time) adds nothing a clerk or an auditor can
    use; later changes each get their own row with only the changed fields. entity_id is None because this
    row names a batch, not one record.
    """
    keys = [r[key] for r in rows]
    return {
        "action": "import",
        "entity": entity,
        "entity_id": None,
        "after": {
            "import_batch_id": batch_id,
            "file": preview.path.name,
            "count": len(rows),
            f"first_{key}": min(keys),
            f"last_{key}": max(keys),
        },
    }
