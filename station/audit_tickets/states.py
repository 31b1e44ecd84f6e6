"""The audit ticket's (稽查工作传票) state machine as a pure table, and per transition what is still missing.

No session: the service loads a `TicketFacts` and asks here; the page shows the same answers beside its
buttons. received → assigned → checking → replied → verified → closed; a weak reply is returned
(replied → checking, one more round); a ticket whose finding closed by itself (the record was corrected) may be
closed from any open state with the result "corrected".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

RECEIVED, ASSIGNED, CHECKING, REPLIED, VERIFIED, CLOSED = (
    "received", "assigned", "checking", "replied", "verified", "closed")  # fmt: skip
STATES: tuple[str, ...] = (RECEIVED, ASSIGNED, CHECKING, REPLIED, VERIFIED, CLOSED)
STATE_NAMES: dict[str, str] = {
    RECEIVED: QT_TRANSLATE_NOOP("station", "Received, not assigned"),
    ASSIGNED: QT_TRANSLATE_NOOP("station", "Assigned"),
    CHECKING: QT_TRANSLATE_NOOP("station", "Checking"),
    REPLIED: QT_TRANSLATE_NOOP("station", "Replied"),
    VERIFIED: QT_TRANSLATE_NOOP("station", "Verified"),
    CLOSED: QT_TRANSLATE_NOOP("station", "Closed"),
}
#: Not yet answered: the states in which the reply deadline runs (overdue is computed from these).
AWAITING_REPLY = frozenset({RECEIVED, ASSIGNED, CHECKING})
OPEN = frozenset({RECEIVED, ASSIGNED, CHECKING, REPLIED, VERIFIED})

#: (transition, from) → to.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("assign", RECEIVED): ASSIGNED,
    ("assign", ASSIGNED): ASSIGNED,  # handed to someone else before the check starts
    ("start", ASSIGNED): CHECKING,
    ("reply", CHECKING): REPLIED,
    ("return", REPLIED): CHECKING,  # a weak reply: back with a reason, one more round
    ("verify", REPLIED): VERIFIED,
    ("close", VERIFIED): CLOSED,
    # The record was corrected and its finding closed by itself: nothing left to answer.
    **{("close", s): CLOSED for s in (RECEIVED, ASSIGNED, CHECKING, REPLIED)},
}
#: The transitions a person asks for, in the order the page shows them.
ACTIONS: tuple[str, ...] = ("assign", "start", "reply", "return", "verify", "close")
#: The role-matrix action of each (station.domain.roles, area "audit-tickets"); reply and start are the
#: responsible person's, who must also be the one named on the ticket (responsible_problems).
MATRIX_ACTION: dict[str, str] = {"assign": "assign", "start": "answer", "reply": "answer", "return": "return",
                                 "verify": "verify", "close": "close"}  # fmt: skip

#: The coded result of a reply (a small code table: the page's choice, the CLI's --result).
RESULTS: dict[str, str] = {
    "corrected": QT_TRANSLATE_NOOP("station", "Record corrected"),
    "no-error": QT_TRANSLATE_NOOP("station", "Checked: the record is right"),
    "explained": QT_TRANSLATE_NOOP("station", "Explained: a known special case"),
    "field-check": QT_TRANSLATE_NOOP("station", "Needs a check on site (work order raised)"),
    "other": QT_TRANSLATE_NOOP("station", "Other (see the reply)"),
}
CORRECTED = "corrected"
#: 查实 / 未查实: whether the supervisor found the error real.
VERDICTS: dict[str, str] = {
    "confirmed": QT_TRANSLATE_NOOP("station", "Confirmed (查实)"),
    "unconfirmed": QT_TRANSLATE_NOOP("station", "Not confirmed (未查实)"),
}
CONFIRMED = "confirmed"

STEP_NAMES: dict[str, str] = {
    "assign": QT_TRANSLATE_NOOP("station", "assign"),
    "start": QT_TRANSLATE_NOOP("station", "start the check"),
    "reply": QT_TRANSLATE_NOOP("station", "reply"),
    "return": QT_TRANSLATE_NOOP("station", "return the reply"),
    "verify": QT_TRANSLATE_NOOP("station", "verify"),
    "close": QT_TRANSLATE_NOOP("station", "close"),
}

#: What a ticket's history says happened: past events, not the commands of STEP_NAMES that made them (the
#: buttons, the CLI's next steps and "Not possible while …: assign" keep those). "create", "order" and
#: "finding-closed" are no transitions: raised, its work order raised, its finding closed by an audit run.
EVENT_NAMES: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("station", "Raised"),
    "assign": QT_TRANSLATE_NOOP("station", "Assigned"),
    "reassign": QT_TRANSLATE_NOOP("station", "Reassigned"),
    "start": QT_TRANSLATE_NOOP("station", "Check started"),
    "reply": QT_TRANSLATE_NOOP("station", "Replied"),
    "return": QT_TRANSLATE_NOOP("station", "Reply returned"),
    "verify": QT_TRANSLATE_NOOP("station", "Reply verified"),
    "close": QT_TRANSLATE_NOOP("station", "Closed"),
    "order": QT_TRANSLATE_NOOP("station", "Work order raised"),
    "finding-closed": QT_TRANSLATE_NOOP("station", "Finding closed"),
}
#: The same events with what they named: the person a ticket was (re)assigned to, the work order's number.
NAMED_EVENTS: dict[str, str] = {
    "assign": QT_TRANSLATE_NOOP("station", "Assigned to {subject}"),
    "reassign": QT_TRANSLATE_NOOP("station", "Reassigned to {subject}"),
    "order": QT_TRANSLATE_NOOP("station", "Work order {subject} raised"),
}

# --- problem codes (ui/ decides on them) ---------------------------------------------------------------
NOT_NOW = "not_now"
NOT_RESPONSIBLE = "not_responsible"
REQUIRED = "required"
UNKNOWN_USER = "unknown_user"
FINDING_OPEN = "finding_open"
SELF_VERIFY = "self_verify"
STALE = "stale"


@dataclass(frozen=True, slots=True)
class TicketFacts:
    """What the decisions read about one ticket."""

    number: str
    status: str
    responsible: str | None
    finding_closed: bool  # its finding was closed by a run (the record corrected)


@dataclass(frozen=True, slots=True)
class TicketInput:
    """What a person gives with a transition (each field used by the transitions that need it)."""

    responsible: str = ""  # assign
    responsible_known: bool = True  # assign: an active registered user of a role that may answer
    result: str = ""  # reply
    reply: str = ""  # reply
    reason: str = ""  # return
    verdict: str = ""  # verify
    liable: str = ""  # verify, when confirmed
    note: str = ""  # verify, close


def _p(field: str, text: str, value: object, code: str, /, **params: object) -> Problem:
    return Problem(field, msg(text, **params), value, code)


def next_state(status: str, action: str) -> str | None:
    return TRANSITIONS.get((action, status))


def state_problem(status: str, action: str) -> Problem:
    return _p("status", QT_TRANSLATE_NOOP("station", "Not possible while {state}: {action}"), status, NOT_NOW,
              state=msg(STATE_NAMES.get(status, status)), action=msg(STEP_NAMES.get(action, action)))


def _required(field: str, value: str) -> list[Problem]:
    if value.strip():
        return []
    return [_p(field, QT_TRANSLATE_NOOP("station", "Required: {what}"), value, REQUIRED,
               what=msg(FIELD_NAMES.get(field, field)))]


FIELD_NAMES: dict[str, str] = {
    "responsible": QT_TRANSLATE_NOOP("station", "the responsible person"),
    "result": QT_TRANSLATE_NOOP("station", "the result"),
    "reply": QT_TRANSLATE_NOOP("station", "the reply"),
    "reason": QT_TRANSLATE_NOOP("station", "the reason"),
    "verdict": QT_TRANSLATE_NOOP("station", "查实 or 未查实"),
    "liable": QT_TRANSLATE_NOOP("station", "who is responsible"),
}


def _choice(field: str, value: str, allowed: dict[str, str]) -> list[Problem]:
    if not value.strip():
        return _required(field, value)
    if value in allowed:
        return []
    return [_p(field, QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"), value, REQUIRED,
               value=value, allowed=", ".join(allowed))]


def responsible_problems(facts: TicketFacts, operator: str) -> list[Problem]:
    """Only the person the ticket names starts its check and replies."""
    if facts.responsible and operator == facts.responsible:
        return []
    return [_p("responsible", QT_TRANSLATE_NOOP("station", "Only {name}, who is responsible for {number}, may do "
                                                           "this"), operator, NOT_RESPONSIBLE,
               name=facts.responsible or "—", number=facts.number)]


def _assign(facts: TicketFacts, given: TicketInput, operator: str) -> list[Problem]:
    problems = _required("responsible", given.responsible)
    if not problems and not given.responsible_known:
        problems.append(_p("responsible", QT_TRANSLATE_NOOP(
            "station", "{name} is not an active registered user who may answer audit tickets"),
            given.responsible, UNKNOWN_USER, name=given.responsible))
    return problems


def _reply(facts: TicketFacts, given: TicketInput, operator: str) -> list[Problem]:
    return (responsible_problems(facts, operator) + _choice("result", given.result, RESULTS)
            + _required("reply", given.reply))


def _verify(facts: TicketFacts, given: TicketInput, operator: str) -> list[Problem]:
    problems = _choice("verdict", given.verdict, VERDICTS)
    if given.verdict == CONFIRMED:
        problems += _required("liable", given.liable)
    if facts.responsible and operator == facts.responsible:
        problems.append(_p("verifier", QT_TRANSLATE_NOOP(
            "station", "{name} replied to this ticket and may not verify the reply"), operator, SELF_VERIFY,
            name=operator))
    return problems


def _close(facts: TicketFacts, given: TicketInput, operator: str) -> list[Problem]:
    if facts.status == VERIFIED or facts.finding_closed:
        return []
    return [_p("finding", QT_TRANSLATE_NOOP(
        "station", "Its finding is still open: verify the reply first, or correct the record and run the audit"),
        facts.number, FINDING_OPEN)]


_MISSING = {
    "assign": _assign,
    "start": lambda f, g, o: responsible_problems(f, o),
    "reply": _reply,
    "return": lambda f, g, o: _required("reason", g.reason),
    "verify": _verify,
    "close": _close,
}


def ticket_problems(facts: TicketFacts, action: str, given: TicketInput | None = None,
                    operator: str = "") -> list[Problem]:
    """What is still missing before `action` may be done to the ticket (empty: it may)."""
    if next_state(facts.status, action) is None:
        return [state_problem(facts.status, action)]
    return list(_MISSING[action](facts, given or TicketInput(), operator))


def offered(status: str) -> list[str]:
    """The transitions a ticket in `status` offers (the page's buttons), in ACTIONS order."""
    return [a for a in ACTIONS if next_state(status, a) is not None]


def event_name(action: str, from_state: str | None, subject: str = "") -> Message:
    """The history's name of one recorded step (`subject`: whom an assign named, the order a ticket raised)."""
    if action == "assign" and from_state == ASSIGNED:  # handed to someone else before the check started
        action = "reassign"
    if subject and action in NAMED_EVENTS:
        return msg(NAMED_EVENTS[action], subject=subject)
    return msg(EVENT_NAMES[action]) if action in EVENT_NAMES else msg("{action}", action=action)


def is_overdue(status: str, reply_by: dt.date, today: dt.date) -> bool:
    """Computed, never stored: not yet replied and past its reply deadline."""
    return status in AWAITING_REPLY and today > reply_by
