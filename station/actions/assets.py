"""Meter asset actions (计量资产): the lifecycle steps in one transaction each, the ledger's reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from station import asset_edit, assets, meter_swap
from station.actions._common import _must
from station.domain.problems import Rejected
from station.domain.readings import InstallContext, KnownReading, removal_reason_problems
from station.domain.rows import AssetDetail, AssetRow
from station.users import require
from station.workspace import Workspace


def receive_assets(ws: Workspace, drafts: Sequence[assets.AssetDraft], received_on: dt.date,
                   batch_no: str) -> list[int]:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "create")
        return assets.receive_assets(s, drafts, received_on, batch_no, ws.operator)


def verify_asset(ws: Workspace, asset_id: int, on: dt.date, result: str, certificate_no: str | None,
                 error_pct: Decimal | None = None, reason: str = "", *, version: int | None = None) -> AssetRow:
    """检定; `version` (here and in every step): the asset's version the dialog loaded (stale → refused)."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.verify_asset(s, asset_id, on, result, certificate_no, ws.operator, error_pct=error_pct, reason=reason,
                            version=version)
        return _must(assets.asset_row(s, asset_id))


def issue_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "", *,
                version: int | None = None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.issue_asset(s, asset_id, on, ws.operator, reason, version=version)
        return _must(assets.asset_row(s, asset_id))


def install_asset(ws: Workspace, asset_id: int, metering_point_id: int, on: dt.date,
                  reading: Decimal | None, *, version: int | None = None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.install_asset(s, asset_id, metering_point_id, on, reading, ws.operator, version=version)
        return _must(assets.asset_row(s, asset_id))


def remove_asset(ws: Workspace, asset_id: int, on: dt.date, reading: Decimal | None, reason: str, *,
                 below_last: str | None = None, version: int | None = None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.remove_asset(s, asset_id, on, reading, ws.operator, reason, below_last=below_last, version=version)
        return _must(assets.asset_row(s, asset_id))


def swap_meter(ws: Workspace, req: meter_swap.SwapRequest) -> meter_swap.SwapResult:
    """换表: the removal and the installation in one transaction (station.meter_swap), or nothing."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        return meter_swap.swap_meter(s, req, ws.operator)


def install_by_number(ws: Workspace, asset_no: str, account_no: str, on: dt.date, reading: Decimal | None, *,
                      point_name: str | None = None) -> AssetRow:
    """安装 named by numbers (the CLI, a handheld export): the asset by its barcode, the point by 户号."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        asset_id = meter_swap.find_asset_id(s, asset_no)
        kind = _must(assets.asset_row(s, asset_id)).kind
        point_id = meter_swap.find_point(s, account_no, point_name, kind)
        assets.install_asset(s, asset_id, point_id, on, reading, ws.operator)
        return _must(assets.asset_row(s, asset_id))


def remove_by_number(ws: Workspace, asset_no: str, on: dt.date, reading: Decimal | None, reason: str, *,
                     below_last: str | None = None, note: str = "") -> AssetRow:
    """拆除 named by the barcode, with a reason code of station.domain.readings.REMOVAL_REASONS."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        problems = removal_reason_problems(reason)
        if problems:
            raise Rejected(problems)
        asset_id = meter_swap.find_asset_id(s, asset_no)
        assets.remove_asset(s, asset_id, on, reading, ws.operator, meter_swap.reason_text(reason, note),
                            below_last=below_last)
        return _must(assets.asset_row(s, asset_id))


def return_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "", *,
                 version: int | None = None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.return_asset(s, asset_id, on, ws.operator, reason, version=version)
        return _must(assets.asset_row(s, asset_id))


def mark_to_scrap(ws: Workspace, asset_id: int, on: dt.date, reason: str, *,
                  version: int | None = None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.mark_to_scrap(s, asset_id, on, ws.operator, reason, version=version)
        return _must(assets.asset_row(s, asset_id))


def scrap_asset(ws: Workspace, asset_id: int, on: dt.date, reason: str = "", *,
                version: int | None = None) -> AssetRow:
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "lifecycle")
        assets.scrap_asset(s, asset_id, on, ws.operator, reason, version=version)
        return _must(assets.asset_row(s, asset_id))


def edit_asset(ws: Workspace, asset_id: int, changes: Mapping[str, Any], *, version: int | None = None,
               confirm_multiplier: bool | Decimal = False) -> asset_edit.AssetEditResult:
    """An asset's own fields corrected (station.asset_edit): `version` the one the form loaded; a new ratio on an
    installed CT/PT changes the point's multiplier only with `confirm_multiplier` (True, or the multiplier shown)."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "edit")
        return asset_edit.edit_asset(s, asset_id, changes, ws.operator, version=version,
                                     confirm_multiplier=confirm_multiplier)


def edit_asset_by_number(ws: Workspace, asset_no: str, changes: Mapping[str, Any], *, version: int | None = None,
                         confirm_multiplier: bool | Decimal = False) -> asset_edit.AssetEditResult:
    """edit_asset named by the barcode (the CLI)."""
    with ws.sessions.begin() as s:
        require(s, ws.operator, "assets", "edit")
        return asset_edit.edit_asset(s, meter_swap.find_asset_id(s, asset_no), changes, ws.operator,
                                     version=version, confirm_multiplier=confirm_multiplier)


def load_asset_edit(ws: Workspace, asset_id: int) -> asset_edit.AssetEditView | None:
    """What the asset edit form starts from: the asset with its version and, when installed, its point."""
    with ws.sessions() as s:
        return asset_edit.edit_view(s, asset_id)


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


def load_last_reading(ws: Workspace, asset_id: int) -> KnownReading | None:
    """The asset's last known register reading (what a closing reading may not go below)."""
    with ws.sessions() as s:
        return assets.last_known_reading(s, asset_id)


def load_install_context(ws: Workspace, asset_id: int) -> InstallContext | None:
    """The installed meter's opening reading, multiplier and the kWh billed since (a closing reading's question)."""
    with ws.sessions() as s:
        return meter_swap.install_context(s, asset_id)


def load_models(ws: Workspace) -> list[str]:
    with ws.sessions() as s:
        return assets.distinct_models(s)



def load_point_label(ws: Workspace, metering_point_id: int) -> tuple[str, Decimal] | None:
    """Name and multiplier of one metering point (the asset pane's line), by its id: one short read."""
    from db.schema import MeteringPoint

    with ws.sessions() as s:
        point = s.get(MeteringPoint, metering_point_id)
        return None if point is None else (point.name, Decimal(point.multiplier))
