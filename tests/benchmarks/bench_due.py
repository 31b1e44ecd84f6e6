"""The due list of a county (200,000 customers' installed devices) beside a bare SELECT of those devices."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import best_of, report

N = 200_000
MONTH = "2025-06"
BARE = (
    "SELECT a.id, a.asset_no, a.kind, a.model, a.maker, a.accuracy_class, a.phases, a.verified_on,"
    " mp.id, mp.device_class, mp.metering_method, mp.energised_on, c.id, c.account_no, c.name, c.voltage_level,"
    " ta.code FROM asset a JOIN metering_point mp ON a.metering_point_id = mp.id"
    " JOIN customer c ON mp.customer_id = c.id LEFT JOIN transformer_area ta ON c.area_id = ta.id"
    " WHERE a.status = 'installed'"
)


def build(db: Path, n: int) -> dict[str, int]:
    """A demo county written with the demo's bulk Core inserts, plus a sampled batch and some test events."""
    from station.actions import create_demo
    from station.due import record_sampling
    from station.workspace import open_workspace

    ws = open_workspace(db, operator="bench")
    try:
        result = create_demo(ws, customers=n, seed=3, as_of=dt.date(2025, 6, 30))
        with ws.sessions.begin() as s:
            from sqlalchemy import func, select

            from db.schema import Asset

            batch = s.execute(
                select(Asset.model, Asset.maker, func.min(Asset.verified_on))
                .where(Asset.kind == "meter", Asset.verified_on.is_not(None))
                .group_by(Asset.model, Asset.maker)
                .limit(1)
            ).one()
            record_sampling(s, batch[0], batch[1], batch[2].year, dt.date(2025, 1, 10), "pass", "bench")
        return result.counts
    finally:
        ws.close()


def bare_select(db: Path) -> float:
    def run() -> None:
        con = sqlite3.connect(db)
        con.execute(BARE).fetchall()
        con.close()

    return best_of(run)


def main() -> None:
    from station.due import due_items, exceptions, workload_by_month
    from station.workspace import open_workspace

    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else N
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "county.db"
        t0 = time.perf_counter()
        counts = build(db, n)
        print(f"   built {counts} in {time.perf_counter() - t0:.1f} s", flush=True)
        base = bare_select(db)
        with sqlite3.connect(db) as con:
            installed = con.execute("SELECT count(*) FROM asset WHERE status = 'installed'").fetchone()[0]
        report(f"bare SELECT of {installed:,} installed devices", base)
        ws = open_workspace(db, operator="bench")
        try:
            sizes: dict[str, int] = {}

            def listing(statuses: list[str] | None, key: str) -> None:
                with ws.sessions.begin() as s:
                    items = due_items(s, MONTH, statuses=statuses)
                    items[:50]  # the rows a page shows first (a DueList builds them when read)
                    sizes[key] = len(items)

            report(
                f"due list {MONTH}, every status",
                best_of(lambda: listing(None, "all")),
                base,
                aim="≤ 2× the bare SELECT",
            )
            print(f"   {sizes['all']:,} items", flush=True)
            report(
                f"due list {MONTH}, urgent/overdue/due",
                best_of(lambda: listing(["urgent", "overdue", "due"], "due")),
                base,
                aim="under 5× the bare SELECT",
            )
            print(f"   {sizes['due']:,} items", flush=True)

            def year() -> None:
                with ws.sessions.begin() as s:
                    workload_by_month(s, 2025)

            report("workload by month, 2025", best_of(year), base)

            def exc() -> None:
                with ws.sessions.begin() as s:
                    sizes["exc"] = len(exceptions(s, on=dt.date(2025, 6, 30)))

            report("exceptions list", best_of(exc), base)
            print(f"   {sizes['exc']:,} exceptions", flush=True)
        finally:
            ws.close()


if __name__ == "__main__":
    main()
