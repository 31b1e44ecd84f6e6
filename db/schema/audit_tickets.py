"""稽查 (issue 11): the record audit's stored findings and runs, and the audit tickets (稽查工作传票) raised for them.

A finding is open while the runs keep producing it; a later run that no longer does closes it ("data
corrected", with that run). A run that changes nothing writes nothing, so re-running is idempotent. Overdue is
never stored: it is computed from `audit_ticket.reply_by` and the status.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class AuditRun(Base):
    """A run of the record audit that opened or closed at least one finding."""

    __tablename__ = "audit_run"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date, index=True)  # the day it ran as of
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    operator: Mapped[str] = mapped_column(String(64))
    checks: Mapped[str] = mapped_column(Text)  # the checks that ran, comma-separated
    opened: Mapped[int] = mapped_column(Integer, default=0)
    closed: Mapped[int] = mapped_column(Integer, default=0)


class AuditFinding(Base):
    """One record a check found wrong, from the run that first found it to the run that no longer did."""

    __tablename__ = "audit_finding"
    __table_args__ = (Index("ix_audit_finding_check_status", "check_code", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ident: Mapped[str] = mapped_column(String(200), index=True)  # check|entity|id|template(#n): the same finding
    check_code: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(16))  # customer | asset | area | metering_point
    entity_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(64), index=True)
    account_no: Mapped[str] = mapped_column(String(20), default="", index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    area_code: Mapped[str] = mapped_column(String(32), default="")
    problem: Mapped[str] = mapped_column(Text)  # station.audit_tickets.messages: the Message as JSON
    status: Mapped[str] = mapped_column(String(8), index=True)  # open | closed
    run_id: Mapped[int] = mapped_column(ForeignKey("audit_run.id"), index=True)  # the run that found it
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_run_id: Mapped[int | None] = mapped_column(ForeignKey("audit_run.id"), index=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    close_reason: Mapped[str] = mapped_column(String(16), default="")  # corrected


class AuditTicket(Base):
    """One 稽查工作传票: what is wrong with which record, who answers it by when, the answer and its verification."""

    __tablename__ = "audit_ticket"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_audit_ticket_status_reply_by", "status", "reply_by"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)  # JC2026-0001
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    theme: Mapped[str] = mapped_column(String(200))
    check_code: Mapped[str] = mapped_column(String(32), index=True)
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int] = mapped_column(Integer)
    object_key: Mapped[str] = mapped_column(String(64), index=True)  # 户号, asset no. or 台区 code
    account_no: Mapped[str] = mapped_column(String(20), default="")
    area_code: Mapped[str] = mapped_column(String(32), default="")
    problem: Mapped[str] = mapped_column(Text)  # the Message as JSON
    responsible: Mapped[str | None] = mapped_column(String(64), index=True)  # a registered user
    reply_by: Mapped[dt.date] = mapped_column(Date, index=True)
    reply_by_source: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), index=True)
    rounds: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    result: Mapped[str | None] = mapped_column(String(16))  # station.audit_tickets.states.RESULTS
    reply: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # of the last return
    verdict: Mapped[str | None] = mapped_column(String(12))  # confirmed 查实 | unconfirmed 未查实
    liable: Mapped[str] = mapped_column(String(64), default="")  # who is responsible for the error (查实)
    verify_note: Mapped[str] = mapped_column(Text, default="")
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("audit_finding.id"), index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("audit_run.id"), index=True)
    work_order_id: Mapped[int | None] = mapped_column(ForeignKey("work_order.id"), index=True)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    replied_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    verified_by: Mapped[str | None] = mapped_column(String(64))
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class AuditTicketEvent(Base):
    """One transition of a ticket: who, when, from, to, why (the audit log has it too)."""

    __tablename__ = "audit_ticket_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("audit_ticket.id"), index=True)
    action: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str | None] = mapped_column(String(12))
    to_state: Mapped[str | None] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    operator: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)


__all__ = ["AuditFinding", "AuditRun", "AuditTicket", "AuditTicketEvent"]
