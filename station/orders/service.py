"""The work order itself: create, load the facts the decisions read, move it along its states, report.

Services take the caller's session and never commit (station.actions.orders owns the transaction).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    Attachment,
    BillingCase,
    Customer,
    Finding,
    MeteringPoint,
    TransformerArea,
    User,
    WorkOrder,
    WorkOrderInspector,
    WorkOrderTarget,
)
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import history, states
from station.orders.numbering import ORDER_PREFIX, format_number, next_seq
from station.orders.rows import OrderDraft, TargetDraft, TargetResult
from station.orders.vocab import KINDS, RESULTS, SIGNATURES, SOURCES

UNKNOWN = "unknown"
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _p(field: str, text: str, raw: object, code: str = UNKNOWN, **params: object) -> Problem:
    return Problem(field, msg(text, **params), raw, code)


def _choice(field: str, value: str, allowed: dict[str, str]) -> list[Problem]:
    if value in allowed:
        return []
    return [_p(field, QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"), value,
               value=value, allowed=", ".join(allowed))]


def get_order(session: Session, number: str, *, lock: bool = False) -> WorkOrder:
    """The order numbered `number`; Rejected when there is none. `lock` takes it FOR UPDATE (PostgreSQL)."""
    query = select(WorkOrder).where(WorkOrder.number == number.strip())
    order = session.scalars(query.with_for_update() if lock else query).first()
    if order is None:
        raise Rejected([_p("number", QT_TRANSLATE_NOOP("station", "No work order {value}"), number, value=number)])
    return order


def customer_by_account(session: Session, account_no: str) -> Customer:
    customer = session.scalars(select(Customer).where(Customer.account_no == account_no.strip())).first()
    if customer is None:
        raise Rejected([_p("customer", QT_TRANSLATE_NOOP("station", "No customer with account no. {value}"),
                           account_no, value=account_no)])
    return customer


def _draft_problems(draft: OrderDraft) -> list[Problem]:
    problems = _choice("kind", draft.kind, KINDS) + _choice("source", draft.source, SOURCES)
    if not draft.targets and not draft.area_code:
        problems.append(_p("customers", QT_TRANSLATE_NOOP("station", "Name at least one customer or a 台区"),
                           "", "required"))
    if draft.scan_month is not None and not _MONTH.match(draft.scan_month):
        problems.append(_p("scan_month", QT_TRANSLATE_NOOP("station", "Give the month as YYYY-MM"),
                           draft.scan_month))
    if draft.planned_on and draft.due_on and draft.due_on < draft.planned_on:
        problems.append(_p("due_on", QT_TRANSLATE_NOOP("station", "The deadline is before the planned date"),
                           draft.due_on))
    if len(set(draft.inspectors)) != len(draft.inspectors):
        problems.append(_p("inspectors", QT_TRANSLATE_NOOP("station", "An inspector is named twice"),
                           ", ".join(draft.inspectors)))
    return problems


def _suspects(session: Session, month: str) -> dict[int, tuple[str | None, float]]:
    """customer id → (drop-start month, score) in the scan of `month`."""
    from station.consumption.service import scan_suspects

    _run, rows = scan_suspects(session, month)
    return {r.customer_id: (r.start_month, r.score) for r in rows}


def _target(session: Session, draft: TargetDraft, scan: dict[int, tuple[str | None, float]] | None
            ) -> WorkOrderTarget:
    customer = customer_by_account(session, draft.account_no)
    asset_id = None
    if draft.asset_no:
        asset_id = session.scalar(select(Asset.id).where(Asset.asset_no == draft.asset_no.strip()))
        if asset_id is None:
            raise Rejected([_p("asset", QT_TRANSLATE_NOOP("station", "No asset {value}"), draft.asset_no,
                               value=draft.asset_no)])
    start, score = draft.drop_start, draft.score
    if scan is not None and start is None:
        start, found = scan.get(customer.id, (None, None))
        score = score if score is not None else found
    return WorkOrderTarget(customer_id=customer.id, asset_id=asset_id, drop_start=start,
                           scan_score=None if score is None else Decimal(str(round(score, 1))))


def create_order(session: Session, draft: OrderDraft, operator: str) -> WorkOrder:
    """A new order in draft, numbered GD<year>-<seq>; Rejected with every reason, nothing written."""
    problems = _draft_problems(draft)
    if problems:
        raise Rejected(problems)
    area_id = None
    if draft.area_code:
        area_id = session.scalar(select(TransformerArea.id).where(TransformerArea.code == draft.area_code))
        if area_id is None:
            raise Rejected([_p("area", QT_TRANSLATE_NOOP("station", "No 台区 {value}"), draft.area_code,
                               value=draft.area_code)])
    needs_scan = draft.source == "suspect" and draft.scan_month and any(t.drop_start is None for t in draft.targets)
    scan = _suspects(session, draft.scan_month) if needs_scan and draft.scan_month else None
    targets = [_target(session, t, scan) for t in draft.targets]
    now = dt.datetime.now()
    year = (draft.planned_on or now.date()).year
    seq = next_seq(session, WorkOrder.year, WorkOrder.seq, year)
    order = WorkOrder(number=format_number(ORDER_PREFIX, year, seq), year=year, seq=seq, kind=draft.kind,
                      source=draft.source, scan_month=draft.scan_month, area_id=area_id, status=states.DRAFT,
                      planned_on=draft.planned_on, due_on=draft.due_on, note=draft.note or "", reason="",
                      created_by=operator, created_at=now, version=1)
    session.add(order)
    session.flush()
    for t in targets:
        t.order_id = order.id
        session.add(t)
    for name in draft.inspectors:
        session.add(WorkOrderInspector(order_id=order.id, user_name=name.strip()))
    session.flush()
    history.record(session, order_id=order.id, number=order.number, entity="order", entity_id=order.id,
                   action="create", operator=operator, from_state=None, to_state=states.DRAFT,
                   details={"kind": draft.kind, "source": draft.source,
                            "customers": [t.account_no for t in draft.targets],
                            "inspectors": list(draft.inspectors)})
    return order


def set_inspectors(session: Session, order: WorkOrder, names: list[str], operator: str) -> None:
    """Replace the inspectors of an order not yet on site."""
    if order.status not in (states.DRAFT, states.PENDING, states.DISPATCHED):
        raise Rejected([states.state_problem(order.status, "inspectors", states.ORDER_STATE_NAMES)])
    for row in session.scalars(select(WorkOrderInspector).where(WorkOrderInspector.order_id == order.id)):
        session.delete(row)
    session.flush()
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        session.add(WorkOrderInspector(order_id=order.id, user_name=name))
    order.version += 1
    history.record(session, order_id=order.id, number=order.number, entity="order", entity_id=order.id,
                   action="inspectors", operator=operator, from_state=order.status, to_state=order.status,
                   details={"inspectors": names})


# --- the facts the decisions read ----------------------------------------------------------------------

def inspector_names(session: Session, order_id: int) -> list[str]:
    return list(session.scalars(select(WorkOrderInspector.user_name)
                                .where(WorkOrderInspector.order_id == order_id).order_by(WorkOrderInspector.id)))


def _inspectors(session: Session, order_id: int) -> tuple[states.Inspector, ...]:
    names = inspector_names(session, order_id)
    users = {u.name: u for u in session.scalars(select(User).where(User.name.in_(names)))} if names else {}
    return tuple(states.Inspector(n, n in users and users[n].active, users[n].role if n in users else None,
                                  users[n].cert_no if n in users else None,
                                  users[n].cert_grade if n in users else None) for n in names)


def open_counts(session: Session, order_id: int) -> tuple[int, int]:
    findings = session.scalar(select(func.count()).select_from(Finding).where(
        Finding.order_id == order_id, Finding.status.in_(states.OPEN_FINDINGS))) or 0
    cases = session.scalar(select(func.count()).select_from(BillingCase).where(
        BillingCase.order_id == order_id, BillingCase.status.in_(states.OPEN_CASES))) or 0
    return int(findings), int(cases)


def order_facts(session: Session, order: WorkOrder) -> states.OrderFacts:
    from station.rule_settings.store import load_rules

    rules = load_rules(session)
    targets = session.execute(
        select(WorkOrderTarget, Customer.account_no, Customer.voltage_level)
        .outerjoin(Customer, Customer.id == WorkOrderTarget.customer_id)
        .where(WorkOrderTarget.order_id == order.id).order_by(WorkOrderTarget.id)).all()
    findings, cases = open_counts(session, order.id)
    from station.orders.evidence import notice_evidence_kinds

    kinds = frozenset(session.scalars(select(Attachment.kind).where(Attachment.order_id == order.id)))
    kinds |= notice_evidence_kinds(session, order.id)  # an issued 取证记录 is the evidence record
    evidence = rules["orders.required_evidence"].get(order.kind, [])
    return states.OrderFacts(
        number=order.number, kind=order.kind, status=order.status, inspectors=_inspectors(session, order.id),
        targets=tuple(states.TargetFacts(acc or "", volt, t.result, t.signature, t.witness)
                      for t, acc, volt in targets),
        open_findings=findings, open_cases=cases, attachment_kinds=kinds, required_evidence=tuple(evidence),
        check_grade=rules["orders.check_cert_grade"] == "on")


# --- transitions ---------------------------------------------------------------------------------------

_STAMPS = {"approve": "approved_at", "start": "started_at", "report": "reported_at", "close": "closed_at"}


def transition(session: Session, order: WorkOrder, action: str, operator: str, reason: str = "") -> None:
    """Move `order` by `action` when nothing is missing; Rejected with what is, nothing changed."""
    facts = order_facts(session, order)
    problems = states.order_problems(facts, action, operator)
    if action in ("cancel", "return") and not problems:
        problems = states.reason_problems(reason)
    if problems:
        raise Rejected(problems)
    move(session, order, action, operator, reason)


def move(session: Session, order: WorkOrder, action: str, operator: str, reason: str = "") -> None:
    """The write of a transition already decided (also the system's track/untrack)."""
    before = order.status
    after = states.next_state(before, action)
    assert after is not None, (before, action)
    order.status = after
    order.version += 1
    if action in _STAMPS:
        setattr(order, _STAMPS[action], dt.datetime.now())
    if action == "approve":
        order.approver = operator
    if reason:
        order.reason = reason
    history.record(session, order_id=order.id, number=order.number, entity="order", entity_id=order.id,
                   action=action, operator=operator, from_state=before, to_state=after, reason=reason)


def sync_tracking(session: Session, order: WorkOrder, operator: str) -> None:
    """After the report: tracking while a finding or case is open, reported again once none is."""
    findings, cases = open_counts(session, order.id)
    if order.status == states.REPORTED and (findings or cases):
        move(session, order, "track", operator, "")
    elif order.status == states.TRACKING and not (findings or cases):
        move(session, order, "untrack", operator, "")


def _result_problems(results: list[TargetResult]) -> list[Problem]:
    problems: list[Problem] = []
    for r in results:
        problems += _choice("result", r.result, RESULTS) + _choice("signature", r.signature, SIGNATURES)
    return problems


def record_results(session: Session, order: WorkOrder, results: list[TargetResult], operator: str = "") -> None:
    """Write each target's result and signature status (an account None means every target); with an
    operator (results recorded on their own, before the report) the history notes them."""
    if order.status not in (states.ONSITE, states.DISPATCHED):
        raise Rejected([states.state_problem(order.status, "report", states.ORDER_STATE_NAMES)])
    problems = _result_problems(results)
    if problems:
        raise Rejected(problems)
    rows = session.execute(select(WorkOrderTarget, Customer.account_no)
                           .outerjoin(Customer, Customer.id == WorkOrderTarget.customer_id)
                           .where(WorkOrderTarget.order_id == order.id)).all()
    for r in results:
        matched = [t for t, acc in rows if r.account_no is None or acc == r.account_no]
        if not matched:
            raise Rejected([_p("customer", QT_TRANSLATE_NOOP("station", "{value} is not a target of this order"),
                               r.account_no, value=r.account_no)])
        for t in matched:
            t.result, t.signature = r.result, r.signature
            t.witness = (r.witness or "").strip() or None
    session.flush()
    if operator:
        history.record(session, order_id=order.id, number=order.number, entity="order", entity_id=order.id,
                       action="results", operator=operator, from_state=order.status, to_state=order.status,
                       details={"results": [[r.account_no, r.result, r.signature, r.witness] for r in results]})


def report(session: Session, order: WorkOrder, results: list[TargetResult], operator: str) -> None:
    """Results in, the transition, then the due list's completion (on-site test, periodic inspection)."""
    if results:
        record_results(session, order, results)
    transition(session, order, "report", operator)
    complete_due(session, order, operator)
    sync_tracking(session, order, operator)


def _installed_meters(session: Session, customer_id: int) -> list[int]:
    return list(session.scalars(select(Asset.id).join(MeteringPoint, MeteringPoint.id == Asset.metering_point_id)
                                .where(MeteringPoint.customer_id == customer_id, Asset.status == "installed",
                                       Asset.kind == "meter").order_by(Asset.id)))


def complete_due(session: Session, order: WorkOrder, operator: str) -> None:
    """What the due list reads: an on-site test of each target's meter (pass for ok, fail for a problem),
    or a periodic inspection visit of each customer met. Rotation is done by the asset lifecycle's swap."""
    from station.due import record_completion

    if order.kind not in ("onsite-test", "periodic"):
        return
    today = dt.date.today()
    for t in session.scalars(select(WorkOrderTarget).where(WorkOrderTarget.order_id == order.id)):
        if t.result not in ("ok", "problem") or t.customer_id is None:
            continue
        note = f"工单 {order.number}"
        if order.kind == "periodic":
            record_completion(session, "inspection", t.customer_id, today, operator,
                              result="pass" if t.result == "ok" else "findings", note=note,
                              work_order_id=order.id)
            continue
        for asset_id in [t.asset_id] if t.asset_id else _installed_meters(session, t.customer_id):
            record_completion(session, "onsite", asset_id, today, operator,
                              result="pass" if t.result == "ok" else "fail", note=note, work_order_id=order.id)
