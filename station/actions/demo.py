"""The demo station: generated in one transaction; nothing is written when it is rejected or cancelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from station.progress import Progress, never_cancelled, no_progress
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.demo import DemoResult


def create_demo(
    ws: Workspace,
    *,
    customers: int,
    seed: int = 1,
    as_of: dt.date | None = None,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
    months: int = 0,
    truth: str | None = None,
) -> DemoResult:
    """The user action: one transaction; nothing is written when it is rejected or cancelled."""
    from station.demo import generate_demo
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "demo", "create")
        return generate_demo(s, customers=customers, seed=seed, as_of=as_of, operator=ws.operator,
                             progress=progress, cancelled=cancelled, months=months, truth=truth)
