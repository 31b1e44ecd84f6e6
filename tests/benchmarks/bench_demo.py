"""The demo station of 200,000 customers on SQLite, beside a raw sqlite3 executemany of as many rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report

CUSTOMERS = 200_000


def _raw_baseline(path: Path, rows: int) -> float:
    """Raw sqlite3 executemany of `rows` ten-column rows: the floor any bulk writer of this size stands on."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, e REAL, f INTEGER,"
                " g TEXT, h TEXT, i TEXT)")
    data = [(k, f"34{k:08d}", "王小明", "清河县城关镇东街12号", "13800000000", 6.0, k % 900, "2020-01-01",
             "居民生活", "220V") for k in range(rows)]
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT INTO t VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    seconds = time.perf_counter() - t0
    con.close()
    return seconds


def main() -> None:
    from station.actions import create_demo
    from station.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "demo.db", operator="bench")
        t0 = time.perf_counter()
        result = create_demo(ws, customers=CUSTOMERS, seed=1, as_of=dt.date(2026, 6, 30))
        seconds = time.perf_counter() - t0
        ws.close()
        rows = sum(result.counts.values())
        baseline = _raw_baseline(Path(tmp) / "raw.db", rows)
        report(f"demo, {CUSTOMERS:,} customers ({rows:,} rows in all)", seconds, baseline,
               aim="< 60 s (baseline: raw sqlite3 executemany of as many rows)")


if __name__ == "__main__":
    main()
