"""工单 (issue 10): work orders, their targets and inspectors, findings, back-billing cases, attachments, notices.

Every transition of an order, a finding or a case is a row of `work_order_event` (who, when, from, to, reason)
as well as an audit row. Overdue is never stored: it is computed from `finding.rectify_by` and the status.
Cases are never edited after approval: a correction is a new version (`supersedes_id`) and the old one
cancelled. Attachments are content-addressed (`attachment_blob.sha256`); notices keep the issued PDF's bytes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class WorkOrder(Base):
    """One 工单: what is to be checked, by whom, why, and where it stands."""

    __tablename__ = "work_order"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_work_order_status_due_on", "status", "due_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)  # GD2026-0001: year + sequence
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # periodic | special | theft | onsite-test …
    source: Mapped[str] = mapped_column(String(16), index=True)  # due | suspect | lineloss | billing-centre …
    scan_month: Mapped[str | None] = mapped_column(String(7))  # the 电量突降 scan it came from, "YYYY-MM"
    area_id: Mapped[int | None] = mapped_column(ForeignKey("transformer_area.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # of the last return or the cancellation
    approver: Mapped[str | None] = mapped_column(String(64), index=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class WorkOrderInspector(Base):
    """One inspector of an order, with the 用电检查证 number and grade they held when named."""

    __tablename__ = "work_order_inspector"
    __table_args__ = (UniqueConstraint("order_id", "user_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    user_name: Mapped[str] = mapped_column(String(64), index=True)  # "mine" lists filter on it


class WorkOrderTarget(Base):
    """A customer (and optionally one of its metering points or assets) the order checks, and its result."""

    __tablename__ = "work_order_target"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id"), index=True)
    drop_start: Mapped[str | None] = mapped_column(String(7))  # a suspect's drop-start month, "YYYY-MM"
    scan_score: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    result: Mapped[str | None] = mapped_column(String(8))  # ok | problem | not-met (未遇)
    signature: Mapped[str | None] = mapped_column(String(8))  # signed | refused | absent
    witness: Mapped[str | None] = mapped_column(String(64))  # who saw the customer refuse to sign


class WorkOrderEvent(Base):
    """The history: one transition of the order, one of its findings or one of its cases."""

    __tablename__ = "work_order_event"
    __table_args__ = (
        Index("ix_work_order_event_order_at", "order_id", "at"),
        Index("ix_work_order_event_entity", "entity", "entity_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"))
    entity: Mapped[str] = mapped_column(String(12))  # order | finding | case | notice | attachment
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class Finding(Base):
    """问题: what was found, the rule it breaks, what to do and by when; re-checked until rectified."""

    __tablename__ = "finding"
    __table_args__ = (Index("ix_finding_status_rectify_by", "status", "rectify_by"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    category: Mapped[str] = mapped_column(String(16), index=True)  # code of the finding_category table
    location: Mapped[str] = mapped_column(String(64), default="")  # 配电室 … (hazards)
    description: Mapped[str] = mapped_column(Text)
    rule_cited: Mapped[str] = mapped_column(String(200), default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    rectify_by: Mapped[dt.date | None] = mapped_column(Date)
    deadline_source: Mapped[str] = mapped_column(String(200), default="")  # how rectify_by was set
    status: Mapped[str] = mapped_column(String(16))
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Raised by every edit: a second writer holding an older version is told (concurrent edits, 0021).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    #: The order a supervisor raised for an escalated finding (a 隐患复查 or a theft order …).
    follow_up_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), index=True)


class FindingEvent(Base):
    """A deadline extension (with reason and approver) or a re-check (passed or failed) of a finding."""

    __tablename__ = "finding_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # extend | recheck-pass | recheck-fail | escalate | follow-up
    old_deadline: Mapped[dt.date | None] = mapped_column(Date)
    new_deadline: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    approver: Mapped[str | None] = mapped_column(String(64))
    operator: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)


class BillingCase(Base):
    """违约用电/窃电处理: one version of a back-billing calculation, with its inputs, working, rule and edition."""

    __tablename__ = "billing_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # AJ2026-0001, a new version -2, -3 …
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("billing_case.id"))
    calc_kind: Mapped[str] = mapped_column(String(24))  # station.billing.Kind value
    inputs: Mapped[str] = mapped_column(Text)  # JSON: the calculator's arguments as given
    working: Mapped[str] = mapped_column(Text)  # JSON: the working lines, {"zh_CN": [...], "en": [...]}
    rule: Mapped[str] = mapped_column(String(200))
    edition: Mapped[str] = mapped_column(String(8))
    kwh: Mapped[Decimal] = mapped_column(Numeric(14, 0))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    penalty: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    total: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")  # of a cancellation, refusal or transfer
    transferred_to: Mapped[str | None] = mapped_column(String(16))  # authority | police | court
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    served_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AttachmentBlob(Base):
    """A file's content by its sha256; the bytes in `data` (PostgreSQL) or under the data folder (SQLite)."""

    __tablename__ = "attachment_blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes | None] = mapped_column(LargeBinary)  # None: in the file store next to the database
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Attachment(Base):
    """One file attached to an order (or one of its findings): a photo, a scan, a seal record …"""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # photo | evidence-record | seal | reading | event-log …
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment_blob.sha256"), index=True)
    size: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Notice(Base):
    """An issued document: its number, the PDF as issued (reprints are these bytes) and their hashes."""

    __tablename__ = "notice"
    __table_args__ = (UniqueConstraint("kind", "year", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # JG2026-0001 …
    kind: Mapped[str] = mapped_column(String(12))  # work-sheet | result | theft | rectify | case-sheet
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    order_id: Mapped[int] = mapped_column(ForeignKey("work_order.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("billing_case.id"), index=True)
    content: Mapped[str] = mapped_column(Text)  # JSON: everything the document prints (canonical form)
    content_sha256: Mapped[str] = mapped_column(String(64))  # of `content`; the QR code holds it
    pdf_sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    pages: Mapped[int] = mapped_column(Integer)
    issued_by: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime)


__all__ = [
    "Attachment",
    "AttachmentBlob",
    "BillingCase",
    "Finding",
    "FindingEvent",
    "Notice",
    "WorkOrder",
    "WorkOrderEvent",
    "WorkOrderInspector",
    "WorkOrderTarget",
]
