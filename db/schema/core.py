"""The station's ledgers: settings, 台区, customers, metering points, assets and their history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.schema.base import Base


class StationSetting(Base):
    """Key/value settings of the station (name, code, device-class edition …); values are JSON text."""

    __tablename__ = "station_setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))


class User(Base):
    """An operator of the workstation; the name is what the audit log records."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # clerk | metering | inspector | supervisor | admin
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    #: 用电检查证 number and grade (一/二/三级 → "1"/"2"/"3": up to 220 kV / 10 kV / 0.4 kV), inspectors only.
    cert_no: Mapped[str | None] = mapped_column(String(32))
    cert_grade: Mapped[str | None] = mapped_column(String(1))
    #: Login failures since the last success, and the lockout they caused (issue 12).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    #: Raised by every edit: a second writer holding an older version is told (concurrent edits).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    #: The last successful login (the users page); every login is also in the audit log.
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportBatch(Base):
    """One file written by an import, for traceability of every imported row."""

    __tablename__ = "import_batch"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # customers | assets | readings | supply
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    operator: Mapped[str] = mapped_column(String(64))
    n_new: Mapped[int] = mapped_column(default=0)
    n_updated: Mapped[int] = mapped_column(default=0)
    n_unchanged: Mapped[int] = mapped_column(default=0)
    n_rejected: Mapped[int] = mapped_column(default=0)


class TransformerArea(Base):
    """台区: the area fed by one distribution transformer."""

    __tablename__ = "transformer_area"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    feeder: Mapped[str | None] = mapped_column(String(100))
    transformer_kva: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    gateway_meter: Mapped[str | None] = mapped_column(String(32))  # asset_no of the 台区 gateway meter
    area_type: Mapped[str] = mapped_column(String(16), default="public")  # public | dedicated | rural


class Customer(Base):
    """客户档案: one account at the station."""

    __tablename__ = "customer"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    tariff_category: Mapped[str] = mapped_column(String(16), index=True)
    industry: Mapped[str] = mapped_column(String(32), default="")
    voltage_level: Mapped[str] = mapped_column(String(8), index=True)
    contract_capacity_kva: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    running_capacity_kva: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("transformer_area.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="active", index=True)  # active | suspended | closed
    opened_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(200))
    penalty_multiple: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))  # 供电营业规则 2024: from contract
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    #: Raised by every edit (the form, closing, an import's update): a form holding an older one is told (0022).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class CustomerAreaLink(Base):
    """Dated membership of a customer in a 台区, so the area's customers of any past month can be rebuilt."""

    __tablename__ = "customer_area_link"
    __table_args__ = (Index("ix_customer_area_link_area_valid", "area_id", "valid_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    # no index of its own: ix_customer_area_link_area_valid begins with it and serves every area filter (0023)
    area_id: Mapped[int] = mapped_column(ForeignKey("transformer_area.id"))
    # None = since before any record (a marketing export says where a customer is now, not since when).
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)  # exclusive; None = still a member
    # ledger (a clerk's change) | import (a customer file) | readings (a collection-system file's 台区编号)
    source: Mapped[str] = mapped_column(String(16), default="ledger", server_default="ledger")


class MeteringPoint(Base):
    """计量点: where a customer is metered; holds the installed meter/CT/PT."""

    __tablename__ = "metering_point"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(64), default="主计量点")
    metering_method: Mapped[str] = mapped_column(String(8), default="低供低计")  # 高供高计 / 高供低计 / 低供低计
    device_class: Mapped[str] = mapped_column(String(4), default="V")  # I..V, DL/T 448
    multiplier: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(1))  # CT ratio × PT ratio
    energised_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Raised by every edit: a second writer holding an older version is told (concurrent edits, 0021).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class Asset(Base):
    """A meter, CT or PT, identified by its 22-digit barcode."""

    __tablename__ = "asset"
    # The database itself refuses a second installed meter on a metering point (0006_guards), whatever a
    # racing writer or an outside tool does; CTs and PTs sit one per phase, which the lifecycle's lock guards.
    __table_args__ = (
        Index("uq_asset_installed_meter_point", "metering_point_id", unique=True,
              sqlite_where=text("status = 'installed' AND kind = 'meter'"),
              postgresql_where=text("status = 'installed' AND kind = 'meter'")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    asset_no: Mapped[str] = mapped_column(String(22), unique=True)
    factory_no: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(8), index=True)  # meter | ct | pt
    model: Mapped[str] = mapped_column(String(40), default="", index=True)
    maker: Mapped[str] = mapped_column(String(80), default="")
    accuracy_class: Mapped[str] = mapped_column(String(8), default="")
    rated_voltage: Mapped[str] = mapped_column(String(24), default="")  # "220V", "3×220/380V", "10000/100"
    rated_current: Mapped[str] = mapped_column(String(24), default="")  # "5(60)A"
    constant: Mapped[int | None] = mapped_column(Integer)  # imp/kWh
    ratio: Mapped[str] = mapped_column(String(24), default="")  # CT "100/5", PT "10000/100"
    phases: Mapped[int] = mapped_column(default=1)
    made_on: Mapped[dt.date | None] = mapped_column(Date)
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    verified_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    verification_result: Mapped[str | None] = mapped_column(String(8))  # pass | fail
    certificate_no: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), index=True)  # see station.domain.lifecycle
    batch_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    metering_point_id: Mapped[int | None] = mapped_column(ForeignKey("metering_point.id"), index=True)
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    #: Raised by every edit: a second writer holding an older version is told (concurrent edits, 0021).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


class AssetEvent(Base):
    """One step of an asset's life (received, verified, installed, removed, tested …)."""

    __tablename__ = "asset_event"
    __table_args__ = (Index("ix_asset_event_asset_id_happened_on", "asset_id", "happened_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"))
    kind: Mapped[str] = mapped_column(String(16), index=True)
    happened_on: Mapped[dt.date] = mapped_column(Date)
    operator: Mapped[str] = mapped_column(String(64))
    metering_point_id: Mapped[int | None] = mapped_column(ForeignKey("metering_point.id"), index=True)
    reading: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))  # register reading at install / removal
    result: Mapped[str | None] = mapped_column(String(8))  # pass | fail
    certificate_no: Mapped[str | None] = mapped_column(String(40))
    error_pct: Mapped[Decimal | None] = mapped_column(Numeric(6, 3))
    reason: Mapped[str] = mapped_column(String(200), default="")
    work_order_id: Mapped[int | None] = mapped_column(Integer)  # work orders arrive in a later migration
    status_before: Mapped[str | None] = mapped_column(String(12))
    status_after: Mapped[str | None] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditLog(Base):
    """Who changed what, when: before/after as JSON text."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity_entity_id", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    operator: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(24))  # create | update | close | import | transition …
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # sha256 over the row and the row before it (db.audit_chain); `station db verify` walks the chain
    row_hash: Mapped[str | None] = mapped_column(String(64))


__all__ = [
    "StationSetting",
    "User",
    "ImportBatch",
    "TransformerArea",
    "Customer",
    "CustomerAreaLink",
    "MeteringPoint",
    "Asset",
    "AssetEvent",
    "AuditLog",
]
