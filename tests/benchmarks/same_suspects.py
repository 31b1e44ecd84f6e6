"""Does a change to the scan keep its results? `python -m tests.benchmarks.same_suspects DB [MONTH] --write JSON`
with the code before, then `python -m tests.benchmarks.same_suspects DB [MONTH] --against JSON` with the code after.

Runs the whole station's scan of MONTH (default 2026-10, the county demo's last month) on a kept database (SQLite
path or a PostgreSQL URL) the way the suspects page does (`scan_suspects`), and records what a clerk sees: the
flagged customers in their order, each one's exact score, start month, rules and both reason texts; and a digest of
every customer's score, fired rules and start month (flagged or not). `--against` prints the first differences
and exits 1 when anything moved. Not a bench_ module: it needs a database built beforehand (README, County scale).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from typing import Any

import numpy as np


def snapshot(db: str, month: int) -> dict[str, Any]:
    from station.consumption.service import scan_suspects
    from station.workspace import open_workspace

    ws = open_workspace(db, operator="bench", upgrade=False)
    try:
        with ws.sessions() as s:
            run, rows = scan_suspects(s, month)
    finally:
        ws.close()
    res = run.result
    digest = hashlib.sha256()
    for a in (run.input.population.customer_ids, res.score, res.fired, res.start_month, res.flagged):
        digest.update(np.ascontiguousarray(a).tobytes())
    score_of = dict(zip(run.input.population.customer_ids.tolist(), res.score.tolist(), strict=True))
    return {
        "month": month,
        "customers": int(res.score.size),
        "digest": digest.hexdigest(),
        "flagged": [
            [r.customer_id, repr(score_of[r.customer_id]), r.start_month, list(r.rules), r.reason_zh, r.reason_en]
            for r in rows
        ],
    }


def differences(before: dict[str, Any], after: dict[str, Any], limit: int = 10) -> list[str]:
    out = [f"{k}: {before[k]!r} → {after[k]!r}" for k in ("month", "customers") if before[k] != after[k]]
    old, new = before["flagged"], after["flagged"]
    if len(old) != len(new):
        out.append(f"flagged: {len(old)} → {len(new)}")
    out += [f"row {i}: {a} → {b}" for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b][:limit]
    if before["digest"] != after["digest"]:
        out.append("every customer's score / rules / start month: the digest differs")
    return out


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.benchmarks.same_suspects")
    p.add_argument("db", help="SQLite path or database URL")
    p.add_argument("month", nargs="?", type=int, default=202610, help="YYYYMM scanned")
    mode = p.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", metavar="JSON", help="record this code's results")
    mode.add_argument("--against", metavar="JSON", help="compare this code's results with a record")
    args = p.parse_args(argv)
    now = snapshot(args.db, args.month)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            json.dump(now, fh, ensure_ascii=False)
        print(f"{len(now['flagged'])} flagged of {now['customers']:,} written to {args.write}")
        return 0
    with open(args.against, encoding="utf-8") as fh:
        diff = differences(json.load(fh), now)
    print("\n".join(diff) if diff else f"same: {len(now['flagged'])} flagged of {now['customers']:,}, same digest")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
