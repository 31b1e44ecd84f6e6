"""Consumption analysis (issue 3): the drop scan, line loss and curves, each in one short read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.actions._common import _job_hooks
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.consumption.curve import CurveData
    from station.consumption.loss import AreaLossSeries, LossRow
    from station.consumption.service import ScanRun, SuspectRow
    from station.progress import IsCancelled, Progress


def last_reading_month(ws: Workspace) -> str | None:
    """"YYYY-MM" of the last month with readings (the analysis pages' default month), None without any."""
    from station.consumption.load import last_reading_month as last
    from station.consumption.load import month_label

    with ws.sessions() as s:
        m = last(s)
    return month_label(m) if m is not None else None


def load_scan(ws: Workspace, month: str | int, *, area_code: str | None = None, top: int | None = None,
              progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> tuple[ScanRun, list[SuspectRow]]:
    """The station's sudden-drop scan of `month` and its ranked suspects (optionally one 台区, the first
    `top`). The ScanRun is handed back so curves and drill-downs of that month show the list's verdicts."""
    from station.consumption.service import scan_suspects

    with ws.sessions() as s:
        return scan_suspects(s, month, area_code, top, **_job_hooks(progress, cancelled))


def load_line_loss(ws: Workspace, month: str | int, *, require_data: bool = False) -> list[LossRow]:
    """Every 台区's line loss in `month`, highest rate first; with `require_data` Rejected for a month
    with neither readings nor 台区 supply (the CLI's check)."""
    from station.consumption.load import parse_month
    from station.consumption.loss import line_loss_table
    from station.consumption.loss import require_data as check

    with ws.sessions() as s:
        if require_data:
            check(s, parse_month(month))
        return list(line_loss_table(s, month))


def load_curve(ws: Workspace, customer_id: int, month: str | int | None = None,
               run: ScanRun | None = None) -> CurveData | None:
    """A customer's monthly curve; with the month's `run` its score, reason and start are the list's."""
    from station.consumption.curve import customer_curve

    with ws.sessions() as s:
        return customer_curve(s, customer_id, month, run)


def load_area_series(ws: Workspace, area_id: int) -> AreaLossSeries:
    """A 台区's supplied, sold and loss rate over every month with data."""
    from station.consumption.loss import area_loss_series

    with ws.sessions() as s:
        return area_loss_series(s, area_id)


def load_area_customers(ws: Workspace, area_id: int, month: str | int, run: ScanRun | None = None, *,
                        progress: Progress | None = None,
                        cancelled: IsCancelled | None = None) -> tuple[ScanRun, list[SuspectRow]]:
    """A 台区's customers (as of `month`) by drop score; scans the month unless `run` is that month's."""
    from station.consumption.load import parse_month
    from station.consumption.service import area_customers_by_score, scan_month

    with ws.sessions() as s:
        if run is None or run.month != parse_month(month):
            run = scan_month(s, month, **_job_hooks(progress, cancelled))
        return run, list(area_customers_by_score(s, area_id, month, run))

