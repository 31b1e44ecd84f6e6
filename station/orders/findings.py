"""Findings (问题): recorded with a deadline by category (a rule setting, with its source), re-checked until
rectified; extensions are events with reason and approver; overdue is computed from today, never stored.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import CodeValue, Customer, Finding, FindingEvent, WorkOrder, WorkOrderTarget
from station.codes.seed import FINDING_CATEGORY
from station.domain.problems import Problem, Rejected
from station.domain.stale import bump
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import history, states
from station.orders.rows import FindingDraft
from station.orders.service import customer_by_account, sync_tracking
from station.orders.vocab import FINDING_REQUIREMENT_ZH, FINDING_RULE_ZH
from station.rule_settings.order_rules import DEADLINE_KEYS
from station.rule_settings.ruleset import RuleSet

if TYPE_CHECKING:
    from station.holidays import WorkCalendar


def _p(field: str, text: str, raw: object, code: str = "invalid", **params: object) -> Problem:
    return Problem(field, msg(text, **params), raw, code)


def deadline(rules: RuleSet, category: str, found_on: dt.date, calendar: WorkCalendar | None = None
             ) -> tuple[dt.date, str]:
    """The rectification deadline of a finding of `category` found on `found_on`, and where it comes from:
    the category's rule in working days, counted with the holiday calendar (放假 and 调休上班 days)."""
    from station.due import add_working_days

    key = DEADLINE_KEYS.get(category, DEADLINE_KEYS["other"])
    days = int(rules[key])
    by = add_working_days(found_on, days, calendar)
    note = "（已计节假日）" if calendar is not None and by != add_working_days(found_on, days) else ""
    return by, f"{days}个工作日{note}：{rules.source(key)}"


def session_deadline(session: Session, category: str, found_on: dt.date) -> tuple[dt.date, str]:
    """`deadline` with the station's rules and holiday calendar."""
    from station.holidays import load_calendar
    from station.rule_settings.store import load_rules

    return deadline(load_rules(session), category, found_on, load_calendar(session))


def overdue_days(status: str, rectify_by: dt.date | None, today: dt.date | None = None) -> int:
    """Days past the deadline of an open finding (0: not overdue). Computed on every read, never stored."""
    if status not in states.OPEN_FINDINGS or rectify_by is None:
        return 0
    return max(((today or dt.date.today()) - rectify_by).days, 0)


def get_finding(session: Session, finding_id: int, order: WorkOrder | None = None) -> Finding:
    finding = session.get(Finding, finding_id)
    if finding is None or (order is not None and finding.order_id != order.id):
        raise Rejected([_p("finding", QT_TRANSLATE_NOOP("station", "No finding {value} on this order"),
                           finding_id, "unknown", value=finding_id)])
    return finding


def _category_problems(session: Session, category: str) -> list[Problem]:
    known = set(session.scalars(select(CodeValue.code).where(CodeValue.table_name == FINDING_CATEGORY,
                                                             CodeValue.retired.is_(False))))
    if category in known:
        return []
    return [_p("category", QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"), category,
               value=category, allowed=", ".join(sorted(known)))]


def _customer_id(session: Session, order: WorkOrder, account_no: str | None) -> int | None:
    if account_no:
        customer = customer_by_account(session, account_no)
        on_order = session.scalar(select(WorkOrderTarget.id).where(WorkOrderTarget.order_id == order.id,
                                                                   WorkOrderTarget.customer_id == customer.id))
        if on_order is None:
            raise Rejected([_p("customer", QT_TRANSLATE_NOOP("station", "{value} is not a target of this order"),
                               account_no, value=account_no)])
        return customer.id
    return session.scalar(select(WorkOrderTarget.customer_id).where(WorkOrderTarget.order_id == order.id)
                          .order_by(WorkOrderTarget.id).limit(1))


