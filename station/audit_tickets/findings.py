"""The record audit's findings kept between runs: each run opens what is new and closes what it no longer finds.

A finding the run no longer produces was corrected in the ledger: it closes with "data corrected", the run
and the time, and a ticket raised for it says so in its history. Only the checks that ran are compared (a run
of one `--rule` closes nothing of another check). A run that opens and closes nothing writes nothing, so
re-running unchanged data is idempotent. A run as of a day before the last recorded run is a look back:
it records nothing (its findings are of another day, not corrections).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import AuditFinding, AuditRun, AuditTicket, AuditTicketEvent
from station import audit
from station.audit_tickets import messages
from station.record_audit import AuditReport, Hit

OPEN, CLOSED = "open", "closed"
CORRECTED = "corrected"


def idents(hits: Sequence[Hit]) -> list[str]:
    """The identity of each hit across runs: its check, record and kind of problem (not the problem's figures,
    which move from day to day); a second hit of the same kind on the same record is numbered."""
    seen: dict[str, int] = {}
    out = []
    for h in hits:
        kind = hashlib.sha1(h.problem.template.encode()).hexdigest()[:12]
        base = f"{h.check}|{h.entity}|{h.entity_id}|{kind}"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}#{seen[base]}")
    return out


@dataclass(frozen=True, slots=True)
class Recorded:
    """What a run did to the stored findings; `finding_ids` maps each hit's ident to its open finding."""

    run_id: int | None  # None when nothing opened or closed (or a look back)
    opened: int = 0
    closed: int = 0
    look_back: bool = False
    finding_ids: dict[str, int] = field(default_factory=dict)


def _look_back(session: Session, on: dt.date) -> bool:
    last = session.scalar(select(func.max(AuditRun.as_of)))
    return last is not None and on < last


def record_run(session: Session, report: AuditReport, operator: str) -> Recorded:
    """Open the new findings of `report`, close those its checks no longer find; nothing when nothing changed."""
    ran = [r.check for r in report.results]
    current = {i: h for r in report.results for i, h in zip(idents(r.hits), r.hits, strict=True)}
    stored = {f.ident: f for f in session.scalars(select(AuditFinding).where(
        AuditFinding.status == OPEN, AuditFinding.check_code.in_(ran)))} if ran else {}
    if _look_back(session, report.on):
        return Recorded(None, look_back=True, finding_ids={i: f.id for i, f in stored.items() if i in current})
    for ident, f in stored.items():  # the figures of a finding still there follow the ledger
        if ident in current and f.problem != (text := messages.dump(current[ident].problem)):
            f.problem = text
    new = [i for i in current if i not in stored]
    gone = [f for i, f in stored.items() if i not in current]
    if not new and not gone:
        return Recorded(None, finding_ids={i: f.id for i, f in stored.items()})
    now = dt.datetime.now()
    run = AuditRun(as_of=report.on, at=now, operator=operator, checks=",".join(ran), opened=len(new),
                   closed=len(gone))
    session.add(run)
    session.flush()
    rows = {i: _finding(current[i], i, run.id, now) for i in new}
    session.add_all(rows.values())
    _close(session, gone, run, now, operator)
    session.flush()
    audit.record(session, operator=operator, action="audit-run", entity="audit_run", entity_id=run.id,
                 after={"as_of": report.on, "checks": ran, "opened": len(new), "closed": len(gone)})
    ids = {i: f.id for i, f in stored.items() if i in current} | {i: f.id for i, f in rows.items()}
    return Recorded(run.id, len(new), len(gone), finding_ids=ids)


def _finding(h: Hit, ident: str, run_id: int, now: dt.datetime) -> AuditFinding:
    return AuditFinding(ident=ident, check_code=h.check, entity=h.entity, entity_id=h.entity_id, key=h.key[:64],
                        account_no=h.account_no or "", name=(h.name or "")[:200], area_code=h.area_code or "",
                        problem=messages.dump(h.problem), status=OPEN, run_id=run_id, opened_at=now,
                        close_reason="")


def _close(session: Session, gone: list[AuditFinding], run: AuditRun, now: dt.datetime, operator: str) -> None:
    if not gone:
        return
    for f in gone:
        f.status, f.closed_run_id, f.closed_at, f.close_reason = CLOSED, run.id, now, CORRECTED
    audit.record_many(session, [{"action": "corrected", "entity": "audit_finding", "entity_id": f.id,
                                 "before": {"status": OPEN}, "after": {"status": CLOSED, "run": run.id}}
                                for f in gone], operator=operator)
    # A ticket raised for a finding now closed says so in its history (its state is the people's to move).
    tickets = session.execute(select(AuditTicket.id, AuditTicket.status).where(
        AuditTicket.finding_id.in_([f.id for f in gone]))).all()
    for ticket_id, status in tickets:
        session.add(AuditTicketEvent(ticket_id=ticket_id, action="finding-closed", from_state=status,
                                     to_state=status, reason=f"数据已更正（稽查运行 {run.id}）", operator=operator,
                                     at=now))
