"""One function per user action on the customer and asset ledgers; each owns one transaction.

Writes run in `ws.sessions.begin()` (commit on success, roll back on Rejected) and return frozen rows
made inside the transaction; reads use a short session. Bad input raises Rejected(problems).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Literal

from station import areas, assets, customers
from station.domain import asset_no as barcode
from station.domain.rows import AreaRow, AssetDetail, AssetRow, CustomerDetail, CustomerRow
from station.workspace import Workspace

# --- Customers ------------------------------------------------------------------------------------


def create_customer(ws: Workspace, draft: customers.CustomerDraft) -> CustomerRow:
    with ws.sessions.begin() as s:
        new_id = customers.create_customer(s, draft, ws.operator)
        return _must(customers.customer_row(s, new_id))


def update_customer(ws: Workspace, customer_id: int, draft: customers.CustomerDraft,
                    on: dt.date | None = None) -> CustomerRow:
    with ws.sessions.begin() as s:
        customers.update_customer(s, customer_id, draft, ws.operator, on=on)
        return _must(customers.customer_row(s, customer_id))


def close_customer(ws: Workspace, customer_id: int, closed_on: dt.date, reason: str) -> CustomerRow:
    with ws.sessions.begin() as s:
        customers.close_customer(s, customer_id, closed_on, reason, ws.operator)
        return _must(customers.customer_row(s, customer_id))


def create_area(ws: Workspace, *, code: str, name: str, feeder: str | None = None,
                transformer_kva: Decimal | None = None, gateway_meter: str | None = None,
                area_type: str = "public") -> AreaRow:
    with ws.sessions.begin() as s:
        areas.create_area(s, code=code, name=name, operator=ws.operator, feeder=feeder,
                          transformer_kva=transformer_kva, gateway_meter=gateway_meter, area_type=area_type)
        return _must(areas.find_area(s, code))


def update_area(ws: Workspace, area_id: int, **changes: Any) -> AreaRow:
    with ws.sessions.begin() as s:
        areas.update_area(s, area_id, operator=ws.operator, **changes)
        return next(a for a in areas.list_areas(s) if a.id == area_id)


# --- Assets ---------------------------------------------------------------------------------------


def receive_assets(ws: Workspace, drafts: Sequence[assets.AssetDraft], received_on: dt.date,
                   batch_no: str) -> list[int]:
    with ws.sessions.begin() as s:
        return assets.receive_assets(s, drafts, received_on, batch_no, ws.operator)


def receive_range(ws: Workspace, first: str, last: str, template: assets.AssetDraft, received_on: dt.date,
                  batch_no: str) -> list[int]:
    """Receive every barcode from `first` to `last` (a scanned range) with `template`'s nameplate data."""
    drafts = [assets.AssetDraft(**{**_fields(template), "asset_no": n}) for n in barcode.expand_range(first, last)]
    return receive_assets(ws, drafts, received_on, batch_no)


def verify_asset(ws: Workspace, asset_id: int, on: dt.date, result: str, certificate_no: str | None,
                 error_pct: Decimal | None = None, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.verify_asset(s, asset_id, on, result, certificate_no, ws.operator, error_pct=error_pct, reason=reason)
        return _must(assets.asset_row(s, asset_id))


def issue_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.issue_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def install_asset(ws: Workspace, asset_id: int, metering_point_id: int, on: dt.date,
                  reading: Decimal | None) -> AssetRow:
    with ws.sessions.begin() as s:
        assets.install_asset(s, asset_id, metering_point_id, on, reading, ws.operator)
        return _must(assets.asset_row(s, asset_id))


def remove_asset(ws: Workspace, asset_id: int, on: dt.date, reading: Decimal | None, reason: str) -> AssetRow:
    with ws.sessions.begin() as s:
        assets.remove_asset(s, asset_id, on, reading, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def return_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.return_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def mark_to_scrap(ws: Workspace, asset_id: int, on: dt.date, reason: str) -> AssetRow:
    with ws.sessions.begin() as s:
        assets.mark_to_scrap(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def scrap_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        assets.scrap_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


# --- Reads for the GUI ----------------------------------------------------------------------------


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


def load_asset_ids(ws: Workspace, flt: assets.AssetFilter, sort_key: str = "asset_no",
                   descending: bool = False) -> list[int]:
    with ws.sessions() as s:
        return assets.asset_ids(s, flt, sort_key, descending)


def load_asset_rows(ws: Workspace, ids: Iterable[int]) -> dict[int, AssetRow]:
    with ws.sessions() as s:
        return assets.asset_rows(s, ids)


def load_asset_detail(ws: Workspace, asset_id: int) -> AssetDetail | None:
    with ws.sessions() as s:
        return assets.asset_detail(s, asset_id)


def load_areas(ws: Workspace) -> list[AreaRow]:
    with ws.sessions() as s:
        return areas.list_areas(s)


def load_models(ws: Workspace) -> list[str]:
    with ws.sessions() as s:
        return assets.distinct_models(s)


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


def _fields(draft: assets.AssetDraft) -> dict[str, Any]:
    return {f: getattr(draft, f) for f in assets.AssetDraft.__dataclass_fields__}


def _must(row: Any) -> Any:
    if row is None:  # pragma: no cover - the row was written in this very transaction
        raise LookupError("row vanished inside its own transaction")
    return row
