"""One customer's monthly curve for the consumption page: kWh, last year, the peers' band, events, drop start."""

from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, Customer, CustomerAreaLink, TransformerArea
from station.analysis.drops import ScanMeta, ScanResult, scan
from station.consumption.load import (
    SCAN_LOOKBACK_MONTHS,
    axis_ending,
    data_months,
    load_events,
    load_matrix,
    load_population,
    parse_month,
)
from station.consumption.service import ScanRun, scan_settings
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.rule_settings import load_rules

#: Peers read for the band when the customer's 台区 has too few of its category (rule 3's fallback).
CATEGORY_SAMPLE = 400
#: Months the curve shows at most (the scan's reach); "last year" adds 12 more behind them.
CURVE_MONTHS = 36

# (asset kind, event kind) → (English for the GUI's translator, Chinese as printed).
_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("meter", "installed"): (QT_TRANSLATE_NOOP("station", "Meter installed"), "电能表安装"),
    ("meter", "removed"): (QT_TRANSLATE_NOOP("station", "Meter removed"), "电能表拆除"),
    ("ct", "installed"): (QT_TRANSLATE_NOOP("station", "CT installed"), "电流互感器安装"),
    ("ct", "removed"): (QT_TRANSLATE_NOOP("station", "CT removed"), "电流互感器拆除"),
    ("pt", "installed"): (QT_TRANSLATE_NOOP("station", "PT installed"), "电压互感器安装"),
    ("pt", "removed"): (QT_TRANSLATE_NOOP("station", "PT removed"), "电压互感器拆除"),
    ("drop", "drop_start"): (QT_TRANSLATE_NOOP("station", "Drop began"), "电量突降起始"),
}


@dataclass(frozen=True, slots=True)
class CurveMarker:
    """A marker on the curve: an asset event (meter swap, CT/PT change) or the detected drop start."""

    index: int  # column of CurveData.months
    month: str  # "YYYY-MM"
    kind: str  # meter | ct | pt | drop
    event: str  # installed | removed | drop_start
    label: Message
    label_zh: str
    asset_no: str | None = None
    on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class CurveData:
    """Arrays aligned with `months` (NaN = no reading) and the markers to draw on them."""

    customer_id: int
    account_no: str
    name: str
    tariff_category: str
    area_code: str | None
    area_name: str | None
    months: tuple[str, ...]  # "YYYY-MM"
    month_values: np.ndarray  # YYYYMM ints
    kwh: np.ndarray
    last_year: np.ndarray  # kWh of the same month a year before
    peer_p25: np.ndarray  # the band of its peers (same category and 台区 as of each month)
    peer_p75: np.ndarray
    peer_median: np.ndarray
    peer_count: np.ndarray  # peers with a reading, per month
    peer_scope: str  # "area" (same category in the same 台区) or "category" (too few there: whole station)
    markers: tuple[CurveMarker, ...]
    drop_start: str | None  # "YYYY-MM" the detected drop began, None when the scan does not flag it
    drop_start_index: int | None
    score: float
    rules: tuple[str, ...]
    reason_zh: str
    reason_en: str
    reason: tuple[Message, ...] = ()  # fragments for the GUI's translator (as SuspectRow.reason)