def add_finding(session: Session, order: WorkOrder, draft: FindingDraft, operator: str) -> Finding:
    """Record a finding on an order on site or reported (a desk check's once dispatched)."""

    if order.status not in states.working_states(order.kind):
        raise Rejected([states.state_problem(order.status, "finding", states.ORDER_STATE_NAMES)])
    problems = _category_problems(session, draft.category)
    if not draft.description.strip():
        problems.append(_p("text", QT_TRANSLATE_NOOP("station", "Describe the finding"), "", "required"))
    today = dt.date.today()
    if draft.rectify_by is not None and draft.rectify_by < today:
        problems.append(_p("rectify_by", QT_TRANSLATE_NOOP("station", "The deadline {value} is in the past"),
                           draft.rectify_by, value=draft.rectify_by.isoformat()))
    if problems:
        raise Rejected(problems)
    by, source = session_deadline(session, draft.category, today)
    if draft.rectify_by is not None:
        by, source = draft.rectify_by, f"检查人员确定（规则：{source}）"
    finding = Finding(order_id=order.id, customer_id=_customer_id(session, order, draft.account_no),
                      category=draft.category, location=draft.location.strip(),
                      description=draft.description.strip(),
                      rule_cited=draft.rule_cited.strip() or FINDING_RULE_ZH.get(draft.category, ""),
                      requirement=draft.requirement.strip() or FINDING_REQUIREMENT_ZH.get(draft.category, ""), rectify_by=by, deadline_source=source[:200],
                      status=states.RECORDED, recorded_by=operator, recorded_at=dt.datetime.now())
    session.add(finding)
    session.flush()
    history.record(session, order_id=order.id, number=order.number, entity="finding", entity_id=finding.id,
                   action="create", operator=operator, from_state=None, to_state=states.RECORDED,
                   details={"category": draft.category, "rectify_by": by})
    sync_tracking(session, order, operator)
    return finding


def move_finding(session: Session, order: WorkOrder, finding: Finding, action: str, operator: str,
                 reason: str = "") -> None:
    after = states.finding_next(finding.status, action)
    if after is None:
        raise Rejected([states.state_problem(finding.status, action, states.FINDING_STATE_NAMES)])
    before = finding.status
    finding.status = after
    bump(finding)  # every step of a finding moves its version (station.domain.stale)
    if after in (states.F_CLOSED, states.VOIDED):
        finding.closed_at = dt.datetime.now()
    history.record(session, order_id=order.id, number=order.number, entity="finding", entity_id=finding.id,
                   action=action, operator=operator, from_state=before, to_state=after, reason=reason)


def _event(session: Session, finding: Finding, kind: str, operator: str, *, new: dt.date | None = None,
           reason: str = "", approver: str | None = None) -> None:
    session.add(FindingEvent(finding_id=finding.id, kind=kind, old_deadline=finding.rectify_by, new_deadline=new,
                             reason=reason, approver=approver, operator=operator, at=dt.datetime.now()))


def failed_rechecks(session: Session, finding: Finding) -> int:
    """How many re-checks of `finding` have failed so far (its recheck-fail events)."""
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(FindingEvent).where(
        FindingEvent.finding_id == finding.id, FindingEvent.kind == "recheck-fail")) or 0)


def escalates(failed: int, limit: int, asked: bool) -> bool:
    """A failed re-check escalates when the inspector asks, or when it is the `limit`th failure (0: never
    by itself). `failed` counts this one."""
    return asked or (limit > 0 and failed >= limit)


