"""Starting a back-billing case from a customer: use, meter voltage and current, ratio, tariff, contract multiple."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from station import actions
from station.actions import find_account, load_billing_setup, load_customer_case
from station.billing import Use
from station.billing.customer_case import meter_volts, nameplate_current
from station.customers import CustomerDraft
from station.rule_settings import set_rule, set_tariff

TODAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize(("nameplate", "volts"), [
    ("220V", Decimal(220)), ("3×220/380V", Decimal(380)), ("3×57.7/100V", Decimal(100)), ("3×100V", Decimal(100)),
    ("10kV", Decimal(10000)), ("", None), ("unknown", None),
])
def test_meter_volts_takes_the_line_voltage(nameplate, volts):
    assert meter_volts(nameplate) == volts


def test_nameplate_current_drops_the_phase_prefix():
    assert nameplate_current("3×1.5(6)A") == "1.5(6)A"
    assert nameplate_current("5(60)A") == "5(60)A"


def test_a_large_industrial_customer_without_meter(workspace):
    row = actions.create_customer(workspace, CustomerDraft(
        "660000001", "Mill", "北街", tariff_category="大工业", voltage_level="10kV",
        contract_capacity_kva=Decimal(400), opened_on=TODAY, phases=3))
    case = load_customer_case(workspace, row.id, TODAY)
    assert case is not None
    assert case.use is Use.POWER and not case.residential
    assert case.voltage == Decimal(380)  # no PT recorded: metered on the low side
    assert case.phases == 3 and case.ratio == Decimal(1) and case.rated_current == ""
    assert case.price == Decimal("0.6123") and case.basic_price == Decimal("25.00")
    assert case.contract_multiple is None
    assert find_account(workspace, "660000001") == row.id


def test_the_stored_tariff_in_force_on_the_day_is_used(workspace):
    row = actions.create_customer(workspace, CustomerDraft(
        "660000002", "Home", "南街", tariff_category="居民生活", voltage_level="220V", opened_on=TODAY,
        penalty_multiple=Decimal("1.5")))
    with workspace.sessions.begin() as s:
        set_tariff(s, tariff_category="居民生活", voltage_level="220V", price=Decimal("0.56"),
                   effective_from=dt.date(2025, 1, 1), operator="tester")
    case = load_customer_case(workspace, row.id, TODAY)
    assert case.use is Use.LIGHTING and case.residential
    assert case.voltage == Decimal(220) and case.phases == 1
    assert case.price == Decimal("0.56") and case.basic_price is None
    assert case.contract_multiple == Decimal("1.5")
    assert load_customer_case(workspace, row.id + 999, TODAY) is None


def test_billing_setup_reads_the_supervisors_rules(workspace):
    with workspace.sessions.begin() as s:
        set_rule(s, "backbill.theft_unknown_days", 90, "tester")
        set_rule(s, "edition.business_rules", "1996", "tester")
    setup = load_billing_setup(workspace)
    assert setup.rules.theft_unknown_days == Decimal(90)
    assert setup.edition == "1996"
