"""The demo station's monthly consumption, 台区 supply and meter swaps, grown from station.analysis.synth.

`generate_consumption(session, plan, months=36)` writes into the caller's transaction, after the demo's
ledgers: each demo customer gets a synthetic row of its own category (seasons, noise, vacancies, theft of
several shapes), masked to the months its account was open; each 台区 gets the gateway reading =
(what its customers really took, stolen energy included) + technical loss, with a few high-loss and one or
two 台区 whose gateway multiplier is halved from a month of the last year (negative loss); synth's meter swaps
and CT changes become asset events.
The injected thefts are returned (and written by `write_truth`) for evaluation only: nothing in the
database marks them.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db.schema import AreaSupply, Asset, AssetEvent, Customer
from station import audit
from station.analysis.matrix import MonthAxis
from station.analysis.synth import EVENT_CT_CHANGE, THEFT_SHAPES, synth_consumption, wrong_gateway_multiplier
from station.demo import names as N
from station.demo.plan import CATEGORIES, DemoPlan
from station.domain import asset_no
from station.domain.metering import multiplier
from station.i18n import QT_TRANSLATE_NOOP
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

CHUNK = 100_000  #: readings per executemany (cancel and progress between chunks)
SERIAL_BASE = 40_000_000  #: barcode serials of swapped-in devices, clear of the ledger's (20,000,000 +)
HIGH_LOSS_SHARE = 0.06  #: share of 台区 with a high technical loss (as station.analysis.synth draws them)
TECH_LOSS = (0.03, 0.07)  #: a normal 台区's technical loss, fraction of what entered it
HIGH_TECH_LOSS = (0.11, 0.2)
MIN_DRAWN_MONTHS = 24  #: synth places thefts in its last 12 months after an honest year


@dataclass(frozen=True, slots=True)
class TruthCase:
    """One injected theft: for measuring the scan, never stored in the station."""

    account_no: str
    shape: str  # abrupt | partial | gradual | intermittent
    start_month: str  # "YYYY-MM"
    stolen_kwh: float


@dataclass(frozen=True, slots=True)
class ConsumptionResult:
    counts: dict[str, int]
    truth: list[TruthCase]
    axis: MonthAxis


def demo_axis(as_of: dt.date, months: int) -> MonthAxis:
    """`months` whole months ending with the month before `as_of` (the current month is not read yet)."""
    last = MonthAxis(as_of.year * 100 + as_of.month, 1).month(-1)
    return MonthAxis(MonthAxis(last, 1).month(-(months - 1)), months)


def _columns(axis: MonthAxis, days: np.ndarray) -> np.ndarray:
    """Month column of each datetime64[D] (NaT → a far negative column)."""
    m = days.astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    first = (axis.first // 100 - 1970) * 12 + axis.first % 100 - 1
    return np.where(np.isnat(days), -1_000_000, m - first)


def _spans(plan: DemoPlan, axis: MonthAxis) -> tuple[np.ndarray, np.ndarray]:
    """First and last month column each account was open (a closing on the 1st ends the month before)."""
    c = plan.customers
    open_col = _columns(axis, c.opened)
    last_col = np.where(np.isnat(c.closed), 1_000_000, _columns(axis, c.closed - np.timedelta64(1, "D")))
    return open_col, last_col


def draw_consumption(plan: DemoPlan, months: int) -> dict[str, Any]:
    """The readings (customers × months, NaN outside the open months), stolen kWh, theft truth, supply per
    台区 and meter-swap events, for the demo customers in plan order. Pure numpy, deterministic."""
    axis = demo_axis(plan.as_of, months)
    c = plan.customers
    n, M = len(c), months
    open_col, last_col = _spans(plan, axis)
    full = (open_col <= 0) & (last_col >= M - 1)
    rng = np.random.default_rng([plan.seed, 17])
    E = np.full((n, M), np.nan)
    stolen = np.zeros((n, M))
    theft_start = np.full(n, -1, dtype=np.int64)
    shape = np.full(n, -1, dtype=np.int64)
    ev_cust: list[np.ndarray] = []
    ev_month: list[np.ndarray] = []
    ev_kind: list[np.ndarray] = []
    # Synth draws at least two years, so that a short demo still holds thefts with an honest year before
    # them (kept or not); only the last `months` columns are written.
    drawn = max(M, MIN_DRAWN_MONTHS)
    lead = drawn - M
    for k, name in enumerate(CATEGORIES):
        idx = np.flatnonzero(c.category == k)
        if not idx.size:
            continue
        data = synth_consumption(
            idx.size,
            categories=(name,),
            areas=1,
            months=drawn,
            seed=plan.seed * 1009 + k,
            first_month=axis.month(-lead),
        )
        t = data.truth
        # Thefts need an honest history: they go to accounts open over the whole axis; synth's new accounts
        # go to the demo's new or closed ones (their months before opening are masked anyway).
        priority = np.where(t.theft, 0, np.where(t.opened >= 0, 2, 1))
        synth_order = np.lexsort((rng.random(idx.size), priority))
        demo_order = idx[np.lexsort((rng.random(idx.size), ~full[idx]))]
        target = np.empty(idx.size, dtype=np.int64)
        target[synth_order] = demo_order
        E[target] = data.E[:, lead:]
        stolen[target] = data.truth.stolen_kwh[:, lead:]
        theft_start[target] = np.where(t.theft, t.start - lead, -1)
        shape[target] = t.shape
        ev_cust.append(target[data.events.customer])
        ev_month.append(data.events.month - lead)
        ev_kind.append(data.events.kind)

    cols = np.arange(M)[None, :]
    open_now = (cols >= open_col[:, None]) & (cols <= last_col[:, None])
    # Months the account was open but synth had no reading (its own later opening): the row's usual level.
    with np.errstate(all="ignore"):
        level = np.nanmedian(np.where(np.isnan(E), np.nan, E), axis=1)
    gap = open_now & np.isnan(E)
    E = np.where(gap, np.round(np.nan_to_num(level)[:, None]), E)
    first_month = cols == open_col[:, None]
    E = np.where(first_month, np.round(E * rng.uniform(0.2, 1.0, (n, 1))), E)  # the first month is partial
    E[~open_now] = np.nan
    stolen[~open_now] = 0.0
    theft = (theft_start >= 0) & (theft_start >= open_col) & (theft_start <= last_col)
    theft_start[~theft] = -1

    events: tuple[np.ndarray, ...] = (
        (np.concatenate(ev_cust), np.concatenate(ev_month), np.concatenate(ev_kind))
        if ev_cust
        else (np.zeros(0, np.int64),) * 3
    )
    keep = (
        (events[1] >= 0) & (events[1] > open_col[events[0]]) & (last_col[events[0]] >= M - 1)
    )  # open customers, after opening
    events = tuple(e[keep] for e in events)

    supply = _supply(plan, E, stolen, rng)
    return {
        "axis": axis,
        "E": E,
        "stolen": stolen,
        "theft": theft,
        "start": theft_start,
        "shape": shape,
        "supply": supply,
        "events": events,
    }


def _supply(plan: DemoPlan, E: np.ndarray, stolen: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Gateway kWh per 台区: (recorded + stolen) / (1 − technical loss), ±0.5 % reading noise; some 台区 lose
    more; one or two read half from a month of the last year on (a wrong gateway multiplier: negative loss);
    one month is not collected."""
    area = plan.customers.area
    n_areas, M = len(plan.areas.code), E.shape[1]
    took = np.nan_to_num(E) + stolen
    delivered = np.zeros((n_areas, M))
    ok = area >= 0
    for j in range(M):
        delivered[:, j] = np.bincount(area[ok], weights=took[ok, j], minlength=n_areas)
    tech = rng.uniform(*TECH_LOSS, n_areas)
    high = np.flatnonzero(rng.random(n_areas) < HIGH_LOSS_SHARE)
    tech[high] = rng.uniform(*HIGH_TECH_LOSS, high.size)
    supply = delivered / (1.0 - tech[:, None]) * (1.0 + rng.normal(0.0, 0.005, (n_areas, M)))
    if n_areas:
        wrong_gateway_multiplier(supply, rng)
        supply[rng.integers(0, n_areas), rng.integers(0, M)] = np.nan
    return np.round(supply)


