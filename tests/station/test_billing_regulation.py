"""Each case of issue 8 worked by hand from the rule text (供电营业规则 1996 / 2024), with the article it cites."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from station.billing import (
    Kind,
    Load,
    PricePeriod,
    category_violation,
    meter_error,
    metering_fault,
    periods_of,
    pt_drop,
    sealed_violation,
    source_violation,
    theft,
    wrong_wiring,
)
from station.billing.editions import ARTICLES_2024, PENDING, Clause
from station.domain.problems import Rejected
from station.i18n import translator

D = dt.date


def test_category_change_sums_load_lines_with_hours_by_use() -> None:
    # 1996 第一百条第1项 / 2024 第一百零一条; 第一百零三条 hours: power 12 h, lighting 6 h; 3 months = 90 days
    # 5 kW × 12 h × 90 d = 5,400 kWh × ¥0.1972 = ¥1,064.88; 3 kW × 6 h × 90 d = 1,620 kWh × ¥0.3242 = ¥525.20
    # 7,020 kWh, ¥1,590.08; penalty 2× = ¥3,180.16 (¥3,180.17 when the unrounded ¥1,590.084 is doubled)
    r = category_violation(loads=[Load(5, "power", "0.1972"), Load(3, "lighting", "0.3242")])
    assert r.kind is Kind.CATEGORY
    assert (r.kwh, r.amount) == (Decimal(7020), Decimal("1590.08"))
    assert abs(r.penalty - Decimal("3180.17")) <= Decimal("0.01")
    assert r.total == r.amount + r.penalty
    text = r.working_text()
    assert "Line 1 (power): 5 kW × 12 h/day × 90 days = 5400 kWh; × ¥0.1972/kWh = ¥1064.88" in text
    assert "Line 2 (lighting): 3 kW × 6 h/day × 90 days = 1620 kWh; × ¥0.3242/kWh = ¥525.20" in text
    assert str(r.rule) == "供电营业规则（2024年版）第一百零一条"
    assert str(category_violation(loads=[Load(1, "power", "0.1")], edition="1996").rule).endswith(
        "第一百条第1项"
    )


def test_category_lines_take_their_own_hours_and_days() -> None:
    # 2 kW lighting × 4 h × 30 d = 240 kWh × ¥0.25 = ¥60.00; one line refused names its line
    r = category_violation(loads=[Load(2, "lighting", "0.25", hours=4)], days=30)
    assert (r.kwh, r.amount) == (Decimal(240), Decimal("60.00"))
    with pytest.raises(Rejected) as exc:
        category_violation(loads=[Load(2, "lighting", "0.25"), Load(-1, "power", "0.1")])
    assert [p.field for p in exc.value.problems] == ["load2"]


def test_meter_within_its_class_is_refused_beyond_it_back_billed() -> None:
    # 1996 第八十条第1项 only beyond the permitted range: class 2 permits ±2 %
    with pytest.raises(Rejected) as exc:
        meter_error(error_pct="-1.5", accuracy_class="2", recorded_kwh=900000)
    assert [p.field for p in exc.value.problems] == ["error_pct"]
    assert "within the ±2 %" in exc.value.problems[0].message.text()
    # −10 %: true = 900,000 / 0.9 = 1,000,000; (1,000,000 − 900,000) / 2 = 50,000 kWh
    assert meter_error(error_pct=-10, accuracy_class="2", recorded_kwh=900000).kwh == Decimal(50000)
    # grade B is class 1: −1.5 % exceeds ±1 %: (900,000/0.985 − 900,000)/2 = 6,852.79… → 6,853 kWh
    assert meter_error(error_pct="-1.5", accuracy_class="B", recorded_kwh=900000).kwh == Decimal(6853)
    with pytest.raises(Rejected) as missing:
        meter_error(error_pct=-10, accuracy_class=None, recorded_kwh=1)
    assert [p.field for p in missing.value.problems] == ["accuracy_class"]


def test_wrong_wiring_allows_k_below_zero_and_negative_energy() -> None:
    # two reversed CT phases: K = −3, the meter ran backward W = −1,000: ΔW = (−3 − 1) × (−1,000) = +4,000 kWh
    r = wrong_wiring(k=-3, recorded_kwh=-1000)
    assert r.kwh == Decimal(4000) and not r.refund
    assert wrong_wiring(correct_power=30, wrong_power=-10, recorded_kwh=-500).kwh == Decimal(2000)  # K = −3
    with pytest.raises(Rejected) as exc:
        wrong_wiring(k=0, recorded_kwh=100)
    assert [p.field for p in exc.value.problems] == ["k"]
    assert "metering fault" in exc.value.problems[0].message.text()


def test_outside_source_is_500_yuan_per_kw() -> None:
    # 1996 第一百条第6项 / 2024 第一百零一条: 30 kW × ¥500 = ¥15,000
    r = source_violation(kw=30)
    assert (r.kind, r.kwh, r.amount, r.penalty, r.total) == (
        Kind.SOURCE, Decimal(0), Decimal("0.00"), Decimal("15000.00"), Decimal("15000.00"))  # fmt: skip
    assert str(r.rule) == "供电营业规则（2024年版）第一百零一条"
    assert str(source_violation(kw=1, edition="1996").rule) == "供电营业规则（1996年版）第一百条第6项"


def test_pt_voltage_drop_excess_is_billed_over_the_whole_period() -> None:
    # 1996 第八十条第2项: base = the permitted drop 0.2 %; measured 1.2 %, W = 98,800:
    # at 0.2 %: 98,800 × 99.8 / 98.8 = 99,800; back-bill 1,000 kWh (not halved) × ¥0.6 = ¥600.00
    r = pt_drop(drop_pct="1.2", recorded_kwh=98800, price="0.6")
    assert (r.kind, r.kwh, r.amount) == (Kind.PT_DROP, Decimal(1000), Decimal("600.00"))
    assert str(pt_drop(drop_pct="1.2", recorded_kwh=1, edition="1996").rule).endswith("第八十条第2项")
    with pytest.raises(Rejected):
        pt_drop(drop_pct="0.2", recorded_kwh=98800)  # within the permitted drop


def test_pt_fuse_and_other_faults() -> None:
    # 1996 第八十一条第2项 PT fuse: normal month 3,000; fault months 1,500 and 1,800: 1,500 + 1,200 = 2,700 kWh
    fuse = metering_fault(cause="pt_fuse", normal_kwh=3000, fault_kwh=[1500, 1800], edition="1996")
    assert (fuse.kind, fuse.kwh) == (Kind.FAULT, Decimal(2700))
    assert str(fuse.rule) == "供电营业规则（1996年版）第八十一条第2项"
    # theoretical difference rate: one PT phase lost on a 3-phase 3-wire meter, rate 100 %, W = 4,000 → 4,000 kWh
    assert metering_fault(cause="ct_pt_fault", rate_pct=100, recorded_kwh=4000).kwh == Decimal(4000)
    # 1996 第八十条第3项 other non-human causes: the normal month only
    with pytest.raises(Rejected):
        metering_fault(cause="other", rate_pct=50, recorded_kwh=100)
    other = metering_fault(cause="other", normal_kwh=2000, fault_kwh=[500], edition="1996")
    assert (other.kwh, str(other.rule)) == (Decimal(1500), "供电营业规则（1996年版）第八十条第3项")


def test_current_limiter_setting_replaces_the_rated_current() -> None:
    # 1996 第一百零三条: 装有限流器的按限流器整定电流: 220 V × 10 A = 2.2 kW (rated 20 A) × 6 h × 180 d = 2,376 kWh
    r = theft(use="lighting", voltage=220, current="20(80)", limiter_current=10)
    assert r.kwh == Decimal(2376)
    assert any("Current limiter fitted" in line for line in r.working_text())


def test_sealed_added_capacity_re_energised_owes_both_liabilities() -> None:
    # 1996 第一百条第4项 last sentence: two-part 100 kVA × ¥22 × 2 months = ¥4,400 back-billed once;
    # penalty 2× (sealed) ¥8,800 + 3× (added capacity, 第2项) ¥13,200 = ¥22,000
    r = sealed_violation(kva=100, basic_price=22, months=2, added_capacity=True, edition="1996")
    assert (r.amount, r.penalty, r.total) == (Decimal("4400.00"), Decimal("22000.00"), Decimal("26400.00"))
    assert str(r.rule) == "供电营业规则（1996年版）第一百条第4项、第一百条第2项"
    # single-part: ¥30 × 20 kW + ¥50 × 20 kW = ¥1,600
    assert sealed_violation(kva=20, single_part=True, added_capacity=True).penalty == Decimal("1600.00")


def test_2024_capacity_charge_by_demand() -> None:
    # 2024 容(需)量电费 per kW·month of demand: 40 kW × ¥38 × 2 months = ¥3,040; 3× = ¥9,120
    from station.billing import capacity_violation

    r = capacity_violation(kva=40, basic_price=38, months=2, basis="demand", edition="2024")
    assert (r.amount, r.penalty) == (Decimal("3040.00"), Decimal("9120.00"))
    assert any(
        line.startswith("Demand charge (容（需）量电费) = ¥38/kW·month × 40 kW") for line in r.working_text()
    )


def test_tariff_of_the_period_split_where_it_changed() -> None:
    # lighting 1.1 kW × 6 h × 61 days (1 June – 31 July 2024) = 402.6 → 403 kWh; the price changed on 1 July:
    # June 30 days → 403 × 30/61 = 198.2 → 198 kWh × ¥0.5283 = ¥104.60; July the rest 205 kWh × ¥0.5583 = ¥114.45
    tariffs = periods_of([(D(2024, 1, 1), Decimal("0.5283")), (D(2024, 7, 1), Decimal("0.5583"))],
                         D(2024, 6, 1), D(2024, 7, 31))  # fmt: skip
    assert tariffs == [PricePeriod(D(2024, 6, 1), D(2024, 6, 30), Decimal("0.5283")),
                       PricePeriod(D(2024, 7, 1), D(2024, 7, 31), Decimal("0.5583"))]  # fmt: skip
    r = theft(use="lighting", voltage=220, current="5(60)", date_from=D(2024, 6, 1), date_to=D(2024, 7, 31),
              tariffs=tariffs)  # fmt: skip
    assert (r.kwh, r.amount) == (Decimal(403), Decimal("219.05"))
    text = r.working_text()
    assert "2024-06-01 to 2024-06-30: 30 days, 198 kWh × ¥0.5283/kWh = ¥104.60" in text
    assert "2024-07-01 to 2024-07-31: 31 days, 205 kWh × ¥0.5583/kWh = ¥114.45" in text
    with pytest.raises(Rejected) as exc:
        theft(use="lighting", kw=1, date_from=D(2024, 6, 1), date_to=D(2024, 8, 31), tariffs=tariffs)
    assert [p.field for p in exc.value.problems] == ["tariffs"]


def test_2024_article_table_prints_confirmed_numbers_and_marks_the_rest() -> None:
    assert {ARTICLES_2024[c] for c in (Clause.CATEGORY, Clause.CAPACITY, Clause.SEALED, Clause.TAMPER,
                                       Clause.SOURCE)} == {"第一百零一条"}  # fmt: skip
    r = theft(use="lighting", kw=1, edition="2024")
    assert str(r.rule) == f"供电营业规则（2024年版）1996年版第一百零三条、第一百零二条{PENDING}"
    assert "（2024年版条款号待核）" in str(wrong_wiring(k=2, recorded_kwh=1).rule)


def test_the_working_is_chinese_through_the_catalogue() -> None:
    r = category_violation(loads=[Load(5, "power", "0.1972"), Load(3, "lighting", "0.3242")])
    zh = r.working_text(translator("zh_CN"))
    assert "第 1 行（动力）：5 kW × 12 小时/天 × 90 天 = 5400 kWh；× ¥0.1972/kWh = ¥1064.88" in zh
    assert all(not line.startswith(("Line", "Energy", "Penalty", "Total", "Rule")) for line in zh)
    assert translator("en") is None and r.working_text(translator("en")) == r.working_text()
