"""Metering faults not caused by the customer: PT voltage drop beyond the permitted value, PT fuse blown,
instrument-transformer fault (2024 wording 互感器故障) and other non-human causes."""

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
    priced_charge,
    round_kwh,
)
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


def pt_drop(
    *,
    drop_pct: Number | None,
    recorded_kwh: Number | None,
    allowed_pct: Number | None = None,
    price: Number | None = None,
    tariffs: Sequence[PricePeriod] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """PT secondary (connection-line) voltage drop beyond the permitted value (1996 第八十条第2项).

    The permitted drop is the base: the meter saw (1 − d/100) of the voltage and recorded W; at the permitted
    drop a it would have recorded W × (100 − a) / (100 − d); the difference is back-billed over the **whole**
    period, from the connection (or the load increase) to the day the drop was corrected, not halved.
    """
    checks, edition, lines = Checks(), Edition(edition), []
    d, a = _checked_drop(checks, edition, rules, drop_pct, allowed_pct)
    w = checks.number("recorded_kwh", recorded_kwh, non_negative=True)
    checks.period(None, date_from, date_to)
    p = checks.tariffs(price, tariffs, date_from, date_to)
    checks.raise_if_any()
    assert d is not None and a is not None and w is not None
    with exact():
        at_allowed = w * (100 - a) / (100 - d)
        kwh = round_kwh(at_allowed - w)
    lines.extend(_drop_lines(edition, d, a, w, at_allowed, kwh, rule_setting=allowed_pct is None))
    amount = priced_charge(kwh, p, tariffs, lines)
    inputs = inputs_of(
        drop_pct=drop_pct, allowed_pct=allowed_pct, recorded_kwh=recorded_kwh, date_from=date_from,
        date_to=date_to, price=price, edition=edition,
    )  # fmt: skip
    return finish(Kind.PT_DROP, Rule(edition, (Clause.PT_DROP,)), lines, inputs, kwh=kwh, amount=amount)


def _checked_drop(
    checks: Checks, edition: Edition, rules: BillingRules, drop_pct: Number | None, allowed_pct: Number | None
) -> tuple[Decimal | None, Decimal | None]:
    """(measured, permitted) drop in %; a drop within the permitted one is refused with the reason."""
    d = checks.number("drop_pct", drop_pct, positive=True)
    a = (
        checks.number("allowed_pct", allowed_pct, non_negative=True)
        if allowed_pct is not None
        else rules.pt_drop_allowed_pct
    )
    if d is not None and d >= 100:
        checks.add("drop_pct", msg(QT_TRANSLATE_NOOP("station", "A voltage drop must be below 100 % (got {value})."),
                                   value=drop_pct), drop_pct)  # fmt: skip
    elif d is not None and a is not None and d <= a:
        checks.add(
            "drop_pct",
            msg(
                QT_TRANSLATE_NOOP(
                    "station",
                    "The drop {d} % is within the permitted {a} %: nothing is back-billed ({article} applies only beyond it).",
                ),
                d=num(d),
                a=num(a),
                article=cite(edition, Clause.PT_DROP),
            ),
            drop_pct,
        )
    return d, a


def _drop_lines(
    edition: Edition,
    d: Decimal,
    a: Decimal,
    w: Decimal,
    at_allowed: Decimal,
    kwh: Decimal,
    *,
    rule_setting: bool,
) -> list[Message]:
    """The working from the measured drop to the back-billed energy (the permitted drop as given or the setting)."""
    return [
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "PT secondary voltage drop measured d = {d} %; permitted a = {a} %{given}; energy recorded W = {w} kWh",
            ),
            d=num(d),
            a=num(a),
            given=""
            if not rule_setting
            else msg(QT_TRANSLATE_NOOP("station", " (the rule setting, DL/T 448)")),
            w=num(w),
        ),
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Energy at the permitted drop = W × (100 − a) / (100 − d) = {w} × {top} / {bottom} = {e} kWh",
            ),
            w=num(w),
            top=num(100 - a),
            bottom=num(100 - d),
            e=num(at_allowed, 2),
        ),
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Back-billed energy = {e} − {w} = {kwh} kWh (the whole period from the connection or load increase to the correction, {article})",
            ),
            e=num(at_allowed, 2),
            w=num(w),
            kwh=num(kwh),
            article=cite(edition, Clause.PT_DROP),
        ),
    ]


class Cause(StrEnum):
    PT_FUSE = "pt_fuse"  # 电压互感器保险熔断 (1996 第八十一条第2项)
    CT_PT_FAULT = "ct_pt_fault"  # 互感器故障 (2024 wording; 1996: other non-human causes, 第八十条第3项)
    OTHER = "other"  # 其他非人为原因 (1996 第八十条第3项)


_CLAUSE = {
    Cause.PT_FUSE: Clause.PT_FUSE,
    Cause.CT_PT_FAULT: Clause.OTHER_FAULT,
    Cause.OTHER: Clause.OTHER_FAULT,
}


