"""What every back-billing calculator shares: the result record, exact arithmetic, rounding and money lines.

Precision, decided once for every kind:
- Arithmetic runs on Decimal under a local context of 50 significant digits (`exact()`); √3 is computed
  there, so no float and no early rounding touches an amount.
- Energy is rounded to whole kWh (ROUND_HALF_UP): registers are read and bills and the 违约用电、窃电通知书
  state energy in whole kWh, so the back-billed energy is what the notice shows and what is billed.
- Money is rounded to 0.01 yuan (ROUND_HALF_UP, half a fen away from zero, so a refund mirrors a back-bill).
  The charge is the rounded kWh × the price, rounded once; the penalty is the multiple × that charge (the
  rule defines it as a multiple of 补交电费, the amount the customer pays), rounded once; the total is
  their sum. Every figure on the notice can therefore be re-computed by hand from the figures above it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from station.billing.editions import Rule
from station.i18n import QT_TRANSLATE_NOOP, Message, Translate, msg

#: Significant digits of the local context; far beyond any meter's resolution.
PRECISION = 50
KWH_STEP = Decimal("1")  # whole kWh, as on the notice
FEN = Decimal("0.01")  # 0.01 yuan
ZERO = Decimal("0.00")


class Kind(StrEnum):
    THEFT = "theft"
    CATEGORY = "violation_category"
    CAPACITY = "violation_capacity"
    SEALED = "violation_sealed"
    TAMPER = "violation_tamper"
    SOURCE = "violation_source"
    METER_ERROR = "meter_error"
    PT_DROP = "pt_drop"
    FAULT = "metering_fault"
    WIRING = "wiring"
    MULTIPLIER = "multiplier"


@dataclass(frozen=True, slots=True)
class PricePeriod:
    """A tariff (yuan/kWh) in force from `start` to `end`, both days counted; `source` cites its price file."""

    start: dt.date
    end: dt.date
    price: Decimal
    source: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def periods_of(changes: Sequence[tuple[dt.date, Decimal]], start: dt.date, end: dt.date) -> list[PricePeriod]:
    """The tariffs of `start`..`end` from the dates each price took effect (a price holds until the next one).

    Raises ValueError when no price is in force on `start` or the dates are not in order.
    """
    ordered = sorted(changes)
    if not ordered or ordered[0][0] > start:
        raise ValueError(f"no tariff in force on {start.isoformat()}")
    out: list[PricePeriod] = []
    for i, (since, price) in enumerate(ordered):
        until = ordered[i + 1][0] - dt.timedelta(days=1) if i + 1 < len(ordered) else end
        first, last = max(since, start), min(until, end)
        if first <= last:
            out.append(PricePeriod(first, last, price))
    return out


@dataclass(frozen=True, slots=True)
class Result:
    """One back-billing calculation: figures, the rule applied and the working a clerk can check by hand.

    Negative kwh/amount/total mean a refund to the customer.
    """

    kind: Kind
    kwh: Decimal
    amount: Decimal
    penalty: Decimal
    total: Decimal
    rule: Rule
    working: tuple[Message, ...]
    #: the inputs as entered (field -> text), for the record kept with a notice
    inputs: tuple[tuple[str, str], ...] = ()

    @property
    def refund(self) -> bool:
        return self.total < 0 or self.kwh < 0

    def working_text(self, translate: Translate | None = None) -> list[str]:
        return [line.text(translate) for line in self.working]


@contextlib.contextmanager
def exact() -> Iterator[None]:
    """A local Decimal context with `PRECISION` digits for the intermediate arithmetic."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        ctx.rounding = ROUND_HALF_UP
        yield


def sqrt3() -> Decimal:
    with exact():
        return Decimal(3).sqrt()


def round_kwh(value: Decimal) -> Decimal:
    with exact():
        return value.quantize(KWH_STEP, rounding=ROUND_HALF_UP)


def round_yuan(value: Decimal) -> Decimal:
    with exact():
        return value.quantize(FEN, rounding=ROUND_HALF_UP)


def num(value: Decimal, places: int = 4) -> str:
    """A number as a notice writes it: at most `places` decimals, no trailing zeros, no exponent."""
    with exact():
        q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        text = format(q.normalize(), "f")
    return "0" if text == "-0" else text


def yuan(value: Decimal) -> str:
    """Money with two decimals (the value is already rounded to the fen)."""
    return format(round_yuan(value), "f")


def inputs_of(**values: object) -> tuple[tuple[str, str], ...]:
    """The given inputs as (field, text) pairs, leaving out those not given."""
    out = []
    for key, value in values.items():
        if value is None:
            continue
        out.append((key, format(value, "f") if isinstance(value, Decimal) else str(value)))
    return tuple(out)


