"""Helpers shared by the action modules (not actions themselves)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from station.assets import AssetDraft
    from station.jobs import IsCancelled, Progress


def _job_hooks(progress: Progress | None, cancelled: IsCancelled | None) -> dict[str, Any]:
    return {k: v for k, v in (("progress", progress), ("cancelled", cancelled)) if v is not None}


def _fields(draft: AssetDraft) -> dict[str, Any]:
    return {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}


def _must(row: Any) -> Any:
    if row is None:  # pragma: no cover - the row was written in this very transaction
        raise LookupError("row vanished inside its own transaction")
    return row

