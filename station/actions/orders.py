"""工单 (issue 10): one function per user action on work orders, findings, cases, attachments and notices.

Each write is one transaction that asks the role matrix first (`require`, area orders/findings/cases) and
returns a frozen row made inside it; a refusal is Rejected with every reason (Problem.code from
station.orders.states: not_now, inspectors, cert_grade, self_approval, results_missing, witness, open_items,
evidence, reason, frozen, or not_allowed from the matrix). Orders are named by their number (GD2026-0001),
cases by theirs (AJ2026-0001), findings by id.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.orders.cases import CaseInput
    from station.orders.rows import (
        AttachmentRow,
        CaseRow,
        FindingDraft,
        FindingRow,
        NoticeRow,
        OrderDetail,
        OrderDraft,
        OrderFilter,
        OrderRow,
        TargetResult,
    )


def _row(s, order) -> OrderRow:  # type: ignore[no-untyped-def]
    from station.orders.queries import order_rows

    return order_rows(s, [order.id])[0]


# --- reads ---------------------------------------------------------------------------------------------

def load_orders(ws: Workspace, f: OrderFilter | None = None) -> list[OrderRow]:
    """The orders `f` selects (all when None), newest first."""
    from station.orders.queries import order_ids, order_rows
    from station.orders.rows import OrderFilter

    with ws.sessions() as s:
        return order_rows(s, order_ids(s, f or OrderFilter()))


def load_order_counts(ws: Workspace) -> dict[str, int]:
    """Orders per status, plus "overdue" (for the page's counts and the start page)."""
    from station.orders.queries import order_counts

    with ws.sessions() as s:
        return order_counts(s)


def load_order(ws: Workspace, number: str) -> OrderDetail:
    """The order form: targets, findings (overdue computed), cases, attachments, notices, history, and the
    next steps as the acting user would meet them (Step.allowed, Step.missing)."""
    from station.orders.queries import order_detail
    from station.orders.service import get_order

    with ws.sessions() as s:
        return order_detail(s, get_order(s, number), ws.operator)


# --- the order's transitions ---------------------------------------------------------------------------

def create_order(ws: Workspace, draft: OrderDraft) -> OrderRow:
    """A new order in draft (numbered GD<year>-<seq>). From the scan (source "suspect" with scan_month) each
    target keeps its drop-start month and score, looked up in that month's scan unless the draft has them."""
    from station.orders.service import create_order as create
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "create")
        return _row(s, create(s, draft, ws.operator))


def set_order_inspectors(ws: Workspace, number: str, names: list[str]) -> OrderRow:
    """Replace the inspectors of an order not yet on site."""
    from station.orders.service import get_order, set_inspectors
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "edit")
        order = get_order(s, number, lock=True)
        set_inspectors(s, order, names, ws.operator)
        return _row(s, order)


def _transition(ws: Workspace, number: str, action: str, reason: str = "") -> OrderRow:
    from station.orders.findings import close_rectified
    from station.orders.service import get_order, transition
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", action)
        order = get_order(s, number, lock=True)
        transition(s, order, action, ws.operator, reason)
        if action == "close":
            close_rectified(s, order, ws.operator)
        return _row(s, order)


def submit_order(ws: Workspace, number: str) -> OrderRow:
    """draft → pending approval."""
    return _transition(ws, number, "submit")


def approve_order(ws: Workspace, number: str) -> OrderRow:
    """pending → dispatched, by a supervisor who is not one of its inspectors (on-site kinds: two inspectors
    with 用电检查证 of a grade that covers the customers' voltage)."""
    return _transition(ws, number, "approve")


def return_order(ws: Workspace, number: str, reason: str) -> OrderRow:
    """pending → draft (sent back by the approver), or reported/tracking → on site; a reason is required."""
    return _transition(ws, number, "return", reason)


def start_order(ws: Workspace, number: str) -> OrderRow:
    """dispatched → on site; refused with fewer than two certified inspectors; desk kinds have no on site."""
    return _transition(ws, number, "start")


def report_order(ws: Workspace, number: str, results: list[TargetResult]) -> OrderRow:
    """on site (desk kinds: dispatched) → reported, with every target's result and signature status (refused
    needs a witness); then → tracking while a finding or case is open. An on-site test order records each
    meter's on-site test, a periodic one the inspection visit: the due list moves on."""
    from station.orders.service import get_order, report
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "report")
        order = get_order(s, number, lock=True)
        report(s, order, results, ws.operator)
        return _row(s, order)


def record_results(ws: Workspace, number: str, results: list[TargetResult]) -> OrderRow:
    """Write some targets' results and signature status without reporting yet (an order of many customers
    is reported once every one has its result)."""
    from station.orders.service import get_order
    from station.orders.service import record_results as record
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "report")
        order = get_order(s, number, lock=True)
        record(s, order, results, ws.operator)
        return _row(s, order)


