"""The ledger's own explanations of a drop, dated from the audit log: 减容 (running capacity lowered) and 暂停.

A customer's record holds only today's running capacity and status; when they changed is in the audit rows
the ledger form and the customer import write ({"running_capacity_kva": "400.00"} → {"…": "200.00"},
{"status": "active"} → {"status": "suspended"}). The scan explains a drop that begins near such a change
(station.analysis.drops, scan.ledger_window) instead of listing it as a suspect.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.schema import AuditLog, Customer
from station.analysis.matrix import yyyymm_to_serial
from station.domain.codes import CustomerStatus

if TYPE_CHECKING:  # load.py imports this module
    from station.consumption.load import Population

_CAPACITY = "running_capacity_kva"
_SUSPENDED = CustomerStatus.SUSPENDED.value


def _kva(value: Any) -> Decimal | None:
    try:
        return None if value is None else Decimal(str(value))
    except InvalidOperation:
        return None


def is_reduction(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """An audit row's change lowers the running capacity or suspends the account (a creation does not)."""
    if _CAPACITY in after and _CAPACITY in before:
        old, new = _kva(before[_CAPACITY]), _kva(after[_CAPACITY])
        if old is not None and (new is None or new < old):  # cleared: nothing runs any more
            return True
    return after.get("status") == _SUSPENDED and before.get("status", _SUSPENDED) != _SUSPENDED


def load_reductions(session: Session, pop: Population) -> np.ndarray:
    """Month column of each row's latest 减容 / 暂停 recorded within the axis; −1 for none.

    Only customers whose record shows one today are looked up (running below contract capacity, or
    suspended): their audit rows come through the (entity, entity_id) index, a few per customer.
    """
    out = np.full(pop.customer_ids.size, -1, dtype=np.int64)
    axis = pop.axis
    if not axis.count or not pop.customer_ids.size:
        return out
    c = Customer
    reduced_now = select(c.id).where(or_(c.running_capacity_kva < c.contract_capacity_kva, c.status == _SUSPENDED))
    rows = session.execute(
        select(AuditLog.entity_id, AuditLog.at, AuditLog.before, AuditLog.after)
        .where(AuditLog.entity == "customer", AuditLog.entity_id.in_(reduced_now), AuditLog.action == "update")
        .order_by(AuditLog.id)
    ).all()
    first = int(yyyymm_to_serial(axis.first))
    latest: dict[int, int] = {}
    for cid, at, before, after in rows:
        if cid is not None and is_reduction(json.loads(before or "{}"), json.loads(after or "{}")):
            latest[int(cid)] = _column(at, first)
    if latest:
        ids = np.fromiter(latest.keys(), dtype=np.int64, count=len(latest))
        cols = np.fromiter(latest.values(), dtype=np.int64, count=len(latest))
        row = pop.rows_of(ids)
        ok = (row >= 0) & (cols >= 0) & (cols < axis.count)
        out[row[ok]] = cols[ok]
    return out


def _column(at: dt.datetime | dt.date, first_serial: int) -> int:
    return at.year * 12 + at.month - 1 - first_serial
