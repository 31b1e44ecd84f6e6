"""Line loss per 台区 and month: supplied, sold, loss kWh, loss rate, class and rise (DOMAIN.md "Line loss per 台区")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from station.analysis.thresholds import DEFAULT_BANDS, LossBands
from station.i18n import QT_TRANSLATE_NOOP


class LossClass(IntEnum):
    NORMAL = 0  # 合格: lower ≤ rate ≤ upper
    HIGH = 1  # 高损: rate > upper
    NEGATIVE = 2  # 负损: rate < lower (wrong gateway multiplier/wiring, customers on the wrong 台区, unsynchronised readings)
    NOT_COMPUTABLE = 3  # 不可算: supply or sales missing


#: (English for the GUI's translator, Chinese as the station prints it) per class.
LOSS_CLASS_TEXT: dict[LossClass, tuple[str, str]] = {
    LossClass.NORMAL: (QT_TRANSLATE_NOOP("station", "normal"), "合格"),
    LossClass.HIGH: (QT_TRANSLATE_NOOP("station", "high loss"), "高损"),
    LossClass.NEGATIVE: (QT_TRANSLATE_NOOP("station", "negative loss"), "负损"),
    LossClass.NOT_COMPUTABLE: (QT_TRANSLATE_NOOP("station", "not computable"), "不可算"),
}

# Rates are compared with this slack so that 10 % computed as 10.000000000000002 stays 合格 at the edge.
_EDGE_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class LossTable:
    """Areas × months arrays. rate and rise are in percent / percentage points, NaN where not computable."""

    supplied: np.ndarray
    sold: np.ndarray
    loss_kwh: np.ndarray
    rate: np.ndarray
    klass: np.ndarray  # LossClass codes (int8)
    rise: np.ndarray  # rate − previous month's rate


def area_sales(
    E: np.ndarray, membership: np.ndarray, n_areas: int, active: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Sold kWh per 台区 and month from the customers' readings.

    membership is the area index per customer (n,) or per customer and month (n × months, for areas
    rebuilt from dated links); −1 = in no area. Returns (sold, missing): missing counts the readings
    absent (NaN) of customers marked active in that month, which makes the month not computable.
    """
    n, m = E.shape
    member = np.broadcast_to(membership.reshape(n, -1), (n, m)) if membership.ndim == 1 else membership
    sold = np.zeros((n_areas, m))
    missing = np.zeros((n_areas, m), dtype=np.int64)
    # One month's column at a time (a strided copy of 8 MB at county scale, zeroed where absent): the whole
    # matrix transposed at once took longer and held two more copies of a 288 MB matrix.
    member_t = member.T  # load_population's membership is month-major: its rows here are contiguous
    act = None if active is None else np.broadcast_to(active.reshape(n, -1), (n, m))
    for j in range(m):  # a loop over months; bincount does every customer at once
        kwh = np.array(E[:, j], dtype=np.float64)
        absent = np.isnan(kwh)
        kwh[absent] = 0.0
        gap = absent if act is None else absent & act[:, j]
        sold[:, j], missing[:, j] = month_sales(kwh, gap, np.ascontiguousarray(member_t[j]), n_areas)
    return sold, missing


def month_sales(kwh: np.ndarray, gap: np.ndarray, member: np.ndarray, n_areas: int) -> tuple[np.ndarray, np.ndarray]:
    """One month of area_sales: kwh per customer (0 where absent), gap (absent and counted as missing), the
    area index per customer. The one place the month's sums are made, so every path gives the same bits."""
    ok = member >= 0
    return (np.bincount(member[ok], weights=kwh[ok], minlength=n_areas),
            np.bincount(member[ok & gap], minlength=n_areas))


def classify(
    rate: np.ndarray, lower: np.ndarray | float = 0.0, upper: np.ndarray | float = 10.0
) -> np.ndarray:
    """LossClass code per rate; lower/upper may be per 台区 (shape areas × 1) for bands by 台区 type."""
    rate = np.asarray(rate, dtype=np.float64)
    out = np.full(rate.shape, LossClass.NORMAL, dtype=np.int8)
    with np.errstate(invalid="ignore"):
        out[rate > np.asarray(upper) + _EDGE_EPS] = LossClass.HIGH
        out[rate < np.asarray(lower) - _EDGE_EPS] = LossClass.NEGATIVE
    out[np.isnan(rate)] = LossClass.NOT_COMPUTABLE
    return out


def line_loss(
    supplied: np.ndarray,
    sold: np.ndarray,
    bands: LossBands | tuple[np.ndarray, np.ndarray] = DEFAULT_BANDS,
    missing: np.ndarray | None = None,
) -> LossTable:
    """loss = supplied − sold, rate = loss / supplied × 100 over the same month (DOMAIN.md).

    Not computable where supply is missing or not positive, or where `missing` readings are counted.
    bands: one LossBands for every 台区, or (lower, upper) arrays per 台区 (its type's band).
    """
    supplied = np.asarray(supplied, dtype=np.float64)
    sold = np.asarray(sold, dtype=np.float64)
    loss = supplied - sold
    ok = (supplied > 0) & np.isfinite(supplied) & np.isfinite(sold)  # an infinite reading computes nothing
    if missing is not None:
        ok &= missing == 0
    rate = np.full(supplied.shape, np.nan)
    rate[ok] = loss[ok] / supplied[ok] * 100.0
    loss = np.where(ok, loss, np.nan)
    lower: np.ndarray | float
    upper: np.ndarray | float
    if isinstance(bands, LossBands):
        lower, upper = bands.lower, bands.upper
    else:
        lower = np.asarray(bands[0], dtype=np.float64).reshape(-1, 1)
        upper = np.asarray(bands[1], dtype=np.float64).reshape(-1, 1)
    rise = np.full(rate.shape, np.nan)
    rise[:, 1:] = rate[:, 1:] - rate[:, :-1]
    return LossTable(supplied, sold, loss, rate, classify(rate, lower, upper), rise)
