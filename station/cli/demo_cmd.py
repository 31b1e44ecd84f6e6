"""`station demo --customers N [--seed S]`: write a realistic demo station into an empty database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from station.cli.common import add_db_options, open_from_args, print_json, role_text
from station.cli.lang import rejected_line, say, shown
from station.i18n import QT_TRANSLATE_NOOP, msg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help=QT_TRANSLATE_NOOP("cli", "write a demo station (台区, customers, meters, stock) into an empty database"),
        description=QT_TRANSLATE_NOOP("cli", "Write a realistic demo station, deterministic for a seed, into an EMPTY database. "
        "Without --db (or $STATION_DB) it goes to demo.db in the user data folder."),
    )
    p.add_argument("--customers", type=int, default=20_000, help=QT_TRANSLATE_NOOP("cli", "number of customers (default 20000)"))
    p.add_argument("--seed", type=int, default=1, help=QT_TRANSLATE_NOOP("cli", "random seed (default 1)"))
    p.add_argument(
        "--as-of", type=_as_of, default=None, metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the station's 'today' (default: today); dates are drawn relative to it"),
    )
    # 36 = station.demo.DEMO_MONTHS, written out so that `station --help` does not import numpy
    p.add_argument("--months", type=int, default=36, metavar="N",
                   help=QT_TRANSLATE_NOOP("cli", "months of consumption and 台区 supply up to last month (default 36; 0 = none)"))
    p.add_argument("--truth", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "write the injected theft cases to this CSV (for evaluation)"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print the counts as JSON"))
    add_db_options(p, default_file="demo.db")
    p.set_defaults(func=_run)


#: What each of the demo's counts is, as its line names it (the --json keys stay the codes).
COUNT_NAMES: dict[str, str] = {
    "areas": QT_TRANSLATE_NOOP("cli", "transformer areas (台区)"),
    "customers": QT_TRANSLATE_NOOP("cli", "customers"),
    "metering_points": QT_TRANSLATE_NOOP("cli", "metering points"),
    "assets": QT_TRANSLATE_NOOP("cli", "meters, CTs and PTs"),
    "asset_events": QT_TRANSLATE_NOOP("cli", "asset lifecycle steps"),
    "users": QT_TRANSLATE_NOOP("cli", "users"),
    "consumption_rows": QT_TRANSLATE_NOOP("cli", "monthly consumption readings"),
    "supply_rows": QT_TRANSLATE_NOOP("cli", "monthly 台区 supply readings"),
    "swap_assets": QT_TRANSLATE_NOOP("cli", "meters swapped in"),
    "swap_events": QT_TRANSLATE_NOOP("cli", "meter swap steps (removal and installation)"),
    "months": QT_TRANSLATE_NOOP("cli", "months of consumption"),
    "inspection_visits": QT_TRANSLATE_NOOP("cli", "inspection visits"),
    "device_tests": QT_TRANSLATE_NOOP("cli", "on-site tests and CT/PT checks"),
    "batch_samplings": QT_TRANSLATE_NOOP("cli", "batch samplings"),
    "orders": QT_TRANSLATE_NOOP("cli", "work orders"),
    "orders_findings": QT_TRANSLATE_NOOP("cli", "findings on the work orders"),
    "orders_cases": QT_TRANSLATE_NOOP("cli", "back-billing cases"),
    "orders_notices": QT_TRANSLATE_NOOP("cli", "notices"),
    "orders_attachments": QT_TRANSLATE_NOOP("cli", "attached files (photos, records)"),
    "audit_findings": QT_TRANSLATE_NOOP("cli", "record-audit findings"),
    "audit_tickets": QT_TRANSLATE_NOOP("cli", "audit tickets (稽查工作传票)"),
}

#: A demo's "today": its months run 36 back and its meters' service lives decades forward.
AS_OF_RANGE = (dt.date(1950, 1, 1), dt.date(2200, 12, 31))


def _as_of(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): {text}"), text=text)) from None
    low, high = AS_OF_RANGE
    if not low <= day <= high:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "{text}: a demo's date must lie between {low} and {high}"), text=text, low=low, high=high))
    return day


def _run(args: argparse.Namespace) -> int:
    from station.actions import create_demo
    from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
    from station.demo import names as N
    from station.domain.problems import Rejected
    from station.paths import demo_db_path

    if args.customers < 1:
        print(say(args, QT_TRANSLATE_NOOP("cli", "--customers must be at least 1")), file=sys.stderr)
        return EXIT_USAGE
    if args.months < 0:
        print(say(args, QT_TRANSLATE_NOOP("cli", "--months must be 0 or more")), file=sys.stderr)
        return EXIT_USAGE
    if args.truth:
        from station.exports import output_problem

        problem = output_problem(args.truth, suffixes=(".csv",))
        if problem:  # checked before the demo is written, not after
            print(f"--truth: {shown(args, problem)}", file=sys.stderr)
            return EXIT_USAGE
    ws = open_from_args(args, create=True, default=str(demo_db_path()))
    last_pct = [-1]

    def progress(fraction: float, message: str = "") -> None:
        pct = int(fraction * 100) // 10 * 10
        if sys.stderr.isatty() and pct != last_pct[0]:
            last_pct[0] = pct
            print(f"\r{shown(args, msg(message)) if message else ''} {pct:3d}%", end="", file=sys.stderr, flush=True)

    try:
        result = create_demo(ws, customers=args.customers, seed=args.seed, as_of=args.as_of, progress=progress,
                             months=args.months, truth=args.truth)
    except Rejected as exc:
        for refused in exc.problems:
            print(rejected_line(args, refused), file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json({"database": ws.url, "seed": args.seed, "as_of": result.plan.as_of,
                    "station": result.plan.station_name, **result.counts,
                    "users": [{"name": n, "role": r} for n, r in N.USERS], "password": N.PASSWORD})
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "demo station {station} written to {url}"), station=result.plan.station_name, url=ws.url))
        for key, value in result.counts.items():  # a count without a name yet shows its key
            name = say(args, COUNT_NAMES[key]) if key in COUNT_NAMES else key
            print("  " + say(args, QT_TRANSLATE_NOOP("cli", "{name}: {count}"), name=name, count=value))
        print(say(args, QT_TRANSLATE_NOOP("cli", "users (password {password}): {users}"), password=N.PASSWORD, users=", ".join(f"{n} ({role_text(args, r)})" for n, r in N.USERS)))
    return EXIT_OK
