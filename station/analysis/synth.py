"""Synthetic monthly consumption for the demo and for measuring the scan: seasons, noise, vacancies, new
customers, meter swaps, injected theft of several shapes and 台区 supply with technical loss.

    data = synth_consumption(20_000, months=36, seed=7)
    E, truth, supply, events = data              # E: customers × months kWh, NaN before an account opened
    meta = truth.meta(supply, events)            # what the scan may know (no truth in it)
    result = scan(E, meta)

Deterministic for a seed. The truth (theft rows, start month, shape) is for evaluation only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from station.analysis.drops import AssetEvents, ScanMeta
from station.analysis.matrix import MonthAxis

THEFT_SHAPES: tuple[str, ...] = ("abrupt", "partial", "gradual", "intermittent")
EVENT_METER_SWAP, EVENT_CT_CHANGE = 1, 2

# name: (share of customers, median kWh/month, level spread σ, month noise σ, profile over Jan..Dec)
_PROFILES: dict[str, tuple[float, float, float, float, tuple[float, ...]]] = {
    # households: heating peak in winter, cooling peak in summer
    "居民生活": (
        0.86,
        140.0,
        0.55,
        0.12,
        (1.35, 1.3, 1.0, 0.85, 0.85, 1.05, 1.5, 1.6, 1.05, 0.85, 0.95, 1.25),
    ),
    # shops and offices: mild summer peak, a dip at the Spring Festival
    "一般工商业": (
        0.08,
        900.0,
        0.8,
        0.10,
        (0.9, 0.75, 1.0, 1.0, 1.0, 1.1, 1.25, 1.25, 1.05, 1.0, 0.95, 0.95),
    ),
    # industry: steady, the Spring Festival stop
    "大工业": (
        0.01,
        40_000.0,
        0.7,
        0.06,
        (0.95, 0.7, 1.0, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05, 1.0, 1.0, 1.0),
    ),
    # irrigation: spring and summer seasons, almost nothing in winter
    "农业生产": (0.05, 350.0, 0.7, 0.18, (0.15, 0.15, 0.6, 2.2, 2.4, 1.4, 2.0, 2.2, 0.8, 0.4, 0.2, 0.15)),
}
_STEADY = (0.02, 500.0, 0.7, 0.10, (1.0,) * 12)


@dataclass(frozen=True, slots=True)
class SynthTruth:
    """The customers' attributes (which a real station has in its ledger) and the injected answers."""

    axis: MonthAxis
    categories: tuple[str, ...]
    category: np.ndarray  # index into categories
    area: np.ndarray  # 台区 index
    n_areas: int
    opened: np.ndarray  # first month column of new accounts, −1 = before the axis
    vacant: np.ndarray  # bool: empty home throughout
    vacated: np.ndarray  # month column a home became empty, −1 = never (a drop that is not theft)
    theft: np.ndarray  # bool
    start: np.ndarray  # month column the theft began, −1 = none
    shape: np.ndarray  # index into THEFT_SHAPES, −1 = none
    stolen_kwh: np.ndarray  # customers × months
    wrong_multiplier_areas: np.ndarray  # 台区 whose gateway reads half: negative loss
    high_loss_areas: np.ndarray  # 台区 with a high technical loss

    def meta(self, supply: np.ndarray | None = None, events: AssetEvents | None = None) -> ScanMeta:
        """The scan's input for this population: ledger attributes only, never the truth."""
        return ScanMeta(
            axis=self.axis,
            category=self.category,
            area=self.area,
            active=np.ones(self.category.size, dtype=bool),
            n_categories=len(self.categories),
            n_areas=self.n_areas,
            opened=self.opened,
            events=events if events is not None else AssetEvents.empty(),
            supplied=supply,
        )


class SynthData(NamedTuple):
    E: np.ndarray  # customers × months recorded kWh (whole kWh), NaN before an account opened
    truth: SynthTruth
    supply: np.ndarray  # 台区 × months gateway kWh
    events: AssetEvents


