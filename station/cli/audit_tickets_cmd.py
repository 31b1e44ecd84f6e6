"""`station audit tickets list|show|raise|order|assign|start|reply|return|verify|close`: 稽查工作传票 (issue 11).

A ticket is raised for a stored finding (`station audit run --json` gives each hit's `finding` id). Chinese by
default (--lang en); exit 3 with every reason on stderr when a rule refuses.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from station.cli.common import EXIT_OK, call, command, lang_of, print_json, print_table
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP


def register(asub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from station.audit_tickets import states
    from station.audit_tickets.service import ORDER_KINDS

    p = asub.add_parser("tickets", help=QT_TRANSLATE_NOOP("cli", "audit tickets (稽查工作传票) raised for the audit's findings"))
    tsub = p.add_subparsers(dest="tickets_command", metavar="ACTION")
    tsub.required = True
    ls = command(tsub, "list", QT_TRANSLATE_NOOP("cli", "the tickets, nearest reply deadline first"), _list)
    ls.add_argument("--state", choices=[*states.STATES, "open"], help=QT_TRANSLATE_NOOP("cli", "only this state (open: not closed)"))
    ls.add_argument("--mine", action="store_true", help=QT_TRANSLATE_NOOP("cli", "only those the acting user answers"))
    ls.add_argument("--overdue", action="store_true", help=QT_TRANSLATE_NOOP("cli", "only those past their reply deadline, not replied"))
    sh = command(tsub, "show", QT_TRANSLATE_NOOP("cli", "one ticket with its history and next steps"), _show)
    sh.add_argument("number")
    rs = command(tsub, "raise", QT_TRANSLATE_NOOP("cli", "raise a ticket for each --finding; prints the numbers"), _raise)
    rs.add_argument("--finding", type=int, action="append", required=True, metavar="ID",
                    help=QT_TRANSLATE_NOOP("cli", "a stored finding's id (repeatable)"))
    rs.add_argument("--to", default="", metavar="USER", help=QT_TRANSLATE_NOOP("cli", "the responsible person (assigned at once)"))
    rs.add_argument("--due", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                    help=QT_TRANSLATE_NOOP("cli", "reply deadline (default: the rule audit.ticket_reply_days)"))
    rs.add_argument("--theme", default="", help=QT_TRANSLATE_NOOP("cli", "the ticket's theme (default: the check's title)"))
    rs.add_argument("--order", default="", metavar="NUMBER", help=QT_TRANSLATE_NOOP("cli", "a desk work order it belongs to"))
    order = command(tsub, "order", QT_TRANSLATE_NOOP("cli", "raise the ticket's work order (a desk re-check, or a check on site); prints its number"), _order)
    order.add_argument("number")
    order.add_argument("--kind", default="record-audit", choices=list(ORDER_KINDS),
                       help=QT_TRANSLATE_NOOP("cli", "record-audit: a desk re-check of the record; special: a check on site"))
    order.add_argument("--version", type=int, help=QT_TRANSLATE_NOOP("cli", "the version you saw (refused when it changed since)"))
    _move(tsub, "assign", QT_TRANSLATE_NOOP("cli", "name the responsible person")).add_argument("--to", required=True, metavar="USER")
    _move(tsub, "start", QT_TRANSLATE_NOOP("cli", "the responsible person starts the check"))
    reply = _move(tsub, "reply", QT_TRANSLATE_NOOP("cli", "the responsible person's reply, with its coded result"))
    reply.add_argument("--result", required=True, choices=list(states.RESULTS))
    reply.add_argument("--text", required=True, help=QT_TRANSLATE_NOOP("cli", "what was checked and found"))
    _move(tsub, "return", QT_TRANSLATE_NOOP("cli", "return a weak reply (one more round)")).add_argument("--reason", required=True)
    verify = _move(tsub, "verify", QT_TRANSLATE_NOOP("cli", "the supervisor's verdict on the reply: confirmed 查实 or unconfirmed 未查实"))
    verify.add_argument("--verdict", required=True, choices=list(states.VERDICTS))
    verify.add_argument("--liable", default="", help=QT_TRANSLATE_NOOP("cli", "who is responsible for the error (needed when confirmed)"))
    verify.add_argument("--note", default="")
    _move(tsub, "close", QT_TRANSLATE_NOOP("cli", "close a verified ticket, or one whose finding closed (the record was corrected)"))


def _move(tsub: Any, action: str, text: str) -> argparse.ArgumentParser:
    p = command(tsub, action, text, _do_move)
    p.add_argument("number")
    p.add_argument("--version", type=int, help=QT_TRANSLATE_NOOP("cli", "the version you saw (refused when it changed since)"))
    p.set_defaults(ticket_action=action)
    return p


def _text(template: str | None, lang: str) -> str:
    from station.i18n import msg

    return msg(template).in_language(lang) if template else ""


def _ticket_json(t: Any, lang: str) -> dict[str, Any]:
    from station.audit_tickets import states

    return {"number": t.number, "theme": t.theme or _text(t.check_title, lang), "check": t.check,
            "entity": t.entity, "object": t.object_key, "account_no": t.account_no, "area": t.area_code,
            "problem": t.problem.in_language(lang), "responsible": t.responsible, "reply_by": t.reply_by,
            "reply_by_source": t.reply_by_source, "state": t.status,
            "state_name": _text(states.STATE_NAMES.get(t.status), lang), "rounds": t.rounds, "result": t.result,
            "reply": t.reply, "reason": t.reason, "verdict": t.verdict, "liable": t.liable,
            "finding": t.finding_id, "finding_closed": t.finding_closed, "order": t.order_number,
            "overdue": t.overdue, "version": t.version}


def _list(args: argparse.Namespace) -> int:
    from station import actions
    from station.audit_tickets import states
    from station.audit_tickets.rows import TicketFilter

    lang = lang_of(args)
    code, rows = call(args, lambda ws: actions.load_tickets(ws, TicketFilter(
        status=args.state, responsible=ws.operator if args.mine else None, overdue=args.overdue)))
    if code:
        return code
    if args.json:
        print_json([_ticket_json(t, lang) for t in rows])
        return EXIT_OK
    print_table(["编号", "状态", "对象", "稽查主题", "责任人", "回复期限", "轮次", "逾期"],
                [[t.number, _text(states.STATE_NAMES.get(t.status), lang), t.object_key,
                  t.theme or _text(t.check_title, lang), t.responsible or "", t.reply_by, t.rounds,
                  "是" if t.overdue else ""] for t in rows])
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from station import actions
    from station.audit_tickets import states

    lang = lang_of(args)
    code, detail = call(args, lambda ws: actions.load_ticket(ws, args.number))
    if code:
        return code
    steps = [{"action": s.action, "name": _text(states.STEP_NAMES.get(s.action), lang), "allowed": s.allowed,
              "missing": [p.message.in_language(lang) for p in s.missing]} for s in detail.steps]
    events = [{"action": e.action, "from": e.from_state, "to": e.to_state, "reason": e.reason,
               "operator": e.operator, "at": e.at} for e in detail.events]
    if args.json:
        print_json({**_ticket_json(detail.ticket, lang), "history": events, "steps": steps})
        return EXIT_OK
    for key, value in _ticket_json(detail.ticket, lang).items():
        print(f"{key}: {'' if value is None else value}")
    print()
    print_table(["时间", "操作", "从", "到", "操作人", "原因"],
                [[e["at"].strftime("%Y-%m-%d %H:%M"), e["action"], e["from"] or "", e["to"] or "", e["operator"],
                  e["reason"]] for e in events])
    print()
    for s in steps:
        print(f"{s['name']}: " + ("可以" if s["allowed"] else "；".join(s["missing"])))
    return EXIT_OK


def _raise(args: argparse.Namespace) -> int:
    from station import actions
    from station.audit_tickets.rows import TicketDraft

    drafts = [TicketDraft(f, responsible=args.to, reply_by=args.due, theme=args.theme, order_number=args.order)
              for f in args.finding]
    code, rows = call(args, lambda ws: actions.raise_tickets(ws, drafts))
    if code:
        return code
    print_json([_ticket_json(t, lang_of(args)) for t in rows]) if args.json else print(
        "\n".join(f"{t.number} {t.object_key} {t.reply_by}" for t in rows))
    return EXIT_OK


def _do_move(args: argparse.Namespace) -> int:
    from station import actions
    from station.audit_tickets import states

    given = states.TicketInput(responsible=getattr(args, "to", "") or "", result=getattr(args, "result", "") or "",
                               reply=getattr(args, "text", "") or "", reason=getattr(args, "reason", "") or "",
                               verdict=getattr(args, "verdict", "") or "", liable=getattr(args, "liable", "") or "",
                               note=getattr(args, "note", "") or "")
    lang = lang_of(args)
    code, row = call(args, lambda ws: actions.move_ticket(ws, args.number, args.ticket_action, given,
                                                           version=args.version))
    if code:
        return code
    if args.json:
        print_json(_ticket_json(row, lang))
    else:
        print(f"{row.number}: {_text(states.STATE_NAMES.get(row.status), lang)}")
    return EXIT_OK


def _order(args: argparse.Namespace) -> int:
    from station import actions

    code, row = call(args, lambda ws: actions.raise_ticket_order(ws, args.number, args.kind, version=args.version))
    if code:
        return code
    if args.json:
        print_json(_ticket_json(row, lang_of(args)))
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{ticket}: work order {order}"), ticket=row.number,
                  order=row.order_number))
    return EXIT_OK
