"""The month-close checklist's items about the inspection work (issues 10, 11, 12): orders still on site,
visits reported without a notice, cases not yet approved, billing-centre lines not yet answered, audit tickets
due in the month not replied.

Each is overridable: a supervisor who closes over one names it (`month close --accept KEY`), which is how an
unfinished case or a line still being checked is carried forward into the next month.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import BillingAnomaly, BillingCase, Notice, WorkOrder, WorkOrderTarget
from station.domain.periods import label
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.month.checklist import BLOCKING, NOTED, PASSED, CheckResult, check
from station.orders import states

SHOWN = 5  #: numbers named in an item's detail (the count says how many)


def _bounds(month: int) -> tuple[dt.datetime, dt.datetime]:
    first = dt.datetime(month // 100, month % 100, 1)
    return first, dt.datetime(first.year + (first.month == 12), first.month % 12 + 1, 1)


def _named(numbers: list[str]) -> str:
    more = f" …（+{len(numbers) - SHOWN}）" if len(numbers) > SHOWN else ""
    return "、".join(numbers[:SHOWN]) + more


@check("orders_on_site", QT_TRANSLATE_NOOP("station", "No work order still on site"))
def _orders_on_site(session: Session, month: int) -> CheckResult:
    # Blocking: a visit started in the month and not reported has facts (results, signatures) the month would
    # freeze without; reporting it first, or naming the item to carry it forward, decides.
    _first, end = _bounds(month)
    numbers = list(session.scalars(select(WorkOrder.number).where(
        WorkOrder.status == states.ONSITE, WorkOrder.started_at < end).order_by(WorkOrder.number)))
    if numbers:
        return CheckResult(BLOCKING, msg(QT_TRANSLATE_NOOP("station", "{count} work orders still on site: {numbers}"),
                                         count=len(numbers), numbers=_named(numbers)))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "No work order on site")))


@check("visits_noticed", QT_TRANSLATE_NOOP("station", "Every visit with a problem has its notice"))
def _visits_noticed(session: Session, month: int) -> CheckResult:
    # Noted: the signature status is already required to report a visit; a problem found without a result
    # notice issued is a paper to send, not a fact to freeze.
    first, end = _bounds(month)
    noticed = select(Notice.order_id).where(Notice.kind.in_(("result", "theft", "rectify")))
    numbers = list(session.scalars(
        select(WorkOrder.number).join(WorkOrderTarget, WorkOrderTarget.order_id == WorkOrder.id)
        .where(WorkOrder.reported_at >= first, WorkOrder.reported_at < end, WorkOrderTarget.result == "problem",
               WorkOrder.id.not_in(noticed)).group_by(WorkOrder.number).order_by(WorkOrder.number)))
    if numbers:
        return CheckResult(NOTED, msg(QT_TRANSLATE_NOOP(
            "station", "{count} orders found a problem and issued no notice: {numbers}"),
            count=len(numbers), numbers=_named(numbers)))
    reported = session.scalar(select(func.count()).select_from(WorkOrder).where(
        WorkOrder.reported_at >= first, WorkOrder.reported_at < end)) or 0
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "{count} orders reported in {month}"),
                                   count=reported, month=label(month)))


@check("cases_approved", QT_TRANSLATE_NOOP("station", "Every case approved or carried forward"))
def _cases_approved(session: Session, month: int) -> CheckResult:
    first, end = _bounds(month)
    numbers = list(session.scalars(select(BillingCase.number).where(
        BillingCase.status.in_((states.C_DRAFT, states.C_PENDING)), BillingCase.created_at < end)
        .order_by(BillingCase.number)))
    if numbers:
        return CheckResult(BLOCKING, msg(QT_TRANSLATE_NOOP(
            "station", "{count} cases not approved: {numbers} (approve them, or name this item to carry them "
                       "forward)"), count=len(numbers), numbers=_named(numbers)))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "No case waiting for approval")))


@check("anomalies_answered", QT_TRANSLATE_NOOP("station", "Billing-centre lines answered"))
def _anomalies_answered(session: Session, month: int) -> CheckResult:
    # Blocking (overridable): the billing centre waits for the receipt of its lists of the month and before.
    left = session.scalar(select(func.count()).select_from(BillingAnomaly).where(
        BillingAnomaly.period <= month, BillingAnomaly.status != "closed")) or 0
    if left:
        return CheckResult(BLOCKING, msg(QT_TRANSLATE_NOOP(
            "station", "{count} billing-centre lines of {month} or before not answered yet"),
            count=left, month=label(month)))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "Every billing-centre line answered")))


@check("audit_tickets_answered", QT_TRANSLATE_NOOP("station", "Audit tickets due in the month answered"))
def _audit_tickets_answered(session: Session, month: int) -> CheckResult:
    # Noted, not blocking: an unanswered 稽查工作传票 freezes no fact of the month (readings, bills, cases); it
    # stays open and overdue (computed) into the next month, where the supervisor follows it up. Blocking the
    # close on an internal follow-up would hold the month's ledgers hostage to one clerk's reply.
    from db.schema import AuditTicket
    from station.audit_tickets.states import AWAITING_REPLY

    _first, end = _bounds(month)
    numbers = list(session.scalars(select(AuditTicket.number).where(
        AuditTicket.status.in_(AWAITING_REPLY), AuditTicket.reply_by < end.date()).order_by(AuditTicket.number)))
    if numbers:
        return CheckResult(NOTED, msg(QT_TRANSLATE_NOOP(
            "station", "{count} audit tickets due by the end of {month} not replied yet: {numbers}"),
            count=len(numbers), month=label(month), numbers=_named(numbers)))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "Every audit ticket due in {month} replied"),
                                   month=label(month)))
