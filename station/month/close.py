"""Closing and reopening a month: the state changes, each with its audit row; the caller owns the transaction."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.locks import write_lock
from db.schema import PeriodLock
from station import audit
from station.domain.periods import CLOSED, CLOSING, OPEN, close_problems, label, reopen_problems
from station.domain.problems import Rejected
from station.month.checklist import ACCEPTED, BLOCKING, CheckItem, run_checklist


@dataclass(frozen=True, slots=True)
class MonthRow:
    month: int
    status: str
    closed_at: dt.datetime | None = None
    closed_by: str | None = None
    reopened_at: dt.datetime | None = None
    reopened_by: str | None = None
    reopen_reason: str | None = None

    @property
    def label(self) -> str:
        return label(self.month)


@dataclass(frozen=True, slots=True)
class CloseResult:
    month: int
    closed: bool
    items: tuple[CheckItem, ...]
    backup: str | None = None  # the automatic backup taken before the close

    @property
    def blocking(self) -> list[CheckItem]:
        return [i for i in self.items if i.outcome == BLOCKING]


def _row(r: PeriodLock) -> MonthRow:
    return MonthRow(r.month, r.status, r.closed_at, r.closed_by, r.reopened_at, r.reopened_by, r.reopen_reason)


def list_months(session: Session) -> list[MonthRow]:
    """Every month that is closing or closed, or was reopened, newest first (a refused close leaves nothing)."""
    stmt = (select(PeriodLock).where((PeriodLock.status != OPEN) | PeriodLock.reopened_at.is_not(None))
            .order_by(PeriodLock.month.desc()))
    return [_row(r) for r in session.scalars(stmt)]


def _lock_row(session: Session, month: int) -> PeriodLock:
    write_lock(session)  # the state read below is the one this transaction changes (SQLite)
    row = session.get(PeriodLock, month, with_for_update=True)
    if row is None:
        row = PeriodLock(month=month, status=OPEN)
        session.add(row)
    return row


def begin_close(session: Session, month: int, operator: str) -> None:
    """open → closing: from its commit on, writes dated in the month are refused, so the checklist and the
    backup taken before the close see the facts that will be frozen."""
    row = _lock_row(session, month)
    problems = close_problems(row.status, 0)
    if problems:
        raise Rejected(problems)
    if row.status != CLOSING:
        row.status = CLOSING
        audit.record(session, operator=operator, action="closing", entity="month", entity_id=month,
                     after={"month": label(month), "status": CLOSING})


def finish_close(session: Session, month: int, operator: str, accept: frozenset[str] = frozenset(),
                 ) -> CloseResult:
    """closing → closed when no checklist item blocks; otherwise back to open, with the items to show."""
    row = _lock_row(session, month)
    if row.status == CLOSED:
        raise Rejected(close_problems(row.status, 0))
    items = tuple(run_checklist(session, month, accept))
    stored = [{"key": i.key, "outcome": i.outcome, "detail": i.detail.text()} for i in items]
    blocking = sum(i.outcome == BLOCKING for i in items)
    if blocking:
        row.status = OPEN
        audit.record(session, operator=operator, action="close_refused", entity="month", entity_id=month,
                     after={"month": label(month), "checklist": stored})
        return CloseResult(month, False, items)
    row.status, row.closed_at, row.closed_by = CLOSED, dt.datetime.now(), operator
    row.checklist = json.dumps(stored, ensure_ascii=False)
    row.version = (row.version or 0) + 1
    audit.record(session, operator=operator, action="close", entity="month", entity_id=month,
                 after={"month": label(month), "status": CLOSED, "checklist": stored,
                        "accepted": [i.key for i in items if i.outcome == ACCEPTED]})
    return CloseResult(month, True, items)


def reopen(session: Session, month: int, reason: str, operator: str) -> MonthRow:
    """closed (or a close left half-way: closing) → open, with the reason in the row and the audit log."""
    row = _lock_row(session, month)
    status = CLOSED if row.status == CLOSING else row.status  # a crashed close is reopened the same way
    problems = reopen_problems(status, reason)
    if problems:
        raise Rejected(problems)
    before = row.status
    row.status, row.reopened_at, row.reopened_by = OPEN, dt.datetime.now(), operator
    row.reopen_reason = reason.strip()
    row.version = (row.version or 0) + 1
    audit.record(session, operator=operator, action="reopen", entity="month", entity_id=month,
                 before={"month": label(month), "status": before},
                 after={"month": label(month), "status": OPEN, "reason": row.reopen_reason})
    return _row(row)


def abort_close(session: Session, month: int, operator: str, why: str) -> None:
    """closing → open when the close could not go on (its backup failed, it was cancelled)."""
    row = _lock_row(session, month)
    if row.status == CLOSING:
        row.status = OPEN
        audit.record(session, operator=operator, action="close_aborted", entity="month", entity_id=month,
                     after={"month": label(month), "status": OPEN, "why": why})
