"""Metering arithmetic: ratios, multipliers worked by hand, DL/T 448 classes of both editions, minimum accuracy."""

from __future__ import annotations

from decimal import Decimal

import pytest

from station.domain.metering import (
    MIN_ACCURACY,
    REACTIVE,
    device_class,
    meets_minimum,
    minimum_accuracy,
    multiplier,
    normalise_accuracy,
    permitted_error_pct,
    ratio_value,
)


def test_ratio_values() -> None:
    assert ratio_value("100/5") == Decimal(20)
    assert ratio_value("75/5") == Decimal(15)
    assert ratio_value("10000/100") == Decimal(100)
    assert ratio_value("10kV/100V") == Decimal(100)
    assert ratio_value(" 50 / 5 ") == Decimal(10)
    assert str(ratio_value("10000/100")) == "100"  # plain digits, not 1E+2


@pytest.mark.parametrize("bad", ["", "100", "100:5", "0/5", "100/0", "abc/5", "100/5/1"])
def test_bad_ratios_are_errors_not_one(bad: str) -> None:
    with pytest.raises(ValueError):
        ratio_value(bad)


def test_multiplier_worked_examples_of_domain_md() -> None:
    assert multiplier("100/5", None) == Decimal(20)  # CT 100/5 → 20
    # DOMAIN.md writes "CT 50/5 + PT 10kV/100V → 100": that is a slip, 50/5 × 10000/100 = 10 × 100 = 1000.
    assert multiplier("50/5", "10000/100") == Decimal(1000)
    assert multiplier("5/5", "10000/100") == Decimal(100)
    assert multiplier("150/5", "10000/100") == Decimal(3000)
    assert multiplier(None, None) == Decimal(1)  # direct-connected meter
    assert multiplier("", "10000/100") == Decimal(100)


def test_device_class_2016_by_voltage_and_phases() -> None:
    assert device_class("220V", 1) == "V"
    assert device_class("220V", 3) == "IV"  # three-phase four-wire 3×220/380 V
    assert device_class("380V", 3) == "IV"
    assert device_class("10kV", 3) == "III"  # high-side settlement metering
    assert device_class("10kV", 3, metering_method="高供低计") == "IV"  # metered on the 380 V side
    assert device_class("35kV", 3) == "III"
    assert device_class("110kV", 3) == "II"
    assert device_class("220kV", 3) == "I"
    with pytest.raises(ValueError):
        device_class("6kV", 3)


def test_device_class_2000_by_energy_or_capacity() -> None:
    assert device_class("10kV", 3, "2000", capacity_kva=Decimal(315)) == "III"
    assert device_class("10kV", 3, "2000", capacity_kva=Decimal(314)) == "IV"
    assert device_class("10kV", 3, "2000", capacity_kva=Decimal(2000)) == "II"
    assert device_class("110kV", 3, "2000", capacity_kva=Decimal(10_000)) == "I"
    assert device_class("10kV", 3, "2000", monthly_kwh=100_000, capacity_kva=Decimal(200)) == "III"
    assert device_class("10kV", 3, "2000", monthly_kwh=1_000_000) == "II"
    assert device_class("35kV", 3, "2000", monthly_kwh=5_000_000) == "I"
    assert device_class("380V", 3, "2000") == "IV"  # nothing known: below every threshold
    assert device_class("220V", 1, "2000", capacity_kva=Decimal(400)) == "V"  # single-phase first


def test_minimum_accuracy_table_of_2016() -> None:
    assert [MIN_ACCURACY[c]["meter"] for c in ("I", "II", "III", "IV", "V")] == ["0.2S", "0.5S", "0.5S", "1", "2"]
    assert [MIN_ACCURACY[c]["pt"] for c in ("I", "II", "III", "IV", "V")] == ["0.2", "0.2", "0.5", "0.5", None]
    assert [MIN_ACCURACY[c]["ct"] for c in ("I", "II", "III", "IV", "V")] == ["0.2S", "0.2S", "0.5S", "0.5S", "0.5S"]


