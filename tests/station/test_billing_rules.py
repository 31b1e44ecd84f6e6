"""Rule values a supervisor changed in the settings reach the calculators."""

from __future__ import annotations

from decimal import Decimal

from station.billing import BillingRules, category_violation, meter_error, tamper_violation, theft
from station.billing.rule_values import SETTING_KEYS
from station.rule_settings.defaults import BY_KEY


def test_setting_keys_name_the_rule_settings() -> None:
    # every value the calculators apply is editable on the rule settings page under that key, with a source
    missing = [key for key in SETTING_KEYS.values() if key not in BY_KEY]
    assert missing == []
    assert all(BY_KEY[key].source for key in SETTING_KEYS.values())


def test_hours_by_use_settings_reach_the_category_calculator(workspace) -> None:  # type: ignore[no-untyped-def]
    from station.actions import load_billing_setup
    from station.billing import Load
    from station.rule_settings import set_rule

    with workspace.sessions.begin() as s:
        set_rule(s, "backbill.theft_hours_power", 8, "tester")
    rules = load_billing_setup(workspace).rules
    # 10 kW power × 8 h × 90 days (3 months unknown) = 7,200 kWh; the default 12 h would give 10,800
    assert category_violation(price_diff="0.1", kw=10, rules=rules).kwh == Decimal(7200)
    # a lighting line keeps the 6 h of its own setting: 10 kW × 6 h × 90 d = 5,400 kWh
    assert category_violation(loads=[Load(10, "lighting", "0.1")], rules=rules).kwh == Decimal(5400)


def test_use_by_category_is_a_rule_setting(workspace) -> None:  # type: ignore[no-untyped-def]
    from station.actions import load_billing_setup
    from station.domain.problems import Rejected
    from station.rule_settings import set_rule

    assert load_billing_setup(workspace).rules.use_of("一般工商业") == "lighting"
    assert load_billing_setup(workspace).rules.use_of("大工业") == "power"
    with workspace.sessions.begin() as s:
        value = {"居民生活": "lighting", "一般工商业": "power", "工商业": "power", "大工业": "power", "农业生产": "power"}
        set_rule(s, "backbill.use_by_category", value, "supervisor")
    assert load_billing_setup(workspace).rules.use_of("一般工商业") == "power"
    with workspace.sessions.begin() as s, __import__("pytest").raises(Rejected):
        set_rule(s, "backbill.use_by_category", {**value, "一般工商业": "heating"}, "supervisor")


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
    assert meter_error(error_pct=-10, accuracy_class="2", recorded_kwh=9000, rules=rules).kwh == Decimal(500)
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
