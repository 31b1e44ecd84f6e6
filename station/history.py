"""A customer's history (the detail pane's timeline): audit rows, the creating import, and device events."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, AuditLog, Customer, ImportBatch
from station.domain.rows import HistoryRow
from station.i18n import QT_TRANSLATE_NOOP, msg


def customer_history(
    session: Session, customer_id: int, point_ids: list[int], asset_ids: list[int]
) -> list[HistoryRow]:
    """A customer's timeline, newest first: the audit rows of it and its metering points (or the import
    that created it), and the events of the devices on its points."""
    audits = session.scalars(select(AuditLog).where(or_(
        and_(AuditLog.entity == "customer", AuditLog.entity_id == customer_id),
        and_(AuditLog.entity == "metering_point", AuditLog.entity_id.in_(point_ids)),
    )))
    rows = [
        HistoryRow(a.at, a.operator, "audit", a.entity, a.entity_id, a.action,
                   _audit_summary(a.action, a.after), _loads(a.before), _loads(a.after))
        for a in audits
    ]
    if not any(h.entity == "customer" and h.action == "create" for h in rows):
        rows += _imported(session, customer_id)
    events = session.execute(
        select(AssetEvent, Asset.asset_no, Asset.kind).join(Asset, Asset.id == AssetEvent.asset_id)
        .where(or_(AssetEvent.metering_point_id.in_(point_ids), AssetEvent.asset_id.in_(asset_ids)))
    )
    for e, asset_no, kind in events:
        # The day it happened orders the timeline; the entry time only breaks ties on that day.
        at = e.created_at if e.created_at.date() == e.happened_on else dt.datetime.combine(e.happened_on, dt.time())
        summary = f"{e.happened_on} {e.kind} {kind} {asset_no}" + (f" reading {e.reading}" if e.reading is not None
                                                                  else "")
        rows.append(HistoryRow(at, e.operator, "asset_event", "asset", e.asset_id, e.kind,
                               summary + (f": {e.reason}" if e.reason else ""),
                               {"status": e.status_before}, {"status": e.status_after},
                               happened_on=e.happened_on, asset_no=asset_no, asset_kind=kind, reading=e.reading,
                               reason=e.reason or None))
    rows.sort(key=lambda h: h.at, reverse=True)
    return rows


def _imported(session: Session, customer_id: int) -> list[HistoryRow]:
    """A customer created by an import has no audit row of its own (station.imports.customers audits the
    batch): its import_batch_id names the file, the operator and the time."""
    batch = session.execute(
        select(ImportBatch.id, ImportBatch.file_name, ImportBatch.imported_at, ImportBatch.operator)
        .join(Customer, Customer.import_batch_id == ImportBatch.id).where(Customer.id == customer_id)
    ).first()
    if batch is None:
        return []
    summary = str(msg(QT_TRANSLATE_NOOP("station", "imported in batch {batch} ({file})"),
                      batch=batch.id, file=batch.file_name))
    return [HistoryRow(batch.imported_at, batch.operator, "audit", "customer", customer_id, "import", summary,
                       None, {"import_batch_id": batch.id, "file": batch.file_name})]


def _loads(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)


def _audit_summary(action: str, after: str | None) -> str:
    fields = sorted((_loads(after) or {}).keys())
    return f"{action}: {', '.join(fields)}" if fields else action
