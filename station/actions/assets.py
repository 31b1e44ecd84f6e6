"""Meter asset actions (计量资产): the lifecycle steps in one transaction each, the ledger's reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from station import assets
from station.actions._common import _must
from station.domain.rows import AssetDetail, AssetRow
from station.users import require
from station.workspace import Workspace


def receive_assets(ws: Workspace, drafts: Sequence[assets.AssetDraft], received_on: dt.date,
                   batch_no: str) -> list[int]:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "create")
        return assets.receive_assets(s, drafts, received_on, batch_no, ws.operator)


def verify_asset(ws: Workspace, asset_id: int, on: dt.date, result: str, certificate_no: str | None,
                 error_pct: Decimal | None = None, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.verify_asset(s, asset_id, on, result, certificate_no, ws.operator, error_pct=error_pct, reason=reason)
        return _must(assets.asset_row(s, asset_id))


def issue_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.issue_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def install_asset(ws: Workspace, asset_id: int, metering_point_id: int, on: dt.date,
                  reading: Decimal | None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.install_asset(s, asset_id, metering_point_id, on, reading, ws.operator)
        return _must(assets.asset_row(s, asset_id))


def remove_asset(ws: Workspace, asset_id: int, on: dt.date, reading: Decimal | None, reason: str) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.remove_asset(s, asset_id, on, reading, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def return_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.return_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def mark_to_scrap(ws: Workspace, asset_id: int, on: dt.date, reason: str) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.mark_to_scrap(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


def scrap_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "") -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.scrap_asset(s, asset_id, on, ws.operator, reason)
        return _must(assets.asset_row(s, asset_id))


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


def load_models(ws: Workspace) -> list[str]:
    with ws.sessions() as s:
        return assets.distinct_models(s)



def load_point_label(ws: Workspace, metering_point_id: int) -> tuple[str, Decimal] | None:
    """Name and multiplier of one metering point (the asset pane's line), by its id: one short read."""
    from db.schema import MeteringPoint

    with ws.sessions() as s:
        point = s.get(MeteringPoint, metering_point_id)
        return None if point is None else (point.name, Decimal(point.multiplier))
