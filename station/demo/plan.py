"""The demo station drawn with numpy from a seed: 台区, customers and their metering, before any row is written.

`plan_demo(customers, seed, as_of)` is pure (no database): the same arguments give the same station. The
per-customer arrays (category, area, capacity, dates, multiplier) stay on the plan so that a later step
(monthly consumption and 台区 supply) can grow from the same draw without reading the rows back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from station.demo import names as N

# Customer categories, as indices into CATEGORIES (用电类别 of station.domain.codes).
RESIDENTIAL, COMMERCIAL, LARGE_INDUSTRY, AGRICULTURE = 0, 1, 2, 3
CATEGORIES: tuple[str, ...] = ("居民生活", "一般工商业", "大工业", "农业生产")
#: Share of each category among a county station's accounts (a county of ~20,000 accounts has ~85 %
#: households, a tenth shops and small firms, a few dozen 10 kV plants and some irrigation pumps).
CATEGORY_SHARES: tuple[float, ...] = (0.845, 0.12, 0.003, 0.032)

AREA_SIZE_RANGE = (150, 300)  #: customers per public 台区
TRANSFORMER_KVA: tuple[int, ...] = (100, 160, 200, 250, 315, 400, 500, 630)
RESIDENTIAL_KVA: tuple[int, ...] = (4, 6, 8, 10)
COMMERCIAL_KVA: tuple[int, ...] = (10, 15, 20, 30, 40, 50, 63, 80, 100)
AGRICULTURE_KVA: tuple[int, ...] = (10, 15, 20, 30, 40, 50)
LARGE_KVA: tuple[int, ...] = (315, 400, 500, 630, 800, 1000, 1250, 1600, 2000)
DEDICATED_COMMERCIAL_KVA: tuple[int, ...] = (100, 125, 160, 200, 250, 315)
#: Above this a 380 V three-phase customer is metered through CTs (a direct meter carries at most 60–100 A).
DIRECT_LIMIT_KVA = 40
LV_CT_PRIMARIES: tuple[int, ...] = (50, 75, 100, 150, 200, 300, 400, 500, 600, 800, 1000, 1500)
HV_CT_PRIMARIES: tuple[int, ...] = (10, 15, 20, 30, 40, 50, 75, 100, 150, 200)
PT_RATIO = "10000/100"
HISTORY_YEARS = 20  #: accounts opened over the last 20 years
# Meters were verified over the last ten years against an 8-year life; the batches sampled on time
# (station.demo.inspections) earn their extension, so the due list shows rotations only for the batches that
# failed sampling or were not sampled: some due, some overdue, as at a station that keeps its plan.
VERIFICATION_SPREAD_YEARS = 10
CLOSED_SHARE = 0.015
SUSPENDED_SHARE = 0.01  #: of non-residential accounts (暂停)

METHOD_LV, METHOD_HV_LV, METHOD_HV_HV = "低供低计", "高供低计", "高供高计"


@dataclass(frozen=True, slots=True)
class AreaPlan:
    """The 台区 of the demo station (index i is area id i + 1)."""

    code: list[str]
    name: list[str]
    feeder: list[str]
    kva: np.ndarray
    town: np.ndarray  # index into names.TOWNS
    place: list[str]  # the street (county seat) or village ("王庄村") the area serves
    area_type: list[str]


@dataclass(frozen=True, slots=True)
class CustomerPlan:
    """Per-customer arrays, in account order (index i is customer id i + 1)."""

    category: np.ndarray  # int8, RESIDENTIAL … AGRICULTURE
    voltage: list[str]  # 220V / 380V / 10kV
    phases: np.ndarray  # 1 or 3
    capacity_kva: np.ndarray  # float64
    area: np.ndarray  # index into AreaPlan, -1 for dedicated 10 kV customers
    opened: np.ndarray  # datetime64[D]
    closed: np.ndarray  # datetime64[D], NaT while in force
    status: list[str]
    method: list[str]  # 计量方式
    ct_ratio: list[str | None]
    pt_ratio: list[str | None]
    installed: np.ndarray  # datetime64[D] the present meter went in
    verified: np.ndarray  # datetime64[D] the present meter was verified

    def __len__(self) -> int:
        return len(self.category)


@dataclass(frozen=True, slots=True)
class DemoPlan:
    seed: int
    as_of: dt.date
    county: str
    station_name: str
    station_code: str
    areas: AreaPlan
    customers: CustomerPlan


def _days(rng: np.random.Generator, low: float, high: float, n: int) -> np.ndarray:
    return rng.integers(int(low), int(high) + 1, n).astype("timedelta64[D]")


def _pick_primary(current: np.ndarray, primaries: tuple[int, ...]) -> np.ndarray:
    """The smallest standard CT primary current at or above each load current."""
    table = np.array(primaries)
    idx = np.searchsorted(table, current, side="left")
    return table[np.minimum(idx, len(table) - 1)]


def _plan_areas(rng: np.random.Generator, n_lv: int) -> tuple[AreaPlan, np.ndarray]:
    """台区 sized 150–300 customers; returns the plan and each area's customer count."""
    lo, hi = AREA_SIZE_RANGE
    sizes: list[int] = []
    total = 0
    while total < n_lv:
        size = int(rng.integers(lo, hi + 1))
        sizes.append(size)
        total += size
    sizes[-1] -= total - n_lv  # the last area takes what is left
    if sizes[-1] <= 0:
        sizes.pop()
    n = len(sizes)
    # The county seat has about a third of the areas; the rest spread over the towns and villages.
    town = np.where(rng.random(n) < 0.35, 0, rng.integers(1, len(N.TOWNS), n))
    town[0] = 0
    codes, area_names, feeders, types, places = [], [], [], [], []
    seq: dict[tuple[int, str], int] = {}
    for i in range(n):
        t = int(town[i])
        if t == 0:
            place = N.STREETS[int(rng.integers(len(N.STREETS)))]
            feeder = N.FEEDERS[int(rng.integers(len(N.FEEDERS)))]
            types.append("public")
        else:
            place = N.VILLAGES[int(rng.integers(len(N.VILLAGES)))] + "村"
            feeder = f"10kV{N.TOWNS[t][:2]}线"
            types.append("rural")
        places.append(place)
        k = seq[(t, place)] = seq.get((t, place), 0) + 1
        codes.append(f"TQ{i + 1:04d}")
        area_names.append(f"{N.TOWNS[t]}{place}{k}号台区")
        feeders.append(feeder)
    kva = rng.choice(np.array(TRANSFORMER_KVA), n, p=[0.06, 0.1, 0.16, 0.14, 0.22, 0.16, 0.1, 0.06])
    plan = AreaPlan(code=codes, name=area_names, feeder=feeders, kva=kva, town=town, place=places, area_type=types)
    return plan, np.array(sizes)


