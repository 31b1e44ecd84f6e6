"""Violations (违约用电): changed tariff category, added capacity, sealed equipment used, metering touched."""

from __future__ import annotations

import datetime as dt
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
from station.billing.rules import DEFAULT_RULES, BillingRules
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


def category_violation(
    *,
    price_diff: Number | None,
    kwh: Number | None = None,
    kw: Number | None = None,
    hours: Number | None = None,
    days: Number | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """A higher-priced use on a lower-priced supply: the price difference × the energy, + the multiple × it.

    The energy is `kwh`, or `kw` × hours/day × days (3 months when the period is unknown).
    """
    checks, edition, lines = Checks(), Edition(edition), []
    diff = checks.number("price_diff", price_diff, positive=True)
    energy = _category_energy(checks, lines, edition, rules, kwh, kw, hours, days, date_from, date_to)
    m, m_line = penalty_multiple(
        edition, Clause.CATEGORY, checks.number("multiple", multiple, required=False), checks, rules
    )
    checks.raise_if_any()
    assert diff is not None and energy is not None
    rule = Rule(edition, (Clause.CATEGORY,))
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
    inputs = inputs_of(
        price_diff=price_diff, kwh=kwh, kw=kw, hours=hours, days=days, date_from=date_from, date_to=date_to,
        multiple=multiple, edition=edition,
    )  # fmt: skip
    return finish(Kind.CATEGORY, rule, lines, inputs, kwh=energy, amount=amount, penalty=penalty)


def _category_energy(
    checks: Checks,
    lines: list[Message],
    edition: Edition,
    rules: BillingRules,
    kwh: Number | None,
    kw: Number | None,
    hours: Number | None,
    days: Number | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> Decimal | None:
    if kwh is not None:
        if (
            kw is not None
            or hours is not None
            or days is not None
            or date_from is not None
            or date_to is not None
        ):
            checks.add(
                "kwh",
                msg(QT_TRANSLATE_NOOP("station", "Give the energy, or kW with hours and days, not both.")),
            )
            return None
        energy = checks.number("kwh", kwh, positive=True)
        if energy is not None:
            energy = round_kwh(energy)
            lines.append(
                msg(
                    QT_TRANSLATE_NOOP("station", "Energy used at the wrong tariff: {kwh} kWh"),
                    kwh=num(energy),
                )
            )
        return energy
    if kw is None:
        checks.add("kwh", msg(QT_TRANSLATE_NOOP("station", "Give the energy, or the kW of the equipment.")))
        return None
    load = checks.number("kw", kw, positive=True)
    h = checks.number("hours", hours, positive=True) if hours is not None else rules.category_default_hours
    if h is not None and h > 24:
        checks.add(
            "hours",
            msg(QT_TRANSLATE_NOOP("station", "A day has at most 24 hours (got {value})."), value=hours),
            hours,
        )
    n, given = checks.period(days, date_from, date_to)
    if not given:
        n = rules.category_unknown_days
    if load is None or h is None or n is None or checks.problems:
        return None
    if hours is None:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "Hours per day not given: {h} h (as Article 103 sets for power customers)"
                ),
                h=num(h),
            )
        )
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
    with exact():
        energy = round_kwh(load * h * n)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Energy = {kw} kW × {h} h/day × {days} days = {kwh} kWh"),
            kw=num(load),
            h=num(h),
            days=num(n),
            kwh=num(energy),
        )
    )
    return energy


