"""A plain rule to set beside the scan: year-over-year drop + 3-month-mean drop + a one-sided CUSUM start.

Written once from the textbook rules, not tuned on any evaluation set. For the scanned month T (the last
column):

1. **Start month** — a one-sided downward CUSUM over the last 12 months on r_m = log((E_m + 1)/(E_{m−12} + 1))
   (against the trailing 3-month mean where last year is missing): S_m = max(0, S_{m−1} − r_m − K) with
   K = 0.15. The start is the month after S was last zero before its maximum.
2. **Year-over-year** — yoy = 1 − ΣE[s..T] / ΣE[s−12..T−12] (the months since the start against the same
   months a year earlier).
3. **3-month mean** — mom = 1 − mean(E[s..T]) / mean(E[s−3..s−1]).
4. **Score** = 100 × (yoy + mom)/2, clipped to 0..100 (a side that cannot be computed counts as 0).
   Inactive accounts and customers whose reference level is below `MIN_KWH` get 0.
5. **Flag** when score ≥ `FLAG_SCORE` (40: on average a 40 % drop on both sides, the DOMAIN's YoY threshold).

It reads nothing but E and `meta.active`: no peers, no 台区 supply, no asset events.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from station.analysis.drops import ScanMeta

K = 0.15
MIN_KWH = 10.0  # reference months below this mean are too small to judge
FLAG_SCORE = 40.0
WINDOW = 12


@dataclass(frozen=True, slots=True)
class Detection:
    """Per-customer score (0..100), flag and start column (−1 when not flagged)."""

    score: np.ndarray
    flagged: np.ndarray
    start_month: np.ndarray


def _trailing3(E: np.ndarray) -> np.ndarray:
    out = np.full(E.shape, np.nan)
    with np.errstate(invalid="ignore"):
        for j in range(3, E.shape[1]):
            out[:, j] = np.nanmean(E[:, j - 3 : j], axis=1)
    return out


def detect(E: np.ndarray, meta: ScanMeta) -> Detection:
    E = np.asarray(E, dtype=np.float64)
    n, T1 = E.shape
    T = T1 - 1
    lo = max(1, T - WINDOW + 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        ref = np.full(E.shape, np.nan)
        ref[:, 12:] = E[:, :-12]
        t3 = _trailing3(E)
        ref = np.where(np.isnan(ref), t3, ref)
        r = np.log((E + 1.0) / (ref + 1.0))
        r = np.nan_to_num(r, nan=0.0)

        S = np.zeros(n)
        best = np.zeros(n)
        last_zero = np.full(n, lo - 1)
        start = np.full(n, lo, dtype=np.int64)
        for m in range(lo, T + 1):
            S = np.maximum(0.0, S - r[:, m] - K)
            last_zero = np.where(S == 0, m, last_zero)
            better = S > best
            best = np.where(better, S, best)
            start = np.where(better, last_zero + 1, start)
        start = np.clip(start, lo, T)

        cols = np.arange(T1)[None, :]
        since = (cols >= start[:, None]) & (cols <= T)
        year_ago = (cols >= start[:, None] - 12) & (cols <= T - 12)
        before3 = (cols >= start[:, None] - 3) & (cols < start[:, None])
        Ez = np.where(np.isnan(E), 0.0, E)
        have = ~np.isnan(E)
        now_sum = (Ez * since).sum(1)
        now_n = (have & since).sum(1)
        past_sum = (Ez * year_ago).sum(1)
        past_n = (have & year_ago).sum(1)
        # compare like with like: the year-ago sum scaled to the number of months read now
        yoy = 1 - (now_sum / np.maximum(now_n, 1)) / (past_sum / np.maximum(past_n, 1))
        yoy = np.where((past_n > 0) & (now_n > 0) & (past_sum / np.maximum(past_n, 1) >= MIN_KWH), yoy, np.nan)
        pre = (Ez * before3).sum(1) / np.maximum((have & before3).sum(1), 1)
        mom = 1 - (now_sum / np.maximum(now_n, 1)) / pre
        mom = np.where(((have & before3).sum(1) > 0) & (now_n > 0) & (pre >= MIN_KWH), mom, np.nan)

    score = 100 * (np.nan_to_num(np.clip(yoy, 0, 1)) + np.nan_to_num(np.clip(mom, 0, 1))) / 2
    score = np.where(np.asarray(meta.active, dtype=bool), score, 0.0)
    flagged = score >= FLAG_SCORE
    return Detection(score, flagged, np.where(flagged, start, -1))
