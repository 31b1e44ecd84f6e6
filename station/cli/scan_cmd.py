"""`station scan --month YYYY-MM [--area CODE] [--top N] [--json]`: the ranked list of sudden drops."""

from __future__ import annotations

import argparse
import sys

from station.cli.common import add_db_options, open_from_args, print_json, print_table
from station.cli.lang import rejected_line, say
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "scan",
        help=QT_TRANSLATE_NOOP("cli", "ranked list of customers whose consumption dropped suddenly (电量突降)"),
        description=QT_TRANSLATE_NOOP("cli", "Scan every customer's monthly consumption up to MONTH for sudden drops (month-over-month, "
        "year-over-year, peers, zero streak, change point, 台区 loss and asset-event cross-checks) and print "
        "the flagged customers, highest score first, with the rules that fired, the reason and the month "
        "the drop began."),
    )
    p.add_argument("--month", required=True, help=QT_TRANSLATE_NOOP("cli", "the month scanned, YYYY-MM"))
    p.add_argument("--area", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "only customers of this 台区 (as of that month)"))
    p.add_argument("--top", type=int, metavar="N", help=QT_TRANSLATE_NOOP("cli", "only the first N"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(p)
    p.set_defaults(func=_run)


def month_arg(text: str) -> int | None:
    """--month as YYYYMM, or None after saying on stderr why it is not a month (the caller exits 2)."""
    from station.consumption.load import parse_month

    try:
        return parse_month(text)
    except ValueError:
        print(say(None, QT_TRANSLATE_NOOP("cli", "--month: not a month like 2025-03: {text!r}"), text=text), file=sys.stderr)
        return None


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
    from station.consumption.service import as_dict
    from station.domain.problems import Rejected

    month = month_arg(args.month)
    if month is None:
        return EXIT_USAGE
    if args.top is not None and args.top < 1:
        print(say(args, QT_TRANSLATE_NOOP("cli", "--top must be at least 1")), file=sys.stderr)
        return EXIT_USAGE
    ws = open_from_args(args)
    try:
        rows = actions.load_scan(ws, month, area_code=args.area, top=args.top)[1]
    except Rejected as exc:
        for problem in exc.problems:
            print(rejected_line(args, problem), file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    if args.json:
        print_json([{"rank": i, **as_dict(r)} for i, r in enumerate(rows, 1)])
        return EXIT_OK
    print_table(
        ["#", QT_TRANSLATE_NOOP("cli", "account no."), QT_TRANSLATE_NOOP("cli", "customer"), QT_TRANSLATE_NOOP("cli", "area"), QT_TRANSLATE_NOOP("cli", "score"),
         QT_TRANSLATE_NOOP("cli", "rules"), QT_TRANSLATE_NOOP("cli", "start"), QT_TRANSLATE_NOOP("cli", "reason")],
        [
            [
                i,
                r.account_no,
                r.name,
                r.area_code or "",
                f"{r.score:.1f}",
                ",".join(r.rules),
                r.start_month,
                r.reason_zh,
            ]
            for i, r in enumerate(rows, 1)
        ],
    )
    return EXIT_OK
