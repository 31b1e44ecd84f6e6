"""A record's audited changes (`station history customer|asset|order KEY`, the detail's history tab).

The entity kinds are one small table: a kind names the audit log's entity, the table and the column the key
is looked up in. A kind whose table the database lacks finds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.schema import AuditLog, Base


@dataclass(frozen=True, slots=True)
class HistoryKind:
    entity: str  # AuditLog.entity of the record's own rows
    table: str
    key_column: str
    area: str  # the role matrix's area whose "view" reads the history
    #: (entity, table, foreign key to the record): rows of records that belong to it (a customer's 计量点)
    children: tuple[tuple[str, str, str], ...] = ()


#: The kinds `station history` knows; a new kind is one line (work orders: entity "work_order", by number).
HISTORY_ENTITIES: dict[str, HistoryKind] = {
    "customer": HistoryKind("customer", "customer", "account_no", "customers",
                            children=(("metering_point", "metering_point", "customer_id"),)),
    "asset": HistoryKind("asset", "asset", "asset_no", "assets"),
    "order": HistoryKind("work_order", "work_order", "number", "orders",
                         children=(("finding", "finding", "order_id"), ("billing_case", "billing_case", "order_id"),
                                   ("notice", "notice", "order_id"), ("attachment", "attachment", "order_id"))),
}


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One audited change: who, when, what, the fields before and after."""

    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def record_id(session: Session, kind: str, key: str) -> int | None:
    """The id of the `kind` record whose key column is `key`; None when none is (or the table is missing)."""
    spec = HISTORY_ENTITIES[kind]
    table = Base.metadata.tables.get(spec.table)
    if table is None:
        return None
    return session.scalar(select(table.c.id).where(table.c[spec.key_column] == key.strip()))


def record_key(session: Session, kind: str, record: int) -> str | None:
    """The key (户号, barcode, number) of the `kind` record `record`; None when there is none."""
    spec = HISTORY_ENTITIES[kind]
    table = Base.metadata.tables.get(spec.table)
    if table is None:
        return None
    return session.scalar(select(table.c[spec.key_column]).where(table.c.id == record))


def record_changes(session: Session, kind: str, record: int) -> list[ChangeRow]:
    """Every audit row of the record (and of the records that belong to it), oldest first."""
    spec = HISTORY_ENTITIES[kind]
    wanted = [and_(AuditLog.entity == spec.entity, AuditLog.entity_id == record)]
    for entity, table_name, fk in spec.children:
        table = Base.metadata.tables.get(table_name)
        if table is not None:
            ids = select(table.c.id).where(table.c[fk] == record).scalar_subquery()
            wanted.append(and_(AuditLog.entity == entity, AuditLog.entity_id.in_(ids)))
    rows = session.scalars(select(AuditLog).where(or_(*wanted)).order_by(AuditLog.id))
    return [ChangeRow(a.at, a.operator, a.action, a.entity, a.entity_id, _loads(a.before), _loads(a.after))
            for a in rows]


def _loads(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)
