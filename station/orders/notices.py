"""Issuing a document: gather what it prints (the content), number it, render it once, store the PDF.

The content is a canonical JSON of everything printed; its sha256 goes into the QR code with the notice's
number (a PDF cannot hold its own hash, so the code carries the content's, and the stored row keeps the
PDF's sha256 beside it). A reprint is the stored bytes, never a new rendering.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Attachment, BillingCase, Customer, Finding, Notice, User, WorkOrder, WorkOrderTarget
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import history, states
from station.orders.numbering import format_number, next_seq
from station.orders.vocab import (
    ATTACHMENT_ZH,
    FINDING_CATEGORY_ZH,
    KIND_ZH,
    NOTICE_KINDS,
    NOTICE_PREFIX,
    RESULT_ZH,
    SIGNATURE_ZH,
    SOURCE_ZH,
)

QR_PREFIX = "SGNOTICE"


def qr_payload(number: str, content_sha256: str) -> str:
    """What the QR code of a notice holds: SGNOTICE|<number>|<sha256 of the content>."""
    return f"{QR_PREFIX}|{number}|{content_sha256}"


def canonical(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def content_hash(content_json: str) -> str:
    return hashlib.sha256(content_json.encode("utf-8")).hexdigest()


def _d(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, dt.datetime) else value.isoformat()


def _findings(session: Session, order: WorkOrder) -> list[dict[str, Any]]:
    names = FINDING_CATEGORY_ZH
    rows = session.execute(select(Finding, Customer.account_no).outerjoin(Customer, Customer.id == Finding.customer_id)
                           .where(Finding.order_id == order.id, Finding.status != states.VOIDED)
                           .order_by(Finding.id)).all()
    return [{"id": f.id, "account_no": acc or "", "category": names.get(f.category, f.category),
             "location": f.location, "description": f.description, "rule": f.rule_cited,
             "requirement": f.requirement, "rectify_by": _d(f.rectify_by), "deadline_source": f.deadline_source}
            for f, acc in rows]


def _cases(session: Session, order: WorkOrder, only: BillingCase | None) -> list[dict[str, Any]]:
    query = select(BillingCase).where(BillingCase.order_id == order.id,
                                      BillingCase.status != states.C_CANCELLED).order_by(BillingCase.id)
    cases = [only] if only is not None else list(session.scalars(query))
    return [{"number": c.number, "kind": c.calc_kind, "rule": c.rule, "edition": c.edition, "kwh": str(c.kwh),
             "amount": str(c.amount), "penalty": str(c.penalty), "total": str(c.total), "status": c.status,
             "approved_by": c.approved_by or "", "approved_at": _d(c.approved_at),
             "working": json.loads(c.working or "{}").get("zh_CN", []), "inputs": json.loads(c.inputs or "{}"),
             "created_by": c.created_by, "created_at": _d(c.created_at)} for c in cases]


def _targets(session: Session, order: WorkOrder) -> list[dict[str, Any]]:
    rows = session.execute(select(WorkOrderTarget, Customer).outerjoin(Customer, Customer.id == WorkOrderTarget.customer_id)
                           .where(WorkOrderTarget.order_id == order.id).order_by(WorkOrderTarget.id)).all()
    return [{"account_no": c.account_no if c else "", "name": c.name if c else "", "address": c.address if c else "",
             "voltage_level": c.voltage_level if c else "", "tariff_category": c.tariff_category if c else "",
             "drop_start": t.drop_start or "", "score": "" if t.scan_score is None else str(t.scan_score),
             "result": RESULT_ZH.get(t.result or "", ""), "signature": SIGNATURE_ZH.get(t.signature or "", ""),
             "witness": t.witness or ""} for t, c in rows]


def gather(session: Session, order: WorkOrder, kind: str, operator: str, number: str, issued_at: dt.datetime,
           case: BillingCase | None = None) -> dict[str, Any]:
    """Everything the document prints, as plain text and numbers."""
    from station import settings
    from station.orders.service import inspector_names
    from station.rule_settings.store import load_rules

    names = inspector_names(session, order.id)
    users = {u.name: u for u in session.scalars(select(User).where(User.name.in_(names)))} if names else {}
    evidence = [{"kind": ATTACHMENT_ZH.get(a.kind, a.kind), "file": a.file_name, "sha256": a.sha256[:16]}
                for a in session.scalars(select(Attachment).where(Attachment.order_id == order.id)
                                         .order_by(Attachment.id))]
    return {
        "number": number, "kind": kind, "title": NOTICE_KINDS[kind],
        "station": str(settings.get(session, "station.name") or ""),
        "order": {"number": order.number, "kind": KIND_ZH.get(order.kind, order.kind),
                  "source": SOURCE_ZH.get(order.source, order.source), "scan_month": order.scan_month or "",
                  "planned_on": _d(order.planned_on), "due_on": _d(order.due_on), "approver": order.approver or "",
                  "approved_at": _d(order.approved_at), "started_at": _d(order.started_at),
                  "reported_at": _d(order.reported_at), "created_by": order.created_by,
                  "status": states.ORDER_STATE_ZH.get(order.status, order.status), "note": order.note},
        "inspectors": [{"name": n, "cert_no": users[n].cert_no or "" if n in users else "",
                        "cert_grade": users[n].cert_grade or "" if n in users else ""} for n in names],
        "targets": _targets(session, order),
        "findings": _findings(session, order),
        "cases": _cases(session, order, case),
        "evidence": evidence,
        "issued_by": operator, "issued_at": _d(issued_at),
        "report_within_days": int(load_rules(session)["orders.theft_report_within_days"]),
    }


def _kind_problems(order: WorkOrder, kind: str, case: BillingCase | None) -> list[Problem]:
    if kind not in NOTICE_KINDS:
        return [Problem("kind", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"), value=kind,
                                    allowed=", ".join(NOTICE_KINDS)), kind, "invalid")]
    if kind == "case-sheet" and case is None:
        return [Problem("case", msg(QT_TRANSLATE_NOOP("station", "Name the case this sheet is of")), "", "required")]
    if kind != "work-sheet" and order.status in (states.DRAFT, states.PENDING, states.DISPATCHED):
        return [states.state_problem(order.status, "notice", states.ORDER_STATE_NAMES)]
    return []


def issue(session: Session, order: WorkOrder, kind: str, operator: str, *, case_number: str | None = None
          ) -> tuple[Notice, str | None]:
    """Number, render and store one document of `order`; (the notice, its case's number)."""
    from station.orders.cases import get_case
    from station.orders.documents import render, theft_acts, theft_cases
    from station.orders.findings import notify_open

    case = get_case(session, case_number, order) if case_number else None
    problems = _kind_problems(order, kind, case)
    if problems:
        raise Rejected(problems)
    issued_at = dt.datetime.now().replace(microsecond=0)
    year = issued_at.year
    seq = next_seq(session, Notice.year, Notice.seq, year, Notice.kind == kind)
    number = format_number(NOTICE_PREFIX[kind], year, seq)
    content = gather(session, order, kind, operator, number, issued_at, case)
    if kind == "evidence":
        from station.orders.evidence import evidence_content

        content["record"] = evidence_content(session, order)
    if kind == "theft" and not theft_cases(content) and not theft_acts(content):
        raise Rejected([Problem("kind", msg(QT_TRANSLATE_NOOP(
            "station", "No theft or violation finding or case on this order: nothing to notify")), kind,
            "nothing")])
    if kind == "rectify" and not content["findings"]:
        raise Rejected([Problem("kind", msg(QT_TRANSLATE_NOOP(
            "station", "No finding on this order: nothing to rectify")), kind, "nothing")])
    text = canonical(content)
    digest = content_hash(text)
    pdf, pages = render(content, qr_payload(number, digest), issued_at)
    notice = Notice(number=number, kind=kind, year=year, seq=seq, order_id=order.id,
                    case_id=case.id if case else None, content=text, content_sha256=digest,
                    pdf_sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf, pages=pages, issued_by=operator,
                    issued_at=issued_at)
    session.add(notice)
    session.flush()
    history.record(session, order_id=order.id, number=order.number, entity="notice", entity_id=notice.id,
                   action="issue", operator=operator, from_state=None, to_state=None,
                   details={"notice": number, "kind": kind, "pdf_sha256": notice.pdf_sha256})
    if kind in ("result", "rectify"):
        notify_open(session, order, operator)
    return notice, case.number if case else None


def get_notice(session: Session, number: str) -> tuple[Notice, str, str | None]:
    """(the notice, its order's number, its case's number)."""
    notice = session.scalars(select(Notice).where(Notice.number == number.strip())).first()
    if notice is None:
        raise Rejected([Problem("notice", msg(QT_TRANSLATE_NOOP("station", "No notice {value}"), value=number),
                                number, "unknown")])
    order_number = session.scalar(select(WorkOrder.number).where(WorkOrder.id == notice.order_id)) or ""
    case_no = session.scalar(select(BillingCase.number).where(BillingCase.id == notice.case_id)) \
        if notice.case_id else None
    return notice, order_number, case_no
