"""Rule settings, tariffs, batch sampling results and inspection visits: what the due lists and calculators read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class RuleSetting(Base):
    """One rule value a supervisor changed (periods, thresholds, multiples); defaults live in station.rule_settings."""

    __tablename__ = "rule_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    unit: Mapped[str] = mapped_column(String(16), default="")
    source: Mapped[str] = mapped_column(String(200), default="")  # the rule it follows, e.g. "DL/T 448-2016"
    edition: Mapped[str] = mapped_column(String(16), default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    #: Raised by every edit: a second writer holding an older version is told (concurrent edits, 0021).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class Tariff(Base):
    """电价: a price per tariff category and voltage level, valid from a date (to the next one)."""

    __tablename__ = "tariff"
    __table_args__ = (
        Index("ix_tariff_category_voltage_from", "tariff_category", "voltage_level", "effective_from"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    tariff_category: Mapped[str] = mapped_column(String(16))
    voltage_level: Mapped[str] = mapped_column(String(8))
    price: Mapped[Decimal] = mapped_column(Numeric(10, 4))  # yuan/kWh
    basic_price_kva: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))  # two-part: yuan per kVA·month
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date)  # exclusive; None = still in force
    source: Mapped[str] = mapped_column(String(200), default="")
    #: Raised by every edit: a second writer holding an older version is told (concurrent edits, 0021).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class BatchSampling(Base):
    """抽检: a sampling result for a batch of meters (model + maker + verification year)."""

    __tablename__ = "batch_sampling"
    __table_args__ = (Index("ix_batch_sampling_batch", "model", "maker", "verification_year", "sampled_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    model: Mapped[str] = mapped_column(String(40))
    maker: Mapped[str] = mapped_column(String(80))
    verification_year: Mapped[int] = mapped_column(Integer)
    sampled_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(8))  # pass | fail
    operator: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(200), default="")


class InspectionVisit(Base):
    """周期检查: one completed periodic inspection visit to a customer."""

    __tablename__ = "inspection_visit"
    __table_args__ = (Index("ix_inspection_visit_customer_visited", "customer_id", "visited_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    operator: Mapped[str] = mapped_column(String(64))
    result: Mapped[str] = mapped_column(String(16), default="")  # pass | fail | findings
    note: Mapped[str] = mapped_column(String(200), default="")
    work_order_id: Mapped[int | None] = mapped_column(Integer)  # work orders arrive in a later migration


class Holiday(Base):
    """One day of the working-day calendar: a public holiday (放假) or an adjusted working day (调休上班, a
    weekend day worked). Every other Monday–Friday is a working day; station.holidays reads this table."""

    __tablename__ = "holiday"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday | workday
    name: Mapped[str] = mapped_column(String(40))  # 国庆节, 春节调休上班 …
    source: Mapped[str] = mapped_column(String(120), default="")  # the notice it follows
    updated_by: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


__all__ = ["RuleSetting", "Tariff", "BatchSampling", "InspectionVisit", "Holiday"]
