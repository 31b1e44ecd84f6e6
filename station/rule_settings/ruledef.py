"""What a rule setting is (`RuleDef`), and the citations rule sources share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# The validators in station.rule_settings.validate know these kinds.
KINDS = ("choice", "count", "class_periods", "interval_map", "bands", "number", "voltage", "life_map", "use_map",
         "evidence_map")

DLT448_2000 = "DL/T 448-2000 电能计量装置技术管理规程"
DLT448_2016 = "DL/T 448-2016 电能计量装置技术管理规程"
RULES_1996 = "供电营业规则 (1996, 电力工业部令第8号)"
RULES_2024 = "供电营业规则 (2024, 国家发展改革委令第14号)"

DEVICE_CLASSES = ("I", "II", "III", "IV", "V")
AREA_TYPES = ("public", "dedicated", "rural")  # transformer_area.area_type


@dataclass(frozen=True, slots=True)
class RuleDef:
    """One rule: its default value, how to check a new value, and where it comes from."""

    key: str
    default: Any
    unit: str
    source: str
    edition: str
    kind: str
    label: str  # English, marked for translation; the settings page shows it
    choices: tuple[str, ...] = ()
    nullable: bool = False  # None means "no periodic duty" (e.g. on-site tests of class IV/V)


def rule(
    key: str, default: Any, unit: str, source: str, edition: str, kind: str, label: str, **kw: Any
) -> RuleDef:
    return RuleDef(key, default, unit, source, edition, kind, label, **kw)