def close_order(ws: Workspace, number: str) -> OrderRow:
    """reported/tracking → closed; refused while a finding or case is open or required evidence is missing."""
    return _transition(ws, number, "close")


def cancel_order(ws: Workspace, number: str, reason: str) -> OrderRow:
    """draft/pending/dispatched → cancelled with a reason; refused once on site."""
    return _transition(ws, number, "cancel", reason)


def swap_meter_on_site(ws: Workspace, number: str, old_asset_no: str, new_asset_no: str, on: dt.date,
               old_reading: Decimal | None, new_reading: Decimal | None, reason: str = "") -> OrderRow:
    """A meter swapped on site, through the asset lifecycle (remove, install), the events stamped with the
    order; the role matrix's ("assets", "lifecycle") applies."""
    from station.orders.service import get_order
    from station.orders.swaps import swap_meter as swap
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        order = get_order(s, number, lock=True)
        swap(s, order, old_asset_no, new_asset_no, on, old_reading, new_reading, reason, ws.operator)
        return _row(s, order)


# --- findings ------------------------------------------------------------------------------------------

def _finding_action(ws: Workspace, number: str, finding_id: int, action: str, run) -> FindingRow:  # type: ignore[no-untyped-def]
    from station.orders.findings import account_of, get_finding
    from station.orders.queries import finding_row
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "findings", action)
        order = get_order(s, number, lock=True)
        finding = get_finding(s, finding_id, order)
        run(s, order, finding)
        return finding_row(finding, order.number, account_of(s, finding.customer_id))


def add_finding(ws: Workspace, number: str, draft: FindingDraft) -> FindingRow:
    """Record a finding; its deadline is the category's rule (working days, with the rule's source) unless
    given."""
    from station.orders.findings import account_of
    from station.orders.findings import add_finding as add
    from station.orders.queries import finding_row
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "findings", "create")
        order = get_order(s, number, lock=True)
        finding = add(s, order, draft, ws.operator)
        return finding_row(finding, order.number, account_of(s, finding.customer_id))


def recheck_finding(ws: Workspace, number: str, finding_id: int, passed: bool, *,
                    rectify_by: dt.date | None = None, note: str = "", escalate: bool = False) -> FindingRow:
    """A re-check: passed → rectified; failed → rectifying with a new deadline (given or by the rule), or
    escalated for the supervisor (`escalate`, or the Nth failure by orders.escalate_after_failed_rechecks)."""
    from station.orders.findings import recheck

    return _finding_action(ws, number, finding_id, "recheck", lambda s, o, f: recheck(
        s, o, f, passed, ws.operator, rectify_by=rectify_by, note=note, escalate=escalate))


def follow_up_finding(ws: Workspace, number: str, finding_id: int, kind: str | None, reason: str) -> OrderRow:
    """The supervisor's decision on an escalated finding: a follow-up order (draft, of `kind` or the one its
    category calls for: 隐患复查 for a hazard, 反窃电检查 for theft …) linked to it; returns the new order."""
    from station.orders.escalation import follow_up, follow_up_kind
    from station.orders.findings import get_finding
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "findings", "follow-up")
        order = get_order(s, number, lock=True)
        finding = get_finding(s, finding_id, order)
        return _row(s, follow_up(s, order, finding, kind or follow_up_kind(finding.category), reason,
                                 ws.operator))


def advance_finding(ws: Workspace, number: str, finding_id: int, action: str) -> FindingRow:
    """notify (recorded → notified), acknowledge (the 回执 is back: → rectifying), ready (→ re-check due)."""
    from station.orders.findings import move_finding

    return _finding_action(ws, number, finding_id, "edit", lambda s, o, f: move_finding(
        s, o, f, action, ws.operator))


def extend_finding(ws: Workspace, number: str, finding_id: int, new_deadline: dt.date, reason: str
                   ) -> FindingRow:
    """A later deadline with a reason; the supervisor acting is its approver (an event, the old date kept).
    On an escalated finding it is the supervisor's decision: rectifying again by the new date."""
    from station.orders.findings import extend

    return _finding_action(ws, number, finding_id, "extend", lambda s, o, f: extend(
        s, o, f, new_deadline, reason, ws.operator))


def void_finding(ws: Workspace, number: str, finding_id: int, reason: str) -> FindingRow:
    """A supervisor voids a finding with a reason."""
    from station.orders.findings import void

    return _finding_action(ws, number, finding_id, "void", lambda s, o, f: void(s, o, f, reason, ws.operator))


# --- cases ---------------------------------------------------------------------------------------------

