"""Code tables (行业分类, 用电类别, 电压等级): every value with its code, parent and source, and its aliases.

One table of values for every code table (`table_name` says which): a county's tables are a few hundred
rows, and one shape lets the page, the import and the audit log treat them alike. Values are never deleted
(a customer row may hold one); a value taken out of use is `retired`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class CodeValue(Base):
    """One value of a code table: its code, its name, where it sits (parent, level) and where it came from."""

    __tablename__ = "code_value"
    __table_args__ = (
        UniqueConstraint("table_name", "code"),
        Index("ix_code_value_table_parent", "table_name", "parent_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))  # industry | tariff_category | voltage_level
    code: Mapped[str] = mapped_column(String(32))  # C, 30, 301 (GB/T 4754); 城镇居民; 10kV
    name: Mapped[str] = mapped_column(String(64))
    parent_code: Mapped[str | None] = mapped_column(String(32))
    level: Mapped[int] = mapped_column(Integer, default=1)  # 1 门类, 2 大类, 3 中类, 4 小类
    source: Mapped[str] = mapped_column(String(64), default="")  # GB/T 4754-2017, 用电分类, the station
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(8), default="seeded")  # seeded | added
    added_by: Mapped[str | None] = mapped_column(String(64))
    added_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CodeAlias(Base):
    """Another name of a value: an older edition's (交通运输业), an export's form (交流10kV, AC00101)."""

    __tablename__ = "code_alias"
    __table_args__ = (UniqueConstraint("table_name", "alias"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    alias: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(32))  # the value's code in the same table
    source: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(8), default="seeded")
    added_by: Mapped[str | None] = mapped_column(String(64))
    added_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


__all__ = ["CodeAlias", "CodeValue"]
