"""`station summary --year YYYY`: the year's work summary from the records, beside the year before."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from station.cli.common import (
    add_db_options,
    add_lang_option,
    lang_of,
    open_from_args,
    print_json,
    print_table,
)
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("summary", help=QT_TRANSLATE_NOOP("cli", "the year's work summary (年度工作总结) from the records"))
    p.add_argument("--year", type=int, default=dt.date.today().year, help=QT_TRANSLATE_NOOP("cli", "the year (default this year)"))
    p.add_argument("--rows", metavar="FIGURE", help=QT_TRANSLATE_NOOP("cli", "also list the rows behind this figure (visits, thefts …)"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output, every figure with its rows"))
    p.add_argument("--pdf", metavar="FILE.pdf", help=QT_TRANSLATE_NOOP("cli", "also print the summary as a sealed PDF (checked later by "
                                                    "station verify)"))
    add_lang_option(p)
    add_db_options(p)
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.i18n import msg
    from station.summary import paragraph

    lang = lang_of(args)
    ws = open_from_args(args)
    try:
        summary = actions.load_year_summary(ws, args.year)
        if args.pdf:
            try:
                pages = actions.print_year_summary(ws, args.year, args.pdf, lang=lang)
            except OSError as exc:
                print(f"{args.pdf}: {exc.strerror or exc}", file=sys.stderr)
                return 1
            print(f"{args.pdf}: {pages} pages", file=sys.stderr)
    finally:
        ws.close()
    if args.json:
        print_json({"year": summary.year, "paragraph": paragraph(summary), "figures": [
            {"code": f.code, "title": msg(f.title).in_language(lang), "unit": f.unit, "value": f.value,
             "previous": summary.previous.get(f.code),
             "rows": [{"account_no": d.account_no, "name": d.name, "on": d.on, "ref": d.ref, "amount": d.amount}
                      for d in f.rows]} for f in summary.figures]})
        return 0
    print(paragraph(summary))
    print()
    print_table([QT_TRANSLATE_NOOP("cli", "figure"), QT_TRANSLATE_NOOP("cli", "title"), str(summary.year), str(summary.year - 1), QT_TRANSLATE_NOOP("cli", "unit")],
                [[f.code, msg(f.title).in_language(lang), f.value, summary.previous.get(f.code), f.unit]
                 for f in summary.figures])
    chosen = next((f for f in summary.figures if f.code == args.rows), None)
    if args.rows and chosen is None:
        print(say(args, QT_TRANSLATE_NOOP("cli", "--rows: no figure {code!r} (one of: {codes})"), code=args.rows, codes=", ".join(f.code for f in summary.figures)))
        return 2
    if chosen is not None:
        print()
        print_table([QT_TRANSLATE_NOOP("cli", "account no."), QT_TRANSLATE_NOOP("cli", "customer"), QT_TRANSLATE_NOOP("cli", "date"), QT_TRANSLATE_NOOP("cli", "reference"), QT_TRANSLATE_NOOP("cli", "amount")],
                    [[d.account_no, d.name, d.on, d.ref, d.amount] for d in chosen.rows])
    return 0
