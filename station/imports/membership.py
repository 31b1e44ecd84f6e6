"""台区 membership from a readings file: the 台区编号 a collection-system export carries on each row.

A marketing export says where a customer is now; the collection system says where each month's reading
was taken. Where a readings file names a 台区 for a customer and month that the dated links do not, the
file is the evidence: the preview says how many customers and months differ, and the import rewrites
those customers' links over the file's months (older and later links are kept, cut at the window).

Only customers whose evidence disagrees are touched, so a re-import changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.schema import Customer, CustomerAreaLink, TransformerArea
from station.analysis.matrix import MonthAxis, yyyymm_to_serial
from station.consumption.load import load_population
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.imports import normalise as n
from station.imports.bulk import insert_many, select_in, update_rows
from station.imports.month_parse import month_label

SOURCE = "readings"  # CustomerAreaLink.source of the links this evidence writes
_OPEN_END = dt.date.max  # a run that continues an open link: written as valid_to NULL
_IN_LIMIT = 10_000  # ids per IN list (SQLite's bound-parameter limit is 32,766)
#: Customers the preview names in its note (the count is always complete).
NOTE_SAMPLE = 5

DIFFER_NOTE = QT_TRANSLATE_NOOP(
    "station", "{count} customers were in another 台区 in {months} customer-months than the ledger says "
               "(e.g. {sample}): the import records the file's 台区 for those months")
NOW_NOTE = QT_TRANSLATE_NOOP(
    "station", "{count} customers are in another 台区 in the file's latest month than in the customer ledger: "
               "correct them in the customer ledger (or import the marketing export) if they have moved")
UNKNOWN_NOTE = QT_TRANSLATE_NOOP(
    "station", "台区编号 not in the ledger, ignored as evidence of membership (the readings are imported): {codes}")


@dataclass(frozen=True, slots=True)
class Run:
    """The file's 台区 of one customer from `start` (inclusive) to `end` (exclusive), both 1st of a month."""

    area_id: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class MembershipPlan:
    """Per customer whose links disagree with the file: the runs that replace its links over the window."""

    runs: dict[int, list[Run]]  # customer id → runs, ascending and contiguous
    months: int  # customer-months that differ

    def __len__(self) -> int:
        return len(self.runs)


def evidence(session: Session, ids: np.ndarray, months: np.ndarray, lines: np.ndarray,
             area_lines: np.ndarray, area_cells: list[Any]) -> tuple[np.ndarray, list[str]]:
    """The 台区 id of each value (−1: blank or unknown) from the area cell of its line; and the unknown codes."""
    known = dict(session.execute(select(TransformerArea.code, TransformerArea.id)).all())
    codes: dict[Any, int] = {}
    unknown: list[str] = []
    for cell in dict.fromkeys(area_cells):
        try:
            code = n.digits(cell)
        except n.Invalid:
            code = n.text(cell)
        area = known.get(code, -1) if code else -1
        if code and area < 0:
            unknown.append(code)
        codes[cell] = area
    per_line = np.fromiter((codes[c] for c in area_cells), dtype=np.int64, count=len(area_cells))
    at = np.searchsorted(area_lines, lines)
    found = (at < area_lines.size) & (area_lines[np.minimum(at, area_lines.size - 1)] == lines)
    return np.where(found, per_line[np.minimum(at, max(area_lines.size - 1, 0))], -1), sorted(unknown)


