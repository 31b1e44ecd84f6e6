"""`station audit run`: the record audit (档案稽查) over the ledgers, findings grouped by check."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from station.cli.common import EXIT_OK, call, command, lang_of, print_json, print_table
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from station.record_audit import CHECKS

    p = sub.add_parser("audit", help=QT_TRANSLATE_NOOP("cli", "record audit (档案稽查): checks over the ledgers"))
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    run = command(asub, "run", QT_TRANSLATE_NOOP("cli", "run the checks (each a rule setting audit.CHECK with its source and "
                                                 "severity; `off` skips it unless named with --rule)"), _run)
    run.add_argument("--rule", action="append", choices=[c.code for c in CHECKS], metavar="CHECK",
                     help=QT_TRANSLATE_NOOP("cli", "only this check (repeatable): %(choices)s"))
    run.add_argument("--on", type=dt.date.fromisoformat, help=QT_TRANSLATE_NOOP("cli", "as of this day (default today)"))
    from station.cli import audit_tickets_cmd

    audit_tickets_cmd.register(asub)


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.i18n import msg

    lang = lang_of(args)
    code, report = call(args, lambda ws: actions.run_record_audit(ws, args.on, args.rule))
    if code:
        return code
    from station.audit_tickets.findings import idents

    rec = report.recorded
    ids = rec.finding_ids if rec else {}
    if args.json:
        print_json({"on": report.on, "total": report.total, "skipped": list(report.skipped), "recorded": None if
                    rec is None else {"run": rec.run_id, "opened": rec.opened, "closed": rec.closed,
                                      "look_back": rec.look_back}, "checks": [
            {"check": r.check, "title": msg(r.title).in_language(lang), "severity": r.severity, "source": r.source,
             "count": len(r.hits), "hits": [
                 {"entity": h.entity, "id": h.entity_id, "key": h.key, "account_no": h.account_no, "name": h.name,
                  "area": h.area_code, "problem": h.problem.in_language(lang), "finding": ids.get(i)}
                 for i, h in zip(idents(r.hits), r.hits, strict=True)]}
            for r in report.results]})
        return EXIT_OK
    print_table([QT_TRANSLATE_NOOP("cli", "check"), QT_TRANSLATE_NOOP("cli", "severity"), QT_TRANSLATE_NOOP("cli", "count"), QT_TRANSLATE_NOOP("cli", "title")],
                [[r.check, r.severity, len(r.hits), msg(r.title).in_language(lang)] for r in report.results])
    for r in report.results:
        if r.hits:
            print(f"\n== {msg(r.title).in_language(lang)} ({len(r.hits)}) — {r.source}")
            print_table([QT_TRANSLATE_NOOP("cli", "finding"), QT_TRANSLATE_NOOP("cli", "key"), QT_TRANSLATE_NOOP("cli", "account no."),
                         QT_TRANSLATE_NOOP("cli", "customer"), QT_TRANSLATE_NOOP("cli", "area"), QT_TRANSLATE_NOOP("cli", "problem")],
                        [[ids.get(i, ""), h.key, h.account_no, h.name, h.area_code, h.problem.in_language(lang)]
                         for i, h in zip(idents(r.hits), r.hits, strict=True)])
    if rec is not None:
        print(f"\n{_recorded_text(rec, lang)}")
    return EXIT_OK


def _recorded_text(rec: Any, lang: str) -> str:
    from station.i18n import QT_TRANSLATE_NOOP, msg

    if rec.look_back:
        return msg(QT_TRANSLATE_NOOP("station", "A look back (before the last recorded run): nothing recorded"))\
            .in_language(lang)
    return msg(QT_TRANSLATE_NOOP("station", "Findings: {opened} new, {closed} closed (data corrected)"),
               opened=rec.opened, closed=rec.closed).in_language(lang)