def plan_demo(customers: int, seed: int = 1, as_of: dt.date | None = None) -> DemoPlan:
    """Draw a station of `customers` accounts; deterministic for (customers, seed, as_of)."""
    if customers < 1:
        raise ValueError("customers must be at least 1")
    as_of = as_of or dt.date.today()
    rng = np.random.default_rng(seed)
    n = customers
    today = np.datetime64(as_of, "D")

    category, cap, kinds = _categories(rng, n)
    voltage, phases, method, lv3, hv, hv_lv = _supply(rng, n, cap, kinds)
    ct_ratio, pt_ratio = _ratios(n, cap, lv3, hv, hv_lv)

    # Areas: every low-voltage customer sits in a public 台区; 10 kV customers have their own transformer.
    lv_idx = np.flatnonzero(~hv)
    areas, sizes = _plan_areas(rng, len(lv_idx))
    area = np.full(n, -1, dtype=np.int64)
    area[rng.permutation(lv_idx)] = np.repeat(np.arange(len(sizes)), sizes)

    opened, closed, status = _accounts(rng, n, today, category)
    installed, verified = _meters(rng, n, today, opened, closed)
    order = np.argsort(opened, kind="stable")  # account numbers follow the opening order (see people.py)

    def reorder(a: np.ndarray) -> np.ndarray:
        return a[order]

    plan_customers = CustomerPlan(
        category=reorder(category),
        voltage=list(reorder(voltage)),
        phases=reorder(phases),
        capacity_kva=reorder(cap),
        area=reorder(area),
        opened=reorder(opened),
        closed=reorder(closed),
        status=list(reorder(status)),
        method=list(reorder(method)),
        ct_ratio=list(reorder(ct_ratio)),
        pt_ratio=list(reorder(pt_ratio)),
        installed=reorder(installed),
        verified=reorder(verified),
    )
    county = ("清河县", "长丰县", "临泉县", "桐城县", "岳西县", "宿松县")[seed % 6]
    return DemoPlan(
        seed=seed,
        as_of=as_of,
        county=county,
        station_name=f"国网{county}供电公司城关供电所",
        station_code=f"34{(seed % 90) + 10:02d}01",
        areas=areas,
        customers=plan_customers,
    )


