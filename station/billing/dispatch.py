"""Every calculator by name, and one call that runs it: what `station calc` and a work order's case share.

`params` are the calculator's own keyword arguments as the user gave them (a theft may name a tariff
category instead of lighting/power use); `setup` is the station's (rules, edition, tariffs).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from station.billing.category import category_violation
from station.billing.common import Result
from station.billing.faults import metering_fault, pt_drop
from station.billing.meter_error import meter_error
from station.billing.multiplier import wrong_multiplier
from station.billing.rule_values import DEFAULT_RULES
from station.billing.theft import theft
from station.billing.violations import (
    capacity_violation,
    sealed_violation,
    source_violation,
    tamper_violation,
)
from station.billing.wiring import wrong_wiring

#: The CLI's names (`station calc theft`, `violation --kind capacity` → violation-capacity …).
CALCULATORS: dict[str, Callable[..., Result]] = {
    "theft": theft,
    "violation-category": category_violation,
    "violation-capacity": capacity_violation,
    "violation-sealed": sealed_violation,
    "violation-tamper": tamper_violation,
    "violation-source": source_violation,
    "meter-error": meter_error,
    "pt-drop": pt_drop,
    "fault": metering_fault,
    "wiring": wrong_wiring,
    "multiplier": wrong_multiplier,
}


def compute(name: str, params: Mapping[str, Any], **setup: Any) -> Result:
    """Run calculator `name` with `params` and the station's `setup`; Rejected as the calculator refuses."""
    args = dict(params)
    if name == "theft":
        category = args.pop("category", None)
        if args.get("use") is None and category:
            args["use"] = (setup.get("rules") or DEFAULT_RULES).use_of(category)
    return CALCULATORS[name](**args, **setup)