def recheck(session: Session, order: WorkOrder, finding: Finding, passed: bool, operator: str, *,
            rectify_by: dt.date | None = None, note: str = "", escalate: bool = False) -> None:
    """A re-check: passed → rectified; failed → rectifying again with a new deadline (given, or the
    category's rule counted from today), or escalated (the inspector's choice, or the Nth failure by the
    rule orders.escalate_after_failed_rechecks) for a supervisor to decide."""
    from station.rule_settings.store import load_rules

    if states.finding_next(finding.status, "pass" if passed else "fail") is None:
        raise Rejected([states.state_problem(finding.status, "recheck", states.FINDING_STATE_NAMES)])
    if passed and escalate:
        raise Rejected([_p("escalate", QT_TRANSLATE_NOOP("station", "Only a failed re-check is escalated"),
                           True, "not_now")])
    if passed:
        _event(session, finding, "recheck-pass", operator, reason=note)
        move_finding(session, order, finding, "pass", operator, note)
        sync_tracking(session, order, operator)
        return
    if rectify_by is not None and rectify_by < dt.date.today():
        raise Rejected([_p("rectify_by", QT_TRANSLATE_NOOP("station", "The deadline {value} is in the past"),
                           rectify_by, value=rectify_by.isoformat())])
    limit = int(load_rules(session)["orders.escalate_after_failed_rechecks"] or 0)  # None: never by itself
    failed = failed_rechecks(session, finding) + 1
    if escalates(failed, limit, escalate):
        _event(session, finding, "recheck-fail", operator, reason=note)
        why = "检查人员提请升级" if escalate else f"复查{failed}次不合格（规则：{limit}次即升级）"
        _event(session, finding, "escalate", operator, reason=f"{why}；{note}" if note else why)
        finding.deadline_source = f"已升级：{why}"[:200]
        move_finding(session, order, finding, "escalate", operator, note or why)
        sync_tracking(session, order, operator)
        return
    new, source = (rectify_by, "复查不合格，检查人员重新确定") if rectify_by else session_deadline(
        session, finding.category, dt.date.today())
    _event(session, finding, "recheck-fail", operator, new=new, reason=note)
    finding.rectify_by, finding.deadline_source = new, source[:200]
    move_finding(session, order, finding, "fail", operator, note)
    sync_tracking(session, order, operator)


def extend(session: Session, order: WorkOrder, finding: Finding, new_deadline: dt.date, reason: str,
           approver: str) -> None:
    """A later deadline, approved by a supervisor (the approver is the acting user), with a reason. On an
    escalated finding it is the supervisor's decision: back to rectifying by the new date (in the future)."""
    problems = states.reason_problems(reason)
    if finding.status not in states.OPEN_FINDINGS:
        problems.append(states.state_problem(finding.status, "extend", states.FINDING_STATE_NAMES))
    if finding.status == states.ESCALATED:  # a decision: any date after today (the old one may be past)
        if new_deadline <= dt.date.today():
            problems.append(_p("rectify_by", QT_TRANSLATE_NOOP("station", "The new deadline must be after today"),
                               new_deadline))
    elif finding.rectify_by is not None and new_deadline <= finding.rectify_by:
        problems.append(_p("rectify_by", QT_TRANSLATE_NOOP("station", "An extension must be later than {value}"),
                           new_deadline, value=finding.rectify_by.isoformat()))
    if problems:
        raise Rejected(problems)
    _event(session, finding, "extend", approver, new=new_deadline, reason=reason, approver=approver)
    old, before = finding.rectify_by, finding.status
    finding.rectify_by = new_deadline
    finding.deadline_source = f"延期（{approver}批准）：{reason}"[:200]
    bump(finding)
    after = states.finding_next(before, "extend") or before
    finding.status = after
    history.record(session, order_id=order.id, number=order.number, entity="finding", entity_id=finding.id,
                   action="extend", operator=approver, from_state=before, to_state=after,
                   reason=reason, details={"old_deadline": old, "new_deadline": new_deadline})


def void(session: Session, order: WorkOrder, finding: Finding, reason: str, operator: str) -> None:
    problems = states.reason_problems(reason)
    if problems:
        raise Rejected(problems)
    move_finding(session, order, finding, "void", operator, reason)
    sync_tracking(session, order, operator)


def notify_open(session: Session, order: WorkOrder, operator: str) -> list[int]:
    """A result or rectification notice was issued: its recorded findings become notified."""
    moved = []
    for f in session.scalars(select(Finding).where(Finding.order_id == order.id,
                                                   Finding.status == states.RECORDED).order_by(Finding.id)):
        move_finding(session, order, f, "notify", operator)
        moved.append(f.id)
    return moved


def close_rectified(session: Session, order: WorkOrder, operator: str) -> None:
    """Closing the order closes its rectified findings."""
    for f in session.scalars(select(Finding).where(Finding.order_id == order.id,
                                                   Finding.status == states.RECTIFIED).order_by(Finding.id)):
        move_finding(session, order, f, "close", operator)


def account_of(session: Session, customer_id: int | None) -> str | None:
    return None if customer_id is None else session.scalar(select(Customer.account_no)
                                                           .where(Customer.id == customer_id))
