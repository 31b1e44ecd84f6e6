"""Wrong multiplier: back-bill (actual ratio / billed ratio − 1) × the energy billed with the wrong one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from station.billing.checks import Checks, Number
from station.billing.common import (
    Kind,
    PricePeriod,
    Result,
    exact,
    finish,
    inputs_of,
    num,
    priced_charge,
    round_kwh,
)
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


def wrong_multiplier(
    *,
    actual_ratio: Number | None,
    billed_ratio: Number | None,
    recorded_kwh: Number | None,
    price: Number | None = None,
    tariffs: Sequence[PricePeriod] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """`recorded_kwh` is the energy billed (register advance × the billed ratio) over the reading records.

    1996 第八十一条第3项: the actual multiplier is the basis; ΔW = (A / B − 1) × W, negative = refund.
    `rules` is accepted like every calculator's; no rule value enters this formula.
    """
    del rules
    checks, edition, lines = Checks(), Edition(edition), []
    a = checks.number("actual_ratio", actual_ratio, positive=True)
    b = checks.number("billed_ratio", billed_ratio, positive=True)
    w = checks.number("recorded_kwh", recorded_kwh, non_negative=True)
    checks.period(None, date_from, date_to)
    p = checks.tariffs(price, tariffs, date_from, date_to)
    checks.raise_if_any()
    assert a is not None and b is not None and w is not None
    with exact():
        kwh = round_kwh((a - b) * w / b)  # one division: exact whenever the result is
    lines.extend(_multiplier_lines(edition, a, b, w, kwh))
    amount = priced_charge(kwh, p, tariffs, lines)
    inputs = inputs_of(
        actual_ratio=actual_ratio,
        billed_ratio=billed_ratio,
        recorded_kwh=recorded_kwh,
        date_from=date_from,
        date_to=date_to,
        price=price,
        edition=edition,
    )
    return finish(Kind.MULTIPLIER, Rule(edition, (Clause.MULTIPLIER,)), lines, inputs, kwh=kwh, amount=amount)


def _multiplier_lines(edition: Edition, a: Decimal, b: Decimal, w: Decimal, kwh: Decimal) -> list[Message]:
    """The working from the actual and billed ratios to the back-billed energy."""
    return [
        msg(
            QT_TRANSLATE_NOOP(
                "station", "Actual ratio A = {a}; billed ratio B = {b}; energy billed W = {w} kWh"
            ),
            a=num(a),
            b=num(b),
            w=num(w),
        ),
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Back-billed energy = (A / B − 1) × W = ({a} / {b} − 1) × {w} kWh = {kwh} kWh ({article})",
            ),
            a=num(a),
            b=num(b),
            w=num(w),
            kwh=num(kwh),
            article=cite(edition, Clause.MULTIPLIER),
        ),
    ]