def open_case(ws: Workspace, number: str, data: CaseInput) -> CaseRow:
    """Compute a case (the station's rules and edition) and store it pending approval; a theft on an order
    from the scan starts at the target's drop-start month unless the period is given."""
    from station.orders.cases import open_case as open_
    from station.orders.queries import case_row
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "cases", "create")
        order = get_order(s, number, lock=True)
        return case_row(s, open_(s, order, data, ws.operator), order.number)


def update_case(ws: Workspace, number: str, case_number: str, data: CaseInput) -> CaseRow:
    """Re-compute a case not yet approved; an approved one is refused (code frozen): amend it."""
    from station.orders.cases import get_case
    from station.orders.cases import update_case as update
    from station.orders.queries import case_row
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "cases", "create")
        order = get_order(s, number, lock=True)
        case = get_case(s, case_number, order)
        update(s, order, case, data, ws.operator)
        return case_row(s, case, order.number)


def amend_case(ws: Workspace, number: str, case_number: str, data: CaseInput, reason: str) -> CaseRow:
    """Cancel `case_number` with `reason` and store a new version linked to it (returned)."""
    from station.orders.cases import amend_case as amend
    from station.orders.cases import get_case
    from station.orders.queries import case_row
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "cases", "create")
        order = get_order(s, number, lock=True)
        return case_row(s, amend(s, order, get_case(s, case_number, order), data, reason, ws.operator),
                        order.number)


def move_case(ws: Workspace, number: str, case_number: str, action: str, *, reason: str = "",
              transferred_to: str | None = None) -> CaseRow:
    """approve (a supervisor, never the order's inspector nor the case's author), serve, settle, refuse
    (reason), transfer (reason, to authority|police|court), close, cancel (reason)."""
    from station.orders.cases import get_case
    from station.orders.cases import move_case as move
    from station.orders.queries import case_row
    from station.orders.service import get_order
    from station.orders.states import CASE_MATRIX_ACTION
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "cases", CASE_MATRIX_ACTION.get(action, action))
        order = get_order(s, number, lock=True)
        case = get_case(s, case_number, order)
        move(s, order, case, action, ws.operator, reason, transferred_to)
        return case_row(s, case, order.number)


def approve_case(ws: Workspace, number: str, case_number: str) -> CaseRow:
    return move_case(ws, number, case_number, "approve")


def serve_case(ws: Workspace, number: str, case_number: str) -> CaseRow:
    return move_case(ws, number, case_number, "serve")


# --- attachments and notices ---------------------------------------------------------------------------

def attach_file(ws: Workspace, number: str, path: str | Path, kind: str | None = None, *, note: str = "",
                finding_id: int | None = None) -> AttachmentRow:
    """Attach a file (kind: photo, evidence-record, seal, reading, event-log, test-record, scan, receipt,
    other; guessed from the name when None). Stored by sha256, never overwritten or deleted."""
    from station.orders.attachments import attach, guess_kind, store_dir_for
    from station.orders.queries import attachment_row
    from station.orders.service import get_order
    from station.users import require

    data = Path(path).read_bytes()  # read before the transaction: a slow disk holds no lock
    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "attach")
        order = get_order(s, number, lock=True)
        row = attach(s, order, data, Path(path).name, kind or guess_kind(str(path)), ws.operator,
                     store=store_dir_for(ws.file), note=note, finding_id=finding_id)
        return attachment_row(row, order.number)


def load_attachment(ws: Workspace, attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of an attachment, checked against its sha256 (DamagedAttachment if not)."""
    from station.orders.attachments import content, store_dir_for

    with ws.sessions() as s:
        return content(s, attachment_id, store_dir_for(ws.file))


def issue_notice(ws: Workspace, number: str, kind: str, out: str | Path | None = None, *,
                 case_number: str | None = None) -> NoticeRow:
    """Issue a document (work-sheet, result, theft, rectify, case-sheet): a new number, the PDF rendered once
    and stored with its sha256 (and a QR code of number and content hash); `out` gets a copy. A result or
    rectification notice moves the order's recorded findings to notified."""
    from station.orders.notices import issue
    from station.orders.queries import notice_row
    from station.orders.service import get_order
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "orders", "notice")
        order = get_order(s, number, lock=True)
        notice, case_no = issue(s, order, kind, ws.operator, case_number=case_number)
        row, pdf = notice_row(notice, order.number, case_no), notice.pdf
    if out is not None:  # after the commit: a file is never written for a notice that was not stored
        _write_pdf(Path(out), pdf)
    return row


def reprint_notice(ws: Workspace, notice_number: str, out: str | Path) -> NoticeRow:
    """Write the stored PDF of an issued notice, byte for byte."""
    from station.orders.notices import get_notice
    from station.orders.queries import notice_row

    with ws.sessions() as s:
        notice, order_number, case_no = get_notice(s, notice_number)
        _write_pdf(Path(out), notice.pdf)
        return notice_row(notice, order_number, case_no)


def _write_pdf(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    tmp.replace(path)
