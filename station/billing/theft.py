"""Theft (窃电): stolen energy = capacity × hours/day × days, charged at the tariff, plus the penalty multiple."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from station.billing.checks import Checks, Number
from station.billing.common import (
    Kind,
    PricePeriod,
    Result,
    exact,
    finish,
    inputs_of,
    num,
    parse_rated_current,
    penalty_on,
    priced_charge,
    round_kwh,
    sqrt3,
)
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite, penalty_multiple
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


class Use(StrEnum):
    LIGHTING = "lighting"  # 照明
    POWER = "power"  # 动力


def theft(
    *,
    use: Use | str,
    kw: Number | None = None,
    voltage: Number | None = None,
    current: Number | str | None = None,
    phases: int = 1,
    ratio: Number | None = None,
    limiter_current: Number | None = None,
    days: Number | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    hours: Number | None = None,
    price: Number | None = None,
    tariffs: Sequence[PricePeriod] | None = None,
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """Back-bill a theft.

    Capacity is either `kw` (equipment wired onto the supply facilities; kVA counted as kW) or the billing
    meter's `voltage` × rated `current` (single-phase U·I, three-phase √3·U·I with U the line voltage),
    × `ratio` when the theft went through the CT/PT. `current` may be a nameplate like "5(60)A"; a meter with a
    current limiter (限流器) is billed on the limiter's setting `limiter_current` instead of the rated current.
    The period is `days` or `date_from`..`date_to` (both days counted), else 180 days. The energy is charged
    at `price`, or at `tariffs` (the tariffs in force day by day over the dates) where the tariff changed.
    Raises Rejected listing every bad field.
    """
    checks = Checks()
    edition = Edition(edition)
    lines: list[Message] = []
    use = _use(checks, lines, use)
    capacity = _capacity(
        checks, lines, edition, kw=kw, voltage=voltage, current=current, phases=phases, ratio=ratio,
        limiter=limiter_current,
    )  # fmt: skip
    period_days = _period(checks, lines, edition, rules, days, date_from, date_to)
    hours_per_day = _hours(checks, lines, edition, rules, hours, use)
    price_d = checks.tariffs(price, tariffs, date_from, date_to)
    multiple_d = checks.number("multiple", multiple, required=False)
    m, m_line = penalty_multiple(edition, Clause.THEFT, multiple_d, checks, rules)
    checks.raise_if_any()
    assert capacity is not None and period_days is not None and hours_per_day is not None

    rule = Rule(edition, (Clause.THEFT_ENERGY, Clause.THEFT))
    kwh = _stolen_energy(lines, capacity, hours_per_day, period_days)
    amount = priced_charge(kwh, price_d, tariffs, lines)
    lines.append(m_line)
    penalty = penalty_on(amount, m, lines)
    inputs = inputs_of(
        use=use, kw=kw, voltage=voltage, current=current, phases=phases if kw is None else None, ratio=ratio,
        limiter_current=limiter_current, days=days, date_from=date_from, date_to=date_to, hours=hours, price=price, multiple=multiple, edition=edition,
    )  # fmt: skip
    return finish(Kind.THEFT, rule, lines, inputs, kwh=kwh, amount=amount, penalty=penalty)


def _use(checks: Checks, lines: list[Message], use: Use | str) -> Use | str:
    """The customer's use (lighting or power: it sets the hours per day), with its working line."""
    try:
        use = Use(use)
    except ValueError:
        checks.add("use", msg(QT_TRANSLATE_NOOP("station", "Use must be lighting or power.")), use)
        return use
    lines.append(
        msg(QT_TRANSLATE_NOOP("station", "Customer use: lighting (照明)"))
        if use is Use.LIGHTING
        else msg(QT_TRANSLATE_NOOP("station", "Customer use: power (动力)"))
    )
    return use


def _stolen_energy(lines: list[Message], capacity: Decimal, hours: Decimal, days: Decimal) -> Decimal:
    """kW × h/day × days, rounded to whole kWh, with its working line."""
    with exact():
        kwh = round_kwh(capacity * hours * days)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Stolen energy = {kw} kW × {h} h/day × {days} days = {kwh} kWh"),
            kw=num(capacity),
            h=num(hours),
            days=num(days),
            kwh=num(kwh),
        )
    )
    return kwh


