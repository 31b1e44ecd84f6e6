"""Importing 台区 supply (台区编号, 年月, 供电量: the gateway meter's monthly kWh) through the readings machinery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import AreaSupply, TransformerArea
from station.i18n import QT_TRANSLATE_NOOP
from station.imports import normalise as n
from station.imports.readings import MonthlyPreview, Target, apply_monthly, preview_monthly


def _area_keys(session: Session) -> dict[str, int]:
    return dict(session.execute(select(TransformerArea.code, TransformerArea.id)).all())


SUPPLY = Target(
    kind="supply",
    table=AreaSupply.__table__,  # type: ignore[arg-type]
    key_field="area_code",
    id_column="area_id",
    value_field="supplied_kwh",
    parse_key=n.digits,  # as the customer import reads 台区编号: leading zeros kept, full-width digits folded
    keys=_area_keys,
    unknown=QT_TRANSLATE_NOOP("station", "unknown 台区 {code}: import the customers of that 台区 first, or correct the code"),
    entity="area_supply",
)


def preview_supply(session: Session, path: str | Path, **options: Any) -> MonthlyPreview:
    """Read and check a 台区 supply file against the database; nothing is written (write with `apply_supply`).

    `options` are preview_monthly's: today, progress, cancelled.
    """
    return preview_monthly(session, path, SUPPLY, **options)


#: The same writer as readings: the preview carries its target.
apply_supply = apply_monthly
