"""Escalation after failed re-checks (issue 10): the Nth failure or the inspector's choice escalates a finding;
a supervisor decides (extend, void, follow-up order). Every refusal, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from orders_town import CLERK, INSPECTOR_A, INSPECTOR_B, SUPERVISOR, Town
from sqlalchemy import select

from db.schema import AuditLog, Finding, WorkOrderEvent
from station import actions
from station.domain.problems import Rejected
from station.domain.roles import NOT_ALLOWED
from station.orders import states
from station.orders.findings import escalates
from station.orders.rows import FindingDraft


def _codes(exc: pytest.ExceptionInfo[Rejected]) -> list[str]:
    return [p.code for p in exc.value.problems]


def _hazard(town: Town) -> tuple[str, int]:
    number = town.reported()
    f = actions.add_finding(town.inspector, number, FindingDraft("hazard", "配电室门锁损坏", location="配电室"))
    return number, f.id


def _finding(town: Town, number: str, fid: int):  # type: ignore[no-untyped-def]
    return {x.id: x for x in actions.load_order(town.inspector, number).findings}[fid]


def test_the_rule_decides_when_a_failure_escalates() -> None:
    assert not escalates(1, 2, False) and escalates(2, 2, False) and escalates(1, 2, True)
    assert not escalates(5, 0, False)  # 0: never by itself
    assert states.finding_actions(states.ESCALATED) == ["extend", "follow-up", "void"]
    assert states.OPEN_FINDINGS == states.RECHECKABLE | {states.ESCALATED}


def test_the_second_failed_recheck_escalates_by_the_rule(town: Town) -> None:
    number, fid = _hazard(town)
    first = actions.recheck_finding(town.inspector, number, fid, False, note="门锁仍坏")
    assert first.status == states.RECTIFYING
    second = actions.recheck_finding(town.inspector, number, fid, False, note="仍未整改")
    assert second.status == states.ESCALATED and "复查2次不合格" in second.deadline_source
    assert [e.kind for e in _finding(town, number, fid).events] == ["recheck-fail", "recheck-fail", "escalate"]
    with town.ws.sessions() as s:
        moves = s.execute(select(WorkOrderEvent.action, WorkOrderEvent.from_state, WorkOrderEvent.to_state)
                          .where(WorkOrderEvent.entity == "finding", WorkOrderEvent.entity_id == fid)
                          .order_by(WorkOrderEvent.id)).all()
        assert moves[-1] == ("escalate", states.RECTIFYING, states.ESCALATED)
        audited = s.scalars(select(AuditLog.operator).where(AuditLog.entity == "finding", AuditLog.entity_id == fid,
                                                            AuditLog.action == "escalate")).all()
        assert audited == [INSPECTOR_A]
    # The order stays open: an escalated finding waits for the supervisor.
    with pytest.raises(Rejected) as refused:
        actions.close_order(town.inspector, number)
    assert _codes(refused) == [states.OPEN_ITEMS]


def test_the_rule_setting_changes_the_count(town: Town) -> None:
    actions.set_rule(town.supervisor, "orders.escalate_after_failed_rechecks", None)
    number, fid = _hazard(town)
    for _ in range(3):
        assert actions.recheck_finding(town.inspector, number, fid, False).status == states.RECTIFYING
    actions.set_rule(town.supervisor, "orders.escalate_after_failed_rechecks", 4)
    assert actions.recheck_finding(town.inspector, number, fid, False).status == states.ESCALATED


def test_the_inspector_escalates_at_the_first_failure_and_the_supervisor_extends(town: Town) -> None:
    number, fid = _hazard(town)
    f = actions.recheck_finding(town.inspector, number, fid, False, escalate=True, note="客户拒不整改")
    assert f.status == states.ESCALATED and "检查人员提请升级" in f.deadline_source
    # No more re-checks until the supervisor decides.
    with pytest.raises(Rejected) as refused:
        actions.recheck_finding(town.inspector, number, fid, True)
    assert _codes(refused) == [states.NOT_NOW]
    assert "re-check" in refused.value.problems[0].message.in_language("en")
    # Only a supervisor decides; an inspector is refused by the matrix.
    new = dt.date.today() + dt.timedelta(days=10)
    with pytest.raises(Rejected) as refused:
        actions.extend_finding(town.inspector, number, fid, new, "再给十天")
    assert _codes(refused) == [NOT_ALLOWED]
    with pytest.raises(Rejected) as refused:  # a reason, and a date after today
        actions.extend_finding(town.supervisor, number, fid, dt.date.today(), " ")
    assert sorted(_codes(refused)) == ["invalid", states.REASON]
    back = actions.extend_finding(town.supervisor, number, fid, new, "客户承诺十日内更换门锁")
    assert (back.status, back.rectify_by) == (states.RECTIFYING, new)
    assert [(e.kind, e.approver) for e in _finding(town, number, fid).events][-1] == ("extend", SUPERVISOR)


def test_the_supervisor_voids_an_escalated_finding_with_a_reason(town: Town) -> None:
    number, fid = _hazard(town)
    actions.recheck_finding(town.inspector, number, fid, False, escalate=True)
    with pytest.raises(Rejected) as refused:
        actions.void_finding(town.supervisor, number, fid, "")
    assert _codes(refused) == [states.REASON]
    assert actions.void_finding(town.supervisor, number, fid, "设备已移交客户自管").status == states.VOIDED


def test_a_follow_up_order_takes_the_finding_on(town: Town) -> None:
    number, fid = _hazard(town)
    with pytest.raises(Rejected) as refused:  # not escalated yet
        actions.follow_up_finding(town.supervisor, number, fid, None, "复查")
    assert _codes(refused) == [states.NOT_NOW]
    assert "raise a follow-up order" in refused.value.problems[0].message.in_language("en")
    actions.recheck_finding(town.inspector, number, fid, False, escalate=True)
    for who, code in ((town.inspector, NOT_ALLOWED), (town.as_(CLERK), NOT_ALLOWED)):
        with pytest.raises(Rejected) as refused:
            actions.follow_up_finding(who, number, fid, None, "复查")
        assert _codes(refused) == [code]
    with pytest.raises(Rejected) as refused:
        actions.follow_up_finding(town.supervisor, number, fid, "nonsense", "")
    assert sorted(_codes(refused)) == ["invalid", states.REASON]
    new = actions.follow_up_finding(town.supervisor, number, fid, None, "两次复查不合格，派隐患复查")
    assert (new.kind, new.source, new.status) == ("hazard-recheck", "escalation", states.DRAFT)
    assert new.inspectors == (INSPECTOR_A, INSPECTOR_B) and new.customers == ("3100000001",)
    f = _finding(town, number, fid)
    assert f.status == states.FOLLOWED_UP and f.events[-1].kind == "follow-up" and new.number in f.events[-1].reason
    with town.ws.sessions() as s:
        assert s.get(Finding, fid).follow_up_order_id == new.id  # type: ignore[union-attr]
    history = actions.load_order(town.inspector, new.number).history
    assert any(h.action == "follow-up" and h.reason == "两次复查不合格，派隐患复查" for h in history)
    # The finding left its order: the order may close now.
    assert actions.close_order(town.inspector, number).status == states.CLOSED
    with pytest.raises(Rejected) as refused:  # and it is not followed up twice
        actions.follow_up_finding(town.supervisor, number, fid, "theft", "再派")
    assert _codes(refused) == [states.NOT_NOW]


def test_escalated_findings_are_counted_beside_the_overdue_ones(town: Town) -> None:
    from station.actions.order_links import load_overdue_findings

    number, fid = _hazard(town)
    assert load_overdue_findings(town.inspector) == []
    actions.recheck_finding(town.inspector, number, fid, False, escalate=True)
    rows = load_overdue_findings(town.inspector)
    assert [(r.id, r.status) for r in rows] == [(fid, states.ESCALATED)]


def test_a_passed_recheck_is_never_escalated(town: Town) -> None:
    number, fid = _hazard(town)
    with pytest.raises(Rejected) as refused:
        actions.recheck_finding(town.inspector, number, fid, True, escalate=True)
    assert _codes(refused) == [states.NOT_NOW]
    assert _finding(town, number, fid).status == states.RECORDED
