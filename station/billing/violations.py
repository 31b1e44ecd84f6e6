"""Violations (违约用电): added capacity, sealed equipment used, metering touched, own source (the changed
category is station.billing.category)."""

from __future__ import annotations

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
    round_yuan,
    yuan,
)
from station.billing.editions import DEFAULT_EDITION, Clause, Edition, Rule, cite, penalty_multiple
from station.billing.rule_values import DEFAULT_RULES, BillingRules
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

BASES = ("capacity", "demand")


@dataclass(frozen=True, slots=True)
class _Part:
    amount: Decimal
    penalty: Decimal


def capacity_violation(
    *,
    kva: Number | None,
    basic_price: Number | None = None,
    months: Number | None = None,
    single_part: bool = False,
    basis: str = "capacity",
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """Capacity added beyond the contract (私增容量).

    Two-part tariff: basic charge (2024: 容(需)量电费) on the added kVA (or kW of demand) for the months used,
    + the multiple (3) × it. Single-part: ¥50 per kW (kVA) added.
    """
    checks, edition = Checks(), Edition(edition)
    lines: list[Message] = []
    inputs = inputs_of(
        kva=kva, basic_price=basic_price, months=months, single_part=single_part or None,
        basis=basis if not single_part and basis != "capacity" else None, multiple=multiple, edition=edition,
    )  # fmt: skip
    part = _basic_part(
        checks, lines, Clause.CAPACITY, rules.capacity_yuan_per_kva, kva=kva, basic_price=basic_price,
        months=months, single_part=single_part, basis=basis, times=None, multiple=multiple, edition=edition,
        rules=rules,
    )  # fmt: skip
    return finish(Kind.CAPACITY, Rule(edition, (Clause.CAPACITY,)), lines, inputs, amount=part.amount,
                  penalty=part.penalty)  # fmt: skip


def sealed_violation(
    *,
    kva: Number | None,
    basic_price: Number | None = None,
    months: Number | None = None,
    single_part: bool = False,
    basis: str = "capacity",
    times: Number | None = None,
    added_capacity: bool = False,
    multiple: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """Suspended or sealed equipment used.

    Two-part tariff: basic charge on that capacity for the months used, + the multiple (2) × it.
    Single-part: ¥30 per kW (kVA) per occurrence (`times`, default 1). Equipment that was sealed because it
    was added capacity (`added_capacity`, 启用属于私增容被封存的设备) also owes the added-capacity liability
    (1996 第一百条第4项 last sentence): the 3× penalty on the same basic charge (the charge itself is
    back-billed once), or ¥50 per kW (kVA) for a single-part customer.
    """
    checks, edition = Checks(), Edition(edition)
    lines: list[Message] = []
    inputs = inputs_of(
        kva=kva, basic_price=basic_price, months=months, single_part=single_part or None,
        basis=basis if not single_part and basis != "capacity" else None, times=times,
        added_capacity=added_capacity or None, multiple=multiple, edition=edition,
    )  # fmt: skip
    sealed = _basic_part(
        checks, lines, Clause.SEALED, rules.sealed_yuan_per_kva, kva=kva, basic_price=basic_price,
        months=months, single_part=single_part, basis=basis, times=times, multiple=multiple, edition=edition,
        rules=rules,
    )  # fmt: skip
    if not added_capacity:
        return finish(Kind.SEALED, Rule(edition, (Clause.SEALED,)), lines, inputs, amount=sealed.amount,
                      penalty=sealed.penalty)  # fmt: skip
    penalty = _added_capacity_liability(
        lines, sealed, rules, kva=kva, basic_price=basic_price, months=months, single_part=single_part, basis=basis,
        edition=edition,
    )  # fmt: skip
    return finish(Kind.SEALED, Rule(edition, (Clause.SEALED, Clause.CAPACITY)), lines, inputs,
                  amount=sealed.amount, penalty=penalty)  # fmt: skip


def _added_capacity_liability(
    lines: list[Message], sealed: _Part, rules: BillingRules, *, kva: Number | None, basic_price: Number | None,
    months: Number | None, single_part: bool, basis: str, edition: Edition,
) -> Decimal:  # fmt: skip
    """The penalty of sealed equipment that was added capacity: its own + the added-capacity one on the same
    basic charge (back-billed once), with the working; the inputs were checked by the sealed part."""
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "The equipment was sealed as added capacity: the added-capacity liability applies too ({article})",
            ),
            article=cite(edition, Clause.CAPACITY),
        )
    )
    added = _basic_part(
        Checks(), lines, Clause.CAPACITY, rules.capacity_yuan_per_kva, kva=kva, basic_price=basic_price,
        months=months, single_part=single_part, basis=basis, times=None, multiple=None, edition=edition,
        rules=rules, charge_once=sealed.amount,
    )  # fmt: skip
    with exact():
        penalty = round_yuan(sealed.penalty + added.penalty)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("station", "Penalty = ¥{a} + ¥{b} = ¥{penalty}"),
            a=yuan(sealed.penalty),
            b=yuan(added.penalty),
            penalty=yuan(penalty),
        )
    )
    return penalty


