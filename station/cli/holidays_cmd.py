"""`station holidays list|add|remove`: the working-day calendar every deadline in working days counts with
(public holidays 放假 and adjusted working days 调休上班, seeded with the State Council's notices).

Thin: each sub-command calls one action of station.actions.holidays; a refusal exits 3 with the reasons.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys

from station.cli import EXIT_REJECTED
from station.cli.common import (
    add_db_options,
    add_lang_option,
    iso_date,
    open_from_args,
    print_json,
    print_table,
    translate_of,
)
from station.cli.lang import lang_in, say
from station.domain.problems import Rejected
from station.holidays import KINDS
from station.i18n import QT_TRANSLATE_NOOP, msg


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("holidays", help=QT_TRANSLATE_NOOP("cli", "the working-day calendar: public holidays and 调休 working days"))
    hsub = p.add_subparsers(dest="holidays_command", metavar="ACTION")
    hsub.required = True
    ls = hsub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "list the calendar's days"))
    ls.add_argument("--year", type=int)
    ls.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print JSON"))
    add = hsub.add_parser("add", help=QT_TRANSLATE_NOOP("cli", "add (or change) a day: --kind holiday or workday (a weekend day worked)"))
    add.add_argument("day", type=iso_date, help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD"))
    add.add_argument("--kind", choices=list(KINDS), default="holiday")
    add.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("cli", "e.g. 国庆节"))
    add.add_argument("--source", default="", help=QT_TRANSLATE_NOOP("cli", "the notice it follows"))
    rm = hsub.add_parser("remove", help=QT_TRANSLATE_NOOP("cli", "take a day out of the calendar"))
    rm.add_argument("day", type=iso_date, help=QT_TRANSLATE_NOOP("cli", "YYYY-MM-DD"))
    for parser, fn in ((ls, _list), (add, _add), (rm, _remove)):
        add_db_options(parser)
        add_lang_option(parser)
        parser.set_defaults(func=fn)


def _run(args: argparse.Namespace, fn) -> int:  # type: ignore[no-untyped-def]
    ws = open_from_args(args)
    try:
        fn(ws)
    except Rejected as exc:
        translate = translate_of(args)
        for p in exc.problems:
            print(f"{p.field}: {p.message.text(translate)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    return 0


#: Weekday names, Monday first (date.weekday()).
WEEKDAYS = (QT_TRANSLATE_NOOP("cli", "Mon"), QT_TRANSLATE_NOOP("cli", "Tue"), QT_TRANSLATE_NOOP("cli", "Wed"),
            QT_TRANSLATE_NOOP("cli", "Thu"), QT_TRANSLATE_NOOP("cli", "Fri"), QT_TRANSLATE_NOOP("cli", "Sat"),
            QT_TRANSLATE_NOOP("cli", "Sun"))


def _list(args: argparse.Namespace) -> int:
    from station import actions

    def show(ws):  # type: ignore[no-untyped-def]
        rows = actions.load_holidays(ws, args.year)
        if args.json:
            print_json([dataclasses.asdict(r) for r in rows])
        else:
            lang = lang_in(args)
            print_table([QT_TRANSLATE_NOOP("cli", "day"), QT_TRANSLATE_NOOP("cli", "weekday"),
                         QT_TRANSLATE_NOOP("cli", "kind"), QT_TRANSLATE_NOOP("cli", "name"),
                         QT_TRANSLATE_NOOP("cli", "source")],
                        [[r.day, say(args, WEEKDAYS[r.day.weekday()]), msg(KINDS[r.kind]).in_language(lang), r.name,
                          r.source] for r in rows])

    return _run(args, show)


def _add(args: argparse.Namespace) -> int:
    from station import actions

    def add(ws):  # type: ignore[no-untyped-def]
        row = actions.set_holiday(ws, args.day, args.kind, args.name, args.source)
        print(f"{row.day} {msg(KINDS[row.kind]).in_language(lang_in(args))} {row.name}")

    return _run(args, add)


def _remove(args: argparse.Namespace) -> int:
    from station import actions

    def remove(ws):  # type: ignore[no-untyped-def]
        actions.remove_holiday(ws, args.day)
        print(say(args, QT_TRANSLATE_NOOP("cli", "{day} removed"), day=args.day))

    return _run(args, remove)
