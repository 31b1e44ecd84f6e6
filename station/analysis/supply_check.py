"""Rule 6's 台区 cross-check as evidence: did the area's loss rise by what the customer stopped buying?

A customer who steals keeps drawing the energy through the 台区's gateway meter: the area's supply stays,
its sales fall by the stolen kWh, so its loss rises by about the customer's drop. A closure, a stoppage or an
empty home lowers the supply as much as the sales: the loss does not move. With d the customer's drop (kWh
a month, against the same months a year before) and Δ the rise of the area's loss kWh over the same
months, the log-likelihood ratio of "theft" (Δ ≈ d) against "genuine fall" (Δ ≈ 0), with σ the noise of
the difference of two means of the area's monthly loss, is

    LLR = (Δ·d − d²/2) / σ²

Positive: the loss rose with the drop (theft-like); negative: the supply fell with it (a real reduction);
near zero when the customer is too small against the area's noise to tell. Numpy only.
"""

from __future__ import annotations

import warnings

import numpy as np

#: Months before a drop whose loss kWh gives the area's noise (choice of this module: a year, so a season
#: is in it and σ errs on the large side).
NOISE_MONTHS = 12
#: Fallback baseline when last year's months are missing: the months just before the start.
PRE_MONTHS = 6
LLR_CAP = 8.0
#: The least noise of a 台区's monthly loss, as a share of its supply (choice of this module: meters of
#: class 0.5S–1 and readings a day apart never agree better than this).
NOISE_FLOOR = 0.005


def span_means(X: np.ndarray, rows: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mean, count) of the present values of X[rows[i], lo[i]..hi[i]] (inclusive; clipped to the columns)."""
    n, m = X.shape
    present = ~np.isnan(X)
    csum = np.zeros((n, m + 1))
    np.cumsum(np.where(present, X, 0.0), axis=1, out=csum[:, 1:])
    ccnt = np.zeros((n, m + 1), dtype=np.int64)
    np.cumsum(present, axis=1, out=ccnt[:, 1:])
    a = np.clip(lo, 0, m)
    b = np.clip(hi + 1, 0, m)
    b = np.maximum(a, b)
    total = csum[rows, b] - csum[rows, a]
    count = ccnt[rows, b] - ccnt[rows, a]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    return mean, count


def _baseline(X: np.ndarray, rows: np.ndarray, start: np.ndarray, T: int) -> np.ndarray:
    """Mean over the same months a year before start..T, else over the PRE_MONTHS before the start."""
    ly, n_ly = span_means(X, rows, start - 12, np.full_like(start, T - 12))
    pre, _ = span_means(X, rows, start - PRE_MONTHS, start - 1)
    k = T - start + 1
    return np.where(n_ly * 2 >= np.minimum(k, 12), ly, pre)


def supply_llr(E: np.ndarray, loss_kwh: np.ndarray, area: np.ndarray, start: np.ndarray, T: int,
               supplied: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(LLR, customer's drop kWh/month) per customer (NaN where the drop or the area's loss is unknown).

    E: customers × months (columns 0..T read); loss_kwh: 台区 × months loss kWh (NaN not computable);
    area: the 台区 index each customer was in when its drop began (−1 none); start: the drop's first column.
    supplied (台区 × months) sets a floor under the noise: no gateway reads better than NOISE_FLOOR of it.
    """
    n = E.shape[0]
    llr = np.full(n, np.nan)
    drop = np.full(n, np.nan)
    rows = np.flatnonzero((start >= 0) & (area >= 0) & (start <= T))
    if not rows.size:
        return llr, drop
    s, a = start[rows].astype(np.int64), area[rows].astype(np.int64)
    t = np.full_like(s, T)
    own = np.arange(rows.size)
    Er = E[rows, : T + 1]
    now_c, _ = span_means(Er, own, s, t)
    d = _baseline(Er, own, s, T) - now_c
    L = loss_kwh[:, : T + 1]
    now_l, n_now = span_means(L, a, s, t)
    delta = now_l - _baseline(L, a, s, T)
    # The noise of Δ: the robust spread (1.4826 · MAD) of the year-over-year differences of the area's
    # monthly loss up to T (seasons cancel as they do in Δ; a theft or closure elsewhere in the history
    # does not inflate a MAD), over the k months of the comparison.
    sigma = _area_noise(L)
    if supplied is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            floor = NOISE_FLOOR * np.nanmedian(supplied[:, : T + 1], axis=1)
        # the floor lifts a too-steady spread; it never stands in for an area without 3 computable months
        sigma = np.where(np.isnan(sigma), np.nan, np.maximum(sigma, floor))
    k = np.clip(n_now, 1, 12)
    var_diff = sigma[a] ** 2 / k
    with np.errstate(invalid="ignore", divide="ignore"):
        value = (delta * d - d * d / 2.0) / var_diff
    ok = (d > 0) & (var_diff > 0) & np.isfinite(value)  # NaN σ (under 3 months of loss): nothing to tell
    llr[rows[ok]] = np.clip(value[ok], -LLR_CAP, LLR_CAP)
    drop[rows] = d
    return llr, drop


def _area_noise(L: np.ndarray) -> np.ndarray:
    """Per 台区: 1.4826 · MAD of L[m] − L[m−12] over the months where both exist.

    Without a year-over-year difference (under 13 months, or too few of them), the spread of the levels
    themselves × √2: Δ then compares with the months just before, across a season, and must say so.
    """
    def mad(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # an area without a computable month stays NaN
            med = np.nanmedian(X, axis=1)
            spread = 1.4826 * np.nanmedian(np.abs(X - med[:, None]), axis=1)
        return spread, (~np.isnan(X)).sum(axis=1)

    level, n_level = mad(L)
    level = np.where(n_level >= 3, level * np.sqrt(2.0), np.nan)
    if L.shape[1] <= 12:
        return level
    yoy, n_yoy = mad(L[:, 12:] - L[:, :-12])
    return np.where((n_yoy >= 3) & (yoy > 0), yoy, level)


def _variance(X: np.ndarray, rows: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sample variance, count) of the present values of X[rows[i], lo[i]..hi[i]]."""
    mean, count = span_means(X, rows, lo, hi)
    sq, _ = span_means(X * X, rows, lo, hi)
    var = np.maximum(sq - mean * mean, 0.0) * count / np.maximum(count - 1, 1)
    return np.where(count >= 2, var, np.nan), count


def loss_rate_rise(rate: np.ndarray, area: np.ndarray, start: np.ndarray, T: int) -> np.ndarray:
    """Rise of the area's loss rate (points) over start..T against its baseline months; NaN where unknown."""
    n = area.shape[0]
    out = np.full(n, np.nan)
    rows = np.flatnonzero((start >= 0) & (area >= 0) & (start <= T))
    if not rows.size:
        return out
    s, a = start[rows].astype(np.int64), area[rows].astype(np.int64)
    R = rate[:, : T + 1]
    now, _ = span_means(R, a, s, np.full_like(s, T))
    out[rows] = now - _baseline(R, a, s, T)
    return out
