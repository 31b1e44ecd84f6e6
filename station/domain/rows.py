"""Immutable rows of the customer and asset ledgers: what the GUI, exports and reports hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


@dataclass(frozen=True, slots=True)
class AreaRow:
    id: int
    code: str
    name: str
    feeder: str | None
    transformer_kva: Decimal | None
    gateway_meter: str | None
    area_type: str


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    account_no: str
    name: str
    address: str
    phone: str
    tariff_category: str
    industry: str
    voltage_level: str
    contract_capacity_kva: Decimal
    running_capacity_kva: Decimal | None
    area_id: int | None
    area_code: str | None
    area_name: str | None
    status: str
    opened_on: dt.date | None
    closed_on: dt.date | None
    close_reason: str | None
    penalty_multiple: Decimal | None = None  # 违约使用电费 multiple from the supply contract (2024 rules)
    version: int = 1  #: what the edit form loaded; its save passes it on (station.domain.stale)


@dataclass(frozen=True, slots=True)
class AssetRow:
    id: int
    asset_no: str
    factory_no: str
    kind: str
    model: str
    maker: str
    accuracy_class: str
    rated_voltage: str
    rated_current: str
    constant: int | None
    ratio: str
    phases: int
    made_on: dt.date | None
    received_on: dt.date | None
    verified_on: dt.date | None
    verification_result: str | None
    certificate_no: str | None
    status: str
    batch_no: str
    expires_on: dt.date | None  # end of the service period (station.domain.lifecycle.expiry_date)
    metering_point_id: int | None
    account_no: str | None  # the customer it is installed at
    customer_name: str | None
    area_code: str | None
    version: int = 1  #: what a lifecycle step's dialog loaded (station.domain.stale)


@dataclass(frozen=True, slots=True)
class MeteringPointRow:
    id: int
    customer_id: int
    name: str
    metering_method: str
    device_class: str
    multiplier: Decimal
    energised_on: dt.date | None
    meter: AssetRow | None
    ct: AssetRow | None
    pt: AssetRow | None


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One line of a customer's history: an audit row or an asset event, as codes the UI translates."""

    at: dt.datetime
    operator: str
    source: str  # "audit" | "asset_event"
    entity: str
    entity_id: int | None
    action: str  # audit action (create, update, close, import) or EventKind value
    summary: str  # the same line in English, for the CLI and logs; the GUI builds its own from the fields
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    happened_on: dt.date | None = None  # asset events: the day it happened
    asset_no: str | None = None  # asset events: the asset
    asset_kind: str | None = None  # AssetKind value
    reading: Decimal | None = None  # opening (install) or closing (remove) register reading
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerDetail:
    customer: CustomerRow
    points: tuple[MeteringPointRow, ...]
    history: tuple[HistoryRow, ...]  # newest first


@dataclass(frozen=True, slots=True)
class AssetEventRow:
    id: int
    kind: str
    happened_on: dt.date
    operator: str
    metering_point_id: int | None
    account_no: str | None
    reading: Decimal | None
    result: str | None
    certificate_no: str | None
    error_pct: Decimal | None
    reason: str
    status_before: str | None
    status_after: str | None


@dataclass(frozen=True, slots=True)
class AssetDetail:
    asset: AssetRow
    events: tuple[AssetEventRow, ...]  # oldest first: the asset's life in order
