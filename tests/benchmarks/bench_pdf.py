"""The 20,000-row customer ledger PDF against a bare reportlab LongTable of the same rows and font."""

from __future__ import annotations

import datetime as dt
import io
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report

CUSTOMERS = 20_000


def _bare_longtable(rows: list[list[str]], header: list[str]) -> bytes:
    """The baseline: one LongTable, header repeated on each page, the CJK font, nothing else.

    Column widths and row heights are given, as any real report would: without them reportlab measures
    every cell of 20,000 rows and the baseline becomes five times slower, which would flatter the ratio.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from station.reports.fonts import register_fonts

    font = register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4))
    widths = [22, 38, 70, 18, 12, 22, 17, 13, 19, 10, 23]
    scale = (277 / sum(widths)) * 72 / 25.4
    table = LongTable([header, *rows], colWidths=[w * scale for w in widths], rowHeights=14, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 8), ("GRID", (0, 0), (-1, -1), 0.4, "grey")]))
    doc.build([table])
    return buf.getvalue()


def main() -> None:
    from station.actions import create_demo
    from station.reports import customer_ledger_pdf
    from station.reports.queries import customer_ledger_rows, period_of
    from station.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "bench.db", operator="bench")
        create_demo(ws, customers=CUSTOMERS, seed=1, as_of=dt.date(2026, 6, 30))
        with ws.sessions.begin() as s:
            ledger = customer_ledger_rows(s, period_of(None))
        header = ["户号", "户名", "用电地址", "用电类别", "电压", "合同容量", "计量方式", "倍率", "立户日期", "状态", "电话"]
        rows = [
            [r.account_no, r.name, r.address, r.tariff_category, r.voltage_level, f"{r.contract_capacity_kva:.1f}",
             r.metering_method or "", f"{r.multiplier or 1:.0f}", str(r.opened_on or ""), r.status, r.phone]
            for r in ledger
        ]
        _bare_longtable(rows[:200], header)  # font subset and imports warm for both
        t0 = time.perf_counter()
        _bare_longtable(rows, header)
        baseline = time.perf_counter() - t0
        out = Path(tmp) / "ledger.pdf"
        t0 = time.perf_counter()
        with ws.sessions.begin() as s:
            pages = customer_ledger_pdf(s, out)
        seconds = time.perf_counter() - t0
        ws.close()
        report(f"customer ledger PDF, {len(rows):,} rows, {pages} pages (query included)", seconds, baseline,
               aim="≤ 1.5× the bare LongTable")


if __name__ == "__main__":
    main()
