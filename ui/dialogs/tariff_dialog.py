"""Add or correct a tariff (category, voltage, price, basic charge, effective from, source)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.codes import TARIFF_CATEGORIES, VOLTAGE_LEVELS
from station.rule_settings import TariffRow, validate_tariff
from ui.dialogs.frame import ok_cancel, problem_label
from ui.dialogs.saving import SavesItself
from ui.text import TARIFF_CATEGORY, label, problems_text


@dataclass(frozen=True, slots=True)
class TariffDraft:
    """The arguments of station.rule_settings.set_tariff, as the dialog returns them."""

    tariff_category: str
    voltage_level: str
    price: Decimal
    basic_price_kva: Decimal | None
    effective_from: dt.date
    source: str


def _decimal(text: str) -> Decimal | None | str:
    text = text.strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


class TariffDialog(SavesItself, QDialog):
    """A new tariff from a date (the one in force then ends that day); the same start date corrects it.

    With `save_with` it saves itself (ui.dialogs.saving): a refusal keeps the input, and a tariff someone
    else corrected since shows theirs beside it."""

    def __init__(self, parent: QWidget | None = None, initial: TariffRow | TariffDraft | None = None,
                 problems: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tariff"))
        self.setMinimumWidth(440)
        self.category_combo = QComboBox(self)
        for code in TARIFF_CATEGORIES:
            self.category_combo.addItem(label(TARIFF_CATEGORY, code), code)
        self.voltage_combo = QComboBox(self)
        self.voltage_combo.addItems(list(VOLTAGE_LEVELS))
        self.price_edit = QLineEdit(self)
        self.price_edit.setObjectName("tariff_price")
        self.price_edit.setPlaceholderText("0.5283")
        self.basic_edit = QLineEdit(self)
        self.basic_edit.setObjectName("tariff_basic")
        self.basic_edit.setPlaceholderText(self.tr("empty: single-part tariff"))
        self.from_edit = QDateEdit(self)
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDate(QDate.currentDate())
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("tariff_source")
        self.source_edit.setPlaceholderText(self.tr("e.g. the provincial price notice"))
        form = QFormLayout()
        form.addRow(self.tr("Category:"), self.category_combo)
        form.addRow(self.tr("Voltage:"), self.voltage_combo)
        form.addRow(self.tr("Price (yuan/kWh):"), self.price_edit)
        form.addRow(self.tr("Basic charge (yuan/kVA·month):"), self.basic_edit)
        form.addRow(self.tr("Effective from:"), self.from_edit)
        form.addRow(self.tr("Source:"), self.source_edit)
        note = QLabel(self.tr("The tariff in force on that day ends there; a tariff with the same start "
                              "date is corrected."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.problem_label = problem_label(self)
        self.buttons, self.ok_button = ok_cancel(self, on_ok=self.save_or_accept)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.problem_label)
        lay.addWidget(self.buttons)
        if initial is not None:
            self._fill(initial)
        for edit in (self.price_edit, self.basic_edit):
            edit.textChanged.connect(self._check)
        for combo in (self.category_combo, self.voltage_combo):
            combo.currentIndexChanged.connect(lambda _i: self._check())
        self._check()
        if problems:  # refused by station.rule_settings.set_tariff: shown until the clerk changes something
            self.problem_label.setText(problems_text(problems))

    def _fill(self, t: TariffRow | TariffDraft) -> None:
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(t.tariff_category)))
        self.voltage_combo.setCurrentText(t.voltage_level)
        self.price_edit.setText(format(t.price, "f"))
        self.basic_edit.setText("" if t.basic_price_kva is None else format(t.basic_price_kva, "f"))
        self.from_edit.setDate(QDate(t.effective_from.year, t.effective_from.month, t.effective_from.day))
        self.source_edit.setText(t.source)

    def _check(self) -> list[str]:
        # Numbers that do not parse are the form's to say; the values themselves are checked by the same
        # station.rule_settings.validate_tariff that set_tariff applies, so OK is never offered for a refusal.
        lines = []
        price, basic = _decimal(self.price_edit.text()), _decimal(self.basic_edit.text())
        if not isinstance(price, Decimal):
            lines.append(self.tr("Type the price as a number, e.g. 0.5283"))
        if isinstance(basic, str):
            lines.append(self.tr("Type the basic charge as a number, or leave it empty"))
        if not lines:
            assert isinstance(price, Decimal) and not isinstance(basic, str)
            problems = validate_tariff(str(self.category_combo.currentData()), self.voltage_combo.currentText(),
                                       price, basic)
            if problems:
                lines.append(problems_text(problems))
        self.problem_label.setText("\n".join(lines))
        self.ok_button.setEnabled(not lines and not self.saving)
        return lines

    def revalidate(self) -> list[str]:
        return self._check()

    def value(self) -> TariffDraft:
        price = _decimal(self.price_edit.text())
        basic = _decimal(self.basic_edit.text())
        d = self.from_edit.date()
        return TariffDraft(
            tariff_category=str(self.category_combo.currentData()),
            voltage_level=self.voltage_combo.currentText(),
            price=price if isinstance(price, Decimal) else Decimal(0),
            basic_price_kva=basic if isinstance(basic, Decimal) else None,
            effective_from=dt.date(d.year(), d.month(), d.day()),
            source=self.source_edit.text().strip(),
        )

    def stale_mine(self) -> dict[str, Any]:
        v = self.value()
        return {"price": v.price, "basic_price_kva": v.basic_price_kva, "effective_from": v.effective_from,
                "source": v.source}

    @classmethod
    def ask(cls, parent: QWidget | None, initial: TariffRow | TariffDraft | None = None,
            problems: Any = None) -> TariffDraft | None:
        dlg = cls(parent, initial, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.tariff_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(TariffDialog.ask(None))
