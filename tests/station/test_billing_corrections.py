"""Metering corrections: meter out of tolerance, wrong wiring, wrong multiplier (back-bill or refund)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from station.billing import Kind, meter_error, wrong_multiplier, wrong_wiring
from station.domain.problems import Rejected


def test_slow_meter_worked_example() -> None:
    # DOMAIN.md: 10 % slow (beyond the ±2 % of class 2), recorded W = 9000: true = 9000 / 0.9 = 10000;
    # back-bill (10000 − 9000) / 2 = 500 kWh
    # × ¥0.5 = ¥250.00, no penalty (not a violation)
    r = meter_error(accuracy_class="2", error_pct=-10, recorded_kwh=9000, price="0.5")
    assert r.kind is Kind.METER_ERROR
    assert (r.kwh, r.amount, r.penalty, r.total) == (
        Decimal(500),
        Decimal("250.00"),
        Decimal("0.00"),
        Decimal("250.00"),
    )
    assert "True energy = W / (1 + E/100) = 9000 / 0.9 = 10000 kWh" in r.working_text()
    assert not r.refund


def test_fast_meter_gives_a_refund() -> None:
    # 25 % fast, W = 10000: true = 10000 / 1.25 = 8000; (8000 − 10000) / 2 = −1000 kWh; × ¥0.5 = −¥500.00
    r = meter_error(accuracy_class="2", error_pct=25, recorded_kwh=10000, price="0.5")
    assert (r.kwh, r.amount, r.total) == (Decimal(-1000), Decimal("-500.00"), Decimal("-500.00"))
    assert r.refund
    assert "Negative figures are a refund to the customer." in r.working_text()


def test_meter_error_rounds_energy_to_whole_kwh() -> None:
    # 3 % slow, W = 1000: true = 1000 / 0.97 = 1030.9278…; (30.9278…) / 2 = 15.4639… → 15 kWh; × ¥0.56 = ¥8.40
    r = meter_error(accuracy_class="2", error_pct=-3, recorded_kwh=1000, price="0.56")
    assert (r.kwh, r.amount) == (Decimal(15), Decimal("8.40"))


def test_refund_rounds_half_a_fen_away_from_zero() -> None:
    # 25 % fast, W = 10: true 8; (8 − 10) / 2 = −1 kWh × ¥0.125 = −¥0.125 → −¥0.13 (mirror of a +¥0.13 back-bill)
    r = meter_error(accuracy_class="2", error_pct=25, recorded_kwh=10, price="0.125")
    assert r.amount == Decimal("-0.13")


def test_meter_error_refuses_impossible_error() -> None:
    with pytest.raises(Rejected) as exc:
        meter_error(accuracy_class="2", error_pct=-100, recorded_kwh=-1)
    assert {p.field for p in exc.value.problems} == {"error_pct", "recorded_kwh"}


def test_wiring_one_reversed_ct_phase() -> None:
    # DOMAIN.md: reversed CT phase on a three-phase four-wire meter: K = 3, ΔW = 2 × W; W = 1200 → 2400 kWh
    r = wrong_wiring(k=3, recorded_kwh=1200)
    assert r.kind is Kind.WIRING
    assert (r.kwh, r.amount, r.total) == (Decimal(2400), Decimal("0.00"), Decimal("0.00"))
    assert "No price given: energy only, amount ¥0.00" in r.working_text()


def test_wiring_k_from_powers() -> None:
    # K = 30 / 20 = 1.5; ΔW = 0.5 × 4000 = 2000 kWh × ¥0.6 = ¥1200.00
    r = wrong_wiring(correct_power=30, wrong_power=20, recorded_kwh=4000, price="0.6")
    assert (r.kwh, r.amount) == (Decimal(2000), Decimal("1200.00"))
    assert "K = correct power / wrong power = 30 / 20 = 1.5" in r.working_text()


def test_wiring_refund_is_exact_for_thirds() -> None:
    # K = 20 / 30 = 2/3; ΔW = (2/3 − 1) × 3000 = −1000 kWh exactly; × ¥0.6 = −¥600.00
    r = wrong_wiring(correct_power=20, wrong_power=30, recorded_kwh=3000, price="0.6")
    assert (r.kwh, r.amount) == (Decimal(-1000), Decimal("-600.00"))


def test_half_kwh_rounds_away_from_zero() -> None:
    # K = 1.5, W = 5: 2.5 kWh → 3 (half-even would give 2); K = 0.5: −2.5 → −3
    assert wrong_wiring(k="1.5", recorded_kwh=5).kwh == Decimal(3)
    assert wrong_wiring(k="0.5", recorded_kwh=5).kwh == Decimal(-3)


def test_wiring_refuses_zero_wrong_power_and_double_input() -> None:
    with pytest.raises(Rejected) as zero:
        wrong_wiring(correct_power=30, wrong_power=0, recorded_kwh=100)
    assert [p.field for p in zero.value.problems] == ["wrong_power"]
    with pytest.raises(Rejected) as both:
        wrong_wiring(k=3, correct_power=30, wrong_power=10, recorded_kwh=100)
    assert [p.field for p in both.value.problems] == ["k"]


def test_multiplier_too_low() -> None:
    # CT 150/5 (30) billed as 100/5 (20): (30 / 20 − 1) × 1000 = 500 kWh × ¥0.55 = ¥275.00
    r = wrong_multiplier(actual_ratio=30, billed_ratio=20, recorded_kwh=1000, price="0.55")
    assert r.kind is Kind.MULTIPLIER
    assert (r.kwh, r.amount, r.penalty, r.total) == (
        Decimal(500),
        Decimal("275.00"),
        Decimal("0.00"),
        Decimal("275.00"),
    )


def test_multiplier_too_high_refunds() -> None:
    # (20 / 30 − 1) × 3000 = −1000 kWh × ¥0.5 = −¥500.00
    r = wrong_multiplier(actual_ratio=20, billed_ratio=30, recorded_kwh=3000, price="0.5")
    assert (r.kwh, r.amount) == (Decimal(-1000), Decimal("-500.00"))
    assert r.refund


def test_multiplier_refuses_zero_ratio() -> None:
    with pytest.raises(Rejected) as exc:
        wrong_multiplier(actual_ratio=20, billed_ratio=0, recorded_kwh=3000)
    assert [p.field for p in exc.value.problems] == ["billed_ratio"]


def test_rule_follows_the_edition() -> None:
    assert str(wrong_multiplier(actual_ratio=2, billed_ratio=1, recorded_kwh=1, edition="1996").rule) == (
        "供电营业规则（1996年版）第八十一条第3项"
    )
    assert (
        str(meter_error(accuracy_class="2", error_pct=-5, recorded_kwh=1, edition="1996").rule)
        == "供电营业规则（1996年版）第八十条第1项"
    )
