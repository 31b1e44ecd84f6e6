"""Helpers shared by the action modules (not actions themselves)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from station.progress import IsCancelled, Progress


def _job_hooks(progress: Progress | None, cancelled: IsCancelled | None) -> dict[str, Any]:
    return {k: v for k, v in (("progress", progress), ("cancelled", cancelled)) if v is not None}


def _must(row: Any) -> Any:
    if row is None:  # pragma: no cover - the row was written in this very transaction
        raise LookupError("row vanished inside its own transaction")
    return row

