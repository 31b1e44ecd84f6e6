"""Real enterprise consumption (Tianchi / 扬中 high-tech zone, 1,454 enterprises, daily kWh 2015-01 … 2016-09)
with theft injected by our own code (`theft.inject`), to judge the scan on series nobody generated.

**Source.** The 天池 "电力AI大赛" (Tianchi power AI competition, raceId 231602: daily power consumption of the
enterprises of the 扬中市高新区, Jiangsu, published by State Grid Yangzhong via Alibaba Tianchi). We read the
wide copy that the public repository github.com/qixuxiang/Tianchi_power_predict carries at `data/data.csv`
(commit 9177321e, columns `record_date,1,…,1454,total`; one row per day). The repository's MIT licence
covers its code; the data carries no licence of its own: it is the competition's data, made public for
research, which is how we use it. It is **never committed**: put it in the cache directory yourself
(`how_to_get()` prints how). The long form `Tianchi_power.csv` (`record_date,user_id,power_consumption`)
from the competition page is read as well.

**What we make of it.**
- Daily → monthly sums (21 months). An enterprise is kept when its first 12 months average ≥ 300 kWh a
  month (a real consumer when the year of history starts).
- The real series are the *normal* customers and the truth of what flowed. Real series hold genuine
  closures and stoppages: a kept enterprise whose own last 6 months average below half of the same months a
  year earlier is recorded as a decoy `real_drop` (before any injection), so "decoys flagged" counts them.
- Theft of the five shapes is injected into a random 8 % of the enterprises without a real drop, starting
  in the scanned month's last year (columns 13 … T−2).
- The station context is synthetic but consistent: one category (enterprises), 台区 of ~25 enterprises
  drawn by a hash of the id, supply = the real (untouched) consumption of the members × (1 + loss 3–8 %
  with noise) — theft leaves it unchanged, a real closure lowers it. No asset events, everyone active.

**The split.** Enterprises are split by a hash of their id (crc32 of "tianchi:<id>", even → TUNE,
odd → REPORT). Each part is judged over three injections: seeds 1–3 for TUNE, 101–103 for REPORT.
"""

from __future__ import annotations

import csv
import functools
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from station.analysis.drops import ScanMeta
from station.analysis.matrix import MonthAxis
from tests.benchmarks.evalsets import theft

SOURCE_REPO = "https://github.com/qixuxiang/Tianchi_power_predict"
SOURCE_PATH = "data/data.csv"
SOURCE_COMMIT = "9177321e6a3c9054140ee0892faef39300c6d371"
COMPETITION = "https://tianchi.aliyun.com/competition/entrance/231602/information"
FILES = ("tianchi_power/data.csv", "tianchi_power/Tianchi_power.csv")

TUNE_SEEDS = (1, 2, 3)
REPORT_SEEDS = (101, 102, 103)
THEFT_SHARE = 0.08
MIN_MONTHLY_KWH = 300.0
AREA_SIZE = 25
DECOYS = ("real_drop",)


@dataclass(frozen=True, slots=True)
class Truth:
    theft: np.ndarray
    start: np.ndarray
    shape: np.ndarray
    decoy: np.ndarray  # 0 = the real series itself dropped (closure/stoppage), −1 = none
    ids: np.ndarray  # enterprise id of each row
    depth: np.ndarray  # fraction stolen at full strength, NaN when no theft (only the oracle reads it)

    @property
    def decoys(self) -> tuple[str, ...]:
        return DECOYS


def cache_dir() -> Path:
    return Path(os.environ.get("STATION_EVAL_DATA", Path.home() / ".cache" / "station-eval"))


def _path() -> Path | None:
    for name in FILES:
        p = cache_dir() / name
        if p.is_file():
            return p
    return None


def available() -> bool:
    return _path() is not None


def how_to_get() -> str:
    d = cache_dir()
    return (
        f"-- tianchi (real enterprise consumption): not found in {d} (set STATION_EVAL_DATA to move it) --\n"
        f"   get it: git clone {SOURCE_REPO} && mkdir -p {d}/tianchi_power && \\\n"
        f"           cp Tianchi_power_predict/{SOURCE_PATH} {d}/tianchi_power/data.csv\n"
        f"   (or Tianchi_power.csv from {COMPETITION} into {d}/tianchi_power/)\n"
        "   data: 天池 power AI competition (扬中高新区 enterprises); no data licence stated, public for research;"
        " never commit it"
    )


