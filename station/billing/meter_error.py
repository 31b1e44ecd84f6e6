"""Meter out of tolerance (not human): back-bill or refund against zero error, over half the period."""

from __future__ import annotations

from station.billing.checks import Checks, Number
from station.billing.common import Kind, Result, energy_charge, exact, finish, inputs_of, num, round_kwh
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite
from station.billing.rules import DEFAULT_RULES, BillingRules
from station.i18n import QT_TRANSLATE_NOOP, msg


def meter_error(
    *,
    error_pct: Number | None,
    recorded_kwh: Number | None,
    price: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """A meter `error_pct` % off (negative: slow) that recorded `recorded_kwh` since its last verification.

    True energy = W / (1 + E/100); back-bill = (true − W) × ½. A fast meter gives a refund (negative).
    """
    checks, edition, lines = Checks(), Edition(edition), []
    e = checks.number("error_pct", error_pct)
    if e is not None and e <= -100:
        checks.add(
            "error_pct",
            msg(
                QT_TRANSLATE_NOOP("station", "An error must be above −100 % (got {value})."), value=error_pct
            ),
            error_pct,
        )
    w = checks.number("recorded_kwh", recorded_kwh, non_negative=True)
    p = checks.number("price", price, required=False, non_negative=True)
    checks.raise_if_any()
    assert e is not None and w is not None
    with exact():
        true = w * 100 / (100 + e)
        kwh = round_kwh((true - w) * rules.meter_error_fraction)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station", "Meter error E = {e} %; energy recorded since the last verification W = {w} kWh"
            ),
            e=num(e),
            w=num(w),
        )
    )
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "True energy = W / (1 + E/100) = {w} / {factor} = {true} kWh"),
            w=num(w),
            factor=num(1 + e / 100, 6),
            true=num(true, 2),
        )
    )
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station", "Back-billed energy = ({true} − {w}) / 2 = {kwh} kWh (half the period, {article})"
            ),
            true=num(true, 2),
            w=num(w),
            kwh=num(kwh),
            article=cite(edition, Clause.METER_ERROR),
        )
    )
    amount = energy_charge(kwh, p, lines)
    inputs = inputs_of(error_pct=error_pct, recorded_kwh=recorded_kwh, price=price, edition=edition)
    return finish(
        Kind.METER_ERROR, Rule(edition, (Clause.METER_ERROR,)), lines, inputs, kwh=kwh, amount=amount
    )
