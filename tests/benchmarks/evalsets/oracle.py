"""How well can a start month be dated at all on a set? A reference dater that knows what no scan can.

The start ±1 aim is judged on series whose own noise hides the first months of a theft (an enterprise's month
against last year's spreads by about 0.23 in log). To say how much of a miss is the scan's and how much the
data's, the oracle is told each theft's **shape and depth** (the truth the injection drew: a step of that depth,
a ramp of that depth over 4–8 months, or stolen months at that depth with months in between), and dates it
from the billed series alone, among the months the scan may quote: the scanned window's months that have last
year's month to be judged against (`onset.datable`'s rule). It is not a detector and is never tuned: it reads
the truth, so it is an upper reference, not a rival.

Model, per candidate start s: y_m = log(E_m / reference_m) over the months with last year's month, with the
scan's own reference (`onset.seasonal_reference`), y_m = a + log(1 − f_s(m)) + ε_m, a fitted, ε Gaussian with
its spread unknown (profile likelihood) — for intermittent theft a mixture (month s stolen, each later month
stolen or not, as the injection draws) with the spread of the set's non-theft rows. Every candidate start is
equally likely; the start quoted is the month whose ±1 neighbourhood holds the most likelihood, which is what
"within ±1" rewards.
"""

from __future__ import annotations

import warnings

import numpy as np

from tests.benchmarks.evalsets import theft

#: The injection's ramp lengths of gradual theft (theft.stolen_fraction) and the share of intermittent months
#: stolen (drawn from 0.4–0.7 there): what the oracle is told about the shapes.
RAMPS = range(4, 9)
INTERMITTENT_ON = 0.55


def starts(E: np.ndarray, truth: object, rows: np.ndarray, lo: int, T: int) -> np.ndarray:
    """The oracle's start column for each theft row of `rows` (scanned month T, window from lo)."""
    from station.analysis.onset import seasonal_reference

    with np.errstate(invalid="ignore", divide="ignore"):
        y = np.log(np.maximum(E[:, : T + 1], 1.0) / np.maximum(seasonal_reference(E[:, : T + 1], 0), 1.0))
    y[:, :12] = np.nan  # judged against last year only
    y[np.isnan(E[:, : T + 1])] = np.nan
    cols = np.arange(T + 1)
    candidates = np.arange(max(lo, 12), T + 1)
    normal = ~np.asarray(truth.theft)  # type: ignore[attr-defined]
    spread = _pooled_spread(y[normal])
    out = np.full(rows.size, -1, dtype=np.int64)
    for k, i in enumerate(rows.tolist()):
        shape, depth = int(truth.shape[i]), float(truth.depth[i])  # type: ignore[attr-defined]
        loglik = np.array([_loglik(y[i], cols, int(s), shape, depth, spread) for s in candidates])
        p = np.exp(loglik - np.nanmax(loglik)) if np.isfinite(loglik).any() else np.ones(candidates.size)
        p = np.nan_to_num(p)
        mass = p.copy()
        mass[1:] += p[:-1]
        mass[:-1] += p[1:]
        out[k] = candidates[int(mass.argmax())]
    return out


def _pooled_spread(y: np.ndarray) -> float:
    """The typical spread of a normal row's y about its own median (MAD × 1.4826, median over rows)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a row with no month judged against last year
        mad = np.nanmedian(np.abs(y - np.nanmedian(y, axis=1)[:, None]), axis=1)
    return float(np.nanmedian(mad) * 1.4826)


def _loglik(y: np.ndarray, cols: np.ndarray, s: int, shape: int, depth: float, spread: float) -> float:
    good = ~np.isnan(y)
    if not (good & (cols < s)).any():  # no month before s to give the level: nothing to tell s from later
        return -np.inf
    if shape == theft.INTERMITTENT:
        a = float(np.median(y[good & (cols < s)]))
        stolen = np.log(1.0 - depth)
        z0 = -0.5 * ((y - a) / spread) ** 2
        z1 = -0.5 * ((y - a - stolen) / spread) ** 2
        with np.errstate(invalid="ignore"):  # the missing months, dropped below
            after = np.logaddexp(np.log(1 - INTERMITTENT_ON) + z0, np.log(INTERMITTENT_ON) + z1)
        ll = np.where(cols < s, z0, np.where(cols == s, z1, after))
        return float(ll[good].sum())
    fractions = ([depth * np.clip((cols - s + 1) / L, 0.0, 1.0) for L in RAMPS] if shape == theft.GRADUAL
                 else [np.where(cols >= s, depth, 0.0)])
    n = int(good.sum())
    fits = []
    for f in fractions:
        z = (y - np.log(1.0 - np.clip(f, 0.0, 0.98)))[good]
        sse = float(((z - z.mean()) ** 2).sum())
        fits.append(-0.5 * n * np.log(max(sse, 1e-12)))
    return float(np.logaddexp.reduce(fits) - np.log(len(fits)))
