"""月结: which months are closed (the period lock) and the corrections booked against a closed month."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class PeriodLock(Base):
    """One month's state, YYYYMM as in monthly_consumption: no row (or status 'open') is an open month.

    'closing' is held only inside the close transaction's checklist run (a crash leaves no 'closing' row: the
    transaction rolls back); 'closed' freezes the month's facts. The last close and reopen are kept here, every
    one of them in the audit log.
    """

    __tablename__ = "period_lock"
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(16))  # open | closing | closed
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))
    #: The checklist as it was when the month was closed (JSON list of {key, outcome, detail}).
    checklist: Mapped[str | None] = mapped_column(Text)
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    reopened_by: Mapped[str | None] = mapped_column(String(64))
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class MonthlyAmendment(Base):
    """A corrected reading or 台区 supply of a closed month, booked in an open month; the original stays.

    `original_id` is the monthly_consumption / area_supply row the correction is of (None when the closed month
    had no value: a late reading); `delta_kwh` = corrected − original, what the booking month settles.
    """

    __tablename__ = "monthly_amendment"
    __table_args__ = (
        Index("ix_monthly_amendment_owner", "kind", "owner_id", "month"),
        Index("ix_monthly_amendment_booked", "booked_month"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # readings | supply
    owner_id: Mapped[int] = mapped_column(Integer)  # customer.id | transformer_area.id
    month: Mapped[int] = mapped_column(Integer)  # the closed month corrected (YYYYMM)
    original_id: Mapped[int | None] = mapped_column(Integer)
    original_kwh: Mapped[float | None] = mapped_column(Float)
    corrected_kwh: Mapped[float] = mapped_column(Float)
    delta_kwh: Mapped[float] = mapped_column(Float)
    booked_month: Mapped[int] = mapped_column(Integer)  # the open month the correction is dated in
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64))