def plan(session: Session, ids: np.ndarray, months: np.ndarray, areas: np.ndarray) -> tuple[MembershipPlan, int]:
    """Compare the file's 台区 per (customer, month) with the dated links; (the plan, customers whose 台区 in
    the file's latest month differs from their ledger 台区)."""
    has = areas >= 0
    ids, months, areas = ids[has], months[has], areas[has]
    if not ids.size:
        return MembershipPlan({}, 0), 0
    first, last = int(months.min()), int(months.max())
    count = int(yyyymm_to_serial(last) - yyyymm_to_serial(first)) + 1
    axis = MonthAxis(first, count)
    customers = np.unique(ids)
    # A whole station's file reads every customer in one pass rather than an IN list of 200,000 ids.
    pop = load_population(session, axis, customers.tolist() if customers.size <= _IN_LIMIT else None)
    row = pop.rows_of(ids)
    col = np.asarray(yyyymm_to_serial(months)).astype(np.int64) - int(yyyymm_to_serial(first))
    index = pop.membership[row, col]
    stored = np.where(index >= 0, pop.area_ids[np.maximum(index, 0)], -1)
    differ = stored != areas
    runs: dict[int, list[Run]] = {}
    wanted = np.isin(ids, np.unique(ids[differ]))
    d_ids, d_months, d_areas = ids[wanted], months[wanted], areas[wanted]
    order = np.lexsort((d_months, d_ids))  # one sort, then a slice per customer (not a pass per customer)
    d_ids, d_months, d_areas = d_ids[order], d_months[order], d_areas[order]
    starts = np.flatnonzero(np.r_[True, d_ids[1:] != d_ids[:-1]]).tolist() if d_ids.size else []
    for a, b in zip(starts, [*starts[1:], d_ids.size][: len(starts)], strict=True):
        runs[int(d_ids[a])] = _runs(d_months[a:b], d_areas[a:b])
    ledger = dict(select_in(session, [Customer.id, Customer.area_id], Customer.id, customers.tolist()))
    latest = months == last
    now_differs = sum(1 for c, a in zip(ids[latest].tolist(), areas[latest].tolist(), strict=True)
                      if ledger.get(c) != a)
    return MembershipPlan(runs, int(differ.sum())), now_differs


