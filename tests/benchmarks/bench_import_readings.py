"""Importing 200,000 customers × 36 months of readings (7.2 M long-form CSV rows) beside raw sqlite3 executemany."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from tests.benchmarks.common import report

N = 200_000
MONTHS = 36
FIRST_YEAR = 2022  # 2022-01 … 2024-12: all in the past, so no month is refused as a future one


def months() -> list[int]:
    return [(FIRST_YEAR + i // 12) * 100 + i % 12 + 1 for i in range(MONTHS)]


def make_station(db: Path, n: int) -> None:
    """A migrated station with `n` customers (ids 1…n), written through raw sqlite3 (not what is measured)."""
    from station.workspace import open_workspace

    open_workspace(db, operator="bench").close()
    con = sqlite3.connect(db)
    con.executemany(
        "INSERT INTO customer (account_no, name, address, tariff_category, voltage_level, contract_capacity_kva,"
        " industry, phone, status) VALUES (?, ?, '', '居民生活', '220V', 4, '', '', 'active')",
        ((f"{3300000000 + i:010d}", f"客户{i}") for i in range(n)),
    )
    # the batch the baseline's rows point at (ours writes its own)
    con.execute("INSERT INTO import_batch (id, kind, file_name, file_sha256, imported_at, operator, n_new, n_updated,"
                " n_unchanged, n_rejected) VALUES (1, 'readings', 'f', '', '2024-01-01 00:00:00', 'bench', 0, 0, 0, 0)")
    con.commit()
    con.close()


def make_csv(path: Path, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The collection system's long-form export (UTF-8 with BOM, customer-major); returns the same rows as arrays."""
    rng = np.random.default_rng(3)
    ms = np.array(months())
    cust = np.repeat(np.arange(1, n + 1), MONTHS)
    month = np.tile(ms, n)
    kwh = np.round(rng.gamma(2.0, 60.0, cust.size), 1)
    labels = [f"{m // 100}-{m % 100:02d}" for m in ms.tolist()]
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        fh.write("户号,年月,电量\n")
        values = kwh.reshape(n, MONTHS).tolist()
        for i in range(n):
            acc = f"{3300000000 + i:010d}"
            fh.write("".join(f"{acc},{label},{v}\n" for label, v in zip(labels, values[i], strict=True)))
    return cust, month, kwh


def baseline(db: Path, cust: np.ndarray, month: np.ndarray, kwh: np.ndarray) -> float:
    """Raw sqlite3: the same rows into the same table (its unique and month indexes), one executemany, one commit."""
    rows = list(zip(cust.tolist(), month.tolist(), kwh.tolist(), [1] * cust.size, strict=True))
    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=NORMAL")
    con.executemany("INSERT INTO monthly_consumption (customer_id, month, kwh, import_batch_id) VALUES (?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return time.perf_counter() - t0


def ours(db: Path, path: Path) -> tuple[float, float, object]:
    from station.imports.readings import apply_monthly, preview_readings
    from station.workspace import open_workspace

    ws = open_workspace(db, operator="bench")
    try:
        t0 = time.perf_counter()
        with ws.sessions.begin() as s:
            preview = preview_readings(s, path)
            t1 = time.perf_counter()
            summary = apply_monthly(s, preview, ws.operator)
        t2 = time.perf_counter()
    finally:
        ws.close()
    return t1 - t0, t2 - t0, summary


def main() -> None:
    n = int(sys.argv[sys.argv.index("--customers") + 1]) if "--customers" in sys.argv else N
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        template = d / "template.db"
        make_station(template, n)
        csv_path = d / "readings.csv"
        cust, month, kwh = make_csv(csv_path, n)
        label = f"import {n:,} × {MONTHS} readings ({cust.size / 1e6:.1f} M rows)"
        shutil.copyfile(template, d / "base.db")
        base = baseline(d / "base.db", cust, month, kwh)
        del cust, month, kwh
        shutil.copyfile(template, d / "ours.db")
        if "--profile" in sys.argv:
            import cProfile
            import pstats

            with cProfile.Profile() as prof:
                ours(d / "ours.db", csv_path)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
            return
        preview_s, total_s, summary = ours(d / "ours.db", csv_path)
        report(f"{label}: preview", preview_s)
        report(f"{label}: preview + apply", total_s, base, aim="≤ 3× baseline")
        print(f"   {summary}")
        again_preview, again_total, again = ours(d / "ours.db", csv_path)
        report(f"{label}: re-import of the same file (nothing to write)", again_total, base)
        print(f"   {again}")


if __name__ == "__main__":
    main()
