"""Wrong wiring of the billing metering: ΔW = (K − 1) × recorded energy over the whole period."""

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


def wrong_wiring(
    *,
    recorded_kwh: Number | None,
    k: Number | None = None,
    correct_power: Number | None = None,
    wrong_power: Number | None = None,
    price: Number | None = None,
    tariffs: Sequence[PricePeriod] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """Correction factor `k`, or K = `correct_power` / `wrong_power`; ΔW = (K − 1) × W, negative = refund.

    1996 第八十一条第1项 takes the energy recorded from the last verification or replacement to the day the
    wiring was corrected, the whole time (not half, unlike a meter error). K and W may be negative: two
    reversed CT phases make the meter run backward (K = −3, W < 0). Only K = 0 is refused: nothing was
    recorded, which the fault clause (normal month against the fault month) covers. `rules` is accepted like
    every calculator's (the CLI passes the station's), though no rule value enters this formula.
    """
    del rules  # the formula has no settable value; kept so every calculator takes the same arguments
    checks, edition, lines = Checks(), Edition(edition), []
    w = checks.number("recorded_kwh", recorded_kwh)
    checks.period(None, date_from, date_to)
    p = checks.tariffs(price, tariffs, date_from, date_to)
    numerator, denominator = _factor(checks, k, correct_power, wrong_power)
    checks.raise_if_any()
    assert w is not None and numerator is not None and denominator is not None
    with exact():
        # (P − Q) × W / Q rather than (P/Q − 1) × W: one division, so K = 2/3 gives exactly −W/3
        kwh = round_kwh((numerator - denominator) * w / denominator)
        factor = numerator / denominator
    lines.extend(_wiring_lines(edition, factor, numerator, denominator, w, kwh, k_given=k is not None))
    amount = priced_charge(kwh, p, tariffs, lines)
    inputs = inputs_of(
        recorded_kwh=recorded_kwh, k=k, correct_power=correct_power, wrong_power=wrong_power,
        date_from=date_from, date_to=date_to, price=price, edition=edition,
    )  # fmt: skip
    return finish(Kind.WIRING, Rule(edition, (Clause.WIRING,)), lines, inputs, kwh=kwh, amount=amount)


def _factor(
    checks: Checks, k: Number | None, correct_power: Number | None, wrong_power: Number | None
) -> tuple[Decimal | None, Decimal | None]:
    """K as (numerator, denominator): K itself over 1, or the correct power over the wrong one; K = 0 refused."""
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    if k is not None and (correct_power is not None or wrong_power is not None):
        checks.add("k", msg(QT_TRANSLATE_NOOP("station", "Give K or the correct and wrong power, not both.")))
    elif k is not None:
        factor = checks.number("k", k)
        if factor is not None and factor == 0:
            checks.add("k", _zero_k(), k)
        elif factor is not None:
            numerator, denominator = factor, Decimal(1)
    else:
        correct = checks.number("correct_power", correct_power, positive=True)
        wrong = checks.number("wrong_power", wrong_power)
        if wrong is not None and wrong == 0:
            checks.add("wrong_power", _zero_k(), wrong_power)
        elif correct is not None and wrong is not None:
            numerator, denominator = correct, wrong
    return numerator, denominator


def _wiring_lines(
    edition: Edition, factor: Decimal, numerator: Decimal, denominator: Decimal, w: Decimal, kwh: Decimal, *,
    k_given: bool,
) -> list[Message]:  # fmt: skip
    """The working from K to the back-billed energy."""
    out: list[Message] = []
    if not k_given:
        out.append(
            msg(
                QT_TRANSLATE_NOOP("station", "K = correct power / wrong power = {p} / {q} = {k}"),
                p=num(numerator),
                q=num(denominator),
                k=num(factor),
            )
        )
    else:
        out.append(msg(QT_TRANSLATE_NOOP("station", "Correction factor K = {k}"), k=num(factor)))
    if factor < 0:
        out.append(
            msg(
                QT_TRANSLATE_NOOP("station", "K < 0: the meter ran backward and recorded W = {w} kWh"),
                w=num(w),
            )
        )
    out.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Back-billed energy = (K − 1) × W = ({k} − 1) × {w} kWh = {kwh} kWh (whole period, {article})",
            ),
            k=num(factor),
            w=num(w) if w >= 0 else f"({num(w)})",
            kwh=num(kwh),
            article=cite(edition, Clause.WIRING),
        )
    )
    return out


def _zero_k() -> Message:
    return msg(
        QT_TRANSLATE_NOOP(
            "station",
            "K = 0 means nothing was recorded: back-bill it as a metering fault (normal month against the fault month).",
        )
    )
