"""Rule settings as a two-level tree (area → rule) and the tariffs as a table, for the rule settings page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from station.i18n import QT_TRANSLATE_NOOP
from station.rule_settings import RuleRow, TariffRow
from ui.models.row_table import RowColumn, RowTableModel
from ui.text import TARIFF_CATEGORY, label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  #: the invalid index Qt passes for the top level
_CTX = "RulesModel"

#: The areas the page groups the rules in, by key prefix, in the order shown.
AREAS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("editions", QT_TRANSLATE_NOOP("RulesModel", "Editions"), ("edition.",)),
    ("periods", QT_TRANSLATE_NOOP("RulesModel", "Test and check periods"), ("onsite.", "ptdrop.", "ctpt.")),
    ("life", QT_TRANSLATE_NOOP("RulesModel", "Service life and sampling"), ("rotation.",)),
    ("inspection", QT_TRANSLATE_NOOP("RulesModel", "Customer inspections"), ("inspection.",)),
    ("lineloss", QT_TRANSLATE_NOOP("RulesModel", "Line-loss bands"), ("lineloss.",)),
    ("scan", QT_TRANSLATE_NOOP("RulesModel", "Sudden-drop scan"), ("scan.",)),
    ("billing", QT_TRANSLATE_NOOP("RulesModel", "Back-billing and penalties"), ("penalty.", "backbill.")),
    ("auth", QT_TRANSLATE_NOOP("RulesModel", "Login and lock"), ("auth.",)),
)

UNITS: dict[str, str] = {
    "months": QT_TRANSLATE_NOOP("RulesModel", "months"),
    "years": QT_TRANSLATE_NOOP("RulesModel", "years"),
    "days": QT_TRANSLATE_NOOP("RulesModel", "days"),
    "working days": QT_TRANSLATE_NOOP("RulesModel", "working days"),
    "h/day": QT_TRANSLATE_NOOP("RulesModel", "h/day"),
    "yuan": QT_TRANSLATE_NOOP("RulesModel", "yuan"),
    "yuan/kVA": QT_TRANSLATE_NOOP("RulesModel", "yuan/kVA"),
    "fraction": QT_TRANSLATE_NOOP("RulesModel", "fraction"),
    "points": QT_TRANSLATE_NOOP("RulesModel", "points"),
    "times": QT_TRANSLATE_NOOP("RulesModel", "times"),
    "minutes": QT_TRANSLATE_NOOP("RulesModel", "minutes"),
}

#: Names of the entries of mapping rules (device classes and voltages stay as written).
ENTRY_NAMES: dict[str, str] = {
    "smart_meter": QT_TRANSLATE_NOOP("RulesModel", "smart meter"),
    "induction_meter_1": QT_TRANSLATE_NOOP("RulesModel", "electromechanical, single-phase"),
    "induction_meter_3": QT_TRANSLATE_NOOP("RulesModel", "electromechanical, three-phase"),
    "large_capacity": QT_TRANSLATE_NOOP("RulesModel", "large capacity"),
    "low_voltage": QT_TRANSLATE_NOOP("RulesModel", "low voltage"),
    "public": QT_TRANSLATE_NOOP("RulesModel", "public"),
    "dedicated": QT_TRANSLATE_NOOP("RulesModel", "dedicated"),
    "rural": QT_TRANSLATE_NOOP("RulesModel", "rural"),
}

#: Text values of mapping rules (the use a tariff category defaults to).
VALUE_NAMES: dict[str, str] = {
    "lighting": QT_TRANSLATE_NOOP("RulesModel", "lighting"),
    "power": QT_TRANSLATE_NOOP("RulesModel", "power"),
}

HEADERS = (
    QT_TRANSLATE_NOOP("RulesModel", "Rule"),
    QT_TRANSLATE_NOOP("RulesModel", "Value"),
    QT_TRANSLATE_NOOP("RulesModel", "Unit"),
    QT_TRANSLATE_NOOP("RulesModel", "Source"),
    QT_TRANSLATE_NOOP("RulesModel", "Edition"),
    QT_TRANSLATE_NOOP("RulesModel", "Changed"),
)


def area_of(key: str) -> str:
    for area, _title, prefixes in AREAS:
        if key.startswith(prefixes):
            return area
    return "billing"


def entry_name(name: str) -> str:
    text = ENTRY_NAMES.get(name)
    return QCoreApplication.translate(_CTX, text) if text else name


def unit_text(unit: str) -> str:
    text = UNITS.get(unit)
    return QCoreApplication.translate(_CTX, text) if text else unit


def value_text(value: Any) -> str:
    """A rule value as a supervisor reads it: "I: 6 · II: 12 · IV: none", bands as "0–10"."""
    none = QCoreApplication.translate("RulesModel", "none")
    if value is None:
        return none
    if isinstance(value, dict):
        return " · ".join(f"{entry_name(k)}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple) and len(value) == 2:
        return f"{value_text(value[0])}–{value_text(value[1])}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str) and value in VALUE_NAMES:
        return QCoreApplication.translate("RulesModel", VALUE_NAMES[value])
    return str(value)


class RulesModel(QAbstractItemModel):
    """Top level: the areas; under each, its rules (RuleRow). `RowRole` gives the RuleRow (None for an area)."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    RULE, VALUE, UNIT, SOURCE, EDITION, CHANGED = range(6)  #: the columns, in HEADERS' order

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._areas: list[tuple[str, str]] = [(a, t) for a, t, _p in AREAS]
        self._rules: list[list[RuleRow]] = [[] for _ in self._areas]

    def set_rows(self, rows: Sequence[RuleRow]) -> None:
        self.beginResetModel()
        by_area: dict[str, list[RuleRow]] = {a: [] for a, _t in self._areas}
        for r in rows:
            by_area[area_of(r.key)].append(r)
        self._rules = [by_area[a] for a, _t in self._areas]
        self.endResetModel()

    def rule_index(self, key: str) -> QModelIndex:
        for a, rules in enumerate(self._rules):
            for i, r in enumerate(rules):
                if r.key == key:
                    return self.index(i, 0, self.index(a, 0))
        return QModelIndex()

    def rows(self) -> list[RuleRow]:
        return [r for rules in self._rules for r in rules]

    # -- tree structure: internalId is 0 for an area, area number + 1 for a rule -------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        if not parent.isValid():
            return len(self._areas)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rules[parent.row()])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(_CTX, HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return QCoreApplication.translate(_CTX, self._areas[index.row()][1])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        rules = self._rules[int(index.internalId()) - 1]
        if not 0 <= index.row() < len(rules):
            return None
        rule = rules[index.row()]
        if role == self.RowRole:
            return rule
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(rule, index.column(), role)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and not rule.is_default:
            return QBrush(QColor("#0B5CAD"))  # a changed value stands out (its tooltip shows the default)
        return None

    def _text(self, rule: RuleRow, column: int, role: int) -> str:
        if column == 0:
            return QCoreApplication.translate("station", rule.label)
        if column == 1:
            text = value_text(rule.value)
            if role == Qt.ItemDataRole.ToolTipRole and not rule.is_default:
                default = value_text(rule.default)
                return QCoreApplication.translate("RulesModel", "Default: %1").replace("%1", default)
            return text
        if column == 2:
            return unit_text(rule.unit)
        if column == 3:
            return rule.source
        if column == 4:
            return rule.edition
        if rule.updated_at is None:
            return ""
        return f"{rule.updated_at:%Y-%m-%d %H:%M} {rule.updated_by or ''}".strip()


def _money(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class TariffModel(RowTableModel):
    """Tariffs per category and voltage with their effective dates; example values shown in grey."""

    context = _CTX
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Category"), lambda t: label(TARIFF_CATEGORY, t.tariff_category),
                  sort=lambda t: t.tariff_category),
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Voltage"), lambda t: t.voltage_level),
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Price (yuan/kWh)"), lambda t: _money(t.price),
                  sort=lambda t: float(t.price), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Basic charge (yuan/kVA·month)"),
                  lambda t: _money(t.basic_price_kva),
                  sort=lambda t: float(t.basic_price_kva or 0), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Effective from"), lambda t: _day(t.effective_from)),
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Effective to"), lambda t: _day(t.effective_to)),
        RowColumn(QT_TRANSLATE_NOOP("RulesModel", "Source"),
                  lambda t: t.source or (QCoreApplication.translate("RulesModel", "example value")
                                         if t.is_example else ""),
                  tooltip=lambda t: t.source),
    )

    def extra_data(self, row: TariffRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.is_example:
            return QBrush(QColor("#777777"))  # not stored: the station has not set this tariff yet
        return None