def wrong_gateway_multiplier(supply: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Halve the gateway reading of one 台区 (two from 30 台区 on) from a month of the last year on; their ids.

    A gateway CT replaced and its multiplier entered as half the ratio: the area's loss turns negative from
    that month (a real station finds it within months, not after three years of negative loss).
    """
    n_areas, months = supply.shape
    if not n_areas:
        return np.zeros(0, dtype=np.int64)
    areas = rng.choice(n_areas, size=min(2 if n_areas >= 30 else 1, n_areas), replace=False)
    since = rng.integers(max(0, months - 12), months, size=areas.size)
    for a, m0 in zip(areas.tolist(), since.tolist(), strict=True):
        supply[a, m0:] *= 0.5
    return areas


def synth_consumption(
    n_customers: int,
    categories: Sequence[str] = tuple(_PROFILES),
    areas: int | None = None,
    months: int = 36,
    seed: int = 0,
    *,
    first_month: int = 202301,
    theft_rate: float = 0.03,
) -> SynthData:
    """Generate `n_customers` × `months` readings over `areas` 台区 (default one per 200 customers).

    Thefts start within the last 12 months (at least 2 months before the end), so a scan of the last
    month compares them with an honest year.
    """
    rng = np.random.default_rng(seed)
    axis = MonthAxis(first_month, months)
    n, M = n_customers, months
    n_areas = max(1, areas if areas is not None else n // 200)
    prof = [_PROFILES.get(c, _STEADY) for c in categories]
    share = np.array([p[0] for p in prof])
    cat = rng.choice(len(prof), size=n, p=share / share.sum())
    # 台区 of uneven size, as in a county: a Dirichlet draw of their shares.
    area = rng.choice(n_areas, size=n, p=rng.dirichlet(np.full(n_areas, 4.0)))
    median = np.array([p[1] for p in prof])[cat]
    level = median * np.exp(np.array([p[2] for p in prof])[cat] * rng.standard_normal(n))
    season_tab = np.array([p[4] for p in prof])
    cal = axis.calendar_month() - 1
    amp = rng.uniform(0.3, 1.5, n)  # how strongly each customer follows its category's seasons
    season = 1.0 + amp[:, None] * (season_tab[cat][:, cal] - 1.0)
    growth = rng.normal(0.02, 0.04, n)
    trend = (1.0 + growth[:, None]) ** (np.arange(M)[None, :] / 12.0)
    noise = np.exp(np.array([p[3] for p in prof])[cat][:, None] * rng.standard_normal((n, M)))
    true = level[:, None] * np.maximum(season, 0.05) * trend * noise

    household = np.array([c == "居民生活" for c in categories])[cat] if len(categories) else np.zeros(n, bool)
    vacant = household & (rng.random(n) < 0.02)
    true[vacant] = rng.uniform(0.0, 3.0, (int(vacant.sum()), M))
    vacated = np.where(household & ~vacant & (rng.random(n) < 0.004), rng.integers(6, M, n), -1)
    vrows = np.flatnonzero(vacated >= 0)
    after = np.arange(M)[None, :] >= vacated[vrows, None]
    true[vrows] = np.where(after, rng.uniform(0.0, 5.0, (vrows.size, M)), true[vrows])

    opened = np.where(rng.random(n) < 0.06, rng.integers(3, max(4, M - 6), n), -1)
    before_open = np.arange(M)[None, :] < opened[:, None]
    first = np.arange(M)[None, :] == opened[:, None]
    true = np.where(first, true * rng.uniform(0.2, 1.0, (n, 1)), true)  # the first month is partial
    true[before_open] = np.nan

    # Theft: rows with an honest year before the start; the recorded value is what the meter saw.
    start = rng.integers(max(0, M - 12), max(1, M - 1), n)
    eligible = ~vacant & (vacated < 0) & (opened < start - 12)
    theft = eligible & (rng.random(n) < theft_rate / max(eligible.mean(), 1e-9))
    shape = np.where(theft, rng.integers(0, len(THEFT_SHAPES), n), -1)
    start = np.where(theft, start, -1)
    k = np.arange(M)[None, :] - start[:, None]  # months since the start
    on = theft[:, None] & (k >= 0)
    factor = np.ones((n, M))
    abrupt = rng.uniform(0.1, 0.4, n)[:, None]
    partial = rng.uniform(0.45, 0.65, n)[:, None]
    floor = rng.uniform(0.2, 0.4, n)[:, None]
    ramp = rng.integers(4, 9, n)[:, None]
    gradual = 1.0 - (1.0 - floor) * np.minimum((k + 1) / ramp, 1.0)
    gaps = (rng.random((n, M)) < 0.5) | (k == 0)
    factor = np.where(on & (shape[:, None] == 0), abrupt, factor)
    factor = np.where(on & (shape[:, None] == 1), partial, factor)
    factor = np.where(on & (shape[:, None] == 2), gradual, factor)
    factor = np.where(on & (shape[:, None] == 3) & gaps, 0.0, factor)
    recorded = true * factor

    # Meter swaps and CT changes: the swap month loses part of its reading; some CT changes were entered
    # with a wrong multiplier, a lasting drop that the event explains.
    swap = np.flatnonzero(rng.random(n) < 0.03)
    smonth = rng.integers(1, M, swap.size)
    smonth = np.maximum(smonth, opened[swap] + 1)
    keep = smonth < M
    swap, smonth = swap[keep], smonth[keep]
    big = (
        np.array([c in ("大工业", "一般工商业") for c in categories])[cat[swap]]
        if len(categories)
        else np.zeros(0, bool)
    )
    kind = np.where(big & (rng.random(swap.size) < 0.7), EVENT_CT_CHANGE, EVENT_METER_SWAP)
    recorded[swap, smonth] *= rng.uniform(0.1, 0.6, swap.size)
    wrong = swap[(kind == EVENT_CT_CHANGE) & (rng.random(swap.size) < 0.3)]
    wmonth = smonth[np.isin(swap, wrong)]
    recorded[wrong] = np.where(
        np.arange(M)[None, :] > wmonth[:, None], recorded[wrong] * 0.5, recorded[wrong]
    )
    events = AssetEvents(swap.astype(np.int64), smonth.astype(np.int64), kind.astype(np.int64))

    E = np.round(recorded)
    stolen = np.maximum(np.where(on, true - true * factor, 0.0), 0.0)

    # 台区 supply = what customers really took (recorded + stolen) + technical loss, read at the gateway.
    delivered = np.zeros((n_areas, M))
    took = np.nan_to_num(E) + stolen
    for j in range(M):
        delivered[:, j] = np.bincount(area, weights=took[:, j], minlength=n_areas)
    tech = rng.uniform(0.03, 0.07, n_areas)
    high = np.flatnonzero(rng.random(n_areas) < 0.06)
    tech[high] = rng.uniform(0.11, 0.2, high.size)
    supply = delivered / (1.0 - tech[:, None]) * (1.0 + rng.normal(0.0, 0.005, (n_areas, M)))
    wrong_areas = wrong_gateway_multiplier(supply, rng)
    supply = np.round(supply)
    supply[rng.integers(0, n_areas), rng.integers(0, M)] = np.nan  # one gateway month not collected

    truth = SynthTruth(
        axis=axis,
        categories=tuple(categories),
        category=cat.astype(np.int64),
        area=area.astype(np.int64),
        n_areas=n_areas,
        opened=opened.astype(np.int64),
        vacant=vacant,
        vacated=vacated.astype(np.int64),
        theft=theft,
        start=start.astype(np.int64),
        shape=shape.astype(np.int64),
        stolen_kwh=stolen,
        wrong_multiplier_areas=np.sort(wrong_areas),
        high_loss_areas=high,
    )
    return SynthData(E, truth, supply, events)
