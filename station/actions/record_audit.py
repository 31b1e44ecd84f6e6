"""档案稽查: run the record audit over the ledgers (a read)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from station.actions._common import _job_hooks
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.progress import IsCancelled, Progress
    from station.record_audit import AuditReport


def run_record_audit(ws: Workspace, on: dt.date | None = None, only: Iterable[str] | None = None, *,
                     progress: Progress | None = None, cancelled: IsCancelled | None = None) -> AuditReport:
    """Every check not switched off (or those named in `only`) as of `on` (default today)."""
    from station.record_audit import run_audit

    with ws.sessions() as s:
        return run_audit(s, on or dt.date.today(), only, **_job_hooks(progress, cancelled))
