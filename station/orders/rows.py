"""The frozen rows the work-order actions take and return (the GUI and the CLI hold only these)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from station.domain.problems import Problem


@dataclass(frozen=True, slots=True)
class TargetDraft:
    """One customer to check (by account no.), optionally one of its assets; a suspect's drop start and score
    (from the scan page; with neither, an order from the scan looks them up in the scan of its month)."""

    account_no: str
    asset_no: str | None = None
    drop_start: str | None = None  # "YYYY-MM"
    score: float | None = None


@dataclass(frozen=True, slots=True)
class OrderDraft:
    """A new order: what `create_order` needs (the CLI's `station orders new`)."""

    kind: str
    targets: tuple[TargetDraft, ...]
    source: str = "manual"
    scan_month: str | None = None  # the 电量突降 scan's month, "YYYY-MM", for source "suspect"
    inspectors: tuple[str, ...] = ()
    planned_on: dt.date | None = None
    due_on: dt.date | None = None
    area_code: str | None = None  # a 台区 (an order from the line-loss page)
    note: str = ""


@dataclass(frozen=True, slots=True)
class TargetResult:
    """The outcome at one target (report): result ok|problem|not-met, signature signed|refused|absent."""

    account_no: str | None  # None: every target of the order
    result: str
    signature: str
    witness: str | None = None


@dataclass(frozen=True, slots=True)
class FindingDraft:
    category: str  # a code of the finding_category table
    description: str
    account_no: str | None = None  # which target; None: the order's first
    location: str = ""
    rule_cited: str = ""
    requirement: str = ""
    rectify_by: dt.date | None = None  # None: today + the category's deadline rule


@dataclass(frozen=True, slots=True)
class Step:
    """One transition the order form offers: whether it may be done now, and if not, what is missing."""

    action: str
    allowed: bool
    missing: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderRow:
    id: int
    number: str
    kind: str
    source: str
    status: str
    scan_month: str | None
    area_code: str | None
    planned_on: dt.date | None
    due_on: dt.date | None
    inspectors: tuple[str, ...]
    approver: str | None
    created_by: str
    created_at: dt.datetime
    customers: tuple[str, ...]  # account nos of the targets
    open_findings: int
    overdue: bool  # past due_on and not closed or cancelled (computed, never stored)
    version: int


@dataclass(frozen=True, slots=True)
class TargetRow:
    id: int
    customer_id: int | None
    account_no: str
    name: str
    voltage_level: str
    asset_no: str | None
    drop_start: str | None
    score: Decimal | None
    result: str | None
    signature: str | None
    witness: str | None


@dataclass(frozen=True, slots=True)
class FindingEventRow:
    kind: str  # extend | recheck-pass | recheck-fail | escalate | follow-up
    at: dt.datetime
    operator: str
    approver: str | None
    old_deadline: dt.date | None
    new_deadline: dt.date | None
    reason: str


@dataclass(frozen=True, slots=True)
class FindingRow:
    id: int
    order_number: str
    account_no: str | None
    category: str
    location: str
    description: str
    rule_cited: str
    requirement: str
    rectify_by: dt.date | None
    deadline_source: str
    status: str
    overdue: bool  # open and past rectify_by (computed from today)
    days_overdue: int
    events: tuple[FindingEventRow, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: int
    number: str
    order_number: str
    account_no: str | None
    version: int
    supersedes: str | None  # the number of the version it replaces
    calc_kind: str
    inputs: dict[str, Any]
    working: tuple[str, ...]  # in Chinese, as the 追补电费计算单 prints it
    rule: str
    edition: str
    kwh: Decimal
    amount: Decimal
    penalty: Decimal
    total: Decimal
    status: str
    created_by: str
    approved_by: str | None
    transferred_to: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: int
    order_number: str
    finding_id: int | None
    kind: str
    file_name: str
    sha256: str
    size: int
    note: str
    added_by: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class NoticeRow:
    id: int
    number: str
    kind: str
    order_number: str
    case_number: str | None
    content_sha256: str
    pdf_sha256: str
    pages: int
    issued_by: str
    issued_at: dt.datetime


@dataclass(frozen=True, slots=True)
class EventRow:
    at: dt.datetime
    operator: str
    entity: str
    entity_id: int
    action: str
    from_state: str | None
    to_state: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class OrderDetail:
    """The order form: the order, its targets, findings, cases, attachments, notices, history and the steps
    it offers next (each with what is still missing)."""

    order: OrderRow
    targets: tuple[TargetRow, ...]
    findings: tuple[FindingRow, ...]
    cases: tuple[CaseRow, ...]
    attachments: tuple[AttachmentRow, ...]
    notices: tuple[NoticeRow, ...]
    history: tuple[EventRow, ...]
    steps: tuple[Step, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class OrderFilter:
    """The lists of the 工单 page: each field narrows (None: any)."""

    status: str | None = None
    kind: str | None = None
    source: str | None = None
    area_code: str | None = None
    overdue: bool = False  # orders past due, or with a finding past its deadline
    mine: str | None = None  # a user name: orders where they are an inspector
    to_approve: bool = False  # pending approval
    escalated: bool = False  # with a finding escalated to the supervisor (waiting for a decision)
    limit: int | None = None
