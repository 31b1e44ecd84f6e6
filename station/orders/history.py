"""One transition written twice: a row of the order's history (work_order_event) and an audit row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from db.schema import WorkOrderEvent
from station import audit

#: Audit-log entity of each history entity (orders as "work_order", keyed by the order's id; the order's
#: number is in every row's after-values, since audit_log.entity_id is an integer).
AUDIT_ENTITY = {"order": "work_order", "finding": "finding", "case": "billing_case", "notice": "notice",
                "attachment": "attachment"}  # fmt: skip


def record(session: Session, *, order_id: int, number: str, entity: str, entity_id: int, action: str,
           operator: str, from_state: str | None, to_state: str | None, reason: str = "",
           details: dict[str, Any] | None = None) -> None:
    """The history row and the audit row of one transition (who, when, from, to, reason)."""
    now = dt.datetime.now()
    session.add(WorkOrderEvent(order_id=order_id, entity=entity, entity_id=entity_id, action=action,
                               from_state=from_state, to_state=to_state, reason=reason or "", operator=operator,
                               at=now))
    after: dict[str, Any] = {"order": number, "status": to_state, **(details or {})}
    if reason:
        after["reason"] = reason
    audit.record(session, operator=operator, action=action, entity=AUDIT_ENTITY[entity], entity_id=entity_id,
                 before=None if from_state is None else {"status": from_state}, after=after)
