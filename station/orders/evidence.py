"""What the 现场检查（取证）记录 prints beyond the common content (station.orders.notices.gather): each target's
metering points and installed meters, the meters swapped on site with their readings (the asset lifecycle's
events stamped with the order), and the readings and seal numbers recorded with the order's attachments
(their notes: "封前 123456 封后 123789").

Issuing the record stands for the attachment kind `evidence-record` in the evidence rule
(orders.required_evidence): `notice_evidence_kinds` says which kinds an order's issued notices give it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    AssetEvent,
    Attachment,
    Customer,
    MeteringPoint,
    Notice,
    WorkOrder,
    WorkOrderTarget,
)

#: The notice kind → the attachment kind of the evidence rule it satisfies once issued.
NOTICE_EVIDENCE = {"evidence": "evidence-record"}
EVENT_ZH = {"installed": "装表", "removed": "拆表"}


def notice_evidence_kinds(session: Session, order_id: int) -> frozenset[str]:
    """The evidence kinds the order's issued notices stand for (an issued 取证记录: evidence-record)."""
    kinds = session.scalars(select(Notice.kind).where(Notice.order_id == order_id,
                                                      Notice.kind.in_(NOTICE_EVIDENCE))).all()
    return frozenset(NOTICE_EVIDENCE[k] for k in kinds)


def _meters(session: Session, order: WorkOrder) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Customer.account_no, MeteringPoint.name, MeteringPoint.multiplier, Asset.asset_no, Asset.kind,
               Asset.model, Asset.accuracy_class, WorkOrderTarget.asset_id, Asset.id)
        .join(WorkOrderTarget, WorkOrderTarget.customer_id == Customer.id)
        .join(MeteringPoint, MeteringPoint.customer_id == Customer.id)
        .join(Asset, Asset.metering_point_id == MeteringPoint.id)
        .where(WorkOrderTarget.order_id == order.id, Asset.status == "installed")
        .order_by(WorkOrderTarget.id, MeteringPoint.id, Asset.kind, Asset.asset_no)).all()
    # A target naming one asset shows that asset; a target of a customer shows every installed device.
    return [{"account_no": acc, "point": point, "multiplier": str(mult), "asset_no": no, "kind": kind,
             "model": model, "accuracy_class": cls} for acc, point, mult, no, kind, model, cls, only, aid in rows
            if only is None or only == aid]


def _swaps(session: Session, order: WorkOrder) -> list[dict[str, Any]]:
    rows = session.execute(select(AssetEvent.kind, AssetEvent.happened_on, AssetEvent.reading, Asset.asset_no)
                           .join(Asset, Asset.id == AssetEvent.asset_id)
                           .where(AssetEvent.work_order_id == order.id).order_by(AssetEvent.id)).all()
    return [{"event": EVENT_ZH.get(kind, kind), "on": on.isoformat(), "reading": "" if r is None else str(r),
             "asset_no": no} for kind, on, r, no in rows]


def _noted(session: Session, order: WorkOrder, kind: str) -> list[str]:
    return [f"{note}（{name}）" if note else name for name, note in session.execute(
        select(Attachment.file_name, Attachment.note).where(Attachment.order_id == order.id, Attachment.kind == kind)
        .order_by(Attachment.id)).all()]


def evidence_content(session: Session, order: WorkOrder) -> dict[str, Any]:
    """The record's own part of the content: meters, swaps, readings and seals as recorded."""
    return {"meters": _meters(session, order), "swaps": _swaps(session, order),
            "readings": _noted(session, order, "reading"), "seals": _noted(session, order, "seal")}
