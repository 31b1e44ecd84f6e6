"""Sample rows for the asset dialogs' `__main__` previews and screenshots (no database needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from station.domain import asset_no as barcode
from station.domain.rows import AssetRow


def sample_asset(**changes: Any) -> AssetRow:
    """A single-phase smart meter in stock, verified two years ago; `changes` override fields."""
    verified = dt.date.today().replace(day=1) - dt.timedelta(days=730)
    fields: dict[str, Any] = dict(
        id=1, asset_no=barcode.make("3300109", 12345678), factory_no="F2301-0042", kind="meter",
        model="DDZY285", maker="宁波三星医疗电气", accuracy_class="2", rated_voltage="220V",
        rated_current="5(60)A", constant=1200, ratio="", phases=1, made_on=verified - dt.timedelta(days=60),
        received_on=verified - dt.timedelta(days=20), verified_on=verified, verification_result="pass",
        certificate_no="JD-2301-0042", status="in_stock", batch_no="2023-07-A", expires_on=None,
        metering_point_id=None, account_no=None, customer_name=None, area_code=None)
    fields.update(changes)
    return AssetRow(**fields)
