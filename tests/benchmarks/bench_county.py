"""A county on PostgreSQL: 1,000,000 customers × 36 months, each figure beside a bare baseline of the same run.

`python -m tests.benchmarks county [--customers N] [--rebuild] [--parts import,queries,analysis,due]`. The server: COUNTY_DATABASE_URL or
DATABASE_URL (its server; the county goes into database "county" and is kept for the next run), else a
throwaway server started the way .ci/run starts one; skipped with one line when there is none. Figures:
the customer import through COPY (baseline: a bare COPY of the same rows), the customer page's first rows
and searches through the ledger's own queries, the scan and line loss through the columnar copy (its first
build and a warm read; baseline: a bare binary COPY out of every reading), the due list (baseline: a bare
SELECT of the installed devices), and the scan's peak resident memory measured in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

from tests.benchmarks import county_data, pgserver
from tests.benchmarks.common import best_of, report

SCANNED = county_data.months()[-1]
DUE_MONTH = "2025-06"
PAGE = 200
PARTS = ("import", "queries", "analysis", "due")
#: Not run unless asked: the customer import through executemany, the writer before COPY (minutes at 1,000,000).
EXTRA_PARTS = ("import-before",)


def options(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.benchmarks county")
    p.add_argument("--customers", type=int, default=1_000_000, help="customers in the county (36 months each)")
    p.add_argument("--rebuild", action="store_true", help="build the county again even when it is kept")
    p.add_argument("--parts", default=",".join(PARTS),
                   help=f"which figures, comma-separated (default: all of {','.join(PARTS)})")
    opts = p.parse_known_args(argv)[0]
    opts.parts = [x for x in opts.parts.split(",") if x]
    unknown = set(opts.parts) - set(PARTS + EXTRA_PARTS)
    if unknown:
        p.error(f"unknown parts {sorted(unknown)}; choose from {PARTS + EXTRA_PARTS}")
    return opts


def main(argv: list[str] | None = None) -> None:
    opts = options(sys.argv[1:] if argv is None else argv)
    url = pgserver.server_url()
    if url:
        why = pgserver.reachable(url)
        if why:
            print(f"county: skipped, the PostgreSQL server of {pgserver.server_name(url)} not reachable ({why})")
            return
        run(url, opts)
        return
    with pgserver.throwaway_server() as started:
        if started is None:
            print("county: skipped, no PostgreSQL reachable (set DATABASE_URL, or install postgresql for a "
                  "throwaway server)")
            return
        print(f"   a throwaway PostgreSQL server, started as .ci/run starts one ({started})", flush=True)
        run(started, opts)


def run(server: str, opts: argparse.Namespace) -> None:
    import psycopg

    from station.workspace import open_workspace

    n = opts.customers
    if {"import", "import-before"} & set(opts.parts):  # into a database of its own: the county is not touched
        _import(server, n, "import" in opts.parts, "import-before" in opts.parts)
    if not set(opts.parts) & set(PARTS[1:]):
        return
    url = pgserver.ensure_database(server, pgserver.COUNTY_DB)
    ws = open_workspace(url, operator="bench")
    conn = psycopg.connect(pgserver.libpq(url))
    try:
        if opts.rebuild or not county_data.kept(conn, n):
            print(f"building the county: {n:,} customers × {county_data.MONTHS} months, generated with numpy and "
                  "written with COPY (customers as text, readings as one binary COPY, their keys built after "
                  "the load; metering points, 台区 links, meters and CTs by INSERT … SELECT)", flush=True)
            t0 = time.perf_counter()
            county_data.build(conn, n)
            report("  county built", time.perf_counter() - t0)
        else:
            print(f"the county of {n:,} customers × {county_data.MONTHS} months kept from an earlier run "
                  f"(database {pgserver.COUNTY_DB!r}; --rebuild to make it again)", flush=True)
        if "queries" in opts.parts:
            _queries(ws, conn, n)
        if "analysis" in opts.parts:
            _analysis(ws, conn, url)
        if "due" in opts.parts:
            _due(ws, conn)
    finally:
        conn.close()
        ws.close()


# --- The customer import ------------------------------------------------------------------------


def _import(server: str, n: int, through_copy: bool, before: bool) -> None:
    """n customers from a CSV into an empty station: the import (preview + apply) through COPY, beside a bare
    COPY of the same rows; and (before) the same import through executemany, the writer before COPY."""
    import tempfile
    from pathlib import Path

    from station.imports import bulk
    from tests.benchmarks.bench_import import make_csv

    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "customers.csv"
        rows = make_csv(csv_path, n)
        base = _bare_copy(server, rows)
        if through_copy:
            preview_s, total_s, summary = _import_once(server, csv_path)
            report(f"import {n:,} customers through COPY: preview", preview_s)
            report(f"import {n:,} customers through COPY: preview + apply", total_s, base,
                   aim="≤ 3× baseline (the SQLite aim)")
            print(f"   {summary}", flush=True)
        if before:
            saved = bulk.COPY_MIN_ROWS
            bulk.COPY_MIN_ROWS = 10**12  # every write through executemany, as before
            try:
                _, before_s, _ = _import_once(server, csv_path)
            finally:
                bulk.COPY_MIN_ROWS = saved
            report(f"import {n:,} customers through executemany (the writer before COPY)", before_s, base)


def _bare_copy(server: str, rows: list[list[str]]) -> float:
    """The same rows into the same (empty, migrated) customer table by one COPY, then rolled back."""
    import psycopg

    from station.workspace import open_workspace

    url = pgserver.ensure_database(server, "county_import", fresh=True)
    open_workspace(url, operator="bench").close()
    values = [(r[0], r[1], r[2], r[3], r[4], r[5], r[8], r[9], r[10], "active") for r in rows]
    with psycopg.connect(pgserver.libpq(url)) as conn:
        t0 = time.perf_counter()
        with conn.cursor() as cur, cur.copy(
            "COPY customer (account_no, name, address, tariff_category, voltage_level, contract_capacity_kva,"
            " industry, phone, opened_on, status) FROM STDIN"
        ) as copy:
            for v in values:
                copy.write_row(v)
        seconds = time.perf_counter() - t0
        conn.rollback()
    report(f"bare COPY of the same {len(rows):,} customers (psycopg write_row)", seconds)
    return seconds


def _import_once(server: str, csv_path: Any) -> tuple[float, float, object]:
    from station.imports import apply_import, preview_customers
    from station.workspace import open_workspace

    ws = open_workspace(pgserver.ensure_database(server, "county_import", fresh=True), operator="bench")
    try:
        t0 = time.perf_counter()
        with ws.sessions.begin() as s:
            preview = preview_customers(s, csv_path)
            t1 = time.perf_counter()
            summary = apply_import(s, preview, ws.operator)
        return t1 - t0, time.perf_counter() - t0, summary
    finally:
        ws.close()


# --- The customer page ----------------------------------------------------------------------------


def _queries(ws: Any, conn: Any, n: int) -> None:
    """First rows and searches as the customer page runs them: the ids in order, then the first 200 rows."""
    from station import actions
    from station.customers import CustomerFilter

    def bare() -> None:
        with conn.cursor() as cur:
            cur.execute("SELECT id FROM customer ORDER BY account_no")
            cur.fetchall()

    baseline = best_of(bare, 3)
    conn.rollback()
    report(f"bare SELECT id FROM customer ORDER BY account_no ({n:,} ids, psycopg)", baseline)

    def page(flt: CustomerFilter) -> int:
        ids = actions.load_customer_ids(ws, flt, "account_no")
        rows = actions.load_customer_rows(ws, ids[:PAGE])
        assert len(rows) == min(PAGE, len(ids))
        return len(ids)

    for label, flt, aim in (
        (f"first page (all {n:,}, by 户号)", CustomerFilter(), "< 300 ms"),
        ("户号 prefix '3312'", CustomerFilter("3312"), "< 150 ms"),
        ("phone prefix '1391'", CustomerFilter("1391"), "< 150 ms"),
        ("name text '张伟'", CustomerFilter("张伟"), "< 150 ms"),
        ("name text '王秀英'", CustomerFilter("王秀英"), "< 150 ms"),
        ("address text '城关镇12'", CustomerFilter("城关镇12"), "< 150 ms"),
    ):
        matched = page(flt)
        seconds = best_of(lambda f=flt: page(f), 3)
        report(f"customer page, {label}: {matched:,} ids + {PAGE} rows", seconds, baseline, aim=aim)


# --- Scan, line loss, memory ----------------------------------------------------------------------


def _bare_readings(conn: Any) -> float:
    """Every reading out of the server as binary COPY, discarded: the least any loader of the rows pays."""

    def run() -> None:
        with conn.cursor() as cur, cur.copy(
            "COPY (SELECT customer_id, month, kwh FROM monthly_consumption) TO STDOUT (FORMAT binary)"
        ) as copy:
            for _ in copy:
                pass

    seconds = best_of(run, 2)
    conn.rollback()
    return seconds


def _child_scan(url: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.county_child", url, str(SCANNED)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _analysis(ws: Any, conn: Any, url: str) -> None:
    from station.consumption.service import station_loss

    with conn.cursor() as cur:
        rows = cur.execute("SELECT count(*) FROM monthly_consumption").fetchone()[0]
    base = _bare_readings(conn)
    report(f"bare binary COPY out of all {rows:,} readings", base)
    with conn.cursor() as cur:  # no columnar copy: the next scan reads every row and builds it
        cur.execute("DELETE FROM consumption_column")
        cur.execute("DELETE FROM consumption_matrix_state")
    conn.commit()
    first = _child_scan(url)
    report("first scan, no columnar copy yet (reads every reading, builds and stores the copy)",
           first["seconds"], base)
    print(f"   peak resident memory of that process: {first['peak_mb']:,.0f} MB", flush=True)
    warm = _child_scan(url)
    report("scan incl. loading through the copy (run_scan, whole county), own process", warm["seconds"], base,
           aim="< 2 s (the 200,000 aim)")
    print(f"   peak resident memory of the scan of {rows:,} readings: {warm['peak_mb']:,.0f} MB "
          f"(the interpreter and imports before it: {warm['start_mb']:,.0f} MB)   aim ≤ 2048 MB;"
          f" {int(warm['suspects']):,} suspects", flush=True)

    def loss() -> None:
        with ws.sessions() as s:
            station_loss(s)

    with ws.sessions() as s:
        areas = int(station_loss(s).area_ids.size)  # type: ignore[union-attr]
    report(f"line loss, {areas:,} 台区 × {county_data.MONTHS} months (station_loss)", best_of(loss, 2), base,
           aim="< 1 s (the 200,000 aim)")


# --- The due list ---------------------------------------------------------------------------------


def _due(ws: Any, conn: Any) -> None:
    from station.due import due_items
    from tests.benchmarks.bench_due import BARE

    def bare() -> None:
        with conn.cursor() as cur:
            cur.execute(BARE)
            cur.fetchall()

    base = best_of(bare, 2)
    conn.rollback()
    with conn.cursor() as cur:
        installed = cur.execute("SELECT count(*) FROM asset WHERE status = 'installed'").fetchone()[0]
    conn.rollback()
    report(f"bare SELECT of {installed:,} installed devices (psycopg fetchall)", base)
    size: dict[str, int] = {}

    def listing() -> None:
        with ws.sessions() as s:
            items = due_items(s, DUE_MONTH)
            items[:50]  # the rows a page shows first (a DueList builds them when read)
            size["n"] = len(items)

    report(f"due list {DUE_MONTH}, every status", best_of(listing, 2), base, aim="≤ 2× the bare SELECT")
    print(f"   {size['n']:,} items", flush=True)


if __name__ == "__main__":
    main()
