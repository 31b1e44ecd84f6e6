"""A second station generator, written apart from the demo's and from the scan, to judge the scan on.

Its assumptions differ on purpose from a tidy demo:

- **Sizes are heavy-tailed**: households log-normal, shops log-normal with a wide spread, industry Pareto
  (α ≈ 1.1, so a few factories dwarf the rest of the 台区).
- **Noise is multiplicative** and, for enterprises, persistent (AR(1) on the log: order books). Now and then a
  month is **billed late**: the reading comes short and the rest is caught up the next month.
- **Seasons are regional**: each 台区 has its own heating and cooling weight, each customer its own
  sensitivity; irrigation runs in the growing season only and sits near zero in winter while active.
  The **Spring Festival** moves between January and February with the real lunar dates: factories stop for
  about three weeks, rural homes fill with returning workers, town homes empty a little.
- **Genuine drops that are not theft** (decoys): accounts closed in the ledger (inactive afterwards; readings
  zero or absent), factory stoppages (standby load for 2–8 months, often resuming), vacant homes (a few kWh),
  capacity reductions (a permanent step down; the ledger records each 减容, and the 暂停 of half the
  stoppages, in `meta.reduced`), meter swaps (an asset event; the swap month is often billed
  short, the next sometimes long). Closures, stoppages, vacancy and capacity changes lower the 台区 supply
  too; a meter swap's glitch and a late reading do not, because the gateway meter saw the real flow.
- **New customers** open part-way (NaN before; the first month partial); a few customers move 台区.
- **台区 supply** = true consumption of the members that month × (1 + technical loss 3–8 % + noise).
- **Theft** of five shapes (`theft.SHAPES`) lowers the billed kWh only: the stolen energy still passes the
  gateway meter, so it shows in the 台区 loss.

`build(seed)` returns `(E, meta, truth)`. `meta` carries only what a station knows (categories, 台区,
active flags, opening month, asset events, supply, membership); the truth (theft rows, start columns, shapes,
decoys) is in `truth` alone.

The split: seeds `TUNE_SEEDS` (1–5) are for whoever tunes the scan; `REPORT_SEEDS` (101–105) are quoted.
Never tune on a report seed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from station.analysis.drops import AssetEvents, ScanMeta
from station.analysis.matrix import MonthAxis
from tests.benchmarks.evalsets import theft

TUNE_SEEDS = (1, 2, 3, 4, 5)
REPORT_SEEDS = (101, 102, 103, 104, 105)

# The generator's own categories (index = position): what a station's 用电分类 would give the scan.
CATEGORIES = ("城镇居民", "乡村居民", "一般工商业", "工业", "农业排灌", "公共服务")
URBAN, RURAL, COMMERCIAL, INDUSTRY, IRRIGATION, PUBLIC = range(6)
_SHARE = np.array([0.44, 0.30, 0.13, 0.07, 0.035, 0.025])

DECOYS = ("closure", "stoppage", "vacancy", "capacity_down", "meter_swap")
CLOSURE, STOPPAGE, VACANCY, CAPACITY_DOWN, METER_SWAP = range(5)

METER_SWAP_EVENT, CT_CHANGE_EVENT = 1, 2

# 春节 (lunar new year's day) of each year the axis may touch.
_SPRING_FESTIVAL = {
    2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1),
    2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
    2030: (2, 3),
}


@dataclass(frozen=True, slots=True)
class Truth:
    """What the generator knows and the scan must not: per customer, theft and decoys."""

    theft: np.ndarray  # bool
    start: np.ndarray  # first month billed below the truth (column), −1 when no theft
    shape: np.ndarray  # index into theft.SHAPES, −1 when no theft
    decoy: np.ndarray  # index into DECOYS, −1 when none
    decoy_month: np.ndarray  # column where the decoy's drop begins, −1 when none
    true_kwh: np.ndarray  # customers × months, what really flowed (NaN where E is NaN for lack of account)
    depth: np.ndarray  # fraction stolen at full strength, NaN when no theft (only the oracle reads it)

    @property
    def shapes(self) -> tuple[str, ...]:
        return theft.SHAPES

    @property
    def decoys(self) -> tuple[str, ...]:
        return DECOYS


def _holiday_share(axis: MonthAxis, before: int, after: int) -> np.ndarray:
    """Share of each column's days that fall in [SF − before, SF + after] days of a Spring Festival."""
    months = axis.months()
    out = np.zeros(months.size)
    for j, ym in enumerate(months.tolist()):
        y, m = divmod(ym, 100)
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        days = (nxt - first).days
        hit = 0
        for year in (y - 1, y, y + 1):
            if year not in _SPRING_FESTIVAL:
                continue
            sf = dt.date(year, *_SPRING_FESTIVAL[year])
            lo, hi = sf - dt.timedelta(days=before), sf + dt.timedelta(days=after)
            a, b = max(lo, first), min(hi, nxt - dt.timedelta(days=1))
            hit += max(0, (b - a).days + 1)
        out[j] = hit / days
    return out


