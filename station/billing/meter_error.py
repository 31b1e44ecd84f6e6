"""Meter out of tolerance (not human): back-bill or refund against zero error, over half the period."""

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
from station.domain.metering import normalise_accuracy, permitted_error_pct
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


def meter_error(
    *,
    error_pct: Number | None,
    recorded_kwh: Number | None,
    accuracy_class: str | None,
    price: Number | None = None,
    tariffs: Sequence[PricePeriod] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """A meter `error_pct` % off (negative: slow) that recorded `recorded_kwh` since its last verification.

    1996 第八十条第1项 applies only when the error exceeds the range its `accuracy_class` permits (± the class
    number, grades A/B/C/D as classes 2/1/0.5S/0.2S): an error within it is refused with the reason.
    True energy = W / (1 + E/100); back-bill = (true − W) × ½. A fast meter gives a refund (negative).
    `date_from`..`date_to` (the period since the verification) price the energy at `tariffs` where they changed.
    """
    checks, edition, lines = Checks(), Edition(edition), []
    e, cls, limit = _checked_error(checks, edition, error_pct, accuracy_class)
    w = checks.number("recorded_kwh", recorded_kwh, non_negative=True)
    checks.period(None, date_from, date_to)
    p = checks.tariffs(price, tariffs, date_from, date_to)
    checks.raise_if_any()
    assert e is not None and w is not None and limit is not None
    with exact():
        true = w * 100 / (100 + e)
        kwh = round_kwh((true - w) * rules.meter_error_fraction)
    lines.extend(_error_lines(edition, rules, cls, limit, e, w, true, kwh))
    amount = priced_charge(kwh, p, tariffs, lines)
    inputs = inputs_of(
        error_pct=error_pct, accuracy_class=accuracy_class, recorded_kwh=recorded_kwh, date_from=date_from,
        date_to=date_to, price=price, edition=edition,
    )  # fmt: skip
    return finish(
        Kind.METER_ERROR, Rule(edition, (Clause.METER_ERROR,)), lines, inputs, kwh=kwh, amount=amount
    )


def _checked_error(
    checks: Checks, edition: Edition, error_pct: Number | None, accuracy_class: str | None
) -> tuple[Decimal | None, str | None, Decimal | None]:
    """(error, class, permitted error) of the meter; an error within the class's range is refused with the reason."""
    e = checks.number("error_pct", error_pct)
    if e is not None and e <= -100:
        checks.add(
            "error_pct",
            msg(
                QT_TRANSLATE_NOOP("station", "An error must be above −100 % (got {value})."), value=error_pct
            ),
            error_pct,
        )
        e = None
    cls = normalise_accuracy(accuracy_class or "")
    limit = permitted_error_pct(accuracy_class or "")
    if not (accuracy_class or "").strip():
        checks.required("accuracy_class")
    elif cls is None or limit is None:
        checks.add(
            "accuracy_class",
            msg(
                QT_TRANSLATE_NOOP("station", "Not an accuracy class like 2, 1, 0.5S or grade A–D: {value}"),
                value=accuracy_class,
            ),
            accuracy_class,
        )
    elif e is not None and abs(e) <= limit:
        checks.add(
            "error_pct",
            msg(
                QT_TRANSLATE_NOOP(
                    "station",
                    "The error {e} % is within the ±{limit} % a class {cls} meter is permitted: nothing is back-billed ({article} applies only beyond it).",
                ),
                e=num(e),
                limit=num(limit),
                cls=cls,
                article=cite(edition, Clause.METER_ERROR),
            ),
            error_pct,
        )
    return e, cls, limit


def _error_lines(
    edition: Edition, rules: BillingRules, cls: str | None, limit: Decimal, e: Decimal, w: Decimal, true: Decimal,
    kwh: Decimal,
) -> list[Message]:  # fmt: skip
    """The working from the class and the error to the back-billed energy."""
    return [
        msg(
            QT_TRANSLATE_NOOP(
                "station", "Accuracy class {cls}: permitted error ±{limit} %; the error {e} % exceeds it"
            ),
            cls=cls,
            limit=num(limit),
            e=num(e),
        ),
        msg(
            QT_TRANSLATE_NOOP(
                "station", "Meter error E = {e} %; energy recorded since the last verification W = {w} kWh"
            ),
            e=num(e),
            w=num(w),
        ),
        msg(
            QT_TRANSLATE_NOOP("station", "True energy = W / (1 + E/100) = {w} / {factor} = {true} kWh"),
            w=num(w),
            factor=num(1 + e / 100, 6),
            true=num(true, 2),
        ),
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Back-billed energy = ({true} − {w}) × {share} = {kwh} kWh (half the time since the last verification or replacement, {article})",
            ),
            true=num(true, 2),
            w=num(w),
            share=num(rules.meter_error_fraction),
            kwh=num(kwh),
            article=cite(edition, Clause.METER_ERROR),
        ),
    ]
