"""Customer page on 200,000 customers: first page, a 户号 prefix search, a name search (each: ids + 200 rows)."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import tempfile
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from db.schema import Customer, TransformerArea
from station import actions
from station.customers import CustomerFilter
from station.workspace import Workspace, open_workspace
from tests.benchmarks.common import best_of, report

N = 200_000
PAGE = 200
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌志"
TOWNS = ("城关镇", "东关乡", "西河镇", "南湖村", "北山乡", "新华街道")


def build(path: Path) -> Workspace:
    """A migrated station with N customers in 200 areas, written with bulk Core inserts."""
    ws = open_workspace(path, operator="bench")
    rng = random.Random(7)
    numbers = rng.sample(range(10**8), N)
    with ws.sessions.begin() as s:
        s.execute(insert(TransformerArea), [{"code": f"T{i:04d}", "name": f"台区{i}", "area_type": "public"}
                                            for i in range(1, 201)])
        rows = []
        for i, n in enumerate(numbers):
            rows.append({
                "account_no": f"33{n:08d}",
                "name": rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))),
                "address": f"{rng.choice(TOWNS)}{rng.randint(1, 300)}号",
                "phone": f"1{rng.randint(3, 9)}{rng.randrange(10**9):09d}",
                "tariff_category": "居民生活" if i % 10 else "一般工商业",
                "industry": "",
                "voltage_level": "220V" if i % 10 else "380V",
                "contract_capacity_kva": Decimal(8),
                "area_id": i % 200 + 1,
                "status": "active",
                "opened_on": dt.date(2000 + i % 24, 1, 1),
            })
        for i in range(0, N, 20_000):
            s.execute(insert(Customer), rows[i:i + 20_000])
    with ws.engine.connect() as conn:  # fresh statistics, as after the demo or an import
        conn.exec_driver_sql("ANALYZE")
    return ws


def page(ws: Workspace, flt: CustomerFilter, sort_key: str = "account_no") -> int:
    ids = actions.load_customer_ids(ws, flt, sort_key)
    rows = actions.load_customer_rows(ws, ids[:PAGE])
    assert len(rows) == min(PAGE, len(ids))
    return len(ids)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        ws = build(path)
        try:
            raw = sqlite3.connect(path)
            baseline = best_of(lambda: raw.execute("SELECT id FROM customer ORDER BY account_no").fetchall(), 5)
            raw.close()
            for label, flt, key, aim in (
                ("first page (all 200,000, by 户号)", CustomerFilter(), "account_no", "< 300 ms"),
                ("户号 prefix search '3312'", CustomerFilter("3312"), "account_no", "< 150 ms"),
                ("name search '张伟'", CustomerFilter("张伟"), "account_no", "< 150 ms"),
                # Beyond the aims: a filter that keeps nearly every row, and header clicks.
                ("status = active, by 户号", CustomerFilter(status="active"), "account_no", "< 300 ms"),
                ("all, sorted by name", CustomerFilter(), "name", "< 300 ms"),
                ("all, sorted by 台区", CustomerFilter(), "area", "< 300 ms"),
            ):
                matched = page(ws, flt, key)
                seconds = best_of(lambda f=flt, k=key: page(ws, f, k), 5)
                report(f"{label}: {matched} ids + {PAGE} rows", seconds, baseline, aim=aim)
        finally:
            ws.close()


if __name__ == "__main__":
    main()
