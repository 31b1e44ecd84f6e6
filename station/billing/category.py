"""Changed tariff category (高价低接, 改类): per load line, the tariff difference over the period, 2× it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from station.billing.checks import Checks, Number
from station.billing.common import (
    ZERO,
    Kind,
    Result,
    exact,
    finish,
    inputs_of,
    num,
    penalty_on,
    round_kwh,
    round_yuan,
    yuan,
)
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite, penalty_multiple
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.billing.theft import Use, use_hours
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


@dataclass(frozen=True, slots=True)
class Load:
    """One load line of a category change: its kW, its use (hours by use) and the tariff difference it pays."""

    kw: Number | None
    use: Use | str
    price_diff: Number | None
    hours: Number | None = None  # None: by use, as theft (6 h lighting, 12 h power)

    def text(self) -> str:
        hours = "" if self.hours is None else f":{self.hours}"
        return f"{self.kw}:{self.use}:{self.price_diff}{hours}"


def category_violation(
    *,
    price_diff: Number | None = None,
    kwh: Number | None = None,
    kw: Number | None = None,
    use: Use | str = Use.POWER,
    hours: Number | None = None,
    loads: Sequence[Load] | None = None,
    days: Number | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """A higher-priced use on a lower-priced supply: the tariff difference × the energy, + the multiple × it.

    The energy is `kwh` at `price_diff`; or per load line (`loads`, or one line of `kw`, `use`, `price_diff`):
    kW × hours/day × days, the hours by the line's use (6 h lighting, 12 h power, as 1996 第一百零三条) unless
    given, the days the period or 3 months (90 days) when it is unknown (1996 第一百条第1项); the lines summed.
    """
    checks, edition = Checks(), Edition(edition)
    lines: list[Message] = []
    if loads and (kw is not None or price_diff is not None or kwh is not None or hours is not None):
        checks.add(
            "loads",
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "Give the load lines, or one line of kW and tariff difference, not both."
                )
            ),
        )
        checks.raise_if_any()
    if kwh is not None:
        return _category_known_energy(checks, lines, edition, rules, price_diff, kwh, kw, hours, days, date_from,
                                      date_to, multiple)  # fmt: skip
    legacy = not loads  # one line given as kw / use / price_diff / hours: its problems go to those fields
    if not loads:
        loads = [_one_line(checks, kw, use, price_diff, hours)]
    n, given = checks.period(days, date_from, date_to)
    if not given:
        n = rules.category_unknown_days
    checked = [
        _check_load(checks, None if legacy else f"load{i}", load, rules) for i, load in enumerate(loads, 1)
    ]
    m, m_line = penalty_multiple(
        edition, Clause.CATEGORY, checks.number("multiple", multiple, required=False), checks, rules
    )
    checks.raise_if_any()
    assert n is not None
    _period_line(lines, edition, given, n, date_from, date_to)
    total_kwh, total_amount = _load_lines(lines, edition, checked, n)
    lines.append(m_line)
    penalty = penalty_on(total_amount, m, lines)
    inputs = inputs_of(
        loads="; ".join(load.text() for load in loads) if len(checked) > 1 or kw is None else None,
        kw=kw, use=use if kw is not None else None, price_diff=price_diff, hours=hours, days=days,
        date_from=date_from, date_to=date_to, multiple=multiple, edition=edition,
    )  # fmt: skip
    rule = Rule(edition, (Clause.CATEGORY,))
    return finish(Kind.CATEGORY, rule, lines, inputs, kwh=total_kwh, amount=total_amount, penalty=penalty)


def _one_line(
    checks: Checks, kw: Number | None, use: Use | str, price_diff: Number | None, hours: Number | None
) -> Load:
    """The one load line given as single fields; without kW (and without the energy) it is refused at once."""
    if kw is None:
        checks.add("kwh", msg(QT_TRANSLATE_NOOP("station", "Give the energy, or the kW of the equipment.")))
        checks.number("price_diff", price_diff, positive=True)
        checks.raise_if_any()
    return Load(kw, use, price_diff, hours)


# A checked load line: kW, use, hours per day, tariff difference, whether the hours were defaulted by use.
_Line = tuple[Decimal, Use, Decimal, Decimal, bool]


def _load_lines(
    lines: list[Message], edition: Edition, checked: list[_Line], days: Decimal
) -> tuple[Decimal, Decimal]:
    """Energy and tariff-difference charge of each load line over `days`, with their working; the totals."""
    energies, amounts = [], []
    single = len(checked) == 1
    for i, (load_kw, load_use, h, diff, defaulted) in enumerate(checked, 1):
        if defaulted:
            lines.append(_hours_line(edition, load_use, h))
        with exact():
            energy = round_kwh(load_kw * h * days)
            amount = round_yuan(energy * diff)
        energies.append(energy)
        amounts.append(amount)
        if single:
            lines.extend(_single_line(load_kw, h, days, energy, diff, amount))
        else:
            lines.append(
                msg(
                    QT_TRANSLATE_NOOP(
                        "station",
                        "Line {n} ({use}): {kw} kW × {h} h/day × {days} days = {kwh} kWh; × ¥{diff}/kWh = ¥{amount}",
                    ),
                    n=i,
                    use=_use_name(load_use),
                    kw=num(load_kw),
                    h=num(h),
                    days=num(days),
                    kwh=num(energy),
                    diff=num(diff, 6),
                    amount=yuan(amount),
                )  # fmt: skip
            )
    with exact():
        total_kwh = sum(energies, Decimal(0))
        total_amount = round_yuan(sum(amounts, ZERO))
    if not single:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Energy = {parts} = {kwh} kWh"),
                parts=" + ".join(num(e) for e in energies),
                kwh=num(total_kwh),
            )
        )
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Tariff difference charge = {parts} = ¥{amount}"),
                parts=" + ".join(f"¥{yuan(a)}" for a in amounts),
                amount=yuan(total_amount),
            )
        )
    return total_kwh, total_amount


def _single_line(
    kw: Decimal, h: Decimal, days: Decimal, energy: Decimal, diff: Decimal, amount: Decimal
) -> tuple[Message, Message]:
    """The working of a change with one load line: its energy, then its tariff-difference charge."""
    return (
        msg(
            QT_TRANSLATE_NOOP("station", "Energy = {kw} kW × {h} h/day × {days} days = {kwh} kWh"),
            kw=num(kw),
            h=num(h),
            days=num(days),
            kwh=num(energy),
        ),
        msg(
            QT_TRANSLATE_NOOP("station", "Tariff difference charge = {kwh} kWh × ¥{diff}/kWh = ¥{amount}"),
            kwh=num(energy),
            diff=num(diff, 6),
            amount=yuan(amount),
        ),
    )


def _use_name(use: Use) -> Message:
    return (
        msg(QT_TRANSLATE_NOOP("station", "lighting"))
        if use is Use.LIGHTING
        else msg(QT_TRANSLATE_NOOP("station", "power"))
    )


def _hours_line(edition: Edition, use: Use, h: Decimal) -> Message:
    template = (
        QT_TRANSLATE_NOOP("station", "Hours per day unknown: {h} h for a lighting load ({article})")
        if use is Use.LIGHTING
        else QT_TRANSLATE_NOOP("station", "Hours per day unknown: {h} h for a power load ({article})")
    )
    return msg(template, h=num(h), article=cite(edition, Clause.THEFT_ENERGY))


def _check_load(
    checks: Checks, field: str | None, load: Load, rules: BillingRules
) -> tuple[Decimal, Use, Decimal, Decimal, bool]:
    """(kW, use, hours, difference, hours defaulted) of a load line; its problems go to `field` ("load2"), or
    for a line given as single fields to kw / price_diff / use / hours."""
    load_kw = checks.number(field or "kw", load.kw, positive=True)
    diff = checks.number(field or "price_diff", load.price_diff, positive=True)
    try:
        use = Use(load.use)
    except ValueError:
        checks.add(
            field or "use", msg(QT_TRANSLATE_NOOP("station", "Use must be lighting or power.")), load.use
        )
        use = Use.POWER
    h = use_hours(checks, field or "hours", load.hours, use, rules)
    return load_kw or Decimal(0), use, h or Decimal(0), diff or Decimal(0), load.hours is None


def _period_line(
    lines: list[Message],
    edition: Edition,
    given: bool,
    n: Decimal,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> None:
    if not given:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Dates of use unknown: 3 months = {days} days ({article})"),
                days=num(n),
                article=cite(edition, Clause.CATEGORY),
            )
        )
    elif date_from is not None and date_to is not None:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Period {start} to {end} = {days} days (both days counted)"),
                start=date_from.isoformat(),
                end=date_to.isoformat(),
                days=num(n),
            )
        )
    else:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "Period: {days} days"), days=num(n)))


def _category_known_energy(
    checks: Checks,
    lines: list[Message],
    edition: Edition,
    rules: BillingRules,
    price_diff: Number | None,
    kwh: Number,
    kw: Number | None,
    hours: Number | None,
    days: Number | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
    multiple: Number | None,
) -> Result:
    diff = checks.number("price_diff", price_diff, positive=True)
    if (
        kw is not None
        or hours is not None
        or days is not None
        or date_from is not None
        or date_to is not None
    ):
        checks.add(
            "kwh", msg(QT_TRANSLATE_NOOP("station", "Give the energy, or kW with hours and days, not both."))
        )
    energy = checks.number("kwh", kwh, positive=True)
    m, m_line = penalty_multiple(
        edition, Clause.CATEGORY, checks.number("multiple", multiple, required=False), checks, rules
    )
    checks.raise_if_any()
    assert diff is not None and energy is not None
    energy = round_kwh(energy)
    lines.append(
        msg(QT_TRANSLATE_NOOP("station", "Energy used at the wrong tariff: {kwh} kWh"), kwh=num(energy))
    )
    with exact():
        amount = round_yuan(energy * diff)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Tariff difference charge = {kwh} kWh × ¥{diff}/kWh = ¥{amount}"),
            kwh=num(energy),
            diff=num(diff, 6),
            amount=yuan(amount),
        )
    )
    lines.append(m_line)
    penalty = penalty_on(amount, m, lines)
    inputs = inputs_of(price_diff=price_diff, kwh=kwh, multiple=multiple, edition=edition)
    return finish(Kind.CATEGORY, Rule(edition, (Clause.CATEGORY,)), lines, inputs, kwh=energy, amount=amount,
                  penalty=penalty)  # fmt: skip


# --- basic charge (two-part) or a rate per kVA (single-part): added capacity and sealed equipment -----------

#: How the two-part basic charge is billed: per kVA of capacity a month, or per kW of maximum demand a month.
