"""Theft of five shapes laid over a customer's true monthly kWh (shared by the generator and the real data).

The billed series is the true one less what is stolen. Theft never changes the true series, so a 台区 gateway
meter, which measures what really flowed, still sees it; a closure or stoppage lowers the true series instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SHAPES = ("abrupt", "partial", "gradual", "intermittent", "bypass")
ABRUPT, PARTIAL, GRADUAL, INTERMITTENT, BYPASS = range(5)


@dataclass(frozen=True, slots=True)
class Theft:
    """One case: the row, the first month billed below the truth (column), the shape and its depth."""

    row: int
    start: int
    shape: int
    depth: float  # fraction removed at full strength


def stolen_fraction(shape: int, start: int, months: int, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """Per-month fraction of the true kWh that goes unbilled (0 before `start`), and the full depth."""
    f = np.zeros(months)
    span = np.arange(start, months)
    if shape == ABRUPT:
        depth = rng.uniform(0.60, 0.95)
        # a tampered meter still wobbles: the stolen share varies a little month to month
        f[span] = np.clip(depth + rng.normal(0, 0.03, span.size), 0.5, 0.98)
    elif shape == PARTIAL:
        depth = rng.uniform(0.30, 0.50)
        f[span] = np.clip(depth + rng.normal(0, 0.03, span.size), 0.2, 0.6)
    elif shape == GRADUAL:
        depth = rng.uniform(0.55, 0.90)
        ramp = int(rng.integers(4, 9))  # 4–8 months to full strength
        f[span] = depth * np.minimum(1.0, (span - start + 1) / ramp)
    elif shape == INTERMITTENT:
        depth = rng.uniform(0.60, 0.95)
        on = rng.random(span.size) < rng.uniform(0.4, 0.7)
        on[0] = True  # the first month of the case is a stolen month, so `start` is well defined
        if span.size > 2 and on[1:].sum() == 0:
            on[int(rng.integers(1, span.size))] = True
        f[span] = np.where(on, depth, 0.0)
    elif shape == BYPASS:
        # a circuit wired around the meter: a constant share of every month, the season still shows
        depth = rng.uniform(0.35, 0.65)
        f[span] = depth
    else:
        raise ValueError(f"unknown shape {shape}")
    return f, float(depth)


def apply(billed: np.ndarray, cases: list[Theft], fractions: list[np.ndarray]) -> None:
    """Lower `billed` (customers × months, in place) by each case's fractions."""
    for case, f in zip(cases, fractions, strict=True):
        billed[case.row] = billed[case.row] * (1.0 - f)


def inject(
    billed: np.ndarray,
    rows: np.ndarray,
    starts: np.ndarray,
    shapes: np.ndarray,
    rng: np.random.Generator,
) -> list[Theft]:
    """Lay theft over `billed` in place for the given rows/start columns/shapes; returns the cases."""
    months = billed.shape[1]
    cases, fractions = [], []
    for r, s, k in zip(rows.tolist(), starts.tolist(), shapes.tolist(), strict=True):
        f, depth = stolen_fraction(int(k), int(s), months, rng)
        cases.append(Theft(int(r), int(s), int(k), depth))
        fractions.append(f)
    apply(billed, cases, fractions)
    return cases
