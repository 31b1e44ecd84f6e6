"""Every refusal of issue 10, on SQLite and PostgreSQL, each with its code and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from orders_town import ADMIN, CLERK, INSPECTOR_A, INSPECTOR_B, SUPERVISOR, Town

from station import actions
from station.domain.problems import Rejected
from station.domain.roles import NOT_ALLOWED
from station.orders import states
from station.orders.cases import CaseInput
from station.orders.rows import FindingDraft, TargetResult

WIRING = CaseInput("wiring", {"k": "1.5", "recorded_kwh": "1000", "price": "0.5"})


def _codes(exc: pytest.ExceptionInfo[Rejected]) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_one_inspector_is_refused_at_approval_and_at_start(town: Town) -> None:
    number = town.order(inspectors=(INSPECTOR_A,))
    actions.submit_order(town.inspector, number)
    with pytest.raises(Rejected) as refused:
        actions.approve_order(town.supervisor, number)
    assert _codes(refused) == [states.INSPECTORS]
    assert "two inspectors" in refused.value.problems[0].message.in_language("en")
    assert "两名" in refused.value.problems[0].message.in_language("zh_CN")
    actions.set_order_inspectors(town.inspector, number, [INSPECTOR_A, INSPECTOR_B])
    actions.approve_order(town.supervisor, number)
    actions.set_order_inspectors(town.inspector, number, [INSPECTOR_A])  # one fell ill after dispatch
    with pytest.raises(Rejected) as refused:
        actions.start_order(town.inspector, number)
    assert _codes(refused) == [states.INSPECTORS]
    assert actions.load_order(town.inspector, number).order.status == states.DISPATCHED


def test_an_inspector_without_certificate_or_registration_is_refused(town: Town) -> None:
    number = town.order(inspectors=(INSPECTOR_A, CLERK, "路人甲"))
    actions.submit_order(town.inspector, number)
    with pytest.raises(Rejected) as refused:
        actions.approve_order(town.supervisor, number)
    values = {p.value for p in refused.value.problems if p.code == states.INSPECTORS}
    assert values == {CLERK, "路人甲"}


def test_a_grade_that_does_not_cover_the_customers_voltage_is_refused(town: Town) -> None:
    admin = town.as_(ADMIN)
    actions.add_user(admin, "孙检查", "inspector", cert_no="JC-2024-0200", cert_grade="3")
    number = town.order(accounts=("3100000003",), inspectors=(INSPECTOR_A, "孙检查"))
    actions.submit_order(town.inspector, number)
    with pytest.raises(Rejected) as refused:
        actions.approve_order(town.supervisor, number)
    assert _codes(refused) == [states.CERT_GRADE]
    actions.set_rule(town.supervisor, "orders.check_cert_grade", "off")  # a station that does not check
    assert actions.approve_order(town.supervisor, number).status == states.DISPATCHED


def test_no_self_approval_and_only_a_supervisor_approves(town: Town) -> None:
    actions.add_user(town.as_(ADMIN), "周所长", "supervisor", cert_no="JC-2024-0001", cert_grade="1")
    number = town.order(inspectors=(INSPECTOR_A, "周所长"))
    actions.submit_order(town.inspector, number)
    with pytest.raises(Rejected) as refused:
        actions.approve_order(town.as_("周所长"), number)
    assert _codes(refused) == [states.SELF_APPROVAL]
    with pytest.raises(Rejected) as refused:
        actions.approve_order(town.inspector, number)
    assert _codes(refused) == [NOT_ALLOWED]
    assert actions.approve_order(town.supervisor, number).approver == SUPERVISOR


def test_the_case_approver_is_never_the_orders_inspector(town: Town) -> None:
    actions.add_user(town.as_(ADMIN), "周所长", "supervisor", cert_no="JC-2024-0001", cert_grade="1")
    number = town.reported(inspectors=(INSPECTOR_A, "周所长"))
    case = actions.open_case(town.inspector, number, WIRING)
    with pytest.raises(Rejected) as refused:
        actions.approve_case(town.as_("周所长"), number, case.number)
    assert _codes(refused) == [states.SELF_APPROVAL]
    with pytest.raises(Rejected) as refused:
        actions.approve_case(town.inspector, number, case.number)
    assert _codes(refused) == [NOT_ALLOWED]
    assert actions.approve_case(town.supervisor, number, case.number).approved_by == SUPERVISOR


def test_reporting_needs_results_and_a_witness_for_a_refusal(town: Town) -> None:
    number = town.on_site(accounts=("3100000001", "3100000002"))
    with pytest.raises(Rejected) as refused:
        actions.report_order(town.inspector, number, [TargetResult("3100000001", "ok", "signed")])
    assert _codes(refused) == [states.RESULTS_MISSING]
    with pytest.raises(Rejected) as refused:
        actions.report_order(town.inspector, number, [TargetResult(None, "problem", "refused")])
    assert _codes(refused) == [states.WITNESS, states.WITNESS]
    row = actions.report_order(town.inspector, number, [TargetResult(None, "problem", "refused", "社区主任刘")])
    assert row.status == states.REPORTED
    assert {t.witness for t in actions.load_order(town.inspector, number).targets} == {"社区主任刘"}


def test_closing_is_refused_while_a_finding_or_case_is_open(town: Town) -> None:
    number = town.reported()
    finding = actions.add_finding(town.inspector, number, FindingDraft("wiring", "B相电流反接"))
    case = actions.open_case(town.inspector, number, WIRING)
    with pytest.raises(Rejected) as refused:
        actions.close_order(town.inspector, number)
    assert _codes(refused) == [states.OPEN_ITEMS, states.OPEN_ITEMS]
    actions.recheck_finding(town.inspector, number, finding.id, True)
    actions.approve_case(town.supervisor, number, case.number)
    with pytest.raises(Rejected) as refused:
        actions.close_order(town.inspector, number)
    assert _codes(refused) == [states.OPEN_ITEMS]  # approved, not yet served
    actions.serve_case(town.inspector, number, case.number)
    assert actions.close_order(town.inspector, number).status == states.CLOSED


def test_a_theft_order_needs_a_photo_and_an_evidence_record_to_close(town: Town, tmp_path: Path) -> None:
    number = town.reported("theft")
    with pytest.raises(Rejected) as refused:
        actions.close_order(town.inspector, number)
    assert _codes(refused) == [states.EVIDENCE]
    assert "现场检查（取证）记录" in refused.value.problems[0].message.in_language("zh_CN")
    photo = tmp_path / "表尾接线.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg of the meter's terminals")
    assert actions.attach_file(town.inspector, number, photo).kind == "photo"
    with pytest.raises(Rejected) as refused:
        actions.close_order(town.inspector, number)
    assert [p.value for p in refused.value.problems] == ["evidence-record"]
    record = tmp_path / "取证记录.pdf"
    record.write_bytes(b"%PDF-1.4 evidence record")
    actions.attach_file(town.inspector, number, record, "evidence-record")
    assert actions.close_order(town.inspector, number).status == states.CLOSED


def test_cancel_needs_a_reason_and_is_refused_once_on_site(town: Town) -> None:
    draft = town.order()
    with pytest.raises(Rejected) as refused:
        actions.cancel_order(town.inspector, draft, "  ")
    assert _codes(refused) == [states.REASON]
    assert actions.cancel_order(town.inspector, draft, "客户已销户").status == states.CANCELLED
    number = town.on_site()
    with pytest.raises(Rejected) as refused:
        actions.cancel_order(town.supervisor, number, "改派")
    assert _codes(refused) == [states.NOT_NOW]
    assert actions.load_order(town.inspector, number).order.status == states.ONSITE


def test_the_steps_say_what_is_missing(town: Town) -> None:
    number = town.order(inspectors=(INSPECTOR_A,))
    actions.submit_order(town.inspector, number)
    steps = {s.action: s for s in actions.load_order(town.supervisor, number).steps}
    assert not steps["approve"].allowed and steps["approve"].missing[0].code == states.INSPECTORS
    assert steps["cancel"].allowed and steps["return"].allowed and not steps["start"].allowed
    mine = {s.action: s for s in actions.load_order(town.inspector, number).steps}
    assert [p.code for p in mine["approve"].missing] == [NOT_ALLOWED, states.SELF_APPROVAL, states.INSPECTORS]
    assert not mine["return"].allowed and mine["cancel"].allowed


def test_a_clerk_may_not_create_an_order(town: Town) -> None:
    from station.orders.rows import OrderDraft, TargetDraft

    with pytest.raises(Rejected) as refused:
        actions.create_order(town.as_(CLERK), OrderDraft("special", (TargetDraft("3100000001"),)))
    assert _codes(refused) == [NOT_ALLOWED]
    assert actions.load_orders(town.inspector) == []
