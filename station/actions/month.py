"""月结: the months' states, the checklist, close (with the backup before it) and reopen (a supervisor's)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.month.checklist import CheckItem
    from station.month.close import CloseResult, MonthRow
    from station.progress import IsCancelled, Progress


def load_months(ws: Workspace) -> list[MonthRow]:
    """Every month that was ever closing or closed, newest first (every other month is open)."""
    from station.month.close import list_months
    from station.users import require

    with ws.sessions() as s:
        require(s, ws.operator, "month", "view")
        return list_months(s)


def load_checklist(ws: Workspace, month: int | str | dt.date) -> list[CheckItem]:
    """The checklist of `month` as a close would run it now (nothing written)."""
    from station.domain.periods import month_key
    from station.month.checklist import run_checklist
    from station.users import require

    with ws.sessions() as s:
        require(s, ws.operator, "month", "view")
        return run_checklist(s, month_key(month))


def close_month(ws: Workspace, month: int | str | dt.date, *, accept: frozenset[str] = frozenset(),
                backup: bool = True, progress: Progress | None = None,
                cancelled: IsCancelled | None = None) -> CloseResult:
    """open → closing (writes into the month refused from here) → the automatic backup → the checklist →
    closed, or back to open when an item blocks (the result lists every item either way)."""
    from station.actions.backup import backup_database
    from station.domain.periods import month_key
    from station.month.close import CloseResult, abort_close, begin_close, finish_close
    from station.users import require

    key = month_key(month)
    with ws.sessions.begin() as s:
        require(s, ws.operator, "month", "close")
        begin_close(s, key, ws.operator)
    taken = None
    try:
        if backup:
            taken = backup_database(ws, reason="before-close", progress=progress, cancelled=cancelled).path
    except BaseException as exc:
        with ws.sessions.begin() as s:
            abort_close(s, key, ws.operator, type(exc).__name__)
        raise
    with ws.sessions.begin() as s:
        result = finish_close(s, key, ws.operator, accept)
    return CloseResult(result.month, result.closed, result.items, str(taken) if taken else None)


def reopen_month(ws: Workspace, month: int | str | dt.date, reason: str) -> MonthRow:
    """closed → open, a supervisor's, with the reason (kept in the row and the audit log)."""
    from station.domain.periods import month_key
    from station.month.close import reopen
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "month", "reopen")
        return reopen(s, month_key(month), reason, ws.operator)