def _first_of(yyyymm: int) -> dt.date:
    return dt.date(yyyymm // 100, yyyymm % 100, 1)


def _next_month(yyyymm: int) -> int:
    y, m = divmod(yyyymm, 100)
    return yyyymm + 1 if m < 12 else (y + 1) * 100 + 1


def _runs(months: np.ndarray, areas: np.ndarray) -> list[Run]:
    """Contiguous runs of one customer's 台区 over its months; a gap keeps the area before it."""
    order = np.argsort(months, kind="stable")
    out: list[Run] = []
    for m, a in zip(months[order].tolist(), areas[order].tolist(), strict=True):
        if out and out[-1].area_id == a:
            out[-1] = Run(a, out[-1].start, _first_of(_next_month(m)))
            continue
        start = _first_of(m)
        if out:
            out[-1] = Run(out[-1].area_id, out[-1].start, start)
        out.append(Run(a, start, _first_of(_next_month(m))))
    return out


def notes(plan: MembershipPlan, now_differs: int, unknown: list[str], account_of: dict[int, str]) -> list[Message]:
    out: list[Message] = []
    if plan.runs:
        sample = ", ".join(account_of.get(c, str(c)) for c in list(plan.runs)[:NOTE_SAMPLE])
        out.append(msg(DIFFER_NOTE, count=len(plan.runs), months=plan.months, sample=sample))
    if now_differs:
        out.append(msg(NOW_NOTE, count=now_differs))
    if unknown:
        shown = ", ".join(unknown[:10]) + (" …" if len(unknown) > 10 else "")
        out.append(msg(UNKNOWN_NOTE, codes=shown))
    return out


def _outside(row: Any, w0: dt.date, w1: dt.date) -> bool:
    since, until = row[3], row[4]
    return (since is not None and since >= w1) or (until is not None and until <= w0)


def apply(session: Session, plan: MembershipPlan) -> dict[str, Any] | None:
    """Rewrite the links of the plan's customers over their windows; the audit row of the change, or None.

    A link reaching into a customer's window is cut at it (the part before and the part after are kept);
    a link inside it goes; the file's runs take the window.
    """
    if not plan.runs:
        return None
    link = CustomerAreaLink
    links = select_in(session, [link.id, link.customer_id, link.area_id, link.valid_from, link.valid_to,
                                link.source], link.customer_id, plan.runs)
    runs_of = {c: list(runs) for c, runs in plan.runs.items()}
    window = {c: (runs[0].start, runs[-1].end) for c, runs in plan.runs.items()}
    touching = [row for row in links if not _outside(row, *window[row[1]])]
    # First the parts after the window (they may extend the last run), then the parts before it (which
    # may take over the first run, now with its final end): a customer's runs are changed in that order.
    new = _parts_after(touching, window, runs_of)
    cut, gone, absorbed = _parts_before(touching, window, runs_of)
    new += _file_runs(runs_of, {row[1] for row in links}, absorbed)
    update_rows(session, CustomerAreaLink.__table__, cut)  # type: ignore[arg-type]
    for part in range(0, len(gone), _IN_LIMIT):
        session.execute(delete(CustomerAreaLink).where(CustomerAreaLink.id.in_(gone[part:part + _IN_LIMIT])))
    insert_many(session, CustomerAreaLink.__table__, new)  # type: ignore[arg-type]
    sample_id, sample_runs = next(iter(plan.runs.items()))
    return {
        "action": "membership", "entity": "customer_area_link", "entity_id": None,
        "before": {"links_cut": len(cut), "links_replaced": len(gone)},
        "after": {"customers": len(plan.runs), "customer_months": plan.months, "links_written": len(new),
                  "sample": {str(sample_id): [[r.area_id, r.start.isoformat(), r.end.isoformat()] for r in sample_runs]},
                  "months": sorted({month_label(int(f"{r.start:%Y%m}")) for r in sample_runs})},
    }


_Links = list[Any]  # (id, customer_id, area_id, valid_from, valid_to, source) rows
_Windows = dict[int, tuple[dt.date, dt.date]]


def _parts_after(touching: _Links, window: _Windows, runs_of: dict[int, list[Run]]) -> list[dict[str, Any]]:
    """The parts of links after a customer's window stay; the same area continues the last run instead."""
    new: list[dict[str, Any]] = []
    for _link_id, c, area, _since, until, source in touching:
        w1 = window[c][1]
        if until is None or until > w1:
            runs = runs_of[c]
            if runs[-1].area_id == area:
                runs[-1] = Run(area, runs[-1].start, until or _OPEN_END)
            else:
                new.append({"customer_id": c, "area_id": area, "valid_from": w1, "valid_to": until,
                            "source": source})  # fmt: skip
    return new


def _parts_before(
    touching: _Links, window: _Windows, runs_of: dict[int, list[Run]]
) -> tuple[list[tuple[int, dict[str, Any]]], list[int], set[int]]:
    """(links cut at the window, links inside it that go, customers whose first run an older link took over)."""
    gone: list[int] = []
    cut: list[tuple[int, dict[str, Any]]] = []
    absorbed: set[int] = set()
    for link_id, c, area, since, _until, _source in touching:
        w0 = window[c][0]
        if since is None or since < w0:  # the part before stays; the same area takes the first run's months
            first = runs_of[c][0]
            if first.area_id == area and c not in absorbed:
                cut.append((link_id, {"valid_to": None if first.end == _OPEN_END else first.end}))
                absorbed.add(c)
            else:
                cut.append((link_id, {"valid_to": w0}))
        else:
            gone.append(link_id)
    return cut, gone, absorbed


def _file_runs(runs_of: dict[int, list[Run]], linked: set[int], absorbed: set[int]) -> list[dict[str, Any]]:
    """The file's runs as links (the first left out where an older link of its area took it over)."""
    new: list[dict[str, Any]] = []
    for c, runs in runs_of.items():
        for i, r in enumerate(runs):
            if i == 0 and c in absorbed:
                continue
            # A customer without any link had its ledger 台区 in every month: outside the file's months
            # it keeps the area the file starts and ends with rather than falling out of every area.
            since = None if c not in linked and i == 0 else r.start
            until = None if r.end == _OPEN_END or (c not in linked and i == len(runs) - 1) else r.end
            new.append({"customer_id": c, "area_id": r.area_id, "valid_from": since, "valid_to": until,
                        "source": SOURCE})  # fmt: skip
    return new
