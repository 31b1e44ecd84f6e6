"""The columnar copy built from the readings in batches (station.consumption.column_build) is the copy the
whole table gives, byte for byte, however small the batches and however few months a pass holds; and the
first scan, which builds it, reads the table's values. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sqlalchemy import insert, select

from db.schema import ConsumptionColumn, Customer, MonthlyConsumption
from station.consumption import matrix_cache
from station.consumption.column_build import build_columns
from station.consumption.column_format import encode
from station.consumption.load import axis_ending, load_matrix, load_population
from station.imports import apply_import, preview_file
from station.workspace import Workspace

N = 30
MONTHS = [202411, 202412] + [202500 + m for m in range(1, 13)] + [202601, 202602]  # across two year ends


def _station(ws: Workspace, tmp: Path) -> None:
    """30 customers, 16 months of readings with holes, a month of a few customers only (its ids are kept as
    a list, not a range), a month of values that are not whole hundredths (kept as float64)."""
    customers = tmp / "c.csv"
    customers.write_text("户号,户名,用电类别,电压等级\n" + "".join(
        f"33000000{i:02d},用户{i},居民生活,220V\n" for i in range(N)), encoding="utf-8")
    with ws.sessions.begin() as s:
        apply_import(s, preview_file(s, customers, "customers"), "测试")
    with ws.sessions.begin() as s:
        ids = list(s.scalars(select(Customer.id).order_by(Customer.id)))
        rows = [
            {"customer_id": cid, "month": m, "kwh": 100.0 + i + j * 0.25}
            for i, cid in enumerate(ids)
            for j, m in enumerate(MONTHS)
            if (i + j) % 7 != 3  # holes
        ]
        rows += [{"customer_id": ids[k], "month": 202409, "kwh": 5.0} for k in (0, N - 1)]
        rows += [{"customer_id": cid, "month": 202410, "kwh": (i + 1) / 3} for i, cid in enumerate(ids)]
        s.execute(insert(MonthlyConsumption), rows)


def _whole(ws: Workspace) -> list[tuple[int, bytes, bytes]]:
    """The copy as the whole table gives it: every reading read at once, in month and customer order."""
    mc = MonthlyConsumption
    with ws.sessions() as s:
        got = s.execute(select(mc.month, mc.customer_id, mc.kwh).order_by(mc.month, mc.customer_id)).all()
    out = []
    for m in sorted({r[0] for r in got}):
        ids = np.array([r[1] for r in got if r[0] == m], dtype=np.int64)
        kwh = np.array([r[2] for r in got if r[0] == m], dtype=np.float64)
        out.append((m, *encode(ids, kwh)))
    return out


def test_small_batches_and_passes_give_the_whole_tables_copy(any_workspace: Workspace, tmp_path: Path) -> None:
    _station(any_workspace, tmp_path)
    expected = _whole(any_workspace)
    assert len(expected) == len(MONTHS) + 2
    with any_workspace.sessions() as s:
        one_pass = build_columns(s)
        # 7 readings a batch, 5 months a pass (9 bytes a customer and month): 4 passes over the table
        small = build_columns(s, batch_rows=7, grid_bytes=9 * N * 5)
        single = build_columns(s, batch_rows=1, grid_bytes=1)  # one month a pass, one reading a batch
    assert one_pass == expected
    assert small == expected
    assert single == expected


def test_the_first_scan_stores_that_copy_and_reads_the_tables_values(any_workspace: Workspace, tmp_path: Path) -> None:
    _station(any_workspace, tmp_path)
    expected = _whole(any_workspace)
    with any_workspace.sessions() as s:
        assert not matrix_cache.is_current(s)
        pop = load_population(s, axis_ending(202602, 16))
        E = load_matrix(s, pop)  # no copy yet: builds and stores it
    with any_workspace.sessions() as s:
        assert matrix_cache.is_current(s)
        stored = [(m, bytes(i), bytes(k)) for m, i, k in s.execute(select(
            ConsumptionColumn.month, ConsumptionColumn.customer_ids, ConsumptionColumn.kwh
        ).order_by(ConsumptionColumn.month))]
        again = load_matrix(s, pop)  # from the stored copy
        table = np.full(E.shape, np.nan)
        rows = {int(c): r for r, c in enumerate(pop.customer_ids)}
        for c, m, k in s.execute(select(MonthlyConsumption.customer_id, MonthlyConsumption.month,
                                        MonthlyConsumption.kwh).where(MonthlyConsumption.month >= 202411)):
            table[rows[c], pop.axis.index_of(m)] = k
    assert stored == expected
    np.testing.assert_array_equal(E, table)
    np.testing.assert_array_equal(again, table)
