"""Monthly consumption per customer and energy supplied per 台区 (the collection system's figures)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Float, ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class MonthlyConsumption(Base):
    """kWh of one customer in one month. `month` is YYYYMM as an integer (202403), compact for 7 M rows.

    kWh is a float: it is analysed in bulk with numpy; billed energy (Decimal) lives with back-billing.
    """

    __tablename__ = "monthly_consumption"
    __table_args__ = (
        UniqueConstraint("customer_id", "month"),
        Index("ix_monthly_consumption_month", "month"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    month: Mapped[int]
    kwh: Mapped[float] = mapped_column(Float)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class AreaSupply(Base):
    """kWh that entered a 台区 through its gateway meter in one month."""

    __tablename__ = "area_supply"
    __table_args__ = (UniqueConstraint("area_id", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("transformer_area.id"))
    month: Mapped[int]
    supplied_kwh: Mapped[float] = mapped_column(Float)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))


class ConsumptionColumn(Base):
    """A derived, columnar copy of one month of monthly_consumption: the customer ids (int64) and their kWh
    (float64) as two byte strings, in customer-id order (station.consumption.matrix_cache).

    Never a fact of its own: it is rebuilt from monthly_consumption whenever ConsumptionMatrixState's version
    differs from the readings' state, so a stale copy is never used.
    """

    __tablename__ = "consumption_column"
    month: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    customer_ids: Mapped[bytes] = mapped_column(LargeBinary)
    kwh: Mapped[bytes] = mapped_column(LargeBinary)


class ConsumptionMatrixState(Base):
    """The readings' state the columns were built from (one row): "max reading id:max import batch id"."""

    __tablename__ = "consumption_matrix_state"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    version: Mapped[str] = mapped_column(String(64))
    built_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ConsumptionGeneration(Base):
    """One counter every readings writer raises in its own transaction (one row, id 1).

    Reading ids come from a sequence when a transaction runs, not when it commits, so on PostgreSQL an import
    that started first may commit last with lower ids: the counter, raised under its row lock, moves with
    every commit whatever the ids (station.consumption.matrix_cache).
    """

    __tablename__ = "consumption_generation"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    generation: Mapped[int] = mapped_column(default=0)
