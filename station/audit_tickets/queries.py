"""Reading tickets: the list a filter selects (overdue computed against today), one ticket's form and its steps."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import AuditFinding, AuditLog, AuditTicket, AuditTicketEvent, WorkOrder
from station.audit_tickets import messages, states
from station.audit_tickets.rows import TicketDetail, TicketEventRow, TicketFilter, TicketRow, TicketStep
from station.audit_tickets.service import facts
from station.domain.problems import Problem
from station.domain.roles import denial, may
from station.users import role_of


def _titles() -> dict[str, str]:
    from station.record_audit import CHECKS

    return {c.code: c.title for c in CHECKS}


def ticket_ids(session: Session, f: TicketFilter, today: dt.date) -> list[int]:
    """The tickets `f` selects, the nearest reply deadline first (closed ones last)."""
    q = select(AuditTicket.id)
    if f.status == "open":
        q = q.where(AuditTicket.status.in_(states.OPEN))
    elif f.status:
        q = q.where(AuditTicket.status == f.status)
    if f.responsible:
        q = q.where(AuditTicket.responsible == f.responsible)
    if f.check:
        q = q.where(AuditTicket.check_code == f.check)
    if f.overdue:  # the same rule as states.is_overdue, in SQL
        q = q.where(AuditTicket.status.in_(states.AWAITING_REPLY), AuditTicket.reply_by < today)
    closed_last = AuditTicket.status == states.CLOSED
    return list(session.scalars(q.order_by(closed_last, AuditTicket.reply_by, AuditTicket.number)))


def ticket_rows(session: Session, ids: list[int], today: dt.date) -> list[TicketRow]:
    if not ids:
        return []
    titles = _titles()
    found = (select(AuditTicket, AuditFinding.status, AuditFinding.closed_at, WorkOrder.number)
             .outerjoin(AuditFinding, AuditFinding.id == AuditTicket.finding_id)
             .outerjoin(WorkOrder, WorkOrder.id == AuditTicket.work_order_id)
             .where(AuditTicket.id.in_(ids)))
    by_id = {t.id: (t, fs, fc, on) for t, fs, fc, on in session.execute(found)}
    return [_row(*by_id[i], titles, today) for i in ids if i in by_id]


def _row(t: AuditTicket, finding_status: str | None, finding_closed_at: dt.datetime | None, order: str | None,
         titles: dict[str, str], today: dt.date) -> TicketRow:
    return TicketRow(
        id=t.id, number=t.number, theme=t.theme, check=t.check_code, check_title=titles.get(t.check_code, ""),
        entity=t.entity, entity_id=t.entity_id, object_key=t.object_key, account_no=t.account_no,
        area_code=t.area_code, problem=messages.load(t.problem), responsible=t.responsible, reply_by=t.reply_by,
        reply_by_source=t.reply_by_source, status=t.status, rounds=t.rounds, result=t.result, reply=t.reply,
        reason=t.reason, verdict=t.verdict, liable=t.liable, finding_id=t.finding_id,
        finding_closed=finding_status == "closed", finding_closed_at=finding_closed_at, order_number=order,
        created_by=t.created_by, created_at=t.created_at, overdue=states.is_overdue(t.status, t.reply_by, today),
        version=t.version)


def steps(session: Session, ticket: AuditTicket, operator: str) -> tuple[TicketStep, ...]:
    """Each transition the ticket offers as `operator` meets it: refused by role, or what is missing. The
    inputs a dialog asks for (a result, a reason …) are not counted as missing here."""
    the_facts = facts(session, ticket)
    role = role_of(session, operator)  # None: not a user (a station without users refuses nothing)
    out = []
    for action in states.offered(ticket.status):
        missing: tuple[Problem, ...]
        if role is not None and not may(role or None, "audit-tickets", states.MATRIX_ACTION[action]):
            missing = (denial(role or None, "audit-tickets", states.MATRIX_ACTION[action]),)
        else:
            missing = tuple(p for p in states.ticket_problems(the_facts, action, None, operator)
                            if p.code != states.REQUIRED)
        out.append(TicketStep(action, not missing, missing))
    return tuple(out)


#: The steps whose history line names something, and the key of their audit row that holds it.
SUBJECT_KEYS = {"assign": "responsible", "order": "order"}


def _subjects(session: Session, ticket_id: int) -> dict[str, list[str]]:
    """Per step of SUBJECT_KEYS, what each of its audit rows named, oldest first (the event row keeps no
    details: service.record writes both rows of a step together, so the n-th event has the n-th audit row)."""
    found: dict[str, list[str]] = {}
    for action, after in session.execute(
            select(AuditLog.action, AuditLog.after)
            .where(AuditLog.entity == "audit_ticket", AuditLog.entity_id == ticket_id,
                   AuditLog.action.in_(SUBJECT_KEYS))
            .order_by(AuditLog.id)):
        value = json.loads(after).get(SUBJECT_KEYS[action]) if after else None
        found.setdefault(action, []).append(str(value or ""))
    return found


def ticket_detail(session: Session, ticket: AuditTicket, operator: str, today: dt.date) -> TicketDetail:
    rows = list(session.scalars(select(AuditTicketEvent).where(AuditTicketEvent.ticket_id == ticket.id)
                                .order_by(AuditTicketEvent.id)))
    subjects = _subjects(session, ticket.id)
    for action in list(subjects):  # paired by position only when the counts agree: never a wrong name
        if len(subjects[action]) != sum(e.action == action for e in rows):
            del subjects[action]
    named = {action: iter(values) for action, values in subjects.items()}
    events = tuple(TicketEventRow(e.action, e.from_state, e.to_state, e.reason, e.operator, e.at,
                                  next(named[e.action]) if e.action in named else "")
                   for e in rows)
    return TicketDetail(ticket_rows(session, [ticket.id], today)[0], events, steps(session, ticket, operator))
