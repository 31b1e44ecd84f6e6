"""The month-close checklist's work items (issue 12): orders on site and unapproved cases block, until done or
carried forward by name; a problem found without a notice is noted."""

from __future__ import annotations

import datetime as dt

from orders_town import Town

from station.month.checklist import BLOCKING, NOTED, PASSED, run_checklist
from station.orders.cases import CaseInput
from station.orders.rows import TargetResult

WIRING = CaseInput("wiring", {"k": "1.5", "recorded_kwh": "1000", "price": "0.5"})


def _items(town: Town) -> dict[str, str]:
    today = dt.date.today()
    with town.ws.sessions() as s:
        return {i.key: i.outcome for i in run_checklist(s, today.year * 100 + today.month)}


def test_the_work_items_follow_the_orders_and_cases(town: Town) -> None:
    from station import actions

    assert {k: v for k, v in _items(town).items() if k in ("orders_on_site", "cases_approved")} == {
        "orders_on_site": PASSED, "cases_approved": PASSED}
    number = town.on_site("special", accounts=("3100000003",))
    assert _items(town)["orders_on_site"] == BLOCKING
    actions.report_order(town.inspector, number, [TargetResult(None, "problem", "signed")])
    items = _items(town)
    assert items["orders_on_site"] == PASSED and items["visits_noticed"] == NOTED  # a problem, no notice yet
    case = actions.open_case(town.inspector, number, WIRING)
    assert _items(town)["cases_approved"] == BLOCKING
    actions.approve_case(town.supervisor, number, case.number)
    assert _items(town)["cases_approved"] == PASSED
