"""`station orders new|submit|approve|start|report|close|cancel|return|finding|recheck|extend|void|follow-up|case|amend|
approve-case|serve|settle|notice|reprint|attach|list|show`: work orders from the command line (issue 10).

Thin: each sub-command parses its options and calls one action of station.actions.orders. `new` prints
{"number": …} and `case` prints {"case": …} (JSON, always); every command takes --db, --operator and --json;
a rule's refusal exits 3 with each reason on stderr (Chinese by default, `--lang en`).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from station.cli.common import (
    add_db_options,
    add_lang_option,
    open_from_args,
    print_json,
    translate_of,
)
from station.cli.lang import say
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP
from station.orders.vocab import ATTACHMENT_KINDS, KINDS, NOTICE_KINDS, RESULTS, SIGNATURES, SOURCES

Run = Callable[[Any, Any], Any]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): {text!r}"), text=text)) from None


def _options(p: argparse.ArgumentParser) -> None:
    add_db_options(p)
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print JSON"))
    add_lang_option(p)


def _cmd(osub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_: str, run: Run, *,
         number: bool = True) -> argparse.ArgumentParser:
    p = osub.add_parser(name, help=help_)
    if number:
        p.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "the order's number, e.g. GD2026-0001"))
    _options(p)
    p.set_defaults(func=lambda args: _call(args, run))
    return p


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("orders", help=QT_TRANSLATE_NOOP("cli", "work orders (工单): findings, cases, notices"))
    osub = p.add_subparsers(dest="orders_command", metavar="ACTION")
    osub.required = True
    new = _cmd(osub, "new", QT_TRANSLATE_NOOP("cli", "a new order (draft); prints {\"number\": …}"), _new, number=False)
    new.add_argument("--kind", required=True, choices=list(KINDS))
    new.add_argument("--customer", action="append", default=[], metavar="ACCOUNT", help=QT_TRANSLATE_NOOP("cli", "repeat for several"))
    new.add_argument("--source", choices=list(SOURCES), default="manual")
    new.add_argument("--scan-month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "the 电量突降 scan the suspects come from"))
    new.add_argument("--inspector", action="append", default=[], metavar="NAME", help=QT_TRANSLATE_NOOP("cli", "repeat: two on site"))
    new.add_argument("--due", type=_date, help=QT_TRANSLATE_NOOP("cli", "deadline, YYYY-MM-DD"))
    new.add_argument("--planned", type=_date, help=QT_TRANSLATE_NOOP("cli", "planned date, YYYY-MM-DD"))
    new.add_argument("--area", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "a 台区 (an order from the line-loss list)"))
    new.add_argument("--note", default="")
    _cmd(osub, "submit", QT_TRANSLATE_NOOP("cli", "draft → pending approval"), lambda a, ws: a.submit_order(ws, _n(ws)))
    _cmd(osub, "approve", QT_TRANSLATE_NOOP("cli", "pending → dispatched (a supervisor, not one of its inspectors)"),
         lambda a, ws: a.approve_order(ws, _n(ws)))
    _cmd(osub, "start", QT_TRANSLATE_NOOP("cli", "dispatched → on site (two certified inspectors)"), lambda a, ws: a.start_order(ws, _n(ws)))
    for name, help_ in (("report", QT_TRANSLATE_NOOP("cli", "on site → reported, with each target's result and signature (or those "
                                   "recorded with `result`)")),
                        ("result", QT_TRANSLATE_NOOP("cli", "record one target's result and signature, without reporting yet"))):
        rep = _cmd(osub, name, help_, _report)
        rep.add_argument("--result", required=name == "result", choices=list(RESULTS))
        rep.add_argument("--signature", required=name == "result", choices=list(SIGNATURES))
        rep.add_argument("--witness", help=QT_TRANSLATE_NOOP("cli", "who saw the customer refuse to sign"))
        rep.add_argument("--customer", metavar="ACCOUNT", help=QT_TRANSLATE_NOOP("cli", "one target only (default: every target)"))
    _cmd(osub, "close", QT_TRANSLATE_NOOP("cli", "reported → closed (no open finding or case, evidence complete)"),
         lambda a, ws: a.close_order(ws, _n(ws)))
    for name, help_, fn in (("cancel", QT_TRANSLATE_NOOP("cli", "cancel before on site, with a reason"), "cancel_order"),
                            ("return", QT_TRANSLATE_NOOP("cli", "send back (to draft, or to on site) with a reason"), "return_order")):
        c = _cmd(osub, name, help_, _with_reason(fn))
        c.add_argument("--reason", required=True)
    _findings(osub)
    _cases(osub)
    _documents(osub)
    ls = _cmd(osub, "list", QT_TRANSLATE_NOOP("cli", "list orders"), _list, number=False)
    ls.add_argument("--status")
    ls.add_argument("--kind", choices=list(KINDS))
    ls.add_argument("--source", choices=list(SOURCES))
    ls.add_argument("--overdue", action="store_true", help=QT_TRANSLATE_NOOP("cli", "past due, or a finding past its deadline"))
    ls.add_argument("--mine", action="store_true", help=QT_TRANSLATE_NOOP("cli", "orders where the operator is an inspector"))
    _cmd(osub, "show", QT_TRANSLATE_NOOP("cli", "one order: targets, findings, cases, notices, history, next steps"), _show)


def _findings(osub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    f = _cmd(osub, "finding", QT_TRANSLATE_NOOP("cli", "record a finding; prints {\"finding\": id}"), _finding)
    f.add_argument("--category", required=True, help=QT_TRANSLATE_NOOP("cli", "metering, wiring, faulty-meter, violation, theft, hazard …"))
    f.add_argument("--text", required=True)
    f.add_argument("--rectify-by", type=_date, help=QT_TRANSLATE_NOOP("cli", "default: the category's deadline rule"))
    f.add_argument("--customer", metavar="ACCOUNT")
    f.add_argument("--location", default="", help=QT_TRANSLATE_NOOP("cli", "e.g. 配电室 (hazards)"))
    f.add_argument("--rule", default="", help=QT_TRANSLATE_NOOP("cli", "the rule cited"))
    f.add_argument("--requirement", default="")
    r = _cmd(osub, "recheck", QT_TRANSLATE_NOOP("cli", "re-check a finding"), _recheck)
    r.add_argument("finding", type=int)
    verdict = r.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--passed", action="store_true")
    verdict.add_argument("--failed", action="store_true")
    r.add_argument("--rectify-by", type=_date, help=QT_TRANSLATE_NOOP("cli", "after a failed re-check: the new deadline"))
    r.add_argument("--escalate", action="store_true",
                   help=QT_TRANSLATE_NOOP("cli", "with --failed: escalate to the supervisor (also after N failures, a rule setting)"))
    r.add_argument("--note", default="")
    u = _cmd(osub, "follow-up", QT_TRANSLATE_NOOP("cli", "an escalated finding: raise a follow-up order (a supervisor); prints "
             "{\"number\": …}"), lambda a, ws: {"number": a.follow_up_finding(
                 ws, _n(ws), _args(ws).finding, _args(ws).kind, _args(ws).reason).number})
    u.add_argument("finding", type=int)
    u.add_argument("--kind", choices=list(KINDS), help=QT_TRANSLATE_NOOP("cli", "default: by the finding's category (hazard: hazard-recheck)"))
    u.add_argument("--reason", required=True)
    e = _cmd(osub, "extend", QT_TRANSLATE_NOOP("cli", "extend a finding's deadline (a supervisor)"), lambda a, ws: a.extend_finding(
        ws, _n(ws), _args(ws).finding, _args(ws).to, _args(ws).reason))
    e.add_argument("finding", type=int)
    e.add_argument("--to", type=_date, required=True)
    e.add_argument("--reason", required=True)
    v = _cmd(osub, "void", QT_TRANSLATE_NOOP("cli", "void a finding (a supervisor)"), lambda a, ws: a.void_finding(
        ws, _n(ws), _args(ws).finding, _args(ws).reason))
    v.add_argument("finding", type=int)
    v.add_argument("--reason", required=True)


def _cases(osub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from station.cli.calc_cmd import add_kinds

    def extra(p: argparse.ArgumentParser) -> None:
        add_db_options(p)
        p.add_argument("--customer", metavar="ACCOUNT", help=QT_TRANSLATE_NOOP("cli", "the target it is for (default: the first)"))

    for name, help_ in (("case", QT_TRANSLATE_NOOP("cli", "compute a back-billing case (the calc kinds and options); prints {\"case\": …}")),
                        ("amend", QT_TRANSLATE_NOOP("cli", "cancel a case and compute its new version (--reason)"))):
        c = osub.add_parser(name, help=help_)
        c.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "the order's number"))
        if name == "amend":
            c.add_argument("case", help=QT_TRANSLATE_NOOP("cli", "the case to replace"))
            c.add_argument("--reason", required=True)
        ksub = c.add_subparsers(dest="calc_kind", metavar="KIND")
        ksub.required = True
        add_kinds(ksub, extra=extra)
        c.set_defaults(orders_case=name)
        for kind_parser in ksub.choices.values():
            kind_parser.set_defaults(func=lambda args: _call(args, _case))
    for name, action, help_ in (("approve-case", "approve", QT_TRANSLATE_NOOP("cli", "approve a case (a supervisor, not its inspector)")),
                                ("serve", "serve", QT_TRANSLATE_NOOP("cli", "the case's notice was served")),
                                ("settle", "settle", QT_TRANSLATE_NOOP("cli", "the customer paid"))):
        s = _cmd(osub, name, help_, _case_step(action))
        s.add_argument("case")
    x = _cmd(osub, "cancel-case", QT_TRANSLATE_NOOP("cli", "cancel a case not yet served, with a reason"), lambda a, ws: a.move_case(
        ws, _n(ws), _args(ws).case, "cancel", reason=_args(ws).reason))
    x.add_argument("case")
    x.add_argument("--reason", required=True)


def _documents(osub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    n = _cmd(osub, "notice", QT_TRANSLATE_NOOP("cli", "issue a document (stored; a QR code of its number and hash)"), lambda a, ws: a.issue_notice(
        ws, _n(ws), _args(ws).kind, _args(ws).output, case_number=_args(ws).case))
    n.add_argument("--kind", required=True, choices=list(NOTICE_KINDS))
    n.add_argument("--case", help=QT_TRANSLATE_NOOP("cli", "with --kind case-sheet: the case"))
    n.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    r = _cmd(osub, "reprint", QT_TRANSLATE_NOOP("cli", "write an issued notice again, byte for byte"), lambda a, ws: a.reprint_notice(
        ws, _args(ws).notice, _args(ws).output), number=False)
    r.add_argument("notice", help=QT_TRANSLATE_NOOP("cli", "the notice's number, e.g. JG2026-0001"))
    r.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    t = _cmd(osub, "attach", QT_TRANSLATE_NOOP("cli", "attach a file (photo, evidence record …)"), lambda a, ws: a.attach_file(
        ws, _n(ws), _args(ws).file, _args(ws).kind, note=_args(ws).note))
    t.add_argument("file")
    t.add_argument("--kind", choices=list(ATTACHMENT_KINDS), help=QT_TRANSLATE_NOOP("cli", "default: photo for images, else other"))
    t.add_argument("--note", default="")


def _with_reason(fn: str) -> Run:
    return lambda a, ws: getattr(a, fn)(ws, _n(ws), _args(ws).reason)


def _case_step(action: str) -> Run:
    return lambda a, ws: a.move_case(ws, _n(ws), _args(ws).case, action)


# --- running -------------------------------------------------------------------------------------------

_ARGS = "_cli_args"


def _args(ws: Any) -> argparse.Namespace:
    return getattr(ws, _ARGS)


def _n(ws: Any) -> str:
    return str(_args(ws).number)


class _Ws:
    """The workspace with the parsed options beside it, so the small lambdas above read both."""

    def __init__(self, ws: Any, args: argparse.Namespace) -> None:
        self._ws, self._cli_args = ws, args

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ws, name)


def _call(args: argparse.Namespace, run: Run) -> int:
    from station import actions

    translate = translate_of(args)
    ws = open_from_args(args)
    try:
        result = run(actions, _Ws(ws, args))
    except Rejected as exc:
        for p in exc.problems:
            print(f"{p.field}: {p.message.text(translate)}", file=sys.stderr)
        return EXIT_REJECTED
    except _UsageError as exc:
        print(say(args, QT_TRANSLATE_NOOP("cli", "station orders: error: {reason}"), reason=exc), file=sys.stderr)
        return EXIT_USAGE
    finally:
        ws.close()
    _print(args, result)
    return EXIT_OK


class _UsageError(Exception):
    pass


def _plain(value: Any) -> Any:
    if isinstance(value, Problem):
        return {"field": value.field, "code": value.code, "message": str(value.message)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _print(args: argparse.Namespace, result: Any) -> None:
    from station.cli.orders_output import print_order, print_orders, print_outcome
    from station.orders.rows import OrderDetail

    if isinstance(result, dict) and ("number" in result or "case" in result or "finding" in result):
        print_json(result)
    elif args.json:
        print_json(_plain(result))
    elif isinstance(result, list):
        print_orders(args, result)
    elif isinstance(result, OrderDetail):
        print_order(args, result)
    elif result is not None:
        print_outcome(args, result)


def _new(actions: Any, ws: Any) -> dict[str, str]:
    from station.orders.rows import OrderDraft, TargetDraft

    a = _args(ws)
    draft = OrderDraft(kind=a.kind, targets=tuple(TargetDraft(c) for c in a.customer), source=a.source,
                       scan_month=a.scan_month, inspectors=tuple(a.inspector), planned_on=a.planned, due_on=a.due,
                       area_code=a.area, note=a.note)
    return {"number": actions.create_order(ws, draft).number}


def _report(actions: Any, ws: Any) -> Any:
    from station.orders.rows import TargetResult

    a = _args(ws)
    if (a.result is None) != (a.signature is None):
        raise _UsageError(say(a, QT_TRANSLATE_NOOP("cli", "give --result and --signature together")))
    results = [TargetResult(a.customer, a.result, a.signature, a.witness)] if a.result else []
    if a.orders_command == "result":
        return actions.record_results(ws, a.number, results)
    return actions.report_order(ws, a.number, results)


def _finding(actions: Any, ws: Any) -> dict[str, int]:
    from station.orders.rows import FindingDraft

    a = _args(ws)
    row = actions.add_finding(ws, a.number, FindingDraft(a.category, a.text, a.customer, a.location, a.rule,
                                                         a.requirement, a.rectify_by))
    return {"finding": row.id}


def _recheck(actions: Any, ws: Any) -> Any:
    a = _args(ws)
    if a.escalate and a.passed:
        raise _UsageError(say(a, QT_TRANSLATE_NOOP("cli", "--escalate goes with --failed")))
    return actions.recheck_finding(ws, a.number, a.finding, bool(a.passed), rectify_by=a.rectify_by, note=a.note,
                                   escalate=a.escalate)


def _case(actions: Any, ws: Any) -> dict[str, str]:
    from station.cli.calc_cmd import CalcUsage, calc_params
    from station.orders.cases import CaseInput

    a = _args(ws)
    try:
        name, params = calc_params(a)
    except CalcUsage as exc:
        raise _UsageError(str(exc)) from None
    changes = tuple(getattr(a, "tariff", None) or ())
    data = CaseInput(name, params, account_no=a.customer, edition=a.edition, tariff_changes=changes)
    if a.orders_case == "amend":
        return {"case": actions.amend_case(ws, a.number, a.case, data, a.reason).number}
    return {"case": actions.open_case(ws, a.number, data).number}


def _list(actions: Any, ws: Any) -> Any:
    from station.orders.rows import OrderFilter

    a = _args(ws)
    return actions.load_orders(ws, OrderFilter(status=a.status, kind=a.kind, source=a.source, overdue=a.overdue,
                                               mine=ws.operator if a.mine else None))


def _show(actions: Any, ws: Any) -> Any:
    return actions.load_order(ws, _n(ws))
