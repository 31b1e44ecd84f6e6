"""The columnar copy of the readings (station.consumption.matrix_cache): used when current, never when stale.

A write after the copy was built — a corrected month through the import, another program's import, a row
written around the import — is seen by the next scan, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from sqlalchemy import insert, select

from db.schema import Customer, MonthlyConsumption
from station.consumption import matrix_cache
from station.consumption.load import axis_ending, load_matrix, load_population
from station.imports import apply_import, preview_file
from station.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
N, FIRST = 30, 2025


def _files(tmp: Path) -> tuple[Path, Path]:
    customers, readings = tmp / "c.csv", tmp / "r.csv"
    customers.write_text("户号,户名,用电类别,电压等级\n" + "".join(
        f"33000000{i:02d},用户{i},居民生活,220V\n" for i in range(N)), encoding="utf-8")
    rows = [f"33000000{i:02d},{FIRST}-{m:02d},{100 + i + m}\n" for i in range(N) for m in range(1, 13)]
    readings.write_text("户号,年月,电量\n" + "".join(rows), encoding="utf-8")
    return customers, readings


def _import(ws: Workspace, path: Path, kind: str) -> None:
    with ws.sessions.begin() as s:
        preview = preview_file(s, path, kind)
        assert not preview.rejections
        apply_import(s, preview, "测试")


def _matrix(ws: Workspace) -> tuple[np.ndarray, bool]:
    """The whole station's matrix as the scan reads it, and whether the copy was current before the read."""
    with ws.sessions() as s:
        current = matrix_cache.read_columns(s, FIRST * 100 + 1, FIRST * 100 + 12) is not None
        pop = load_population(s, axis_ending(FIRST * 100 + 12, 12))
        return load_matrix(s, pop), current


