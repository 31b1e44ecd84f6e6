"""The demo's work orders (station/demo/orders.py): a year of orders in every state and from every source, with
findings (some past their deadline), cases in several states and issued notices, made through the services;
its inspectors are registered users with 用电检查证 (SQLite and PostgreSQL).
"""

from __future__ import annotations

import datetime as dt

from station.actions import create_demo
from station.actions.order_links import load_customer_orders, load_order_people, load_overdue_findings
from station.actions.orders import load_order, load_order_counts, load_orders
from station.demo.orders import DEMO_INSPECTORS
from station.orders import states, vocab
from station.workspace import Workspace


def test_a_year_of_orders_in_every_state_from_every_source(any_workspace: Workspace) -> None:
    ws = any_workspace
    result = create_demo(ws, customers=300, seed=3)
    # 30 planned, and the follow-up order a supervisor raised for an escalated finding.
    assert result.counts["orders"] == 31 and result.counts["orders_findings"] > 0
    counts = load_order_counts(ws)
    assert all(counts[s] > 0 for s in states.ORDER_STATES), counts
    assert counts["overdue"] > 0
    orders = load_orders(ws)
    assert {o.source for o in orders} == set(vocab.SOURCES)
    assert {o.kind for o in orders} == set(vocab.KINDS)
    planned = [o.planned_on for o in orders if o.planned_on]
    assert max(planned) - min(planned) > dt.timedelta(days=300)  # spread over the year

    details = [load_order(ws, o.number) for o in orders]
    case_states = {c.status for d in details for c in d.cases}
    assert {states.SETTLED, states.SERVED} <= case_states or states.TRANSFERRED in case_states
    assert any(d.notices for d in details) and any(d.attachments for d in details)
    closed = [d for d in details if d.order.status == states.CLOSED]
    assert closed and all(f.status == states.F_CLOSED for d in closed for f in d.findings)
    suspect = next(d for d in details if d.order.source == "suspect")
    assert suspect.targets[0].drop_start and suspect.targets[0].score is not None

    late = load_overdue_findings(ws)
    assert late and all(f.overdue or f.status == states.ESCALATED for f in late)
    finding_states = {f.status for d in details for f in d.findings}
    assert {states.ESCALATED, states.FOLLOWED_UP} <= finding_states
    linked = load_customer_orders(ws, details[0].targets[0].customer_id or 0)
    assert details[0].order.number in [o.number for o in linked.orders]

    users = {u.name: u for u in load_order_people(ws)}
    for o in orders:  # two registered inspectors with 用电检查证 on every order
        assert len(o.inspectors) == 2
        assert all(users[n].role == "inspector" and users[n].cert_no for n in o.inspectors)
    if not any(u.cert_no for n, u in users.items() if n not in {d[0] for d in DEMO_INSPECTORS}):
        for name, cert, grade in DEMO_INSPECTORS:  # the demo's users had none: these were added
            assert users[name].cert_no == cert and users[name].cert_grade == grade
