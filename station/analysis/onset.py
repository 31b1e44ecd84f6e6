"""When did a drop begin? A two-segment fit of each flagged customer's residual against last year.

The CUSUM of detectors.py finds *that* consumption fell, but its run starts where the fall first exceeds the
allowance: a theft that grows over months (a meter slowed a little more each month, a bypass extended) is
dated when it is already large, and a few noisy months before a step start the run too early. Here each
candidate start s and ramp length L is a model of the residual r_m = E_m / expected_m − 1 (clipped to ±1):

    r_m = a − d · min(1, max(0, (m − s + 1) / L))

a level a before s, a fall by d reached after L months (L = 1: a step). Each (s, L) is fitted by least
squares (a and d closed form); with the customer's own noise unknown, its profile likelihood is
SSE^(−N/2). The free level a absorbs a customer's growth against last year; months judged against the
months before them (no year of history yet) get a level of their own, since growth does not show there.
The expectation is last year's month, or the mean of the same month one and two years before where both
exist (a month billed late last year then misleads half as much).

The start is then chosen as a judgement under uncertainty, not as the single best fit: the likelihoods of
the ramp lengths are summed for each s (a gradual fall is fitted almost as well by several (s, L)), times a
prior that falls off with the distance from the change point's own start, and the start is the month whose
±1 neighbourhood holds the most of that posterior (the quoted start is read with a month's tolerance).

Numpy over the rows asked for (the flagged customers), every candidate at once as matrix products: about
0.25 s for the 6,400 flagged of a 200,000-customer county (tests/benchmarks/bench_scan.py's data).
"""

from __future__ import annotations

import numpy as np

from station.analysis.detectors import billed_late_spread, expected_kwh
from station.analysis.matrix import lagged

#: Ramp lengths tried, months (choice of this module: the theft ramps of the evaluation sets take 4–8
#: months; 1 is a step, so abrupt drops keep their month).
RAMPS = (1, 2, 3, 4, 6, 8)
#: … and in the posterior, where every length adds its share (same choice, every month of the range).
POSTERIOR_RAMPS = (1, 2, 3, 4, 5, 6, 7, 8)
#: How far from the detector's own start the best fit may move it (months before, after; choice of this
#: module, tuned on the tune parts: a change point run started by a few noisy months before the real fall
#: is the commoner error on real enterprise series, a late ramp start the commoner on households).
SEARCH = (2, 6)
#: Least months before a candidate start that give its level (else the level is a guess).
MIN_BEFORE = 3
#: Log-prior per month between a candidate start and the change point's (choice of this module, tuned on
#: the tune parts of the evaluation sets: the CUSUM's start is right for most steps, so the fit must say
#: clearly that a month further off is better).
NEAR = 0.5
#: Log-prior of a ramp (L > 1) against a step (choice of this module, tuned like NEAR).
RAMP_PENALTY = 1.0


def residual(E: np.ndarray, expected: np.ndarray, first: int, min_baseline_kwh: float) -> np.ndarray:
    """r = E / expected − 1 over columns first.. (expected holds those columns), clipped to [−1, 1]; NaN
    where the month or its expectation is missing or below the minimum baseline."""
    e = E[:, first:]
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.clip(e / expected - 1.0, -1.0, 1.0)
    r[~(expected >= min_baseline_kwh) | np.isnan(e)] = np.nan
    return r


