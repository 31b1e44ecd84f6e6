"""Rule settings: periods, thresholds, multiples and tariffs, each a default from DOMAIN.md citing its source."""

from __future__ import annotations

from station.rule_settings.defaults import BY_KEY, RULES, RuleDef
from station.rule_settings.ruleset import RuleSet
from station.rule_settings.store import RuleRow, list_rules, load_rules, parse_value, set_rule
from station.rule_settings.tariffs import (
    DEFAULT_TARIFFS,
    TariffRow,
    list_tariffs,
    set_tariff,
    tariff_in_force,
    validate_tariff,
)

__all__ = [
    "BY_KEY",
    "RULES",
    "RuleDef",
    "RuleSet",
    "RuleRow",
    "list_rules",
    "load_rules",
    "parse_value",
    "set_rule",
    "DEFAULT_TARIFFS",
    "TariffRow",
    "list_tariffs",
    "set_tariff",
    "tariff_in_force",
    "validate_tariff",
]
