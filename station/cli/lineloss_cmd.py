"""`station lineloss --month YYYY-MM [--json]`: line loss of every 台区 in a month (线损)."""

from __future__ import annotations

import argparse
import sys

from station.cli.common import add_db_options, open_from_args, print_json, print_table
from station.cli.lang import rejected_line
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "lineloss",
        help=QT_TRANSLATE_NOOP("cli", "line loss per 台区 in a month: supplied, sold, loss, rate, class (合格/高损/负损/不可算)"),
        description=QT_TRANSLATE_NOOP("cli", "Per 台区: energy supplied through the gateway meter, sold to its customers (membership as "
        "of the month), loss kWh and rate, its class against the band of its 台区 type, and the rise of the "
        "rate since the month before. Highest loss rate first."),
    )
    p.add_argument("--month", required=True, help=QT_TRANSLATE_NOOP("cli", "YYYY-MM"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(p)
    p.set_defaults(func=_run)


def _fmt(value: float | None, pattern: str) -> str:
    return "" if value is None else format(value, pattern)


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
    from station.cli.scan_cmd import month_arg
    from station.consumption.service import as_dict
    from station.domain.problems import Rejected

    month = month_arg(args.month)
    if month is None:
        return EXIT_USAGE
    ws = open_from_args(args)
    try:
        rows = actions.load_line_loss(ws, month, require_data=True)
    except Rejected as exc:
        for problem in exc.problems:
            print(rejected_line(args, problem), file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    if args.json:
        print_json([as_dict(r) for r in rows])
        return EXIT_OK
    print_table(
        [QT_TRANSLATE_NOOP("cli", "area"), QT_TRANSLATE_NOOP("cli", "name"), QT_TRANSLATE_NOOP("cli", "supplied kWh"), QT_TRANSLATE_NOOP("cli", "sold kWh"),
         QT_TRANSLATE_NOOP("cli", "loss kWh"), QT_TRANSLATE_NOOP("cli", "rate %"), QT_TRANSLATE_NOOP("cli", "class"), QT_TRANSLATE_NOOP("cli", "rise pp")],
        [
            [
                r.area_code,
                r.area_name,
                _fmt(r.supplied_kwh, ",.0f"),
                _fmt(r.sold_kwh, ",.0f"),
                _fmt(r.loss_kwh, ",.0f"),
                _fmt(r.loss_rate, ".2f"),
                r.klass_zh,
                _fmt(r.rise, "+.2f"),
            ]
            for r in rows
        ],
    )
    return EXIT_OK