#: Masks of the customers drawn: (three-phase homes, commercial, agriculture, large industry, dedicated commercial).
_Kinds = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _categories(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray, _Kinds]:
    """Each customer's 用电类别 and contracted capacity (kVA), and the masks of the kinds that set its supply."""
    category = rng.choice(4, n, p=CATEGORY_SHARES).astype(np.int8)
    if n >= 50 and not (category == LARGE_INDUSTRY).any():
        category[rng.integers(n)] = LARGE_INDUSTRY  # every station of some size has a 10 kV plant
    cap = np.empty(n)
    res = category == RESIDENTIAL
    cap[res] = rng.choice(RESIDENTIAL_KVA, res.sum(), p=[0.3, 0.35, 0.2, 0.15])
    three_phase_home = res & (rng.random(n) < 0.02)  # rural houses with a three-phase supply
    cap[three_phase_home] = rng.choice((10, 15, 20), three_phase_home.sum())
    com = category == COMMERCIAL
    cap[com] = rng.choice(COMMERCIAL_KVA, com.sum(), p=[0.2, 0.16, 0.16, 0.14, 0.1, 0.09, 0.06, 0.05, 0.04])
    agr = category == AGRICULTURE
    cap[agr] = rng.choice(AGRICULTURE_KVA, agr.sum())
    big = category == LARGE_INDUSTRY
    cap[big] = rng.choice(LARGE_KVA, big.sum(), p=[0.2, 0.17, 0.15, 0.14, 0.1, 0.09, 0.06, 0.05, 0.04])
    # A few shops and firms own a transformer (专变) and are metered on its low side.
    dedicated_com = com & (rng.random(n) < 0.03)
    cap[dedicated_com] = rng.choice(DEDICATED_COMMERCIAL_KVA, dedicated_com.sum())
    return category, cap, (three_phase_home, com, agr, big, dedicated_com)


def _supply(
    rng: np.random.Generator, n: int, cap: np.ndarray, kinds: _Kinds
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(voltage, phases, metering method, 380 V mask, 10 kV mask, metered-on-the-low-side mask)."""
    three_phase_home, com, agr, big, dedicated_com = kinds
    voltage = np.full(n, "220V", dtype=object)
    phases = np.ones(n, dtype=np.int8)
    method = np.full(n, METHOD_LV, dtype=object)
    lv3 = three_phase_home | (com & ~dedicated_com) | agr
    voltage[lv3] = "380V"
    phases[lv3 | big | dedicated_com] = 3
    hv = big | dedicated_com
    voltage[hv] = "10kV"
    # Plants up to 500 kVA are often metered on the low side (高供低计); larger ones on the 10 kV side.
    hv_lv = dedicated_com | (big & (cap <= 500) & (rng.random(n) < 0.5))
    method[hv & hv_lv] = METHOD_HV_LV
    method[hv & ~hv_lv] = METHOD_HV_HV
    return voltage, phases, method, lv3, hv, hv_lv


def _ratios(
    n: int, cap: np.ndarray, lv3: np.ndarray, hv: np.ndarray, hv_lv: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """CT and PT ratios from the load current: I = S / (√3·U)."""
    ct_ratio = np.full(n, None, dtype=object)
    pt_ratio = np.full(n, None, dtype=object)
    lv_ct = (lv3 & (cap > DIRECT_LIMIT_KVA)) | (hv & hv_lv)
    lv_primary = _pick_primary(cap / (np.sqrt(3) * 0.38), LV_CT_PRIMARIES)
    hv_primary = _pick_primary(cap / (np.sqrt(3) * 10.0), HV_CT_PRIMARIES)
    for i in np.flatnonzero(lv_ct):
        ct_ratio[i] = f"{lv_primary[i]}/5"
    for i in np.flatnonzero(hv & ~hv_lv):
        ct_ratio[i] = f"{hv_primary[i]}/5"
        pt_ratio[i] = PT_RATIO
    return ct_ratio, pt_ratio


def _accounts(
    rng: np.random.Generator, n: int, today: np.datetime64, category: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(opened, closed, status): opening dates over twenty years, a share closed, a few suspended."""
    opened = today - _days(rng, 1, HISTORY_YEARS * 365, n)
    closed = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    age = (today - opened).astype(int)
    closing = (rng.random(n) < CLOSED_SHARE) & (age > 400)
    closed[closing] = opened[closing] + (rng.random(closing.sum()) * (age[closing] - 30) + 30).astype(
        "timedelta64[D]"
    )
    status = np.full(n, "active", dtype=object)
    status[closing] = "closed"
    suspended = ~closing & (category != RESIDENTIAL) & (rng.random(n) < SUSPENDED_SHARE)
    status[suspended] = "suspended"
    return opened, closed, status


def _meters(
    rng: np.random.Generator, n: int, today: np.datetime64, opened: np.ndarray, closed: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(installed, verified) of the present meter: verified within the spread, installed weeks after; a customer
    opened before that has had its first meter rotated (the older history is not drawn)."""
    age = (today - opened).astype(int)
    spread = VERIFICATION_SPREAD_YEARS * 365
    verified = today - _days(rng, 20, spread, n)
    young = age < spread
    verified[young] = opened[young] - _days(rng, 10, 180, young.sum())
    installed = np.maximum(verified + _days(rng, 7, 120, n), opened)
    installed = np.minimum(installed, today)
    ended = ~np.isnat(closed)
    # A closed account's meter was installed before it closed.
    installed[ended] = np.minimum(installed[ended], closed[ended] - 1)
    verified[ended] = np.minimum(verified[ended], installed[ended] - 7)
    return installed, verified