def capacity_violation(
    *,
    kva: Number | None,
    basic_price: Number | None = None,
    months: Number | None = None,
    single_part: bool = False,
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """Capacity added beyond the contract (私增容量).

    Two-part tariff: basic charge on the added kVA for the months used, + the multiple (3) × it.
    Single-part: ¥50 per kW (kVA) added.
    """
    return _basic_charge_violation(
        Kind.CAPACITY, Clause.CAPACITY, rules.capacity_yuan_per_kva,
        kva=kva, basic_price=basic_price, months=months, single_part=single_part, times=None,
        multiple=multiple, edition=edition, rules=rules,
    )  # fmt: skip


def sealed_violation(
    *,
    kva: Number | None,
    basic_price: Number | None = None,
    months: Number | None = None,
    single_part: bool = False,
    times: Number | None = None,
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """Suspended or sealed equipment used.

    Two-part tariff: basic charge on that capacity for the months used, + the multiple (2) × it.
    Single-part: ¥30 per kW (kVA) per occurrence (`times`, default 1).
    """
    return _basic_charge_violation(
        Kind.SEALED, Clause.SEALED, rules.sealed_yuan_per_kva,
        kva=kva, basic_price=basic_price, months=months, single_part=single_part, times=times,
        multiple=multiple, edition=edition, rules=rules,
    )  # fmt: skip


def _basic_charge_violation(
    kind: Kind,
    clause: Clause,
    single_part_rate: Decimal,
    *,
    kva: Number | None,
    basic_price: Number | None,
    months: Number | None,
    single_part: bool,
    times: Number | None,
    multiple: Number | None,
    edition: Edition | str,
    rules: BillingRules,
) -> Result:
    checks, edition, lines = Checks(), Edition(edition), []
    cap = checks.number("kva", kva, positive=True)
    rule = Rule(edition, (clause,))
    inputs = inputs_of(
        kva=kva, basic_price=basic_price, months=months, single_part=single_part or None, times=times,
        multiple=multiple, edition=edition,
    )  # fmt: skip
    if single_part:
        for field, value in (("basic_price", basic_price), ("months", months), ("multiple", multiple)):
            if value is not None:
                checks.add(
                    field,
                    msg(QT_TRANSLATE_NOOP("station", "Not used for a single-part tariff customer.")),
                    value,
                )
        n = checks.number("times", times, positive=True, integer=True) if times is not None else Decimal(1)
        checks.raise_if_any()
        assert cap is not None and n is not None
        with exact():
            penalty = round_yuan(single_part_rate * cap * n)
        template = (
            QT_TRANSLATE_NOOP(
                "station",
                "Single-part tariff: penalty = ¥{rate} per kW (kVA) × {kva} kVA = ¥{penalty} ({article})",
            )
            if times is None
            else QT_TRANSLATE_NOOP(
                "station",
                "Single-part tariff: penalty = ¥{rate} per kW (kVA) × {kva} kVA × {times} times = ¥{penalty} ({article})",
            )
        )
        lines.append(
            msg(
                template,
                rate=num(single_part_rate),
                kva=num(cap),
                times=num(n),
                penalty=yuan(penalty),
                article=cite(edition, clause),
            )
        )
        return finish(kind, rule, lines, inputs, penalty=penalty)
    price = checks.number("basic_price", basic_price, positive=True)
    used = checks.number("months", months, positive=True)
    if times is not None:
        checks.add(
            "times",
            msg(QT_TRANSLATE_NOOP("station", "Counted in months for a two-part tariff customer.")),
            times,
        )
    m, m_line = penalty_multiple(
        edition, clause, checks.number("multiple", multiple, required=False), checks, rules
    )
    checks.raise_if_any()
    assert cap is not None and price is not None and used is not None
    with exact():
        amount = round_yuan(price * cap * used)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station", "Basic charge = ¥{price}/kVA·month × {kva} kVA × {months} months = ¥{amount}"
            ),
            price=num(price, 6),
            kva=num(cap),
            months=num(used),
            amount=yuan(amount),
        )
    )
    lines.append(m_line)
    penalty = penalty_on(amount, m, lines)
    return finish(kind, rule, lines, inputs, amount=amount, penalty=penalty)


def tamper_violation(
    *,
    residential: bool,
    times: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """The supplier's metering, load-control or supply equipment moved, altered or operated: a fixed penalty
    per occurrence (¥500 residential, ¥5,000 other)."""
    checks, edition, lines = Checks(), Edition(edition), []
    n = checks.number("times", times, positive=True, integer=True) if times is not None else Decimal(1)
    checks.raise_if_any()
    assert n is not None
    rate = rules.tamper_residential_yuan if residential else rules.tamper_other_yuan
    with exact():
        penalty = round_yuan(rate * n)
    template = (
        QT_TRANSLATE_NOOP(
            "station", "Residential customer: penalty = ¥{rate} × {times} times = ¥{penalty} ({article})"
        )
        if residential
        else QT_TRANSLATE_NOOP(
            "station", "Non-residential customer: penalty = ¥{rate} × {times} times = ¥{penalty} ({article})"
        )
    )
    lines.append(
        msg(
            template,
            rate=num(rate),
            times=num(n),
            penalty=yuan(penalty),
            article=cite(edition, Clause.TAMPER),
        )
    )
    rule = Rule(edition, (Clause.TAMPER,))
    return finish(
        Kind.TAMPER,
        rule,
        lines,
        inputs_of(residential=residential, times=times, edition=edition),
        amount=ZERO,
        penalty=penalty,
    )