def _basic_part(
    checks: Checks,
    lines: list[Message],
    clause: Clause,
    single_part_rate: Decimal,
    *,
    kva: Number | None,
    basic_price: Number | None,
    months: Number | None,
    single_part: bool,
    basis: str,
    times: Number | None,
    multiple: Number | None,
    edition: Edition,
    rules: BillingRules,
    charge_once: Decimal | None = None,
) -> _Part:
    """The charge and penalty of one clause, with its working; raises Rejected with every bad field.

    `charge_once`: the basic charge already back-billed under another clause; this clause adds its penalty on
    it only.
    """
    cap = checks.number("kva", kva, positive=True)
    if single_part:
        return _single_part(
            checks, lines, clause, single_part_rate, cap, basic_price=basic_price, months=months, times=times,
            multiple=multiple, edition=edition,
        )  # fmt: skip
    return _two_part(
        checks, lines, clause, cap, basic_price=basic_price, months=months, basis=basis, times=times,
        multiple=multiple, edition=edition, rules=rules, charge_once=charge_once,
    )  # fmt: skip


def _single_part(
    checks: Checks, lines: list[Message], clause: Clause, single_part_rate: Decimal, cap: Decimal | None, *,
    basic_price: Number | None, months: Number | None, times: Number | None, multiple: Number | None,
    edition: Edition,
) -> _Part:  # fmt: skip
    """A single-part tariff customer: a penalty of the rate per kW (kVA) per occurrence, no charge."""
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
        )  # fmt: skip
    )
    return _Part(ZERO, penalty)


def _two_part(
    checks: Checks, lines: list[Message], clause: Clause, cap: Decimal | None, *, basic_price: Number | None,
    months: Number | None, basis: str, times: Number | None, multiple: Number | None, edition: Edition,
    rules: BillingRules, charge_once: Decimal | None,
) -> _Part:  # fmt: skip
    """A two-part tariff customer: the basic charge for the months used, + the clause's multiple × it."""
    price = checks.number("basic_price", basic_price, positive=True)
    used = checks.number("months", months, positive=True)
    if basis not in BASES:
        checks.add("basis", msg(QT_TRANSLATE_NOOP("station", "Bill the basic charge by capacity or by demand.")),
                   basis)  # fmt: skip
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
    if charge_once is not None:
        amount = charge_once
        lines.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "Basic charge already back-billed above: ¥{amount} (counted once)"
                ),
                amount=yuan(amount),
            )
        )
    else:
        with exact():
            amount = round_yuan(price * cap * used)
        lines.append(_basic_line(edition, basis, price, cap, used, amount))
    lines.append(m_line)
    penalty = penalty_on(amount, m, lines)
    return _Part(ZERO if charge_once is not None else amount, penalty)


def _basic_line(
    edition: Edition, basis: str, price: Decimal, cap: Decimal, used: Decimal, amount: Decimal
) -> Message:
    """The basic charge line; the 2024 edition calls it 容（需）量电费, per kVA·month or per kW·month of demand."""
    if edition is Edition.E1996:
        template = (
            QT_TRANSLATE_NOOP(
                "station", "Basic charge = ¥{price}/kVA·month × {kva} kVA × {months} months = ¥{amount}"
            )
            if basis == "capacity"
            else QT_TRANSLATE_NOOP(
                "station",
                "Basic charge by maximum demand = ¥{price}/kW·month × {kva} kW × {months} months = ¥{amount}",
            )
        )
    else:
        template = (
            QT_TRANSLATE_NOOP(
                "station",
                "Capacity charge (容（需）量电费) = ¥{price}/kVA·month × {kva} kVA × {months} months = ¥{amount}",
            )
            if basis == "capacity"
            else QT_TRANSLATE_NOOP(
                "station",
                "Demand charge (容（需）量电费) = ¥{price}/kW·month × {kva} kW × {months} months = ¥{amount}",
            )
        )
    return msg(template, price=num(price, 6), kva=num(cap), months=num(used), amount=yuan(amount))


def tamper_violation(
    *,
    residential: bool,
    times: Number | None = None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """The supplier's metering, load-control or supply equipment (2024: also the data-collection terminal)
    moved, altered or operated: a fixed penalty per occurrence (¥500 residential, ¥5,000 other)."""
    checks, edition = Checks(), Edition(edition)
    lines: list[Message] = []
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
    return finish(
        Kind.TAMPER,
        Rule(edition, (Clause.TAMPER,)),
        lines,
        inputs_of(residential=residential, times=times, edition=edition),
        amount=ZERO,
        penalty=penalty,
    )


def source_violation(
    *,
    kw: Number | None,
    edition: Edition | str = DEFAULT_EDITION,
    rules: BillingRules = DEFAULT_RULES,
) -> Result:
    """擅自引入（供出）电源 or 将自备电源擅自并网 (1996 第一百条第6项; 2024 第一百零一条): ¥500 per kW (kVA)
    of the source, and the connection removed at once."""
    checks, edition = Checks(), Edition(edition)
    lines: list[Message] = []
    cap = checks.number("kw", kw, positive=True)
    checks.raise_if_any()
    assert cap is not None
    rate = rules.source_yuan_per_kw
    with exact():
        penalty = round_yuan(rate * cap)
    lines.append(
        msg(
            QT_TRANSLATE_NOOP(
                "station",
                "Outside source connected or own generation paralleled: penalty = ¥{rate} per kW (kVA) × {kw} kW = ¥{penalty} ({article})",
            ),
            rate=num(rate),
            kw=num(cap),
            penalty=yuan(penalty),
            article=cite(edition, Clause.SOURCE),
        )
    )
    lines.append(msg(QT_TRANSLATE_NOOP("station", "The connection is to be removed at once.")))
    return finish(Kind.SOURCE, Rule(edition, (Clause.SOURCE,)), lines, inputs_of(kw=kw, edition=edition),
                  penalty=penalty)  # fmt: skip