def test_meets_minimum() -> None:
    assert meets_minimum("meter", "2", "V")
    assert meets_minimum("meter", "1", "V")  # better than needed
    assert not meets_minimum("meter", "2", "IV")
    assert meets_minimum("meter", "0.5S", "III")
    assert not meets_minimum("meter", "1", "III")
    assert meets_minimum("ct", "0.2S", "III")
    assert not meets_minimum("ct", "0.5", "III")  # 0.5 is not 0.5S: the S class holds at low load
    assert not meets_minimum("ct", "0.5S", "I")
    assert meets_minimum("pt", "", "V")  # class V has no PT minimum
    assert not meets_minimum("pt", "", "IV")  # unknown accuracy never passes
    assert not meets_minimum("meter", "X", "V")  # unreadable never passes


def test_accuracy_grades_a_to_d_are_mapped_to_classes() -> None:
    # GB/T 17215.321-2021 grades: A = class 2, B = 1, C = 0.5S, D = 0.2S
    assert [normalise_accuracy(g) for g in ("A", "B", "C", "D", "b")] == ["2", "1", "0.5S", "0.2S", "1"]
    assert normalise_accuracy("2.0") == "2" and normalise_accuracy("0.5s") == "0.5S"
    assert meets_minimum("meter", "B", "V")  # class 1 is better than the 2 a class V point needs
    assert meets_minimum("meter", "B", "IV")
    assert not meets_minimum("meter", "A", "IV")  # class 2 at a class IV point (needs 1, 2016)
    assert meets_minimum("meter", "C", "III")


def test_minimum_accuracy_follows_the_dlt448_edition() -> None:
    # DL/T 448-2000 Table 1: class IV meter 2 (2016: 1); class III meter 1 (2016: 0.5S)
    assert meets_minimum("meter", "2", "IV", "2000") and not meets_minimum("meter", "2", "IV", "2016")
    assert meets_minimum("meter", "1", "III", "2000") and not meets_minimum("meter", "1", "III", "2016")
    assert minimum_accuracy("ct", "I", "2000") == "0.2" and minimum_accuracy("ct", "I", "2016") == "0.2S"


def test_reactive_meter_minimum() -> None:
    # reactive: 2016 class I–IV need 2; 2000 class IV needs 3; class V has none
    assert [minimum_accuracy(REACTIVE, c) for c in ("I", "II", "III", "IV", "V")] == ["2", "2", "2", "2", None]
    assert minimum_accuracy(REACTIVE, "IV", "2000") == "3"
    assert meets_minimum(REACTIVE, "3", "IV", "2000") and not meets_minimum(REACTIVE, "3", "IV", "2016")
    # a multi-function meter written active/reactive is checked on both
    assert meets_minimum("meter", "0.5S/2", "III")
    assert not meets_minimum("meter", "0.5S/3", "III")
    assert not meets_minimum("meter", "1/2", "III")


def test_device_class_by_the_metering_side_voltage() -> None:
    # a 35 kV customer metered on the low side of its 35/10 kV transformer is metered at 10 kV: class III
    assert device_class("35kV", 3, metering_method="高供低计") == "III"
    assert device_class("110kV", 3, metering_method="高供低计") == "III"
    assert device_class("10kV", 3, metering_method="高供低计") == "IV"  # metered at 380 V
    assert device_class("35kV", 3, metering_method="高供低计", metering_voltage="380V") == "IV"
    assert device_class("35kV", 3, metering_method="高供高计") == "III"


def test_permitted_error_of_a_class() -> None:
    assert permitted_error_pct("2") == 2 and permitted_error_pct("A") == 2
    assert permitted_error_pct("0.5S") == Decimal("0.5") and permitted_error_pct("0.5S/2") == Decimal("0.5")
    assert permitted_error_pct("?") is None