def _capacity(
    checks: Checks,
    lines: list[Message],
    edition: Edition,
    *,
    kw: Number | None,
    voltage: Number | None,
    current: Number | str | None,
    phases: int,
    ratio: Number | None,
    limiter: Number | None = None,
) -> Decimal | None:
    """Capacity in kW from the equipment or from the meter, with its working line."""
    from_meter = voltage is not None or current is not None
    if kw is not None and from_meter:
        checks.add(
            "kw",
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "Give the equipment kW or the meter's voltage and current, not both."
                )
            ),
        )
        return None
    if kw is None and not from_meter:
        checks.add(
            "kw",
            msg(QT_TRANSLATE_NOOP("station", "Give the equipment kW, or the meter's voltage and current.")),
        )
        return None
    if kw is not None:
        return _equipment_capacity(checks, lines, edition, kw=kw, ratio=ratio, limiter=limiter)
    return _meter_capacity(
        checks, lines, edition, voltage=voltage, current=current, phases=phases, ratio=ratio, limiter=limiter
    )


def _equipment_capacity(
    checks: Checks, lines: list[Message], edition: Edition, *, kw: Number, ratio: Number | None,
    limiter: Number | None,
) -> Decimal | None:  # fmt: skip
    """The kW of the equipment wired on; a limiter or a CT/PT ratio has no place in it."""
    if limiter is not None:
        checks.add(
            "limiter_current",
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "A current limiter applies only to a capacity taken from the meter."
                )
            ),
            limiter,
        )
    if ratio is not None:
        checks.add(
            "ratio",
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "The CT/PT ratio applies only to a capacity taken from the meter."
                )
            ),
            ratio,
        )
    cap = checks.number("kw", kw, positive=True)
    if cap is not None:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "station",
                    "Capacity of the connected equipment = {kw} kW (kVA counted as kW, {article})",
                ),
                kw=num(cap),
                article=cite(edition, Clause.THEFT_ENERGY),
            )
        )
    return cap


def _meter_capacity(
    checks: Checks, lines: list[Message], edition: Edition, *, voltage: Number | None,
    current: Number | str | None, phases: int, ratio: Number | None, limiter: Number | None,
) -> Decimal | None:  # fmt: skip
    """U × I (× √3 three-phase) × the CT/PT ratio of the billing meter, I the rated current or the limiter's."""
    u = checks.number("voltage", voltage, positive=True)
    i = _rated_current(checks, current, required=limiter is None)
    r = checks.number("ratio", ratio, required=False, positive=True)
    if limiter is not None:
        i = _limiter_current(checks, lines, edition, i, limiter)
    if phases not in (1, 3):
        checks.add("phases", msg(QT_TRANSLATE_NOOP("station", "Phases must be 1 or 3.")), phases)
        return None
    if u is None or i is None or (ratio is not None and r is None):
        return None
    with exact():
        watts = u * i * (sqrt3() if phases == 3 else 1) * (r if r is not None else 1)
        cap = watts / 1000
    lines.append(_meter_capacity_line(u, i, r, phases, cap, limited=limiter is not None))
    return cap


def _rated_current(checks: Checks, current: Number | str | None, *, required: bool) -> Decimal | None:
    """The meter's rated current; a nameplate "5(60)A" gives 5 A (Article 103 takes the rated current)."""
    if isinstance(current, str):
        rated = parse_rated_current(current)
        return checks.number("current", rated if rated is not None else current, positive=True, required=required)
    return checks.number("current", current, positive=True, required=required)


