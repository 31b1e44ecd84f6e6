"""Back-billing (追补电费): what the calculator reads from the database, one short session each."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.billing.common import PricePeriod
    from station.billing.customer_case import BillingSetup, CustomerCase


def load_customer_case(ws: Workspace, customer_id: int, on: dt.date | None = None) -> CustomerCase | None:
    from station.billing.customer_case import customer_case

    with ws.sessions() as s:
        return customer_case(s, customer_id, on or dt.date.today())


def load_tariff_periods(
    ws: Workspace, category: str, voltage_level: str, start: dt.date, end: dt.date
) -> list[PricePeriod]:
    from station.billing.customer_case import tariff_periods

    with ws.sessions() as s:
        return tariff_periods(s, category, voltage_level, start, end)


def find_account(ws: Workspace, account_no: str) -> int | None:
    """The id of the customer with 户号 `account_no`, or None."""
    from station.customers import find_customer

    with ws.sessions() as s:
        return find_customer(s, account_no)


def load_billing_setup(ws: Workspace) -> BillingSetup:
    from station import settings
    from station.billing.customer_case import BillingSetup
    from station.billing.rule_values import BillingRules
    from station.rule_settings import load_rules

    with ws.sessions() as s:
        ruleset = load_rules(s)
        name = settings.get(s, "station.name") or ""
    return BillingSetup(BillingRules.from_settings(ruleset.values), ruleset.business_rules_edition, str(name))