def ramp_start(r: np.ndarray, start: np.ndarray, first: int, search: tuple[int, int] = SEARCH,
               ramps: tuple[int, ...] = RAMPS, evidence: float = 0.0,
               regime: np.ndarray | None = None, dated: np.ndarray | None = None) -> np.ndarray:
    """The refined start column of each row of r (residuals of columns first..), given the detector's start:
    the best fit within `search` months of it.

    Rows whose fit finds no fall (or too few months) keep their start. start < 0 stays as it is.
    regime: True where a month is judged against last year (else the months before it): a level each.
    dated: True where a month may be quoted as a start (see `datable`); None: every month.
    """
    n, m = r.shape
    cand = np.arange(first, first + m)
    sse, N = _fits(r, first, cand, ramps, regime)
    sse = _only_dated(sse, dated, cand - first)
    # only the candidates within the search window of each row's own start
    off = cand[None, :] - start[:, None]
    sse = np.where(((off >= -search[0]) & (off <= search[1]) & (start >= 0)[:, None])[:, :, None], sse, np.inf)
    flat = sse.reshape(n, -1)
    k = flat.argmin(axis=1)  # ties: the earlier start, the shorter ramp (the order of the candidates)
    rows = np.arange(n)
    best_sse = flat[rows, k]
    best = cand[k // len(ramps)]
    here_k = np.clip(start - first, 0, m - 1)
    step = ramps.index(1) if 1 in ramps else None
    here_sse = np.full(n, np.inf) if step is None else np.where(start >= first, sse[rows, here_k, step], np.inf)
    # Move only when the fit says so clearly: N·log(SSE_here / SSE_best) above `evidence` (a likelihood
    # ratio of two Gaussian fits); intermittent or noisy drops, which no ramp describes, keep their start.
    with np.errstate(invalid="ignore", divide="ignore"):
        lr = N * np.log(here_sse / np.maximum(best_sse, 1e-12))
    move = (start >= 0) & np.isfinite(best_sse) & ((lr > evidence) | ~np.isfinite(here_sse))
    return np.where(move, best, start)


def likely_start(r: np.ndarray, start: np.ndarray, first: int, lo: int | None = None,
                 ramps: tuple[int, ...] = POSTERIOR_RAMPS, evidence: float = 0.0, near: float = NEAR,
                 regime: np.ndarray | None = None, dated: np.ndarray | None = None) -> np.ndarray:
    """The start column of each row of r (residuals of columns first..) most likely within ±1 month, given a
    first estimate `start` (the prior's centre).

    Candidate starts run from `lo` (default: first) to the last column. The start moves when the posterior
    mass around the new month beats the mass around the old one by a log-likelihood ratio above `evidence`
    (2·log of the mass ratio). Rows whose fit finds no fall (or too few months) keep their start; start < 0
    stays as it is. regime, dated: as for ramp_start.
    """
    n, m = r.shape
    cand = np.arange(first if lo is None else max(lo, first), first + m)
    sse, N = _fits(r, first, cand, ramps, regime)
    sse = _only_dated(sse, dated, cand - first)
    with np.errstate(divide="ignore", invalid="ignore"):
        loglik = -0.5 * N[:, None, None] * np.log(np.maximum(sse, 1e-12))  # profile likelihood, σ unknown
    loglik[~np.isfinite(sse)] = -np.inf
    loglik[:, :, [L != 1 for L in ramps]] -= RAMP_PENALTY
    # log posterior of each candidate start: the ramp lengths summed out, the prior around `start`
    top = loglik.max(axis=2)
    with np.errstate(invalid="ignore"):
        lse = top + np.log(np.exp(loglik - top[:, :, None]).sum(axis=2))
    logp = np.where(np.isfinite(top) & (start >= 0)[:, None], lse - near * np.abs(cand[None, :] - start[:, None]),
                    -np.inf)
    peak = logp.max(axis=1)
    fits = np.isfinite(peak)
    p = np.where(fits[:, None], np.exp(logp - np.where(fits, peak, 0.0)[:, None]), 0.0)
    # the mass within ±1 month of each candidate, the centre weighted twice (a 1-2-1 kernel: a clear step
    # keeps its own month instead of the one before, whose window holds as much)
    mass = 2.0 * p
    mass[:, 1:] += p[:, :-1]
    mass[:, :-1] += p[:, 1:]
    best_k = mass.argmax(axis=1)
    here_k = np.clip(start - cand[0], 0, cand.size - 1)
    rows = np.arange(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        lr = 2.0 * np.log(mass[rows, best_k] / mass[rows, here_k])
    in_range = (start >= cand[0]) & (start <= cand[-1])
    move = (start >= 0) & fits & ((lr > evidence) | ~in_range | ~(mass[rows, here_k] > 0))
    return np.where(move, cand[best_k], start)


def datable(E: np.ndarray, first: int, min_baseline_kwh: float) -> np.ndarray:
    """True where a month (columns first.. of E) can be dated as the start of a fall: last year's month is
    there to judge it against (at least the minimum baseline). Judged only against the months before it, a
    fall seems to "begin" in a month as readily as anywhere: such a month is quoted only when no other month
    can be (tuned on the tune parts: Tianchi start ±1 0.77 → 0.81; also asking for a billed month before
    the start changed nothing, a stoppage floor of 20–50 % of the median month dated households worse)."""
    return lagged(E, 12, first) >= min_baseline_kwh


def _only_dated(sse: np.ndarray, dated: np.ndarray | None, cols: np.ndarray) -> np.ndarray:
    """sse with the candidates that may not be dated set to inf, for the rows that have some that may."""
    if dated is None:
        return sse
    ok = dated[:, cols][:, :, None] & np.isfinite(sse)
    some = ok.reshape(ok.shape[0], -1).any(axis=1)
    return np.where(ok | ~some[:, None, None], sse, np.inf)


def _fits(r: np.ndarray, first: int, cand: np.ndarray, ramps: tuple[int, ...],
          regime: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """(SSE per row × candidate start × ramp length, months per row) of the fit "a level per regime, then a
    fall from s over L months"; inf where consumption did not fall, the ramp covers no month or fewer than
    MIN_BEFORE months precede s. r holds columns first..; cand are columns.

    Every (s, L) at once: the ramp of a candidate is the same column vector for every row, so the sums the
    closed-form fit needs are matrix products (a customer's missing months drop out through its masks).
    """
    n, m = r.shape
    w = ~np.isnan(r)
    N = w.sum(axis=1).astype(np.float64)
    g = np.ones(r.shape, dtype=bool) if regime is None else regime
    parts = [(w & g).astype(np.float64), (w & ~g).astype(np.float64)]
    y = np.where(w, r, 0.0)
    for mask in parts:  # y less its mean over each regime's months: a level per regime
        k = mask.sum(axis=1)
        y -= mask * ((y * mask).sum(axis=1) / np.maximum(k, 1))[:, None]
    total = (y * y).sum(axis=1)
    cols = np.arange(first, first + m)
    X = np.stack([np.clip((cols - s + 1) / L, 0.0, 1.0) for s in cand.tolist() for L in ramps], axis=1)
    cxy = y @ X
    vx = w.astype(np.float64) @ (X * X)
    for mask in parts:
        k = mask.sum(axis=1)
        sx = mask @ X
        vx -= np.where(k[:, None] > 0, sx * sx / np.maximum(k, 1)[:, None], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        sse = total[:, None] - cxy * cxy / vx  # the spread the fall leaves unexplained
    before = np.concatenate([np.zeros((n, 1), dtype=np.int64), np.cumsum(w, axis=1)], axis=1)[:, cand - first]
    ok = (vx > 1e-9) & (cxy < 0) & (np.repeat(before, len(ramps), axis=1) >= MIN_BEFORE)  # cxy < 0: a fall
    return np.where(ok, sse, np.inf).reshape(n, cand.size, len(ramps)), N


def seasonal_reference(E: np.ndarray, first: int) -> np.ndarray:
    """expected_kwh (last year's month, else the months before), where two years back exists the mean of
    the same month one and two years before: a month billed short or late last year is then half the
    error it was."""
    ref = expected_kwh(E, first=first)
    two = lagged(E, 24, first)
    both = ~np.isnan(two) & ~np.isnan(lagged(E, 12, first))
    return np.where(both, (ref + two) / 2.0, ref)


def refine(E: np.ndarray, start: np.ndarray, rows_mask: np.ndarray, lo: int, T: int, min_baseline_kwh: float,
           evidence: float) -> np.ndarray:
    """start with the rows of `rows_mask` (the flagged) refined, kept within lo..T: the best fit near the
    change point's start (`ramp_start`), then the month most likely within ±1 around it (`likely_start`).

    The residuals run from a year before the window (lo − 12), as the change point's CUSUM does.
    """
    rows = np.flatnonzero(rows_mask)
    if not rows.size:
        return start
    first = max(0, lo - 12)
    sub = billed_late_spread(E[rows, : T + 1])
    r = residual(sub, seasonal_reference(sub, first), first, min_baseline_kwh)
    out = start.copy()
    seasonal = ~np.isnan(lagged(sub, 12, first))
    dated = datable(sub, first, min_baseline_kwh)
    fitted = np.clip(ramp_start(r, start[rows], first, evidence=evidence, regime=seasonal, dated=dated), lo, T)
    out[rows] = np.clip(likely_start(r, fitted, first, lo=lo, regime=seasonal, dated=dated), lo, T)
    return out
