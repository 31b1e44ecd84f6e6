"""Back-billing calculators (追补电费) after 供电营业规则: theft, violations, meter error, wiring, multiplier."""

from __future__ import annotations

from station.billing.common import Kind, Result, parse_rated_current
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule
from station.billing.meter_error import meter_error
from station.billing.multiplier import wrong_multiplier
from station.billing.rules import DEFAULT_RULES, BillingRules
from station.billing.theft import Use, theft
from station.billing.violations import (
    capacity_violation,
    category_violation,
    sealed_violation,
    tamper_violation,
)
from station.billing.wiring import wrong_wiring

__all__ = [
    "DEFAULT_RULES",
    "BillingRules",
    "DEFAULT_EDITION",
    "Clause",
    "Edition",
    "Kind",
    "Result",
    "Rule",
    "Use",
    "capacity_violation",
    "category_violation",
    "meter_error",
    "parse_rated_current",
    "sealed_violation",
    "tamper_violation",
    "theft",
    "wrong_multiplier",
    "wrong_wiring",
]
