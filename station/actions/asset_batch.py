"""Batch asset steps (检定, 领出, 报废 of many assets): one transaction per batch, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from station import asset_batch
from station.asset_batch import VerifyBatch
from station.progress import IsCancelled, Progress
from station.users import require
from station.workspace import Workspace


def verify_assets(ws: Workspace, targets: Sequence[int | str], form: VerifyBatch, *,
                  progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[int]:
    """One verification result for every target (ids, or asset numbers); Rejected with every refusal."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        return asset_batch.verify_many(s, targets, form, ws.operator, progress=progress, cancelled=cancelled)


def issue_assets(ws: Workspace, targets: Sequence[int | str], on: dt.date, issued_to: str, *,
                 progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[int]:
    """Issue every target to one fitter or team; Rejected with every refusal, nothing written."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        return asset_batch.issue_many(s, targets, on, issued_to, ws.operator, progress=progress,
                                      cancelled=cancelled)


def scrap_assets(ws: Workspace, targets: Sequence[int | str], on: dt.date, reason: str, *,
                 progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[int]:
    """Scrap every target with one reason (through 待报废 where needed); Rejected with every refusal."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        return asset_batch.scrap_many(s, targets, on, reason, ws.operator, progress=progress, cancelled=cancelled)