def _limiter_current(
    checks: Checks, lines: list[Message], edition: Edition, i: Decimal | None, limiter: Number
) -> Decimal | None:
    """A current limiter's setting replaces the rated current (which is then only shown)."""
    lim = checks.number("limiter_current", limiter, positive=True)
    if lim is not None:
        line = (
            QT_TRANSLATE_NOOP(
                "station",
                "Current limiter fitted: its setting {lim} A replaces the rated current {i} A ({article})",
            )
            if i is not None
            else QT_TRANSLATE_NOOP(
                "station", "Current limiter fitted: the capacity takes its setting {lim} A ({article})"
            )
        )
        lines.append(
            msg(
                line,
                lim=num(lim),
                i=num(i) if i is not None else "",
                article=cite(edition, Clause.THEFT_ENERGY),
            )
        )
    return lim


def _meter_capacity_line(
    u: Decimal, i: Decimal, r: Decimal | None, phases: int, cap: Decimal, *, limited: bool
) -> Message:
    """The working line of a capacity from the meter, single- or three-phase, with or without a ratio."""
    current_note = (
        msg(QT_TRANSLATE_NOOP("station", "limiter setting; kVA counted as kW"))
        if limited
        else msg(QT_TRANSLATE_NOOP("station", "rated current; kVA counted as kW"))
    )
    params: dict[str, object] = {"u": num(u), "i": num(i), "kw": num(cap), "note": current_note}
    if r is not None:
        params["ratio"] = num(r)
    if phases == 1 and r is None:
        template = QT_TRANSLATE_NOOP("station", "Capacity = {u} V × {i} A = {kw} kW ({note})")
    elif phases == 1:
        template = QT_TRANSLATE_NOOP(
            "station", "Capacity = {u} V × {i} A × {ratio} (CT/PT ratio) = {kw} kW ({note})"
        )
    elif r is None:
        template = QT_TRANSLATE_NOOP("station", "Capacity = √3 × {u} V × {i} A = {kw} kW ({note})")
    else:
        template = QT_TRANSLATE_NOOP(
            "station", "Capacity = √3 × {u} V × {i} A × {ratio} (CT/PT ratio) = {kw} kW ({note})"
        )
    return msg(template, **params)


def _period(
    checks: Checks,
    lines: list[Message],
    edition: Edition,
    rules: BillingRules,
    days: Number | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> Decimal | None:
    n, given = checks.period(days, date_from, date_to)
    if not given:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Start of the theft unknown: {days} days ({article})"),
                days=num(rules.theft_unknown_days),
                article=cite(edition, Clause.THEFT_ENERGY),
            )
        )
        return rules.theft_unknown_days
    if n is not None and date_from is not None and date_to is not None:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP("station", "Period {start} to {end} = {days} days (both days counted)"),
                start=date_from.isoformat(),
                end=date_to.isoformat(),
                days=num(n),
            )
        )
    elif n is not None:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "Period: {days} days"), days=num(n)))
    return n


def use_hours(
    checks: Checks, field: str, hours: Number | None, use: Use | str, rules: BillingRules
) -> Decimal | None:
    """Hours per day: as given (at most 24), else by use: 1996 第一百零三条 照明 6 h, 电力 12 h (the settings)."""
    if hours is not None:
        h = checks.number(field, hours, positive=True)
        if h is not None and h > 24:
            checks.add(
                field,
                msg(QT_TRANSLATE_NOOP("station", "A day has at most 24 hours (got {value})."), value=hours),
                hours,
            )
            return None
        return h
    if not isinstance(use, Use):
        return None
    return rules.theft_hours_lighting if use is Use.LIGHTING else rules.theft_hours_power


def _hours(
    checks: Checks,
    lines: list[Message],
    edition: Edition,
    rules: BillingRules,
    hours: Number | None,
    use: Use | str,
) -> Decimal | None:
    h = use_hours(checks, "hours", hours, use, rules)
    if h is None:
        return None
    if hours is not None:
        lines.append(msg(QT_TRANSLATE_NOOP("station", "Hours per day: {h} h"), h=num(h)))
        return h
    template = (
        QT_TRANSLATE_NOOP("station", "Hours per day unknown: {h} h for a lighting customer ({article})")
        if use is Use.LIGHTING
        else QT_TRANSLATE_NOOP("station", "Hours per day unknown: {h} h for a power customer ({article})")
    )
    lines.append(msg(template, h=num(h), article=cite(edition, Clause.THEFT_ENERGY)))
    return h
