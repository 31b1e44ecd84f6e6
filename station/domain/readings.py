"""Register readings (表底数) at a removal: the reason codes of a removal, and readings that cannot go backwards.

"The last known reading" of a meter is the reading of its latest asset event that carries one (by date, then
id): the opening reading of its current installation, or a later reading recorded on it. Nothing else in the
ledger holds register values: monthly consumption is kWh per customer (already × the multiplier and possibly
estimated by the collection system), not a register reading, so it cannot bound one. A closing reading below
the last known one is refused unless the clerk says why: the register rolled over (it passed 99999.99 and
restarted at 0), or the meter is faulty (its register cannot be trusted: the removal goes on record and the
back-billing works from the fault clause).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

#: Why a meter comes off its point (the issue's rotation, fault, capacity change, theft evidence; a closed
#: account, a customer's request). Stored on the asset event as the Chinese term (what the ledger shows).
REMOVAL_REASONS: dict[str, str] = {
    "rotation": QT_TRANSLATE_NOOP("station", "Rotation (service period ended)"),
    "fault": QT_TRANSLATE_NOOP("station", "Fault"),
    "capacity_change": QT_TRANSLATE_NOOP("station", "Capacity change"),
    "theft_evidence": QT_TRANSLATE_NOOP("station", "Theft evidence (sealed for the case)"),
    "account_closed": QT_TRANSLATE_NOOP("station", "Account closed"),
    "customer_request": QT_TRANSLATE_NOOP("station", "At the customer's request"),
}

#: Why a closing reading may be below the last known one.
BELOW_LAST_REASONS: dict[str, str] = {
    "rollover": QT_TRANSLATE_NOOP("station", "the register rolled over"),
    "fault": QT_TRANSLATE_NOOP("station", "the meter is faulty"),
}

#: Problem codes the dialogs decide on.
READING_BACKWARDS = "reading_backwards"
UNKNOWN_REASON = "unknown_reason"


@dataclass(frozen=True, slots=True)
class KnownReading:
    """The last register reading on record for a meter: its value, day and the event that recorded it."""

    value: Decimal
    on: dt.date
    event_kind: str


def closing_reading_problems(reading: Decimal | None, last: KnownReading | None, below_last: str | None,
                             *, field: str = "reading") -> list[Problem]:
    """May `reading` close a meter whose last known reading is `last`? `below_last` is the clerk's why.

    Refused (code reading_backwards) when it is below the last known reading and no reason of
    BELOW_LAST_REASONS is given; an unknown reason is refused as such. A reading equal to the last one is
    accepted (a vacant home's meter does not move).
    """
    if below_last is not None and below_last not in BELOW_LAST_REASONS:
        return [Problem("below_last", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                          value=below_last, allowed=", ".join(BELOW_LAST_REASONS)),
                        below_last, UNKNOWN_REASON)]
    if reading is None or last is None or reading >= last.value or below_last is not None:
        return []
    return [Problem(field, msg(QT_TRANSLATE_NOOP(
        "station", "The closing reading {reading} is below the meter's last known reading {last} ({day}); "
                   "a register does not run backwards: correct it, or state that the register rolled over "
                   "or the meter is faulty"), reading=reading, last=last.value, day=last.on),
        reading, READING_BACKWARDS)]


def removal_reason_problems(code: str | None, *, field: str = "reason") -> list[Problem]:
    """The removal reason is required and one of REMOVAL_REASONS (no default: the clerk says why)."""
    if not (code or "").strip():
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "Give the reason for the removal")), code,
                        "required")]
    if code not in REMOVAL_REASONS:
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                   value=code, allowed=", ".join(REMOVAL_REASONS)), code, UNKNOWN_REASON)]
    return []


# --- A reading questioned against the energy billed since installation ------------------------------------

#: The billed kWh since installation must reach this before a reading is questioned (a few months of a home:
#: below it the months at both ends, billed in part, weigh too much).
QUESTION_MIN_KWH = 300.0
#: The register's advance × the multiplier should come near the kWh billed since installation (both ends are
#: part months, and a collection system estimates a missed month): only a factor of 2 either way is questioned.
QUESTION_FACTOR = 2.0


@dataclass(frozen=True, slots=True)
class InstallContext:
    """What a closing reading is weighed against: the opening reading, the multiplier, the kWh billed since."""

    installed_on: dt.date
    opening: Decimal
    multiplier: Decimal
    billed_kwh: float | None  # the customer's monthly kWh from the installation month on; None: no months


def reading_question(reading: Decimal | None, ctx: InstallContext | None) -> Message | None:
    """A question (never a refusal) when the register's advance is implausible against the energy billed since
    installation: more than QUESTION_FACTOR away from billed kWh / multiplier."""
    if reading is None or ctx is None or ctx.billed_kwh is None or ctx.billed_kwh < QUESTION_MIN_KWH:
        return None
    if ctx.multiplier <= 0 or reading < ctx.opening:
        return None  # backwards: closing_reading_problems says so
    expected = ctx.billed_kwh / float(ctx.multiplier)
    advance = float(reading - ctx.opening)
    if expected / QUESTION_FACTOR <= advance <= expected * QUESTION_FACTOR:
        return None
    return msg(QT_TRANSLATE_NOOP(
        "station", "Please check: since {day} the customer was billed {kwh} kWh, so at ×{multiplier} the register "
                   "should have advanced by about {expected}; this reading is {advance} above the opening {opening}"),
        day=ctx.installed_on, kwh=round(ctx.billed_kwh), multiplier=ctx.multiplier, expected=round(expected, 1),
        advance=round(advance, 2), opening=ctx.opening)
