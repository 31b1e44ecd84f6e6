"""Readings and 台区 supply imports on SQLite and PostgreSQL alike: bulk writes, replacements, audit, idempotence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import AreaSupply, AuditLog, Customer, ImportBatch, MonthlyConsumption
from station.imports import apply_import, preview_customers
from station.imports.readings import MonthlyPreview, apply_monthly, preview_readings
from station.imports.supply import preview_supply
from station.workspace import Workspace

N = 300  # customers
CUSTOMERS = "户号,户名,用电类别,电压等级,台区编号,台区名称\n" + "".join(
    f"{3300000000 + i},客户{i},居民生活,220V,T{i % 3:02d},{i % 3}号台区\n" for i in range(N)
)


@pytest.fixture
def ws(any_workspace: Workspace, tmp_path: Path) -> Workspace:
    path = tmp_path / "customers.csv"
    path.write_text(CUSTOMERS, encoding="utf-8")
    with any_workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, path), any_workspace.operator)
    return any_workspace


def run(ws: Workspace, path: Path, fn: object = preview_readings) -> MonthlyPreview:
    with ws.sessions.begin() as s:
        p = fn(s, path)  # type: ignore[operator]
        assert not p.rejections, p.rejections
        apply_monthly(s, p, ws.operator)
    return p  # type: ignore[no-any-return]


def wide(path: Path, bump: float = 0.0) -> Path:
    months = ["2024-01", "2024-02", "2024年3月"]
    lines = ["户号,户名," + ",".join(months)]
    for i in range(N):
        cells = [f"{i + 0.5}", f"{i * 2}", "" if i % 10 == 0 else f"{i + 3 + bump}"]
        lines.append(f"{3300000000 + i},客户{i}," + ",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="gb18030")
    return path


@pytest.mark.parametrize(
    "scan_above, indexed_months", [(5_000, 3), (50, 3), (50, 2)], ids=["in-lists", "month-index", "table-scan"]
)
def test_wide_import_reimport_and_correction_on_both_databases(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scan_above: int, indexed_months: int
) -> None:
    # Stored values are read by IN lists of ids for a small file, through the month index for a large file of
    # a few months, and by one table scan for a history: every way finds the same values.
    monkeypatch.setattr("station.imports.readings.SCAN_ABOVE", scan_above)
    monkeypatch.setattr("station.imports.readings.INDEXED_MONTHS", indexed_months)
    first = run(ws, wide(tmp_path / "w.csv"))
    assert (first.new, first.blank) == (3 * N - N // 10, N // 10)
    assert run(ws, tmp_path / "w.csv").writes_anything is False  # idempotent
    fixed = run(ws, wide(tmp_path / "w2.csv", bump=1.0))
    assert (fixed.new, fixed.updated, fixed.unchanged) == (0, N - N // 10, 2 * N)
    with ws.sessions() as s:
        kwh = dict(s.execute(select(Customer.account_no, MonthlyConsumption.kwh)
                             .join(Customer, Customer.id == MonthlyConsumption.customer_id)
                             .where(MonthlyConsumption.month == 202403)).all())
        audit = s.scalars(select(AuditLog).where(AuditLog.action == "replace")).all()
        batches = s.scalar(select(func.count()).select_from(ImportBatch).where(ImportBatch.kind == "readings"))
        total = s.scalar(select(func.count()).select_from(MonthlyConsumption))
    assert kwh["3300000007"] == 11.0 and "3300000010" not in kwh
    assert total == 3 * N - N // 10
    assert batches == 2
    assert [(a.entity_id, json.loads(a.after or "")["replaced"]) for a in audit] == [(202403, N - N // 10)]


def test_long_supply_import_on_both_databases(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("台区编号,年月,供电量\n" + "".join(
        f"T{a:02d},2024-{m:02d},{1000 * a + m}\n" for a in range(3) for m in range(1, 13)), encoding="utf-8-sig")
    p = run(ws, path, preview_supply)
    assert (p.new, p.months[0], p.months[-1]) == (36, 202401, 202412)
    with ws.sessions() as s:
        assert s.scalar(select(func.sum(AreaSupply.supplied_kwh))) == sum(1000 * a + m for a in range(3) for m in range(1, 13))
    assert run(ws, path, preview_supply).writes_anything is False
