"""The rule values the calculators apply: named defaults citing 供电营业规则, replaceable from the settings.

A supervisor can change each value in the rule settings (station.rule_settings, the same keys as `SETTING_KEYS`);
the caller reads them and passes `BillingRules.from_settings(values)`; the calculators stay free of the
database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from types import MappingProxyType
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
#: 1996 第一百条第6项: 擅自引入（供出）电源或将自备电源擅自并网: ¥500 per kW (kVA).
SOURCE_YUAN_PER_KW = Decimal(500)
#: DL/T 448-2016: the PT secondary circuit voltage drop may be at most 0.2 % of the rated secondary voltage
#: (2000 edition: 0.2 % for class I/II points, 0.5 % for the others). 1996 第八十条第2项 bills the excess.
PT_DROP_ALLOWED_PCT = Decimal("0.2")
#: Which use (照明 lighting / 动力 power) a tariff category defaults to for the hours of 1996 第一百零三条.
#: 一般工商业 took in the old 非居民照明 and 商业 categories (lighting loads); an inspector who finds a power
#: load changes the use on the form, and a station changes the default in the rule settings.
USE_BY_CATEGORY: Mapping[str, str] = {
    "居民生活": "lighting",
    "一般工商业": "lighting",
    "工商业": "power",
    "大工业": "power",
    "农业生产": "power",
}
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
    capacity_yuan_per_kva: Decimal = CAPACITY_YUAN_PER_KVA
    sealed_yuan_per_kva: Decimal = SEALED_YUAN_PER_KVA
    tamper_residential_yuan: Decimal = TAMPER_RESIDENTIAL_YUAN
    tamper_other_yuan: Decimal = TAMPER_OTHER_YUAN
    source_yuan_per_kw: Decimal = SOURCE_YUAN_PER_KW
    meter_error_fraction: Decimal = METER_ERROR_FRACTION
    pt_drop_allowed_pct: Decimal = PT_DROP_ALLOWED_PCT
    theft_multiple: Decimal = PENALTY_MULTIPLES[Clause.THEFT]
    category_multiple: Decimal = PENALTY_MULTIPLES[Clause.CATEGORY]
    capacity_multiple: Decimal = PENALTY_MULTIPLES[Clause.CAPACITY]
    sealed_multiple: Decimal = PENALTY_MULTIPLES[Clause.SEALED]
    #: 2024: the theft multiple when the contract names none (at most `theft_multiple`)
    contract_multiple_default: Decimal = field(default=PENALTY_MULTIPLES[Clause.THEFT])
    #: tariff category -> "lighting" | "power" (the default use the theft form shows)
    use_by_category: Mapping[str, str] = field(default_factory=lambda: MappingProxyType(dict(USE_BY_CATEGORY)))

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

    def use_of(self, tariff_category: str) -> str:
        """The default use of a tariff category: "lighting" or "power" (power when the category is not listed)."""
        return self.use_by_category.get(tariff_category, "power")

    @property
    def category_unknown_days(self) -> Decimal:
        return self.category_unknown_months * DAYS_PER_MONTH

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> BillingRules:
        """Build from rule-setting values keyed as in station.rule_settings; missing keys keep their default."""
        given: dict[str, Any] = {}
        for name in (f.name for f in fields(cls)):
            key = SETTING_KEYS[name]
            if key not in values or values[key] is None:
                continue
            if name == "use_by_category":
                given[name] = MappingProxyType({str(k): str(v) for k, v in dict(values[key]).items()})
            else:
                given[name] = Decimal(str(values[key]))  # str(): a JSON float 0.5 becomes exactly 0.5
        return cls(**given)


#: BillingRules field -> the rule-setting key (station/rule_settings/defaults.py) holding the supervisor's value.
SETTING_KEYS: dict[str, str] = {
    "theft_unknown_days": "backbill.theft_unknown_days",
    "theft_hours_power": "backbill.theft_hours_power",
    "theft_hours_lighting": "backbill.theft_hours_lighting",
    "category_unknown_months": "backbill.category_unknown_months",
    "capacity_yuan_per_kva": "penalty.added_capacity_yuan_per_kva",
    "sealed_yuan_per_kva": "penalty.sealed_yuan_per_kva",
    "tamper_residential_yuan": "penalty.tamper_residential_yuan",
    "tamper_other_yuan": "penalty.tamper_other_yuan",
    "source_yuan_per_kw": "penalty.source_yuan_per_kw",
    "meter_error_fraction": "backbill.meter_error_fraction",
    "pt_drop_allowed_pct": "backbill.pt_drop_allowed_pct",
    "theft_multiple": "penalty.theft_multiple",
    "category_multiple": "penalty.category_change_multiple",
    "capacity_multiple": "penalty.added_capacity_multiple",
    "sealed_multiple": "penalty.sealed_multiple",
    "contract_multiple_default": "penalty.contract_multiple_default",
    "use_by_category": "backbill.use_by_category",
}

DEFAULT_RULES = BillingRules()
