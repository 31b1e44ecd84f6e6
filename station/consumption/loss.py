"""Line loss per 台区 from the database: every 台区 and month, a month's report lines, one 台区's chart."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Customer, CustomerAreaLink, TransformerArea
from station.analysis.lineloss import (
    LOSS_CLASS_TEXT,
    LossClass,
    LossTable,
    area_sales,
    line_loss,
    month_sales,
)
from station.analysis.matrix import MonthAxis
from station.consumption import matrix_cache
from station.consumption.load import (
    Population,
    axis_ending,
    data_months,
    load_matrix,
    load_population,
    load_supply,
    parse_month,
)
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.rule_settings import RuleSet, load_rules


@dataclass(frozen=True, slots=True)
class AreaInfo:
    id: int
    code: str
    name: str
    area_type: str


def area_infos(session: Session) -> dict[int, AreaInfo]:
    return {
        a.id: AreaInfo(a.id, a.code, a.name, a.area_type)
        for a in session.execute(
            select(TransformerArea.id, TransformerArea.code, TransformerArea.name, TransformerArea.area_type)
        )
    }


def loss_bands(rules: RuleSet, pop: Population, areas: dict[int, AreaInfo]) -> tuple[np.ndarray, np.ndarray]:
    """(lower, upper) loss band of each 台区 index, from its type (rule lineloss.bands)."""
    pairs = [rules.loss_band(areas[int(i)].area_type) for i in pop.area_ids]
    lower = np.array([float(lo) for lo, _ in pairs])
    upper = np.array([float(hi) for _, hi in pairs])
    return lower, upper


def rejected(field: str, message: Message, value: object) -> Rejected:
    return Rejected([Problem(field, message, value)])


@dataclass(frozen=True, slots=True)
class LossRow:
    """One 台区 in one month: the figures of its line-loss report line."""

    area_id: int
    area_code: str
    area_name: str
    area_type: str
    month: str  # "YYYY-MM"
    supplied_kwh: float | None
    sold_kwh: float
    loss_kwh: float | None
    loss_rate: float | None  # percent
    klass: str  # normal | high | negative | not_computable
    klass_zh: str  # 合格 / 高损 / 负损 / 不可算
    klass_text: str  # English, for the GUI's translator
    rise: float | None  # percentage points vs the previous month
    customers: int  # members that month
    missing: int  # members without a reading that month
    band: tuple[float, float]  # the normal band of its type


@dataclass(frozen=True, slots=True)
class StationLoss:
    """Line loss of every 台区 (rows, by area id) and month (columns of axis)."""

    axis: MonthAxis
    area_ids: np.ndarray
    table: LossTable
    members: np.ndarray  # customers per 台区 and month
    missing: np.ndarray
    bands: tuple[np.ndarray, np.ndarray]


def station_loss(
    session: Session, first: int | None = None, last: int | None = None, area_ids: list[int] | None = None
) -> StationLoss | None:
    """Line loss over months first..last (default: every month with data); None without any data.

    Sold energy counts each customer in its 台区 as of each month (dated links). With area_ids, only the
    customers ever linked to those 台区 are read (a chart of one area).
    """
    span = data_months(session)
    if span is None:
        return None
    lo, hi = first or span[0], last or span[1]
    axis = axis_ending(hi, int(_serial(hi) - _serial(lo)) + 1)
    customers = None
    if area_ids is not None:
        customers = (
            select(CustomerAreaLink.customer_id)
            .where(CustomerAreaLink.area_id.in_(area_ids))
            .union(select(Customer.id).where(Customer.area_id.in_(area_ids)))
        )
    pop = load_population(session, axis, customers)
    sales = _sales_from_copy(session, pop) if customers is None else None
    if sales is None:
        sales = area_sales(load_matrix(session, pop, customers), pop.membership, int(pop.area_ids.size))
    sold, missing = sales
    members = np.zeros_like(missing)
    for j in range(axis.count):
        a = pop.membership[:, j]
        members[:, j] = np.bincount(a[a >= 0], minlength=pop.area_ids.size)
    supplied = load_supply(session, pop, area_ids)
    bands = loss_bands(load_rules(session), pop, area_infos(session))
    return StationLoss(axis, pop.area_ids, line_loss(supplied, sold, bands, missing), members, missing, bands)


def _sales_from_copy(session: Session, pop: Population) -> tuple[np.ndarray, np.ndarray] | None:
    """area_sales of the whole station straight from the columnar copy, one month at a time (None when the
    copy is stale): no customers × months matrix is built, only one month's column at a time, summed by the
    same month_sales as area_sales, so the figures are the same to the bit."""
    if not matrix_cache.is_current(session):
        return None
    n_areas, months = int(pop.area_ids.size), pop.axis.count
    sold = np.zeros((n_areas, months))
    missing = np.zeros((n_areas, months), dtype=np.int64)
    held = np.zeros(months, dtype=bool)
    for j, kwh in matrix_cache.month_vectors(session, pop.axis, pop.customer_ids):
        gap = np.isnan(kwh)
        kwh[gap] = 0.0
        sold[:, j], missing[:, j] = month_sales(kwh, gap, pop.membership[:, j], n_areas)
        held[j] = True
    everyone = np.ones(pop.customer_ids.size, dtype=bool)
    for j in map(int, np.flatnonzero(~held)):  # a month without any reading: every member's is missing
        sold[:, j], missing[:, j] = month_sales(np.zeros(everyone.size), everyone, pop.membership[:, j], n_areas)
    return sold, missing


def _serial(yyyymm: int) -> int:
    return (yyyymm // 100) * 12 + yyyymm % 100 - 1


def _num(x: float) -> float | None:
    return None if np.isnan(x) else round(float(x), 2)


def loss_rows(session: Session, loss: StationLoss, column: int) -> list[LossRow]:
    """LossRows of one month column, highest loss rate first (not computable last), then by code."""
    areas = area_infos(session)
    t = loss.table
    out = []
    for i, area_id in enumerate(loss.area_ids):
        a = areas[int(area_id)]
        k = LossClass(int(t.klass[i, column]))
        en, zh = LOSS_CLASS_TEXT[k]
        out.append(
            LossRow(
                area_id=a.id,
                area_code=a.code,
                area_name=a.name,
                area_type=a.area_type,
                month=loss.axis.label(column),
                supplied_kwh=_num(t.supplied[i, column]),
                sold_kwh=round(float(t.sold[i, column]), 2),
                loss_kwh=_num(t.loss_kwh[i, column]),
                loss_rate=_num(t.rate[i, column]),
                klass=k.name.lower(),
                klass_zh=zh,
                klass_text=en,
                rise=_num(t.rise[i, column]),
                customers=int(loss.members[i, column]),
                missing=int(loss.missing[i, column]),
                band=(float(loss.bands[0][i]), float(loss.bands[1][i])),
            )
        )
    out.sort(key=lambda r: (r.loss_rate is None, -(r.loss_rate or 0.0), r.area_code))
    return out


def line_loss_table(session: Session, month: int | str) -> list[LossRow]:
    """Every 台区 in `month`: supplied, sold, loss, rate, class and the rise since the month before."""
    m = parse_month(month)
    loss = station_loss(session, first=MonthAxis(m, 1).month(-1), last=m)
    if loss is None or not loss.area_ids.size:
        return []
    return loss_rows(session, loss, loss.axis.count - 1)


@dataclass(frozen=True, slots=True)
class AreaLossSeries:
    """A 台区's monthly supplied / sold / loss rate, for its chart (arrays aligned with `months`)."""

    area_id: int
    area_code: str
    area_name: str
    months: tuple[str, ...]  # "YYYY-MM"
    month_values: np.ndarray  # YYYYMM ints
    supplied: np.ndarray  # NaN where not collected
    sold: np.ndarray
    loss_kwh: np.ndarray  # NaN where not computable
    rate: np.ndarray  # percent, NaN where not computable
    klass: np.ndarray  # LossClass codes
    band: tuple[float, float]


