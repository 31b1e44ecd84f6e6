"""Corrections of a closed month's readings or 台区 supply: amendments booked in an open month.

A closed month's values are never rewritten. A readings or supply file that carries a closed month is
refused whole, unless it is imported as a correction (`station import readings FILE --correction`, the GUI's
"Import as correction" box): then each value of a closed month that differs from the stored one (or that the
month lacked) becomes one `monthly_amendment` row — the closed month it corrects, a link to the original row,
the original and corrected kWh, the difference — dated in the current month, which must be open. Values of
open months in the same file are imported as usual. The original row, and so every report of the closed
month, stays as it was; the amendment is what the booking month settles (退补), and its history is one index
look-up by customer (or 台区) and month.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.schema import MonthlyAmendment
from station.audit import record_many
from station.domain.periods import label
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports.month_parse import current_month
from station.month.lock import closed_months, require_open, require_open_months

#: plan.status of a value that becomes an amendment (readings.NEW, UPDATED, UNCHANGED are 0, 1, 2).
AMENDED = 3


def guard_monthly(session: Session, preview: Any, *, correction: bool = False, today: int | None = None) -> None:
    """Refuse a readings/supply preview that carries a closed month, or turn those values into amendments.

    Raises Rejected (code month_closed) naming every closed month when `correction` is not asked for.
    """
    plan = preview.plan
    if plan is None or not preview.months:
        return
    closed = closed_months(session, preview.months)
    if not closed:
        return
    if not correction:
        require_open_months(session, closed, preview.kind)
    booked = today or current_month()
    require_open(session, booked, preview.kind)  # the correction itself is dated in an open month
    in_closed = np.isin(plan.months, closed) & (plan.status != 2)  # equal values: nothing to correct
    plan.status[in_closed] = AMENDED
    shown = {label(m) for m in closed}
    for m in closed:  # nothing of a closed month is replaced: drop its "will be replaced" note and sample
        plan.samples.pop(m, None)
    preview.notes[:] = [note for note in preview.notes
                        if not (note.params.get("month") in shown and "stored values differ" in note.template)]
    from station.imports.readings import _count

    _count(preview, plan)
    preview.months = sorted(set(preview.months) | set(closed))
    preview.options["correction"] = True
    n = int(in_closed.sum())
    preview.extra["amendments"] = {"count": n, "booked": booked}
    preview.notes.append(msg(QT_TRANSLATE_NOOP(
        "station", "{count} values of the closed months {months} will be booked as corrections in {booked}; "
                   "the closed months keep their values"),
        count=n, months=", ".join(label(m) for m in closed), booked=label(booked)))


def write_amendments(session: Session, preview: Any, batch_id: int | None, operator: str) -> int:
    """Insert the amendments planned by guard_monthly (in the import's transaction); how many."""
    info = preview.extra.get("amendments")
    plan, target = preview.plan, preview.target
    if not info or plan is None or target is None:
        return 0
    idx = np.flatnonzero(plan.status == AMENDED)
    if not idx.size:
        return 0
    t = target.table
    row_ids = plan.row_ids[idx]
    known = [int(r) for r in row_ids if r >= 0]
    stored: dict[int, float] = dict(session.execute(
        select(t.c.id, t.c[target.value_field]).where(t.c.id.in_(known))).all()) if known else {}
    now = dt.datetime.now()
    rows = []
    for i in idx.tolist():
        rid = int(plan.row_ids[i])
        original = stored.get(rid) if rid >= 0 else None
        value = float(plan.values[i])
        rows.append({"kind": target.kind, "owner_id": int(plan.ids[i]), "month": int(plan.months[i]),
                     "original_id": rid if rid >= 0 else None, "original_kwh": original,
                     "corrected_kwh": value, "delta_kwh": value - (original or 0.0),
                     "booked_month": info["booked"], "import_batch_id": batch_id, "created_at": now,
                     "operator": operator})
    session.execute(insert(MonthlyAmendment.__table__), rows)  # type: ignore[arg-type]
    months = sorted({r["month"] for r in rows})
    record_many(session, [{
        "action": "amend", "entity": target.entity, "entity_id": m, "before": None,
        "after": {"month": label(m), "booked_month": label(info["booked"]), "import_batch_id": batch_id,
                  "amendments": sum(r["month"] == m for r in rows)}} for m in months], operator=operator)
    return len(rows)