def _season_shapes(cal: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Heating, cooling and growing-season curves over calendar months (0..1), with a regional tilt."""
    heat_tab = np.array([1.0, 0.9, 0.5, 0.1, 0, 0, 0, 0, 0, 0.05, 0.4, 0.85])
    cool_tab = np.array([0, 0, 0, 0, 0.1, 0.45, 1.0, 0.95, 0.4, 0.05, 0, 0])
    grow_tab = np.array([0.0, 0.0, 0.15, 0.5, 0.8, 1.0, 0.9, 0.85, 0.55, 0.2, 0.05, 0.0])
    shift = int(rng.integers(-1, 2))  # a station further south starts cooling a month earlier, etc.
    return heat_tab[cal - 1], np.roll(cool_tab, shift)[cal - 1], np.roll(grow_tab, shift)[cal - 1]


def _sizes(cat: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Typical monthly kWh per customer: log-normal for homes and shops, Pareto for industry."""
    n = cat.size
    base = np.empty(n)
    med = {URBAN: (150, 0.55), RURAL: (105, 0.70), COMMERCIAL: (850, 1.15), IRRIGATION: (700, 0.9),
           PUBLIC: (450, 0.8)}
    for c, (m, s) in med.items():
        k = cat == c
        base[k] = m * rng.lognormal(0.0, s, int(k.sum()))
    k = cat == INDUSTRY
    base[k] = np.minimum(2500.0 * (1.0 + rng.pareto(1.1, int(k.sum()))), 4.0e6)
    return base


def _true_consumption(
    cat: np.ndarray, area: np.ndarray, axis: MonthAxis, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Customers × months of what really flows (before accounts open/close), and each row's season swing."""
    n, T = cat.size, axis.count
    cal = axis.calendar_month()
    heat, cool, grow = _season_shapes(cal, rng)
    n_areas = int(area.max()) + 1
    region_heat = np.clip(rng.normal(rng.uniform(0.1, 0.7), 0.15, n_areas), 0, 1.2)
    region_cool = np.clip(rng.normal(rng.uniform(0.2, 0.8), 0.15, n_areas), 0, 1.2)

    resident = (cat == URBAN) | (cat == RURAL)
    h = region_heat[area] * rng.lognormal(0, 0.5, n) * np.where(resident, 1.0, 0.4)
    c = region_cool[area] * rng.lognormal(0, 0.5, n) * np.where(cat == INDUSTRY, 0.2, 1.0)
    season = 1.0 + h[:, None] * heat[None, :] + c[:, None] * cool[None, :]
    irr = cat == IRRIGATION
    season[irr] = 0.02 + 1.6 * grow[None, :] * rng.uniform(0.7, 1.3, (int(irr.sum()), 1))

    # Spring Festival: factories stop for ~3 weeks, rural homes fill up, town homes empty a little.
    sf_work = _holiday_share(axis, 5, 16)
    sf_home = _holiday_share(axis, 10, 12)
    sf = np.ones((n, T))
    depth = rng.uniform(0.45, 0.9, n)
    sf[cat == INDUSTRY] = 1 - depth[cat == INDUSTRY, None] * sf_work[None, :]
    sf[cat == COMMERCIAL] = 1 - 0.5 * depth[cat == COMMERCIAL, None] * sf_work[None, :]
    sf[cat == RURAL] = 1 + rng.uniform(0.2, 1.0, (int((cat == RURAL).sum()), 1)) * sf_home[None, :]
    sf[cat == URBAN] = 1 - rng.uniform(0.0, 0.25, (int((cat == URBAN).sum()), 1)) * sf_home[None, :]

    # Growth and multiplicative noise: AR(1) on the log for enterprises (orders), near-iid for homes.
    t = np.arange(T) / 12.0
    growth = np.where(resident, rng.normal(0.02, 0.06, n), rng.normal(0.03, 0.15, n))
    phi = np.select([cat == INDUSTRY, cat == COMMERCIAL], [0.75, 0.5], 0.2)
    sigma = np.select([cat == INDUSTRY, cat == COMMERCIAL, cat == IRRIGATION], [0.13, 0.09, 0.2], 0.10)
    sigma = sigma * rng.lognormal(0, 0.3, n)
    eps = np.empty((n, T))
    eps[:, 0] = rng.normal(0, 1, n) * sigma
    for j in range(1, T):
        eps[:, j] = phi * eps[:, j - 1] + np.sqrt(1 - phi**2) * sigma * rng.normal(0, 1, n)

    base = _sizes(cat, rng)
    true = base[:, None] * season * sf * np.exp(growth[:, None] * t[None, :] + eps)
    swing = season.max(axis=1) / season.min(axis=1)
    return true, swing


#: Share of the factory stoppages whose 暂停 (suspension of a transformer's capacity, to save the basic
#: charge) the ledger records; the rest are stoppages nobody filed.
SUSPENSION_FILED = 0.5


def _ledger_reductions(seed: int, decoy: np.ndarray, decoy_month: np.ndarray) -> np.ndarray:
    """What the ledger records of the genuine reductions: every 减容 (a customer applies for it: its billing
    capacity changes), and the 暂停 of about half the stoppages, in the month they begin; −1 elsewhere.

    Drawn from a stream of its own, so the readings of a seed are the same as before the ledger was modelled.
    """
    rng = np.random.default_rng([seed, 2])
    filed = (decoy == CAPACITY_DOWN) | ((decoy == STOPPAGE) & (rng.random(decoy.size) < SUSPENSION_FILED))
    return np.where(filed, decoy_month, -1).astype(np.int64)


def build(
    seed: int, n_customers: int = 3000, months: int = 36, theft_share: float = 0.04
) -> tuple[np.ndarray, ScanMeta, Truth]:
    """One station: E (customers × months billed kWh), the ScanMeta a station would have, and the truth."""
    rng = np.random.default_rng(seed)
    n, T = n_customers, months
    first_year = 2019 + int(rng.integers(0, 5))
    first = first_year * 100 + int(rng.integers(1, 13))
    axis = MonthAxis(first, T)
    last = T - 1
    window = np.arange(max(13, last - 11), last - 1)  # a drop that began in the scan's last year

    cat = rng.choice(len(CATEGORIES), size=n, p=_SHARE / _SHARE.sum())
    n_areas = max(2, n // 60)
    area_p = rng.dirichlet(np.full(n_areas, 3.0))
    home_area = rng.choice(n_areas, size=n, p=area_p)
    true, swing = _true_consumption(cat, home_area, axis, rng)

    # Membership by month: a few customers move 台区 once.
    membership = np.repeat(home_area[:, None], T, axis=1).astype(np.int64)
    movers = np.flatnonzero(rng.random(n) < 0.02)
    for i in movers.tolist():
        m = int(rng.integers(1, T))
        membership[i, m:] = int(rng.integers(0, n_areas))

    # Accounts opening part-way: nothing before, a partial first month.
    opened = np.full(n, -1, dtype=np.int64)
    newc = np.flatnonzero(rng.random(n) < 0.09)
    opened[newc] = rng.integers(1, T - 2, newc.size)
    for i in newc.tolist():
        true[i, : opened[i]] = np.nan
        true[i, opened[i]] *= rng.uniform(0.1, 1.0)
    history = np.where(opened < 0, 0, opened)  # first column with an account

    active = np.ones(n, dtype=bool)
    decoy = np.full(n, -1, dtype=np.int64)
    decoy_month = np.full(n, -1, dtype=np.int64)
    billed_nan_after = np.full(n, T, dtype=np.int64)  # readings stop after a closure (for some)
    ev_c: list[int] = []
    ev_m: list[int] = []
    ev_k: list[int] = []

    def free(mask: np.ndarray) -> np.ndarray:
        return np.flatnonzero(mask & (decoy < 0) & (history <= window[0] - 12))

    enterprise = (cat == COMMERCIAL) | (cat == INDUSTRY) | (cat == PUBLIC)
    resident = (cat == URBAN) | (cat == RURAL)

    def pick(mask: np.ndarray, share: float) -> np.ndarray:
        pool = free(mask)
        k = min(pool.size, int(round(share * n)))
        return rng.choice(pool, size=k, replace=False) if k else pool[:0]

    for i in pick(enterprise, 0.010).tolist():  # closed in the ledger
        m = int(rng.choice(window))
        taper = rng.uniform(0.2, 0.7)
        true[i, m] *= taper
        true[i, m + 1 :] = rng.uniform(0, 2.0, T - m - 1)
        active[i] = False
        decoy[i], decoy_month[i] = CLOSURE, m
        if rng.random() < 0.5:
            billed_nan_after[i] = m + 1 + int(rng.integers(0, 3))
    for i in pick(enterprise, 0.015).tolist():  # stoppage: standby load, account still active
        m = int(rng.choice(window))
        length = int(rng.integers(2, 9))
        stop = slice(m, min(T, m + length))
        true[i, stop] *= rng.uniform(0.02, 0.15)
        decoy[i], decoy_month[i] = STOPPAGE, m
    for i in pick(resident, 0.015).tolist():  # vacant home: a fridge, a router, or nothing
        m = int(rng.choice(window))
        true[i, m:] = rng.uniform(0, 8.0) * rng.lognormal(0, 0.3, T - m)
        decoy[i], decoy_month[i] = VACANCY, m
    for i in pick(enterprise, 0.007).tolist():  # 减容: a transformer or line given back
        m = int(rng.choice(window))
        true[i, m:] *= rng.uniform(0.35, 0.7)
        decoy[i], decoy_month[i] = CAPACITY_DOWN, m

    billed = true.copy()
    for i in pick(np.ones(n, dtype=bool), 0.030).tolist():  # meter swap: an event, often a glitch
        m = int(rng.choice(window))
        ev_c.append(i), ev_m.append(m), ev_k.append(METER_SWAP_EVENT)
        decoy[i], decoy_month[i] = METER_SWAP, m
        if rng.random() < 0.7:
            short = rng.uniform(0.05, 0.6)
            lost = billed[i, m] * (1 - short)
            billed[i, m] *= short
            if rng.random() < 0.5 and m + 1 < T:
                billed[i, m + 1] += lost  # the old meter's last reading billed a month late
    # CT changes on a few enterprises: an event with no effect on the kWh (a correct multiplier).
    for i in rng.choice(np.flatnonzero(enterprise), size=max(1, int(0.004 * n)), replace=False).tolist():
        ev_c.append(i), ev_m.append(int(rng.integers(1, T))), ev_k.append(CT_CHANGE_EVENT)

    # Theft: billed only. Eligible: a year of history before the start, no decoy, a real consumer.
    with np.errstate(invalid="ignore"):
        typical = np.nanmedian(np.nan_to_num(true[:, : window[0]], nan=0.0), axis=1)
    eligible = (decoy < 0) & (history <= window[0] - 12) & (typical >= 40) & active
    weight = np.select([enterprise, cat == IRRIGATION], [2.0, 1.5], 1.0) * eligible
    k = min(int(eligible.sum()), int(round(theft_share * n)))
    rows = rng.choice(n, size=k, replace=False, p=weight / weight.sum())
    shapes = np.arange(k) % len(theft.SHAPES)
    rng.shuffle(shapes)
    # bypass goes to the most seasonal thieves, started as the season turns down (a drop the season hides)
    byp = np.flatnonzero(shapes == theft.BYPASS)
    order = np.argsort(-swing[rows])
    top = order[: byp.size]
    shapes[top], shapes[byp] = shapes[byp], shapes[top]
    starts = np.empty(k, dtype=np.int64)
    for j in range(k):
        late = window[window <= last - 3] if shapes[j] in (theft.GRADUAL, theft.INTERMITTENT) else window
        if shapes[j] == theft.BYPASS:
            row = true[rows[j]]
            falling = late[row[late] < row[late - 1] * 0.9]
            late = falling if falling.size else late
        starts[j] = int(rng.choice(late))
    cases = theft.inject(billed, rows, starts, shapes, rng)

    # Late readings: a month billed short, the rest caught up the next month (the gateway saw the real flow).
    lag = (rng.random((n, T - 1)) < 0.012) & np.isfinite(billed[:, :-1]) & np.isfinite(billed[:, 1:])
    for i, m in zip(*np.nonzero(lag), strict=True):
        short = rng.uniform(0.0, 0.5)
        carry = billed[i, m] * (1 - short)
        billed[i, m] -= carry
        billed[i, m + 1] += carry

    # Missing readings, and readings that stop after a closure.
    billed[rng.random((n, T)) < 0.002] = np.nan
    cols = np.arange(T)[None, :]
    billed[cols >= billed_nan_after[:, None]] = np.nan
    billed = np.where(billed < 0, 0.0, billed)
    billed = np.round(billed, 0)

    # 台区 supply from what really flowed, counted in the 台区 each customer belonged to that month.
    flow = np.nan_to_num(true, nan=0.0)
    supplied = np.zeros((n_areas, T))
    for j in range(T):
        supplied[:, j] = np.bincount(membership[:, j], weights=flow[:, j], minlength=n_areas)
    loss = rng.uniform(0.03, 0.08, n_areas)[:, None] + rng.normal(0, 0.006, (n_areas, T))
    supplied = np.round(supplied * (1 + loss), 0)

    membership = np.where(np.isnan(true) & (cols < np.maximum(opened, 0)[:, None]), -1, membership)
    reduced = _ledger_reductions(seed, decoy, decoy_month)
    events = AssetEvents(np.array(ev_c, dtype=np.int64), np.array(ev_m, dtype=np.int64),
                         np.array(ev_k, dtype=np.int64))
    meta = ScanMeta(
        axis=axis,
        category=cat.astype(np.int64),
        area=membership[:, -1].copy(),
        active=active,
        n_categories=len(CATEGORIES),
        n_areas=n_areas,
        opened=opened,
        events=events,
        supplied=supplied,
        membership=membership,
        reduced=reduced,
    )
    is_theft = np.zeros(n, dtype=bool)
    start = np.full(n, -1, dtype=np.int64)
    shape = np.full(n, -1, dtype=np.int64)
    for cse in cases:
        is_theft[cse.row], start[cse.row], shape[cse.row] = True, cse.start, cse.shape
    depth = np.full(n, np.nan)
    for cse in cases:
        depth[cse.row] = cse.depth
    truth = Truth(is_theft, start, shape, decoy, decoy_month, true, depth)
    return billed, meta, truth
