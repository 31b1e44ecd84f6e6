"""The few bulk queries a due list needs: installed devices, their last tests and installs, samplings, customers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    AssetEvent,
    BatchSampling,
    Customer,
    InspectionVisit,
    MeteringPoint,
    TransformerArea,
)
from station.domain.codes import VOLTAGE_LEVELS, AssetKind, AssetStatus, CustomerStatus, EventKind
from station.rule_settings.ruleset import RuleSet

TESTS = (EventKind.ONSITE_TEST, EventKind.PT_DROP_TEST, EventKind.CTPT_CHECK)
HV_METHOD = "高供高计"  # CTs and PTs on the high-voltage side: the HV instrument transformers of DL/T 448


class Device(NamedTuple):
    """An installed meter, CT or PT with where it sits (one row of the bulk query).

    A NamedTuple rather than a frozen dataclass: a county loads 200,000 of these per list, and a tuple
    is built several times faster than a frozen dataclass's guarded __init__.
    """

    id: int
    asset_no: str
    kind: str
    model: str
    maker: str
    accuracy_class: str
    phases: int
    verified_on: dt.date | None
    point_id: int
    device_class: str
    metering_method: str
    energised_on: dt.date | None
    customer_id: int
    account_no: str
    customer_name: str
    voltage_level: str
    area_code: str
    rated_voltage: str = ""  # the asset's nameplate voltage ("35kV", "3×57.7/100V")
    ratio: str = ""  # a CT's or PT's ratio ("100/5", "35000/100")


class LastTest(NamedTuple):
    on: dt.date
    result: str | None


class CustomerDue(NamedTuple):
    id: int
    account_no: str
    name: str
    voltage_level: str
    capacity_kva: Decimal
    opened_on: dt.date | None
    area_code: str
    last_visit: dt.date | None


def installed_where(area_id: int | None, device_class: str | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Asset.status == AssetStatus.INSTALLED]
    if area_id is not None:
        conditions.append(Customer.area_id == area_id)
    if device_class is not None:
        conditions.append(MeteringPoint.device_class == device_class)
    return conditions


def installed_devices(
    session: Session, area_id: int | None = None, device_class: str | None = None, *, where: Any = None
) -> list[Device]:
    """Every installed device with its metering point, customer and 台区, in one query (those `where` holds)."""
    stmt = devices_query(area_id, device_class)
    if where is not None:
        stmt = stmt.where(where)
    return [Device._make(row) for row in plain_rows(session, stmt, dates=(7, 11))]


def tested_devices(
    session: Session, rules: RuleSet, area_id: int | None = None, device_class: str | None = None
) -> list[Device]:
    """The installed devices on-site tests, PT drop tests and CT/PT checks look at (HV points: a few thousand
    of a county's 230,000)."""
    return installed_devices(session, area_id, device_class, where=_needs_history(rules))


def lv_ct_points(session: Session, area_id: int | None = None, device_class: str | None = None) -> list[int]:
    """Metering points with installed CTs on the low-voltage side (the meter there is connected through them)."""
    stmt = (
        select(MeteringPoint.id)
        .distinct()
        .join(Asset, Asset.metering_point_id == MeteringPoint.id)
        .join(Customer, MeteringPoint.customer_id == Customer.id)
        .where(*installed_where(area_id, device_class), Asset.kind == AssetKind.CT, MeteringPoint.metering_method != HV_METHOD)
    )
    return list(session.scalars(stmt))


def devices_query(area_id: int | None = None, device_class: str | None = None) -> Select[*tuple[Any, ...]]:
    """installed_devices' SELECT (the columns of Device, in order)."""
    return (
        select(
            Asset.id,
            Asset.asset_no,
            Asset.kind,
            Asset.model,
            Asset.maker,
            Asset.accuracy_class,
            Asset.phases,
            Asset.verified_on,
            MeteringPoint.id,
            MeteringPoint.device_class,
            MeteringPoint.metering_method,
            MeteringPoint.energised_on,
            Customer.id,
            Customer.account_no,
            Customer.name,
            Customer.voltage_level,
            func.coalesce(TransformerArea.code, ""),
            func.coalesce(Asset.rated_voltage, ""),
            func.coalesce(Asset.ratio, ""),
        )
        .join(MeteringPoint, Asset.metering_point_id == MeteringPoint.id)
        .join(Customer, MeteringPoint.customer_id == Customer.id)
        .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
        .where(*installed_where(area_id, device_class))
    )


def plain_rows(session: Session, stmt: Select[Any], dates: tuple[int, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of a SELECT as the driver's own tuples (fetchall on its cursor), the `dates` columns as dates.

    A county's 230,000 devices through SQLAlchemy's result fetched row by row, each value through its type's
    processor: about as long as the rest of the due list together. SQLite hands dates back as their
    'YYYY-MM-DD' text, converted here once per distinct day (a county has a few thousand).
    """
    from station.consumption.load import raw_cursor, raw_sql

    cur = raw_cursor(session)
    try:
        cur.execute(raw_sql(session, stmt))
        rows: list[tuple[Any, ...]] = cur.fetchall()
    finally:
        cur.close()
    if not dates or session.get_bind().dialect.name != "sqlite":
        return rows
    days: dict[Any, dt.date | None] = {None: None}

    def day(text: Any) -> dt.date | None:
        got = days.get(text, _UNSEEN)
        if got is _UNSEEN:
            got = days[text] = dt.date.fromisoformat(text)
        return got  # type: ignore[return-value]

    out = []
    for row in rows:
        fixed = list(row)
        for i in dates:
            fixed[i] = day(fixed[i])
        out.append(tuple(fixed))
    return out


_UNSEEN = object()


def _needs_history(rules: RuleSet):  # type: ignore[no-untyped-def]
    """Devices whose test and install history matters: meters at on-site classes (and, under DL/T 448-2000,
    class IV points metered on the high side, for their first test), every PT and the CTs of high-side
    metering; not the CTs behind low-voltage meters (nine in ten of a county's CTs), which no rule tests."""
    classes = [c for c in ("I", "II", "III", "IV", "V") if rules.onsite_period_months(c)]
    wanted: list[ColumnElement[bool]] = [MeteringPoint.device_class.in_(classes)]
    if rules.dlt448_edition == "2000":
        wanted.append(and_(MeteringPoint.device_class == "IV", MeteringPoint.metering_method == HV_METHOD))
    hv_ct = and_(Asset.kind == AssetKind.CT, MeteringPoint.metering_method == HV_METHOD)
    return or_(Asset.kind == AssetKind.PT, hv_ct, and_(Asset.kind == AssetKind.METER, or_(*wanted)))


def last_tests_of(session: Session, asset_ids: Sequence[int]) -> dict[tuple[int, str], LastTest]:
    """The latest test of each kind on each of the devices the caller has chosen (those that get tests: HV
    points only), by their ids through the (asset_id, date) index rather than joining every event of the kind
    to its device (a county's 230,000 install events for its 2,300 tested devices)."""
    rows: list[Any] = []
    for chunk in _chunks(asset_ids):
        stmt = (
            select(AssetEvent.asset_id, AssetEvent.kind, AssetEvent.happened_on, AssetEvent.result)
            .where(AssetEvent.asset_id.in_(chunk), AssetEvent.kind.in_([str(k) for k in TESTS]))
            .order_by(AssetEvent.asset_id, AssetEvent.happened_on, AssetEvent.id)
        )
        rows.extend(session.execute(stmt))
    return _latest(rows)


def _latest(rows: Iterable[Any]) -> dict[tuple[int, str], LastTest]:
    last: dict[tuple[int, str], LastTest] = {}
    for asset_id, kind, on, result in rows:
        last[(asset_id, kind)] = LastTest(on, result)  # ordered by date: the last one wins
    return last


#: Ids per IN list: well under SQLite's 32,766 bound parameters.
_CHUNK = 5000


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for k in range(0, len(ids), _CHUNK):
        yield list(ids[k : k + _CHUNK])


def install_dates(
    session: Session, rules: RuleSet, area_id: int | None = None, device_class: str | None = None
) -> dict[int, dt.date]:
    """When each installed device that gets tests was last installed (a new installation restarts the tests)."""
    stmt = (
        select(AssetEvent.asset_id, func.max(AssetEvent.happened_on))
        .join(Asset, AssetEvent.asset_id == Asset.id)
        .join(MeteringPoint, Asset.metering_point_id == MeteringPoint.id)
        .join(Customer, MeteringPoint.customer_id == Customer.id)
        .where(
            AssetEvent.kind == EventKind.INSTALLED, _needs_history(rules), *installed_where(area_id, device_class)
        )
        .group_by(AssetEvent.asset_id)
    )
    return {asset_id: on for asset_id, on in session.execute(stmt)}


def install_dates_of(session: Session, asset_ids: Sequence[int]) -> dict[int, dt.date]:
    """install_dates of the devices the caller has already chosen, by their ids (as last_tests_of)."""
    out: dict[int, dt.date] = {}
    for chunk in _chunks(asset_ids):
        stmt = (
            select(AssetEvent.asset_id, func.max(AssetEvent.happened_on))
            .where(AssetEvent.asset_id.in_(chunk), AssetEvent.kind == EventKind.INSTALLED)
            .group_by(AssetEvent.asset_id)
        )
        out.update({asset_id: on for asset_id, on in session.execute(stmt)})
    return out


def last_samplings(session: Session) -> dict[tuple[str, str, int], LastTest]:
    """The latest sampling result of each batch (model, maker, verification year)."""
    stmt = select(
        BatchSampling.model,
        BatchSampling.maker,
        BatchSampling.verification_year,
        BatchSampling.sampled_on,
        BatchSampling.result,
    ).order_by(BatchSampling.sampled_on, BatchSampling.id)
    return {(m, k, y): LastTest(on, r) for m, k, y, on, r in session.execute(stmt)}


def customers_due(session: Session, rules: RuleSet, area_id: int | None = None) -> list[CustomerDue]:
    """Active customers some inspection interval applies to, with their last visit (one grouped query)."""
    intervals = rules["inspection.interval_months"]
    capacity = func.coalesce(Customer.running_capacity_kva, Customer.contract_capacity_kva)
    conditions: list[ColumnElement[bool]] = [Customer.status == CustomerStatus.ACTIVE]
    if area_id is not None:
        conditions.append(Customer.area_id == area_id)
    if not intervals.get("low_voltage"):  # low voltage by campaign: only large or HV customers are periodic
        levels = [v for v in VOLTAGE_LEVELS if rules.inspection_interval_months(v, None)]
        scope: list[ColumnElement[bool]] = [Customer.voltage_level.in_(levels)] if levels else []
        if intervals.get("large_capacity"):
            scope.append(capacity >= rules.number("inspection.large_capacity_kva"))
        if not scope:
            return []
        conditions.append(or_(*scope))
    last_visit = (
        select(InspectionVisit.customer_id, func.max(InspectionVisit.visited_on).label("last"))
        .group_by(InspectionVisit.customer_id)
        .subquery()
    )
    stmt = (
        select(
            Customer.id,
            Customer.account_no,
            Customer.name,
            Customer.voltage_level,
            capacity,
            Customer.opened_on,
            func.coalesce(TransformerArea.code, ""),
            last_visit.c.last,
        )
        .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
        .outerjoin(last_visit, and_(last_visit.c.customer_id == Customer.id))
        .where(*conditions)
    )
    return [CustomerDue._make(row) for row in session.connection().execute(stmt)]
