"""稽查工作传票 (issue 11): one function per user action on audit tickets.

Each write is one transaction that asks the role matrix first (area audit-tickets: create, assign, answer,
return, verify, close) and returns a frozen row made inside it; a refusal is Rejected with every reason
(Problem.code from station.audit_tickets.states: not_now, not_responsible, required, unknown_user,
finding_open, self_verify, stale, or not_allowed from the matrix). Tickets are named by their number.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.audit_tickets.rows import TicketDetail, TicketDraft, TicketFilter, TicketRow
    from station.audit_tickets.states import TicketInput


def _row(s, ticket_id: int) -> TicketRow:  # type: ignore[no-untyped-def]
    from station.audit_tickets.queries import ticket_rows

    return ticket_rows(s, [ticket_id], dt.date.today())[0]


def load_tickets(ws: Workspace, f: TicketFilter | None = None, *, today: dt.date | None = None) -> list[TicketRow]:
    """The tickets `f` selects (all when None), the nearest reply deadline first; overdue against `today`."""
    from station.audit_tickets.queries import ticket_ids, ticket_rows
    from station.audit_tickets.rows import TicketFilter

    day = today or dt.date.today()
    with ws.sessions() as s:
        return ticket_rows(s, ticket_ids(s, f or TicketFilter(), day), day)


def load_ticket(ws: Workspace, number: str) -> TicketDetail:
    """One ticket with its history and its next steps as the acting user would meet them."""
    from station.audit_tickets.queries import ticket_detail
    from station.audit_tickets.service import get_ticket

    with ws.sessions() as s:
        return ticket_detail(s, get_ticket(s, number), ws.operator, dt.date.today())


def load_ticket_defaults(ws: Workspace) -> tuple[dt.date, str, list[str]]:
    """For the raise dialog: the default reply deadline, the rule it comes from, and who may answer."""
    from sqlalchemy import select

    from db.schema import User
    from station.audit_tickets.service import may_answer, reply_deadline

    with ws.sessions() as s:
        day, source = reply_deadline(s, dt.date.today())
        names = [n for n in s.scalars(select(User.name).where(User.active.is_(True)).order_by(User.name))
                 if may_answer(s, n)]
        return day, source, names


def raise_tickets(ws: Workspace, drafts: list[TicketDraft]) -> list[TicketRow]:
    """One ticket per draft (each for a stored open finding), all or none."""
    from station.audit_tickets.service import raise_ticket
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "audit-tickets", "create")
        ids = [raise_ticket(s, d, ws.operator, dt.date.today()).id for d in drafts]
        s.flush()
        return [_row(s, i) for i in ids]


def move_ticket(ws: Workspace, number: str, action: str, given: TicketInput | None = None, *,
                version: int | None = None) -> TicketRow:
    """Move the ticket by `action` (assign, start, reply, return, verify, close) with what it needs in `given`;
    `version` is the one the user saw (a change by someone else in between is refused, code stale)."""
    from station.audit_tickets import states
    from station.audit_tickets.service import get_ticket, transition
    from station.domain.problems import Problem, Rejected
    from station.i18n import QT_TRANSLATE_NOOP, msg
    from station.users import require

    if action not in states.MATRIX_ACTION:
        raise Rejected([Problem("action", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                              value=action, allowed=", ".join(states.ACTIONS)), action)])
    with ws.sessions.begin() as s:
        require(s, ws.operator, "audit-tickets", states.MATRIX_ACTION[action])
        ticket = get_ticket(s, number, lock=True)
        transition(s, ticket, action, given or states.TicketInput(), ws.operator, version)
        s.flush()
        return _row(s, ticket.id)


def raise_ticket_order(ws: Workspace, number: str, kind: str = "record-audit", *,
                       version: int | None = None) -> TicketRow:
    """A work order for the ticket (a desk re-check `record-audit`, or `special` on site), linked to it; the
    acting user is its inspector. Refused (stale, not_now, has_order, no_target) with nothing written."""
    from station.audit_tickets.service import get_ticket, raise_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "create")
        ticket = get_ticket(s, number, lock=True)
        raise_order(s, ticket, kind, ws.operator, version)
        s.flush()
        return _row(s, ticket.id)
