"""Same-run figures on a kept SQLite station (the county demo of bench_consumption, built once):
`python -m tests.benchmarks.kept_sqlite DB [SCAN_MONTH] [DUE_MONTH] [--due-only]`.

Prints the bare SELECT of every reading beside the scan including loading and line loss, and the due list's
bare device SELECT beside the due list (best of 3 each). Not a bench_ module: it needs a database built
beforehand, so the same file can be read by the code before and after a change (tests/benchmarks/README.md).
"""

from __future__ import annotations

import sqlite3
import sys

from tests.benchmarks.bench_due import BARE
from tests.benchmarks.common import best_of, report


def main(db: str, scan_month: int = 202610, due_month: str = "2025-06", *, due_only: bool = False) -> None:
    from station.consumption.service import run_scan, station_loss
    from station.due import due_items
    from station.workspace import open_workspace

    def bare(sql: str) -> None:
        con = sqlite3.connect(db)
        con.execute(sql).fetchall()
        con.close()

    ws = open_workspace(db, operator="bench", upgrade=False)
    try:
        def scan() -> None:
            with ws.sessions() as s:
                run_scan(s, scan_month)

        def loss() -> None:
            with ws.sessions() as s:
                station_loss(s)

        def due() -> None:
            with ws.sessions() as s:
                due_items(s, due_month)[:50]  # and the rows a page shows first (a DueList builds them when read)

        if due_only:
            base_due = best_of(lambda: bare(BARE))
            report("bare SELECT of the installed devices", base_due)
            report(f"due list {due_month}, every status", best_of(due), base_due, aim="≤ 2× the bare SELECT")
            return
        scan()  # the columnar copy current before the figures
        base = best_of(lambda: bare("SELECT customer_id, month, kwh FROM monthly_consumption"))
        report("bare SELECT of every reading (sqlite3 fetchall)", base)
        report("scan incl. loading (run_scan, whole station)", best_of(scan), base, aim="< 2 s")
        report("line loss, every 台区 and month (station_loss)", best_of(loss), base, aim="< 1 s")
        base_due = best_of(lambda: bare(BARE))
        report("bare SELECT of the installed devices", base_due)
        report(f"due list {due_month}, every status", best_of(due), base_due, aim="≤ 2× the bare SELECT")
    finally:
        ws.close()


if __name__ == "__main__":
    only = "--due-only" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--due-only"]
    main(args[0], *([int(args[1])] if len(args) > 1 else []), *(args[2:3]), due_only=only)
