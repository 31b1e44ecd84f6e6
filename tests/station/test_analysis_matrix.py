"""Month axis arithmetic, group medians, and the reason text a clerk reads."""

from __future__ import annotations

import numpy as np
import pytest

from station.analysis.matrix import MonthAxis, group_median, trailing_mean
from station.analysis.reasons import fragment, render, rule_codes


def test_month_axis_round_trip_across_years() -> None:
    axis = MonthAxis(202311, 36)
    assert axis.index_of(202311) == 0 and axis.index_of(202401) == 2 and axis.index_of(202610) == 35
    assert axis.label(2) == "2024-01" and axis.month(35) == 202610
    assert list(axis.calendar_month()[:3]) == [11, 12, 1]
    with pytest.raises(IndexError):
        axis.index_of(202610 + 1)
    with pytest.raises(ValueError):
        MonthAxis(202313, 2)


def test_group_median_matches_numpy_per_group() -> None:
    rng = np.random.default_rng(0)
    values = rng.normal(size=1000)
    values[::7] = np.nan
    groups = rng.integers(0, 5, 1000)
    med, cnt = group_median(values, groups, 6)
    for g in range(5):
        v = values[(groups == g) & ~np.isnan(values)]
        assert med[g] == pytest.approx(np.median(v)) and cnt[g] == v.size
    assert np.isnan(med[5]) and cnt[5] == 0


def test_trailing_mean_needs_all_months_present() -> None:
    a = np.array([[1.0, 2.0, 3.0, 4.0, np.nan, 6.0, 7.0, 8.0]])
    out = trailing_mean(a, 3)
    assert np.isnan(out[0, :3]).all()
    assert out[0, 3] == pytest.approx(2.0) and out[0, 4] == pytest.approx(3.0)
    assert np.isnan(out[0, 5:]).all()  # the gap at month 4 is among the three before


def test_reason_in_chinese_and_english() -> None:
    parts = [fragment("start", start="2025-03"), fragment("yoy", pct=72), fragment("peer_area", pct=18)]
    assert render(parts) == "2025-03 起电量较去年同期下降 72%，同台区同类用户中位数的 18%"
    assert render(parts, "en") == (
        "From 2025-03, consumption 72% below the same months last year; 18% of the median of the same category in the area"
    )
    # The GUI passes Qt's translate with the English template as the key (here a stand-in catalogue).
    catalogue = {"From {start}": "Ab {start}", "{start}, {rest}": "{start}: {rest}", "; ": " / "}
    translated = render(parts, translate=lambda ctx, text: catalogue.get(text, text))
    assert translated.startswith("Ab 2025-03: consumption 72% below") and " / 18% of the median" in translated
    assert rule_codes(1 | 2 | 64) == ["MOM", "YOY", "EVENT"]
