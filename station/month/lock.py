"""The period lock: the one question "is this month still open?" that every write of a month's facts asks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import PeriodLock
from station.domain.periods import CLOSED, CLOSING, OPEN, closed_problem, month_key
from station.domain.problems import Rejected

#: A month being closed refuses writes too: the checklist and the backup before the close must see what is frozen.
FROZEN = (CLOSING, CLOSED)


def month_status(session: Session, month: int | str | dt.date) -> str:
    """open | closing | closed of one month (a month with no row is open)."""
    row = session.get(PeriodLock, month_key(month))
    return row.status if row is not None else OPEN


def closed_months(session: Session, months: Iterable[int] | None = None) -> list[int]:
    """The frozen months (closed, or being closed), YYYYMM ascending, all or among `months`."""
    stmt = select(PeriodLock.month).where(PeriodLock.status.in_(FROZEN)).order_by(PeriodLock.month)
    wanted = None if months is None else sorted(set(months))
    if wanted is not None:
        if not wanted:
            return []
        stmt = stmt.where(PeriodLock.month.in_(wanted))
    return list(session.scalars(stmt))


def require_open(session: Session, month_or_date: int | str | dt.date, what: str) -> None:
    """Refuse (Rejected, code month_closed) `what` dated in a closed month; otherwise do nothing.

    `what` is a key of station.domain.periods.WHAT (readings, supply, completion, visit, case) naming the fact
    in the refusal. Work-order visits and cases call it with their date, as the imports and completions do.
    """
    month = month_key(month_or_date)
    if month_status(session, month) in FROZEN:
        raise Rejected([closed_problem(month, what)])


def require_open_months(session: Session, months: Iterable[int], what: str) -> None:
    """Refuse the whole write when any of `months` is closed, with one reason per closed month."""
    closed = closed_months(session, months)
    if closed:
        raise Rejected([closed_problem(m, what) for m in closed])
