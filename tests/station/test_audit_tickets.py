"""稽查工作传票 (issue 11): the stored findings (a corrected record closes its finding, a rerun changes nothing)
and every state and refusal of a ticket, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from db.schema import AuditFinding, AuditLog, AuditRun, AuditTicketEvent, TransformerArea
from station import actions
from station.audit_tickets import states
from station.audit_tickets.rows import TicketDraft, TicketFilter
from station.audit_tickets.states import TicketInput
from station.domain.problems import Rejected
from station.workspace import Workspace
from tests.station.registered import set_up_users

ON = dt.date.today()


def _ledger(ws: Workspace) -> None:
    """Two 台区 without a gateway meter: two area_gateway findings, nothing else the gateway check sees."""
    with ws.sessions.begin() as s:
        s.add_all([TransformerArea(code="TQ01", name="城关1号台区", transformer_kva=Decimal(400)),
                   TransformerArea(code="TQ02", name="城关2号台区", transformer_kva=Decimal(200))])


def _run(ws: Workspace):  # type: ignore[no-untyped-def]
    return actions.run_record_audit(ws, ON, ["area_gateway"])


def _counts(ws: Workspace) -> tuple[int, int, int, int]:
    with ws.sessions() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)  # type: ignore[return-value]
                     for t in (AuditRun, AuditFinding, AuditLog, AuditTicketEvent))


def _staff(ws: Workspace) -> Workspace:
    return set_up_users(ws, ("陈静", "clerk"), ("王强", "metering"), ("李军", "inspector"))


def _as(ws: Workspace, name: str) -> Workspace:
    ws.operator = name
    return ws


def _fix_gateway(ws: Workspace, code: str) -> None:
    with ws.sessions.begin() as s:
        s.execute(update(TransformerArea).where(TransformerArea.code == code).values(gateway_meter="G" + code))


def test_a_run_stores_its_findings_and_a_rerun_of_unchanged_data_changes_nothing(any_workspace) -> None:
    ws = _staff(any_workspace)
    _ledger(ws)
    first = _run(ws)
    assert first.recorded is not None and first.recorded.opened == 2 and first.recorded.run_id
    before = _counts(ws)
    again = _run(ws)
    assert again.recorded is not None and (again.recorded.run_id, again.recorded.opened) == (None, 0)
    assert _counts(ws) == before  # not a row more: no run, no finding, no audit line
    assert again.recorded.finding_ids == first.recorded.finding_ids


def test_a_corrected_record_closes_its_finding_and_its_ticket_says_so(any_workspace) -> None:
    ws = _staff(any_workspace)
    _ledger(ws)
    ids = _run(ws).recorded.finding_ids
    with ws.sessions() as s:
        tq01 = s.scalar(select(AuditFinding.id).where(AuditFinding.key == "TQ01"))
    (ticket,) = actions.raise_tickets(ws, [TicketDraft(tq01, responsible="王强")])
    assert ticket.number.startswith(f"JC{ON.year}-") and ticket.status == states.ASSIGNED
    assert not ticket.finding_closed
    _fix_gateway(ws, "TQ01")
    second = _run(ws).recorded
    assert (second.opened, second.closed) == (0, 1) and tq01 not in second.finding_ids.values()
    assert set(second.finding_ids.values()) == set(ids.values()) - {tq01}
    with ws.sessions() as s:
        f = s.get(AuditFinding, tq01)
        assert (f.status, f.close_reason, f.closed_run_id) == ("closed", "corrected", second.run_id)
    detail = actions.load_ticket(ws, ticket.number)
    assert detail.ticket.finding_closed and detail.ticket.finding_closed_at is not None
    assert [e.action for e in detail.events] == ["create", "assign", "finding-closed"]
    assert [s.action for s in detail.steps if s.allowed] == ["assign", "close"]  # the supervisor may close now
    closed = actions.move_ticket(ws, ticket.number, "close")
    assert (closed.status, closed.result) == (states.CLOSED, states.CORRECTED)
    assert _run(ws).recorded.run_id is None  # and the closed finding stays closed


def test_the_finding_comes_back_as_a_new_one_when_the_record_goes_wrong_again(any_workspace) -> None:
    ws = _staff(any_workspace)
    _ledger(ws)
    _run(ws)
    _fix_gateway(ws, "TQ02")
    _run(ws)
    with ws.sessions.begin() as s:
        s.execute(update(TransformerArea).where(TransformerArea.code == "TQ02").values(gateway_meter=None))
    third = _run(ws).recorded
    assert (third.opened, third.closed) == (1, 0)
    with ws.sessions() as s:
        assert [st for (st,) in s.execute(select(AuditFinding.status).where(AuditFinding.key == "TQ02")
                                          .order_by(AuditFinding.id))] == ["closed", "open"]


def test_a_run_of_one_check_closes_nothing_of_another_and_a_look_back_records_nothing(any_workspace) -> None:
    ws = _staff(any_workspace)
    _ledger(ws)
    _run(ws)
    other = actions.run_record_audit(ws, ON, ["duplicates"]).recorded
    assert other.closed == 0
    before = _counts(ws)
    back = actions.run_record_audit(ws, ON - dt.timedelta(days=30), ["area_gateway", "no_meter"]).recorded
    assert back.look_back and back.run_id is None and _counts(ws) == before


def _ticket(ws: Workspace, responsible: str = "王强") -> str:
    _ledger(ws)
    ids = sorted(_run(ws).recorded.finding_ids.values())
    return actions.raise_tickets(ws, [TicketDraft(ids[0], responsible=responsible)])[0].number


def _codes(exc: pytest.ExceptionInfo[Rejected]) -> list[str]:
    return [p.code for p in exc.value.problems]


def test_every_state_from_received_to_closed_with_a_returned_reply(any_workspace) -> None:
    ws = _staff(any_workspace)
    _ledger(ws)
    fid = sorted(_run(ws).recorded.finding_ids.values())[0]
    (t,) = actions.raise_tickets(ws, [TicketDraft(fid, theme="台区关口表缺失")])
    assert (t.status, t.responsible, t.rounds, t.theme) == (states.RECEIVED, None, 1, "台区关口表缺失")
    assert t.reply_by > ON and "10个工作日" in t.reply_by_source
    n = t.number
    assert actions.move_ticket(ws, n, "assign", TicketInput(responsible="王强")).status == states.ASSIGNED
    assert actions.move_ticket(_as(ws, "王强"), n, "start").status == states.CHECKING
    replied = actions.move_ticket(ws, n, "reply", TicketInput(result="no-error", reply="查过了"))
    assert (replied.status, replied.result) == (states.REPLIED, "no-error")
    returned = actions.move_ticket(_as(ws, "所长"), n, "return", TicketInput(reason="没有说明关口表在哪"))
    assert (returned.status, returned.rounds, returned.reason) == (states.CHECKING, 2, "没有说明关口表在哪")
    actions.move_ticket(_as(ws, "王强"), n, "reply", TicketInput(result="corrected", reply="关口表已补录"))
    verified = actions.move_ticket(_as(ws, "所长"), n, "verify",
                                   TicketInput(verdict="confirmed", liable="陈静", note="建档漏录"))
    assert (verified.status, verified.verdict, verified.liable) == (states.VERIFIED, "confirmed", "陈静")
    closed = actions.move_ticket(ws, n, "close")
    assert closed.status == states.CLOSED and closed.result == "corrected"
    detail = actions.load_ticket(ws, n)
    assert [(e.action, e.from_state, e.to_state) for e in detail.events] == [
        ("create", None, "received"), ("assign", "received", "assigned"), ("start", "assigned", "checking"),
        ("reply", "checking", "replied"), ("return", "replied", "checking"), ("reply", "checking", "replied"),
        ("verify", "replied", "verified"), ("close", "verified", "closed")]
    assert [e.operator for e in detail.events][2:4] == ["王强", "王强"] and detail.events[4].reason
    assert detail.steps == ()
    with ws.sessions() as s:
        audited = list(s.scalars(select(AuditLog.action).where(AuditLog.entity == "audit_ticket")
                                 .order_by(AuditLog.id)))
    assert audited == ["create", "assign", "start", "reply", "return", "reply", "verify", "close"]


def test_the_refusals_of_each_transition(any_workspace) -> None:
    ws = _staff(any_workspace)
    n = _ticket(ws)
    with pytest.raises(Rejected) as exc:  # the reply is the responsible person's alone
        actions.move_ticket(_as(ws, "李军"), n, "start")
    assert _codes(exc) == [states.NOT_RESPONSIBLE]
    with pytest.raises(Rejected) as exc:  # nothing to reply to yet
        actions.move_ticket(_as(ws, "王强"), n, "reply", TicketInput(result="corrected", reply="x"))
    assert _codes(exc) == [states.NOT_NOW]
    actions.move_ticket(ws, n, "start")
    with pytest.raises(Rejected) as exc:  # someone else's reply
        actions.move_ticket(_as(ws, "李军"), n, "reply", TicketInput(result="corrected", reply="x"))
    assert _codes(exc) == [states.NOT_RESPONSIBLE]
    with pytest.raises(Rejected) as exc:  # a reply needs a coded result and its text
        actions.move_ticket(_as(ws, "王强"), n, "reply", TicketInput(result="fine"))
    assert _codes(exc) == [states.REQUIRED, states.REQUIRED]
    actions.move_ticket(ws, n, "reply", TicketInput(result="explained", reply="特殊台区"))
    with pytest.raises(Rejected) as exc:  # verify by a non-supervisor: the matrix says no
        actions.move_ticket(_as(ws, "李军"), n, "verify", TicketInput(verdict="unconfirmed"))
    assert _codes(exc) == ["not_allowed"]
    with pytest.raises(Rejected) as exc:  # a return needs its reason
        actions.move_ticket(_as(ws, "所长"), n, "return", TicketInput(reason="  "))
    assert _codes(exc) == [states.REQUIRED]
    with pytest.raises(Rejected) as exc:  # 查实 names who is responsible
        actions.move_ticket(ws, n, "verify", TicketInput(verdict="confirmed"))
    assert _codes(exc) == [states.REQUIRED]
    with pytest.raises(Rejected) as exc:  # closing an unverified ticket whose finding is still open
        actions.move_ticket(ws, n, "close")
    assert _codes(exc) == [states.FINDING_OPEN]
    row = actions.load_tickets(ws)[0]
    actions.move_ticket(ws, n, "verify", TicketInput(verdict="unconfirmed"), version=row.version)
    with pytest.raises(Rejected) as exc:  # the version the user saw is gone
        actions.move_ticket(ws, n, "close", version=row.version)
    assert _codes(exc) == [states.STALE]


def test_assign_names_a_registered_user_who_may_answer_and_raise_is_the_supervisors(any_workspace) -> None:
    ws = _staff(any_workspace)
    _ledger(ws)
    fid = sorted(_run(ws).recorded.finding_ids.values())[0]
    with pytest.raises(Rejected) as exc:
        actions.raise_tickets(ws, [TicketDraft(fid, responsible="无名氏")])
    assert _codes(exc) == [states.UNKNOWN_USER] and actions.load_tickets(ws) == []
    with pytest.raises(Rejected) as exc:
        actions.raise_tickets(ws, [TicketDraft(fid, responsible="管理")])  # an admin answers no ticket
    assert _codes(exc) == [states.UNKNOWN_USER]
    with pytest.raises(Rejected) as exc:
        actions.raise_tickets(_as(ws, "陈静"), [TicketDraft(fid)])
    assert _codes(exc) == ["not_allowed"]
    with pytest.raises(Rejected) as exc:
        actions.raise_tickets(_as(ws, "所长"), [TicketDraft(fid, reply_by=ON - dt.timedelta(days=1))])
    assert _codes(exc) == ["reply_by"]


def test_a_supervisor_may_not_verify_their_own_reply(any_workspace) -> None:
    ws = _staff(any_workspace)
    n = _ticket(ws, responsible="所长")
    actions.move_ticket(ws, n, "start")
    actions.move_ticket(ws, n, "reply", TicketInput(result="corrected", reply="已改"))
    with pytest.raises(Rejected) as exc:
        actions.move_ticket(ws, n, "verify", TicketInput(verdict="unconfirmed"))
    assert _codes(exc) == [states.SELF_VERIFY]


def test_overdue_is_computed_and_the_lists_filter_mine_overdue_and_state(any_workspace) -> None:
    ws = _staff(any_workspace)
    n = _ticket(ws)
    (row,) = actions.load_tickets(ws)
    assert not row.overdue
    late = row.reply_by + dt.timedelta(days=1)
    assert actions.load_tickets(ws, TicketFilter(overdue=True), today=late)[0].overdue
    assert actions.load_tickets(ws, TicketFilter(overdue=True)) == []
    assert [t.number for t in actions.load_tickets(ws, TicketFilter(responsible="王强"))] == [n]
    assert actions.load_tickets(ws, TicketFilter(responsible="李军")) == []
    assert [t.number for t in actions.load_tickets(ws, TicketFilter(status="assigned"))] == [n]
    assert actions.load_tickets(ws, TicketFilter(status="closed")) == []


def test_the_steps_say_what_is_missing_for_the_acting_user(any_workspace) -> None:
    ws = _staff(any_workspace)
    n = _ticket(ws)
    steps = {s.action: s for s in actions.load_ticket(ws, n).steps}
    assert set(steps) == {"assign", "start", "close"}
    assert steps["assign"].allowed and not steps["start"].allowed
    assert steps["start"].missing[0].code == states.NOT_RESPONSIBLE
    assert steps["close"].missing[0].code == states.FINDING_OPEN
    mine = {s.action: s for s in actions.load_ticket(_as(ws, "王强"), n).steps}
    assert mine["start"].allowed and mine["assign"].missing[0].code == "not_allowed"


def test_the_state_table_is_complete() -> None:
    reachable = {to for (_a, _f), to in states.TRANSITIONS.items()}
    assert reachable | {states.RECEIVED} == set(states.STATES)
    assert states.offered(states.CLOSED) == []
    assert states.is_overdue(states.CHECKING, ON, ON + dt.timedelta(days=1))
    assert not states.is_overdue(states.REPLIED, ON, ON + dt.timedelta(days=1))


def test_the_month_close_notes_tickets_due_in_the_month_not_replied(any_workspace) -> None:
    from station.month.checklist import NOTED, PASSED, run_checklist

    ws = _staff(any_workspace)
    n = _ticket(ws)
    due = actions.load_tickets(ws)[0].reply_by

    def item(month: int) -> tuple[str, str]:
        with ws.sessions() as s:
            (it,) = [i for i in run_checklist(s, month) if i.key == "audit_tickets_answered"]
            return it.outcome, it.detail.in_language("zh_CN")

    month = due.year * 100 + due.month
    before = (ON.year * 100 + ON.month - 1) if ON.month > 1 else (ON.year - 1) * 100 + 12
    assert item(before)[0] == PASSED  # due after that month
    outcome, text = item(month)
    assert outcome == NOTED and n in text
    actions.move_ticket(_as(ws, "王强"), n, "start")
    actions.move_ticket(ws, n, "reply", TicketInput(result="corrected", reply="已补录"))
    assert item(month)[0] == PASSED


def test_the_yearly_summary_counts_tickets_received_closed_confirmed_and_late_by_their_own_dates(any_workspace) -> None:
    from db.schema import AuditTicket
    from station.summary import paragraph

    ws = _staff(any_workspace)
    _ledger(ws)
    ids = sorted(_run(ws).recorded.finding_ids.values())
    first, second = (t.number for t in actions.raise_tickets(ws, [TicketDraft(i, responsible="王强") for i in ids]))
    actions.move_ticket(_as(ws, "王强"), first, "start")
    actions.move_ticket(ws, first, "reply", TicketInput(result="corrected", reply="已补录"))
    actions.move_ticket(_as(ws, "所长"), first, "verify", TicketInput(verdict="confirmed", liable="陈静"))
    actions.move_ticket(ws, first, "close")
    year = ON.year - 1  # every date moved into last year, so the test holds on any day it runs

    def dates(number: str, **values: object) -> None:
        with ws.sessions.begin() as s:
            s.execute(update(AuditTicket).where(AuditTicket.number == number).values(**values))

    dates(first, created_at=dt.datetime(year, 3, 1, 9), reply_by=dt.date(year, 3, 10),
          replied_at=dt.datetime(year, 3, 10, 16), closed_at=dt.datetime(year, 3, 12, 9))  # replied on the day
    dates(second, created_at=dt.datetime(year, 5, 1, 9), reply_by=dt.date(year, 5, 15))  # never replied

    def figures() -> dict[str, Decimal]:
        summary = actions.load_year_summary(ws, year)
        return {f.code: f.value for f in summary.figures if f.code.startswith("tickets_")}

    assert figures() == {"tickets_received": 2, "tickets_closed": 1, "tickets_confirmed": 1, "tickets_late": 1}
    dates(first, replied_at=dt.datetime(year, 3, 11, 8))  # a day after its deadline
    assert figures()["tickets_late"] == 2
    summary = actions.load_year_summary(ws, year)
    late = next(f for f in summary.figures if f.code == "tickets_late")
    assert [d.ref for d in late.rows] == [first, second] and late.rows[0].account_no == "TQ01"
    assert "接收稽查工作传票2份，办结1份（查实1份），逾期未回复2份" in paragraph(summary)
    assert actions.load_year_summary(ws, ON.year).value("tickets_received") == 0


def test_a_ticket_raises_one_work_order_for_its_record_and_carries_its_number(any_workspace) -> None:
    from station.audit_tickets.service import HAS_ORDER

    ws = _staff(any_workspace)
    n = _ticket(ws)  # a 台区's ticket: the order goes to the 台区
    version = actions.load_ticket(ws, n).ticket.version
    with pytest.raises(Rejected) as refused:
        actions.raise_ticket_order(_as(ws, "陈静"), n)  # a clerk may not raise orders
    assert _codes(refused) == ["not_allowed"]
    with pytest.raises(Rejected) as refused:
        actions.raise_ticket_order(_as(ws, "所长"), n, "periodic")
    assert refused.value.problems[0].field == "kind"
    row = actions.raise_ticket_order(ws, n, "record-audit", version=version)
    assert row.order_number and row.version == version + 1 and row.status == states.ASSIGNED
    order = actions.load_order(ws, row.order_number).order
    assert (order.kind, order.source, order.area_code) == ("record-audit", "audit", "TQ01")
    with pytest.raises(Rejected) as refused:
        actions.raise_ticket_order(ws, n, "special")
    assert _codes(refused) == [HAS_ORDER]
    with pytest.raises(Rejected) as refused:
        actions.raise_ticket_order(ws, n, "record-audit", version=version)  # the form the user saw is old
    assert _codes(refused) == [states.STALE]
    events = actions.load_ticket(ws, n).events
    assert (events[-1].action, events[-1].from_state, events[-1].to_state) == ("order", "assigned", "assigned")


def test_the_history_reads_as_what_happened_naming_the_person_and_the_order(any_workspace) -> None:
    ws = _staff(any_workspace)
    n = _ticket(ws, responsible="")  # raised without anyone: assigned, then handed to someone else
    actions.move_ticket(ws, n, "assign", TicketInput(responsible="李军"))
    actions.move_ticket(ws, n, "assign", TicketInput(responsible="王强"))
    actions.move_ticket(_as(ws, "王强"), n, "start")
    order = actions.raise_ticket_order(_as(ws, "所长"), n).order_number
    actions.move_ticket(_as(ws, "王强"), n, "reply", TicketInput(result="field-check", reply="已去现场"))
    actions.move_ticket(_as(ws, "所长"), n, "return", TicketInput(reason="没有附照片"))
    actions.move_ticket(_as(ws, "王强"), n, "reply", TicketInput(result="corrected", reply="已补照片"))
    actions.move_ticket(_as(ws, "所长"), n, "verify", TicketInput(verdict="unconfirmed"))
    actions.move_ticket(ws, n, "close")
    events = actions.load_ticket(ws, n).events
    assert [e.subject for e in events] == ["", "李军", "王强", "", order, "", "", "", "", ""]

    def history(lang: str) -> list[str]:
        return [states.event_name(e.action, e.from_state, e.subject).in_language(lang) for e in events]

    assert history("en") == [
        "Raised", "Assigned to 李军", "Reassigned to 王强", "Check started", f"Work order {order} raised", "Replied",
        "Reply returned", "Replied", "Reply verified", "Closed"]
    assert history("zh_CN") == [
        "已下发", "已派发给李军", "已改派给王强", "已开始核查", f"已开具工单 {order}", "已回复", "回复被退回", "已回复",
        "回复已审核", "已关闭"]
    # The commands keep their own words: what a refusal says one may not do now.
    assert states.state_problem(states.CLOSED, "assign").message.in_language("en") == \
        "Not possible while Closed: assign"


def test_a_history_line_without_its_audit_row_names_nobody_rather_than_the_wrong_person(any_workspace) -> None:
    ws = _staff(any_workspace)
    n = _ticket(ws, responsible="")
    actions.move_ticket(ws, n, "assign", TicketInput(responsible="李军"))
    actions.move_ticket(ws, n, "assign", TicketInput(responsible="王强"))
    with ws.sessions.begin() as s:  # the first assign's audit row lost (an older database, a repair)
        first = s.scalar(select(func.min(AuditLog.id)).where(AuditLog.action == "assign",
                                                             AuditLog.entity == "audit_ticket"))
        s.execute(AuditLog.__table__.delete().where(AuditLog.id == first))
    events = actions.load_ticket(ws, n).events
    assert [states.event_name(e.action, e.from_state, e.subject).in_language("en") for e in events] == [
        "Raised", "Assigned", "Reassigned"]
