"""Tariffs (电价) per category and voltage level with effective dates; example values until the station sets its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.locks import write_lock
from db.schema import Tariff
from station import audit
from station.domain.codes import TARIFF_CATEGORIES, VOLTAGE_LEVELS
from station.domain.problems import Problem, Rejected
from station.domain.stale import bump, version_problems
from station.i18n import QT_TRANSLATE_NOOP, msg

#: The source printed for the built-in tariffs: they are examples of a typical province's catalogue,
#: not any province's published prices. A station replaces them with `set_tariff` (its price bureau's file).
EXAMPLE_SOURCE = "示例值（请按本省电价文件设置）"
#: Upper bounds of a tariff (本程序取值): Chinese catalogue prices are about 0.3–1.5 yuan/kWh and basic
#: charges 20–50 yuan per kVA·month, so anything beyond these is a slip (a price in fen, a stray digit).
MAX_PRICE = Decimal(100)  # yuan/kWh
MAX_BASIC_PRICE = Decimal(1000)  # yuan per kVA·month
#: From when the example tariffs apply: early enough that any back-billing period finds a price.
EXAMPLE_FROM = dt.date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class TariffRow:
    id: int | None  # None: a built-in example value, not stored
    tariff_category: str
    voltage_level: str
    price: Decimal  # yuan/kWh
    basic_price_kva: Decimal | None  # two-part tariff: yuan per kVA·month
    effective_from: dt.date
    effective_to: dt.date | None  # exclusive
    source: str
    version: int = 0  #: what an edit started from (station.domain.stale); 0 for an example value

    @property
    def is_example(self) -> bool:
        return self.id is None


def _example(category: str, voltage: str, price: str, basic: str | None = None) -> TariffRow:
    return TariffRow(
        None,
        category,
        voltage,
        Decimal(price),
        Decimal(basic) if basic else None,
        EXAMPLE_FROM,
        None,
        EXAMPLE_SOURCE,
    )


#: Example catalogue (居民生活 0.5283 yuan/kWh at 220 V as in a typical province; 大工业 two-part with a
#: basic charge per kVA·month). Marked 示例值 everywhere they show.
DEFAULT_TARIFFS: tuple[TariffRow, ...] = (
    _example("居民生活", "220V", "0.5283"),
    _example("居民生活", "380V", "0.5283"),
    _example("居民生活", "10kV", "0.5083"),
    _example("一般工商业", "220V", "0.6664"),
    _example("一般工商业", "380V", "0.6664"),
    _example("一般工商业", "10kV", "0.6414"),
    _example("一般工商业", "35kV", "0.6164"),
    _example("工商业", "380V", "0.6664"),
    _example("工商业", "10kV", "0.6414"),
    _example("工商业", "35kV", "0.6164"),
    _example("大工业", "10kV", "0.6123", "25.00"),
    _example("大工业", "35kV", "0.5923", "25.00"),
    _example("大工业", "110kV", "0.5723", "25.00"),
    _example("农业生产", "220V", "0.4883"),
    _example("农业生产", "380V", "0.4883"),
    _example("农业生产", "10kV", "0.4783"),
)


def _row(t: Tariff) -> TariffRow:
    return TariffRow(
        t.id,
        t.tariff_category,
        t.voltage_level,
        Decimal(t.price),
        None if t.basic_price_kva is None else Decimal(t.basic_price_kva),
        t.effective_from,
        t.effective_to,
        t.source,
        t.version or 1,
    )


def tariff_in_force(
    session: Session, category: str, voltage_level: str, on_date: dt.date
) -> TariffRow | None:
    """The tariff of (category, voltage) on `on_date`; the example value while the station stored none for the pair."""
    stored = session.scalars(
        select(Tariff)
        .where(Tariff.tariff_category == category, Tariff.voltage_level == voltage_level)
        .order_by(Tariff.effective_from.desc(), Tariff.id.desc())
    ).all()
    if not stored:
        return next(
            (
                t
                for t in DEFAULT_TARIFFS
                if (t.tariff_category, t.voltage_level) == (category, voltage_level)
                and t.effective_from <= on_date
            ),
            None,
        )
    for t in stored:
        if t.effective_from <= on_date and (t.effective_to is None or on_date < t.effective_to):
            return _row(t)
    return None


def list_tariffs(session: Session) -> list[TariffRow]:
    """Every stored tariff, plus the example value of each pair the station has not set, for the settings page."""
    stored = [
        _row(t)
        for t in session.scalars(
            select(Tariff).order_by(Tariff.tariff_category, Tariff.voltage_level, Tariff.effective_from)
        )
    ]
    pairs = {(t.tariff_category, t.voltage_level) for t in stored}
    examples = [t for t in DEFAULT_TARIFFS if (t.tariff_category, t.voltage_level) not in pairs]
    return sorted(stored + examples, key=lambda t: (t.tariff_category, t.voltage_level, t.effective_from))


def validate_tariff(
    category: str, voltage_level: str, price: Decimal, basic_price_kva: Decimal | None
) -> list[Problem]:
    """Every reason `set_tariff` would refuse these values (empty when they are fine); the dialog shows them live."""
    basic = basic_price_kva
    problems: list[Problem] = []
    if category not in TARIFF_CATEGORIES:
        problems.append(
            Problem(
                "tariff_category",
                msg(
                    QT_TRANSLATE_NOOP("station", "Choose a category: {choices}"),
                    choices=", ".join(TARIFF_CATEGORIES),
                ),
                category,
            )
        )
    if voltage_level not in VOLTAGE_LEVELS:
        problems.append(
            Problem(
                "voltage_level",
                msg(
                    QT_TRANSLATE_NOOP("station", "Choose a voltage level: {choices}"),
                    choices=", ".join(VOLTAGE_LEVELS),
                ),
                voltage_level,
            )
        )
    problems += _price_problems(price)
    if basic is not None:
        problems += _basic_problems(basic)
    return problems


def _price_problems(price: Decimal) -> list[Problem]:
    """A price must be a finite number above 0 and at most MAX_PRICE."""
    # Decimal("NaN") > 0 raises rather than answering, so finiteness is checked first.
    if not price.is_finite() or price > MAX_PRICE:
        return [
            Problem(
                "price",
                msg(
                    QT_TRANSLATE_NOOP("station", "A price must be a number of at most {limit} yuan/kWh"),
                    limit=MAX_PRICE,
                ),
                price,
            )
        ]
    if not price > 0:
        return [Problem("price", msg(QT_TRANSLATE_NOOP("station", "A price must be above 0 yuan/kWh")), price)]
    return []


def _basic_problems(basic: Decimal) -> list[Problem]:
    """A basic charge, when given, must be a finite number above 0 and at most MAX_BASIC_PRICE."""
    if not basic.is_finite() or basic > MAX_BASIC_PRICE:
        return [
            Problem(
                "basic_price_kva",
                msg(
                    QT_TRANSLATE_NOOP(
                        "station", "A basic charge must be a number of at most {limit} yuan per kVA·month"
                    ),
                    limit=MAX_BASIC_PRICE,
                ),
                basic,
            )
        ]
    if not basic > 0:
        return [
            Problem(
                "basic_price_kva",
                msg(
                    QT_TRANSLATE_NOOP(
                        "station", "A basic charge must be above 0 yuan per kVA·month, or left empty"
                    )
                ),
                basic,
            )
        ]
    return []


def _now_values(t: Tariff | None) -> dict[str, object]:
    """The stored tariff a stale refusal shows (None: someone else's correction replaced it)."""
    if t is None:
        return {}
    return {"price": t.price, "basic_price_kva": t.basic_price_kva, "effective_from": t.effective_from,
            "effective_to": t.effective_to, "source": t.source}


def set_tariff(
    session: Session,
    *,
    tariff_category: str,
    voltage_level: str,
    price: Decimal,
    effective_from: dt.date,
    operator: str,
    basic_price_kva: Decimal | None = None,
    source: str = "",
    edited: tuple[int, int] | None = None,
) -> TariffRow:
    """A new tariff from `effective_from`; the one in force until then ends that day. Audit-logged.

    A tariff that starts on the same day as a stored one replaces it (a typing error corrected).
    `edited` = (id, version) of the stored tariff the dialog was opened on: changed since, it is refused.
    """
    price = Decimal(price)
    basic = None if basic_price_kva is None else Decimal(basic_price_kva)
    problems = validate_tariff(tariff_category, voltage_level, price, basic)
    if edited is not None:
        write_lock(session)
        opened = session.get(Tariff, edited[0], with_for_update=True, populate_existing=True)
        problems += version_problems(edited[1], opened.version if opened else 0,
                                     lambda: _now_values(opened))
    if problems:
        raise Rejected(problems)
    rows = session.scalars(
        select(Tariff).where(Tariff.tariff_category == tariff_category, Tariff.voltage_level == voltage_level)
    ).all()
    values: dict[str, Any] = {
        "tariff_category": tariff_category, "voltage_level": voltage_level, "price": price, "basic_price_kva": basic,
        "effective_from": effective_from, "source": source,
    }  # fmt: skip
    same = next((t for t in rows if t.effective_from == effective_from), None)
    before = None
    if same is not None:  # the same start: a typing error corrected
        before = {"price": same.price, "basic_price_kva": same.basic_price_kva, "source": same.source}
        same.price, same.basic_price_kva, same.source = price, basic, source
        bump(same)
        row = same
    else:
        _end_the_tariff_in_force(session, rows, effective_from, operator)
        later = [t.effective_from for t in rows if t.effective_from > effective_from]
        row = Tariff(**values, effective_to=min(later) if later else None)
        session.add(row)
    session.flush()
    audit.record(
        session,
        operator=operator,
        action="update" if before else "create",
        entity="tariff",
        entity_id=row.id,
        before=before,
        after=values,
    )
    return _row(row)


def _end_the_tariff_in_force(session: Session, rows: Sequence[Tariff], effective_from: dt.date, operator: str) -> None:
    """The tariff in force on a new tariff's start date now ends there."""
    for t in rows:
        if t.effective_from < effective_from and (t.effective_to is None or t.effective_to > effective_from):
            # Its own audit row: the closed tariff changed too, and a later reader of its history
            # must see who ended it and when it used to end.
            audit.record(
                session,
                operator=operator,
                action="update",
                entity="tariff",
                entity_id=t.id,
                before={"effective_to": t.effective_to},
                after={"effective_to": effective_from},
            )
            t.effective_to = effective_from
            bump(t)
