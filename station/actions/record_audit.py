"""档案稽查: run the record audit over the ledgers and keep its findings (a new one opens, a corrected one closes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from station.actions._common import _job_hooks
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.progress import IsCancelled, Progress
    from station.record_audit import AuditReport


def run_record_audit(ws: Workspace, on: dt.date | None = None, only: Iterable[str] | None = None, *,
                     progress: Progress | None = None, cancelled: IsCancelled | None = None) -> AuditReport:
    """Every check not switched off (or those named in `only`) as of `on` (default today); the findings are
    stored (report.recorded) when the acting user may run the audit, and only then (else it is a read)."""
    from sqlalchemy import select

    from db.schema import User
    from station.audit_tickets.findings import record_run
    from station.domain.roles import may
    from station.record_audit import run_audit
    from station.users import require, role_of

    with ws.sessions.begin() as s:
        report = run_audit(s, on or dt.date.today(), only, **_job_hooks(progress, cancelled))
        role = role_of(s, ws.operator)
        if role is None and s.scalar(select(User.id).limit(1)) or role is not None and not may(
                role or None, "audit-tickets", "run"):
            return report  # a service account's or a stranger's run: looked at, not recorded
        require(s, ws.operator, "audit-tickets", "run")
        return replace(report, recorded=record_run(s, report, ws.operator))


def raise_audit_order(ws: Workspace, check: str, problems: list[tuple[str, str]]) -> str:
    """A desk work order (档案稽查, source audit) for findings of one check: (户号, problem text) each, the acting
    user its inspector; returns the order number. The finding itself goes away once the record is corrected."""
    from station.orders.rows import OrderDraft, TargetDraft
    from station.orders.service import create_order
    from station.users import require

    accounts = tuple(dict.fromkeys(a for a, _ in problems if a))
    note = f"档案稽查 {check}：" + "；".join(f"{a} {text}" for a, text in problems)
    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "create")
        order = create_order(s, OrderDraft(kind="record-audit", targets=tuple(TargetDraft(a) for a in accounts),
                                           source="audit", inspectors=(ws.operator,), note=note[:2000]), ws.operator)
        return order.number
