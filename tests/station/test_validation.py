"""Field checks of customers and assets: each refused value names its field and says why."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from station.domain import asset_no
from station.domain.validation import validate_asset_fields, validate_customer_fields

GOOD_CUSTOMER = {
    "account_no": "3301234567",
    "name": "张三",
    "address": "城关镇东街1号",
    "phone": "0571-8888 1234",
    "tariff_category": "居民生活",
    "industry": "城乡居民生活",
    "voltage_level": "220V",
    "contract_capacity_kva": Decimal("8"),
    "running_capacity_kva": None,
    "area_code": "T001",
    "status": "active",
    "opened_on": dt.date(2020, 5, 1),
}

METER_NO = asset_no.make("3310001", 1)
GOOD_METER = {
    "asset_no": METER_NO,
    "factory_no": "F123",
    "kind": "meter",
    "model": "DDZY102",
    "maker": "某电气",
    "accuracy_class": "2",
    "rated_voltage": "220V",
    "rated_current": "5(60)A",
    "constant": 1200,
    "ratio": "",
    "phases": 1,
    "made_on": dt.date(2023, 1, 1),
    "verified_on": dt.date(2023, 3, 1),
    "verification_result": "pass",
    "status": "in_stock",
    "batch_no": "2023-01",
}


def fields(problems: list) -> dict[str, str]:
    return {p.field: str(p.message) for p in problems}


def test_a_complete_customer_passes() -> None:
    assert validate_customer_fields(GOOD_CUSTOMER) == []


def test_required_customer_fields() -> None:
    got = fields(validate_customer_fields({"account_no": " ", "address": "x"}))
    assert {"account_no", "name", "tariff_category", "voltage_level"} <= got.keys()
    assert got["name"] == "This field is required"


def test_account_no_is_six_to_twenty_digits() -> None:
    for bad in ("12345", "1" * 21, "33012345a7", "３３０１２３４５６７"):
        problems = validate_customer_fields({**GOOD_CUSTOMER, "account_no": bad})
        assert [p.field for p in problems] == ["account_no"], bad
        assert problems[0].value == bad
        assert "6 to 20 digits" in str(problems[0].message)
    for good in ("123456", "1" * 20):
        assert validate_customer_fields({**GOOD_CUSTOMER, "account_no": good}) == []


def test_capacity_must_be_a_number_not_below_zero() -> None:
    got = fields(validate_customer_fields({**GOOD_CUSTOMER, "contract_capacity_kva": Decimal("-0.5")}))
    assert got == {"contract_capacity_kva": "A capacity cannot be negative"}
    got = fields(validate_customer_fields({**GOOD_CUSTOMER, "running_capacity_kva": "12kVA"}))
    assert got == {"running_capacity_kva": "12kVA is not a number"}
    assert validate_customer_fields({**GOOD_CUSTOMER, "contract_capacity_kva": Decimal(0)}) == []


def test_codes_come_from_the_code_tables() -> None:
    got = fields(validate_customer_fields(
        {**GOOD_CUSTOMER, "tariff_category": "商业", "voltage_level": "999V", "industry": "养猪", "status": "gone"}
    ))
    # 行业分类 is open (the station's table, checked against the database); the rule-driving fields are not
    assert got.keys() == {"tariff_category", "voltage_level", "status"}
    assert got["voltage_level"].startswith("999V is not one of: 220V, 380V, 10kV")


@pytest.mark.parametrize(("tariff", "voltage"), [
    ("居民生活用电", "交流220V"), ("城乡居民生活用电", "220V"), ("一般工商业及其他用电", "0.4kV"),
    ("一般工商业(及其他)用电", "380V"), ("工商业用电", "交流380V"), ("大工业用电", "AC00101"),
    ("农业生产用电", "交流10kV"), ("居民生活", "10KV"),
])
def test_the_forms_real_exports_use_are_accepted(tariff: str, voltage: str) -> None:
    assert validate_customer_fields({**GOOD_CUSTOMER, "tariff_category": tariff, "voltage_level": voltage}) == []


def test_an_industry_longer_than_its_column_is_refused() -> None:
    got = fields(validate_customer_fields({**GOOD_CUSTOMER, "industry": "业" * 33}))
    assert got == {"industry": "At most 32 characters are allowed"}


def test_customer_phone_length_and_dates() -> None:
    got = fields(validate_customer_fields(
        {**GOOD_CUSTOMER, "phone": "call me", "name": "名" * 101, "opened_on": "2020-05-01"}
    ))
    assert got == {
        "phone": "A phone number holds digits, spaces, dashes and brackets only",
        "name": "At most 100 characters are allowed",
        "opened_on": "2020-05-01 is not a date",
    }


def test_a_complete_meter_and_ct_pass() -> None:
    assert validate_asset_fields(GOOD_METER) == []
    ct = {**GOOD_METER, "asset_no": asset_no.make("3310002", 7), "kind": "ct", "accuracy_class": "0.2S",
          "ratio": "100/5", "rated_current": "", "constant": None}
    assert validate_asset_fields(ct) == []


def test_asset_no_length_and_check_digit() -> None:
    got = fields(validate_asset_fields({**GOOD_METER, "asset_no": METER_NO[:-1]}))
    assert got == {"asset_no": "An asset number is 22 digits; this one has 21 characters"}
    wrong = METER_NO[:-1] + str((int(METER_NO[-1]) + 1) % 10)
    got = fields(validate_asset_fields({**GOOD_METER, "asset_no": wrong}))
    assert got == {"asset_no": f"The check digit is wrong (expected {METER_NO[-1]}): mistyped or misread"}


def test_accuracy_class_must_suit_the_kind() -> None:
    got = fields(validate_asset_fields({**GOOD_METER, "accuracy_class": "0.2"}))  # a PT/CT class
    assert got == {"accuracy_class": "0.2 is not one of: 0.2S, 0.5S, 1, 2"}
    pt = {**GOOD_METER, "kind": "pt", "ratio": "10000/100", "accuracy_class": "0.2S", "rated_current": ""}
    assert fields(validate_asset_fields(pt)) == {"accuracy_class": "0.2S is not one of: 0.2, 0.5"}


def test_ct_and_pt_need_a_ratio_like_100_over_5() -> None:
    ct = {**GOOD_METER, "kind": "ct", "accuracy_class": "0.5S", "rated_current": ""}
    assert fields(validate_asset_fields({**ct, "ratio": ""})) == {
        "ratio": "A CT or PT needs its ratio, like 100/5 or 10000/100"}
    assert fields(validate_asset_fields({**ct, "ratio": "100:5"})) == {
        "ratio": "100:5 is not a ratio like 100/5 or 10000/100"}
    assert fields(validate_asset_fields({**ct, "ratio": "0/5"})).keys() == {"ratio"}


def test_asset_kind_status_phases_constant_and_current() -> None:
    got = fields(validate_asset_fields({**GOOD_METER, "kind": "relay", "status": "lost", "phases": 2,
                                        "constant": 0}))
    assert got.keys() == {"kind", "status", "phases", "constant"}
    got = fields(validate_asset_fields({**GOOD_METER, "rated_current": "sixty"}))
    assert got == {"rated_current": "sixty is not a meter current like 5(60)A"}
    assert validate_asset_fields({**GOOD_METER, "rated_current": "1.5(6)A"}) == []
    # three-phase nameplates carry the phase count, as the demo and marketing exports write them
    assert validate_asset_fields({**GOOD_METER, "rated_current": "3×1.5(6)A"}) == []


def test_verification_dates_and_result() -> None:
    got = fields(validate_asset_fields({**GOOD_METER, "verified_on": dt.date(2022, 1, 1)}))
    assert got == {"verified_on": "Verified on 2022-01-01, before it was made on 2023-01-01"}
    got = fields(validate_asset_fields({**GOOD_METER, "verified_on": None}))
    assert got == {"verified_on": "A verification result needs its verification date"}
    got = fields(validate_asset_fields({**GOOD_METER, "verification_result": "ok"}))
    assert got == {"verification_result": "ok is not one of: pass, fail"}


def test_required_asset_fields() -> None:
    got = fields(validate_asset_fields({}))
    assert got == {"asset_no": "This field is required", "kind": "This field is required"}
