"""档案稽查 page, tickets (issue 11): raise tickets from selected findings through the dialog, and move the demo's
tickets with the real buttons (a refusal keeps the dialog and its input; the steps say what is missing)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station import actions
from station.audit_tickets import states
from station.audit_tickets.rows import TicketFilter
from ui.main_window import MainWindow
from ui.pages.record_audit_page import FINDING_ROLE, RecordAuditPage


def _page(qtbot, demo_ws, ui_settings) -> tuple[MainWindow, RecordAuditPage]:
    window = MainWindow(demo_ws, ui_settings)
    qtbot.addWidget(window)
    page = window.show_page("record_audit")
    assert isinstance(page, RecordAuditPage)
    qtbot.waitUntil(lambda: page.ready_for_screenshot() and page.tickets.defaults is not None, timeout=30_000)
    return window, page


def _select(qtbot, page: RecordAuditPage, number: str) -> None:
    page.show_tab("tickets")
    page.tickets.filter_combo.setCurrentIndex(page.tickets.filter_combo.findData("all"))
    qtbot.waitUntil(lambda: number in [t.number for t in page.tickets.rows], timeout=10_000)
    with qtbot.waitSignal(page.tickets.shown, timeout=10_000):
        page.tickets.select_number(number)


def _demo(demo_ws, status: str) -> str:
    return actions.load_tickets(demo_ws, TicketFilter(status=status))[0].number


def test_selected_findings_raise_tickets_through_the_dialog(qtbot, demo_ws, ui_settings, english, modal):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    items = [page.tree.topLevelItem(i).child(j) for i in range(page.tree.topLevelItemCount())
             for j in range(page.tree.topLevelItem(i).childCount())]
    chosen = [it for it in items if it.data(0, FINDING_ROLE)][-2:]
    for it in chosen:
        it.setSelected(True)
    assert page.ticket_action.isEnabled() and page.order_action.isEnabled() is not None

    def work() -> None:
        dlg = page.last_dialog
        assert dlg.reply_by_edit.date().toPython() == page.tickets.defaults[0]
        dlg.responsible_combo.setCurrentIndex(dlg.responsible_combo.findData("王强"))
        qtbot.keyClicks(dlg.theme_edit, "Gateway check")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    with qtbot.waitSignal(page.tickets_raised, timeout=20_000) as raised:
        page.ticket_action.trigger()
    modal.check()
    numbers = raised.args[0]
    assert len(numbers) == 2 and page.tabs.currentWidget() is page.tickets
    made = [t for t in actions.load_tickets(demo_ws) if t.number in numbers]
    assert {(t.status, t.responsible, t.theme) for t in made} == {(states.ASSIGNED, "王强", "Gateway check")}
    assert {t.finding_id for t in made} == {it.data(0, FINDING_ROLE) for it in chosen}
    qtbot.waitUntil(lambda: any(t.number == numbers[0] for t in page.tickets.rows), timeout=10_000)


def test_the_steps_show_what_is_missing_and_verify_moves_the_ticket(qtbot, demo_ws, ui_settings, english, modal):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    number = _demo(demo_ws, states.REPLIED)
    _select(qtbot, page, number)
    panel = page.tickets
    shown = {a for a, b in panel.buttons.items() if b.isVisibleTo(panel)}
    assert shown == {"return", "verify", "close"}
    assert not panel.buttons["close"].isEnabled() and "still open" in panel.buttons["close"].toolTip()
    assert "still open" in panel.missing_label.text()

    def work() -> None:
        dlg = panel.last_dialog
        dlg.verdict_combo.setCurrentIndex(dlg.verdict_combo.findData("confirmed"))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # 查实 without who is responsible: refused
        qtbot.waitUntil(lambda: not dlg.saving, timeout=10_000)
        assert dlg.isVisible() and dlg.liable_edit.property("refused") and "who is responsible" in \
            dlg.problem_label.text()
        dlg.verdict_combo.setCurrentIndex(dlg.verdict_combo.findData("unconfirmed"))
        qtbot.keyClicks(dlg.note_edit, "checked again")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    with qtbot.waitSignal(panel.moved, timeout=20_000):
        qtbot.mouseClick(panel.buttons["verify"], Qt.MouseButton.LeftButton)
    modal.check()
    assert actions.load_ticket(demo_ws, number).ticket.status == states.VERIFIED
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.ticket.status == states.VERIFIED,
                    timeout=10_000)
    assert panel.buttons["close"].isVisibleTo(panel) and panel.buttons["close"].isEnabled()


def test_a_return_needs_its_reason_and_counts_a_round(qtbot, demo_ws, ui_settings, english, modal):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    number = _demo(demo_ws, states.REPLIED)
    rounds = actions.load_ticket(demo_ws, number).ticket.rounds
    _select(qtbot, page, number)
    panel = page.tickets

    def work() -> None:
        dlg = panel.last_dialog
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=10_000)
        assert dlg.isVisible() and dlg.reason_edit.property("refused")
        qtbot.keyClicks(dlg.reason_edit, "no photo")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    with qtbot.waitSignal(panel.moved, timeout=20_000):
        qtbot.mouseClick(panel.buttons["return"], Qt.MouseButton.LeftButton)
    modal.check()
    ticket = actions.load_ticket(demo_ws, number).ticket
    assert (ticket.status, ticket.rounds, ticket.reason) == (states.CHECKING, rounds + 1, "no photo")


def test_the_supervisor_may_not_reply_for_the_responsible_person(qtbot, demo_ws, ui_settings, english):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    checking = actions.load_tickets(demo_ws, TicketFilter(status=states.CHECKING))[0]
    _select(qtbot, page, checking.number)
    reply = page.tickets.buttons["reply"]
    assert reply.isVisibleTo(page.tickets) and not reply.isEnabled()
    assert checking.responsible in reply.toolTip()


def test_the_filters_list_overdue_and_by_state(qtbot, demo_ws, ui_settings, english):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    panel = page.tickets
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findText("Overdue"))
    qtbot.waitUntil(lambda: panel.rows and all(t.overdue for t in panel.rows), timeout=10_000)
    assert "overdue" in panel.table.item(0, 6).text()
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData(states.CLOSED))
    qtbot.waitUntil(lambda: panel.rows and all(t.status == states.CLOSED for t in panel.rows), timeout=10_000)


def test_a_corrected_record_closes_its_finding_on_the_next_run_and_the_ticket_closes(qtbot, demo_ws, ui_settings,
                                                                                     english, modal):
    from sqlalchemy import select, update

    from db.schema import Customer, MeteringPoint

    ticket = actions.load_tickets(demo_ws, TicketFilter(status=states.ASSIGNED, check="metering_method"))[0]
    with demo_ws.sessions.begin() as s:  # the clerk corrects the record in its ledger
        s.execute(update(MeteringPoint).where(MeteringPoint.customer_id == select(Customer.id).where(
            Customer.account_no == ticket.object_key).scalar_subquery()).values(metering_method="高供高计"))
    _window, page = _page(qtbot, demo_ws, ui_settings)  # opening the page runs the audit
    assert page.report.recorded is not None and page.report.recorded.closed >= 1
    _select(qtbot, page, ticket.number)
    panel = page.tickets
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.ticket.finding_closed, timeout=10_000)

    def listed_as_corrected() -> bool:  # the list asked for after the audit run may arrive after the detail
        row = [t.number for t in panel.rows].index(ticket.number)
        return panel.table.item(row, 8).text() == "closed: corrected"

    qtbot.waitUntil(listed_as_corrected, timeout=10_000)
    assert panel.buttons["close"].isEnabled()

    def work() -> None:
        qtbot.mouseClick(panel.last_dialog.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    with qtbot.waitSignal(panel.moved, timeout=20_000):
        qtbot.mouseClick(panel.buttons["close"], Qt.MouseButton.LeftButton)
    modal.check()
    closed = actions.load_ticket(demo_ws, ticket.number).ticket
    assert (closed.status, closed.result) == (states.CLOSED, states.CORRECTED)


def test_a_ticket_raises_its_work_order_from_the_button_and_then_carries_its_number(qtbot, demo_ws, ui_settings,
                                                                                     english, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window, page = _page(qtbot, demo_ws, ui_settings)
    ticket = next(t for t in actions.load_tickets(demo_ws, TicketFilter(status=states.CHECKING)) if not t.order_number)
    _select(qtbot, page, ticket.number)
    panel = page.tickets
    assert panel.order_button.isVisibleTo(panel) and panel.order_button.isEnabled()
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *args, **kwargs):
        offered.append(list(items))
        return items[0], True  # the desk re-check

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    with qtbot.waitSignal(panel.ordered, timeout=20_000) as ordered:
        qtbot.mouseClick(panel.order_button, Qt.MouseButton.LeftButton)
    number = ordered.args[0]
    assert offered and len(offered[0]) == 2
    assert actions.load_ticket(demo_ws, ticket.number).ticket.order_number == number
    order = actions.load_order(demo_ws, number).order
    assert (order.kind, order.source) == ("record-audit", "audit")
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.ticket.order_number == number, timeout=10_000)
    assert not panel.order_button.isVisibleTo(panel) and number in panel.form_label.text()
    assert number in window.statusBar().currentMessage()
    last = panel.history.topLevelItem(panel.history.topLevelItemCount() - 1)
    assert (last.text(1), last.text(2)) == (f"Work order {number} raised", "Checking")  # the state left as it was


def _history(panel) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(step, from → to) of each line of the shown ticket's history, oldest first."""
    items = [panel.history.topLevelItem(i) for i in range(panel.history.topLevelItemCount())]
    return [(it.text(1), it.text(2)) for it in items]


