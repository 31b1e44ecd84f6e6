"""What a back-billing case takes from a customer's record: meter, ratio, use, tariff and contract multiple."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from station.billing.common import PricePeriod
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.billing.theft import Use
from station.domain.codes import VOLTAGE_VOLTS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from station.domain.rows import AssetRow, CustomerDetail

_FIGURES = re.compile(r"(\d+(?:\.\d+)?)\s*(kV|V)?", re.IGNORECASE)
_PHASES_PREFIX = re.compile(r"^\s*\d\s*[×xX*]\s*")


@dataclass(frozen=True, slots=True)
class CustomerCase:
    """The values a calculator starts from; every one may be edited before computing."""

    customer_id: int
    account_no: str
    name: str
    address: str
    tariff_category: str
    voltage_level: str
    #: the default use of the tariff category (rule setting backbill.use_by_category); the inspector may change it
    use: Use
    #: the meter's voltage in V (line voltage for three-phase), None when unknown
    voltage: Decimal | None
    #: the rated current as on the nameplate, without the "3×" prefix ("1.5(6)A"); "" when no meter
    rated_current: str
    phases: int
    #: 综合倍率 of the main metering point (CT ratio × PT ratio), 1 for direct metering
    ratio: Decimal
    meter_no: str
    #: the installed meter's accuracy class as recorded ("2", "0.5S", "B", "0.5S/2"); "" when no meter
    accuracy_class: str
    price: Decimal | None  # yuan/kWh in force, None when the catalogue has no price for the pair
    basic_price: Decimal | None  # two-part basic charge, yuan per kVA·month; None: single-part customer
    tariff_source: str
    tariff_date: dt.date
    contract_multiple: Decimal | None  # 违约使用电费 multiple in the supply contract (2024 rules)

    @property
    def residential(self) -> bool:
        return self.tariff_category == "居民生活"


def meter_volts(rated_voltage: str) -> Decimal | None:
    """The voltage a theft capacity takes from a meter nameplate: the last figure, the line voltage of a
    three-phase meter: "220V" → 220, "3×220/380V" → 380, "3×57.7/100V" → 100, "10kV" → 10000; None when
    unreadable."""
    text = _PHASES_PREFIX.sub("", rated_voltage or "")
    figures = _FIGURES.findall(text)
    if not figures or "v" not in text.lower():
        return None
    value, unit = figures[-1]
    return Decimal(value) * (1000 if unit.lower() == "kv" else 1)


def nameplate_current(rated_current: str) -> str:
    """The rated current without the phase prefix: "3×1.5(6)A" → "1.5(6)A" (what the theft form takes)."""
    return _PHASES_PREFIX.sub("", rated_current or "").strip()


def _voltage(meter: AssetRow | None, has_pt: bool, voltage_level: str) -> Decimal | None:
    volts = meter_volts(meter.rated_voltage) if meter is not None else None
    if volts is not None:
        return volts
    if has_pt:
        return Decimal(100)  # behind a PT the meter sees its 100 V secondary
    level = VOLTAGE_VOLTS.get(voltage_level)
    if level is None:
        return None
    # Supplied at 10 kV or above without a PT: metered on the low side (高供低计) at 380 V.
    return Decimal(min(level, 380))


def case_of(
    detail: CustomerDetail,
    price: Decimal | None,
    basic_price: Decimal | None,
    source: str,
    on: dt.date,
    rules: BillingRules = DEFAULT_RULES,
) -> CustomerCase:
    """Build the case from a customer's detail and the tariff in force; the main metering point is the
    first one (the 主计量点 created with the customer)."""
    c = detail.customer
    point = detail.points[0] if detail.points else None
    meter = point.meter if point is not None else None
    has_pt = point is not None and point.pt is not None
    phases = (
        meter.phases
        if meter is not None and meter.phases in (1, 3)
        else (1 if c.voltage_level == "220V" else 3)
    )
    return CustomerCase(
        customer_id=c.id,
        account_no=c.account_no,
        name=c.name,
        address=c.address,
        tariff_category=c.tariff_category,
        voltage_level=c.voltage_level,
        use=Use(rules.use_of(c.tariff_category)),
        voltage=_voltage(meter, has_pt, c.voltage_level),
        rated_current=nameplate_current(meter.rated_current) if meter is not None else "",
        phases=phases,
        ratio=point.multiplier if point is not None else Decimal(1),
        meter_no=meter.asset_no if meter is not None else "",
        accuracy_class=meter.accuracy_class if meter is not None else "",
        price=price,
        basic_price=basic_price,
        tariff_source=source,
        tariff_date=on,
        contract_multiple=c.penalty_multiple,
    )


def customer_case(session: Session, customer_id: int, on: dt.date) -> CustomerCase | None:
    """The case of customer `customer_id` with the tariff in force on `on`; None when there is no such customer."""
    from station.customers import customer_detail
    from station.rule_settings import load_rules, tariff_in_force

    detail = customer_detail(session, customer_id)
    if detail is None:
        return None
    rules = BillingRules.from_settings(load_rules(session).values)
    tariff = tariff_in_force(session, detail.customer.tariff_category, detail.customer.voltage_level, on)
    if tariff is None:
        return case_of(detail, None, None, "", on, rules)
    return case_of(detail, tariff.price, tariff.basic_price_kva, tariff.source, on, rules)


def tariff_periods(
    session: Session, category: str, voltage_level: str, start: dt.date, end: dt.date
) -> list[PricePeriod]:
    """The tariffs of (category, voltage) in force day by day over `start`..`end`, split where the price changed.

    Empty when some day of the period has no tariff (the calculator then asks for the price).
    """
    from station.rule_settings import tariff_in_force

    out: list[PricePeriod] = []
    day = start
    while day <= end:
        t = tariff_in_force(session, category, voltage_level, day)
        if t is None:
            return []
        until = end if t.effective_to is None else min(end, t.effective_to - dt.timedelta(days=1))
        if out and out[-1].price == t.price and out[-1].source == t.source:
            out[-1] = PricePeriod(out[-1].start, until, t.price, t.source)
        else:
            out.append(PricePeriod(day, until, t.price, t.source))
        day = until + dt.timedelta(days=1)
    return out


@dataclass(frozen=True, slots=True)
class BillingSetup:
    """The supervisor's rule values, the 供电营业规则 edition chosen in the settings and the station name."""

    rules: BillingRules
    edition: str
    station_name: str
