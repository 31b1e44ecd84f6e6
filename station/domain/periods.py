"""月结 decisions: which state a month is in, and what a closed month refuses (pure; no session)."""

from __future__ import annotations

import datetime as dt
import re

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

OPEN, CLOSING, CLOSED = "open", "closing", "closed"
STATUSES: tuple[str, ...] = (OPEN, CLOSING, CLOSED)

#: Problem.code of a write refused because its month is closed (the CLI exits 3; the GUI shows the reason).
MONTH_CLOSED = "month_closed"
#: Problem.code of a close or reopen that does not fit the month's state.
MONTH_STATE = "month_state"

#: What a closed month refuses, for the refusal's text: `require_open(s, month, WHAT)`.
WHAT: dict[str, str] = {
    "readings": QT_TRANSLATE_NOOP("station", "monthly readings"),
    "supply": QT_TRANSLATE_NOOP("station", "台区 supply"),
    "completion": QT_TRANSLATE_NOOP("station", "a completion"),
    "visit": QT_TRANSLATE_NOOP("station", "an inspection visit"),
    "case": QT_TRANSLATE_NOOP("station", "a back-billing case"),
}

_MONTH = re.compile(r"^(\d{4})-?(\d{2})$")


def month_key(value: int | str | dt.date) -> int:
    """A month as YYYYMM from 202403, "2024-03", "202403" or any date in it; ValueError otherwise."""
    if isinstance(value, dt.date):
        return value.year * 100 + value.month
    if isinstance(value, int):
        yyyymm = value
    else:
        m = _MONTH.match(value.strip())
        if not m:
            raise ValueError(f"not a month (YYYY-MM): {value}")
        yyyymm = int(m.group(1)) * 100 + int(m.group(2))
    if not (1900 <= yyyymm // 100 <= 2200 and 1 <= yyyymm % 100 <= 12):
        raise ValueError(f"not a month (YYYY-MM): {value}")
    return yyyymm


def label(yyyymm: int) -> str:
    return f"{yyyymm // 100:04d}-{yyyymm % 100:02d}"


def _what(what: str) -> Message:
    return msg(WHAT[what]) if what in WHAT else msg("{what}", what=what)


def closed_problem(yyyymm: int, what: str) -> Problem:
    """The refusal of a write into the closed month `yyyymm`: it names the month and the way out."""
    return Problem("month", msg(QT_TRANSLATE_NOOP(
        "station", "{month} is closed: {what} dated in it cannot be written. Book a correction in an open "
                   "month (an amendment), or ask a supervisor to reopen {month}"),
        month=label(yyyymm), what=_what(what)), label(yyyymm), MONTH_CLOSED)


def close_problems(status: str, blocking: int) -> list[Problem]:
    """May a month in `status` be closed, with `blocking` checklist items that stop it?"""
    if status == CLOSED:
        return [Problem("month", msg(QT_TRANSLATE_NOOP("station", "The month is already closed")), status,
                        MONTH_STATE)]
    if blocking:
        return [Problem("checklist", msg(QT_TRANSLATE_NOOP(
            "station", "{count} checklist items block the close; resolve them and close again"),
            count=blocking), blocking, "checklist_blocking")]
    return []


def reopen_problems(status: str, reason: str) -> list[Problem]:
    """May a month in `status` be reopened with `reason`? Only a closed month, and never without a reason."""
    problems: list[Problem] = []
    if status != CLOSED:
        problems.append(Problem("month", msg(QT_TRANSLATE_NOOP("station", "Only a closed month can be reopened")),
                                status, MONTH_STATE))
    if not (reason or "").strip():
        problems.append(Problem("reason", msg(QT_TRANSLATE_NOOP(
            "station", "A reason for reopening the month is required")), reason, "required"))
    return problems
