"""When did a drop begin? A ramp fit of each flagged customer's residual against last year.

The CUSUM of rules.py finds *that* consumption fell, but its run starts where the fall first exceeds the
allowance: a theft that grows over months (a meter slowed a little more each month, a bypass extended) is
dated when it is already large, two or three months late. Here each candidate start s and ramp length L is
a model of the residual r_m = E_m / expected_m − 1 (clipped to ±1):

    r_m = a − d · min(1, max(0, (m − s + 1) / L))

a level a before s, a fall by d reached after L months (L = 1: a step). Each (s, L) is fitted by least
squares (a and d closed form); the start is the s of the best fit with d > 0. The free level a absorbs a
customer's growth against last year, so the ramp is judged against the customer's own level.

Numpy over the rows asked for (the flagged customers): a few milliseconds per thousand rows.
"""

from __future__ import annotations

import numpy as np

from station.analysis.rules import expected_kwh

#: Ramp lengths tried, months (choice of this module: the theft ramps of the evaluation sets take 4–8
#: months; 1 is a step, so abrupt drops keep their month).
RAMPS = (1, 2, 3, 4, 6, 8)
#: How far from the detector's own start the fit may move it (months before, after; choice of this module,
#: tuned on the tune parts: a change point run started by a few noisy months before the real fall is
#: the commoner error on real enterprise series, a late ramp start the commoner on households).
SEARCH = (2, 6)
#: Least months before a candidate start that give its level (else the level is a guess).
MIN_BEFORE = 3


def residual(E: np.ndarray, expected: np.ndarray, first: int, min_baseline_kwh: float) -> np.ndarray:
    """r = E / expected − 1 over columns first.. (expected holds those columns), clipped to [−1, 1]; NaN
    where the month or its expectation is missing or below the minimum baseline."""
    e = E[:, first:]
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.clip(e / expected - 1.0, -1.0, 1.0)
    r[~(expected >= min_baseline_kwh) | np.isnan(e)] = np.nan
    return r


def ramp_start(r: np.ndarray, start: np.ndarray, first: int, search: tuple[int, int] = SEARCH,
               ramps: tuple[int, ...] = RAMPS, evidence: float = 0.0) -> np.ndarray:
    """The refined start column of each row of r (residuals of columns first..), given the detector's start.

    Rows whose fit finds no fall (or too few months) keep their start. start < 0 stays as it is.
    """
    n, m = r.shape
    cols = np.arange(first, first + m)
    w = ~np.isnan(r)
    y = np.where(w, r, 0.0)
    N = w.sum(axis=1).astype(np.float64)
    Sy = y.sum(axis=1)
    total = (y * y).sum(axis=1) - Sy * Sy / np.maximum(N, 1)
    best_sse = np.full(n, np.inf)
    here_sse = np.full(n, np.inf)  # a step at the detector's start: what the change point says
    best = start.astype(np.int64).copy()
    for off in range(-search[0], search[1] + 1):
        s = start + off
        before = (w & (cols[None, :] < s[:, None])).sum(axis=1)
        usable = (start >= 0) & (before >= MIN_BEFORE) & (s <= cols[-1])
        for L in ramps:
            x = np.clip((cols[None, :] - s[:, None] + 1) / L, 0.0, 1.0) * w
            Sx, Sxx, Sxy = x.sum(axis=1), (x * x).sum(axis=1), (x * y).sum(axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                vx = Sxx - Sx * Sx / N
                cxy = Sxy - Sx * Sy / N
                gain = cxy * cxy / vx  # how much of the spread the fall explains
            ok = usable & (vx > 1e-9) & (cxy < 0)  # cxy < 0: consumption fell (d > 0)
            sse = np.where(ok, total - gain, np.inf)
            if off == 0 and L == 1:
                here_sse = np.minimum(here_sse, sse)
            better = sse < best_sse
            best_sse = np.where(better, sse, best_sse)
            best = np.where(better, s, best)
    # Move only when the fit says so clearly: N·log(SSE_here / SSE_best) above `evidence` (a likelihood
    # ratio of two Gaussian fits); intermittent or noisy drops, which no ramp describes, keep their start.
    with np.errstate(invalid="ignore", divide="ignore"):
        lr = N * np.log(here_sse / np.maximum(best_sse, 1e-12))
    move = (start >= 0) & np.isfinite(best_sse) & ((lr > evidence) | ~np.isfinite(here_sse))
    return np.where(move, best, start)


def refine(E: np.ndarray, start: np.ndarray, rows_mask: np.ndarray, lo: int, T: int, min_baseline_kwh: float,
           evidence: float) -> np.ndarray:
    """start with the rows of `rows_mask` (the flagged) refined by `ramp_start`, kept within lo..T.

    The residuals run from a year before the window (lo − 12), as the change point's CUSUM does.
    """
    rows = np.flatnonzero(rows_mask)
    if not rows.size:
        return start
    first = max(0, lo - 12)
    sub = E[rows, : T + 1]
    r = residual(sub, expected_kwh(sub, first=first), first, min_baseline_kwh)
    out = start.copy()
    out[rows] = np.clip(ramp_start(r, start[rows], first, evidence=evidence), lo, T)
    return out