def _read_daily(path: Path) -> tuple[list[str], np.ndarray, list[int]]:
    """(dates 'YYYY-MM-DD', days × enterprises kWh, enterprise ids) from the wide or the long form."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    if head[:3] == ["record_date", "user_id", "power_consumption"]:
        recs = [(r[0], int(r[1]), float(r[2])) for r in rows[1:] if r]
        dates = sorted({_iso(d) for d, _, _ in recs})
        ids = sorted({u for _, u, _ in recs})
        di = {d: i for i, d in enumerate(dates)}
        ui = {u: j for j, u in enumerate(ids)}
        daily = np.full((len(dates), len(ids)), np.nan)
        for d, u, v in recs:
            daily[di[_iso(d)], ui[u]] = v
        return dates, daily, ids
    cols = [j for j, h in enumerate(head) if h.isdigit()]
    ids = [int(head[j]) for j in cols]
    dates = [_iso(r[0]) for r in rows[1:] if r]
    daily = np.array([[float(r[j]) if r[j] else np.nan for j in cols] for r in rows[1:] if r])
    return dates, daily, ids


def _iso(d: str) -> str:
    y, m, day = d.replace("/", "-").split("-")
    return f"{int(y):04d}-{int(m):02d}-{int(day):02d}"


def monthly() -> tuple[MonthAxis, np.ndarray, np.ndarray] | None:
    """(axis, enterprises × months kWh, ids) of the whole file, or None when it is not in the cache."""
    path = _path()
    if path is None:
        return None
    return _monthly_of(str(path), path.stat().st_mtime)


@functools.lru_cache(maxsize=2)
def _monthly_of(name: str, mtime: float) -> tuple[MonthAxis, np.ndarray, np.ndarray]:
    dates, daily, ids = _read_daily(Path(name))
    ym = np.array([int(d[:4]) * 100 + int(d[5:7]) for d in dates])
    months = np.unique(ym)
    E = np.full((len(ids), months.size), np.nan)
    for k, m in enumerate(months.tolist()):
        block = daily[ym == m]
        got = np.isfinite(block).any(axis=0)
        E[got, k] = np.nansum(block[:, got], axis=0)
    return MonthAxis(int(months[0]), int(months.size)), E, np.asarray(ids)


def part_of(ids: np.ndarray) -> np.ndarray:
    """'tune' or 'report' per enterprise id, by hash (stable across machines and file forms)."""
    odd = np.array([zlib.crc32(f"tianchi:{int(i)}".encode()) % 2 for i in ids.tolist()], dtype=bool)
    return np.where(odd, "report", "tune")


def load(part: str, seed: int | None = None) -> tuple[np.ndarray, ScanMeta, Truth] | None:
    """One injected copy of a part (default: its first seed); None when the data is not in the cache."""
    got = monthly()
    if got is None:
        return None
    seeds = TUNE_SEEDS if part == "tune" else REPORT_SEEDS
    return build(*got, part=part, seed=seeds[0] if seed is None else seed)


def stations(part: str) -> list[tuple[np.ndarray, ScanMeta, Truth]]:
    """Every injected copy of a part (three seeds), read from the cache once; [] when absent."""
    got = monthly()
    if got is None:
        return []
    return [build(*got, part=part, seed=s) for s in (TUNE_SEEDS if part == "tune" else REPORT_SEEDS)]


def build(
    axis: MonthAxis, E_all: np.ndarray, ids_all: np.ndarray, *, part: str, seed: int
) -> tuple[np.ndarray, ScanMeta, Truth]:
    if part not in ("tune", "report"):
        raise ValueError(f"part must be 'tune' or 'report', not {part!r}")
    T = axis.count
    first_year = E_all[:, :12]
    keep = (part_of(ids_all) == part) & (np.nan_to_num(first_year, nan=0.0).mean(axis=1) >= MIN_MONTHLY_KWH)
    true = E_all[keep].copy()
    ids = ids_all[keep]
    n = true.shape[0]
    last = T - 1

    with np.errstate(invalid="ignore", divide="ignore"):
        recent = np.nanmean(true[:, last - 5 :], axis=1)
        year_ago = np.nanmean(true[:, last - 17 : last - 11], axis=1)
        real_drop = recent < 0.5 * year_ago
    decoy = np.where(real_drop, 0, -1).astype(np.int64)

    rng = np.random.default_rng(zlib.crc32(f"tianchi:{part}:{seed}".encode()))
    billed = true.copy()
    pool = np.flatnonzero(~real_drop)
    k = int(round(THEFT_SHARE * n))
    rows = np.sort(rng.choice(pool, size=min(k, pool.size), replace=False))
    shapes = np.arange(rows.size) % len(theft.SHAPES)
    rng.shuffle(shapes)
    lo = max(13, last - 11)
    starts = np.array([
        int(rng.integers(lo, (last - 3 if s in (theft.GRADUAL, theft.INTERMITTENT) else last - 2) + 1))
        for s in shapes.tolist()
    ], dtype=np.int64)
    cases = theft.inject(billed, rows, starts, shapes, rng)
    billed = np.round(billed, 0)

    # 台区 by hash of the id (same for every seed), supply from what really flowed.
    n_areas = max(1, n // AREA_SIZE)
    area = np.array([zlib.crc32(f"area:{int(i)}".encode()) % n_areas for i in ids.tolist()], dtype=np.int64)
    flow = np.nan_to_num(true, nan=0.0)
    supplied = np.stack([np.bincount(area, weights=flow[:, j], minlength=n_areas) for j in range(T)], axis=1)
    loss = rng.uniform(0.03, 0.08, n_areas)[:, None] + rng.normal(0, 0.006, (n_areas, T))
    supplied = np.round(supplied * (1 + loss), 0)

    meta = ScanMeta(
        axis=axis,
        category=np.zeros(n, dtype=np.int64),
        area=area,
        active=np.ones(n, dtype=bool),
        n_categories=1,
        n_areas=n_areas,
        opened=np.full(n, -1, dtype=np.int64),
        supplied=supplied,
        membership=np.repeat(area[:, None], T, axis=1),
    )
    is_theft = np.zeros(n, dtype=bool)
    start = np.full(n, -1, dtype=np.int64)
    shape = np.full(n, -1, dtype=np.int64)
    depth = np.full(n, np.nan)
    for c in cases:
        is_theft[c.row], start[c.row], shape[c.row], depth[c.row] = True, c.start, c.shape, c.depth
    return billed, meta, Truth(is_theft, start, shape, decoy, ids, depth)
