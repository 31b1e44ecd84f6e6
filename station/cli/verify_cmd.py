"""`station verify FILE.pdf`: does a printed ledger still match the database, and if not, which rows changed.

Exit 0 when it matches; 3 when it does not (changed rows, a number not on record, or a digest that is not the
one recorded: the paper is not what this database printed); 1 when the file carries no seal of this program.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station.cli.common import add_db_options, open_from_args, print_json
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_FAILED, EXIT_REJECTED = 0, 1, 3
SHOWN = 20  #: keys listed per kind of change (the count says how many)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify", help=QT_TRANSLATE_NOOP("cli", "check a printed (sealed) ledger PDF against the database"))
    p.add_argument("file", type=Path, metavar="FILE.pdf", help=QT_TRANSLATE_NOOP("cli", "the ledger PDF (or the text its QR code holds)"))
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(p)
    p.set_defaults(func=_run)


def _keys(keys: tuple[str, ...]) -> str:
    more = f" … (+{len(keys) - SHOWN})" if len(keys) > SHOWN else ""
    return ", ".join(keys[:SHOWN]) + more


def _run(args: argparse.Namespace) -> int:
    from station import actions

    source = str(args.file) if str(args.file).startswith("STWS:") else args.file
    if not str(source).startswith("STWS:") and not Path(source).is_file():
        print(say(args, QT_TRANSLATE_NOOP("cli", "{path}: no such file"), path=source), file=sys.stderr)
        return EXIT_FAILED
    ws = open_from_args(args)
    try:
        result = actions.verify_printed(ws, source)
    finally:
        ws.close()
    if result is None:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{path}: not a ledger printed by the workstation (no seal in it)"), path=source), file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        print_json({"doc_no": result.doc_no, "kind": result.kind, "printed_at": result.printed_at,
                    "operator": result.operator, "known": result.known, "genuine": result.genuine,
                    "matches": result.matches, "added": list(result.added), "removed": list(result.removed),
                    "changed": list(result.changed)})
        return EXIT_OK if result.matches else EXIT_REJECTED
    if not result.known:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{doc}: no such printed ledger in this database"), doc=result.doc_no))
    elif not result.genuine:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{doc}: the digest on the paper is not the one recorded when it was printed ({at}, {by}): the paper was altered or not printed here"),
                  doc=result.doc_no, at=result.printed_at, by=result.operator))
    elif result.matches:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{doc} printed {at} by {by}: matches the database"), doc=result.doc_no, at=result.printed_at, by=result.operator))
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{doc} printed {at} by {by}: differs from the database"), doc=result.doc_no, at=result.printed_at, by=result.operator))
        for label, keys in ((QT_TRANSLATE_NOOP("cli", "changed"), result.changed), (QT_TRANSLATE_NOOP("cli", "added since"), result.added),
                            (QT_TRANSLATE_NOOP("cli", "removed since"), result.removed)):
            if keys:
                print(f"  {say(args, label)}: {len(keys)}: {_keys(keys)}")
    return EXIT_OK if result.matches else EXIT_REJECTED