def area_loss_series(session: Session, area_id: int) -> AreaLossSeries:
    """Every month with data for one 台区 (reads only the customers ever linked to it)."""
    area = area_infos(session).get(area_id)
    if area is None:
        raise rejected(
            "area", msg(QT_TRANSLATE_NOOP("station", "No 台区 has the id {id}"), id=area_id), area_id
        )
    loss = station_loss(session, area_ids=[area_id])
    if loss is None:
        empty = np.zeros(0)
        return AreaLossSeries(
            area.id,
            area.code,
            area.name,
            (),
            np.zeros(0, np.int64),
            empty,
            empty,
            empty,
            empty,
            np.zeros(0, np.int8),
            (0.0, 10.0),
        )
    i = int(np.searchsorted(loss.area_ids, area_id))
    t, axis = loss.table, loss.axis
    return AreaLossSeries(
        area.id,
        area.code,
        area.name,
        tuple(axis.label(j) for j in range(axis.count)),
        axis.months(),
        t.supplied[i].copy(),
        t.sold[i].copy(),
        t.loss_kwh[i].copy(),
        t.rate[i].copy(),
        t.klass[i].copy(),
        (float(loss.bands[0][i]), float(loss.bands[1][i])),
    )


def require_data(session: Session, month: int) -> None:
    """Rejected for a month with neither readings nor 台区 supply, as `scan` rejects it: a table of 不可算
    for every 台区 would read as a station-wide metering fault rather than a mistyped month."""
    from db.schema import AreaSupply, MonthlyConsumption
    from station.consumption.load import month_label

    for table in (MonthlyConsumption, AreaSupply):
        if session.scalar(select(table.id).where(table.month == month).limit(1)) is not None:
            return
    label = month_label(month)
    raise rejected(
        "month",
        msg(
            QT_TRANSLATE_NOOP("station", "Neither consumption nor 台区 supply is recorded for {month}"),
            month=label,
        ),
        label,
    )
