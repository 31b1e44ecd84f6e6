"""The rule values the calculators apply: named defaults citing 供电营业规则, replaceable from the settings.

A supervisor can change each value in the rule settings (station.rules, the same keys as `SETTING_KEYS`);
the caller reads them and passes `BillingRules.from_settings(values)`; the calculators stay free of the
database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from station.billing.editions import Clause

#: 1996 第一百零三条: start of a theft unknown → at least 180 days.
THEFT_UNKNOWN_DAYS = Decimal(180)
#: 1996 第一百零三条: hours of theft per day: 电力用户 12 h, 照明用户 6 h.
THEFT_HOURS_POWER = Decimal(12)
THEFT_HOURS_LIGHTING = Decimal(6)
#: 1996 第一百条第1项: dates of use unknown → three months (each taken as 30 days).
CATEGORY_UNKNOWN_MONTHS = Decimal(3)
DAYS_PER_MONTH = Decimal(30)
#: Hours per day for a category change estimated from kW. Article 100 names none; station practice
#: borrows the 12 h a day Article 103 sets for power customers. Give the hours when they are known.
CATEGORY_DEFAULT_HOURS = Decimal(12)
#: 1996 第一百条第2项: single-part customers pay ¥50 per kW (kVA) of added capacity.
CAPACITY_YUAN_PER_KVA = Decimal(50)
#: 1996 第一百条第4项: single-part customers pay ¥30 per kW (kVA), per occurrence, for sealed equipment used.
SEALED_YUAN_PER_KVA = Decimal(30)
#: 1996 第一百条第5项: the supplier's metering / load-control equipment touched, per occurrence:
#: ¥500 for a residential customer, ¥5,000 for others.
TAMPER_RESIDENTIAL_YUAN = Decimal(500)
TAMPER_OTHER_YUAN = Decimal(5000)
#: 1996 第八十条第1项: a meter out of tolerance is corrected for half the time since its last verification.
METER_ERROR_FRACTION = Decimal("0.5")
#: Penalty multiples (违约使用电费 as a multiple of the charge back-billed). 1996: fixed; 2024: the supply
#: contract sets the multiple, at most this value, and this value applies when the contract names none.
PENALTY_MULTIPLES: Mapping[Clause, Decimal] = {
    Clause.THEFT: Decimal(3),  # 1996 第一百零二条: 补交电费三倍
    Clause.CATEGORY: Decimal(2),  # 1996 第一百条第1项: 二倍差额电费
    Clause.CAPACITY: Decimal(3),  # 1996 第一百条第2项: 三倍私增容量基本电费
    Clause.SEALED: Decimal(2),  # 1996 第一百条第4项: 二倍补交基本电费
}


@dataclass(frozen=True, slots=True)
class BillingRules:
    theft_unknown_days: Decimal = THEFT_UNKNOWN_DAYS
    theft_hours_power: Decimal = THEFT_HOURS_POWER
    theft_hours_lighting: Decimal = THEFT_HOURS_LIGHTING
    category_unknown_months: Decimal = CATEGORY_UNKNOWN_MONTHS
    category_default_hours: Decimal = CATEGORY_DEFAULT_HOURS
    capacity_yuan_per_kva: Decimal = CAPACITY_YUAN_PER_KVA
    sealed_yuan_per_kva: Decimal = SEALED_YUAN_PER_KVA
    tamper_residential_yuan: Decimal = TAMPER_RESIDENTIAL_YUAN
    tamper_other_yuan: Decimal = TAMPER_OTHER_YUAN
    meter_error_fraction: Decimal = METER_ERROR_FRACTION
    theft_multiple: Decimal = PENALTY_MULTIPLES[Clause.THEFT]
    category_multiple: Decimal = PENALTY_MULTIPLES[Clause.CATEGORY]
    capacity_multiple: Decimal = PENALTY_MULTIPLES[Clause.CAPACITY]
    sealed_multiple: Decimal = PENALTY_MULTIPLES[Clause.SEALED]
    #: 2024: the theft multiple when the contract names none (at most `theft_multiple`)
    contract_multiple_default: Decimal = field(default=PENALTY_MULTIPLES[Clause.THEFT])

    def multiple(self, clause: Clause) -> Decimal:
        return {
            Clause.THEFT: self.theft_multiple,
            Clause.CATEGORY: self.category_multiple,
            Clause.CAPACITY: self.capacity_multiple,
            Clause.SEALED: self.sealed_multiple,
        }[clause]

    def default_contract_multiple(self, clause: Clause) -> Decimal:
        cap = self.multiple(clause)
        return min(self.contract_multiple_default, cap) if clause is Clause.THEFT else cap

    @property
    def category_unknown_days(self) -> Decimal:
        return self.category_unknown_months * DAYS_PER_MONTH

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> BillingRules:
        """Build from rule-setting values keyed as in station.rules; missing keys keep their default."""
        given = {}
        for name in (f.name for f in fields(cls)):
            key = SETTING_KEYS[name]
            if key in values and values[key] is not None:
                given[name] = Decimal(str(values[key]))  # str(): a JSON float 0.5 becomes exactly 0.5
        return cls(**given)


#: BillingRules field -> the rule-setting key (station/rules/defaults.py) holding the supervisor's value.
SETTING_KEYS: dict[str, str] = {
    "theft_unknown_days": "backbill.theft_unknown_days",
    "theft_hours_power": "backbill.theft_hours_power",
    "theft_hours_lighting": "backbill.theft_hours_lighting",
    "category_unknown_months": "backbill.category_unknown_months",
    "category_default_hours": "backbill.category_default_hours",
    "capacity_yuan_per_kva": "penalty.added_capacity_yuan_per_kva",
    "sealed_yuan_per_kva": "penalty.sealed_yuan_per_kva",
    "tamper_residential_yuan": "penalty.tamper_residential_yuan",
    "tamper_other_yuan": "penalty.tamper_other_yuan",
    "meter_error_fraction": "backbill.meter_error_fraction",
    "theft_multiple": "penalty.theft_multiple",
    "category_multiple": "penalty.category_change_multiple",
    "capacity_multiple": "penalty.added_capacity_multiple",
    "sealed_multiple": "penalty.sealed_multiple",
    "contract_multiple_default": "penalty.contract_multiple_default",
}

DEFAULT_RULES = BillingRules()
