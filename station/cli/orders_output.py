"""What `station orders …` prints: the order list, one order's form and a step's outcome, in the CLI's language.

Kinds, sources, states, results, signatures and finding categories are shown by their names from the one
catalogue (station.orders.vocab, station.orders.states); the command names a user types next (`submit`,
`approve` …), case calculators and notice kinds stay as the codes the commands take. `--json` prints codes.
"""

from __future__ import annotations

import argparse
from typing import Any

from station.cli.common import print_table
from station.cli.lang import lang_in, say
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import states, vocab

_LIST_HEADERS = [
    QT_TRANSLATE_NOOP("cli", "number"), QT_TRANSLATE_NOOP("cli", "kind"), QT_TRANSLATE_NOOP("cli", "source"),
    QT_TRANSLATE_NOOP("cli", "status"), QT_TRANSLATE_NOOP("cli", "customers"), QT_TRANSLATE_NOOP("cli", "inspectors"),
    QT_TRANSLATE_NOOP("cli", "due"), QT_TRANSLATE_NOOP("cli", "overdue"),
]  # fmt: skip

#: The fields of a step's outcome (an order, a finding, an attachment) → their label.
_OUTCOME_LABELS = {
    "number": QT_TRANSLATE_NOOP("cli", "number"),
    "status": QT_TRANSLATE_NOOP("cli", "status"),
    "id": QT_TRANSLATE_NOOP("cli", "id"),
    "sha256": QT_TRANSLATE_NOOP("cli", "sha256"),
}


def name_of(args: argparse.Namespace, table: dict[str, str], code: str | None) -> str:
    """The name of `code` in one of the core's tables (context "station") in the CLI's language; else the code."""
    if not code:
        return "-"
    text = table.get(code)
    return msg(text).in_language(lang_in(args)) if text else code


def print_orders(args: argparse.Namespace, rows: list[Any]) -> None:
    print_table(_LIST_HEADERS, [
        [r.number, name_of(args, vocab.KINDS, r.kind), name_of(args, vocab.SOURCES, r.source),
         name_of(args, states.ORDER_STATE_NAMES, r.status), " ".join(r.customers), " ".join(r.inspectors), r.due_on,
         "!" if r.overdue else ""]
        for r in rows
    ])  # fmt: skip


def print_outcome(args: argparse.Namespace, result: Any) -> None:
    """A step's outcome: its number, status, id, digest, each labelled."""
    shown = []
    for field, label in _OUTCOME_LABELS.items():
        if not hasattr(result, field):
            continue
        value = getattr(result, field)
        if field == "status":
            value = _any_state(args, value)
        shown.append(f"{say(args, label)}={value}")
    print("  ".join(shown))


def _any_state(args: argparse.Namespace, status: str) -> str:
    for table in (states.ORDER_STATE_NAMES, states.FINDING_STATE_NAMES, states.CASE_STATE_NAMES):
        if status in table:
            return name_of(args, table, status)
    return status


def print_order(args: argparse.Namespace, detail: Any) -> None:
    """The order form: the order, its targets, findings, cases, notices and the steps it offers next."""
    o = detail.order
    print(say(args, QT_TRANSLATE_NOOP("cli", "{number}  {kind}  {source}  {status}  inspectors: {inspectors}"),
              number=o.number, kind=name_of(args, vocab.KINDS, o.kind), source=name_of(args, vocab.SOURCES, o.source),
              status=name_of(args, states.ORDER_STATE_NAMES, o.status), inspectors=", ".join(o.inspectors)))  # fmt: skip
    for t in detail.targets:
        print(say(args, QT_TRANSLATE_NOOP("cli", "  target {account} {name} {voltage}  {result} {signature}"),
                  account=t.account_no, name=t.name, voltage=t.voltage_level,
                  result=name_of(args, vocab.RESULTS, t.result), signature=name_of(args, vocab.SIGNATURES, t.signature)))  # fmt: skip
    for f in detail.findings:
        overdue = say(args, QT_TRANSLATE_NOOP("cli", " OVERDUE")) if f.overdue else ""
        print(say(args, QT_TRANSLATE_NOOP("cli", "  finding {id} {category} {status} by {by}"), id=f.id,
                  category=name_of(args, vocab.FINDING_CATEGORIES, f.category),
                  status=name_of(args, states.FINDING_STATE_NAMES, f.status), by=f.rectify_by) + overdue)  # fmt: skip
    for c in detail.cases:
        print(say(args, QT_TRANSLATE_NOOP("cli", "  case {number} {kind} {status} total {total}"), number=c.number,
                  kind=c.calc_kind, status=name_of(args, states.CASE_STATE_NAMES, c.status), total=c.total))  # fmt: skip
    for n in detail.notices:
        print(say(args, QT_TRANSLATE_NOOP("cli", "  notice {number} {kind} sha256 {sha}"), number=n.number,
                  kind=n.kind, sha=n.pdf_sha256[:16]))  # fmt: skip
    lang = lang_in(args)
    for s in detail.steps:
        why = "; ".join(p.message.in_language(lang) for p in s.missing)
        print(say(args, QT_TRANSLATE_NOOP("cli", "  next {action}: {state}"), action=s.action,
                  state=say(args, QT_TRANSLATE_NOOP("cli", "ok")) if s.allowed else why))  # fmt: skip
