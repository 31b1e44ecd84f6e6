"""`station audit run`: the record audit (档案稽查) over the ledgers, findings grouped by check."""

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
from station.i18n import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_REJECTED = 0, 3


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from station.record_audit import CHECKS

    p = sub.add_parser("audit", help=QT_TRANSLATE_NOOP("cli", "record audit (档案稽查): checks over the ledgers"))
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    run = asub.add_parser("run", help=QT_TRANSLATE_NOOP("cli", "run the checks (each a rule setting audit.CHECK with its source and "
                                      "severity; `off` skips it unless named with --rule)"))
    run.add_argument("--rule", action="append", choices=[c.code for c in CHECKS], metavar="CHECK",
                     help=QT_TRANSLATE_NOOP("cli", "only this check (repeatable): %(choices)s"))
    run.add_argument("--on", type=dt.date.fromisoformat, help=QT_TRANSLATE_NOOP("cli", "as of this day (default today)"))
    run.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_lang_option(run)
    add_db_options(run)
    run.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.domain.problems import Rejected
    from station.i18n import msg

    lang = lang_of(args)
    ws = open_from_args(args)
    try:
        report = actions.run_record_audit(ws, args.on, args.rule)
    except Rejected as exc:
        for p in exc.problems:
            print(f"{p.field}: {p.message.in_language(lang)}", file=sys.stderr)
        return EXIT_REJECTED
    finally:
        ws.close()
    if args.json:
        print_json({"on": report.on, "total": report.total, "skipped": list(report.skipped), "checks": [
            {"check": r.check, "title": msg(r.title).in_language(lang), "severity": r.severity, "source": r.source,
             "count": len(r.hits), "hits": [
                 {"entity": h.entity, "id": h.entity_id, "key": h.key, "account_no": h.account_no, "name": h.name,
                  "area": h.area_code, "problem": h.problem.in_language(lang)} for h in r.hits]}
            for r in report.results]})
        return EXIT_OK
    print_table([QT_TRANSLATE_NOOP("cli", "check"), QT_TRANSLATE_NOOP("cli", "severity"), QT_TRANSLATE_NOOP("cli", "count"), QT_TRANSLATE_NOOP("cli", "title")],
                [[r.check, r.severity, len(r.hits), msg(r.title).in_language(lang)] for r in report.results])
    for r in report.results:
        if r.hits:
            print(f"\n== {msg(r.title).in_language(lang)} ({len(r.hits)}) — {r.source}")
            print_table([QT_TRANSLATE_NOOP("cli", "key"), QT_TRANSLATE_NOOP("cli", "account no."), QT_TRANSLATE_NOOP("cli", "customer"), QT_TRANSLATE_NOOP("cli", "area"), QT_TRANSLATE_NOOP("cli", "problem")],
                        [[h.key, h.account_no, h.name, h.area_code, h.problem.in_language(lang)] for h in r.hits])
    return EXIT_OK
