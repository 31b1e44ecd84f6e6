"""A back-billing case of an order: the target, the calculator (station.billing.dispatch) and its inputs; for an
amendment, the reason. Returns a CaseInput (and the reason); persists nothing. The full calculator with every
option is the 追补电费计算 page; this form holds the inputs a case on site usually needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP
from station.orders.cases import CaseInput
from station.orders.rows import TargetRow
from ui.dialogs.frame import refused_frame

_CTX = "CaseDialog"
#: calculator → (title, fields); a field is (param, label, kind): number, text, int, bool, use.
CALCS: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "theft": (QT_TRANSLATE_NOOP("CaseDialog", "Theft"), (
        ("use", QT_TRANSLATE_NOOP("CaseDialog", "Use"), "use"),
        ("voltage", QT_TRANSLATE_NOOP("CaseDialog", "Voltage (V)"), "number"),
        ("current", QT_TRANSLATE_NOOP("CaseDialog", "Rated current, e.g. 5(60)A"), "text"),
        ("phases", QT_TRANSLATE_NOOP("CaseDialog", "Phases"), "int"),
        ("kw", QT_TRANSLATE_NOOP("CaseDialog", "Or equipment kW"), "number"),
        ("ratio", QT_TRANSLATE_NOOP("CaseDialog", "CT/PT ratio"), "number"),
        ("days", QT_TRANSLATE_NOOP("CaseDialog", "Days (empty: from the drop month, else 180)"), "number"),
        ("price", QT_TRANSLATE_NOOP("CaseDialog", "Price (yuan/kWh)"), "number"))),
    "violation-tamper": (QT_TRANSLATE_NOOP("CaseDialog", "Tampering with metering equipment"), (
        ("residential", QT_TRANSLATE_NOOP("CaseDialog", "Residential customer"), "bool"),
        ("times", QT_TRANSLATE_NOOP("CaseDialog", "Occurrences"), "number"))),
    "violation-capacity": (QT_TRANSLATE_NOOP("CaseDialog", "Added capacity"), (
        ("kva", QT_TRANSLATE_NOOP("CaseDialog", "Added kVA"), "number"),
        ("basic_price", QT_TRANSLATE_NOOP("CaseDialog", "Basic charge (yuan/kVA·month)"), "number"),
        ("months", QT_TRANSLATE_NOOP("CaseDialog", "Months used"), "number"),
        ("single_part", QT_TRANSLATE_NOOP("CaseDialog", "Single-part tariff"), "bool"))),
    "meter-error": (QT_TRANSLATE_NOOP("CaseDialog", "Meter out of tolerance"), (
        ("error_pct", QT_TRANSLATE_NOOP("CaseDialog", "Error (%, negative: slow)"), "number"),
        ("recorded_kwh", QT_TRANSLATE_NOOP("CaseDialog", "Recorded kWh"), "number"),
        ("accuracy_class", QT_TRANSLATE_NOOP("CaseDialog", "Accuracy class"), "text"),
        ("price", QT_TRANSLATE_NOOP("CaseDialog", "Price (yuan/kWh)"), "number"))),
    "wiring": (QT_TRANSLATE_NOOP("CaseDialog", "Wrong wiring"), (
        ("recorded_kwh", QT_TRANSLATE_NOOP("CaseDialog", "Recorded kWh"), "number"),
        ("k", QT_TRANSLATE_NOOP("CaseDialog", "Correction factor K"), "number"),
        ("price", QT_TRANSLATE_NOOP("CaseDialog", "Price (yuan/kWh)"), "number"))),
    "multiplier": (QT_TRANSLATE_NOOP("CaseDialog", "Wrong multiplier"), (
        ("actual_ratio", QT_TRANSLATE_NOOP("CaseDialog", "Actual multiplier"), "number"),
        ("billed_ratio", QT_TRANSLATE_NOOP("CaseDialog", "Billed multiplier"), "number"),
        ("recorded_kwh", QT_TRANSLATE_NOOP("CaseDialog", "Recorded kWh"), "number"),
        ("price", QT_TRANSLATE_NOOP("CaseDialog", "Price (yuan/kWh)"), "number"))),
}
USES = (("lighting", QT_TRANSLATE_NOOP("CaseDialog", "Lighting (6 h/day)")),
        ("power", QT_TRANSLATE_NOOP("CaseDialog", "Power (12 h/day)")))


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class CaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, targets: Sequence[TargetRow], initial: CaseInput | None = None, *,
                 amend: bool = False, reason: str = "", problems: Sequence[Problem] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Amend case") if amend else self.tr("New back-billing case"))
        self.setObjectName("case_dialog")
        initial = initial or CaseInput("theft", {"use": "lighting", "voltage": "220", "current": "5(60)A"})
        self.target_combo = QComboBox(self)
        for t in targets:
            self.target_combo.addItem(f"{t.account_no} {t.name}", t.account_no)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(initial.account_no)))
        self.calc_combo = QComboBox(self)
        self.calc_combo.setObjectName("case_calculator")
        self.pages = QStackedWidget(self)
        self.fields: dict[str, dict[str, Any]] = {}
        for name, (title, fields) in CALCS.items():
            self.calc_combo.addItem(_tr(title), name)
            self.pages.addWidget(self._page(name, fields, initial.params if name == initial.calculator else {}))
        self.calc_combo.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.calc_combo.setCurrentIndex(max(0, self.calc_combo.findData(initial.calculator)))
        self.pages.setCurrentIndex(self.calc_combo.currentIndex())
        self.reason_edit = QLineEdit(reason, self) if amend else None
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.target_combo)
        form.addRow(self.tr("Calculation"), self.calc_combo)
        if self.reason_edit is not None:
            self.reason_edit.setObjectName("case_reason")
            form.addRow(self.tr("Reason for the amendment"), self.reason_edit)
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, form, self.pages)

    def _page(self, calc: str, fields: tuple[tuple[str, str, str], ...], values: dict[str, Any]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        widgets: dict[str, Any] = {}
        for param, label, kind in fields:
            value = values.get(param)
            if kind == "bool":
                w: Any = QCheckBox(page)
                w.setChecked(bool(value))
            elif kind == "use":
                w = QComboBox(page)
                for code, text in USES:
                    w.addItem(_tr(text), code)
                w.setCurrentIndex(max(0, w.findData(value or "lighting")))
            else:
                w = QLineEdit("" if value is None else str(value), page)
            w.setObjectName(f"case:{calc}:{param}")
            widgets[param] = (kind, w)
            form.addRow(_tr(label), w)
        self.fields[calc] = widgets
        return page

    def value(self) -> CaseInput:
        calc = str(self.calc_combo.currentData())
        params: dict[str, Any] = {}
        for param, (kind, w) in self.fields[calc].items():
            if kind == "bool":
                params[param] = w.isChecked()
            elif kind == "use":
                params[param] = str(w.currentData())
            elif w.text().strip():
                params[param] = _number(w.text(), kind)
        return CaseInput(calc, params, account_no=self.target_combo.currentData())

    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_edit is not None else ""

    @classmethod
    def ask(cls, parent: QWidget | None, targets: Sequence[TargetRow], initial: CaseInput | None = None, *,
            amend: bool = False, reason: str = "", problems: Sequence[Problem] | None = None
            ) -> tuple[CaseInput, str] | None:
        dlg = cls(parent, targets, initial, amend=amend, reason=reason, problems=problems)
        return (dlg.value(), dlg.reason()) if dlg.exec() == QDialog.DialogCode.Accepted else None


def _number(text: str, kind: str) -> Any:
    """A typed value as the calculator takes it; text it cannot read goes as typed (the calculator refuses it
    with its own reason)."""
    text = text.strip()
    if kind == "text":
        return text
    try:
        return int(text) if kind == "int" else Decimal(text)
    except (ValueError, InvalidOperation):
        return text
