"""The reports' queries: one bulk query per table of a report, rows as frozen dataclasses (no per-row queries)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from db.schema import Asset, AssetEvent, Customer, CustomerAreaLink, MeteringPoint, TransformerArea
from station import settings
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

#: Printed in a report's head when the station's name is not set (settings page).
NO_STATION_NAME = "（未设置供电所名称）"


@dataclass(frozen=True, slots=True)
class Period:
    """A report's month, or "up to today" when no month is given."""

    start: dt.date
    end: dt.date  # inclusive cutoff: the month's last day, or today
    month: str | None  # "YYYY-MM" when a month was asked for

    @property
    def label(self) -> str:
        return f"{self.start.year}年{self.start.month:02d}月" if self.month else f"截至 {self.end:%Y-%m-%d}"

    @property
    def is_past(self) -> bool:
        return self.end < dt.date.today()


def period_of(month: str | None, today: dt.date | None = None) -> Period:
    """Parse "YYYY-MM" (ValueError when malformed); None is the current month up to today."""
    today = today or dt.date.today()
    if month is None:
        return Period(today.replace(day=1), today, None)
    year_text, _, month_text = month.partition("-")
    if len(year_text) != 4 or not month_text or not year_text.isdigit() or not month_text.isdigit():
        raise ValueError(f"not a month like 2024-03: {month!r}")
    year, mon = int(year_text), int(month_text)
    start = dt.date(year, mon, 1)  # ValueError for month 13
    return Period(start, start.replace(day=calendar.monthrange(year, mon)[1]), f"{year:04d}-{mon:02d}")


@dataclass(frozen=True, slots=True)
class CustomerLedgerRow:
    area_code: str | None
    area_name: str | None
    feeder: str | None
    transformer_kva: Decimal | None
    account_no: str
    name: str
    address: str
    tariff_category: str
    voltage_level: str
    contract_capacity_kva: Decimal
    metering_method: str | None
    multiplier: Decimal | None
    opened_on: dt.date | None
    status: str
    phone: str


def _main_points():  # type: ignore[no-untyped-def]
    """Each customer's main metering point: the first one created."""
    return (
        select(MeteringPoint.customer_id, func.min(MeteringPoint.id).label("point_id"))
        .group_by(MeteringPoint.customer_id)
        .subquery("main_point")
    )


def customer_ledger_rows(session: Session, period: Period, area_code: str | None = None) -> list[CustomerLedgerRow]:
    """Customers in force at the period's end (opened on/before it, not closed by then), ordered by 台区 code
    (customers without one last) and 户号. A past month uses the dated 台区 membership of that month."""
    cutoff = period.end
    main = _main_points()
    point = aliased(MeteringPoint)
    if period.month:
        link = aliased(CustomerAreaLink)
        area_id: ColumnElement[int | None] = func.coalesce(link.area_id, Customer.area_id)
    else:
        link, area_id = None, Customer.area_id.expression
    area = aliased(TransformerArea)
    stmt = select(
        area.code, area.name, area.feeder, area.transformer_kva,
        Customer.account_no, Customer.name, Customer.address, Customer.tariff_category, Customer.voltage_level,
        Customer.contract_capacity_kva, point.metering_method, point.multiplier, Customer.opened_on,
        # A customer closed after the cutoff was still in force then.
        case((Customer.status == "closed", literal("active")), else_=Customer.status), Customer.phone,
    ).select_from(Customer)
    if link is not None:
        stmt = stmt.outerjoin(link, and_(
            link.customer_id == Customer.id, or_(link.valid_from.is_(None), link.valid_from <= cutoff),
            or_(link.valid_to.is_(None), link.valid_to > cutoff),
        ))
    stmt = (
        stmt.outerjoin(area, area.id == area_id)
        .outerjoin(main, main.c.customer_id == Customer.id)
        .outerjoin(point, point.id == main.c.point_id)
        .where(or_(Customer.opened_on.is_(None), Customer.opened_on <= cutoff))
        .where(or_(Customer.closed_on.is_(None), Customer.closed_on > cutoff))
        .where(or_(Customer.status != "closed", Customer.closed_on.is_not(None)))
        .order_by(area.code.is_(None), area.code, Customer.account_no)
    )
    if area_code:
        stmt = stmt.where(area.code == area_code)
    rows: Iterable[tuple[Any, ...]] = session.execute(stmt)
    return [CustomerLedgerRow(*r) for r in rows]


@dataclass(frozen=True, slots=True)
class AssetLedgerRow:
    kind: str
    asset_no: str
    model: str
    maker: str
    accuracy_class: str
    rating: str  # rated current of a meter, ratio of a CT/PT
    verified_on: dt.date | None
    status: str  # at the period's end
    account_no: str | None
    customer_name: str | None
    area_code: str | None
    area_name: str | None  # the 台区 of the customer, or the one whose gateway meter this is
    is_gateway: bool


