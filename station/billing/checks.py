"""Input checks for the calculators: every bad field becomes a Problem, all are raised together."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from station.domain import problems
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

if TYPE_CHECKING:
    from station.billing.common import PricePeriod

#: The problem of a field not filled in: a form shows it as "still needed", not as an error.
REQUIRED = QT_TRANSLATE_NOOP("station", "Required.")

#: What the calculators accept for a number: a Decimal, an int, or the text of a field. Never a float:
#: binary fractions would leak into amounts a clerk checks by hand.
Number = Decimal | int | str

#: The largest magnitude any calculator field accepts. A whole 供电所 supplies well under 10^9 kWh a year and
#: no period, power, price or multiple comes near it; the bound keeps products inside the 28 significant
#: digits of the decimal context, so "1e999999" is a refused field rather than an InvalidOperation.
MAX_MAGNITUDE = Decimal(10) ** 9


class Checks:
    """Collects problems field by field so the clerk sees every reason at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, message: Message, value: object = None, *, code: str = "") -> None:
        self.problems.append(Problem(field, message, value, code))

    def required(self, field: str) -> None:
        """`field` is not filled in (code "required": a form shows it as still needed, not as an error)."""
        self.add(field, msg(REQUIRED), code=problems.REQUIRED)

    def has(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def raise_if_any(self) -> None:
        if self.problems:
            raise Rejected(list(self.problems))

    def number(
        self,
        field: str,
        value: Number | None,
        *,
        required: bool = True,
        positive: bool = False,
        non_negative: bool = False,
        integer: bool = False,
    ) -> Decimal | None:
        """The value as a Decimal, or None when it is missing or refused (the problem is recorded)."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.required(field)
            return None
        if isinstance(value, float) or isinstance(value, bool):
            raise TypeError(f"{field}: pass a Decimal, int or str, not {type(value).__name__}")
        try:
            number = (
                value
                if isinstance(value, Decimal)
                else Decimal(value.strip() if isinstance(value, str) else value)
            )
        except InvalidOperation:
            self.add(field, msg(QT_TRANSLATE_NOOP("station", "Not a number: {value}"), value=value), value)
            return None
        if not number.is_finite():
            self.add(field, msg(QT_TRANSLATE_NOOP("station", "Not a number: {value}"), value=value), value)
            return None
        if not self._in_range(
            field, value, number, positive=positive, non_negative=non_negative, integer=integer
        ):
            return None
        return number

    def _in_range(
        self, field: str, value: Number, number: Decimal, *, positive: bool, non_negative: bool, integer: bool
    ) -> bool:
        """Whether `number` is within the bounds asked for; else the problem is recorded."""
        if abs(number) > MAX_MAGNITUDE:
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("station", "Too large: {value} (at most {limit})."),
                    value=value,
                    limit=f"{MAX_MAGNITUDE:,f}",
                ),
                value,
            )
            return False
        if positive and number <= 0:
            self.add(
                field,
                msg(QT_TRANSLATE_NOOP("station", "Must be greater than zero (got {value})."), value=value),
                value,
            )
            return False
        if non_negative and number < 0:
            self.add(
                field,
                msg(QT_TRANSLATE_NOOP("station", "Must not be negative (got {value})."), value=value),
                value,
            )
            return False
        if integer and number != number.to_integral_value():
            self.add(
                field,
                msg(QT_TRANSLATE_NOOP("station", "Must be a whole number (got {value})."), value=value),
                value,
            )
            return False
        return True

    def tariffs(
        self,
        price: Number | None,
        tariffs: Sequence[PricePeriod] | None,
        date_from: dt.date | None,
        date_to: dt.date | None,
    ) -> Decimal | None:
        """The single price, checked; with `tariffs` instead, that they cover `date_from`..`date_to` day by day."""
        if not tariffs:
            return self.number("price", price, required=False, non_negative=True)
        if price is not None:
            self.add(
                "price",
                msg(QT_TRANSLATE_NOOP("station", "Give one price or the tariffs of the period, not both.")),
            )
            return None
        if date_from is None or date_to is None:
            self.add(
                "tariffs",
                msg(
                    QT_TRANSLATE_NOOP(
                        "station", "Tariffs of the period need the first and last day of the period."
                    )
                ),
            )
            return None
        joined = all(
            a.end + dt.timedelta(days=1) == b.start for a, b in zip(tariffs, tariffs[1:], strict=False)
        )
        if not joined or tariffs[0].start != date_from or tariffs[-1].end != date_to:
            self.add(
                "tariffs",
                msg(
                    QT_TRANSLATE_NOOP(
                        "station", "The tariffs do not cover the period {start} to {end} day by day."
                    ),
                    start=date_from.isoformat(),
                    end=date_to.isoformat(),
                ),
            )
        for t in tariffs:
            self.number("tariffs", t.price, non_negative=True)
        return None

    def period(
        self, days: Number | None, date_from: dt.date | None, date_to: dt.date | None
    ) -> tuple[Decimal | None, bool]:
        """Days of the period from a count or from two dates (both days counted); (None, False) when not given.

        The flag says whether the period was given at all, so the caller can fall back to its rule's default.
        """
        if days is not None and (date_from is not None or date_to is not None):
            self.add(
                "days", msg(QT_TRANSLATE_NOOP("station", "Give the number of days or the dates, not both."))
            )
            return None, True
        if days is not None:
            return self.number("days", days, positive=True), True
        if date_from is None and date_to is None:
            return None, False
        if date_from is None:
            self.add("date_from", msg(QT_TRANSLATE_NOOP("station", "Required with the end date.")))
            return None, True
        if date_to is None:
            self.add("date_to", msg(QT_TRANSLATE_NOOP("station", "Required with the start date.")))
            return None, True
        if date_from > date_to:
            self.add(
                "date_from",
                msg(
                    QT_TRANSLATE_NOOP("station", "The start {start} is after the end {end}."),
                    start=date_from.isoformat(),
                    end=date_to.isoformat(),
                ),
                date_from,
            )
            return None, True
        return Decimal((date_to - date_from).days + 1), True