def _expected(ws: Workspace) -> np.ndarray:
    """The same matrix straight from the readings table (the test's own sums, no copy involved)."""
    with ws.sessions() as s:
        ids = [i for (i,) in s.execute(select(Customer.id).order_by(Customer.id))]
        E = np.full((len(ids), 12), np.nan)
        for c, m, k in s.execute(select(MonthlyConsumption.customer_id, MonthlyConsumption.month,
                                        MonthlyConsumption.kwh).where(MonthlyConsumption.month // 100 == FIRST)):
            E[ids.index(c), m % 100 - 1] = k
    return E


def test_the_copy_is_built_once_then_read_and_equals_the_table(any_workspace: Workspace, tmp_path: Path) -> None:
    customers, readings = _files(tmp_path)
    _import(any_workspace, customers, "customers")
    _import(any_workspace, readings, "readings")
    first, current = _matrix(any_workspace)
    assert not current  # never built: the first read builds it
    again, current = _matrix(any_workspace)
    assert current  # the second read comes from the copy
    np.testing.assert_array_equal(first, _expected(any_workspace))
    np.testing.assert_array_equal(again, first)


def test_a_corrected_month_is_seen_and_the_copy_stays_current(any_workspace: Workspace, tmp_path: Path) -> None:
    customers, readings = _files(tmp_path)
    _import(any_workspace, customers, "customers")
    _import(any_workspace, readings, "readings")
    _matrix(any_workspace)
    fix = tmp_path / "fix.csv"
    fix.write_text("户号,年月,电量\n3300000003,2025-06,7.5\n", encoding="utf-8")
    _import(any_workspace, fix, "readings")  # replaces one value; refreshes June's column in its transaction
    E, current = _matrix(any_workspace)
    assert current and E[3, 5] == 7.5
    np.testing.assert_array_equal(E, _expected(any_workspace))


def test_a_write_from_another_process_or_around_the_import_is_seen(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = any_workspace
    customers, readings = _files(tmp_path)
    _import(ws, customers, "customers")
    _import(ws, readings, "readings")
    _matrix(ws)
    fix = tmp_path / "fix.csv"
    fix.write_text("户号,年月,电量\n3300000004,2025-02,1.25\n", encoding="utf-8")
    url = str(ws.file) if ws.file is not None else ws.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-m", "station", "import", "readings", str(fix), "--db", url],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    E, _current = _matrix(ws)
    assert E[4, 1] == 1.25
    # a row written without an import batch (another program): the version moves, the copy is rebuilt
    with ws.sessions.begin() as s:
        cid = s.scalar(select(Customer.id).where(Customer.account_no == "3300000005"))
        s.execute(insert(MonthlyConsumption).values(customer_id=cid, month=202601, kwh=9.0))
        s.execute(MonthlyConsumption.__table__.delete().where(  # type: ignore[attr-defined]
            MonthlyConsumption.customer_id == cid, MonthlyConsumption.month == 202501))
    E, current = _matrix(ws)
    assert not current and np.isnan(E[5, 0])
    np.testing.assert_array_equal(E, _expected(ws))


def test_a_scan_during_another_programs_write_does_not_wait_to_save_the_copy(workspace: Workspace, tmp_path: Path) -> None:
    import sqlite3
    import time

    customers, readings = _files(tmp_path)
    _import(workspace, customers, "customers")
    _import(workspace, readings, "readings")
    other = sqlite3.connect(workspace.file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another counter's import holds the write lock
    try:
        t0 = time.perf_counter()
        E, current = _matrix(workspace)
        waited = time.perf_counter() - t0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not current and waited < 3.0  # the busy timeout is 10 s: the copy is skipped, not waited for
    np.testing.assert_array_equal(E, _expected(workspace))
    assert _matrix(workspace)[1] is False  # not saved then: the next read builds and saves it
    assert _matrix(workspace)[1] is True


def test_two_imports_at_once_and_a_read_between_never_leave_a_stale_copy(any_workspace: Workspace, tmp_path: Path) -> None:
    # PostgreSQL hands out reading ids when a transaction runs, not when it commits: without the writers'
    # generation, an import that started first and committed last went unseen by a copy built in between.
    import threading

    ws = any_workspace
    customers, readings = _files(tmp_path)
    _import(ws, customers, "customers")
    _import(ws, readings, "readings")
    _matrix(ws)
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("户号,年月,电量\n" + "".join(f"33000000{i:02d},2024-12,{i}\n" for i in range(N)), encoding="utf-8")
    second.write_text("户号,年月,电量\n3300000001,2025-03,0.5\n", encoding="utf-8")
    started, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_import() -> None:
        try:
            with ws.sessions.begin() as s:
                apply_import(s, preview_file(s, first, "readings"), "甲")
                started.set()
                release.wait(20)  # hold the transaction open: the other import and a read come meanwhile
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            started.set()

    def quick_import() -> None:
        try:
            _import(ws, second, "readings")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    a = threading.Thread(target=slow_import)
    a.start()
    assert started.wait(20)
    b = threading.Thread(target=quick_import)
    b.start()
    b.join(1.0)  # it waits behind the first writer (SQLite's lock, PostgreSQL's row lock)
    _matrix(ws)  # a read while both are open: it may build the copy from what is committed
    release.set()
    a.join(30)
    b.join(30)
    assert not errors, errors
    with ws.sessions() as s:
        pop = load_population(s, axis_ending(FIRST * 100 + 12, 24))
        E = load_matrix(s, pop)
        held = {(c, m): k for c, m, k in s.execute(select(
            MonthlyConsumption.customer_id, MonthlyConsumption.month, MonthlyConsumption.kwh))}
        ids = pop.customer_ids.tolist()
    expected = np.full(E.shape, np.nan)
    for (c, m), k in held.items():
        col = (m // 100 - (FIRST - 1)) * 12 + m % 100 - 1  # columns 2024-01 … 2025-12
        if 0 <= col < 24:
            expected[ids.index(c), col] = k
    np.testing.assert_array_equal(E, expected)
    assert E[3, 11] == 3.0 and E[1, 14] == 0.5  # 2024-12 from the slow import, 2025-03 from the quick one
