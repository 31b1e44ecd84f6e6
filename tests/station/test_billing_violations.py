"""Violation back-billing (违约用电): category, added capacity, sealed equipment, metering touched."""

from __future__ import annotations

from decimal import Decimal

import pytest

from station.billing import Kind, capacity_violation, category_violation, sealed_violation, tamper_violation
from station.domain.problems import Rejected


def _figures(r: object) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    return (r.kwh, r.amount, r.penalty, r.total)  # type: ignore[attr-defined]


def test_category_with_known_energy() -> None:
    # 1000 kWh × ¥0.3 difference = ¥300.00; + 2 × ¥300.00 = ¥600.00; total ¥900.00
    r = category_violation(price_diff="0.3", kwh=1000)
    assert r.kind is Kind.CATEGORY
    assert _figures(r) == (Decimal(1000), Decimal("300.00"), Decimal("600.00"), Decimal("900.00"))
    assert "Tariff difference charge = 1000 kWh × ¥0.3/kWh = ¥300.00" in r.working_text()


def test_category_period_unknown_is_three_months() -> None:
    # 5 kW × 12 h/day (default) × 90 days (3 months) = 5400 kWh
    # × ¥0.3 = ¥1620.00; 2× = ¥3240.00; total ¥4860.00
    r = category_violation(price_diff="0.3", kw=5)
    assert _figures(r) == (Decimal(5400), Decimal("1620.00"), Decimal("3240.00"), Decimal("4860.00"))
    text = r.working_text()
    assert "Energy = 5 kW × 12 h/day × 90 days = 5400 kWh" in text
    assert any(line.startswith("Dates of use unknown: 3 months = 90 days") for line in text)


def test_category_given_hours_and_days() -> None:
    # 2.5 kW × 4 h × 30 d = 300 kWh × ¥0.2135 = ¥64.05; 2× = ¥128.10
    r = category_violation(price_diff="0.2135", kw="2.5", hours=4, days=30)
    assert _figures(r) == (Decimal(300), Decimal("64.05"), Decimal("128.10"), Decimal("192.15"))


def test_category_contract_multiple_in_2024_and_fixed_in_1996() -> None:
    # 1000 kWh × ¥0.3 = ¥300.00; 2024 contract multiple 1 → ¥300.00; 1996 → 2 × = ¥600.00
    assert category_violation(price_diff="0.3", kwh=1000, multiple=1, edition="2024").penalty == Decimal(
        "300.00"
    )
    assert category_violation(price_diff="0.3", kwh=1000, edition="1996").penalty == Decimal("600.00")
    with pytest.raises(Rejected):
        category_violation(price_diff="0.3", kwh=1000, multiple=3, edition="2024")  # above the cap of 2


def test_category_refuses_energy_and_kw_together_and_missing_inputs() -> None:
    with pytest.raises(Rejected) as both:
        category_violation(price_diff="0.3", kwh=100, kw=2)
    assert [p.field for p in both.value.problems] == ["kwh"]
    with pytest.raises(Rejected) as missing:
        category_violation(price_diff=None)
    assert {p.field for p in missing.value.problems} == {"price_diff", "kwh"}


def test_added_capacity_two_part() -> None:
    # 50 kVA × ¥28/kVA·month × 3 months = ¥4200.00; + 3 × ¥4200.00 = ¥12600.00; total ¥16800.00
    r = capacity_violation(kva=50, basic_price=28, months=3)
    assert r.kind is Kind.CAPACITY
    assert _figures(r) == (Decimal(0), Decimal("4200.00"), Decimal("12600.00"), Decimal("16800.00"))
    # 2024 names it 容(需)量电费; 1996 基本电费
    assert "Capacity charge (容（需）量电费) = ¥28/kVA·month × 50 kVA × 3 months = ¥4200.00" in r.working_text()
    old = capacity_violation(kva=50, basic_price=28, months=3, edition="1996")
    assert "Basic charge = ¥28/kVA·month × 50 kVA × 3 months = ¥4200.00" in old.working_text()


def test_added_capacity_single_part_is_50_yuan_per_kw() -> None:
    # 10 kW × ¥50 = ¥500.00 penalty, nothing back-billed
    r = capacity_violation(kva=10, single_part=True)
    assert _figures(r) == (Decimal(0), Decimal("0.00"), Decimal("500.00"), Decimal("500.00"))


def test_added_capacity_single_part_refuses_two_part_inputs() -> None:
    with pytest.raises(Rejected) as exc:
        capacity_violation(kva=10, single_part=True, basic_price=28)
    assert [p.field for p in exc.value.problems] == ["basic_price"]
    with pytest.raises(Rejected) as missing:
        capacity_violation(kva=-10, basic_price=None, months=0)
    assert {p.field for p in missing.value.problems} == {"kva", "basic_price", "months"}


def test_sealed_equipment_two_part_1996() -> None:
    # 100 kVA × ¥22 × 2 months = ¥4400.00; + 2 × = ¥8800.00; total ¥13200.00
    r = sealed_violation(kva=100, basic_price=22, months=2, edition="1996")
    assert _figures(r) == (Decimal(0), Decimal("4400.00"), Decimal("8800.00"), Decimal("13200.00"))
    assert str(r.rule) == "供电营业规则（1996年版）第一百条第4项"


def test_sealed_equipment_single_part_per_occurrence() -> None:
    # 20 kVA × ¥30 × 2 occurrences = ¥1200.00
    r = sealed_violation(kva=20, single_part=True, times=2)
    assert r.kind is Kind.SEALED
    assert r.total == Decimal("1200.00")


def test_tamper_residential_and_other() -> None:
    # ¥500 × 2 = ¥1000.00 residential; ¥5000 × 1 = ¥5000.00 other
    home = tamper_violation(residential=True, times=2)
    shop = tamper_violation(residential=False)
    assert home.kind is Kind.TAMPER
    assert _figures(home) == (Decimal(0), Decimal("0.00"), Decimal("1000.00"), Decimal("1000.00"))
    assert shop.total == Decimal("5000.00")
    with pytest.raises(Rejected):
        tamper_violation(residential=True, times="1.5")