def _insert_readings(session: Session, rows: list[tuple[int, int, float]]) -> None:
    """Readings through the driver: executemany of plain tuples (SQLite), COPY (PostgreSQL)."""
    cur = session.connection().connection.cursor()
    try:
        if session.get_bind().dialect.name == "postgresql":
            with cur.copy("COPY monthly_consumption (customer_id, month, kwh) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        else:
            cur.executemany(
                "INSERT INTO monthly_consumption (customer_id, month, kwh) VALUES (?, ?, ?)", rows
            )
    finally:
        cur.close()


def generate_consumption(
    session: Session,
    plan: DemoPlan,
    *,
    months: int = 36,
    operator: str = "demo",
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> ConsumptionResult:
    """Write `months` of readings and supply, and the meter swaps, for the demo station just written from
    `plan` (customer id i + 1, 台区 id i + 1 as station.demo writes them). The caller owns the transaction."""
    n = len(plan.customers)
    held = session.execute(select(func.count(), func.max(Customer.id)).select_from(Customer)).one()
    if tuple(held) != (n, n or None):
        raise ValueError("the demo's consumption needs the demo station written from the same plan")
    d = draw_consumption(plan, months)
    axis, E = d["axis"], d["E"]
    progress(0.0, QT_TRANSLATE_NOOP("station", "Writing the demo's consumption"))
    rows_i, cols_j = np.nonzero(~np.isnan(E))  # customer-major: appends to the (customer, month) index
    cust = (rows_i + 1).tolist()
    month = axis.months()[cols_j].tolist()
    kwh = E[rows_i, cols_j].tolist()
    total = len(kwh)
    for start in range(0, total, CHUNK):
        if cancelled():
            raise Cancelled()
        end = start + CHUNK
        _insert_readings(session, list(zip(cust[start:end], month[start:end], kwh[start:end], strict=True)))
        progress(
            0.9 * min(end, total) / max(total, 1),
            QT_TRANSLATE_NOOP("station", "Writing the demo's consumption"),
        )
    supply = d["supply"]
    a_i, a_j = np.nonzero(~np.isnan(supply))
    supply_rows = [
        {
            "area_id": int(a) + 1,
            "month": int(axis.month(int(j))),
            "supplied_kwh": float(supply[a, j]),
            "import_batch_id": None,
        }
        for a, j in zip(a_i, a_j, strict=True)
    ]
    if supply_rows:
        session.execute(insert(AreaSupply.__table__), supply_rows)  # type: ignore[arg-type]
    n_assets, n_events = _write_swaps(session, plan, axis, E, *d["events"], operator=operator)
    truth = _truth(session, d, axis)
    counts = {
        "consumption_rows": total,
        "supply_rows": len(supply_rows),
        "swap_assets": n_assets,
        "swap_events": n_events,
        "months": months,
    }
    audit.record(
        session,
        operator=operator,
        action="demo",
        entity="monthly_consumption",
        entity_id=None,
        after={"first_month": axis.first, **counts},
    )
    progress(1.0, QT_TRANSLATE_NOOP("station", "Demo consumption written"))
    return ConsumptionResult(counts, truth, axis)


def _truth(session: Session, d: dict[str, Any], axis: MonthAxis) -> list[TruthCase]:
    rows = np.flatnonzero(d["theft"])
    accounts: dict[int, str] = {}
    ids = [int(r) + 1 for r in rows]
    for i in range(0, len(ids), 5_000):
        stmt = select(Customer.id, Customer.account_no).where(Customer.id.in_(ids[i : i + 5_000]))
        accounts.update({cid: acc for cid, acc in session.execute(stmt)})
    return [
        TruthCase(
            accounts[int(r) + 1],
            THEFT_SHAPES[int(d["shape"][r])],
            axis.label(int(d["start"][r])),
            round(float(d["stolen"][r].sum()), 1),
        )
        for r in rows
    ]


def write_truth(path: str | Path, cases: list[TruthCase]) -> None:
    """The injected cases as CSV (account_no, shape, start_month, stolen_kwh), for evaluating a scan."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["account_no", "shape", "start_month", "stolen_kwh"])
        for c in cases:
            w.writerow([c.account_no, c.shape, c.start_month, c.stolen_kwh])


_COPY = (
    "kind",
    "model",
    "maker",
    "accuracy_class",
    "rated_voltage",
    "rated_current",
    "constant",
    "ratio",
    "phases",
)


def _multiplier(ct: str | None, pt: str | None) -> float:
    return float(multiplier(ct, pt))


def _write_swaps(
    session: Session,
    plan: DemoPlan,
    axis: MonthAxis,
    E: np.ndarray,
    cust: np.ndarray,
    month: np.ndarray,
    kind: np.ndarray,
    *,
    operator: str,
) -> tuple[int, int]:
    """Synth's meter swaps and CT changes as the ledger records them: the installed device removed on the
    15th of that month and a new one of the same nameplate installed in its place.

    Synth swaps a customer's meter at most once. A swap drawn before the present device went in stays
    unrecorded (the ledger would need an older device): a dip without an event, as a swap whose readings
    were never entered looks.
    """
    if not cust.size:
        return 0, 0
    installed, since = _installed_devices(session, cust)
    next_id = (session.scalar(select(func.max(Asset.id))) or 0) + 1
    staff = [u for u, role in N.USERS if role == "metering"]
    assets: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for c, m, k in zip(cust.tolist(), month.tolist(), kind.tolist(), strict=True):
        pid = c + 1
        on_point = installed.get(pid, [])
        ym = axis.month(m)
        day = dt.date(ym // 100, ym % 100, 15)
        want = ("ct", "pt") if k == EVENT_CT_CHANGE and any(a.kind == "ct" for a in on_point) else ("meter",)
        old = [a for a in on_point if a.kind in want and since.get(a.id, day) < day]
        for a in old:
            who = staff[(a.id + m) % len(staff)]
            new_id = next_id
            next_id += 1
            serial = SERIAL_BASE + len(assets) + 1
            assets.append(_new_device(a, new_id, serial, day, pid))
            reason = "互感器更换" if a.kind != "meter" else "故障换表"
            # Register readings at the swap (a meter's, never a CT's): the old meter's advance over the axis so
            # far in its own units (kWh / multiplier), the new meter's opening value.
            mult = _multiplier(plan.customers.ct_ratio[c], plan.customers.pt_ratio[c])
            closing = round(1000.0 + float(np.nansum(E[c, : m + 1])) / mult, 2) if a.kind == "meter" else None
            opening = round(float((new_id * 7) % 200) / 100, 2) if a.kind == "meter" else None
            events += _swap_events(a.id, new_id, day, who, pid, reason, closing, opening)
            a.status, a.metering_point_id = "removed", None  # the ORM's flush batches these updates
    if assets:
        session.execute(insert(Asset.__table__), assets)  # type: ignore[arg-type]
        session.execute(insert(AssetEvent.__table__), events)  # type: ignore[arg-type]
        from station.demo import _reset_sequences

        _reset_sequences(session, ["asset"])
    session.flush()
    return len(assets), len(events)


def _installed_devices(session: Session, cust: np.ndarray) -> tuple[dict[int, list[Any]], dict[int, dt.date]]:
    """The devices installed on the customers' points (point id = customer id in the demo), and since when."""
    ids = sorted({int(c) + 1 for c in cust})
    installed: dict[int, list[Any]] = {}
    for i in range(0, len(ids), 5_000):
        for a in session.scalars(
            select(Asset).where(Asset.metering_point_id.in_(ids[i : i + 5_000]), Asset.status == "installed")
        ):
            installed.setdefault(a.metering_point_id or 0, []).append(a)  # point id = customer id in the demo
    since = {
        e.asset_id: e.happened_on
        for e in session.scalars(
            select(AssetEvent).where(
                AssetEvent.kind == "installed",
                AssetEvent.asset_id.in_([a.id for v in installed.values() for a in v]),
            )
        )
    }
    return installed, since


def _new_device(old: Any, new_id: int, serial: int, day: dt.date, pid: int) -> dict[str, Any]:
    """The device swapped in: `old`'s nameplate, verified a month before the swap, installed on `pid`."""
    verified = day - dt.timedelta(days=30)
    return {
        "id": new_id,
        "asset_no": asset_no.make(old.asset_no[:7], serial),
        "factory_no": f"{verified.year % 100:02d}{serial:012d}",
        **{f: getattr(old, f) for f in _COPY},
        "made_on": verified - dt.timedelta(days=60),
        "received_on": verified - dt.timedelta(days=10),
        "verified_on": verified,
        "verification_result": "pass",
        "certificate_no": f"JD{verified:%Y%m}{serial % 100000:05d}",
        "status": "installed",
        "batch_no": f"{verified.year}Q{(verified.month - 1) // 3 + 1}-SW",
        "metering_point_id": pid,
        "import_batch_id": None,
    }


def _swap_events(
    old_id: int, new_id: int, day: dt.date, who: str, pid: int, reason: str, closing: float | None,
    opening: float | None,
) -> list[dict[str, Any]]:  # fmt: skip
    """The old device removed and the new one installed on the same day, with their register readings."""
    events: list[dict[str, Any]] = []
    for asset_id, ev, before, after, reading in (
        (old_id, "removed", "installed", "removed", closing),
        (new_id, "installed", "issued", "installed", opening),
    ):
        events.append(
            {
                "asset_id": asset_id,
                "kind": ev,
                "happened_on": day,
                "operator": who,
                "metering_point_id": pid,
                "reading": reading,
                "result": None,
                "certificate_no": None,
                "error_pct": None,
                "reason": reason,
                "work_order_id": None,
                "status_before": before,
                "status_after": after,
                "created_at": dt.datetime.combine(day, dt.time(10, 0)),
            }
        )
    return events
