"""The frozen rows the faces hold: a ticket, its history and its next steps, and what a raise asks for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from station.domain.problems import Problem
from station.i18n import Message


@dataclass(frozen=True, slots=True)
class TicketDraft:
    """A ticket to raise for one stored finding (`station audit run` lists their ids)."""

    finding_id: int
    responsible: str = ""  # when given, the ticket is assigned at once
    reply_by: dt.date | None = None  # default: the rule audit.ticket_reply_days from today
    theme: str = ""  # default: the check's title
    order_number: str = ""  # a desk work order it belongs to (optional)


@dataclass(frozen=True, slots=True)
class TicketRow:
    id: int
    number: str
    theme: str  # "" when none was given: show the check's title
    check: str
    check_title: str  # English, marked for translation
    entity: str
    entity_id: int
    object_key: str
    account_no: str
    area_code: str
    problem: Message
    responsible: str | None
    reply_by: dt.date
    reply_by_source: str
    status: str
    rounds: int
    result: str | None
    reply: str
    reason: str
    verdict: str | None
    liable: str
    finding_id: int | None
    finding_closed: bool
    finding_closed_at: dt.datetime | None
    order_number: str | None
    created_by: str
    created_at: dt.datetime
    overdue: bool  # computed at load, never stored
    version: int


@dataclass(frozen=True, slots=True)
class TicketEventRow:
    action: str
    from_state: str | None
    to_state: str | None
    reason: str
    operator: str
    at: dt.datetime
    subject: str = ""  #: what the step named: the person an assign gave the ticket to, the order's number


@dataclass(frozen=True, slots=True)
class TicketStep:
    """A transition the ticket offers: whether the acting user may do it now, and what is missing if not."""

    action: str
    allowed: bool
    missing: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class TicketDetail:
    ticket: TicketRow
    events: tuple[TicketEventRow, ...]
    steps: tuple[TicketStep, ...]


@dataclass(frozen=True, slots=True)
class TicketFilter:
    status: str | None = None  # one state, or "open" for every state before closed
    responsible: str | None = None  # "mine" lists pass the acting user
    overdue: bool = False
    check: str | None = None
