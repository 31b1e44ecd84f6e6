"""`station history customer|asset|order KEY`: who changed the record, when, and what (before → after)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from station.cli.common import add_db_options, open_from_args, print_json, print_table
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP
from station.record_history import HISTORY_ENTITIES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("history", help=QT_TRANSLATE_NOOP("cli", "a record's audited changes: who, when, before → after"))
    p.add_argument("kind", choices=tuple(HISTORY_ENTITIES), help=QT_TRANSLATE_NOOP("cli", "customer (户号), asset (barcode) or order (number)"))
    p.add_argument("key", help=QT_TRANSLATE_NOOP("cli", "the record's 户号, 资产编号 or work-order number"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(p)
    p.set_defaults(func=_run)


def _values(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in sorted(values.items()))


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_FAILED

    ws = open_from_args(args)
    try:
        rows = actions.load_history(ws, args.kind, args.key)
    finally:
        ws.close()
    if rows is None:
        print(say(args, QT_TRANSLATE_NOOP("cli", "station: no {kind} {key}"), kind=args.kind, key=args.key), file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print_json([dataclasses.asdict(r) for r in rows])
        return 0
    print_table([QT_TRANSLATE_NOOP("cli", "at"), QT_TRANSLATE_NOOP("cli", "operator"), QT_TRANSLATE_NOOP("cli", "action"),
                 QT_TRANSLATE_NOOP("cli", "record"), QT_TRANSLATE_NOOP("cli", "before"), QT_TRANSLATE_NOOP("cli", "after")],
                [[r.at.strftime("%Y-%m-%d %H:%M:%S"), r.operator, r.action, f"{r.entity} {r.entity_id}",
                  _values(r.before), _values(r.after)] for r in rows])
    return 0
