"""An escalated finding (升级): a failed re-check the inspector escalated, or the Nth failure by the rule
orders.escalate_after_failed_rechecks. It waits for a supervisor's decision: extend (findings.extend: back to
rectifying by a new date), void (findings.void), or a follow-up order raised here — a 隐患复查 for a hazard,
a 反窃电检查 for theft … — that inherits the order's targets, inspectors and 台区 and is linked to the finding
(finding.follow_up_order_id); the finding then leaves its own order (followed-up), which may close.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Customer, Finding, TransformerArea, WorkOrder, WorkOrderTarget
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import history, states
from station.orders.rows import OrderDraft, TargetDraft
from station.orders.service import create_order, inspector_names, sync_tracking
from station.orders.vocab import KIND_ZH, KINDS


def follow_up_kind(category: str) -> str:
    """The order kind a finding's category calls for (the supervisor may choose another)."""
    return states.FOLLOW_UP_KIND.get(category, "special")


def follow_up_problems(finding: Finding, kind: str, reason: str) -> list[Problem]:
    """Only an escalated finding gets a follow-up order, of a known kind, with the supervisor's reason."""
    problems: list[Problem] = []
    if states.finding_next(finding.status, "follow-up") is None:
        problems.append(states.state_problem(finding.status, "follow-up", states.FINDING_STATE_NAMES))
    if kind not in KINDS:
        problems.append(Problem("kind", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                            value=kind, allowed=", ".join(KINDS)), kind, "invalid"))
    return problems + states.reason_problems(reason)


def _targets(session: Session, order: WorkOrder, finding: Finding) -> tuple[TargetDraft, ...]:
    if finding.customer_id is not None:
        accounts = [session.scalar(select(Customer.account_no).where(Customer.id == finding.customer_id))]
    else:  # a finding of no one customer: the order's targets
        accounts = list(session.scalars(select(Customer.account_no).join(
            WorkOrderTarget, WorkOrderTarget.customer_id == Customer.id)
            .where(WorkOrderTarget.order_id == order.id).order_by(WorkOrderTarget.id)))
    return tuple(TargetDraft(a) for a in accounts if a)


def follow_up(session: Session, order: WorkOrder, finding: Finding, kind: str, reason: str, operator: str
              ) -> WorkOrder:
    """Raise the follow-up order (draft, source "escalation") for an escalated finding and link them."""
    from station.orders.findings import _event, move_finding

    problems = follow_up_problems(finding, kind, reason)
    if problems:
        raise Rejected(problems)
    area = session.scalar(select(TransformerArea.code).where(TransformerArea.id == order.area_id)) \
        if order.area_id else None
    note = f"由工单 {order.number} 问题 #{finding.id} 升级（{KIND_ZH.get(kind, kind)}）：{reason.strip()}"
    new = create_order(session, OrderDraft(kind=kind, targets=_targets(session, order, finding),
                                           source="escalation", inspectors=tuple(inspector_names(session, order.id)),
                                           area_code=area, note=note), operator)
    finding.follow_up_order_id = new.id
    _event(session, finding, "follow-up", operator, reason=f"{new.number}：{reason.strip()}", approver=operator)
    move_finding(session, order, finding, "follow-up", operator, reason)
    history.record(session, order_id=new.id, number=new.number, entity="order", entity_id=new.id,
                   action="follow-up", operator=operator, from_state=None, to_state=new.status, reason=reason,
                   details={"from_order": order.number, "finding": finding.id})
    sync_tracking(session, order, operator)
    return new
