"""Wrong wiring of the billing metering: ΔW = (K − 1) × recorded energy over the whole period."""

from __future__ import annotations

from station.billing.checks import Checks, Number
from station.billing.common import Kind, Result, energy_charge, exact, finish, inputs_of, num, round_kwh
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite
from station.i18n import QT_TRANSLATE_NOOP, msg


def wrong_wiring(
    *,
    recorded_kwh: Number | None,
    k: Number | None = None,
    correct_power: Number | None = None,
    wrong_power: Number | None = None,
    price: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
) -> Result:
    """Correction factor `k`, or K = `correct_power` / `wrong_power`; ΔW = (K − 1) × W, negative = refund.

    1996 第八十一条第1项 takes the energy recorded from the last verification or replacement to the day the
    wiring was corrected, the whole time (not half, unlike a meter error).
    """
    checks, edition, lines = Checks(), Edition(edition), []
    w = checks.number("recorded_kwh", recorded_kwh, non_negative=True)
    p = checks.number("price", price, required=False, non_negative=True)
    numerator = denominator = None
    if k is not None and (correct_power is not None or wrong_power is not None):
        checks.add("k", msg(QT_TRANSLATE_NOOP("station", "Give K or the correct and wrong power, not both.")))
    elif k is not None:
        factor = checks.number("k", k, positive=True)
        numerator, denominator = factor, 1
    else:
        correct = checks.number("correct_power", correct_power, positive=True)
        wrong = checks.number("wrong_power", wrong_power, positive=True)
        numerator, denominator = correct, wrong
    checks.raise_if_any()
    assert w is not None and numerator is not None and denominator is not None
    with exact():
        # (P − Q) × W / Q rather than (P/Q − 1) × W: one division, so K = 2/3 gives exactly −W/3
        kwh = round_kwh((numerator - denominator) * w / denominator)
        factor = numerator / denominator
    if k is None:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "K = correct power / wrong power = {p} / {q} = {k}"),
                p=num(numerator),
                q=num(denominator),
                k=num(factor),
            )
        )
    else:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "Correction factor K = {k}"), k=num(factor)))
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Back-billed energy = (K − 1) × W = ({k} − 1) × {w} kWh = {kwh} kWh (whole period, {article})",
            ),
            k=num(factor),
            w=num(w),
            kwh=num(kwh),
            article=cite(edition, Clause.WIRING),
        )
    )
    amount = energy_charge(kwh, p, lines)
    inputs = inputs_of(
        recorded_kwh=recorded_kwh,
        k=k,
        correct_power=correct_power,
        wrong_power=wrong_power,
        price=price,
        edition=edition,
    )
    return finish(Kind.WIRING, Rule(edition, (Clause.WIRING,)), lines, inputs, kwh=kwh, amount=amount)
