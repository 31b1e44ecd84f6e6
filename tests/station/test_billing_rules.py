"""Rule values a supervisor changed in the settings reach the calculators."""

from __future__ import annotations

from decimal import Decimal

from station.billing import BillingRules, meter_error, tamper_violation, theft
from station.billing.rules import SETTING_KEYS
from station.rules.defaults import BY_KEY


def test_setting_keys_name_the_rule_settings() -> None:
    # every value the calculators apply is editable under that key (one, the category hours, has no
    # setting yet: see the report of this change)
    assert set(SETTING_KEYS.values()) - {"backbill.category_default_hours"} <= set(BY_KEY)


def test_changed_settings_change_the_result() -> None:
    rules = BillingRules.from_settings(
        {
            "backbill.theft_unknown_days": 90,
            "backbill.theft_hours_lighting": 5,
            "backbill.meter_error_fraction": 0.5,  # a JSON float: taken as exactly 0.5
            "penalty.tamper_residential_yuan": 800,
        }
    )
    # 1.1 kW × 5 h × 90 d = 495 kWh (defaults would give 1188)
    assert theft(use="lighting", voltage=220, current="5(60)", rules=rules).kwh == Decimal(495)
    # W = 9000, 10 % slow: (10000 − 9000) × 0.5 = 500 kWh
    assert meter_error(error_pct=-10, recorded_kwh=9000, rules=rules).kwh == Decimal(500)
    assert tamper_violation(residential=True, rules=rules).total == Decimal("800.00")


def test_contract_default_in_2024_cannot_exceed_the_cap() -> None:
    # a setting of 5 for the contract default is held at the theft cap of 3: 1 kWh × ¥1 × 3 = ¥3.00
    rules = BillingRules.from_settings({"penalty.contract_multiple_default": 5})
    r = theft(use="power", kw=1, hours=1, days=1, price=1, rules=rules, edition="2024")
    assert r.penalty == Decimal("3.00")


def test_contract_default_below_the_cap_applies_in_2024_when_the_contract_names_none() -> None:
    # the supervisor sets the contract default to 2: 1 kWh × ¥1 × 2 = ¥2.00; the 1996 edition still fixes 3×
    rules = BillingRules.from_settings({"penalty.contract_multiple_default": 2})
    assert theft(use="power", kw=1, hours=1, days=1, price=1, rules=rules, edition="2024").penalty == Decimal("2.00")
    assert theft(use="power", kw=1, hours=1, days=1, price=1, rules=rules, edition="1996").penalty == Decimal("3.00")
