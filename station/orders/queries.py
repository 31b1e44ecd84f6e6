"""Reads of the work-order ledger: the lists (mine, to approve, overdue, by kind/source/台区), counts, and the
order form with the next steps and what each still misses. Rows are made here, inside the caller's session.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    Attachment,
    BillingCase,
    Customer,
    Finding,
    FindingEvent,
    Notice,
    TransformerArea,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderInspector,
    WorkOrderTarget,
)
from station.orders import states
from station.orders.findings import overdue_days
from station.orders.rows import (
    AttachmentRow,
    CaseRow,
    EventRow,
    FindingEventRow,
    FindingRow,
    NoticeRow,
    OrderDetail,
    OrderFilter,
    OrderRow,
    Step,
    TargetRow,
)
from station.orders.service import inspector_names, order_facts

_DONE = (states.CLOSED, states.CANCELLED)


def _overdue_order(today: dt.date):  # type: ignore[no-untyped-def]
    late_finding = exists().where(Finding.order_id == WorkOrder.id, Finding.status.in_(states.OPEN_FINDINGS),
                                  Finding.rectify_by < today)
    return ((WorkOrder.due_on < today) & WorkOrder.status.not_in(_DONE)) | late_finding


def _escalated_order():  # type: ignore[no-untyped-def]
    # ix_finding_status_rectify_by leads with the status: the escalated findings are found by the index.
    return exists().where(Finding.order_id == WorkOrder.id, Finding.status == states.ESCALATED)


def order_ids(session: Session, f: OrderFilter) -> list[int]:
    """The ids of the orders `f` selects, newest first (one query; indexes behind every filter)."""
    query = select(WorkOrder.id)
    if f.status:
        query = query.where(WorkOrder.status == f.status)
    if f.to_approve:
        query = query.where(WorkOrder.status == states.PENDING)
    if f.kind:
        query = query.where(WorkOrder.kind == f.kind)
    if f.source:
        query = query.where(WorkOrder.source == f.source)
    if f.area_code:
        query = query.join(TransformerArea, TransformerArea.id == WorkOrder.area_id).where(
            TransformerArea.code == f.area_code)
    if f.mine:
        query = query.where(exists().where(WorkOrderInspector.order_id == WorkOrder.id,
                                           WorkOrderInspector.user_name == f.mine))
    if f.overdue:
        query = query.where(_overdue_order(dt.date.today()))
    if f.escalated:
        query = query.where(_escalated_order())
    query = query.order_by(WorkOrder.year.desc(), WorkOrder.seq.desc())
    if f.limit:
        query = query.limit(f.limit)
    return list(session.scalars(query))


def order_rows(session: Session, ids: list[int]) -> list[OrderRow]:
    """Rows of `ids` in that order: a handful of queries whatever the count (no per-row queries)."""
    if not ids:
        return []
    today = dt.date.today()
    orders = {o.id: o for o in session.scalars(select(WorkOrder).where(WorkOrder.id.in_(ids)))}
    inspectors: dict[int, list[str]] = {}
    for oid, name in session.execute(select(WorkOrderInspector.order_id, WorkOrderInspector.user_name)
                                     .where(WorkOrderInspector.order_id.in_(ids)).order_by(WorkOrderInspector.id)):
        inspectors.setdefault(oid, []).append(name)
    customers: dict[int, list[str]] = {}
    for oid, acc in session.execute(select(WorkOrderTarget.order_id, Customer.account_no)
                                    .join(Customer, Customer.id == WorkOrderTarget.customer_id)
                                    .where(WorkOrderTarget.order_id.in_(ids)).order_by(WorkOrderTarget.id)):
        customers.setdefault(oid, []).append(acc)
    open_f = dict(session.execute(select(Finding.order_id, func.count()).where(
        Finding.order_id.in_(ids), Finding.status.in_(states.OPEN_FINDINGS)).group_by(Finding.order_id)).all())
    late = set(session.scalars(select(Finding.order_id).where(
        Finding.order_id.in_(ids), Finding.status.in_(states.OPEN_FINDINGS), Finding.rectify_by < today)))
    areas = dict(session.execute(select(TransformerArea.id, TransformerArea.code).where(
        TransformerArea.id.in_({o.area_id for o in orders.values() if o.area_id}))).all())
    out = []
    for oid in ids:
        o = orders[oid]
        overdue = oid in late or (o.due_on is not None and o.due_on < today and o.status not in _DONE)
        out.append(OrderRow(o.id, o.number, o.kind, o.source, o.status, o.scan_month, areas.get(o.area_id) if o.area_id else None,
                            o.planned_on, o.due_on, tuple(inspectors.get(oid, ())), o.approver, o.created_by,
                            o.created_at, tuple(customers.get(oid, ())), int(open_f.get(oid, 0)), overdue,
                            o.version))
    return out


def order_counts(session: Session) -> dict[str, int]:
    """Orders per status, "overdue" (past due or with a finding past its deadline) and "escalated" (with a
    finding waiting for the supervisor's decision)."""
    counts = {s: 0 for s in states.ORDER_STATES}
    counts.update({s: int(n) for s, n in session.execute(
        select(WorkOrder.status, func.count()).group_by(WorkOrder.status))})
    counts["overdue"] = int(session.scalar(select(func.count()).select_from(WorkOrder)
                                           .where(_overdue_order(dt.date.today()))) or 0)
    counts["escalated"] = int(session.scalar(select(func.count()).select_from(WorkOrder)
                                             .where(_escalated_order())) or 0)
    return counts


def finding_rows(session: Session, order: WorkOrder) -> list[FindingRow]:
    findings = list(session.scalars(select(Finding).where(Finding.order_id == order.id).order_by(Finding.id)))
    events: dict[int, list[FindingEventRow]] = {}
    for e in session.scalars(select(FindingEvent).where(FindingEvent.finding_id.in_([f.id for f in findings]))
                             .order_by(FindingEvent.id)):
        events.setdefault(e.finding_id, []).append(FindingEventRow(e.kind, e.at, e.operator, e.approver,
                                                                   e.old_deadline, e.new_deadline, e.reason))
    accounts = _accounts(session, {f.customer_id for f in findings})
    return [finding_row(f, order.number, accounts.get(f.customer_id), tuple(events.get(f.id, ())))
            for f in findings]


def finding_row(f: Finding, number: str, account: str | None, events: tuple[FindingEventRow, ...] = ()
                ) -> FindingRow:
    days = overdue_days(f.status, f.rectify_by)
    return FindingRow(f.id, number, account, f.category, f.location, f.description, f.rule_cited, f.requirement,
                      f.rectify_by, f.deadline_source, f.status, days > 0, days, events)


def _accounts(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return dict(session.execute(select(Customer.id, Customer.account_no).where(Customer.id.in_(wanted))).all())


def case_row(session: Session, c: BillingCase, number: str) -> CaseRow:
    supersedes = session.scalar(select(BillingCase.number).where(BillingCase.id == c.supersedes_id)) \
        if c.supersedes_id else None
    inputs = json.loads(c.inputs or "{}")
    working = tuple(json.loads(c.working or "{}").get("zh_CN", ()))
    return CaseRow(c.id, c.number, number, _accounts(session, {c.customer_id}).get(c.customer_id), c.version,
                   supersedes, c.calc_kind, inputs, working, c.rule, c.edition, c.kwh, c.amount, c.penalty,
                   c.total, c.status, c.created_by, c.approved_by, c.transferred_to, c.reason)


def notice_row(n: Notice, number: str, case_number: str | None) -> NoticeRow:
    return NoticeRow(n.id, n.number, n.kind, number, case_number, n.content_sha256, n.pdf_sha256, n.pages,
                     n.issued_by, n.issued_at)


def attachment_row(a: Attachment, number: str) -> AttachmentRow:
    return AttachmentRow(a.id, number, a.finding_id, a.kind, a.file_name, a.sha256, a.size, a.note, a.added_by,
                         a.added_at)


def target_rows(session: Session, order_id: int) -> list[TargetRow]:
    rows = session.execute(
        select(WorkOrderTarget, Customer.account_no, Customer.name, Customer.voltage_level, Asset.asset_no)
        .outerjoin(Customer, Customer.id == WorkOrderTarget.customer_id)
        .outerjoin(Asset, Asset.id == WorkOrderTarget.asset_id)
        .where(WorkOrderTarget.order_id == order_id).order_by(WorkOrderTarget.id)).all()
    return [TargetRow(t.id, t.customer_id, acc or "", name or "", volt or "", asset, t.drop_start, t.scan_score,
                      t.result, t.signature, t.witness) for t, acc, name, volt, asset in rows]


def steps(session: Session, order: WorkOrder, operator: str) -> tuple[Step, ...]:
    """Each transition a person may ask for, allowed or not, with what is still missing (the page's buttons);
    a step the operator's role may not take says so first (the role matrix's refusal)."""
    from station.domain.roles import denial, may
    from station.users import role_of

    facts = order_facts(session, order)
    role = role_of(session, operator)
    out = []
    for action in states.ORDER_ACTIONS:
        missing = states.order_problems(facts, action, operator)
        if role is not None and not may(role or None, "orders", action):
            missing = [denial(role or None, "orders", action), *missing]
        if action == "report" and facts.status in (states.ONSITE, states.DISPATCHED) and missing and all(
                p.code in (states.RESULTS_MISSING, states.WITNESS) for p in missing):
            missing = []  # the report itself brings the results
        out.append(Step(action, not missing, tuple(missing)))
    return tuple(out)


def order_detail(session: Session, order: WorkOrder, operator: str) -> OrderDetail:
    row = order_rows(session, [order.id])[0]
    case_numbers = dict(session.execute(select(BillingCase.id, BillingCase.number)
                                        .where(BillingCase.order_id == order.id)).all())
    cases = [case_row(session, c, order.number) for c in session.scalars(
        select(BillingCase).where(BillingCase.order_id == order.id).order_by(BillingCase.id))]
    notices = [notice_row(n, order.number, case_numbers.get(n.case_id) if n.case_id else None) for n in session.scalars(
        select(Notice).where(Notice.order_id == order.id).order_by(Notice.id))]
    attachments = [attachment_row(a, order.number) for a in session.scalars(
        select(Attachment).where(Attachment.order_id == order.id).order_by(Attachment.id))]
    history = [EventRow(e.at, e.operator, e.entity, e.entity_id, e.action, e.from_state, e.to_state, e.reason)
               for e in session.scalars(select(WorkOrderEvent).where(WorkOrderEvent.order_id == order.id)
                                        .order_by(WorkOrderEvent.id))]
    return OrderDetail(row, tuple(target_rows(session, order.id)), tuple(finding_rows(session, order)),
                       tuple(cases), tuple(attachments), tuple(notices), tuple(history),
                       steps(session, order, operator))


__all__ = ["inspector_names", "order_counts", "order_detail", "order_ids", "order_rows"]
