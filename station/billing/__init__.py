"""Back-billing calculators (追补电费) after 供电营业规则: theft, violations, metering faults and corrections."""

from __future__ import annotations

from station.billing.category import Load, category_violation
from station.billing.common import Kind, PricePeriod, Result, parse_rated_current, periods_of
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule
from station.billing.faults import Cause, metering_fault, pt_drop
from station.billing.meter_error import meter_error
from station.billing.multiplier import wrong_multiplier
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.billing.theft import Use, theft
from station.billing.violations import (
    capacity_violation,
    sealed_violation,
    source_violation,
    tamper_violation,
)
from station.billing.wiring import wrong_wiring

__all__ = [
    "DEFAULT_RULES",
    "BillingRules",
    "Cause",
    "DEFAULT_EDITION",
    "Clause",
    "Edition",
    "Kind",
    "Load",
    "PricePeriod",
    "Result",
    "Rule",
    "Use",
    "capacity_violation",
    "category_violation",
    "meter_error",
    "metering_fault",
    "parse_rated_current",
    "periods_of",
    "pt_drop",
    "sealed_violation",
    "source_violation",
    "tamper_violation",
    "theft",
    "wrong_multiplier",
    "wrong_wiring",
]
