"""A meter swapped on site (a rotation, a faulty meter replaced) goes through the asset lifecycle: the old one
removed with its closing reading, the new one installed with its opening reading, both events stamped with
the order, and the order's history noting the swap. The due list then reads the new meter's dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, WorkOrder
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import history, states


def _asset_id(session: Session, asset_no: str) -> int:
    found = session.scalar(select(Asset.id).where(Asset.asset_no == asset_no.strip()))
    if found is None:
        raise Rejected([Problem("asset", msg(QT_TRANSLATE_NOOP("station", "No asset {value}"), value=asset_no),
                                asset_no, "unknown")])
    return found


def swap_meter(session: Session, order: WorkOrder, old_no: str, new_no: str, on: dt.date,
               old_reading: Decimal | None, new_reading: Decimal | None, reason: str, operator: str) -> None:
    """Remove `old_no` and install `new_no` on its metering point, as the order's work (on site only)."""
    from station.assets import install_asset, remove_asset

    if order.status != states.ONSITE:
        raise Rejected([states.state_problem(order.status, "swap", states.ORDER_STATE_NAMES)])
    old_id, new_id = _asset_id(session, old_no), _asset_id(session, new_no)
    point = session.scalar(select(Asset.metering_point_id).where(Asset.id == old_id))
    if point is None:
        raise Rejected([Problem("asset", msg(QT_TRANSLATE_NOOP("station", "{value} is not installed"),
                                             value=old_no), old_no, "not_installed")])
    last = session.scalar(select(AssetEvent.id).order_by(AssetEvent.id.desc()).limit(1)) or 0
    remove_asset(session, old_id, on, old_reading, operator, reason or f"工单 {order.number}")
    install_asset(session, new_id, point, on, new_reading, operator)
    session.execute(update(AssetEvent).where(AssetEvent.id > last, AssetEvent.asset_id.in_((old_id, new_id)))
                    .values(work_order_id=order.id))
    history.record(session, order_id=order.id, number=order.number, entity="order", entity_id=order.id,
                   action="swap", operator=operator, from_state=order.status, to_state=order.status,
                   reason=reason, details={"removed": old_no, "installed": new_no, "on": on})
