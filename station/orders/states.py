"""The three state machines (order, finding, case) as pure tables, and the one decision per transition: what is
still missing before it may be done. No session: the services load an `OrderFacts` and ask here, the GUI
shows the same answers beside its buttons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders.vocab import DESK_KINDS

# --- the work order ------------------------------------------------------------------------------------

DRAFT, PENDING, DISPATCHED, ONSITE, REPORTED, TRACKING, CLOSED, CANCELLED = (
    "draft", "pending", "dispatched", "onsite", "reported", "tracking", "closed", "cancelled")  # fmt: skip
ORDER_STATES: tuple[str, ...] = (DRAFT, PENDING, DISPATCHED, ONSITE, REPORTED, TRACKING, CLOSED, CANCELLED)
ORDER_STATE_NAMES: dict[str, str] = {
    DRAFT: QT_TRANSLATE_NOOP("station", "Draft"),
    PENDING: QT_TRANSLATE_NOOP("station", "Pending approval"),
    DISPATCHED: QT_TRANSLATE_NOOP("station", "Dispatched"),
    ONSITE: QT_TRANSLATE_NOOP("station", "On site"),
    REPORTED: QT_TRANSLATE_NOOP("station", "Reported"),
    TRACKING: QT_TRANSLATE_NOOP("station", "Tracking"),
    CLOSED: QT_TRANSLATE_NOOP("station", "Closed"),
    CANCELLED: QT_TRANSLATE_NOOP("station", "Cancelled"),
}
ORDER_STATE_ZH = {DRAFT: "草稿", PENDING: "待审批", DISPATCHED: "已派工", ONSITE: "现场检查", REPORTED: "已报告",
                  TRACKING: "跟踪整改", CLOSED: "已归档", CANCELLED: "已作废"}  # fmt: skip

#: (transition, from) → to. `report` of a desk kind runs from dispatched (no on site); `track` and `untrack`
#: are the system's moves when a finding or case opens or the last one closes after the report.
ORDER_TRANSITIONS: dict[tuple[str, str], str] = {
    ("submit", DRAFT): PENDING,
    ("approve", PENDING): DISPATCHED,
    ("return", PENDING): DRAFT,  # the approver sends it back with a reason
    ("start", DISPATCHED): ONSITE,
    ("report", ONSITE): REPORTED,
    ("report", DISPATCHED): REPORTED,  # desk kinds only (see order_problems)
    ("return", REPORTED): ONSITE,
    ("return", TRACKING): ONSITE,
    ("track", REPORTED): TRACKING,
    ("untrack", TRACKING): REPORTED,
    ("close", REPORTED): CLOSED,
    ("close", TRACKING): CLOSED,
    ("cancel", DRAFT): CANCELLED,
    ("cancel", PENDING): CANCELLED,
    ("cancel", DISPATCHED): CANCELLED,
}
#: The transitions a person asks for, in the order the page shows them (track/untrack are the system's).
ORDER_ACTIONS: tuple[str, ...] = ("submit", "approve", "start", "report", "return", "close", "cancel")
#: The role-matrix action of each transition (station.domain.roles, area "orders").
ORDER_MATRIX_ACTION = {a: a for a in ORDER_ACTIONS}
#: States in which findings may be recorded and cases opened (a desk check's: once dispatched).
WORKING_STATES = frozenset({ONSITE, REPORTED, TRACKING})


def working_states(kind: str) -> frozenset[str]:
    return WORKING_STATES | {DISPATCHED} if kind in DESK_KINDS else WORKING_STATES

# --- the finding ---------------------------------------------------------------------------------------

RECORDED, NOTIFIED, RECTIFYING, RECHECK_DUE, RECTIFIED, F_CLOSED, VOIDED = (
    "recorded", "notified", "rectifying", "recheck-due", "rectified", "closed", "voided")  # fmt: skip
ESCALATED, FOLLOWED_UP = "escalated", "followed-up"
FINDING_STATES = (RECORDED, NOTIFIED, RECTIFYING, RECHECK_DUE, ESCALATED, RECTIFIED, F_CLOSED, FOLLOWED_UP,
                  VOIDED)
FINDING_STATE_NAMES: dict[str, str] = {
    RECORDED: QT_TRANSLATE_NOOP("station", "Recorded"),
    NOTIFIED: QT_TRANSLATE_NOOP("station", "Notified"),
    RECTIFYING: QT_TRANSLATE_NOOP("station", "Rectifying"),
    RECHECK_DUE: QT_TRANSLATE_NOOP("station", "Re-check due"),
    ESCALATED: QT_TRANSLATE_NOOP("station", "Escalated"),
    RECTIFIED: QT_TRANSLATE_NOOP("station", "Rectified"),
    F_CLOSED: QT_TRANSLATE_NOOP("station", "Closed"),
    FOLLOWED_UP: QT_TRANSLATE_NOOP("station", "Handed to a follow-up order"),
    VOIDED: QT_TRANSLATE_NOOP("station", "Voided"),
}
FINDING_STATE_ZH = {RECORDED: "已记录", NOTIFIED: "已通知", RECTIFYING: "整改中", RECHECK_DUE: "待复查",
                    ESCALATED: "已升级", RECTIFIED: "已整改", F_CLOSED: "已关闭", FOLLOWED_UP: "已转后续工单",
                    VOIDED: "已作废"}  # fmt: skip
#: A finding that may be re-checked (passed, failed or escalated by the inspector).
RECHECKABLE = frozenset({RECORDED, NOTIFIED, RECTIFYING, RECHECK_DUE})
#: A finding that keeps its order open (a rectified one waits only for the order's close). An escalated one
#: waits for a supervisor's decision: extend (back to rectifying), void, or a follow-up order.
OPEN_FINDINGS = RECHECKABLE | {ESCALATED}
FINDING_TRANSITIONS: dict[tuple[str, str], str] = {
    ("notify", RECORDED): NOTIFIED,  # a result or rectification notice naming it was issued
    ("acknowledge", NOTIFIED): RECTIFYING,  # the customer's 回执 came back
    ("ready", RECTIFYING): RECHECK_DUE,  # the customer reports it done: a re-check is due
    ("ready", NOTIFIED): RECHECK_DUE,
    **{("pass", s): RECTIFIED for s in RECHECKABLE},  # a re-check that passed (on the spot, too)
    **{("fail", s): RECTIFYING for s in RECHECKABLE},  # a failed re-check: rectifying, a new deadline
    # A failed re-check the inspector escalates, or the Nth one (orders.escalate_after_failed_rechecks).
    **{("escalate", s): ESCALATED for s in RECHECKABLE},
    ("extend", ESCALATED): RECTIFYING,  # the supervisor's decision: a new deadline, with the reason
    ("follow-up", ESCALATED): FOLLOWED_UP,  # the supervisor's decision: a new order takes the finding on
    ("close", RECTIFIED): F_CLOSED,
    **{("void", s): VOIDED for s in (*OPEN_FINDINGS, RECTIFIED)},
}
#: The supervisor's decisions on an escalated finding (the page's buttons, the CLI's extend/void/follow-up).
ESCALATION_DECISIONS = ("extend", "void", "follow-up")
#: The kind of follow-up order a finding's category suggests (the supervisor may choose another).
FOLLOW_UP_KIND = {"hazard": "hazard-recheck", "theft": "theft", "violation": "theft", "faulty-meter": "onsite-test",
                  "metering": "onsite-test", "wiring": "special", "record": "record-audit"}  # fmt: skip

# --- the case ------------------------------------------------------------------------------------------

C_DRAFT, C_PENDING, APPROVED, SERVED, SETTLED, REFUSED, TRANSFERRED, C_CLOSED, C_CANCELLED = (
    "draft", "pending", "approved", "served", "settled", "refused", "transferred", "closed", "cancelled")  # fmt: skip
CASE_STATES = (C_DRAFT, C_PENDING, APPROVED, SERVED, SETTLED, REFUSED, TRANSFERRED, C_CLOSED, C_CANCELLED)
CASE_STATE_NAMES: dict[str, str] = {
    C_DRAFT: QT_TRANSLATE_NOOP("station", "Draft"),
    C_PENDING: QT_TRANSLATE_NOOP("station", "Pending approval"),
    APPROVED: QT_TRANSLATE_NOOP("station", "Approved"),
    SERVED: QT_TRANSLATE_NOOP("station", "Served"),
    SETTLED: QT_TRANSLATE_NOOP("station", "Settled"),
    REFUSED: QT_TRANSLATE_NOOP("station", "Refused by the customer"),
    TRANSFERRED: QT_TRANSLATE_NOOP("station", "Transferred"),
    C_CLOSED: QT_TRANSLATE_NOOP("station", "Closed"),
    C_CANCELLED: QT_TRANSLATE_NOOP("station", "Cancelled"),
}
CASE_STATE_ZH = {C_DRAFT: "草稿", C_PENDING: "待审批", APPROVED: "已审批", SERVED: "已送达", SETTLED: "已结清",
                 REFUSED: "用户拒绝", TRANSFERRED: "已移送", C_CLOSED: "已结案", C_CANCELLED: "已作废"}  # fmt: skip
#: A case that keeps its order open: until it is served, the order's work is not done. After service the
#: payment (settle) or the refusal and transfer run on the case alone.
OPEN_CASES = frozenset({C_DRAFT, C_PENDING, APPROVED})
#: Once approved a case is never edited: a correction is `amend` (this one cancelled, a new version).
FROZEN_CASES = frozenset({APPROVED, SERVED, SETTLED, REFUSED, TRANSFERRED, C_CLOSED, C_CANCELLED})
CASE_TRANSITIONS: dict[tuple[str, str], str] = {
    ("submit", C_DRAFT): C_PENDING,
    ("approve", C_PENDING): APPROVED,
    ("serve", APPROVED): SERVED,
    ("settle", SERVED): SETTLED,
    ("refuse", SERVED): REFUSED,
    ("transfer", REFUSED): TRANSFERRED,
    ("close", SETTLED): C_CLOSED,
    ("close", TRANSFERRED): C_CLOSED,
    ("cancel", C_DRAFT): C_CANCELLED,
    ("cancel", C_PENDING): C_CANCELLED,
    ("cancel", APPROVED): C_CANCELLED,  # only as part of amend, or before it is served
}
CASE_MATRIX_ACTION = {"submit": "create", "approve": "approve", "serve": "serve", "settle": "settle",
                      "refuse": "serve", "transfer": "transfer", "close": "settle", "cancel": "create"}  # fmt: skip

# --- problem codes (ui/ decides on them) ---------------------------------------------------------------

NOT_NOW = "not_now"  # the transition is not allowed from this state
INSPECTORS = "inspectors"  # fewer than two inspectors, or one without a certificate
CERT_GRADE = "cert_grade"
SELF_APPROVAL = "self_approval"
RESULTS_MISSING = "results_missing"
WITNESS = "witness"
OPEN_ITEMS = "open_items"
EVIDENCE = "evidence"
REASON = "reason"
FROZEN = "frozen"


def _problem(field_: str, text: str, value: object, code: str, **params: object) -> Problem:
    return Problem(field_, msg(text, **params), value, code)


#: Names of the steps the role matrix does not name (station.domain.roles.ACTION_NAMES has the others).
STEP_NAMES: dict[str, str] = {
    "finding": QT_TRANSLATE_NOOP("station", "record a finding"),
    "case": QT_TRANSLATE_NOOP("station", "open a case"),
    "notice": QT_TRANSLATE_NOOP("station", "issue this notice"),
    "amend": QT_TRANSLATE_NOOP("station", "amend"),
    "inspectors": QT_TRANSLATE_NOOP("station", "change the inspectors"),
    "recheck": QT_TRANSLATE_NOOP("station", "re-check"),
    "attach": QT_TRANSLATE_NOOP("station", "attach files"),
    "notify": QT_TRANSLATE_NOOP("station", "notify the customer"),
    "acknowledge": QT_TRANSLATE_NOOP("station", "record the receipt"),
    "ready": QT_TRANSLATE_NOOP("station", "ask for the re-check"),
    "pass": QT_TRANSLATE_NOOP("station", "pass the re-check"),
    "fail": QT_TRANSLATE_NOOP("station", "fail the re-check"),
    "escalate": QT_TRANSLATE_NOOP("station", "escalate to the supervisor"),
    "follow-up": QT_TRANSLATE_NOOP("station", "raise a follow-up order"),
    "extend": QT_TRANSLATE_NOOP("station", "extend the deadline"),
    "refuse": QT_TRANSLATE_NOOP("station", "record the customer's refusal"),
    "swap": QT_TRANSLATE_NOOP("station", "swap a meter"),
}


def step_name(action: str) -> object:
    from station.domain.roles import ACTION_NAMES

    text = STEP_NAMES.get(action) or ACTION_NAMES.get(action)
    return msg(text) if text else action


def state_problem(state: str, action: str, names: dict[str, str]) -> Problem:
    return _problem("status", QT_TRANSLATE_NOOP("station", "Not possible while {state}: {action}"), state,
                    NOT_NOW, state=msg(names.get(state, state)), action=step_name(action))


@dataclass(frozen=True, slots=True)
class Inspector:
    name: str
    registered: bool
    role: str | None
    cert_no: str | None
    cert_grade: str | None


@dataclass(frozen=True, slots=True)
class TargetFacts:
    label: str  # the customer's account no. (or the asset's)
    voltage_level: str | None
    result: str | None
    signature: str | None
    witness: str | None


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """What the decisions read about one order: loaded by station.orders.service, never by the GUI."""

    number: str
    kind: str
    status: str
    inspectors: tuple[Inspector, ...]
    targets: tuple[TargetFacts, ...]
    open_findings: int = 0
    open_cases: int = 0
    attachment_kinds: frozenset[str] = frozenset()
    required_evidence: tuple[str, ...] = ()
    check_grade: bool = True
    notices_issued: frozenset[str] = field(default_factory=frozenset)

    @property
    def desk(self) -> bool:
        return self.kind in DESK_KINDS


def next_state(status: str, action: str) -> str | None:
    return ORDER_TRANSITIONS.get((action, status))


#: The highest voltage each 用电检查证 grade covers, as a rank of station.domain.codes.VOLTAGE_LEVELS.
GRADE_LIMIT = {"1": "220kV", "2": "10kV", "3": "380V"}


def _rank(level: str | None) -> int:
    from station.domain.codes import VOLTAGE_LEVELS

    return VOLTAGE_LEVELS.index(level) if level in VOLTAGE_LEVELS else -1


def inspector_problems(facts: OrderFacts) -> list[Problem]:
    """On-site kinds need two inspectors, each a registered user with a 用电检查证 (and a grade that covers
    the customers' voltage, when the rule setting says so)."""
    if facts.desk:
        return []
    problems: list[Problem] = []
    names = [i.name for i in facts.inspectors]
    if len(names) < 2:
        problems.append(_problem("inspectors", QT_TRANSLATE_NOOP(
            "station", "On-site work needs at least two inspectors, each with a 用电检查证; this order has {n}"),
            ", ".join(names), INSPECTORS, n=len(names)))
    for i in facts.inspectors:
        if not i.registered:
            problems.append(_problem("inspectors", QT_TRANSLATE_NOOP(
                "station", "Inspector {name} is not a registered user"), i.name, INSPECTORS, name=i.name))
        elif not i.cert_no:
            problems.append(_problem("inspectors", QT_TRANSLATE_NOOP(
                "station", "Inspector {name} has no 用电检查证 number"), i.name, INSPECTORS, name=i.name))
        elif facts.check_grade:
            problems += _grade_problems(i, facts.targets)
    return problems


def _grade_problems(i: Inspector, targets: Sequence[TargetFacts]) -> list[Problem]:
    limit = GRADE_LIMIT.get(i.cert_grade or "")
    if limit is None:
        return []  # no grade recorded: nothing to check it against
    top = max((t for t in targets if t.voltage_level), key=lambda t: _rank(t.voltage_level), default=None)
    if top is None or _rank(top.voltage_level) <= _rank(limit):
        return []
    return [_problem("inspectors", QT_TRANSLATE_NOOP(
        "station", "Inspector {name}'s grade {grade} certificate covers up to {limit}, not {voltage} ({target})"),
        i.name, CERT_GRADE, name=i.name, grade=i.cert_grade, limit=limit, voltage=top.voltage_level,
        target=top.label)]


def report_problems(facts: OrderFacts) -> list[Problem]:
    """Every target needs a result and a signature status; a refusal to sign needs its witness."""
    problems: list[Problem] = []
    for t in facts.targets:
        if t.result is None or t.signature is None:
            problems.append(_problem("results", QT_TRANSLATE_NOOP(
                "station", "{target} has no result or signature status yet"), t.label, RESULTS_MISSING,
                target=t.label))
        elif t.signature == "refused" and not (t.witness or "").strip():
            problems.append(_problem("witness", QT_TRANSLATE_NOOP(
                "station", "{target} refused to sign: name the witness"), t.label, WITNESS, target=t.label))
    return problems


def close_problems(facts: OrderFacts) -> list[Problem]:
    """Refused while a finding or a case is open, or the evidence the kind needs is missing."""
    problems: list[Problem] = []
    if facts.open_findings:
        problems.append(_problem("findings", QT_TRANSLATE_NOOP(
            "station", "{n} finding(s) still open: re-check or void them first"), facts.open_findings,
            OPEN_ITEMS, n=facts.open_findings))
    if facts.open_cases:
        problems.append(_problem("cases", QT_TRANSLATE_NOOP(
            "station", "{n} case(s) not yet served: approve and serve them, or cancel them"), facts.open_cases,
            OPEN_ITEMS, n=facts.open_cases))
    missing = [k for k in facts.required_evidence if k not in facts.attachment_kinds]
    if missing:
        from station.orders.vocab import ATTACHMENT_KINDS

        problems.append(_problem("attachments", QT_TRANSLATE_NOOP(
            "station", "Evidence missing for this kind of order: {kinds}"), ",".join(missing), EVIDENCE,
            kinds=msg("{sep}".join(f"{{k{i}}}" for i in range(len(missing))),
                      sep=msg(QT_TRANSLATE_NOOP("station", ", ")),
                      **{f"k{i}": msg(ATTACHMENT_KINDS[k]) for i, k in enumerate(missing)})))
    return problems


def approval_problems(facts: OrderFacts, approver: str) -> list[Problem]:
    """No self-approval: the approver is not one of the order's inspectors."""
    if approver in {i.name for i in facts.inspectors}:
        return [_problem("approver", QT_TRANSLATE_NOOP(
            "station", "{name} is an inspector of this order and may not approve it"), approver, SELF_APPROVAL,
            name=approver)]
    return []


def order_problems(facts: OrderFacts, action: str, operator: str = "") -> list[Problem]:
    """What is still missing before `action` may be done to the order (empty: it may)."""
    if next_state(facts.status, action) is None:
        return [state_problem(facts.status, action, ORDER_STATE_NAMES)]
    if action == "start" and facts.desk:
        return [_problem("kind", QT_TRANSLATE_NOOP(
            "station", "A desk check has no on-site step: report it directly"), facts.kind, NOT_NOW)]
    if action == "report" and facts.status == DISPATCHED and not facts.desk:
        return [state_problem(facts.status, action, ORDER_STATE_NAMES)]
    if action == "approve":
        return approval_problems(facts, operator) + inspector_problems(facts)
    if action == "start":
        return inspector_problems(facts)
    if action == "report":
        return report_problems(facts)
    if action == "close":
        return close_problems(facts)
    return []


def reason_problems(reason: str | None) -> list[Problem]:
    if (reason or "").strip():
        return []
    return [_problem("reason", QT_TRANSLATE_NOOP("station", "A reason is required"), reason, REASON)]


def finding_next(status: str, action: str) -> str | None:
    return FINDING_TRANSITIONS.get((action, status))


def case_next(status: str, action: str) -> str | None:
    return CASE_TRANSITIONS.get((action, status))


def case_approval_problems(inspectors: Sequence[str], created_by: str, approver: str) -> list[Problem]:
    """The case approver is never an inspector of the order, nor the one who computed the case."""
    if approver in inspectors or approver == created_by:
        return [_problem("approver", QT_TRANSLATE_NOOP(
            "station", "{name} inspected this order or computed the case and may not approve it"), approver,
            SELF_APPROVAL, name=approver)]
    return []


def frozen_case_problem(status: str) -> list[Problem]:
    if status in FROZEN_CASES:
        return [_problem("case", QT_TRANSLATE_NOOP(
            "station", "An approved case is never edited: amend it (a new version replaces it)"), status, FROZEN)]
    return []


def finding_actions(status: str) -> list[str]:
    """The transitions a finding in `status` offers (for the page's buttons), in table order."""
    return [a for (a, s) in FINDING_TRANSITIONS if s == status]


def case_actions(status: str) -> list[str]:
    """The transitions a case in `status` offers, in table order (amend where cancel is offered)."""
    actions = [a for (a, s) in CASE_TRANSITIONS if s == status]
    return actions + (["amend"] if "cancel" in actions else [])
