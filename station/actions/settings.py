"""Rule settings, tariffs and station settings: reads and audited writes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from station.users import require
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.rule_settings import RuleRow, TariffRow


def load_rules_and_tariffs(ws: Workspace) -> tuple[list[RuleRow], list[TariffRow]]:
    """Every rule with its value, default and source, and the tariffs (stored, then examples)."""
    from station.rule_settings import list_rules, list_tariffs

    with ws.sessions() as s:
        return list_rules(s), list_tariffs(s)


def list_rules(ws: Workspace) -> list[RuleRow]:
    """Every rule with its value, default and source (the CLI's `due rules list`)."""
    from station.rule_settings import list_rules as rules

    with ws.sessions() as s:
        return rules(s)


def set_rule(ws: Workspace, key: str, value: Any, source: str | None = None, *,
             version: int | None = None) -> RuleRow:
    """A supervisor's new rule value, validated and audit-logged; `version`: the one the editor loaded."""
    from station.rule_settings import set_rule as store

    with ws.sessions.begin() as s:
        require(s, ws.operator, "rules", "edit")
        return store(s, key, value, ws.operator, source=source, version=version)


def set_tariff(ws: Workspace, *, tariff_category: str, voltage_level: str, price: Decimal,
               effective_from: dt.date, basic_price_kva: Decimal | None = None, source: str = "",
               edited: tuple[int, int] | None = None) -> TariffRow:
    """A tariff from `effective_from` (the one in force then ends there), audit-logged; `edited`: (id,
    version) of the stored tariff the dialog was opened on, refused when someone else changed it since."""
    from station.rule_settings import set_tariff as store

    with ws.sessions.begin() as s:
        require(s, ws.operator, "rules", "edit")
        return store(s, tariff_category=tariff_category, voltage_level=voltage_level, price=price,
                     effective_from=effective_from, operator=ws.operator, basic_price_kva=basic_price_kva,
                     source=source, edited=edited)


def load_station_settings(ws: Workspace) -> dict[str, Any]:
    """Every station setting (stored values over the defaults)."""
    from station import settings

    with ws.sessions() as s:
        return settings.get_all(s)


def load_station_name(ws: Workspace) -> str:
    """The station's name; "" while none is set (a new database, or the demo not yet generated)."""
    from station import settings

    with ws.sessions() as s:
        return str(settings.get(s, "station.name") or "")


def save_station_settings(ws: Workspace, values: dict[str, Any]) -> None:
    """Set several station settings in one transaction; each change writes its audit row."""
    from station import settings

    with ws.sessions.begin() as s:
        require(s, ws.operator, "rules", "edit")
        for key, value in values.items():
            settings.put(s, key, value, operator=ws.operator)

