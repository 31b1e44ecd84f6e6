"""Customer and 台区 ledger actions: writes in one transaction each, reads in one short session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from station import areas, assets, customers
from station.actions._common import _must
from station.domain import asset_no as barcode
from station.domain.problems import Problem
from station.domain.rows import AreaRow, CustomerDetail, CustomerRow
from station.users import require
from station.workspace import Workspace


def create_customer(ws: Workspace, draft: customers.CustomerDraft) -> CustomerRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "customers", "create")
        new_id = customers.create_customer(s, draft, ws.operator)
        return _must(customers.customer_row(s, new_id))


def update_customer(ws: Workspace, customer_id: int, draft: customers.CustomerDraft,
                    on: dt.date | None = None, *, version: int | None = None) -> CustomerRow:
    """Save the edit form; `version`: the customer's version the form loaded (moved on since → refused, stale)."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "customers", "edit")
        customers.update_customer(s, customer_id, draft, ws.operator, on=on, version=version)
        return _must(customers.customer_row(s, customer_id))


def check_customer_draft(ws: Workspace, draft: customers.CustomerDraft,
                         existing_id: int | None = None) -> list[Problem]:
    """The form's database checks (户号 taken, 台区 exists), run after typing pauses; a short read."""
    with ws.sessions() as s:
        return customers.stored_problems(s, draft, existing_id)


def close_customer(ws: Workspace, customer_id: int, closed_on: dt.date, reason: str, *,
                   version: int | None = None) -> CustomerRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "customers", "close")
        customers.close_customer(s, customer_id, closed_on, reason, ws.operator, version=version)
        return _must(customers.customer_row(s, customer_id))


def create_area(ws: Workspace, *, code: str, name: str, feeder: str | None = None,
                transformer_kva: Decimal | None = None, gateway_meter: str | None = None,
                area_type: str = "public") -> AreaRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "areas", "edit")
        areas.create_area(s, code=code, name=name, operator=ws.operator, feeder=feeder,
                          transformer_kva=transformer_kva, gateway_meter=gateway_meter, area_type=area_type)
        return _must(areas.find_area(s, code))


def update_area(ws: Workspace, area_id: int, *, code: str, name: str, feeder: str | None = None,
                transformer_kva: Decimal | None = None, gateway_meter: str | None = None,
                area_type: str = "public") -> AreaRow:
    """台区 edited by hand (the 台区 dialog): every field at once, audit-logged with before/after."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "areas", "edit")
        areas.update_area(s, area_id, operator=ws.operator, code=code.strip(), name=name.strip(),
                          feeder=(feeder or "").strip() or None, transformer_kva=transformer_kva,
                          gateway_meter=(gateway_meter or "").strip() or None, area_type=area_type)
        return _must(areas.find_area(s, code))


def load_customer_ids(ws: Workspace, flt: customers.CustomerFilter, sort_key: str = "account_no",
                      descending: bool = False) -> list[int]:
    with ws.sessions() as s:
        return customers.customer_ids(s, flt, sort_key, descending)


def load_customer_rows(ws: Workspace, ids: Iterable[int]) -> dict[int, CustomerRow]:
    with ws.sessions() as s:
        return customers.customer_rows(s, ids)


def load_customer_detail(ws: Workspace, customer_id: int) -> CustomerDetail | None:
    with ws.sessions() as s:
        return customers.customer_detail(s, customer_id)


def load_areas(ws: Workspace) -> list[AreaRow]:
    with ws.sessions() as s:
        return areas.list_areas(s)


def find_by_scan(ws: Workspace, text: str) -> tuple[Literal["asset", "customer"], int] | None:
    """What the global scan box opens: an asset for a 22-digit barcode, else a customer by 户号."""
    code = customers.normalise_search(text)
    with ws.sessions() as s:
        if len(code) == barcode.LENGTH:
            asset_id = assets.find_asset(s, code)
            if asset_id is not None:
                return ("asset", asset_id)
        customer_id = customers.find_customer(s, code)
        return None if customer_id is None else ("customer", customer_id)