def asset_ledger_rows(session: Session, period: Period, area_code: str | None = None) -> list[AssetLedgerRow]:
    """Assets on the books at the period's end, with their status then and where they were installed,
    ordered by kind and barcode. Assets scrapped before the period began are left out.

    For a past month the status and the metering point come from the latest asset event on or before its
    end (falling back to the asset's present state when it has no event then)."""
    cutoff = period.end
    status: ColumnElement[str] = Asset.status.expression
    point_id: ColumnElement[int | None] = Asset.metering_point_id.expression
    last_on = ranked = None
    if period.is_past:
        ranked = (
            select(
                AssetEvent.asset_id, AssetEvent.status_after, AssetEvent.metering_point_id, AssetEvent.happened_on,
                func.row_number().over(
                    partition_by=AssetEvent.asset_id,
                    order_by=(AssetEvent.happened_on.desc(), AssetEvent.id.desc()),
                ).label("rn"),
            )
            .where(AssetEvent.happened_on <= cutoff, AssetEvent.status_after.is_not(None))
            .subquery("last_event")
        )
        status = func.coalesce(ranked.c.status_after, Asset.status)
        point_id = case(
            (status == "installed", func.coalesce(ranked.c.metering_point_id, Asset.metering_point_id)), else_=None
        )
        last_on = ranked.c.happened_on
    customer = aliased(Customer)
    point = aliased(MeteringPoint)
    cust_area = aliased(TransformerArea)
    gateway = aliased(TransformerArea)
    stmt = select(
        Asset.kind, Asset.asset_no, Asset.model, Asset.maker, Asset.accuracy_class,
        case((Asset.kind == "meter", Asset.rated_current), else_=Asset.ratio), Asset.verified_on, status,
        customer.account_no, customer.name, func.coalesce(cust_area.code, gateway.code),
        func.coalesce(cust_area.name, gateway.name), gateway.id.is_not(None),
    ).select_from(Asset)
    if ranked is not None:
        stmt = stmt.outerjoin(ranked, and_(ranked.c.asset_id == Asset.id, ranked.c.rn == 1))
    stmt = (
        stmt.outerjoin(point, point.id == point_id)
        .outerjoin(customer, customer.id == point.customer_id)
        .outerjoin(cust_area, cust_area.id == customer.area_id)
        .outerjoin(gateway, gateway.gateway_meter == Asset.asset_no)
        .where(or_(Asset.received_on.is_(None), Asset.received_on <= cutoff))
        .order_by(case((Asset.kind == "meter", 0), (Asset.kind == "ct", 1), else_=2), Asset.asset_no)
    )
    if last_on is not None:
        stmt = stmt.where(or_(status != "scrapped", last_on.is_(None), last_on >= period.start))
    else:
        stmt = stmt.where(Asset.status != "scrapped")
    if area_code:
        stmt = stmt.where(func.coalesce(cust_area.code, gateway.code) == area_code)
    return [AssetLedgerRow(*r) for r in session.execute(stmt)]


#: The movements the asset ledger's summary counts, in its column order.
MOVEMENTS: tuple[str, ...] = ("received", "verified", "installed", "removed", "scrapped")


def asset_movements(session: Session, period: Period, area_code: str | None = None) -> dict[tuple[str, str], int]:
    """Asset events of the period counted by (asset kind, event kind). With an area, only the events at
    that 台区's customers' metering points count (receipts and scrapping happen in the warehouse)."""
    stmt = (
        select(Asset.kind, AssetEvent.kind, func.count())
        .join(Asset, Asset.id == AssetEvent.asset_id)
        .where(AssetEvent.happened_on >= period.start, AssetEvent.happened_on <= period.end)
        .where(AssetEvent.kind.in_(MOVEMENTS))
        .group_by(Asset.kind, AssetEvent.kind)
    )
    if area_code:
        stmt = (
            stmt.join(MeteringPoint, MeteringPoint.id == AssetEvent.metering_point_id)
            .join(Customer, Customer.id == MeteringPoint.customer_id)
            .join(TransformerArea, TransformerArea.id == Customer.area_id)
            .where(TransformerArea.code == area_code)
        )
    return {(k, e): n for k, e, n in session.execute(stmt)}


def area_exists(session: Session, code: str) -> bool:
    return (session.scalar(select(func.count()).select_from(TransformerArea).where(TransformerArea.code == code)) or 0) > 0


def station_name(session: Session) -> str:
    """The station's name for a report's head (setting station.name)."""
    return settings.get(session, "station.name") or NO_STATION_NAME


def resolve_period(month: str | None) -> Period:
    """The period of `month`, or Rejected naming the bad value (for the CLI's exit code 3)."""
    try:
        return period_of(month)
    except ValueError:
        raise Rejected([Problem("month", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not a month like 2024-03"), value=month), month)]) from None


def check_area(session: Session, area_code: str | None) -> None:
    """Rejected when `area_code` names no 台区."""
    if area_code and not area_exists(session, area_code):
        raise Rejected([Problem("area", msg(QT_TRANSLATE_NOOP(
            "station", "There is no 台区 with the code {value}"), value=area_code), area_code)])
