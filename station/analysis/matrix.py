"""Month axis of the consumption matrix (YYYYMM ints ↔ column index) and vectorised group helpers."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def yyyymm_to_serial(yyyymm: int | np.ndarray) -> int | np.ndarray:
    """Months since year 0 (2025-03 → 2025*12 + 2), so month arithmetic is plain subtraction."""
    return (yyyymm // 100) * 12 + (yyyymm % 100 - 1)


def serial_to_yyyymm(serial: int | np.ndarray) -> int | np.ndarray:
    return (serial // 12) * 100 + serial % 12 + 1


@dataclass(frozen=True, slots=True)
class MonthAxis:
    """The columns of E: `count` consecutive months starting at `first` (YYYYMM)."""

    first: int
    count: int

    def __post_init__(self) -> None:
        if not 1 <= self.first % 100 <= 12:
            raise ValueError(f"not a YYYYMM month: {self.first}")

    def index_of(self, yyyymm: int) -> int:
        """Column of a YYYYMM month; raises IndexError outside the axis."""
        i = int(yyyymm_to_serial(yyyymm) - yyyymm_to_serial(self.first))
        if not 0 <= i < self.count:
            raise IndexError(f"month {yyyymm} is outside {self.first}+{self.count}")
        return i

    def month(self, index: int) -> int:
        """YYYYMM of a column (any integer index, even outside the axis)."""
        return int(serial_to_yyyymm(yyyymm_to_serial(self.first) + int(index)))

    def label(self, index: int) -> str:
        """'2025-03' for a column."""
        m = self.month(index)
        return f"{m // 100:04d}-{m % 100:02d}"

    def months(self) -> np.ndarray:
        """All YYYYMM ints of the axis."""
        return np.asarray(serial_to_yyyymm(yyyymm_to_serial(self.first) + np.arange(self.count)))

    def calendar_month(self) -> np.ndarray:
        """Calendar month 1..12 of each column (for seasonal profiles)."""
        return self.months() % 100


def shifted(a: np.ndarray, k: int) -> np.ndarray:
    """Columns shifted right by k (value of month m-k at m); NaN where m-k < 0."""
    out = np.full_like(a, np.nan, dtype=np.float64)
    if k < a.shape[1]:
        out[:, k:] = a[:, : a.shape[1] - k]
    return out


def lagged(a: np.ndarray, k: int, first: int) -> np.ndarray:
    """Columns first.. of shifted(a, k) without building the whole shifted matrix."""
    n, m = a.shape
    out = np.full((n, m - first), np.nan)
    src = max(first - k, 0)
    dst = src + k - first
    if dst < m - first:
        out[:, dst:] = a[:, src : m - k]
    return out


def trailing_mean(a: np.ndarray, width: int) -> np.ndarray:
    """Mean of the `width` months before each month (m-width .. m-1), NaN unless all of them are present."""
    n, m = a.shape
    present = ~np.isnan(a)
    csum = np.zeros((n, m + 1))
    np.cumsum(np.where(present, a, 0.0), axis=1, out=csum[:, 1:])
    ccnt = np.zeros((n, m + 1), dtype=np.int32)
    np.cumsum(present, axis=1, out=ccnt[:, 1:])
    out = np.full(a.shape, np.nan)
    if width < m:
        total = csum[:, width:-1] - csum[:, : m - width]
        count = ccnt[:, width:-1] - ccnt[:, : m - width]
        out[:, width:] = np.where(count == width, total / width, np.nan)
    return out


def group_median(values: np.ndarray, groups: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Median and count of the non-NaN `values` per group id (0..n_groups-1), by one sort.

    Returns (median per group, count per group); groups without values get NaN.

    The values are sorted once (each gets its rank), then one integer sort of group × size + rank lays
    every group's values out in order: a third of the time of np.lexsort over (value, group) at 200,000
    customers, the same medians (only the order among equal values differs, which no median sees — but
    for −0.0 beside 0.0, whose median is zero either way).
    """
    ok = ~np.isnan(values) & (groups >= 0)
    v, g = values[ok], groups[ok].astype(np.int64)
    by_value = np.argsort(v)
    rank = np.empty(v.size, dtype=np.int64)
    rank[by_value] = np.arange(v.size)
    v = v[by_value[np.sort(g * v.size + rank) % max(v.size, 1)]]
    counts = np.bincount(g, minlength=n_groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    med = np.full(n_groups, np.nan)
    has = counts > 0
    lo = starts[has] + (counts[has] - 1) // 2
    hi = starts[has] + counts[has] // 2
    med[has] = (v[lo] + v[hi]) / 2
    return med, counts
