"""`RuleSet`: the rule values in force (defaults overlaid by the station's), with the questions code asks of them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from station.domain.codes import VOLTAGE_LEVELS
from station.rule_settings.defaults import BY_KEY


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Every rule value by key, and the source each one cites. Build it with `load_rules` or `defaults()`."""

    values: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def defaults(cls) -> RuleSet:
        return cls.of({k: r.default for k, r in BY_KEY.items()}, {k: r.source for k, r in BY_KEY.items()})

    @classmethod
    def of(cls, values: Mapping[str, Any], sources: Mapping[str, str]) -> RuleSet:
        return cls(MappingProxyType(dict(values)), MappingProxyType(dict(sources)))

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def source(self, key: str) -> str:
        return self.sources.get(key, "")

    # --- editions ---------------------------------------------------------------------------------
    @property
    def dlt448_edition(self) -> str:
        edition = str(self.values["edition.dlt448"])
        # The value lives in station_setting, which other screens write too: an unknown one reads as 2016.
        return edition if edition in ("2016", "2000") else "2016"

    @property
    def business_rules_edition(self) -> str:
        return str(self.values["edition.business_rules"])

    # --- metering devices -------------------------------------------------------------------------
    def onsite_period_months(self, device_class: str) -> int | None:
        """Months between on-site tests for a device class under the DL/T 448 edition in force; None: none."""
        periods = self.values[f"onsite.period_months.{self.dlt448_edition}"]
        value = periods.get(device_class)
        return int(value) if value else None

    def onsite_source(self) -> str:
        return self.source(f"onsite.period_months.{self.dlt448_edition}")

    def needs_ptdrop(self, voltage_level: str) -> bool:
        """Whether a customer at `voltage_level` gets PT secondary voltage-drop tests (35 kV and above)."""
        return _voltage_rank(voltage_level) >= _voltage_rank(str(self.values["ptdrop.min_voltage"]))

    def service_life_years(self, life_key: str) -> int:
        return int(self.values["rotation.service_life_years"][life_key])

    # --- customers --------------------------------------------------------------------------------
    def inspection_interval_months(
        self, voltage_level: str, capacity_kva: Decimal | float | None
    ) -> int | None:
        """The periodic-inspection interval of a customer: the shortest rule that applies; None: by campaign."""
        intervals: Mapping[str, int | None] = self.values["inspection.interval_months"]
        candidates: list[int | None] = []
        threshold = Decimal(str(self.values["inspection.large_capacity_kva"]))
        if capacity_kva is not None and Decimal(str(capacity_kva)) >= threshold:
            candidates.append(intervals.get("large_capacity"))
        rank = _voltage_rank(voltage_level)
        if rank >= _voltage_rank("35kV"):
            candidates.append(intervals.get("35kV+"))
        elif voltage_level in ("10kV", "20kV"):
            candidates.append(intervals.get(voltage_level))
        else:
            candidates.append(intervals.get("low_voltage"))
        known = [int(c) for c in candidates if c]
        return min(known) if known else None

    # --- line loss --------------------------------------------------------------------------------
    def loss_band(self, area_type: str) -> tuple[Decimal, Decimal]:
        """(lower, upper) loss rate in % that counts as normal (合格) for a 台区 of `area_type`."""
        bands: Mapping[str, list[float]] = self.values["lineloss.bands"]
        low, high = bands.get(area_type) or bands.get("public") or (0, 10)
        return Decimal(str(low)), Decimal(str(high))

    # --- back-billing -----------------------------------------------------------------------------
    # The penalty multiples have one source: station.billing (BillingRules.from_settings(values) and
    # editions.penalty_multiple, which caps a contract multiple as the edition says).
    def number(self, key: str) -> Decimal:
        """A numeric rule as an exact Decimal (multiples, yuan amounts, fractions)."""
        return Decimal(str(self.values[key]))


def _voltage_rank(voltage_level: str) -> int:
    return VOLTAGE_LEVELS.index(voltage_level) if voltage_level in VOLTAGE_LEVELS else -1
