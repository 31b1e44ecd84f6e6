"""Checking a new rule value against its kind before it is stored: every reason it is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from station.domain.codes import VOLTAGE_LEVELS
from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.rules.defaults import AREA_TYPES, DEVICE_CLASSES, RuleDef


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _count(key: str, value: Any, *, nullable: bool) -> list[Problem]:
    if value is None and nullable:
        return []
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return []
    text = (
        QT_TRANSLATE_NOOP("station", "Give a whole number above 0, or null for none")
        if nullable
        else QT_TRANSLATE_NOOP("station", "Give a whole number above 0")
    )
    return [Problem(key, msg(text), value)]


def _number(key: str, value: Any) -> list[Problem]:
    if _is_number(value) and value >= 0:
        return []
    return [Problem(key, msg(QT_TRANSLATE_NOOP("station", "Give a number, 0 or more")), value)]


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
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(_is_number(v) for v in value)
        and value[0] < value[1]
    ):
        return []
    return [
        Problem(
            key,
            msg(QT_TRANSLATE_NOOP("station", "Give a band [lower, upper] in %, lower below upper")),
            value,
        )
    ]


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
    if rule.kind == "count":
        return _count(key, value, nullable=rule.nullable)
    if rule.kind == "number":
        return _number(key, value)
    if rule.kind == "class_periods":
        return _mapping(key, value, DEVICE_CLASSES, lambda k, v: _count(k, v, nullable=True))
    if rule.kind == "interval_map":
        names = tuple(rule.default)
        return _mapping(key, value, names, lambda k, v: _count(k, v, nullable=True))
    if rule.kind == "life_map":
        return _mapping(key, value, tuple(rule.default), lambda k, v: _count(k, v, nullable=False))
    if rule.kind == "bands":
        return _mapping(key, value, AREA_TYPES, _band)
    raise ValueError(f"rule {key} has an unknown kind {rule.kind!r}")  # a programming error, not input
