"""`station due` (the month's due list) and `station rules list|set` (rule settings with their sources)."""

from __future__ import annotations

import argparse
import sys

from station.cli.common import add_db_options, open_from_args, print_json, print_table
from station.cli.lang import rejected_line, say, yes_no
from station.i18n import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_REJECTED = 0, 3
KINDS = ("onsite", "ptdrop", "ctpt", "rotation", "sampling", "inspection")
STATUSES = ("urgent", "overdue", "due", "upcoming", "ok")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("due", help=QT_TRANSLATE_NOOP("cli", "due list of a month: on-site tests, rotation, sampling, inspections"))
    p.add_argument("--month", required=True, help=QT_TRANSLATE_NOOP("cli", "YYYY-MM"))
    p.add_argument("--status", action="append", choices=STATUSES, help=QT_TRANSLATE_NOOP("cli", "only these statuses (repeatable)"))
    p.add_argument("--kind", action="append", choices=KINDS, help=QT_TRANSLATE_NOOP("cli", "only these kinds (repeatable)"))
    p.add_argument("--area", help=QT_TRANSLATE_NOOP("cli", "only this 台区 code"))
    p.add_argument("--class", dest="device_class", choices=("I", "II", "III", "IV", "V"), help=QT_TRANSLATE_NOOP("cli", "device class"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(p)
    p.set_defaults(func=_due)

    r = sub.add_parser("rules", help=QT_TRANSLATE_NOOP("cli", "rule settings: periods, thresholds, multiples, each with its source"))
    rsub = r.add_subparsers(dest="rules_command", metavar="ACTION")
    rsub.required = True
    ls = rsub.add_parser("list", help=QT_TRANSLATE_NOOP("cli", "every rule with its value, default, unit and source"))
    ls.add_argument("--json", action="store_true")
    add_db_options(ls)
    ls.set_defaults(func=_rules_list)
    st = rsub.add_parser("set", help=QT_TRANSLATE_NOOP("cli", 'set one rule: VALUE is JSON (6, null, {"I": 3, ...}) or plain text'))
    st.add_argument("key")
    st.add_argument("value")
    st.add_argument("--source", help=QT_TRANSLATE_NOOP("cli", "the provincial rule the new value follows"))
    add_db_options(st)
    st.set_defaults(func=_rules_set)


def _month(text: str) -> str | None:
    from station.due import parse_month

    try:
        parse_month(text)
    except ValueError:
        return None
    return text


def _due(args: argparse.Namespace) -> int:
    from station import actions

    if _month(args.month) is None:
        print(say(args, QT_TRANSLATE_NOOP("cli", "--month: not a month like 2025-03: {text!r}"), text=args.month), file=sys.stderr)
        return 2
    ws = open_from_args(args)
    try:
        area_id = None
        if args.area:
            area_id = next((a.id for a in actions.load_areas(ws) if a.code == args.area), None)
            if area_id is None:
                print(say(args, QT_TRANSLATE_NOOP("cli", "--area: no 台区 with code {code!r}"), code=args.area), file=sys.stderr)
                return EXIT_REJECTED
        items = actions.load_due_items(
            ws, args.month, kinds=args.kind, statuses=args.status, area_id=area_id, device_class=args.device_class
        )
    finally:
        ws.close()
    if args.json:
        print_json(
            [
                {
                    "kind": str(it.kind),
                    "target": it.target_no,
                    "target_kind": it.target_kind,
                    "account_no": it.account_no,
                    "customer_name": it.customer_name,
                    "area": it.area_code,
                    "due_on": it.due_on,
                    "status": str(it.status),
                    "rule": it.rule,
                    "last_done": it.last_done,
                    "devices": it.devices,
                }
                for it in items
            ]
        )
    else:
        print_table(
            [QT_TRANSLATE_NOOP("cli", "kind"), QT_TRANSLATE_NOOP("cli", "target"), QT_TRANSLATE_NOOP("cli", "account no."),
             QT_TRANSLATE_NOOP("cli", "customer"), QT_TRANSLATE_NOOP("cli", "area"), QT_TRANSLATE_NOOP("cli", "due"),
             QT_TRANSLATE_NOOP("cli", "status"), QT_TRANSLATE_NOOP("cli", "last done"), QT_TRANSLATE_NOOP("cli", "rule")],
            [
                [
                    it.kind,
                    it.target_no,
                    it.account_no,
                    it.customer_name,
                    it.area_code,
                    it.due_on or say(args, QT_TRANSLATE_NOOP("cli", "never")),
                    it.status,
                    it.last_done or "",
                    it.rule,
                ]
                for it in items
            ],
        )
        print(say(args, QT_TRANSLATE_NOOP("cli", "{n} items"), n=len(items)))
    return EXIT_OK


def _rules_list(args: argparse.Namespace) -> int:
    from station import actions

    ws = open_from_args(args)
    try:
        rows = actions.list_rules(ws)
    finally:
        ws.close()
    if args.json:
        print_json(
            [
                {
                    "key": r.key,
                    "label": r.label,
                    "value": r.value,
                    "default": r.default,
                    "unit": r.unit,
                    "source": r.source,
                    "edition": r.edition,
                    "is_default": r.is_default,
                    "updated_at": r.updated_at,
                    "updated_by": r.updated_by,
                }
                for r in rows
            ]
        )
    else:
        import json

        def text(v: object) -> str:
            return json.dumps(v, ensure_ascii=False)

        print_table(
            [QT_TRANSLATE_NOOP("cli", "key"), QT_TRANSLATE_NOOP("cli", "value"), QT_TRANSLATE_NOOP("cli", "unit"),
             QT_TRANSLATE_NOOP("cli", "default?"), QT_TRANSLATE_NOOP("cli", "source")],
            [[r.key, text(r.value), r.unit, yes_no(args, r.is_default), r.source]
             for r in rows],
        )
    return EXIT_OK


def _rules_set(args: argparse.Namespace) -> int:
    import json

    from station import actions
    from station.domain.problems import Rejected
    from station.rule_settings import parse_value

    ws = open_from_args(args)
    try:
        row = actions.set_rule(ws, args.key, parse_value(args.value), args.source)
    except Rejected as exc:
        for p in exc.problems:
            print(rejected_line(args, p), file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    print(f"{row.key} = {json.dumps(row.value, ensure_ascii=False)}  ({row.source})")
    return EXIT_OK
