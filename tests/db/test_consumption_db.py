"""Consumption on SQLite and PostgreSQL: the demo's readings load back exactly, the scan finds its thefts,
line loss shows the wrong-multiplier 台区, and a move between 台区 counts in the month it happened."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import numpy as np
from sqlalchemy import select, update

from db.schema import CustomerAreaLink
from station.actions import create_demo
from station.consumption.curve import customer_curve
from station.consumption.load import load_scan_input
from station.consumption.service import line_loss_table, run_scan
from station.demo import stored_plan
from station.demo.consumption import draw_consumption
from station.workspace import Workspace

AS_OF = dt.date(2026, 6, 10)
MONTHS = 24


def test_demo_consumption_round_trip_scan_and_line_loss(any_workspace: Workspace) -> None:
    ws = any_workspace
    with tempfile.TemporaryDirectory() as folder:
        truth_file = Path(folder) / "truth.csv"
        create_demo(ws, customers=1200, seed=9, as_of=AS_OF, months=MONTHS, truth=str(truth_file))
        thefts = {line.split(",")[0] for line in truth_file.read_text(encoding="utf-8").splitlines()[1:]}
    with ws.sessions() as s:
        plan = stored_plan(s)
        assert plan is not None
        drawn = draw_consumption(plan, MONTHS)
        inp = load_scan_input(s, 202605, months=MONTHS)
        # What went in comes back: the same kWh in the same cells, NaN where the account was not open.
        assert np.array_equal(np.isnan(inp.E), np.isnan(drawn["E"]))
        assert np.array_equal(np.nan_to_num(inp.E), np.nan_to_num(drawn["E"]))
        assert (
            inp.meta.events.customer.size >= drawn["events"][0].size
        )  # swaps, besides the ledger's installs
        rows = run_scan(s, "2026-05", top=30)
        lines = line_loss_table(s, "2026-05")
    assert sum(r.account_no in thefts for r in rows) >= 10  # chance would give about one
    classes = {r.klass for r in lines}
    assert "negative" in classes and "normal" in classes  # the halved gateway reading, and the others


def test_a_move_between_areas_counts_from_its_month(any_workspace: Workspace) -> None:
    ws = any_workspace
    create_demo(ws, customers=600, seed=2, as_of=AS_OF, months=3)
    with ws.sessions() as s:
        before = {r.area_id: r for r in line_loss_table(s, "2026-04")}
        march_before = {r.area_id: r for r in line_loss_table(s, "2026-03")}
        link = s.scalars(
            select(CustomerAreaLink).where(CustomerAreaLink.valid_to.is_(None)).order_by(CustomerAreaLink.id)
        ).first()
        assert link is not None
        customer_id, old_area = link.customer_id, link.area_id
        curve = customer_curve(s, customer_id)
        assert curve is not None
        kwh = float(curve.kwh[curve.months.index("2026-04")])
    target = 2 if old_area == 1 else 1
    with ws.sessions.begin() as s:
        s.execute(
            update(CustomerAreaLink)
            .where(CustomerAreaLink.id == link.id)
            .values(valid_to=dt.date(2026, 4, 1))
        )
        s.add(CustomerAreaLink(customer_id=customer_id, area_id=target, valid_from=dt.date(2026, 4, 1)))
    with ws.sessions() as s:
        after = {r.area_id: r for r in line_loss_table(s, "2026-04")}
        march = {r.area_id: r for r in line_loss_table(s, "2026-03")}
        unchanged = before
    assert after[old_area].sold_kwh == unchanged[old_area].sold_kwh - kwh
    assert after[target].sold_kwh == unchanged[target].sold_kwh + kwh
    assert after[target].customers == unchanged[target].customers + 1
    assert march[old_area].customers == march_before[old_area].customers  # still there in March
    assert march[old_area].sold_kwh == march_before[old_area].sold_kwh


def test_the_pages_default_month_is_the_last_with_readings_not_supply(any_workspace: Workspace) -> None:
    from db.schema import AreaSupply
    from station.actions import last_reading_month

    ws = any_workspace
    assert last_reading_month(ws) is None
    create_demo(ws, customers=300, seed=4, as_of=AS_OF, months=3)
    assert last_reading_month(ws) == "2026-05"
    with ws.sessions.begin() as s:  # the gateway's June arrives before the customers' readings
        s.add(AreaSupply(area_id=1, month=202606, supplied_kwh=1000.0))
    assert last_reading_month(ws) == "2026-05"
