"""The month-close checklist: a registry of small checks, each saying passed, noted or blocking.

A check is `fn(session, month) -> CheckResult` registered with `@check("key", title)`. The close runs every
registered check in order; any `blocking` result stops the close (nothing is written but the attempt's audit
row), `noted` ones are shown and stored with the closed month. Other areas add theirs after merging, one
function each (work orders: "no order still on site dated in the month", "every visit with its signature
status and notices"; cases: "every case approved or carried forward"; issue 11: "audit tickets answered"):

    @check("orders_on_site", QT_TRANSLATE_NOOP("station", "No work order still on site"))
    def _orders_on_site(session: Session, month: int) -> CheckResult: ...

Which outcome an item gives is decided in its function, with the reason in its comment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.schema import AreaSupply, Customer, MonthlyConsumption, TransformerArea
from station.domain.periods import CLOSED, label
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

PASSED, NOTED, BLOCKING = "passed", "noted", "blocking"
#: A blocking item the supervisor closed over by naming it; stored with the month like a note.
ACCEPTED = "accepted"


@dataclass(frozen=True, slots=True)
class CheckResult:
    outcome: str  # passed | noted | blocking
    detail: Message


@dataclass(frozen=True, slots=True)
class CheckItem:
    """One line of the checklist as the user sees it."""

    key: str
    title: Message
    outcome: str
    detail: Message


CheckFn = Callable[[Session, int], CheckResult]

@dataclass(frozen=True, slots=True)
class Check:
    title: str
    fn: CheckFn
    #: Whether a supervisor may close over this item's `blocking` by naming it (`month close --accept KEY`).
    overridable: bool


#: key → the check, in the order the checklist shows them.
CHECKS: dict[str, Check] = {}


def check(key: str, title: str, *, overridable: bool = True) -> Callable[[CheckFn], CheckFn]:
    """Register `fn` as the checklist item `key` (a later registration of the same key replaces it)."""
    def register(fn: CheckFn) -> CheckFn:
        CHECKS[key] = Check(title, fn, overridable)
        return fn
    return register


def run_checklist(session: Session, month: int, accept: frozenset[str] = frozenset()) -> list[CheckItem]:
    """Every item's outcome; a blocking item named in `accept` that may be overridden becomes `accepted`."""
    items = []
    for key, c in CHECKS.items():
        r = c.fn(session, month)
        outcome = ACCEPTED if r.outcome == BLOCKING and key in accept and c.overridable else r.outcome
        items.append(CheckItem(key, msg(c.title), outcome, r.detail))
    return items


def _month_bounds(month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(month // 100, month % 100, 1)
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt


@check("month_ended", QT_TRANSLATE_NOOP("station", "The month has ended"), overridable=False)
def _month_ended(session: Session, month: int) -> CheckResult:
    # Blocking, and no override: a month that is still running (or in the future) gets facts every day; freezing it would refuse
    # tomorrow's readings and completions.
    _first, nxt = _month_bounds(month)
    if dt.date.today() < nxt:
        return CheckResult(BLOCKING, msg(QT_TRANSLATE_NOOP("station", "{month} has not ended yet"),
                                         month=label(month)))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "{month} has ended"), month=label(month)))


def _active_customers(session: Session, month: int) -> int:
    first, nxt = _month_bounds(month)
    return session.scalar(select(func.count()).select_from(Customer).where(
        or_(Customer.opened_on.is_(None), Customer.opened_on < nxt),
        or_(Customer.closed_on.is_(None), Customer.closed_on >= first))) or 0


@check("readings", QT_TRANSLATE_NOOP("station", "Monthly readings imported"))
def _readings(session: Session, month: int) -> CheckResult:
    # Blocking only when the month has no reading at all (the file was never imported: closing would freeze an
    # empty month); a supervisor may still close over it by naming it (a station whose readings are billed
    # elsewhere). A few customers without a value are noted: the collection system always misses some meters,
    # and their late readings come in as amendments booked in an open month.
    read = session.scalar(select(func.count()).select_from(MonthlyConsumption)
                          .where(MonthlyConsumption.month == month)) or 0
    active = _active_customers(session, month)
    if active and not read:
        return CheckResult(BLOCKING, msg(QT_TRANSLATE_NOOP(
            "station", "No readings of {month} imported ({count} customers active)"), month=label(month), count=active))
    if read < active:
        return CheckResult(NOTED, msg(QT_TRANSLATE_NOOP(
            "station", "{read} of {count} active customers have a reading"), read=read, count=active))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "{read} readings"), read=read))


@check("supply", QT_TRANSLATE_NOOP("station", "台区 supply imported"))
def _supply(session: Session, month: int) -> CheckResult:
    # Same rule as the readings: none at all blocks (line loss of the month could never be computed), a few
    # gateway meters missing are noted (a gateway out of contact is common; the value is amended later).
    areas = session.scalar(select(func.count()).select_from(TransformerArea)) or 0
    have = session.scalar(select(func.count()).select_from(AreaSupply).where(AreaSupply.month == month)) or 0
    if areas and not have:
        return CheckResult(BLOCKING, msg(QT_TRANSLATE_NOOP(
            "station", "No 台区 supply of {month} imported ({count} 台区)"), month=label(month), count=areas))
    if have < areas:
        return CheckResult(NOTED, msg(QT_TRANSLATE_NOOP(
            "station", "{read} of {count} 台区 have a supply value"), read=have, count=areas))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "{read} 台区 supply values"), read=have))


@check("previous_closed", QT_TRANSLATE_NOOP("station", "The month before is closed"))
def _previous_closed(session: Session, month: int) -> CheckResult:
    # Noted, not blocking: a station that starts closing months with this program has years of open history,
    # and closing out of order loses nothing (each month is locked on its own).
    from station.month.lock import month_status

    prev = month - 1 if month % 100 > 1 else month - 89  # 202401 → 202312
    has_data = session.scalar(select(func.count()).select_from(MonthlyConsumption)
                              .where(MonthlyConsumption.month == prev)) or 0
    if has_data and month_status(session, prev) != CLOSED:
        return CheckResult(NOTED, msg(QT_TRANSLATE_NOOP("station", "{month} is still open"), month=label(prev)))
    return CheckResult(PASSED, msg(QT_TRANSLATE_NOOP("station", "nothing open before {month}"), month=label(month)))


# The work items register themselves on import (they read the order and billing-centre tables).
from station.month import work_checks  # noqa: E402,F401
