"""The two editions of 供电营业规则 the calculators follow: their articles and penalty multiples."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from station.billing.checks import Checks
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

if TYPE_CHECKING:
    from station.billing.rules import BillingRules


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
    METER_ERROR = "meter_error"  # meter or instrument transformer out of tolerance
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
    Clause.METER_ERROR: "第八十条第1项",
    Clause.WIRING: "第八十一条第1项",
    Clause.MULTIPLIER: "第八十一条第3项",
}

#: 供电营业规则 (2024) renumbered the articles. Their 2024 numbers could not be confirmed offline (a search
#: of the stored public pages found the 2024 text's title only, not its articles); until they are filled in
#: here (the only place, after checking the published text) a 2024 citation names the 1996 article the
#: clause carries over, e.g. "供电营业规则（2024年版）（对应1996年版第一百零三条）".
ARTICLES_2024: dict[Clause, str | None] = dict.fromkeys(Clause)

_TITLE = {Edition.E1996: "供电营业规则（1996年版）", Edition.E2024: "供电营业规则（2024年版）"}


@dataclass(frozen=True, slots=True)
class Rule:
    """The edition and the clauses a result applies; `str()` is the citation printed on a notice."""

    edition: Edition
    clauses: tuple[Clause, ...]

    @property
    def articles(self) -> str:
        old = "、".join(ARTICLES_1996[c] for c in self.clauses)
        if self.edition is Edition.E1996:
            return old
        new = [ARTICLES_2024[c] for c in self.clauses]
        if all(new):
            return "、".join(a for a in new if a)
        return f"（对应1996年版{old}）"

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
            article=ARTICLES_1996[clause],
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
