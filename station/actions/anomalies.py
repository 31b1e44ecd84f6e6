"""The billing centre's anomaly lists: list the lines, answer one, write the 回执 (import: actions.imports)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from station.actions._common import _job_hooks
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.anomalies import AnomalyRow
    from station.progress import IsCancelled, Progress


def load_anomalies(ws: Workspace, *, batch_id: int | None = None, period: int | None = None,
                   status: str | None = None) -> list[AnomalyRow]:
    from station.anomalies import list_anomalies

    with ws.sessions() as s:
        return list_anomalies(s, batch_id=batch_id, period=period, status=status)


def load_anomaly_batches(ws: Workspace) -> list[tuple[int, str, dt.datetime]]:
    from station.anomalies import batches

    with ws.sessions() as s:
        return batches(s)


def answer_anomaly(ws: Workspace, anomaly_id: int, result: str, note: str = "", *, on: dt.date | None = None,
                   kwh: Decimal | None = None, amount: Decimal | None = None, version: int | None = None) -> None:
    """Record the check's result of one line (it closes); Rejected with every reason otherwise."""
    from station.anomalies import answer
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "audit-tickets", "answer")
        answer(s, anomaly_id, result, note, ws.operator, on=on or dt.date.today(), kwh=kwh, amount=amount,
               version=version)


def raise_anomaly_order(ws: Workspace, anomaly_id: int) -> str:
    """A desk work order (电费核查) for one line, the acting user its inspector; returns the order number."""
    from station.anomalies import raise_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "create")
        return raise_order(s, anomaly_id, ws.operator)


def write_receipt(ws: Workspace, path: str | Path, *, batch_id: int | None = None, period: int | None = None,
                  progress: Progress | None = None, cancelled: IsCancelled | None = None) -> Path:
    """The 回执 of one list or one month as .xlsx/.csv, or as a sealed .pdf (numbered, checkable later)."""
    from station.anomalies import list_anomalies
    from station.reports.queries import station_name
    from station.reports.receipts import receipt_scope
    from station.reports.receipts import write_receipt as write
    from station.users import require

    if Path(path).suffix.lower() == ".pdf":
        from station.actions.reports import print_sealed

        print_sealed(ws, "receipts", {"batch_id": batch_id, "period": period}, path, progress=progress,
                     cancelled=cancelled)
        return Path(path)
    with ws.sessions() as s:
        require(s, ws.operator, "reports", "export")
        rows = list_anomalies(s, batch_id=batch_id, period=period)
        return write(rows, path, station=station_name(s), scope=receipt_scope(batch_id, period),
                     **_job_hooks(progress, cancelled))
