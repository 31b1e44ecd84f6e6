"""The month's report pack (eight sealed reports, PDF and .xlsx each, a manifest) of the 5,000-customer demo,
beside the plain customer ledger of the same station printed alone (the largest of the eight)."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report

CUSTOMERS = 5_000


def main() -> None:
    from station.actions import create_demo, login, write_report_pack
    from station.demo import names
    from station.reports import customer_ledger_pdf
    from station.workspace import open_workspace

    month = f"{dt.date.today():%Y-%m}"  # the demo's orders, findings and cases are opened today
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "bench.db", operator="bench")
        create_demo(ws, customers=CUSTOMERS, seed=1, months=13)
        login(ws, names.SUPERVISOR, names.PASSWORD)
        with ws.sessions() as s:  # warm: fonts, imports, the columnar copy the scan and line loss read
            customer_ledger_pdf(s, Path(tmp) / "warm.pdf", month=month)
        write_report_pack(ws, month, Path(tmp) / "warm-pack")
        t0 = time.perf_counter()
        with ws.sessions() as s:
            pages = customer_ledger_pdf(s, Path(tmp) / "ledger.pdf", month=month)
        baseline = time.perf_counter() - t0
        t0 = time.perf_counter()
        result = write_report_pack(ws, month, Path(tmp) / "pack")
        seconds = time.perf_counter() - t0
        ws.close()
        rows = sum(r.rows for r in result.reports)
        total_pages = sum(r.pages for r in result.reports)
        report(f"report pack, {len(result.reports)} reports, {rows:,} rows, {total_pages} pages, PDF + xlsx "
               f"(baseline: the customer ledger alone, {pages} pages)", seconds, baseline,
               aim="≤ 4× the customer ledger alone")


if __name__ == "__main__":
    main()
