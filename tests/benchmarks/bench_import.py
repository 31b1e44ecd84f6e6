"""Importing 200,000 customers from a CSV into an empty SQLite station (preview + apply), beside raw executemany."""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.common import report

N = 200_000
HEADERS = ["户号", "户名", "用电地址", "用电类别", "电压等级", "合同容量(kVA)", "台区编号", "台区名称",
           "行业分类", "联系电话", "立户日期", "状态"]


def make_csv(path: Path, n: int = N, seed: int = 7) -> list[list[str]]:
    """A marketing-system export of `n` customers (UTF-8 with BOM, as Excel saves it)."""
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        area = i // 250
        rows.append([
            f"{3300000000 + i:010d}", f"客户{i}", f"某镇某村{i % 997}号", "居民生活", "220V",
            str(rnd.choice((4, 6, 8, 10))), f"T{area:05d}", f"{area}号台区", "城乡居民生活",
            f"138{i:08d}", f"20{10 + i % 14}-{1 + i % 12:02d}-{1 + i % 28:02d}", "正常",
        ])
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows)
    return rows


def baseline(db: Path, rows: list[list[str]]) -> tuple[float, float]:
    """Raw sqlite3: the same rows into the same customer table, one executemany, one commit. (wall, CPU) s."""
    t0, c0 = time.perf_counter(), time.process_time()
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous=NORMAL")
    con.executemany(
        "INSERT INTO customer (account_no, name, address, tariff_category, voltage_level, contract_capacity_kva,"
        " industry, phone, opened_on, status) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(r[0], r[1], r[2], r[3], r[4], r[5], r[8], r[9], r[10], "active") for r in rows],
    )
    con.commit()
    con.close()
    return time.perf_counter() - t0, time.process_time() - c0


def ours(db: Path, csv_path: Path, *, profile: bool = False) -> tuple[float, float, float, object]:
    """(preview s, preview + apply s, its CPU s, summary)."""
    from station.imports import apply_import, preview_customers
    from station.workspace import open_workspace

    ws = open_workspace(db, operator="bench")
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        with ws.sessions.begin() as s:
            preview = preview_customers(s, csv_path)
            t1 = time.perf_counter()
            summary = apply_import(s, preview, ws.operator)
        t2, c2 = time.perf_counter(), time.process_time()
    finally:
        ws.close()
    return t1 - t0, t2 - t0, c2 - c0, summary


def _sort_key() -> str:
    """`--profile --sort tottime`: the profile's order (default cumulative), any key pstats takes."""
    return sys.argv[sys.argv.index("--sort") + 1] if "--sort" in sys.argv else "cumulative"


def _runs() -> int:
    """`--runs N` (default 1): the import and its baseline N times, one after the other, to show the ratio holds."""
    if "--runs" in sys.argv:
        return max(1, int(sys.argv[sys.argv.index("--runs") + 1]))
    return 1


def main() -> None:
    from station.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        template = d / "template.db"
        open_workspace(template, operator="bench").close()
        csv_path = d / "customers.csv"
        rows = make_csv(csv_path)
        if "--profile" in sys.argv:
            shutil.copyfile(template, d / "ours.db")
            import cProfile
            import pstats

            with cProfile.Profile() as prof:
                ours(d / "ours.db", csv_path)
            pstats.Stats(prof).sort_stats(_sort_key()).print_stats(30)
            return
        ratios, cpu_ratios, walls, bases = [], [], [], []
        for run in range(1, _runs() + 1):
            for name in ("base.db", "ours.db", "after.db"):
                shutil.copyfile(template, d / name)
            # The baseline just before and just after the import, their mean: the machine's speed drifts by
            # 20–40 % within seconds here, and one baseline taken before measured the drift as much as the code.
            before, before_cpu = baseline(d / "base.db", rows)
            preview_s, total_s, cpu_s, summary = ours(d / "ours.db", csv_path)
            after, after_cpu = baseline(d / "after.db", rows)
            base, base_cpu = (before + after) / 2, (before_cpu + after_cpu) / 2
            ratios.append(total_s / base)
            walls.append(total_s)
            bases.append(base)
            cpu_ratios.append(cpu_s / base_cpu)
            report(f"run {run}: import 200,000 customers: preview", preview_s)
            report(f"run {run}: import 200,000 customers: preview + apply", total_s, base, aim="≤ 3× baseline")
            # The wall clock of both waits on the disk (the WAL's checkpoint at commit), which moves ±30 % between
            # identical runs here; the CPU time of the process does not wait.
            print(f"   CPU: {cpu_s:.2f} s beside the baseline's {base_cpu:.2f} s, {cpu_s / base_cpu:.2f}×", flush=True)
        print(f"   {summary}")
        if len(ratios) > 1:
            print(f"   ratio over {len(ratios)} runs: min {min(ratios):.2f}×, max {max(ratios):.2f}× (aim ≤ 3× in each);"
                  f" CPU min {min(cpu_ratios):.2f}×, max {max(cpu_ratios):.2f}×")
            # The same machine runs the same code 20–40 % slower at times (the baseline alone moves as much):
            # best of the runs against best of the runs is the figure of the code, as timeit takes the best.
            print(f"   best of {len(walls)}: {min(walls):.2f} s ÷ {min(bases):.2f} s = {min(walls) / min(bases):.2f}×")


if __name__ == "__main__":
    main()
