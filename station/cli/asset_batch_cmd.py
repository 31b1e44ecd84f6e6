"""`station assets verify|issue|scrap ASSET…`: the ledger's batch steps for scripts and handheld exports.

The assets come as arguments and/or `--from-file FILE` (one asset number a line; blank lines and `#` comments
skipped; `-` reads standard input). One transaction for the whole list: a refusal of any asset exits 3 with
every refusal on stderr and nothing written. `--json` prints the assets stepped.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.i18n import QT_TRANSLATE_NOOP


def register(asub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add verify, issue and scrap under `station assets` (called by station.cli.assets_cmd.register)."""
    from station.cli.assets_cmd import _common, _reading

    ver = asub.add_parser("verify", help=QT_TRANSLATE_NOOP("cli", "record one verification result for many assets (检定)"))
    _targets(ver)
    ver.add_argument("--result", required=True, choices=("pass", "fail"), help=QT_TRANSLATE_NOOP("cli", "the lab's result for all of them"))
    ver.add_argument("--certificate", default=None, help=QT_TRANSLATE_NOOP("cli", "the certificate no. (required for a pass)"))
    ver.add_argument("--error", type=_reading, default=None, help=QT_TRANSLATE_NOOP("cli", "measured error in percent"))
    ver.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("cli", "a note recorded with each verification"))
    _common(ver)
    ver.set_defaults(func=_verify)
    iss = asub.add_parser("issue", help=QT_TRANSLATE_NOOP("cli", "issue many in-stock assets to a fitter or team (领出)"))
    _targets(iss)
    iss.add_argument("--to", required=True, dest="issued_to", help=QT_TRANSLATE_NOOP("cli", "the fitter, team or work order"))
    _common(iss)
    iss.set_defaults(func=_issue)
    scr = asub.add_parser("scrap", help=QT_TRANSLATE_NOOP("cli", "scrap many assets with one reason (报废)"))
    _targets(scr)
    scr.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("cli", "why they are scrapped"))
    _common(scr)
    scr.set_defaults(func=_scrap)


def _targets(p: argparse.ArgumentParser) -> None:
    p.add_argument("assets", nargs="*", metavar="ASSET", help=QT_TRANSLATE_NOOP("cli", "asset numbers (22-digit barcodes)"))
    p.add_argument("--from-file", dest="from_file", metavar="FILE",
                   help=QT_TRANSLATE_NOOP("cli", "a file of asset numbers, one a line ('-': standard input)"))


def asset_numbers(args: argparse.Namespace) -> list[str]:
    """The arguments, then the file's lines, in that order (the batch step drops repeats)."""
    numbers = [a.strip() for a in args.assets if a.strip()]
    if args.from_file:
        text = sys.stdin.read() if args.from_file == "-" else Path(args.from_file).read_text(encoding="utf-8-sig")
        numbers += [line.split("#", 1)[0].strip() for line in text.splitlines()]
    return [n for n in numbers if n]


def _run(args: argparse.Namespace, step: Callable[[Any, list[str]], list[int]]) -> int:
    """Run the batch on the listed numbers; print how many (or `--json`: each asset and its new status)."""
    from station import actions
    from station.cli.assets_cmd import _run as run_one

    numbers = asset_numbers(args)

    def run(ws: Any) -> dict[str, Any]:
        ids = step(ws, numbers)
        rows = actions.load_asset_rows(ws, ids)  # read before the workspace closes
        return {"count": len(ids), "assets": [{"asset_no": rows[i].asset_no, "status": rows[i].status}
                                             for i in ids]}

    if args.json:
        return run_one(args, run, lambda shown: shown)
    return run_one(args, run, lambda shown: _summary(args, shown))


def _summary(args: argparse.Namespace, shown: dict[str, Any]) -> dict[str, Any]:
    """How many assets were stepped and the status they are in now, labelled in the CLI's language."""
    from station.cli.lang import lang_in, say
    from station.domain.lifecycle import status_name
    from station.i18n import Message

    status = status_name(shown["assets"][0]["status"]) if shown["assets"] else None
    return {
        say(args, QT_TRANSLATE_NOOP("cli", "count")): shown["count"],
        say(args, QT_TRANSLATE_NOOP("cli", "status")): status.in_language(lang_in(args))
        if isinstance(status, Message) else status,
    }


def _verify(args: argparse.Namespace) -> int:
    import datetime as dt

    from station import actions
    from station.asset_batch import VerifyBatch

    form = VerifyBatch(args.on or dt.date.today(), args.result, args.certificate, args.error, args.note)
    return _run(args, lambda ws, numbers: actions.verify_assets(ws, list(numbers), form))


def _issue(args: argparse.Namespace) -> int:
    import datetime as dt

    from station import actions

    return _run(args, lambda ws, numbers: actions.issue_assets(ws, list(numbers), args.on or dt.date.today(),
                                                               args.issued_to))


def _scrap(args: argparse.Namespace) -> int:
    import datetime as dt

    from station import actions

    return _run(args, lambda ws, numbers: actions.scrap_assets(ws, list(numbers), args.on or dt.date.today(),
                                                               args.reason))
