"""`station month close YYYY-MM [--accept KEY]`, `station month reopen YYYY-MM --reason TEXT`, `station month status`.

Exit codes: 0 done; 3 refused (a blocking checklist item, the role, the month's state), with every reason.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from station.cli import EXIT_OK, EXIT_REJECTED
from station.cli.common import (
    add_db_options,
    add_lang_option,
    open_from_args,
    print_json,
    print_table,
    translate_of,
)
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP

#: How the checklist's outcomes print.
MARKS = {
    "passed": QT_TRANSLATE_NOOP("cli", "passed"),
    "noted": QT_TRANSLATE_NOOP("cli", "note"),
    "blocking": QT_TRANSLATE_NOOP("cli", "BLOCKING"),
    "accepted": QT_TRANSLATE_NOOP("cli", "accepted"),
}
#: A month's status (station.domain.periods) → its word.
MONTH_STATES = {"open": QT_TRANSLATE_NOOP("cli", "open"), "closing": QT_TRANSLATE_NOOP("cli", "closing"),
                "closed": QT_TRANSLATE_NOOP("cli", "closed")}


def _month(text: str) -> int:
    from station.domain.periods import month_key

    try:
        return month_key(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a month (YYYY-MM): {text}"), text=text)) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("month", help=QT_TRANSLATE_NOOP("cli", "月结: close, reopen, status"))
    msub = p.add_subparsers(dest="month_command", metavar="ACTION")
    msub.required = True
    c = msub.add_parser("close", help=QT_TRANSLATE_NOOP("cli", "run the checklist and close the month (a backup is taken first)"))
    c.add_argument("month", type=_month, metavar="YYYY-MM")
    c.add_argument("--accept", action="append", default=[], metavar="KEY",
                   help=QT_TRANSLATE_NOOP("cli", "close over this blocking item (readings, supply; not month_ended); repeatable"))
    c.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    r = msub.add_parser("reopen", help=QT_TRANSLATE_NOOP("cli", "reopen a closed month (a supervisor's, with a reason)"))
    r.add_argument("month", type=_month, metavar="YYYY-MM")
    r.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("cli", "why the month is reopened (kept in the audit log)"))
    s = msub.add_parser("status", help=QT_TRANSLATE_NOOP("cli", "the closed months, and the checklist of one month (--month)"))
    s.add_argument("--month", type=_month, metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "show this month's checklist as it is now"))
    s.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    for k, fn in ((c, _close), (r, _reopen), (s, _status)):
        add_lang_option(k)
        add_db_options(k)
        k.set_defaults(func=fn)


def _print_items(args: argparse.Namespace, items: list[Any]) -> None:
    tr = translate_of(args)
    print_table(["", QT_TRANSLATE_NOOP("cli", "item"), QT_TRANSLATE_NOOP("cli", "detail")], [[say(args, MARKS[i.outcome]) if i.outcome in MARKS else i.outcome, i.title.text(tr), i.detail.text(tr)]
                                         for i in items])


def _items_json(args: argparse.Namespace, items: list[Any]) -> list[dict[str, str]]:
    tr = translate_of(args)
    return [{"key": i.key, "outcome": i.outcome, "title": i.title.text(tr), "detail": i.detail.text(tr)}
            for i in items]


def _rejected(args: argparse.Namespace, exc: Exception) -> int:
    for p in getattr(exc, "problems", []):
        print(f"station: {p.message.text(translate_of(args))}", file=sys.stderr)
    return EXIT_REJECTED


def _close(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.periods import label
    from station.domain.problems import Rejected

    ws = open_from_args(args)
    try:
        result = actions.close_month(ws, args.month, accept=frozenset(args.accept))
    except Rejected as exc:
        return _rejected(args, exc)
    finally:
        ws.close()
    if args.json:
        print_json({"month": label(result.month), "closed": result.closed, "backup": result.backup,
                    "checklist": _items_json(args, list(result.items))})
    else:
        _print_items(args, list(result.items))
        if result.closed:
            print(say(args, QT_TRANSLATE_NOOP("cli", "{month} closed (backup {backup})"), month=label(result.month), backup=result.backup))
    if not result.closed:
        keys = ", ".join(i.key for i in result.blocking)
        print(say(args, QT_TRANSLATE_NOOP("cli", "station: {month} not closed: blocking items: {keys}"), month=label(result.month), keys=keys), file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _reopen(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.problems import Rejected

    ws = open_from_args(args)
    try:
        row = actions.reopen_month(ws, args.month, args.reason)
    except Rejected as exc:
        return _rejected(args, exc)
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "{month} reopened by {by}: {reason}"), month=row.label, by=row.reopened_by, reason=row.reopen_reason))
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.problems import Rejected

    ws = open_from_args(args)
    try:
        months = actions.load_months(ws)
        items = actions.load_checklist(ws, args.month) if args.month else None
    except Rejected as exc:
        return _rejected(args, exc)
    finally:
        ws.close()
    if args.json:
        print_json({"months": [{"month": m.label, "status": m.status, "closed_at": m.closed_at,
                                "closed_by": m.closed_by, "reopened_at": m.reopened_at,
                                "reopen_reason": m.reopen_reason} for m in months],
                    "checklist": _items_json(args, items) if items is not None else None})
        return EXIT_OK
    if months:
        print_table([QT_TRANSLATE_NOOP("cli", "month"), QT_TRANSLATE_NOOP("cli", "status"), QT_TRANSLATE_NOOP("cli", "closed"),
                     QT_TRANSLATE_NOOP("cli", "by"), QT_TRANSLATE_NOOP("cli", "reopened"), QT_TRANSLATE_NOOP("cli", "reason")],
                    [[m.label, say(args, MONTH_STATES[m.status]) if m.status in MONTH_STATES else m.status, m.closed_at, m.closed_by, m.reopened_at, m.reopen_reason] for m in months])
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "every month is open")))
    if items is not None:
        print()
        _print_items(args, items)
    return EXIT_OK
