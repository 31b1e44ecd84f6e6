"""`station assets install|remove|swap|edit`: the asset steps a script or a handheld export runs, on the same actions.

Each prints the asset (or the swap's pair) as a line, or `--json`; a rule's refusal exits 3 with every reason
on stderr (in the language of --lang, Chinese by default), naming the option it came from.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from station.cli import EXIT_OK, EXIT_REJECTED
from station.cli.common import add_db_options, add_lang_option, open_from_args, print_json, translate_of
from station.cli.lang import say
from station.domain.problems import Rejected
from station.domain.readings import BELOW_LAST_REASONS, REMOVAL_REASONS
from station.i18n import QT_TRANSLATE_NOOP, msg

#: Which option a refused field came from, per command (swap fields carry old_/new_ prefixes).
_OPTION = {
    "reading": "--reading", "old_reading": "--old-reading", "new_reading": "--new-reading",
    "new_asset": "--new", "customer": "--customer", "point": "--point", "reason": "--reason",
    "issued_to": "--to", "result": "--result", "certificate_no": "--certificate",
    "below_last": "--below-last", "old_below_last": "--below-last", "happened_on": "--on",
    "old_happened_on": "--on", "new_happened_on": "--on", "asset": "ASSET",
    # station assets edit: a nameplate field comes from its own option
    **{f: "--" + f.replace("_", "-") for f in ("factory_no", "model", "maker", "accuracy_class", "rated_voltage",
                                             "rated_current", "constant", "ratio", "phases", "made_on")},
    "multiplier": "--confirm-multiplier", "version": "--version",
}


def _reading(text: str) -> Decimal:
    from station.imports import normalise as n

    try:
        value = n.decimal(text)
    except (n.Invalid, InvalidOperation):
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a reading: {text!r}"), text=text))
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): {text!r}"), text=text)) from None


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--on", type=_date, default=None, metavar="DATE", help=QT_TRANSLATE_NOOP("cli", "the day of the step (default: today)"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_lang_option(p)
    add_db_options(p)


def _removal_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", required=True, choices=tuple(REMOVAL_REASONS), help=QT_TRANSLATE_NOOP("cli", "why it comes off"))
    p.add_argument("--below-last", choices=tuple(BELOW_LAST_REASONS), dest="below_last",
                   help=QT_TRANSLATE_NOOP("cli", "why the closing reading is below the meter's last known reading"))
    p.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("cli", "a note recorded after the reason"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("assets", help=QT_TRANSLATE_NOOP("cli", "asset steps: install, remove, swap (换表); verify, issue, scrap many"))
    asub = p.add_subparsers(dest="assets_command", metavar="ACTION")
    asub.required = True
    ins = asub.add_parser("install", help=QT_TRANSLATE_NOOP("cli", "install an issued asset on a customer's metering point"))
    ins.add_argument("asset", metavar="ASSET", help=QT_TRANSLATE_NOOP("cli", "the asset number (22-digit barcode)"))
    ins.add_argument("--customer", required=True, metavar="ACCOUNT", help=QT_TRANSLATE_NOOP("cli", "户号"))
    ins.add_argument("--reading", required=True, type=_reading, help=QT_TRANSLATE_NOOP("cli", "the opening register reading"))
    ins.add_argument("--point", help=QT_TRANSLATE_NOOP("cli", "the metering point's name, when the customer has several"))
    _common(ins)
    ins.set_defaults(func=_install)
    rem = asub.add_parser("remove", help=QT_TRANSLATE_NOOP("cli", "remove an installed asset with its closing reading"))
    rem.add_argument("asset", metavar="ASSET", help=QT_TRANSLATE_NOOP("cli", "the asset number (22-digit barcode)"))
    rem.add_argument("--reading", required=True, type=_reading, help=QT_TRANSLATE_NOOP("cli", "the closing register reading"))
    _removal_options(rem)
    _common(rem)
    rem.set_defaults(func=_remove)
    sw = asub.add_parser("swap", help=QT_TRANSLATE_NOOP("cli", "换表: remove the customer's meter and install a new one, in one step"))
    sw.add_argument("--customer", required=True, metavar="ACCOUNT", help=QT_TRANSLATE_NOOP("cli", "户号"))
    sw.add_argument("--old-reading", required=True, type=_reading, dest="old_reading",
                    help=QT_TRANSLATE_NOOP("cli", "the closing reading of the meter removed"))
    sw.add_argument("--new", required=True, metavar="ASSET", dest="new", help=QT_TRANSLATE_NOOP("cli", "the new asset's number"))
    sw.add_argument("--new-reading", required=True, type=_reading, dest="new_reading",
                    help=QT_TRANSLATE_NOOP("cli", "the opening reading of the new asset"))
    sw.add_argument("--point", help=QT_TRANSLATE_NOOP("cli", "the metering point's name, when the customer has several"))
    sw.add_argument("--kind", default="meter", choices=("meter", "ct", "pt"), help=QT_TRANSLATE_NOOP("cli", "what is swapped (default meter)"))
    _removal_options(sw)
    _common(sw)
    sw.set_defaults(func=_swap)
    _register_edit(asub)
    from station.cli import asset_batch_cmd

    asset_batch_cmd.register(asub)  # verify | issue | scrap of many assets


def _register_edit(asub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ed = asub.add_parser("edit", help=QT_TRANSLATE_NOOP("cli", "correct an asset's nameplate fields (maker, model, ratio, class …)"))
    ed.add_argument("asset", metavar="ASSET", help=QT_TRANSLATE_NOOP("cli", "the asset number (22-digit barcode)"))
    for name, help_ in (
            ("factory_no", QT_TRANSLATE_NOOP("cli", "the factory number")),
            ("model", QT_TRANSLATE_NOOP("cli", "the model, e.g. DDZY71")),
            ("maker", QT_TRANSLATE_NOOP("cli", "the maker")),
            ("accuracy_class", QT_TRANSLATE_NOOP("cli", "the accuracy class, e.g. 0.5S")),
            ("rated_voltage", QT_TRANSLATE_NOOP("cli", "the rated voltage, e.g. 3x220/380V")),
            ("rated_current", QT_TRANSLATE_NOOP("cli", "the rated current, e.g. 5(60)A")),
            ("constant", QT_TRANSLATE_NOOP("cli", "the meter constant (imp/kWh); empty: not recorded")),
            ("ratio", QT_TRANSLATE_NOOP("cli", "a CT's or PT's ratio, e.g. 100/5")),
            ("phases", QT_TRANSLATE_NOOP("cli", "1 or 3")),
            ("made_on", QT_TRANSLATE_NOOP("cli", "the day it was made (YYYY-MM-DD); empty: not recorded"))):
        ed.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE", help=help_)
    ed.add_argument("--version", type=int, default=None, metavar="N",
                    help=QT_TRANSLATE_NOOP("cli", "the asset's version you read; refused if it changed since"))
    ed.add_argument("--confirm-multiplier", action="store_true", dest="confirm_multiplier",
                    help=QT_TRANSLATE_NOOP("cli", "confirm that a new ratio changes the point's multiplier (billing uses it)"))
    ed.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_lang_option(ed)
    add_db_options(ed)
    ed.set_defaults(func=_edit, parser=ed)


def _run(args: argparse.Namespace, step: Callable[[Any], Any], show: Callable[[Any], dict[str, Any]]) -> int:
    translate = translate_of(args)
    ws = open_from_args(args)
    try:
        result = step(ws)
    except Rejected as exc:
        print(msg(QT_TRANSLATE_NOOP("station", "Refused, nothing written:")).text(translate), file=sys.stderr)
        for p in exc.problems:
            print(f"  {_OPTION.get(p.field, p.field)}: {p.message.text(translate)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    shown = show(result)
    if args.json:
        print_json(shown)
    else:
        print("  ".join(f"{k}={v}" for k, v in shown.items() if v is not None))
    return EXIT_OK


def _asset(row: Any) -> dict[str, Any]:
    return {"asset_no": row.asset_no, "kind": row.kind, "status": row.status, "account_no": row.account_no}


def _edit(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.nameplate import EDITABLE, parse_value

    given = {name: getattr(args, name) for name in EDITABLE if getattr(args, name) is not None}
    if not given:
        args.parser.error(say(args, QT_TRANSLATE_NOOP("cli", "give at least one field to change, e.g. --ratio 200/5")))
    changes: dict[str, Any] = {}
    problems = []
    for name, text in given.items():
        value, found = parse_value(name, text)
        changes[name] = value
        problems += found

    def step(ws: Any) -> Any:
        if problems:
            raise Rejected(problems)
        return actions.edit_asset_by_number(ws, args.asset, changes, version=args.version,
                                            confirm_multiplier=args.confirm_multiplier)

    def show(result: Any) -> dict[str, Any]:
        moved = result.multiplier
        return {**_asset(result.asset), "version": result.asset.version,
                "changed": ",".join(result.changed) or None, "followed": ",".join(result.followed) or None,
                "multiplier": f"{moved[0]}->{moved[1]}" if moved else None}

    return _run(args, step, show)


def _install(args: argparse.Namespace) -> int:
    from station import actions

    return _run(args, lambda ws: actions.install_by_number(
        ws, args.asset, args.customer, args.on or dt.date.today(), args.reading, point_name=args.point), _asset)


def _remove(args: argparse.Namespace) -> int:
    from station import actions

    return _run(args, lambda ws: actions.remove_by_number(
        ws, args.asset, args.on or dt.date.today(), args.reading, args.reason, below_last=args.below_last,
        note=args.note), _asset)


def _swap(args: argparse.Namespace) -> int:
    from station import actions
    from station.meter_swap import SwapRequest

    req = SwapRequest(args.customer, args.new, args.old_reading, args.new_reading, args.reason,
                      args.on or dt.date.today(), point_name=args.point, kind=args.kind,
                      below_last=args.below_last, note=args.note)

    def step(ws: Any) -> dict[str, Any]:
        result = actions.swap_meter(ws, req)
        rows = actions.load_asset_rows(ws, [result.removed_id, result.installed_id])
        question = result.question.text(translate_of(args)) if result.question is not None else None
        if question:
            print(question, file=sys.stderr)  # saved; the clerk is asked to check the reading
        return {"customer": args.customer, "removed": rows[result.removed_id].asset_no,
                "installed": rows[result.installed_id].asset_no, "multiplier": result.multiplier,
                "question": question}

    return _run(args, step, lambda shown: shown)
