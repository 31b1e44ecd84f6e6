"""Checking a new rule value against its kind before it is stored: every reason it is refused."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from station.domain.codes import VOLTAGE_LEVELS
from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.rule_settings.defaults import AREA_TYPES, DEVICE_CLASSES, RuleDef

#: Upper bounds by unit. Sanity limits chosen by this program (本程序取值), far above any value DOMAIN.md or a
#: provincial rule names, so that a slip ("1e9", "Infinity" in JSON) is refused instead of stored.
MAX_BY_UNIT: dict[str, float] = {
    "months": 240,  # 20 years: longer than any period of DL/T 448 or 供电营业规则
    "years": 50,
    "days": 3650,
    "working days": 365,
    "h/day": 24,
    "fraction": 1,
    "×": 10,  # 供电营业规则 multiples are 1 to 5
    "kWh": 1_000_000,
    "kVA": 1_000_000,
    "yuan/kVA": 1000,
    "yuan": 1_000_000,
    "points": 1000,
    "%": 100,
    "times": 100,  # failed logins before a lockout
    "minutes": 1440,  # a lockout or an idle lock of at most a day
}
#: Rules whose unit is empty but whose value still has a natural bound.
MAX_BY_KEY: dict[str, float] = {
    "backbill.meter_error_fraction": 1,  # a share of the error period
    "scan.peer_z": 100,  # a robust z-score; beyond this no customer is ever flagged
}
#: A bound for anything else: finite and below it.
MAX_NUMBER = 1e9


def limit_for(key: str, unit: str) -> float:
    """The largest value the rule `key` (in `unit`) accepts."""
    return MAX_BY_KEY.get(key, MAX_BY_UNIT.get(unit, MAX_NUMBER))


def _is_number(value: Any) -> bool:
    """An int or float that is finite (JSON lets "NaN" and "Infinity" through as floats)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _count(key: str, value: Any, *, nullable: bool, limit: float = MAX_NUMBER) -> list[Problem]:
    if value is None and nullable:
        return []
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= limit:
        return []
    text = (
        QT_TRANSLATE_NOOP("station", "Give a whole number above 0 and at most {limit}, or null for none")
        if nullable
        else QT_TRANSLATE_NOOP("station", "Give a whole number above 0 and at most {limit}")
    )
    return [Problem(key, msg(text, limit=f"{limit:g}"), value)]


def _number(key: str, value: Any, *, limit: float = MAX_NUMBER) -> list[Problem]:
    if _is_number(value) and 0 <= value <= limit:
        return []
    return [
        Problem(
            key,
            msg(
                QT_TRANSLATE_NOOP("station", "Give a number, 0 or more and at most {limit}"),
                limit=f"{limit:g}",
            ),
            value,
        )
    ]


def _mapping(
    key: str, value: Any, names: tuple[str, ...], each: Callable[[str, Any], list[Problem]]
) -> list[Problem]:
    if not isinstance(value, dict):
        return [
            Problem(
                key,
                msg(QT_TRANSLATE_NOOP("station", "Give a mapping of {names}"), names=", ".join(names)),
                value,
            )
        ]
    problems: list[Problem] = []
    unknown = sorted(set(value) - set(names))
    if unknown:
        problems.append(
            Problem(
                key,
                msg(
                    QT_TRANSLATE_NOOP("station", "Unknown entries {unknown}; allowed: {names}"),
                    unknown=", ".join(unknown),
                    names=", ".join(names),
                ),
                value,
            )
        )
    missing = [n for n in names if n not in value]
    if missing:
        problems.append(
            Problem(
                key,
                msg(QT_TRANSLATE_NOOP("station", "Missing entries: {missing}"), missing=", ".join(missing)),
                value,
            )
        )
    for name in names:
        if name in value:
            problems += each(f"{key}.{name}", value[name])
    return problems


def _band(key: str, value: Any) -> list[Problem]:
    # A loss rate is a share of the supplied energy: within ±100 % (negative: 负损, more sold than supplied).
    top = MAX_BY_UNIT["%"]
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(_is_number(v) and -top <= v <= top for v in value)
        and value[0] < value[1]
    ):
        return []
    return [
        Problem(
            key,
            msg(
                QT_TRANSLATE_NOOP(
                    "station", "Give a band [lower, upper] in %, lower below upper, both within ±{limit}"
                ),
                limit=f"{top:g}",
            ),
            value,
        )
    ]


def _use(key: str, value: Any) -> list[Problem]:
    if value in ("lighting", "power"):
        return []
    return [Problem(key, msg(QT_TRANSLATE_NOOP("station", "Give lighting or power")), value)]


def _evidence(key: str, value: Any) -> list[Problem]:
    from station.orders.vocab import ATTACHMENT_KINDS

    if isinstance(value, list) and all(isinstance(v, str) and v in ATTACHMENT_KINDS for v in value):
        return []
    return [Problem(key, msg(QT_TRANSLATE_NOOP("station", "Give a list of attachment kinds: {choices}"),
                             choices=", ".join(ATTACHMENT_KINDS)), value)]


_EACH_ENTRY: dict[str, Callable[[str, Any], list[Problem]]] = {"use_map": _use, "evidence_map": _evidence}


def problems_for(rule: RuleDef, value: Any) -> list[Problem]:
    """Every reason `value` cannot be stored for `rule`; empty when it is fine."""
    key = rule.key
    if rule.kind == "choice":
        if value in rule.choices:
            return []
        return [
            Problem(
                key,
                msg(
                    QT_TRANSLATE_NOOP("station", "Choose one of: {choices}"), choices=", ".join(rule.choices)
                ),
                value,
            )
        ]
    if rule.kind == "voltage":
        if value in VOLTAGE_LEVELS:
            return []
        return [
            Problem(
                key,
                msg(
                    QT_TRANSLATE_NOOP("station", "Choose a voltage level: {choices}"),
                    choices=", ".join(VOLTAGE_LEVELS),
                ),
                value,
            )
        ]
    limit = limit_for(key, rule.unit)
    if rule.kind == "count":
        return _count(key, value, nullable=rule.nullable, limit=limit)
    if rule.kind == "number":
        return _number(key, value, limit=limit)
    if rule.kind == "class_periods":
        return _mapping(key, value, DEVICE_CLASSES, lambda k, v: _count(k, v, nullable=True, limit=limit))
    if rule.kind == "interval_map":
        names = tuple(rule.default)
        return _mapping(key, value, names, lambda k, v: _count(k, v, nullable=True, limit=limit))
    if rule.kind == "life_map":
        return _mapping(
            key, value, tuple(rule.default), lambda k, v: _count(k, v, nullable=False, limit=limit)
        )
    if rule.kind == "bands":
        return _mapping(key, value, AREA_TYPES, _band)
    if rule.kind in _EACH_ENTRY:  # a mapping whose entries are not numbers: lighting/power, attachment kinds
        return _mapping(key, value, tuple(rule.default), _EACH_ENTRY[rule.kind])
    raise ValueError(f"rule {key} has an unknown kind {rule.kind!r}")  # a programming error, not input
