"""What the record audit finds (`Hit`), what each check is (`Check`), and the list of checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from station.i18n import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from station.audit_tickets.findings import Recorded
    from station.rule_settings.ruleset import RuleSet


@dataclass(frozen=True, slots=True)
class Hit:
    """One record a check found wrong: what it is (entity and its key), whose it is, and why."""

    check: str
    entity: str  # customer | asset | area | metering_point
    entity_id: int
    key: str  # account_no, asset_no or the 台区 code: what the clerk searches for
    account_no: str
    name: str  # the customer's or the 台区's name
    area_code: str
    problem: Message


@dataclass(frozen=True, slots=True)
class Check:
    code: str  # the CLI's --rule and the setting audit.<code>
    title: str  # English, marked for translation
    run: Callable[[Session, RuleSet, dt.date], list[Hit]]


@dataclass(frozen=True, slots=True)
class CheckResult:
    check: str
    title: str
    severity: str  # high | medium | low
    source: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class AuditReport:
    on: dt.date
    results: tuple[CheckResult, ...]  # every check that ran, in CHECKS order, also those with no hit
    skipped: tuple[str, ...]  # checks switched off (severity off)
    recorded: Recorded | None = None  # what the run did to the stored findings (station.audit_tickets)

    @property
    def total(self) -> int:
        return sum(len(r.hits) for r in self.results)


def _checks() -> tuple[Check, ...]:
    from station.record_audit import areas, customers, devices

    return (
        Check("category_industry", QT_TRANSLATE_NOOP("station", "Tariff category does not fit the industry"),
              customers.category_industry),
        Check("multiplier", QT_TRANSLATE_NOOP("station", "Multiplier differs from the installed CT × PT ratio"),
              devices.multiplier),
        Check("class_minimum", QT_TRANSLATE_NOOP("station", "Device below the minimum accuracy of its point"),
              devices.class_minimum),
        Check("expired_in_service", QT_TRANSLATE_NOOP("station", "Expired or unverified device in service"),
              devices.expired_in_service),
        Check("swap_reading", QT_TRANSLATE_NOOP("station", "Register reading missing at an install or removal"),
              devices.swap_reading),
        Check("metering_method", QT_TRANSLATE_NOOP("station", "Supply or metering method does not fit the capacity"),
              customers.metering_method),
        Check("large_not_inspected", QT_TRANSLATE_NOOP("station", "Large customer not inspected within its interval"),
              customers.large_not_inspected),
        Check("no_meter", QT_TRANSLATE_NOOP("station", "Customer in supply without an installed meter"),
              customers.no_meter),
        Check("closed_with_meter", QT_TRANSLATE_NOOP("station", "Closed account still with an installed meter"),
              customers.closed_with_meter),
        Check("area_gateway", QT_TRANSLATE_NOOP("station", "Transformer area without a gateway meter"),
              areas.gateway),
        Check("area_capacity", QT_TRANSLATE_NOOP("station", "Customers' capacity far above the transformer's"),
              areas.capacity),
        Check("duplicates", QT_TRANSLATE_NOOP("station", "Duplicate name and address, or a phone shared widely"),
              customers.duplicates),
    )


CHECKS: tuple[Check, ...] = _checks()
