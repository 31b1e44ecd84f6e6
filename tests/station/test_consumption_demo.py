"""The demo's consumption: `station demo --months N --truth FILE` writes readings, supply and swaps, and the
scan finds the injected thefts through the database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select

from db.schema import AreaSupply, AssetEvent, AuditLog, MonthlyConsumption
from station.cli import main as cli
from station.workspace import open_workspace

CUSTOMERS = 1500


@pytest.fixture(scope="module")
def demo12(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    """A small station with 12 months, through the CLI (one per module: it takes a second or two)."""
    folder = tmp_path_factory.mktemp("demo12")
    db, truth = folder / "demo.db", folder / "truth.csv"
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli(
            [
                "demo",
                "--customers",
                str(CUSTOMERS),
                "--seed",
                "4",
                "--as-of",
                "2026-06-10",
                "--months",
                "12",
                "--truth",
                str(truth),
                "--json",
                "--db",
                str(db),
            ]
        )
    assert code == 0
    return db, truth, json.loads(out.getvalue())


def test_demo_writes_twelve_months_of_readings_and_supply(
    demo12: tuple[Path, Path, dict[str, object]],
) -> None:
    db, _, counts = demo12
    ws = open_workspace(db, operator="tester")
    with ws.sessions() as s:
        months = s.execute(
            select(func.min(MonthlyConsumption.month), func.max(MonthlyConsumption.month))
        ).one()
        n_rows = s.scalar(select(func.count()).select_from(MonthlyConsumption))
        n_supply = s.scalar(select(func.count()).select_from(AreaSupply))
        swaps = s.scalar(select(func.count()).select_from(AssetEvent).where(AssetEvent.reason == "故障换表"))
        audited = s.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.entity == "monthly_consumption")
        )
    ws.close()
    assert tuple(months) == (202506, 202605)  # the 12 whole months before 2026-06-10
    assert n_rows == counts["consumption_rows"] and 0.9 * CUSTOMERS * 12 < n_rows <= CUSTOMERS * 12
    assert (
        n_supply == counts["supply_rows"] and n_supply >= 12 * int(counts["areas"]) - 1
    )  # one month uncollected
    assert swaps and audited == 1


def test_truth_file_lists_thefts_that_nothing_in_the_database_marks(
    demo12: tuple[Path, Path, dict[str, object]],
) -> None:
    _, truth, _ = demo12
    cases = list(csv.DictReader(truth.open(encoding="utf-8")))
    assert 0.01 * CUSTOMERS < len(cases) < 0.06 * CUSTOMERS
    assert set(cases[0]) == {"account_no", "shape", "start_month", "stolen_kwh"}
    assert {c["shape"] for c in cases} <= {"abrupt", "partial", "gradual", "intermittent"}
    assert all("2025-06" <= c["start_month"] <= "2026-05" and float(c["stolen_kwh"]) > 0 for c in cases)


def test_scan_top_list_holds_truth_cases_well_above_chance(
    demo12: tuple[Path, Path, dict[str, object]], capsys: pytest.CaptureFixture[str], demo_login: str
) -> None:
    db, truth, _ = demo12
    capsys.readouterr()
    assert cli(["scan", "--month", "2026-05", "--top", "20", "--json", "--db", str(db)]) == 0
    rows = json.loads(capsys.readouterr().out)
    thefts = {c["account_no"]: c for c in csv.DictReader(truth.open(encoding="utf-8"))}
    hits = [r for r in rows if r["account_no"] in thefts]
    chance = len(thefts) / CUSTOMERS
    # a year of history gives no year-over-year rule: fewer customers reach the flag (level 46 since the
    # evaluation sets' tune parts chose it; 6 of this demo's 1,500 then), but those listed hold the thefts
    # far above chance
    assert 5 <= len(rows) <= 20 and len(hits) / len(rows) > 5 * chance
    errors = [abs(_serial(r["start_month"]) - _serial(thefts[r["account_no"]]["start_month"])) for r in hits]
    assert np.median(errors) <= 1


def test_demo_without_months_writes_no_consumption(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "bare.db"
    assert cli(["demo", "--customers", "200", "--months", "0", "--db", str(db)]) == 0
    ws = open_workspace(db, operator="tester")
    with ws.sessions() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyConsumption)) == 0
    ws.close()


def _serial(label: str) -> int:
    return int(label[:4]) * 12 + int(label[5:7])