def test_the_history_says_what_happened_while_the_buttons_say_what_to_do(qtbot, demo_ws, ui_settings, english):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    ticket = actions.load_tickets(demo_ws, TicketFilter(status=states.REPLIED))[0]
    _select(qtbot, page, ticket.number)
    panel = page.tickets
    assert _history(panel) == [
        ("Raised", "— → Received, not assigned"), (f"Assigned to {ticket.responsible}", "Received, not assigned → Assigned"),
        ("Check started", "Assigned → Checking"), ("Replied", "Checking → Replied"),
        ("Reply returned", "Replied → Checking"), ("Replied", "Checking → Replied")]
    assert [panel.buttons[a].text() for a in ("return", "verify", "close")] == ["Return…", "Verify…", "Close"]


def test_the_history_reads_naturally_in_chinese(qtbot, demo_ws, ui_settings, chinese):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    ticket = actions.load_tickets(demo_ws, TicketFilter(status=states.REPLIED))[0]
    _select(qtbot, page, ticket.number)
    panel = page.tickets
    assert [step for step, _moved in _history(panel)] == [
        "已下发", f"已派发给{ticket.responsible}", "已开始核查", "已回复", "回复被退回", "已回复"]
    assert _history(panel)[1][1] == "已接收 → 已派发"
    assert panel.buttons["return"].text() == "退回…"
