"""Due lists (轮换检定计划): reads of the list, completions and sampling results as writes.

station.due loads numpy and the rule tables: imported on first use, not at start-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from station.users import require
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.due import Completion, ExceptionItem, SamplingRow
    from station.due.duelist import DueList


def load_due_items(ws: Workspace, month: dt.date | str, *, kinds: Iterable[str] | None = None,
                   statuses: Iterable[str] | None = None, area_id: int | None = None,
                   device_class: str | None = None) -> DueList:
    """The due list of `month` ("YYYY-MM"), urgent and overdue first (station.due.due_items): a DueList, whose
    items are built as they are read (no query then: everything it needs was read here)."""
    from station.due import due_items

    with ws.sessions() as s:
        return due_items(s, month, kinds=kinds, statuses=statuses, area_id=area_id, device_class=device_class)


def load_due_exceptions(ws: Workspace, area_id: int | None = None) -> list[ExceptionItem]:
    from station.due import exceptions

    with ws.sessions() as s:
        return exceptions(s, area_id=area_id)


def load_due_workload(ws: Workspace, year: int, area_id: int | None = None) -> dict[int, dict[str, int]]:
    from station.due import workload_by_month

    with ws.sessions() as s:
        return workload_by_month(s, year, area_id)


def record_completion(ws: Workspace, kind: str, target_id: int, on: dt.date, *, result: str | None = None,
                      error_pct: Decimal | str | None = None, note: str = "") -> Completion:
    """An on-site test, PT drop test, CT/PT check or inspection visit done: an event with the operator."""
    from station.due import record_completion as record

    with ws.sessions.begin() as s:
        require(s, ws.operator, "due", "complete")
        return record(s, kind, target_id, on, ws.operator, result=result, error_pct=error_pct, note=note)


def record_sampling(ws: Workspace, model: str, maker: str, year: int, on: dt.date, result: str,
                    note: str = "") -> SamplingRow:
    """A batch's sampling result: a pass extends the batch's life, a fail makes the whole batch due."""
    from station.due import record_sampling as record

    with ws.sessions.begin() as s:
        require(s, ws.operator, "due", "complete")
        return record(s, model, maker, year, on, result, ws.operator, note=note)