def metering_fault(
    *,
    cause: Cause | str,
    rate_pct: Number | None = None,
    recorded_kwh: Number | None = None,
    normal_kwh: Number | None = None,
    fault_kwh: Sequence[Number] | None = None,
    price: Number | None = None,
    tariffs: Sequence[PricePeriod] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """A fault that made the metering record too little (or too much), by one of two methods:

    - the theoretical difference rate (差额率, % of the recorded energy, from the circuit analysis of the fault)
      × the energy recorded during the fault: ΔW = W × rate / 100 (a PT fuse, an instrument-transformer fault);
    - the normal month: the customer's normal monthly energy minus each fault month's recorded energy, summed
      over the fault months taken from the reading records (every cause; the only method 1996 第八十条第3项 names).
    """
    del rules  # no settable value enters these formulas
    checks, edition, lines = Checks(), Edition(edition), []
    try:
        cause = Cause(cause)
    except ValueError:
        checks.add(
            "cause", msg(QT_TRANSLATE_NOOP("station", "Cause must be pt_fuse, ct_pt_fault or other.")), cause
        )
    by_rate = rate_pct is not None or recorded_kwh is not None
    by_month = normal_kwh is not None or bool(fault_kwh)
    _method_problems(checks, cause, rate_pct, by_rate=by_rate, by_month=by_month)
    checks.period(None, date_from, date_to)
    p = checks.tariffs(price, tariffs, date_from, date_to)
    if by_rate and not by_month:
        kwh, working = _by_rate(checks, rate_pct, recorded_kwh)
    else:
        kwh, working = _by_normal_month(checks, normal_kwh, fault_kwh)
    lines.append(_cause_line(cause, edition))  # type: ignore[arg-type]
    lines.extend(working)
    amount = priced_charge(kwh, p, tariffs, lines)
    inputs = inputs_of(
        cause=cause, rate_pct=rate_pct, recorded_kwh=recorded_kwh, normal_kwh=normal_kwh,
        fault_kwh=" / ".join(str(f) for f in fault_kwh) if fault_kwh else None, date_from=date_from,
        date_to=date_to, price=price, edition=edition,
    )  # fmt: skip
    return finish(Kind.FAULT, Rule(edition, (_CLAUSE[cause],)), lines, inputs, kwh=kwh, amount=amount)  # type: ignore[index]


def _method_problems(
    checks: Checks, cause: Cause | str, rate_pct: Number | None, *, by_rate: bool, by_month: bool
) -> None:
    """One method, the difference rate or the normal month; other non-human causes only the normal month."""
    if by_rate and by_month:
        checks.add("rate_pct", msg(QT_TRANSLATE_NOOP(
            "station", "Give the difference rate and the energy recorded, or the normal month and the fault months, not both.")))  # fmt: skip
    elif not by_rate and not by_month:
        checks.add("normal_kwh", msg(QT_TRANSLATE_NOOP(
            "station", "Give the difference rate and the energy recorded, or the normal month and the fault months.")))  # fmt: skip
    elif by_rate and cause is Cause.OTHER:
        checks.add("rate_pct", msg(QT_TRANSLATE_NOOP(
            "station", "Other non-human causes are back-billed on the normal month (1996 第八十条第3项).")), rate_pct)  # fmt: skip


def _by_rate(
    checks: Checks, rate_pct: Number | None, recorded_kwh: Number | None
) -> tuple[Decimal, list[Message]]:
    """ΔW = W × rate / 100, with its working; raises Rejected with every problem found so far."""
    rate = checks.number("rate_pct", rate_pct)
    w = checks.number("recorded_kwh", recorded_kwh, non_negative=True)
    checks.raise_if_any()
    assert rate is not None and w is not None
    with exact():
        kwh = round_kwh(w * rate / 100)
    line = msg(
        QT_TRANSLATE_NOOP(
            "station",
            "Back-billed energy = W × difference rate = {w} kWh × {rate} % = {kwh} kWh (over the fault period from the reading records)",
        ),
        w=num(w),
        rate=num(rate),
        kwh=num(kwh),
    )
    return kwh, [line]


def _by_normal_month(
    checks: Checks, normal_kwh: Number | None, fault_kwh: Sequence[Number] | None
) -> tuple[Decimal, list[Message]]:
    """ΔW = Σ (normal month − fault month), with its working; raises Rejected with every problem found so far."""
    normal = checks.number("normal_kwh", normal_kwh, non_negative=True)
    months = [checks.number("fault_kwh", f, non_negative=True) for f in (fault_kwh or ())]
    if not months:
        checks.required("fault_kwh")
    checks.raise_if_any()
    assert normal is not None and all(m is not None for m in months)
    got = [m for m in months if m is not None]
    with exact():
        kwh = round_kwh(sum((normal - m for m in got), Decimal(0)))
    working = [
        msg(
            QT_TRANSLATE_NOOP("station", "Normal month: {normal} kWh; fault months recorded: {months} kWh"),
            normal=num(normal),
            months=" / ".join(num(m) for m in got),
        ),
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Back-billed energy = Σ (normal month − fault month) = {parts} = {kwh} kWh (months from the reading records)",
            ),
            parts=" + ".join(f"({num(normal)} − {num(m)})" for m in got),
            kwh=num(kwh),
        ),
    ]
    return kwh, working


def _cause_line(cause: Cause, edition: Edition) -> Message:
    template = {
        Cause.PT_FUSE: QT_TRANSLATE_NOOP("station", "Cause: PT fuse blown ({article})"),
        Cause.CT_PT_FAULT: QT_TRANSLATE_NOOP(
            "station", "Cause: instrument transformer fault (互感器故障, {article})"
        ),
        Cause.OTHER: QT_TRANSLATE_NOOP("station", "Cause: other non-human cause ({article})"),
    }[cause]
    return msg(template, article=cite(edition, _CLAUSE[cause]))
