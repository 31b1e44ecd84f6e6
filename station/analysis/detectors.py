"""The explainable drop rules of DOMAIN.md, each one vectorised over all customers (rows of E)."""

from __future__ import annotations

import warnings

import numpy as np

from station.analysis.matrix import group_median, lagged, shifted, trailing_mean

# Each function takes E (customers × months, kWh, NaN = no reading) and returns plain arrays; the
# combination into flags, scores and start months is drops.py's job.


def mom_drop(E: np.ndarray, months: int = 3, min_baseline_kwh: float = 20.0, first: int = 0) -> np.ndarray:
    """Rule 1: 1 − E_m / mean(E_{m−months..m−1}); NaN where the baseline is missing or below the minimum.

    Returns columns first.. only (the scan needs its window, not the whole history).
    """
    lags = [lagged(E, k, first) for k in range(1, months + 1)]
    base = sum(lags[1:], lags[0]) / months  # NaN unless every month of the baseline is present
    now = E[:, first:]
    with np.errstate(invalid="ignore", divide="ignore"):
        drop = 1.0 - now / base
    drop[~(base >= min_baseline_kwh) | np.isnan(now)] = np.nan
    return drop


def yoy_drop(E: np.ndarray, min_baseline_kwh: float = 20.0, first: int = 0) -> np.ndarray:
    """Rule 2: 1 − E_m / E_{m−12}; NaN where last year's month is missing or below the minimum.

    Returns columns first.. only.
    """
    last = lagged(E, 12, first)
    now = E[:, first:]
    with np.errstate(invalid="ignore", divide="ignore"):
        drop = 1.0 - now / last
    drop[~(last >= min_baseline_kwh) | np.isnan(now)] = np.nan
    return drop


def segment_yoy_drop(
    E: np.ndarray, start: np.ndarray, end: int, min_baseline_kwh: float = 20.0
) -> np.ndarray:
    """Rule 2 over a run of months: 1 − ΣE[start..end] / ΣE[start−12..end−12], months present in both.

    Summing the months since the drop began makes the comparison robust to one noisy month while keeping
    seasons aligned. NaN where last year's months average below the minimum baseline.
    """
    cols = np.arange(E.shape[1])
    now = E[:, : end + 1]
    last = shifted(E, 12)[:, : end + 1]
    use = (cols[: end + 1][None, :] >= start[:, None]) & ~np.isnan(now) & ~np.isnan(last)
    n = use.sum(axis=1)
    s_now = np.where(use, now, 0.0).sum(axis=1)
    s_last = np.where(use, last, 0.0).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        drop = 1.0 - s_now / s_last
    drop[~(s_last >= min_baseline_kwh * np.maximum(n, 1)) | (n == 0)] = np.nan
    return drop


def peer_ratio(
    level: np.ndarray,
    category: np.ndarray,
    area: np.ndarray,
    n_categories: int,
    n_areas: int,
    min_peers: int = 10,
) -> tuple[np.ndarray, np.ndarray]:
    """Rule 3: each customer's level / the median level of its category in its 台区.

    Groups smaller than `min_peers` use the category's median over all 台区. Returns (ratio,
    same_area) where same_area tells which norm was used (for the reason text).
    """
    key = category.astype(np.int64) * max(n_areas, 1) + area
    med_ca, cnt_ca = group_median(level, key, max(n_categories, 1) * max(n_areas, 1))
    med_c, _ = group_median(level, category.astype(np.int64), max(n_categories, 1))
    same_area = cnt_ca[key] >= min_peers
    med = np.where(same_area, med_ca[key], med_c[category])
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = level / med
    ratio[~(med > 0)] = np.nan
    return ratio, same_area


