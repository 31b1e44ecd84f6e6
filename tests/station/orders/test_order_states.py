"""The three state machines: the pure tables and decisions, then each machine walked on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from orders_town import INSPECTOR_A, INSPECTOR_B, SUPERVISOR, Town
from sqlalchemy import select

from db.schema import AuditLog, WorkOrderEvent
from station import actions
from station.domain.problems import Rejected
from station.orders import states
from station.orders.cases import CaseInput
from station.orders.rows import FindingDraft, TargetResult

WIRING = CaseInput("wiring", {"k": "1.5", "recorded_kwh": "1000", "price": "0.5"})


def _facts(**kw: object) -> states.OrderFacts:
    inspectors = tuple(states.Inspector(n, True, "inspector", f"JC-{n}", "2") for n in ("a", "b"))
    base: dict[str, object] = {"number": "GD2026-0001", "kind": "special", "status": states.DISPATCHED,
                               "inspectors": inspectors, "targets": (states.TargetFacts("31", "380V", None, None, None),)}
    base.update(kw)
    return states.OrderFacts(**base)  # type: ignore[arg-type]


def test_the_order_table_goes_from_draft_to_closed_and_cancels_only_before_on_site() -> None:
    path = ["submit", "approve", "start", "report", "close"]
    status = states.DRAFT
    for action in path:
        nxt = states.next_state(status, action)
        assert nxt is not None, (status, action)
        status = nxt
    assert status == states.CLOSED
    assert {s for (a, s) in states.ORDER_TRANSITIONS if a == "cancel"} == {states.DRAFT, states.PENDING,
                                                                           states.DISPATCHED}
    assert states.next_state(states.ONSITE, "cancel") is None
    assert states.next_state(states.REPORTED, "return") == states.ONSITE


def test_desk_kinds_skip_on_site_and_on_site_kinds_do_not() -> None:
    desk = _facts(kind="record-audit", inspectors=())
    assert [p.code for p in states.order_problems(desk, "start")] == [states.NOT_NOW]
    assert states.order_problems(_facts(kind="record-audit", inspectors=(), status=states.PENDING), "approve") == []
    assert [p.code for p in states.order_problems(_facts(), "report")] == [states.NOT_NOW]


def test_two_certified_inspectors_and_a_grade_that_covers_the_voltage() -> None:
    one = _facts(inspectors=(states.Inspector("a", True, "inspector", "JC-1", "2"),))
    assert [p.code for p in states.inspector_problems(one)] == [states.INSPECTORS]
    uncertified = _facts(inspectors=(states.Inspector("a", True, "inspector", "JC-1", "2"),
                                     states.Inspector("b", True, "inspector", None, None)))
    assert [p.code for p in states.inspector_problems(uncertified)] == [states.INSPECTORS]
    grade3 = _facts(inspectors=(states.Inspector("a", True, "inspector", "JC-1", "3"),
                                states.Inspector("b", True, "inspector", "JC-2", "1")),
                    targets=(states.TargetFacts("3100000003", "10kV", None, None, None),))
    problems = states.inspector_problems(grade3)
    assert [p.code for p in problems] == [states.CERT_GRADE] and "10kV" in problems[0].message.in_language("en")
    assert states.inspector_problems(_facts(check_grade=False, inspectors=grade3.inspectors,
                                            targets=grade3.targets)) == []


def test_finding_and_case_tables() -> None:
    assert states.finding_next(states.RECHECK_DUE, "fail") == states.RECTIFYING
    assert states.finding_next(states.RECTIFYING, "pass") == states.RECTIFIED
    assert states.finding_next(states.F_CLOSED, "pass") is None
    walk = [("approve", states.APPROVED), ("serve", states.SERVED), ("refuse", states.REFUSED),
            ("transfer", states.TRANSFERRED), ("close", states.C_CLOSED)]
    status = states.C_PENDING
    for action, expected in walk:
        status = states.case_next(status, action) or "?"
        assert status == expected
    assert states.case_next(states.SERVED, "cancel") is None
    assert states.frozen_case_problem(states.APPROVED)[0].code == states.FROZEN


def test_an_order_walks_every_state_with_its_history_and_audit(town: Town) -> None:
    number = town.order("special")
    actions.submit_order(town.inspector, number)
    actions.return_order(town.supervisor, number, "补充计划日期")
    actions.submit_order(town.inspector, number)
    assert actions.approve_order(town.supervisor, number).status == states.DISPATCHED
    actions.start_order(town.inspector, number)
    actions.report_order(town.inspector, number, [TargetResult(None, "problem", "signed")])
    finding = actions.add_finding(town.inspector, number, FindingDraft("metering", "表箱封印缺失"))
    assert actions.load_order(town.inspector, number).order.status == states.TRACKING
    actions.return_order(town.supervisor, number, "补拍表箱照片")
    assert actions.load_order(town.inspector, number).order.status == states.ONSITE
    actions.report_order(town.inspector, number, [TargetResult(None, "problem", "signed")])
    actions.recheck_finding(town.inspector, number, finding.id, True)
    closed = actions.close_order(town.inspector, number)
    assert closed.status == states.CLOSED
    detail = actions.load_order(town.inspector, number)
    moves = [(h.action, h.from_state, h.to_state) for h in detail.history if h.entity == "order"]
    assert moves[:4] == [("create", None, "draft"), ("submit", "draft", "pending"),
                         ("return", "pending", "draft"), ("submit", "draft", "pending")]
    assert ("track", "reported", "tracking") in moves and moves[-1] == ("close", "reported", "closed")
    assert [f.status for f in detail.findings] == [states.F_CLOSED]
    returned = [h for h in detail.history if h.action == "return"]
    assert returned[0].operator == SUPERVISOR and returned[0].reason == "补充计划日期"
    with town.ws.sessions() as s:
        audited = s.scalars(select(AuditLog).where(AuditLog.entity == "work_order")).all()
        events = s.scalars(select(WorkOrderEvent).where(WorkOrderEvent.entity == "order")).all()
    assert len(audited) == len(events) and all(number in (a.after or "") for a in audited)


def test_a_desk_check_is_reported_without_going_on_site(town: Town) -> None:
    number = town.order("record-audit", inspectors=(INSPECTOR_A,))
    actions.submit_order(town.inspector, number)
    actions.approve_order(town.supervisor, number)
    with pytest.raises(Rejected) as refused:
        actions.start_order(town.inspector, number)
    assert refused.value.problems[0].code == states.NOT_NOW
    row = actions.report_order(town.inspector, number, [TargetResult(None, "ok", "absent")])
    assert row.status == states.REPORTED
    assert actions.close_order(town.inspector, number).status == states.CLOSED


def test_a_failed_recheck_returns_to_rectifying_with_a_new_deadline(town: Town) -> None:
    number = town.reported()
    f = actions.add_finding(town.inspector, number, FindingDraft("hazard", "配电室门锁损坏", location="配电室"))
    assert f.rectify_by is not None and "30个工作日" in f.deadline_source
    actions.advance_finding(town.inspector, number, f.id, "notify")
    actions.advance_finding(town.inspector, number, f.id, "acknowledge")
    assert actions.advance_finding(town.inspector, number, f.id, "ready").status == states.RECHECK_DUE
    later = dt.date.today() + dt.timedelta(days=20)
    failed = actions.recheck_finding(town.inspector, number, f.id, False, rectify_by=later, note="仍未更换")
    assert failed.status == states.RECTIFYING and failed.rectify_by == later
    events = {x.id: x for x in actions.load_order(town.inspector, number).findings}[f.id].events
    assert [(e.kind, e.old_deadline, e.new_deadline) for e in events] == [("recheck-fail", f.rectify_by, later)]
    assert actions.recheck_finding(town.inspector, number, f.id, True).status == states.RECTIFIED


def test_an_extension_is_an_event_with_reason_and_approver_and_overdue_is_computed(town: Town) -> None:
    number = town.reported()
    f = actions.add_finding(town.inspector, number, FindingDraft("record", "户名与营业执照不符"))
    with town.ws.sessions.begin() as s:  # the deadline passed (time moves on: only the date is changed)
        from db.schema import Finding

        s.get(Finding, f.id).rectify_by = dt.date.today() - dt.timedelta(days=3)  # type: ignore[union-attr]
    late = {x.id: x for x in actions.load_order(town.inspector, number).findings}[f.id]
    assert late.overdue and late.days_overdue == 3
    assert [o.number for o in actions.load_orders(town.inspector, _overdue())] == [number]
    with pytest.raises(Rejected):
        actions.extend_finding(town.inspector, number, f.id, dt.date.today() + dt.timedelta(days=5), "客户申请")
    new = dt.date.today() + dt.timedelta(days=5)
    extended = actions.extend_finding(town.supervisor, number, f.id, new, "客户申请延期，更正材料在办理中")
    assert not extended.overdue and extended.rectify_by == new and SUPERVISOR in extended.deadline_source
    events = {x.id: x for x in actions.load_order(town.inspector, number).findings}[f.id].events
    assert [(e.kind, e.approver, e.new_deadline) for e in events] == [("extend", SUPERVISOR, new)]
    assert actions.load_orders(town.inspector, _overdue()) == []
    assert actions.void_finding(town.supervisor, number, f.id, "重复记录").status == states.VOIDED


def _overdue():  # type: ignore[no-untyped-def]
    from station.orders.rows import OrderFilter

    return OrderFilter(overdue=True)


def test_a_case_walks_pending_approved_served_settled_closed(town: Town) -> None:
    number = town.reported()
    case = actions.open_case(town.inspector, number, WIRING)
    assert (case.status, case.kwh, case.total) == (states.C_PENDING, 500, 250)
    assert case.working and "K" in " ".join(case.working) and case.edition == "2024"
    assert case.inputs["params"]["k"] == "1.5" and case.inputs["calculator"] == "wiring"
    for action, expected in (("approve", states.APPROVED), ("serve", states.SERVED), ("settle", states.SETTLED),
                             ("close", states.C_CLOSED)):
        who = town.supervisor if action in ("approve", "settle", "close") else town.inspector
        assert actions.move_case(who, number, case.number, action).status == expected
    assert actions.close_order(town.inspector, number).status == states.CLOSED


def test_an_approved_case_is_amended_never_edited(town: Town) -> None:
    number = town.reported()
    case = actions.open_case(town.inspector, number, WIRING)
    fixed = CaseInput("wiring", {"k": "2", "recorded_kwh": "1000", "price": "0.5"})
    assert actions.update_case(town.inspector, number, case.number, fixed).kwh == 1000  # still pending: fine
    actions.approve_case(town.supervisor, number, case.number)
    with pytest.raises(Rejected) as refused:
        actions.update_case(town.inspector, number, case.number, WIRING)
    assert refused.value.problems[0].code == states.FROZEN
    new = actions.amend_case(town.inspector, number, case.number, WIRING, "K值复核为1.5")
    assert (new.number, new.version, new.supersedes, new.status) == (f"{case.number}-2", 2, case.number,
                                                                     states.C_PENDING)
    old = {c.number: c for c in actions.load_order(town.inspector, number).cases}[case.number]
    assert old.status == states.C_CANCELLED and old.reason == "K值复核为1.5" and old.kwh == 1000
    assert INSPECTOR_B  # both inspectors are on the order: neither may approve


def test_a_billing_check_at_the_desk_opens_a_multiplier_case(town: Town) -> None:
    number = town.on_site("billing-check", inspectors=(INSPECTOR_A,))
    case = actions.open_case(town.inspector, number, CaseInput(
        "multiplier", {"actual_ratio": "30", "billed_ratio": "20", "recorded_kwh": "3000", "price": "0.6"}))
    assert case.kwh == 1500 and case.status == states.C_PENDING
    assert actions.load_order(town.inspector, number).order.status == states.DISPATCHED


def test_the_buttons_a_finding_or_case_offers() -> None:
    assert states.finding_actions(states.RECORDED) == ["notify", "pass", "fail", "escalate", "void"]
    assert states.finding_actions(states.RECTIFIED) == ["close", "void"]
    assert states.case_actions(states.APPROVED) == ["serve", "cancel", "amend"]
    assert states.case_actions(states.C_CLOSED) == []
