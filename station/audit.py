"""The audit log: every change made through the program or the CLI, with its operator."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

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
    session.add(
        AuditLog(
            at=dt.datetime.now(),
            operator=operator,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=to_json(before),
            after=to_json(after),
        )
    )


def record_many(session: Session, rows: list[dict[str, Any]], *, operator: str) -> None:
    """Bulk form for imports: each dict has action, entity, entity_id, before, after."""
    if not rows:
        return
    now = dt.datetime.now()
    # Core insert on the table: the ORM's bulk INSERT of mapped objects costs several times as much per row.
    session.execute(
        insert(AuditLog.__table__),  # type: ignore[arg-type]
        [
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
        ],
    )


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, as (before, after) dicts for a compact audit row."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}
