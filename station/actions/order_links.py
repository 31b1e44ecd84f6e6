"""Reads that show work orders beside other ledgers (issue 10, "Where it shows"): a customer's or an asset's
orders and findings, the users an order may name as inspectors, and the overdue findings of the start page.

Kept apart from station/actions/orders.py (the work-order core) so the GUI's views grow without touching it;
each function is one short read session and returns the core's frozen rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.orders.rows import FindingRow, OrderRow
    from station.users import UserRow


@dataclass(frozen=True, slots=True)
class LinkedOrders:
    """The orders that name a customer or an asset as a target (newest first) and their findings about it."""

    orders: tuple[OrderRow, ...]
    findings: tuple[FindingRow, ...]


def _linked(s, order_ids: list[int], customer_id: int | None) -> LinkedOrders:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.schema import Customer, Finding
    from station.orders.queries import finding_row, order_rows

    if not order_ids:
        return LinkedOrders((), ())
    numbers = {r.id: r for r in order_rows(s, order_ids)}
    query = select(Finding, Customer.account_no).outerjoin(Customer, Customer.id == Finding.customer_id).where(
        Finding.order_id.in_(order_ids)).order_by(Finding.id.desc())
    if customer_id is not None:  # a finding of an order on several customers: only this one's
        query = query.where(Finding.customer_id == customer_id)
    findings = tuple(finding_row(f, numbers[f.order_id].number, acc) for f, acc in s.execute(query))
    return LinkedOrders(tuple(numbers[i] for i in order_ids), findings)


def _newest_first(s, query) -> list[int]:  # type: ignore[no-untyped-def]
    from db.schema import WorkOrder

    return list(dict.fromkeys(s.scalars(query.order_by(WorkOrder.year.desc(), WorkOrder.seq.desc()))))


def load_customer_orders(ws: Workspace, customer_id: int) -> LinkedOrders:
    """The orders with this customer among their targets, and their findings about it."""
    from sqlalchemy import select

    from db.schema import WorkOrder, WorkOrderTarget

    with ws.sessions() as s:
        query = select(WorkOrder.id).join(WorkOrderTarget, WorkOrderTarget.order_id == WorkOrder.id).where(
            WorkOrderTarget.customer_id == customer_id)
        return _linked(s, _newest_first(s, query), customer_id)


def load_asset_orders(ws: Workspace, asset_id: int) -> LinkedOrders:
    """The orders that target this asset, or whose work stamped one of its lifecycle events (an on-site
    test, a swap), and their findings."""
    from sqlalchemy import select

    from db.schema import AssetEvent, WorkOrder, WorkOrderTarget

    with ws.sessions() as s:
        targeted = select(WorkOrderTarget.order_id).where(WorkOrderTarget.asset_id == asset_id)
        stamped = select(AssetEvent.work_order_id).where(AssetEvent.asset_id == asset_id,
                                                         AssetEvent.work_order_id.is_not(None))
        query = select(WorkOrder.id).where(WorkOrder.id.in_(targeted) | WorkOrder.id.in_(stamped))
        return _linked(s, _newest_first(s, query), None)


def load_order_people(ws: Workspace) -> list[UserRow]:
    """The active users an order may name (the create dialog offers inspectors with their 用电检查证)."""
    from station.users import list_users

    with ws.sessions() as s:
        return [u for u in list_users(s) if u.active]


def load_overdue_findings(ws: Workspace, limit: int = 200) -> list[FindingRow]:
    """Open findings past their rectification deadline, the most overdue first, and the escalated ones that
    wait for a supervisor's decision (the start page's banner, the status bar's note)."""
    import datetime as dt

    from sqlalchemy import or_, select

    from db.schema import Customer, Finding, WorkOrder
    from station.orders import states
    from station.orders.queries import finding_row

    with ws.sessions() as s:
        rows = s.execute(
            select(Finding, WorkOrder.number, Customer.account_no)
            .join(WorkOrder, WorkOrder.id == Finding.order_id)
            .outerjoin(Customer, Customer.id == Finding.customer_id)
            .where(or_(Finding.status == states.ESCALATED,
                       Finding.status.in_(states.OPEN_FINDINGS) & (Finding.rectify_by < dt.date.today())))
            .order_by(Finding.rectify_by, Finding.id).limit(limit)).all()
        return [finding_row(f, number, account) for f, number, account in rows]
