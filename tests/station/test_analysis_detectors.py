"""Each drop rule on small hand-made series, and the scan's flag, start month and reason for them."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from station.analysis import detectors
from station.analysis.drops import AssetEvents, Cancelled, ScanMeta, scan
from station.analysis.matrix import MonthAxis
from station.analysis.reasons import Rule

AXIS = MonthAxis(202301, 24)  # column 14 = 2024-03


def population(target_rows: list[np.ndarray], *, peers: int = 30, level: float = 200.0) -> np.ndarray:
    """Peers of a flat household (±3 %, deterministic) followed by the hand-made target rows."""
    months = len(target_rows[0])
    wiggle = 1.0 + 0.03 * np.sin(np.arange(peers)[:, None] * 1.7 + np.arange(months)[None, :])
    return np.vstack([level * wiggle, *target_rows])


def meta_for(
    E: np.ndarray,
    *,
    area: np.ndarray | None = None,
    events: AssetEvents | None = None,
    supplied: np.ndarray | None = None,
    active: np.ndarray | None = None,
) -> ScanMeta:
    n = E.shape[0]
    area = np.zeros(n, dtype=np.int64) if area is None else area
    return ScanMeta(
        axis=MonthAxis(202301, E.shape[1]),
        category=np.zeros(n, dtype=np.int64),
        area=area,
        active=np.ones(n, dtype=bool) if active is None else active,
        n_categories=1,
        n_areas=int(area.max()) + 1,
        events=events or AssetEvents.empty(),
        supplied=supplied,
    )


def drop_series(months: int = 24, at: int = 14, before: float = 200.0, after: float = 50.0) -> np.ndarray:
    return np.where(np.arange(months) < at, before, after).astype(np.float64)


def test_household_dropping_from_200_to_50_at_month_14_is_flagged_from_month_14() -> None:
    E = population([drop_series()])
    res = scan(E, meta_for(E), 23)
    i = E.shape[0] - 1
    assert res.flagged[i] and not res.flagged[:-1].any()
    assert res.start_month[i] == 14
    assert {"MOM", "YOY", "PEER", "CUSUM"} <= set(res.codes(i))
    assert (
        res.reason(i)
        == "2024-03 起电量较去年同期下降 75%，较前 3 个月均值下降 75%，同台区同类用户中位数的 25%"
    )
    assert res.reason(i, "en").startswith("From 2024-03, consumption 75% below the same months last year")


def test_month_over_month_rule_measures_against_the_three_months_before() -> None:
    drop = detectors.mom_drop(drop_series()[None, :])[0]
    assert drop[14] == pytest.approx(0.75)
    assert np.isnan(drop[:3]).all()  # no three months before yet
    assert drop[13] == pytest.approx(0.0)
    # Below the minimum baseline a drop is not judged.
    assert np.isnan(detectors.mom_drop(drop_series(before=10, after=1)[None, :], min_baseline_kwh=20)[0, 14])


def test_seasonal_household_whose_summer_peak_ends_does_not_fire_year_over_year() -> None:
    cal = AXIS.calendar_month()
    seasonal = np.where(np.isin(cal, (7, 8)), 600.0, 150.0)
    sept = 20  # 2024-09
    assert detectors.mom_drop(seasonal[None, :])[0, sept] >= 0.5  # month over month alone would fire
    assert detectors.yoy_drop(seasonal[None, :])[0, sept] == pytest.approx(0.0)
    E = population([seasonal])
    res = scan(E, meta_for(E), sept)
    assert not res.flagged[-1]
    assert res.fired[-1] == 0


def test_zero_streak_of_three_months_fires_with_its_first_month() -> None:
    s = np.full(24, 100.0)
    s[21:] = 0.0
    length, first = detectors.zero_run(s[None, :])
    assert length[0, 23] == 3 and first[0, 23] == 21
    E = population([s], level=100.0)
    res = scan(E, meta_for(E), 23)
    assert res.flagged[-1] and "ZERO" in res.codes(E.shape[0] - 1)
    assert res.start_month[-1] == 21
    assert "连续 3 个月电量为零" in res.reason(E.shape[0] - 1)


def test_two_zero_months_or_an_inactive_account_do_not_fire_the_zero_rule() -> None:
    two = np.full(24, 100.0)
    two[22:] = 0.0
    E = population([two], level=100.0)
    res = scan(E, meta_for(E), 23)
    assert res.zero_len[-1] == 2 and not res.fired[-1] & Rule.ZERO
    three = np.full(24, 100.0)
    three[21:] = 0.0
    E3 = population([three], level=100.0)
    active = np.ones(E3.shape[0], dtype=bool)
    active[-1] = False
    res3 = scan(E3, meta_for(E3, active=active), 23)
    assert res3.zero_len[-1] == 3 and not res3.fired[-1] & Rule.ZERO


def test_missing_reading_breaks_a_zero_streak() -> None:
    s = np.array([5.0, 0, 0, np.nan, 0, 0])
    length, _ = detectors.zero_run(s[None, :])
    assert list(length[0]) == [0, 1, 2, 0, 1, 2]


def test_drop_explained_by_a_meter_swap_ranks_lower() -> None:
    E = population([drop_series(), drop_series()])
    thief, swapped = E.shape[0] - 2, E.shape[0] - 1
    events = AssetEvents(np.array([swapped]), np.array([14]), np.array([1]))
    res = scan(E, meta_for(E, events=events), 23)
    assert res.flagged[thief] and res.flagged[swapped]
    assert res.score[swapped] < res.score[thief]
    assert list(res.ranked()).index(thief) < list(res.ranked()).index(swapped)
    assert "EVENT" in res.codes(swapped) and "换表" in res.reason(swapped)


def test_drop_in_a_month_the_area_loss_rate_rose_ranks_higher() -> None:
    E = population([drop_series(), drop_series()])
    a, b = E.shape[0] - 2, E.shape[0] - 1
    area = np.zeros(E.shape[0], dtype=np.int64)
    area[b] = 1
    sold = np.vstack([np.nansum(E[area == 0], axis=0), E[b]])
    supplied = sold / 0.95  # 5 % loss …
    supplied[1, 14:] = E[b, :14].mean() / 0.95  # … but area 1 keeps receiving the pre-drop energy
    res = scan(E, meta_for(E, area=area, supplied=supplied), 23)
    assert "LOSS" in res.codes(b) and "LOSS" not in res.codes(a)
    assert res.score[b] > res.score[a]
    assert "线损率同期上升" in res.reason(b)


def test_change_point_finds_the_start_of_a_gradual_decline() -> None:
    s = np.full(24, 300.0)
    s[15:] = 300.0 * np.maximum(1.0 - 0.15 * np.arange(1, 10), 0.3)
    best, start = detectors.cusum_drop(s[None, :], 12, 23, allowance=0.25, min_baseline_kwh=20.0)
    assert best[0] > 1.2
    assert abs(int(start[0]) - 15) <= 1


def test_peer_rule_compares_with_the_median_of_the_same_category_and_area() -> None:
    level = np.array([100.0] * 12 + [20.0] + [1000.0] * 3)
    cat = np.array([0] * 13 + [1] * 3)
    area = np.zeros(16, dtype=np.int64)
    ratio, same_area = detectors.peer_ratio(level, cat, area, 2, 1, min_peers=10)
    assert ratio[12] == pytest.approx(0.2)
    assert same_area[12] and not same_area[13]  # 3 customers are too few for an area norm


def test_new_customer_ramping_up_is_not_flagged() -> None:
    s = np.full(24, np.nan)
    s[10:] = 200.0
    s[10] = 40.0  # partial first month
    E = population([s])
    assert not scan(E, meta_for(E), 23).flagged[-1]


def test_scan_of_a_past_month_does_not_see_later_readings() -> None:
    E = population([drop_series(at=20)])
    assert not scan(E, meta_for(E), 18).flagged[-1]
    assert scan(E, meta_for(E), 23).start_month[-1] == 20


def test_scan_reports_progress_and_stops_when_cancelled() -> None:
    E = population([drop_series()])
    seen: list[float] = []
    scan(E, meta_for(E), 23, progress=lambda f, text="": seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(Cancelled):
        scan(E, meta_for(E), 23, cancelled=lambda: True)


def test_loss_cross_check_reads_the_area_the_customer_was_in_when_the_drop_began() -> None:
    # b drops at month 14 in area 1, whose loss rises; he moves to area 0 (no rise) at month 20.
    E = population([drop_series(), drop_series()])
    a, b = E.shape[0] - 2, E.shape[0] - 1
    member = np.zeros(E.shape, dtype=np.int64)
    member[b, :20] = 1
    sold = np.vstack([np.nansum(np.where(member == k, E, 0.0), axis=0) for k in (0, 1)])
    supplied = sold / 0.95
    supplied[1, 14:20] = E[b, :14].mean() / 0.95  # area 1 keeps receiving the pre-drop energy
    supplied[1, 20:] = np.nan  # no one left there: not collected
    meta = replace(meta_for(E, area=member[:, -1], supplied=supplied), n_areas=2, membership=member)
    res = scan(E, meta, 23)
    assert "LOSS" in res.codes(b) and "LOSS" not in res.codes(a)
    # Area 1's rate went from 5 % to (200 − 50) / 200 ≈ 75 %: the rise quoted is area 1's, not area 0's.
    assert res.loss_rise[b] > 60 and abs(res.loss_rise[a]) < 5


def test_a_month_billed_late_is_spread_over_itself_and_the_catch_up_month() -> None:
    # 300 kWh a month; month 5 was read late (60), month 6 holds the rest (540): two ordinary months
    row = np.full(12, 300.0)
    row[5], row[6] = 60.0, 540.0
    theft = np.full(12, 300.0)
    theft[5:] = 120.0  # a fall that stays: no catch-up, nothing to spread
    out = detectors.billed_late_spread(np.vstack([row, theft]))
    np.testing.assert_allclose(out[0], np.full(12, 300.0))
    np.testing.assert_array_equal(out[1], theft)


def test_late_readings_are_spread_as_the_month_by_month_rule_says_on_wild_series() -> None:
    # The rule read pair by pair (month j late, j + 1 catching up, judged on the readings as billed) against
    # the all-at-once version, on series of bursts, zeros and gaps where many pairs are late.
    def by_month(E: np.ndarray) -> np.ndarray:
        out = E.copy()
        for i, row in enumerate(E):
            for j in range(1, E.shape[1] - 1):
                around = [row[j - 1], row[j + 2] if j + 2 < row.size else np.nan, row[j - 2] if j >= 2 else np.nan]
                present = [v for v in around if not np.isnan(v)]
                if not present:
                    continue
                level = float(np.median(present))
                a, b = row[j], row[j + 1]
                if a < detectors.LATE_LOW * level and abs(a + b - 2 * level) <= detectors.LATE_SUM * 2 * level:
                    out[i, j] = out[i, j + 1] = (a + b) / 2
        return out

    rng = np.random.default_rng(11)
    E = rng.choice([0.0, 5.0, 60.0, 100.0, 150.0, 300.0, 540.0, 900.0], size=(4000, 14))
    E[rng.random(E.shape) < 0.08] = np.nan
    expected = by_month(E)
    assert (~np.isclose(expected, E, equal_nan=True)).sum() > 1000  # many months were spread
    np.testing.assert_array_equal(detectors.billed_late_spread(E), expected)


def test_a_40_percent_drop_after_a_late_reading_is_flagged_from_the_month_it_began() -> None:
    # a household (its own seasons, peers alike ±8 %) read late in 2025-08 (2 kWh, the rest billed in
    # 2025-09), then billed 40 % less for good from 2025-10: listed from 2025-10 with last year's fall, not
    # from the late month with a "99 % below the 3 months before"
    thief = np.array([212, 166, 153, 171, 179, 231, 312, 335, 231, 158, 179, 226, 219, 173, 164, 148, 202, 273,
                      447, 327, 212, 180, 196, 270, 282, 220, 162, 160, 235, 281, 298, 2, 722, 117, 115, 148.0])
    months = thief.size
    rng = np.random.default_rng(4)
    season = np.tile(thief[:12] / thief[:12].mean(), 3)
    E = np.vstack([220.0 * season[None, :] * rng.lognormal(0, 0.08, (40, months)), thief])
    res = scan(E, replace(meta_for(E), axis=MonthAxis(202301, months)))
    i = E.shape[0] - 1
    assert res.flagged[i] and not res.flagged[:i].any()
    assert int(res.start_month[i]) == 33
    assert res.reason(i).startswith("2025-10 起电量较去年同期下降 41%")


def test_a_noisy_factory_billing_35_percent_less_for_good_is_listed_from_the_month_it_began() -> None:
    # ±12 % month to month, seasons of ±20 %; from 2025-06 (column 29) a third less for seven months: a
    # partial theft's fall counts in the score as fully as a deeper one (full_drop), so it is listed and dated
    months, at = 36, 29
    rng = np.random.default_rng(27)
    season = 1.0 + 0.2 * np.cos(np.arange(months) * 2 * np.pi / 12)
    E = 5000.0 * season[None, :] * rng.lognormal(0, 0.12, (41, months))
    E[-1, at:] *= 0.65
    res = scan(E, replace(meta_for(E), axis=MonthAxis(202301, months)))
    i = E.shape[0] - 1
    assert res.flagged[i] and int(res.start_month[i]) == at
    assert res.reason(i).startswith("2025-06 起电量较去年同期下降")
    assert not res.flagged[:i].any() and res.score[:i].max() < 10
