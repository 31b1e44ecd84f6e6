"""Issue 11's records: the billing centre's anomaly lists (each line checked and answered, 回执) and the sealed
prints of the ledgers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class BillingAnomaly(Base):
    """One line of an anomaly list: what the billing centre saw, and the station's answer.

    `line_key` (户号 | 异常类型 | 期间) makes a re-imported list change nothing: the same line is found again.
    The centre's fields may be corrected by a later list while the line is open; the answer is the station's.
    """

    __tablename__ = "billing_anomaly"
    id: Mapped[int] = mapped_column(primary_key=True)
    line_key: Mapped[str] = mapped_column(String(200), unique=True)
    account_no: Mapped[str] = mapped_column(String(20), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    anomaly_type: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    period: Mapped[int] = mapped_column(Integer, index=True)  # YYYYMM the centre's list is about
    kwh: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    import_batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open | checking | closed
    result: Mapped[str | None] = mapped_column(String(16))  # station.anomalies.RESULTS
    result_note: Mapped[str] = mapped_column(Text, default="")
    back_billed_kwh: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    back_billed_amount: Mapped[Decimal | None] = mapped_column(Numeric(16, 2))
    checked_by: Mapped[str | None] = mapped_column(String(64))
    checked_on: Mapped[dt.date | None] = mapped_column(Date)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    work_order_id: Mapped[int | None] = mapped_column(Integer)  # the desk order it became, when one was raised
    version: Mapped[int] = mapped_column(Integer, default=1)




class PrintedDocument(Base):
    """A sealed print of a ledger: its number, what was asked for, and each row's hash (station.reports.sealed)."""

    __tablename__ = "printed_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    doc_no: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # a kind of station.reports.sealed (customers, orders …)
    params: Mapped[str] = mapped_column(Text)  # JSON: area_code, month
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    row_hashes: Mapped[str] = mapped_column(Text)  # JSON: key → sha256 of the printed row
    rows: Mapped[int] = mapped_column(Integer)


__all__ = ["BillingAnomaly", "PrintedDocument"]
