"""`station report customers|assets [--area CODE] [--month YYYY-MM] -o FILE.pdf`: the monthly PDF ledgers."""

from __future__ import annotations

import argparse
import sys

from station.cli.common import add_db_options
from station.cli.lang import rejected_line, say
from station.i18n import QT_TRANSLATE_NOOP

KINDS = ("customers", "assets")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help=QT_TRANSLATE_NOOP("cli", "print a ledger to PDF: customers (客户台账) or assets (计量资产台账)"))
    p.add_argument("kind", choices=KINDS, help=QT_TRANSLATE_NOOP("cli", "which ledger"))
    p.add_argument("--area", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "only this 台区 (its code, e.g. TQ0001)"))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "the ledger as at this month's end (default: today)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help=QT_TRANSLATE_NOOP("cli", "the PDF file to write"))
    add_db_options(p)
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED
    from station.cli.common import open_from_args
    from station.domain.problems import Rejected

    ws = open_from_args(args)
    try:
        pages = actions.print_ledger(ws, args.kind, args.output, area_code=args.area, month=args.month)
    except Rejected as exc:
        for problem in exc.problems:
            print(rejected_line(args, problem), file=sys.stderr)
        return EXIT_REJECTED
    except OSError as exc:  # a missing folder, no permission, a full disk: the file is what failed
        print(f"{args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "{file}: {pages} pages"), file=args.output, pages=pages))
    return EXIT_OK
