"""Demo audit tickets (issue 11): the demo's record audit run once and its findings stored, and a few 稽查工作传票
for them in every state (one returned once, one overdue), made through the ticket services like a person's clicks.

Runs inside the demo's transaction after the orders; deterministic for a seed (the audit of the same ledgers).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from station.audit_tickets import states
from station.audit_tickets.findings import idents, record_run
from station.audit_tickets.rows import TicketDraft
from station.audit_tickets.service import raise_ticket, transition
from station.audit_tickets.states import TicketInput
from station.demo import names as N
from station.record_audit import AuditReport, run_audit

#: The state each demo ticket is brought to, and how many days before `as_of` it was raised (the default reply
#: deadline is 10 working days: the one raised 30 days back and still checking is overdue).
PLAN: tuple[tuple[str, int], ...] = (
    (states.RECEIVED, 0), (states.ASSIGNED, 1), (states.CHECKING, 30), (states.CHECKING, 3),
    (states.REPLIED, 6), (states.VERIFIED, 12), (states.CLOSED, 20),
)  # fmt: skip


def _people() -> tuple[str, list[str]]:
    staff = [n for n, role in N.USERS if role in ("clerk", "metering")]
    return N.SUPERVISOR, staff


def _steps(state: str) -> list[str]:
    path = ["assign", "start", "reply", "verify", "close"]
    upto = {states.RECEIVED: 0, states.ASSIGNED: 1, states.CHECKING: 2, states.REPLIED: 3, states.VERIFIED: 4,
            states.CLOSED: 5}[state]
    return path[:upto]


def generate_tickets(session: Session, *, as_of: dt.date, operator: str) -> dict[str, int]:
    """The audit as of `as_of` recorded, and one ticket per PLAN line, each for a finding of another check."""
    report = run_audit(session, as_of)
    recorded = record_run(session, report, operator)
    picks = _spread(report, recorded.finding_ids)
    supervisor, staff = _people()
    made = 0
    for n, ((state, days_back), finding_id) in enumerate(zip(PLAN, picks, strict=False)):
        who = staff[n % len(staff)]
        ticket = raise_ticket(session, TicketDraft(finding_id), supervisor, as_of - dt.timedelta(days=days_back))
        for action in _steps(state):
            _do(session, ticket, action, who, supervisor, returned=state == states.REPLIED)
        made += 1
    return {"audit_findings": recorded.opened, "audit_tickets": made}


def _spread(report: AuditReport, ids: dict[str, int]) -> list[int]:
    """Findings taken a check at a time (the first of each, then the second …): tickets of several checks."""
    per_check = [[ids[i] for i in idents(r.hits) if i in ids] for r in report.results]
    return [c[k] for k in range(max(map(len, per_check), default=0)) for c in per_check if k < len(c)]


def _do(session: Session, ticket, action: str, who: str, supervisor: str, *, returned: bool) -> None:  # type: ignore[no-untyped-def]
    if action == "assign":
        transition(session, ticket, "assign", TicketInput(responsible=who), supervisor)
    elif action == "start":
        transition(session, ticket, "start", TicketInput(), who)
    elif action == "reply":
        transition(session, ticket, "reply", TicketInput(result="no-error", reply="已核对档案，与现场一致"), who)
        if returned:  # a weak reply, sent back once and answered again
            transition(session, ticket, "return", TicketInput(reason="未附现场照片，请补充"), supervisor)
            transition(session, ticket, "reply", TicketInput(result="corrected", reply="已补现场照片并更正档案"), who)
    elif action == "verify":
        transition(session, ticket, "verify", TicketInput(verdict="confirmed", liable=who, note="建档差错"),
                   supervisor)
    else:
        transition(session, ticket, action, TicketInput(), supervisor)
