"""The audit log: every change made through the program or the CLI, with its operator."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.audit_chain import GENESIS, row_hash
from db.locks import writers_lock
from db.schema import AuditLog


def _default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(values: Mapping[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, default=_default, sort_keys=True)


def record(
    session: Session,
    *,
    operator: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> None:
    """Add one audit row; the caller's transaction commits it with the change itself."""
    row = {"at": dt.datetime.now(), "operator": operator, "action": action, "entity": entity,
           "entity_id": entity_id, "before": to_json(before), "after": to_json(after)}
    chain(session, [row])
    session.add(AuditLog(**row))


def record_many(session: Session, rows: list[dict[str, Any]], *, operator: str) -> None:
    """Bulk form for imports: each dict has action, entity, entity_id, before, after."""
    if not rows:
        return
    # Core insert on the table: the ORM's bulk INSERT of mapped objects costs several times as much per row.
    session.execute(insert(AuditLog.__table__), audit_rows(session, rows, operator=operator))  # type: ignore[arg-type]


def audit_rows(session: Session, rows: list[dict[str, Any]], *, operator: str) -> list[dict[str, Any]]:
    """The table rows of record_many's dicts, chained (for the bulk writers: this and station.imports.bulk)."""
    now = dt.datetime.now()
    out = [
        {
            "at": now,
            "operator": operator,
            "action": r["action"],
            "entity": r["entity"],
            "entity_id": r.get("entity_id"),
            "before": to_json(r.get("before")),
            "after": to_json(r.get("after")),
        }
        for r in rows
    ]
    chain(session, out)
    return out


# --- The hash chain ---------------------------------------------------------------------------------

_HEAD = "audit_head"


def chain(session: Session, rows: list[dict[str, Any]]) -> None:
    """Give each row its row_hash, linked to the last row of the log (db.audit_chain).

    The first audit row of a transaction takes the writers' lock (BEGIN IMMEDIATE on SQLite, an advisory
    transaction lock on PostgreSQL) before it reads the last hash, so two counters never link to one row;
    later rows of the transaction follow on from the session's own.
    """
    # keyed on the innermost transaction: rows chained inside a savepoint that rolls back are re-read
    transaction = session.get_nested_transaction() or session.get_transaction()
    cached = session.info.get(_HEAD)
    if cached is not None and cached[0] is transaction:
        prev = cached[1]
    else:
        writers_lock(session)
        # (the query autoflushes: audit rows of an enclosing transaction are part of the chain)
        prev = session.scalar(select(AuditLog.row_hash).order_by(AuditLog.id.desc()).limit(1)) or GENESIS
    for r in rows:
        prev = row_hash(prev, r["at"], r["operator"], r["action"], r["entity"], r["entity_id"], r["before"],
                        r["after"])
        r["row_hash"] = prev
    session.info[_HEAD] = (transaction, prev)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What `station db verify` says about the audit log."""

    rows: int
    head: str  # the last row's hash: note it down elsewhere to notice the newest rows being cut off
    broken_at: int | None = None  # id of the first row whose hash does not follow
    broken_row: tuple[Any, ...] | None = None  # (at, operator, action, entity, entity_id) of that row

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainReport:
    """Walk the log in id order and recompute every hash; the first row that does not follow is reported."""
    prev, last_id, count = GENESIS, 0, 0
    while True:
        rows = session.execute(select(AuditLog.id, AuditLog.at, AuditLog.operator, AuditLog.action,
                                      AuditLog.entity, AuditLog.entity_id, AuditLog.before, AuditLog.after,
                                      AuditLog.row_hash)
                               .where(AuditLog.id > last_id).order_by(AuditLog.id).limit(batch)).all()
        if not rows:
            return ChainReport(rows=count, head=prev)
        for r in rows:
            expected = row_hash(prev, r.at, r.operator, r.action, r.entity, r.entity_id, r.before, r.after)
            if r.row_hash != expected:
                return ChainReport(rows=count, head=prev, broken_at=r.id,
                                   broken_row=(r.at, r.operator, r.action, r.entity, r.entity_id))
            prev = expected
            count += 1
        last_id = rows[-1].id


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, as (before, after) dicts for a compact audit row."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
