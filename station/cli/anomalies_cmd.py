"""`station anomalies list|answer` and `station export receipts`: the billing-centre loop (issue 11).

The list itself comes in with `station import anomalies FILE`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

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

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _month(text: str) -> int:
    try:
        day = dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a month like 2026-10: {text!r}"), text=text)) from None
    return day.year * 100 + day.month


def _quantity(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a number: {text!r}"), text=text)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from station.anomalies import RESULTS

    p = sub.add_parser("anomalies", help=QT_TRANSLATE_NOOP("cli", "billing-centre anomaly lists: list the lines, answer one"))
    asub = p.add_subparsers(dest="anomalies_command", metavar="ACTION")
    asub.required = True
    ls = asub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "the lines, open ones first"))
    ls.add_argument("--batch", type=int, metavar="ID", help=QT_TRANSLATE_NOOP("cli", "only this imported list"))
    ls.add_argument("--month", type=_month, metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "only this 期间"))
    ls.add_argument("--open", action="store_true", help=QT_TRANSLATE_NOOP("cli", "only lines not answered yet"))
    ls.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(ls)
    ls.set_defaults(func=_list)
    an = asub.add_parser("answer", help=QT_TRANSLATE_NOOP("cli", "record the check's result of one line (it closes)"))
    an.add_argument("id", type=int)
    an.add_argument("--result", required=True, choices=list(RESULTS),
                    help=QT_TRANSLATE_NOOP("cli", "the result: normal (nothing wrong), record-corrected, meter-fault, back-billed or not-found (not confirmed on site)"))
    an.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("cli", "what was found (needed unless the result is normal)"))
    an.add_argument("--kwh", type=_quantity, help=QT_TRANSLATE_NOOP("cli", "kWh back-billed"))
    an.add_argument("--amount", type=_quantity, help=QT_TRANSLATE_NOOP("cli", "yuan back-billed"))
    an.add_argument("--on", type=dt.date.fromisoformat, help=QT_TRANSLATE_NOOP("cli", "the day it was checked (default today)"))
    add_lang_option(an)
    add_db_options(an)
    an.set_defaults(func=_answer)
    od = asub.add_parser("order", help=QT_TRANSLATE_NOOP("cli", "raise a desk work order (电费核查) for one line; prints {\"number\": …}"))
    od.add_argument("id", type=int)
    add_lang_option(od)
    add_db_options(od)
    od.set_defaults(func=_order)


def _list(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args)
    try:
        rows = actions.load_anomalies(ws, batch_id=args.batch, period=args.month,
                                      status="open" if args.open else None)
    finally:
        ws.close()
    if args.json:
        print_json([{"id": r.id, "batch": r.batch_id, "account_no": r.account_no, "name": r.customer_name,
                     "type": r.anomaly_type, "period": r.period, "kwh": r.kwh, "amount": r.amount,
                     "status": r.status, "result": r.result, "note": r.result_note,
                     "back_billed_kwh": r.back_billed_kwh, "back_billed_amount": r.back_billed_amount,
                     "checked_by": r.checked_by, "checked_on": r.checked_on} for r in rows])
        return EXIT_OK
    print_table(["id", QT_TRANSLATE_NOOP("cli", "account no."), QT_TRANSLATE_NOOP("cli", "customer"), QT_TRANSLATE_NOOP("cli", "anomaly type"),
                 QT_TRANSLATE_NOOP("cli", "period"), QT_TRANSLATE_NOOP("cli", "status"), QT_TRANSLATE_NOOP("cli", "result"), QT_TRANSLATE_NOOP("cli", "checked by")],
                [[r.id, r.account_no, r.customer_name, r.anomaly_type, r.period, r.status, r.result_name,
                  r.checked_by or ""] for r in rows])
    return EXIT_OK


def _answer(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.problems import Rejected

    lang = lang_of(args)
    ws = open_from_args(args)
    try:
        actions.answer_anomaly(ws, args.id, args.result, args.note, on=args.on, kwh=args.kwh, amount=args.amount)
    except Rejected as exc:
        for p in exc.problems:
            print(f"{p.field}: {p.message.in_language(lang)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "answered line {id}: {result}"), id=args.id, result=args.result))
    return EXIT_OK


def _order(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.problems import Rejected

    lang = lang_of(args)
    ws = open_from_args(args)
    try:
        number = actions.raise_anomaly_order(ws, args.id)
    except Rejected as exc:
        for p in exc.problems:
            print(f"{p.field}: {p.message.in_language(lang)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    print_json({"number": number})
    return EXIT_OK


def export_receipts(args: argparse.Namespace) -> int:
    """`station export receipts --month YYYY-MM|--batch ID -o FILE.xlsx|FILE.pdf`."""
    from station import actions

    if (args.month is None) == (args.batch is None):
        print(say(args, QT_TRANSLATE_NOOP("cli", "receipts: give --month YYYY-MM or --batch ID (one of them)")), file=sys.stderr)
        return EXIT_USAGE
    try:
        period = _month(args.month) if args.month else None
    except argparse.ArgumentTypeError as exc:
        print(f"--month: {exc}", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.output)
    if out.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
        out = out.with_name(out.name + ".xlsx")
    ws = open_from_args(args)
    try:
        rows = actions.load_anomalies(ws, batch_id=args.batch, period=period)
        if not rows:
            print(say(args, QT_TRANSLATE_NOOP("cli", "receipts: no anomaly line in that list or month")), file=sys.stderr)
            return EXIT_REJECTED
        actions.write_receipt(ws, out, batch_id=args.batch, period=period)
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "wrote the receipt of {n} lines to {file}"), n=len(rows), file=out))
    return EXIT_OK
