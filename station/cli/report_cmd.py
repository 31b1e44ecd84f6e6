"""`station report customers|assets [--area CODE] [--month YYYY-MM] -o FILE.pdf`: the monthly PDF ledgers, and
`station report pack --month YYYY-MM -o DIR [--json]`: the month's report pack (every report sealed, PDF and
.xlsx, a manifest), written whole or not at all."""

from __future__ import annotations

import argparse
import sys

from station.cli.common import add_db_options, print_json
from station.cli.lang import rejected_line, say
from station.i18n import QT_TRANSLATE_NOOP

KINDS = ("customers", "assets", "pack")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help=QT_TRANSLATE_NOOP("cli", "print a ledger to PDF: customers (客户台账) or assets (计量资产台账); "
                                      "pack: the month's report pack (月度报表包) into a folder"))
    p.add_argument("kind", choices=KINDS, help=QT_TRANSLATE_NOOP("cli", "which ledger, or pack"))
    p.add_argument("--area", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "only this 台区 (its code, e.g. TQ0001); not for pack"))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "the ledger as at this month's end (default: today); "
                                                      "pack: required"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|DIR",
                   help=QT_TRANSLATE_NOOP("cli", "the PDF file to write; pack: the folder (new, or empty)"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "pack: the manifest on stdout"))
    add_db_options(p)
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE
    from station.cli.common import open_from_args
    from station.domain.problems import Rejected
    from station.reports.pack import PackFailed

    if args.kind == "pack" and (not args.month or args.area):
        print(say(args, QT_TRANSLATE_NOOP("cli", "report pack: --month YYYY-MM is required and --area is not taken")), file=sys.stderr)
        return EXIT_USAGE
    ws = open_from_args(args)
    try:
        if args.kind == "pack":
            return _pack(ws, args)
        pages = actions.print_ledger(ws, args.kind, args.output, area_code=args.area, month=args.month)
    except Rejected as exc:
        for problem in exc.problems:
            print(rejected_line(args, problem), file=sys.stderr)
        return EXIT_REJECTED
    except PackFailed as exc:  # the report that failed, and why; the folder was not written
        cause = exc.cause.strerror if isinstance(exc.cause, OSError) and exc.cause.strerror else exc.cause
        print(f"{args.output}: {exc.report}: {cause}", file=sys.stderr)
        return EXIT_REJECTED if isinstance(exc.cause, Rejected) else EXIT_FAILED
    except OSError as exc:  # a missing folder, no permission, a full disk: the file is what failed
        print(f"{args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "{file}: {pages} pages"), file=args.output, pages=pages))
    return EXIT_OK


def _pack(ws, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from station import actions

    result = actions.write_report_pack(ws, args.month, args.output)
    if args.json:
        print_json({"month": result.month, "folder": str(result.folder), "reports": [
            {"kind": r.kind, "name": r.name, "doc_no": r.doc_no, "digest": r.digest, "rows": r.rows,
             "pages": r.pages, "pdf": r.pdf, "xlsx": r.xlsx} for r in result.reports]})
        return 0
    for r in result.reports:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{pdf}\t{doc_no}\t{rows} rows\t{pages} pages"), pdf=r.pdf, doc_no=r.doc_no,
                  rows=r.rows, pages=r.pages))
    print(say(args, QT_TRANSLATE_NOOP("cli", "{folder}: {count} reports"), folder=result.folder, count=len(result.reports)))
    return 0
