"""Audit tickets: raise one for a stored finding, move it along its states, record each move twice.

Services take the caller's session and never commit (station.actions.audit_tickets owns the transaction).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import AuditFinding, AuditTicket, AuditTicketEvent, User, WorkOrder
from station import audit
from station.audit_tickets import states
from station.audit_tickets.rows import TicketDraft
from station.domain.problems import Problem, Rejected
from station.domain.roles import may
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders.numbering import format_number, next_seq

PREFIX = "JC"
REPLY_DAYS = "audit.ticket_reply_days"


def _p(field: str, text: str, value: object, code: str = "unknown", /, **params: object) -> Problem:
    return Problem(field, msg(text, **params), value, code)


def get_ticket(session: Session, number: str, *, lock: bool = False) -> AuditTicket:
    """The ticket numbered `number`; Rejected when there is none. `lock` takes it FOR UPDATE (PostgreSQL)."""
    query = select(AuditTicket).where(AuditTicket.number == number.strip())
    ticket = session.scalars(query.with_for_update() if lock else query).first()
    if ticket is None:
        raise Rejected([_p("number", QT_TRANSLATE_NOOP("station", "No audit ticket {value}"), number,
                           value=number)])
    return ticket


def may_answer(session: Session, name: str) -> bool:
    """`name` is an active registered user whose role may answer audit tickets."""
    row = session.execute(select(User.role, User.active).where(User.name == name.strip())).first()
    return row is not None and bool(row.active) and may(row.role, "audit-tickets", "answer")


def reply_deadline(session: Session, today: dt.date) -> tuple[dt.date, str]:
    """The default reply deadline of a ticket raised `today`, with the rule it comes from: working days counted
    with the holiday calendar (放假 and 调休上班 days), as the findings' deadlines are."""
    from station.due import add_working_days
    from station.holidays import load_calendar
    from station.rule_settings.store import load_rules

    rules = load_rules(session)
    days = int(rules[REPLY_DAYS])
    return add_working_days(today, days, load_calendar(session)), f"{days}个工作日（已计节假日）：{rules.source(REPLY_DAYS)}"


def _finding(session: Session, finding_id: int) -> AuditFinding:
    finding = session.get(AuditFinding, finding_id)
    if finding is None:
        raise Rejected([_p("finding", QT_TRANSLATE_NOOP("station", "No stored finding {value}: run the audit"),
                           finding_id, value=finding_id)])
    if finding.status != "open":
        raise Rejected([_p("finding", QT_TRANSLATE_NOOP(
            "station", "Finding {value} was closed: the record has been corrected"), finding_id, "finding_closed",
            value=finding_id)])
    return finding


def _order_id(session: Session, number: str) -> int | None:
    if not number.strip():
        return None
    order_id = session.scalar(select(WorkOrder.id).where(WorkOrder.number == number.strip()))
    if order_id is None:
        raise Rejected([_p("order", QT_TRANSLATE_NOOP("station", "No work order {value}"), number, value=number)])
    return order_id


def raise_ticket(session: Session, draft: TicketDraft, operator: str, today: dt.date) -> AuditTicket:
    """A ticket in received for one open finding (assigned at once when the draft names the responsible
    person); numbered JC<year>-<seq>. Rejected with every reason, nothing written."""
    finding = _finding(session, draft.finding_id)
    default_by, source = reply_deadline(session, today)
    reply_by = draft.reply_by or default_by
    if draft.reply_by and draft.reply_by < today:
        raise Rejected([_p("reply_by", QT_TRANSLATE_NOOP("station", "The reply deadline is before today"),
                           draft.reply_by, "reply_by")])
    if draft.reply_by and draft.reply_by != default_by:
        source = f"{source}（传票另定：{draft.reply_by.isoformat()}）"
    order_id = _order_id(session, draft.order_number)
    seq = next_seq(session, AuditTicket.year, AuditTicket.seq, today.year)
    now = dt.datetime.now()
    ticket = AuditTicket(
        number=format_number(PREFIX, today.year, seq), year=today.year, seq=seq, theme=draft.theme.strip()[:200],
        check_code=finding.check_code, entity=finding.entity, entity_id=finding.entity_id, object_key=finding.key,
        account_no=finding.account_no, area_code=finding.area_code, problem=finding.problem, responsible=None,
        reply_by=reply_by, reply_by_source=source, status=states.RECEIVED, rounds=1, reply="", reason="",
        liable="", verify_note="", finding_id=finding.id, run_id=finding.run_id, work_order_id=order_id,
        created_by=operator, created_at=now, version=1)
    session.add(ticket)
    session.flush()
    record(session, ticket, "create", operator, None, states.RECEIVED,
           details={"finding": finding.id, "check": finding.check_code, "object": finding.key,
                    "reply_by": reply_by, "source": source})
    if draft.responsible.strip():
        transition(session, ticket, "assign", states.TicketInput(responsible=draft.responsible), operator)
    return ticket


def facts(session: Session, ticket: AuditTicket) -> states.TicketFacts:
    closed = ticket.finding_id is not None and session.scalar(
        select(AuditFinding.status).where(AuditFinding.id == ticket.finding_id)) == "closed"
    return states.TicketFacts(ticket.number, ticket.status, ticket.responsible, closed)