def energy_charge(kwh: Decimal, price: Decimal | None, lines: list[Message]) -> Decimal:
    """The charge for back-billed (or refunded) energy, rounded to the fen; 0 when no price is given."""
    if price is None:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "No price given: energy only, amount ¥0.00")))
        return ZERO
    with exact():
        amount = round_yuan(kwh * price)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Charge = {kwh} kWh × ¥{price}/kWh = ¥{amount}"),
            kwh=num(kwh),
            price=num(price, 6),
            amount=yuan(amount),
        )
    )
    return amount


def _source(text: str) -> str:
    return f"（{text}）" if text else ""


def priced_charge(
    kwh: Decimal, price: Decimal | None, tariffs: Sequence[PricePeriod] | None, lines: list[Message]
) -> Decimal:
    """The charge at the tariff of the period: one price, or the energy split by days where the tariff changed.

    Energy is taken as spread evenly over the days (what kW × h/day × days assumes); each part is rounded to
    whole kWh, the last part takes the remainder, so the parts add up to the back-billed energy exactly.
    """
    if not tariffs:
        return energy_charge(kwh, price, lines)
    if len(tariffs) == 1:
        t = tariffs[0]
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Tariff in force {start} to {end}: ¥{price}/kWh{source}"),
                start=t.start.isoformat(),
                end=t.end.isoformat(),
                price=num(t.price, 6),
                source=_source(t.source),
            )
        )
        return energy_charge(kwh, t.price, lines)
    total_days = sum(t.days for t in tariffs)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station", "The tariff changed during the period: {kwh} kWh split by days over {days} days"
            ),
            kwh=num(kwh),
            days=total_days,
        )
    )
    amounts = _split_by_days(kwh, tariffs, total_days, lines)
    with exact():
        total = round_yuan(sum(amounts, ZERO))
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Charge = {parts} = ¥{amount}"),
            parts=" + ".join(f"¥{yuan(a)}" for a in amounts),
            amount=yuan(total),
        )
    )
    return total


def _split_by_days(
    kwh: Decimal, tariffs: Sequence[PricePeriod], total_days: int, lines: list[Message]
) -> list[Decimal]:
    """The charge of each tariff's share of the energy by days, with its line; the last share takes the rest."""
    amounts: list[Decimal] = []
    rest = kwh
    with exact():
        for i, t in enumerate(tariffs):
            part = rest if i == len(tariffs) - 1 else round_kwh(kwh * t.days / total_days)
            rest -= part
            amount = round_yuan(part * t.price)
            amounts.append(amount)
            lines.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "station",
                        "{start} to {end}: {days} days, {kwh} kWh × ¥{price}/kWh = ¥{amount}{source}",
                    ),
                    start=t.start.isoformat(),
                    end=t.end.isoformat(),
                    days=t.days,
                    kwh=num(part),
                    price=num(t.price, 6),
                    amount=yuan(amount),
                    source=_source(t.source),
                )
            )
    return amounts


def penalty_on(amount: Decimal, multiple: Decimal, lines: list[Message]) -> Decimal:
    """违约使用电费 = multiple × the charge, rounded to the fen."""
    with exact():
        penalty = round_yuan(multiple * amount)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Penalty (违约使用电费) = {m} × ¥{amount} = ¥{penalty}"),
            m=num(multiple),
            amount=yuan(amount),
            penalty=yuan(penalty),
        )
    )
    return penalty


def finish(
    kind: Kind,
    rule: Rule,
    lines: list[Message],
    inputs: tuple[tuple[str, str], ...],
    *,
    kwh: Decimal = Decimal(0),
    amount: Decimal = ZERO,
    penalty: Decimal = ZERO,
) -> Result:
    """Close the working with the total, the refund note and the rule, and build the Result."""
    total = round_yuan(amount + penalty)
    if penalty:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Total = ¥{amount} + ¥{penalty} = ¥{total}"),
                amount=yuan(amount),
                penalty=yuan(penalty),
                total=yuan(total),
            )
        )
    else:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "Total = ¥{total}"), total=yuan(total)))
    if total < 0 or kwh < 0:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "Negative figures are a refund to the customer.")))
    lines.append(msg(QT_TRANSLATE_NOOP("station", "Rule: {rule}"), rule=str(rule)))
    return Result(
        kind=kind,
        kwh=kwh,
        amount=round_yuan(amount),
        penalty=round_yuan(penalty),
        total=total,
        rule=rule,
        working=tuple(lines),
        inputs=inputs,
    )


def parse_rated_current(text: str) -> Decimal | None:
    """The rated (标定) current of a meter nameplate: "5(60)A" -> 5; "1.5(6)" -> 1.5; "10" -> 10.

    Article 103 bills theft on the rated current, not the maximum in brackets. None when unreadable.
    """
    head = text.strip().upper().removesuffix("A").split("(", 1)[0].split("（", 1)[0].strip()
    try:
        value = Decimal(head)
    except ArithmeticError:
        return None
    return value if value.is_finite() else None
