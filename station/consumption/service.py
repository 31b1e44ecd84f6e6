"""The suspects list (sudden-drop scan) from the database as frozen rows; line loss is re-exported from loss.py.

Services take a Session and never commit (they only read). The scan always runs over the whole station,
because the peer rule compares a customer with its category and 台区; filters (area, top N) cut the list
afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Customer, MonthlyConsumption, TransformerArea
from station.analysis.drops import Cancelled, ScanResult, scan
from station.analysis.reasons import render
from station.analysis.thresholds import DEFAULT_SETTINGS, ScanSettings
from station.collector import collector_paused  # the suspects are acyclic rows too
from station.consumption.load import ScanInput, load_scan_input, month_label, parse_month
from station.consumption.loss import (  # re-exported: the services of issue 3 in one place
    AreaLossSeries,
    LossRow,
    StationLoss,
    area_infos,
    area_loss_series,
    line_loss_table,
    loss_rows,
    rejected,
    station_loss,
)
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.rule_settings import RuleSet, load_rules

__all__ = [
    "AreaLossSeries",
    "LossRow",
    "ScanRun",
    "StationLoss",
    "SuspectRow",
    "area_customers_by_score",
    "area_loss_series",
    "as_dict",
    "line_loss_table",
    "loss_rows",
    "run_scan",
    "scan_suspects",
    "scan_month",
    "scan_settings",
    "station_loss",
    "suspect_rows",
]

Progress = Callable[..., None]

#: Rule-setting keys the scan reads: "scan." + a ScanSettings field (e.g. scan.yoy_drop). A key the
#: station has not stored keeps the default of station.analysis.thresholds.
SCAN_KEY_PREFIX = "scan."
_ID_CHUNK = 5_000  # ids per IN (…) list: below every database's parameter limit


def _no_progress(fraction: float, message: str = "") -> None:
    """Progress that reports nowhere."""


def _never() -> bool:
    return False


def scan_settings(rules: RuleSet) -> ScanSettings:
    """The scan's thresholds in force: defaults overlaid by the station's `scan.*` rule settings.

    scan.peer_z is stored as a magnitude (rule settings are numbers ≥ 0): 3 means robust z < −3.
    """
    over = {
        f.name: type(getattr(DEFAULT_SETTINGS, f.name))(rules.values[SCAN_KEY_PREFIX + f.name])
        for f in fields(ScanSettings)
        if SCAN_KEY_PREFIX + f.name in rules.values
    }
    if "peer_z" in over:
        over["peer_z"] = -abs(over["peer_z"])
    return replace(DEFAULT_SETTINGS, **over) if over else DEFAULT_SETTINGS


def _require_month(session: Session, month: int) -> None:
    held = session.scalar(select(MonthlyConsumption.id).where(MonthlyConsumption.month == month).limit(1))
    if held is None:
        raise rejected(
            "month",
            msg(
                QT_TRANSLATE_NOOP("station", "No consumption is recorded for {month}"),
                month=month_label(month),
            ),
            month_label(month),
        )


def _area_by_code(session: Session, code: str) -> int:
    area_id = session.scalar(select(TransformerArea.id).where(TransformerArea.code == code.strip()))
    if area_id is None:
        raise rejected(
            "area", msg(QT_TRANSLATE_NOOP("station", "No 台区 has the code {code}"), code=code), code
        )
    return area_id


# --- the suspects list -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SuspectRow:
    """One customer of the ranked list: why it is suspect and since when."""

    customer_id: int
    account_no: str
    name: str
    area_code: str | None
    area_name: str | None
    tariff_category: str
    score: float  # 0..100
    rules: tuple[str, ...]  # rule codes that fired (MOM, YOY, PEER, ZERO, CUSUM, LOSS, EVENT)
    reason: tuple[Message, ...]  # fragments for the GUI's translator (station.analysis.reasons.render)
    start_month: str | None  # "YYYY-MM" the drop began; None when not flagged

    # Rendered when read: a county's scan lists 6,000 suspects and a page shows thirty of them (rendering every
    # reason in both languages up front was a tenth of the scan).
    @property
    def reason_zh(self) -> str:
        """The reason as the station prints it."""
        return render(self.reason, "zh")

    @property
    def reason_en(self) -> str:
        return render(self.reason, "en")


@dataclass(frozen=True, slots=True)
class ScanRun:
    """A scan of one month kept for drill-downs (the list, a 台区's customers) without scanning again."""

    month: int
    input: ScanInput
    result: ScanResult


def scan_month(
    session: Session,
    month: int | str,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> ScanRun:
    """Load the station and scan `month` (YYYYMM or 'YYYY-MM'); Rejected when nothing is recorded for it."""
    m = parse_month(month)
    _require_month(session, m)
    progress(0.0, QT_TRANSLATE_NOOP("station", "Loading consumption"))
    inp = load_scan_input(session, m)
    if cancelled():
        raise Cancelled()
    settings = scan_settings(load_rules(session))

    def scan_progress(fraction: float, message: str = "") -> None:
        progress(0.5 + 0.45 * fraction, QT_TRANSLATE_NOOP("station", "Scanning for sudden drops"))

    progress(0.5, QT_TRANSLATE_NOOP("station", "Scanning for sudden drops"))
    result = scan(inp.E, inp.meta, settings=settings, progress=scan_progress, cancelled=cancelled)
    return ScanRun(m, inp, result)


@collector_paused()
def suspect_rows(session: Session, run: ScanRun, rows: Sequence[int] | np.ndarray) -> list[SuspectRow]:
    """SuspectRows for these rows of the scan, in the order given (one query per 5,000 customers)."""
    pop, res = run.input.population, run.result
    rows = [int(r) for r in rows]
    ids = [int(pop.customer_ids[r]) for r in rows]
    info: dict[int, tuple[str, str, str]] = {}
    for i in range(0, len(ids), _ID_CHUNK):
        chunk = ids[i : i + _ID_CHUNK]
        stmt = select(Customer.id, Customer.account_no, Customer.name, Customer.tariff_category).where(
            Customer.id.in_(chunk)
        )
        info.update({cid: (acc, name, cat) for cid, acc, name, cat in session.execute(stmt)})
    areas = area_infos(session)
    out = []
    for r, cid in zip(rows, ids, strict=True):
        acc, name, cat = info[cid]
        a = int(pop.membership[r, -1])
        area = areas.get(int(pop.area_ids[a])) if a >= 0 else None
        start = int(res.start_month[r])
        parts = res.reason_parts(r)  # built once: 6,000 suspects × three renderings added a second
        out.append(
            SuspectRow(
                customer_id=cid,
                account_no=acc,
                name=name,
                area_code=area.code if area else None,
                area_name=area.name if area else None,
                tariff_category=cat,
                score=round(float(res.score[r]), 1),
                rules=tuple(res.codes(r)),
                reason=tuple(parts),
                start_month=res.axis.label(start) if start >= 0 else None,
            )
        )
    return out


def scan_suspects(
    session: Session,
    month: int | str,
    area_code: str | None = None,
    top: int | None = None,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> tuple[ScanRun, list[SuspectRow]]:
    """The scan of `month` and its ranked suspects: highest score first, optionally only one 台区 (as of that
    month) and the first `top`. Rejected for a month without readings or an unknown area code."""
    area_id = _area_by_code(session, area_code) if area_code else None
    run = scan_month(session, month, progress, cancelled)
    ranked = run.result.ranked()
    if area_id is not None:
        a = int(run.input.population.area_index(np.array([area_id]))[0])
        ranked = ranked[run.input.population.membership[ranked, -1] == a]
    if top is not None:
        ranked = ranked[: max(top, 0)]
    rows = suspect_rows(session, run, ranked)
    progress(1.0, QT_TRANSLATE_NOOP("station", "Scan finished"))
    return run, rows


def run_scan(
    session: Session,
    month: int | str,
    area_code: str | None = None,
    top: int | None = None,
    progress: Progress = _no_progress,
    cancelled: Callable[[], bool] = _never,
) -> list[SuspectRow]:
    """The ranked suspects of `month` (scan_suspects without the run)."""
    return scan_suspects(session, month, area_code, top, progress, cancelled)[1]


def area_customers_by_score(
    session: Session, area_id: int, month: int | str, run: ScanRun | None = None
) -> list[SuspectRow]:
    """Every customer of a 台区 (as of `month`) by drop score, highest first: the line-loss drill-down.

    Pass the `run` of an earlier scan_month of the same month to skip scanning again.
    """
    m = parse_month(month)
    if run is None or run.month != m:
        run = scan_month(session, m)
    pop, res = run.input.population, run.result
    a = int(pop.area_index(np.array([area_id]))[0])
    rows = np.flatnonzero(pop.membership[:, -1] == a) if a >= 0 else np.zeros(0, np.int64)
    order = np.lexsort((rows, -np.round(res.score[rows], 6)))
    return suspect_rows(session, run, rows[order])


def as_dict(row: Any) -> dict[str, Any]:
    """A row as plain JSON-able values (Messages as their English text)."""
    out: dict[str, Any] = {}
    for f in fields(row):
        v = getattr(row, f.name)
        if isinstance(v, tuple) and v and isinstance(v[0], Message):
            continue
        out[f.name] = list(v) if isinstance(v, tuple) else v
    for name in ("reason_zh", "reason_en"):  # rendered on reading (SuspectRow)
        if name not in out and hasattr(row, name):
            out[name] = getattr(row, name)
    return out