def _stale(ticket: AuditTicket, version: int | None) -> list[Problem]:
    if version is None or version == ticket.version:
        return []
    return [_p("ticket", QT_TRANSLATE_NOOP("station", "Changed by someone else since you opened it: look at it "
                                                      "again"), ticket.number, states.STALE)]


def transition(session: Session, ticket: AuditTicket, action: str, given: states.TicketInput, operator: str,
               version: int | None = None) -> None:
    """Move `ticket` by `action` when nothing is missing; Rejected with what is, nothing changed."""
    if action == "assign" and given.responsible.strip():
        given = replace(given, responsible_known=may_answer(session, given.responsible))
    the_facts = facts(session, ticket)
    problems = _stale(ticket, version) or states.ticket_problems(the_facts, action, given, operator)
    if problems:
        raise Rejected(problems)
    before = ticket.status
    after = states.next_state(before, action)
    assert after is not None, (before, action)
    details = _apply(ticket, action, given, operator, the_facts)
    ticket.status = after
    ticket.version += 1
    record(session, ticket, action, operator, before, after, reason=given.reason if action == "return" else "",
           details=details)


def _apply(ticket: AuditTicket, action: str, given: states.TicketInput, operator: str,
           the_facts: states.TicketFacts) -> dict[str, Any]:
    now = dt.datetime.now()
    if action == "assign":
        ticket.responsible = given.responsible.strip()
        return {"responsible": ticket.responsible}
    if action == "reply":
        ticket.result, ticket.reply, ticket.replied_at = given.result, given.reply.strip(), now
        return {"result": given.result, "reply": ticket.reply, "round": ticket.rounds}
    if action == "return":
        ticket.reason, ticket.rounds = given.reason.strip(), ticket.rounds + 1
        return {"rounds": ticket.rounds}
    if action == "verify":
        ticket.verdict, ticket.liable = given.verdict, given.liable.strip()
        ticket.verify_note, ticket.verified_by, ticket.verified_at = given.note.strip(), operator, now
        return {"verdict": given.verdict, "liable": ticket.liable}
    if action == "close":
        ticket.closed_by, ticket.closed_at = operator, now
        if ticket.status != states.VERIFIED:  # closed because its finding closed: the record was corrected
            ticket.result = states.CORRECTED
            return {"result": states.CORRECTED, "finding_closed": the_facts.finding_closed}
    return {}


def record(session: Session, ticket: AuditTicket, action: str, operator: str, from_state: str | None,
           to_state: str | None, *, reason: str = "", details: dict[str, Any] | None = None) -> None:
    """The history row and the audit row of one transition (who, when, from, to, reason)."""
    session.add(AuditTicketEvent(ticket_id=ticket.id, action=action, from_state=from_state, to_state=to_state,
                                 reason=reason or "", operator=operator, at=dt.datetime.now()))
    after: dict[str, Any] = {"ticket": ticket.number, "status": to_state, **(details or {})}
    if reason:
        after["reason"] = reason
    audit.record(session, operator=operator, action=action, entity="audit_ticket", entity_id=ticket.id,
                 before=None if from_state is None else {"status": from_state}, after=after)


#: The orders a ticket may raise: a desk re-check of the record, or a check on site (its result field-check).
ORDER_KINDS: tuple[str, ...] = ("record-audit", "special")
HAS_ORDER = "has_order"


def order_problems(ticket: AuditTicket, kind: str, version: int | None) -> list[Problem]:
    """What stops `ticket` from raising an order of `kind` now (nothing: it may)."""
    problems = _stale(ticket, version)
    if problems:
        return problems
    if ticket.status == states.CLOSED:
        return [_p("ticket", QT_TRANSLATE_NOOP("station", "Audit ticket {value} is closed"), ticket.number,
                   states.NOT_NOW, value=ticket.number)]
    if ticket.work_order_id is not None:
        return [_p("order", QT_TRANSLATE_NOOP("station", "Audit ticket {value} already has its work order"),
                   ticket.number, HAS_ORDER, value=ticket.number)]
    if kind not in ORDER_KINDS:
        return [_p("kind", QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"), kind,
                   value=kind, allowed=", ".join(ORDER_KINDS))]
    if not ticket.account_no and not ticket.area_code:
        return [_p("ticket", QT_TRANSLATE_NOOP("station", "Audit ticket {value} names neither a customer nor a 台区"),
                   ticket.number, "no_target", value=ticket.number)]
    return []


def raise_order(session: Session, ticket: AuditTicket, kind: str, operator: str,
                version: int | None = None) -> WorkOrder:
    """A work order for the ticket's customer (or its 台区), source 稽查传票, the acting user its inspector, and the
    ticket linked to it; the ticket's state does not change. Rejected with the reason, nothing written."""
    from station.orders.rows import OrderDraft, TargetDraft
    from station.orders.service import create_order

    problems = order_problems(ticket, kind, version)
    if problems:
        raise Rejected(problems)
    targets = (TargetDraft(ticket.account_no),) if ticket.account_no else ()
    note = f"稽查工作传票 {ticket.number}：{ticket.theme or ticket.check_code} {ticket.object_key}".strip()
    order = create_order(session, OrderDraft(kind=kind, targets=targets, source="audit", inspectors=(operator,),
                                             area_code=None if targets else ticket.area_code, note=note[:2000]),
                         operator)
    ticket.work_order_id = order.id
    ticket.version += 1
    record(session, ticket, "order", operator, ticket.status, ticket.status,
           details={"order": order.number, "kind": kind})
    return order
