"""The two editions of 供电营业规则 the calculators follow: their articles and penalty multiples."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from station.billing.checks import Checks
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

if TYPE_CHECKING:
    from station.billing.rule_values import BillingRules


class Edition(StrEnum):
    E1996 = "1996"  # 电力工业部令第8号, in force 1996-10-08 to 2024-05-31
    E2024 = "2024"  # 国家发展改革委令2024年第14号, in force since 2024-06-01


#: The edition in force today; a supervisor picks 1996 for cases that fall under the old rules.
DEFAULT_EDITION = Edition.E2024


class Clause(StrEnum):
    THEFT = "theft"  # penalty for theft
    THEFT_ENERGY = "theft_energy"  # how stolen energy is determined
    CATEGORY = "category"  # changed tariff category
    CAPACITY = "capacity"  # added capacity (私增容量)
    SEALED = "sealed"  # suspended / sealed equipment used
    TAMPER = "tamper"  # supplier's metering or load-control equipment touched
    SOURCE = "source"  # 擅自引入（供出）电源, 私自并网
    METER_ERROR = "meter_error"  # meter or instrument transformer out of tolerance
    PT_DROP = "pt_drop"  # PT secondary (connection-line) voltage drop beyond the permitted value
    OTHER_FAULT = "other_fault"  # other non-human causes (2024 wording: 互感器故障)
    PT_FUSE = "pt_fuse"  # PT fuse blown
    WIRING = "wiring"  # wrong wiring of the billing metering
    MULTIPLIER = "multiplier"  # billed multiplier differs from the actual one


#: 供电营业规则 (1996) articles, as printed on a notice.
ARTICLES_1996: dict[Clause, str] = {
    Clause.THEFT: "第一百零二条",
    Clause.THEFT_ENERGY: "第一百零三条",
    Clause.CATEGORY: "第一百条第1项",
    Clause.CAPACITY: "第一百条第2项",
    Clause.SEALED: "第一百条第4项",
    Clause.TAMPER: "第一百条第5项",
    Clause.SOURCE: "第一百条第6项",
    Clause.METER_ERROR: "第八十条第1项",
    Clause.PT_DROP: "第八十条第2项",
    Clause.OTHER_FAULT: "第八十条第3项",
    Clause.PT_FUSE: "第八十一条第2项",
    Clause.WIRING: "第八十一条第1项",
    Clause.MULTIPLIER: "第八十一条第3项",
}

#: 供电营业规则 (2024, 国家发展改革委令2024年第14号): the article numbers confirmed from published exam
#: questions and press. The violation clauses moved to 第一百零一条 (its items are not confirmed, so the
#: article alone is printed). A clause not listed has no confirmed 2024 number: its citation prints the 1996
#: number marked 待核 (`PENDING`) rather than a guess (theft would be 第一百零二–一百零四条 by the +1 shift,
#: unconfirmed). This table is the only place: a supervisor's correction is one edit here.
ARTICLES_2024: dict[Clause, str] = {
    Clause.CATEGORY: "第一百零一条",
    Clause.CAPACITY: "第一百零一条",
    Clause.SEALED: "第一百零一条",
    Clause.TAMPER: "第一百零一条",
    Clause.SOURCE: "第一百零一条",
}
#: Printed after a 1996 number that stands in for an unconfirmed 2024 one.
PENDING = "（2024年版条款号待核）"

_TITLE = {Edition.E1996: "供电营业规则（1996年版）", Edition.E2024: "供电营业规则（2024年版）"}


def article(edition: Edition, clause: Clause) -> str:
    """One clause's article in `edition`: the confirmed 2024 number, else the 1996 one marked 待核."""
    if edition is Edition.E1996:
        return ARTICLES_1996[clause]
    confirmed = ARTICLES_2024.get(clause)
    return confirmed if confirmed else f"1996年版{ARTICLES_1996[clause]}{PENDING}"


@dataclass(frozen=True, slots=True)
class Rule:
    """The edition and the clauses a result applies; `str()` is the citation printed on a notice."""

    edition: Edition
    clauses: tuple[Clause, ...]

    @property
    def articles(self) -> str:
        if self.edition is Edition.E1996:
            return "、".join(ARTICLES_1996[c] for c in self.clauses)
        # dict.fromkeys: the violation clauses share 第一百零一条 in 2024; print it once
        confirmed = dict.fromkeys(a for c in self.clauses if (a := ARTICLES_2024.get(c)))
        pending = [ARTICLES_1996[c] for c in self.clauses if c not in ARTICLES_2024]
        parts = list(confirmed)
        if pending:
            parts.append(f"1996年版{'、'.join(pending)}{PENDING}")
        return "、".join(parts)

    def __str__(self) -> str:
        return f"{_TITLE[self.edition]}{self.articles}"


def cite(edition: Edition, *clauses: Clause) -> str:
    """The citation of some clauses in an edition, for a working line."""
    return str(Rule(edition, clauses))


def penalty_multiple(
    edition: Edition, clause: Clause, given: Decimal | None, checks: Checks, rules: BillingRules
) -> tuple[Decimal, Message]:
    """The multiple to apply and a working line saying where it comes from; a refused value goes to `checks`."""
    base = rules.multiple(clause)
    if edition is Edition.E1996:
        if given is not None and given != base:
            checks.add(
                "multiple",
                msg(
                    QT_TRANSLATE_NOOP(
                        "station",
                        "The 1996 edition fixes the multiple at {base}; choose the 2024 edition for a contract multiple.",
                    ),
                    base=base,
                ),
                given,
            )
        return base, msg(
            QT_TRANSLATE_NOOP("station", "Penalty multiple {m}, fixed by {article} (1996 edition)"),
            m=base,
            article=article(edition, clause),
        )
    if given is None:
        # 2024: the contract names the multiple; without one, the supervisor's default applies, capped by the rule.
        default = rules.default_contract_multiple(clause)
        return default, msg(
            QT_TRANSLATE_NOOP(
                "station", "Penalty multiple {m}: default, the supply contract names none (at most {cap})"
            ),
            m=default,
            cap=base,
        )
    if given < 0 or given > base:
        checks.add(
            "multiple",
            msg(QT_TRANSLATE_NOOP("station", "The contract multiple must be between 0 and {cap}."), cap=base),
            given,
        )
    return given, msg(
        QT_TRANSLATE_NOOP("station", "Penalty multiple {m}: from the supply contract (at most {cap})"),
        m=format(given.normalize(), "f"),
        cap=base,
    )