def customer_curve(
    session: Session, customer_id: int, month: int | str | None = None, run: ScanRun | None = None
) -> CurveData | None:
    """The curve of one customer up to `month` (default: the month of `run`, else the last month with data);
    None for an unknown id.

    `run`: the station's scan of that month (the suspects list's). Its score, rules, reason and start month
    are the curve's, so the page and the list agree; without it (or for another month) the curve scans the
    customer among its peers only, without the 台区 supply, and may differ from a station-wide scan.
    """
    c = session.get(Customer, customer_id)
    if c is None:
        return None
    span = data_months(session)
    if month is None and run is not None:
        month = run.month
    last = parse_month(month) if month is not None else (span[1] if span else _this_month())
    held = _months_between(span[0], last) if span else 1
    shown = max(1, min(CURVE_MONTHS, held))
    axis = axis_ending(last, max(shown + 12, SCAN_LOOKBACK_MONTHS))
    settings = scan_settings(load_rules(session))

    own_areas = set(
        session.scalars(select(CustomerAreaLink.area_id).where(CustomerAreaLink.customer_id == customer_id))
    )
    if c.area_id is not None:
        own_areas.add(c.area_id)
    # The category test wraps the column so that SQLite walks ids (primary key) rather than the category
    # index, which would visit every household of the station.
    same_cat = select(Customer.id).where(func.coalesce(Customer.tariff_category, "") == c.tariff_category)
    peers: list[int] = []
    if own_areas:
        linked = set(
            session.scalars(
                select(CustomerAreaLink.customer_id).where(CustomerAreaLink.area_id.in_(own_areas))
            )
        )
        linked.update(session.scalars(select(Customer.id).where(Customer.area_id.in_(own_areas))))
        peers = list(session.scalars(same_cat.where(Customer.id.in_(sorted(linked)))))
    pop = load_population(session, axis, sorted({*peers, customer_id}))
    row = int(pop.rows_of(np.array([customer_id]))[0])
    area_now = pop.membership[row]
    same = (pop.membership == area_now[None, :]) & (area_now[None, :] >= 0)
    scope = "area"
    if same[:, -1].sum() - 1 < settings.min_peers:
        # As the scan's peer rule does, a group this small is no norm: compare with the category instead,
        # through the CATEGORY_SAMPLE accounts of that category nearest in number (a band, not a census).
        scope = "category"
        half = CATEGORY_SAMPLE // 2
        after = session.scalars(same_cat.where(Customer.id >= customer_id).order_by(Customer.id).limit(half))
        before = session.scalars(
            same_cat.where(Customer.id < customer_id).order_by(Customer.id.desc()).limit(half)
        )
        pop = load_population(session, axis, sorted({*after, *before, customer_id}))
        row = int(pop.rows_of(np.array([customer_id]))[0])
    ids = pop.customer_ids.tolist()
    E = load_matrix(session, pop, ids)
    if scope == "category":
        same = np.ones(E.shape, dtype=bool)
    same[row] = False
    peer_vals = np.where(same, E, np.nan)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # months without any peer reading stay NaN
        p25, med, p75 = np.nanpercentile(peer_vals[:, -shown:], [25, 50, 75], axis=0)
    count = (~np.isnan(peer_vals[:, -shown:])).sum(axis=0)

    events, event_ids = load_events(session, pop, [customer_id], with_ids=True)
    meta = ScanMeta(
        axis=axis,
        category=pop.category,
        area=pop.membership[:, -1],
        active=pop.active,
        n_categories=len(pop.categories),
        n_areas=int(pop.area_ids.size),
        opened=pop.opened,
        events=events,
    )
    res: ScanResult | None = None
    at, shift = row, 0
    if run is not None and run.month == last:
        got = int(run.input.population.rows_of(np.array([customer_id]))[0])
        if got >= 0:
            # Both axes end at `last`: a column of the run's axis sits `shift` columns further in this one.
            res, at, shift = run.result, got, axis.count - run.result.axis.count
    if res is None:
        res = scan(E, meta, settings=settings)
    offset = axis.count - shown
    markers = _event_markers(session, event_ids, events.month - offset, axis, offset)
    start = int(res.start_month[at]) + shift if res.flagged[at] else -1
    if start >= offset:
        en, zh = _LABELS[("drop", "drop_start")]
        markers.append(CurveMarker(start - offset, axis.label(start), "drop", "drop_start", msg(en), zh))
    area = None
    a = int(pop.membership[row, -1])
    if a >= 0:
        area = session.get(TransformerArea, int(pop.area_ids[a]))
    return CurveData(
        customer_id=customer_id,
        account_no=c.account_no,
        name=c.name,
        tariff_category=c.tariff_category,
        area_code=area.code if area else None,
        area_name=area.name if area else None,
        months=tuple(axis.label(j) for j in range(offset, axis.count)),
        month_values=axis.months()[offset:],
        kwh=E[row, offset:].copy(),
        last_year=E[row, offset - 12 : axis.count - 12].copy(),
        peer_p25=p25,
        peer_p75=p75,
        peer_median=med,
        peer_count=count,
        peer_scope=scope,
        markers=tuple(sorted(markers, key=lambda m: (m.index, m.kind == "drop"))),
        drop_start=axis.label(start) if start >= 0 else None,
        drop_start_index=start - offset if start >= offset else None,
        score=round(float(res.score[at]), 1),
        rules=tuple(res.codes(at)),
        reason_zh=res.reason(at, "zh"),
        reason_en=res.reason(at, "en"),
        reason=tuple(res.reason_parts(at)),
    )


def _event_markers(
    session: Session, event_ids: np.ndarray, columns: np.ndarray, axis: Any, offset: int
) -> list[CurveMarker]:
    shown = {int(e): int(col) for e, col in zip(event_ids, columns, strict=True) if col >= 0}
    if not shown:
        return []
    stmt = (
        select(AssetEvent.id, AssetEvent.kind, AssetEvent.happened_on, Asset.kind, Asset.asset_no)
        .join(Asset, Asset.id == AssetEvent.asset_id)
        .where(AssetEvent.id.in_(list(shown)))
    )
    out = []
    for eid, ev_kind, on, asset_kind, asset_no in session.execute(stmt):
        en, zh = _LABELS.get((asset_kind, ev_kind), (ev_kind, ev_kind))
        col = shown[eid]
        out.append(CurveMarker(col, axis.label(col + offset), asset_kind, ev_kind, msg(en), zh, asset_no, on))
    return out


def _months_between(first: int, last: int) -> int:
    return (last // 100 - first // 100) * 12 + last % 100 - first % 100 + 1


def _this_month() -> int:
    today = dt.date.today()
    return today.year * 100 + today.month
