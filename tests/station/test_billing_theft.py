"""Theft back-billing (窃电): the worked example of DOMAIN.md and hand-checked cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from station.billing import Edition, Kind, theft
from station.domain.problems import Rejected


def test_worked_example_lighting_household_5_60_a() -> None:
    # DOMAIN.md: lighting household, 220 V, 5(60) A, start unknown.
    # rated current 5 A (not the 60 A maximum): 220 V × 5 A = 1100 W = 1.1 kW
    # 1.1 kW × 6 h/day × 180 days = 1188 kWh
    r = theft(use="lighting", voltage=220, current="5(60)A")
    assert r.kind is Kind.THEFT
    assert r.kwh == Decimal(1188)
    assert (r.amount, r.penalty, r.total) == (Decimal("0.00"), Decimal("0.00"), Decimal("0.00"))
    text = r.working_text()
    assert "Stolen energy = 1.1 kW × 6 h/day × 180 days = 1188 kWh" in text
    assert "No price given: energy only, amount ¥0.00" in text
    assert any("180 days" in line and "第一百零三条" in line for line in text)


def test_worked_example_priced() -> None:
    # 1188 kWh × ¥0.5283 = ¥627.6204 → ¥627.62; penalty 3 × ¥627.62 = ¥1882.86; total ¥2510.48
    r = theft(use="lighting", voltage=220, current="5(60)A", price="0.5283")
    assert (r.amount, r.penalty, r.total) == (Decimal("627.62"), Decimal("1882.86"), Decimal("2510.48"))
    assert "Total = ¥627.62 + ¥1882.86 = ¥2510.48" in r.working_text()
    assert str(r.rule).startswith("供电营业规则（2024年版）")


def test_three_phase_meter_through_ct_uses_exact_sqrt3() -> None:
    # power customer, 3×380 V, 1.5(6) A meter behind CT 100/5 (ratio 20), start unknown:
    # √3 × 380 × 1.5 × 20 = 19745.379206… W = 19.745379… kW
    # × 12 h × 180 d = × 2160 = 42650.019… → 42650 kWh
    # (√3 cut to 1.732 would give 19.7448 × 2160 = 42648.77 → 42649: the exact root matters)
    # × ¥0.6 = ¥25590.00; penalty 3× = ¥76770.00; total ¥102360.00
    r = theft(use="power", voltage=380, current="1.5(6)", phases=3, ratio=20, price="0.6")
    assert r.kwh == Decimal(42650)
    assert (r.amount, r.penalty, r.total) == (Decimal("25590.00"), Decimal("76770.00"), Decimal("102360.00"))
    assert (
        "Capacity = √3 × 380 V × 1.5 A × 20 (CT/PT ratio) = 19.7454 kW (rated current; kVA counted as kW)"
        in (r.working_text())
    )
    assert "Hours per day unknown: 12 h for a power customer" in " ".join(r.working_text())


def test_period_from_dates_counts_both_days_in_a_leap_year() -> None:
    # 2024-02-01 … 2024-03-01: February 2024 has 29 days, + 1 for 1 March = 30 days
    # equipment 2 kW (power) × 12 h × 30 d = 720 kWh; × ¥0.5 = ¥360.00; 3× = ¥1080.00
    r = theft(use="power", kw=2, date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 3, 1), price="0.5")
    assert r.kwh == Decimal(720)
    assert (r.amount, r.penalty, r.total) == (Decimal("360.00"), Decimal("1080.00"), Decimal("1440.00"))
    assert "Period 2024-02-01 to 2024-03-01 = 30 days (both days counted)" in r.working_text()


def test_given_days_and_hours_override_the_defaults() -> None:
    # kVA counted as kW: 3 kVA equipment × 8 h × 45 d = 1080 kWh
    r = theft(use="lighting", kw="3", days=45, hours=8)
    assert r.kwh == Decimal(1080)
    assert "Stolen energy = 3 kW × 8 h/day × 45 days = 1080 kWh" in r.working_text()


def test_edition_1996_fixes_the_multiple_2024_takes_the_contract() -> None:
    # 1188 kWh × ¥0.5 = ¥594.00
    # 1996: penalty 3 × 594.00 = 1782.00, total 2376.00
    # 2024 with a contract multiple of 2: penalty 2 × 594.00 = 1188.00, total 1782.00
    old = theft(use="lighting", voltage=220, current=5, price="0.5", edition=Edition.E1996)
    new = theft(use="lighting", voltage=220, current=5, price="0.5", edition="2024", multiple=2)
    assert (old.amount, old.penalty, old.total) == (Decimal("594.00"), Decimal("1782.00"), Decimal("2376.00"))
    assert (new.amount, new.penalty, new.total) == (Decimal("594.00"), Decimal("1188.00"), Decimal("1782.00"))
    assert str(old.rule) == "供电营业规则（1996年版）第一百零三条、第一百零二条"
    assert "Penalty multiple 3, fixed by 第一百零二条 (1996 edition)" in old.working_text()
    assert "Penalty multiple 2: from the supply contract (at most 3)" in new.working_text()


def test_1996_refuses_a_contract_multiple_and_2024_caps_it() -> None:
    with pytest.raises(Rejected) as old:
        theft(use="lighting", kw=1, multiple=2, edition="1996")
    assert [p.field for p in old.value.problems] == ["multiple"]
    with pytest.raises(Rejected) as new:
        theft(use="lighting", kw=1, multiple=4, edition="2024")
    assert [p.field for p in new.value.problems] == ["multiple"]


def test_half_cent_rounds_up_and_the_penalty_follows_the_charge() -> None:
    # 1 kW × 1 h × 1 d = 1 kWh × ¥0.125 = ¥0.125 → ¥0.13 (half-up; half-even would give ¥0.12)
    # contract multiple 2.5 × ¥0.13 = ¥0.325 → ¥0.33 (half-even: ¥0.32); total ¥0.46
    r = theft(use="power", kw=1, hours=1, days=1, price="0.125", multiple="2.5")
    assert (r.amount, r.penalty, r.total) == (Decimal("0.13"), Decimal("0.33"), Decimal("0.46"))


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(Rejected) as exc:
        theft(
            use="heating",
            kw=-1,
            ratio=20,
            date_from=dt.date(2024, 3, 2),
            date_to=dt.date(2024, 3, 1),
            hours=25,
            price="-0.5",
        )
    fields = {p.field for p in exc.value.problems}
    assert fields == {"use", "kw", "ratio", "date_from", "hours", "price"}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"kw": 1, "days": 0}, "days"),
        ({"kw": 1, "days": -5}, "days"),
        ({"kw": 1, "days": 10, "date_from": dt.date(2024, 1, 1), "date_to": dt.date(2024, 1, 2)}, "days"),
        ({"kw": 1, "date_from": dt.date(2024, 1, 1)}, "date_to"),
        ({}, "kw"),
        ({"kw": 1, "voltage": 220, "current": 5}, "kw"),
        ({"voltage": 220}, "current"),
        ({"voltage": 380, "current": 5, "phases": 2}, "phases"),
        ({"voltage": 220, "current": "abc"}, "current"),
        ({"voltage": 0, "current": 5}, "voltage"),
    ],
)
def test_refused_inputs_name_their_field(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(Rejected) as exc:
        theft(use="lighting", **kwargs)  # type: ignore[arg-type]
    assert field in {p.field for p in exc.value.problems}


def test_working_lines_translate_for_the_gui() -> None:
    r = theft(use="lighting", voltage=220, current="5(60)A")
    zh = {
        "Stolen energy = {kw} kW × {h} h/day × {days} days = {kwh} kWh": "窃电量 = {kw} kW × {h} 小时/天 × {days} 天 = {kwh} kWh"
    }
    lines = r.working_text(lambda ctx, text: zh.get(text, text) if ctx == "station" else text)
    assert "窃电量 = 1.1 kW × 6 小时/天 × 180 天 = 1188 kWh" in lines


def test_floats_are_refused_by_the_api() -> None:
    with pytest.raises(TypeError):
        theft(use="lighting", kw=1.1)  # type: ignore[arg-type]