def robust_z(values: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Rule 3, second form: (x − median) / (1.4826 · MAD) within each group; NaN where the MAD is 0."""
    med, _ = group_median(values, groups, n_groups)
    dev = np.abs(values - med[groups])
    mad, _ = group_median(dev, groups, n_groups)
    scale = 1.4826 * mad[groups]  # makes the MAD a standard deviation for normal data
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (values - med[groups]) / scale
    z[~(scale > 0)] = np.nan
    return z


def zero_run(E: np.ndarray, zero_kwh: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """Rule 4: length of the run of months at ≤ zero_kwh ending at each month, and the run's first month.

    A missing reading (NaN) breaks a run: "no reading" is not "zero". Loops over months, not customers.
    """
    n, m = E.shape
    length = np.zeros((n, m), dtype=np.int32)
    first = np.full((n, m), -1, dtype=np.int32)
    run = np.zeros(n, dtype=np.int32)
    begin = np.full(n, -1, dtype=np.int32)
    low = np.ascontiguousarray((E <= zero_kwh).T)  # NaN compares False
    for j in range(m):
        z = low[j]
        begin = np.where(z & (run == 0), j, begin)
        run = np.where(z, run + 1, 0)
        length[:, j] = run
        first[:, j] = np.where(z, begin, -1)
    return length, first


def expected_kwh(E: np.ndarray, months: int = 3, first: int = 0) -> np.ndarray:
    """What each month "should" be: last year's same month, else the median of the 3 months before.

    Rule 5's reference (DOMAIN.md: "residual against last year / rolling median"). Returns columns
    first.. only: the scan needs its window, not the whole history.
    """
    last = lagged(E, 12, first)
    gaps = np.isnan(last)
    rows = np.flatnonzero(gaps.any(axis=1))  # the rolling median only where last year is missing somewhere
    if not rows.size:
        return last
    sub = E[rows]
    prev = [lagged(sub, k, first) for k in range(1, months + 1)]
    if months == 3:
        roll = median_of_three(*prev)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # months without any reading stay NaN
            roll = np.nanmedian(np.stack(prev), axis=0)
    last[rows] = np.where(gaps[rows], roll, last[rows])
    return last


def median_of_three(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Elementwise median of three arrays ignoring gaps: sum − max − min, or the mean of two, or the one
    (NaN where all three are missing). Several times faster than np.nanmedian over a stacked axis.

    fmax / fmin skip a gap, so where one or two are missing the largest and smallest present are the two
    present (or the one, twice): their mean is the median then, and the full sum is NaN exactly there."""
    mx, mn = np.fmax(np.fmax(a, b), c), np.fmin(np.fmin(a, b), c)
    full = a + b + c - mx - mn
    return np.where(np.isnan(full), (mx + mn) / 2.0, full)


#: A month below this share of its neighbours' level whose next month catches up (the two within
#: LATE_SUM of two months' worth) was billed late (choice of this module, tuned on the tune parts of the
#: evaluation sets: 0.3–0.7 and 0.2–0.5 all helped the start month; these were best on both sets).
LATE_LOW = 0.5
LATE_SUM = 0.3


def billed_late_spread(E: np.ndarray) -> np.ndarray:
    """E with each month billed late spread over itself and the month after.

    A month below LATE_LOW of its neighbours' level (the median of the month before it and of the two
    months around the pair) whose next month holds about what both should (their sum within LATE_SUM of
    twice that level) was read late: one month looks like a fall, the next like a recovery. Both get their
    mean, so that a late reading no longer starts a drop before the theft's own or hides a partial one.
    """
    n, m = E.shape
    out = np.array(E, dtype=np.float64, copy=True)
    if m < 4:
        return out
    # Every pair (j, j + 1), j = 1 … m − 2, at once: the level from the month before and the two around the pair.
    gap = np.full((n, 2), np.nan)
    before = out[:, : m - 2]  # j − 1
    after = np.concatenate([out[:, 3:], gap[:, :1]], axis=1)  # j + 2 (none for the last pair)
    two_before = np.concatenate([gap[:, :1], out[:, : m - 3]], axis=1)  # j − 2 (none for the first pair)
    level = median_of_three(before, after, two_before)
    a, b = out[:, 1 : m - 1], out[:, 2:]
    with np.errstate(invalid="ignore"):
        late = (a < LATE_LOW * level) & (np.abs(a + b - 2.0 * level) <= LATE_SUM * 2.0 * level)
    if late.any():
        # Two late pairs never share a month: the catching-up month holds at least 0.9 of its pair's level and
        # a late month under half of its own, and those two levels, medians of overlapping months, cannot
        # differ that much. So every pair is written at once, as a pass month by month would write them.
        mean = (a + b) / 2.0
        spread = out.copy()
        rows, cols = np.nonzero(late)
        spread[rows, cols + 1] = mean[rows, cols]
        spread[rows, cols + 2] = mean[rows, cols]
        out = spread
    return out


def cusum_drop(
    E: np.ndarray,
    first: int,
    last: int,
    *,
    allowance: float,
    min_baseline_kwh: float,
    expected: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Rule 5: one-sided lower CUSUM of r = E/expected − 1 (clipped to [−1, 1]) over months first..last.

    S_m = max(0, S_{m−1} − r_m − allowance). Returns (the highest S reached, the month its run began):
    the run start is the classical CUSUM estimate of the month the drop began. Months without a usable
    expectation (missing, below the minimum baseline) add nothing. expected, when given, is
    expected_kwh(E, first=first) (columns first..).
    """
    ref = expected_kwh(E, first=first) if expected is None else expected  # columns first..
    n = E.shape[0]
    s = np.zeros(n)
    run_start = np.full(n, first, dtype=np.int32)
    best = np.zeros(n)
    best_start = np.full(n, -1, dtype=np.int32)
    # Month-major copies: each step reads one contiguous row instead of a strided column.
    e_t = np.ascontiguousarray(E[:, first : last + 1].T)
    ref_t = np.ascontiguousarray(ref[:, : last + 1 - first].T)
    for j in range(first, last + 1):
        e, x = e_t[j - first], ref_t[j - first]
        ok = (x >= min_baseline_kwh) & ~np.isnan(e)
        with np.errstate(invalid="ignore", divide="ignore"):
            r = np.where(ok, np.clip(e / x - 1.0, -1.0, 1.0), 0.0)
        s = np.maximum(0.0, s - r - np.where(ok, allowance, 0.0))
        run_start = np.where(s == 0.0, j + 1, run_start)
        better = s > best
        best = np.where(better, s, best)
        best_start = np.where(better, run_start, best_start)
    return best, best_start


def events_near(
    n: int, customer: np.ndarray, month: np.ndarray, target: np.ndarray, window: int
) -> np.ndarray:
    """Rule 6, second half: True for customers with an asset event within ±window months of target[i]."""
    hit = np.zeros(n, dtype=bool)
    if customer.size:
        near = np.abs(month - target[customer]) <= window
        hit[customer[near & (target[customer] >= 0)]] = True
    return hit


def loss_rise_at(rate: np.ndarray, area: np.ndarray, month: np.ndarray, months: int = 3) -> np.ndarray:
    """Rule 6, first half: rise of the customer's 台区 loss rate (points) in `month` vs the mean of the
    `months` before it; NaN where the rate is not computable or the month unknown."""
    base = trailing_mean(rate, months)
    rise = rate - base
    out = np.full(area.shape[0], np.nan)
    ok = (month >= 0) & (area >= 0)
    out[ok] = rise[area[ok], month[ok]]
    return out
