"""Violation (违约用电) inputs: changed category, added capacity, sealed equipment used, metering touched."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.billing import (
    Kind,
    Load,
    Result,
    Use,
    capacity_violation,
    category_violation,
    sealed_violation,
    source_violation,
    tamper_violation,
)
from station.billing.customer_case import CustomerCase
from ui.widgets.backbilling_form import CalcContext, CalcForm, PeriodField, clean_number, decimal_edit
from ui.widgets.common import fmt


class LoadLines(QWidget):
    """The load lines of a category change: kW, use (照明 6 h / 动力 12 h by default), tariff difference, hours."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QLineEdit, QComboBox, QLineEdit, QLineEdit, QPushButton]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate(
            (
                QCoreApplication.translate("LoadLines", "kW"),
                QCoreApplication.translate("LoadLines", "Use"),
                QCoreApplication.translate("LoadLines", "Tariff difference (yuan/kWh)"),
                QCoreApplication.translate("LoadLines", "Hours per day"),
            )
        ):
            self.grid.addWidget(QLabel(text, self), 0, col)
        self.add_button = QPushButton(QCoreApplication.translate("LoadLines", "Add a load line"), self)
        self.add_button.setObjectName("add_load")
        self.add_button.clicked.connect(self.add_line)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.grid)
        lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_line()

    def add_line(self) -> None:
        kw = decimal_edit(self, placeholder="5")
        use = QComboBox(self)
        use.addItem(QCoreApplication.translate("LoadLines", "Power (动力)"), Use.POWER.value)
        use.addItem(QCoreApplication.translate("LoadLines", "Lighting (照明)"), Use.LIGHTING.value)
        diff = decimal_edit(self, placeholder="0.1972")
        hours = decimal_edit(self, placeholder=QCoreApplication.translate("LoadLines", "by use"))
        remove = QPushButton("×", self)
        remove.setToolTip(QCoreApplication.translate("LoadLines", "Remove this line"))
        row = (kw, use, diff, hours, remove)
        n = len(self.rows) + 1
        for col, w in enumerate(row):
            w.setObjectName(f"load{n}:{col}")
            self.grid.addWidget(w, n, col)
        for edit in (kw, diff, hours):
            edit.textChanged.connect(self.changed)
        use.currentIndexChanged.connect(self.changed)
        remove.clicked.connect(lambda: self.remove_line(row))
        self.rows.append(row)
        self._update_remove()
        self.changed.emit()

    def remove_line(self, row: tuple[QLineEdit, QComboBox, QLineEdit, QLineEdit, QPushButton]) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        for w in row:
            self.grid.removeWidget(w)
            w.deleteLater()
        self._update_remove()
        self.changed.emit()

    def _update_remove(self) -> None:
        for row in self.rows:
            row[4].setEnabled(len(self.rows) > 1)

    def loads(self) -> list[Load]:
        return [
            Load(clean_number(kw.text()) or "", str(use.currentData()), clean_number(diff.text()) or "",
                 clean_number(hours.text()))  # fmt: skip
            for kw, use, diff, hours, _ in self.rows
        ]


class CategoryForm(CalcForm):
    """A higher-priced use on a lower-priced supply: the tariff difference × the energy (+ 2×), per load line."""

    kind = Kind.CATEGORY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.energy_combo = QComboBox(self)
        self.energy_combo.addItem(self.tr("From the load lines (kW, use, hours)"))
        self.energy_combo.addItem(self.tr("Energy known (kWh)"))
        self.add_row("energy", self.tr("Energy"), self.energy_combo)
        self.lines = LoadLines(self)
        self.lines.setObjectName("load_lines")
        self.lines.changed.connect(self.changed)
        self.add_row(("loads", *(f"load{i}" for i in range(1, 21))), self.tr("Load lines"), self.lines)
        self.diff_edit = decimal_edit(self, placeholder="0.1381")
        self.add_row("price_diff", self.tr("Tariff difference"), self.diff_edit, unit=self.tr("yuan/kWh"))
        self.kwh_edit = self.add_row("kwh", self.tr("Energy used"), decimal_edit(self), unit="kWh")
        self.period = PeriodField(self.tr("Dates unknown: 3 months"), self)
        self.add_row(("days", "date_from", "date_to"), self.tr("Period"), self.period)
        self.energy_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        by_lines = self.energy_combo.currentIndex() == 0
        self.set_row_enabled("kwh", not by_lines)
        self.set_row_enabled("price_diff", not by_lines)
        self.set_row_enabled("loads", by_lines)
        self.set_row_enabled("days", by_lines)

    def calculate(self, ctx: CalcContext) -> Result:
        if self.energy_combo.currentIndex() == 1:
            return category_violation(
                price_diff=self.number("price_diff"), kwh=self.number("kwh") or "", multiple=ctx.multiple,
                edition=ctx.edition, rules=ctx.rules,
            )  # fmt: skip
        return category_violation(
            loads=self.lines.loads(),
            **self.period.values(),
            multiple=ctx.multiple,
            edition=ctx.edition,
            rules=ctx.rules,
        )


class _BasicChargeForm(CalcForm):
    """Added capacity and sealed equipment: basic charge for two-part customers, a rate per kVA otherwise."""

    TWO_PART, SINGLE_PART = 0, 1
    times_row = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kva_edit = self.add_row("kva", self._kva_label(), decimal_edit(self), unit="kVA")
        self.tariff_combo = QComboBox(self)
        self.tariff_combo.addItem(
            QCoreApplication.translate("BasicChargeForm", "Two-part tariff: basic charge + penalty multiple")
        )
        self.tariff_combo.addItem(
            QCoreApplication.translate("BasicChargeForm", "Single-part tariff: a rate per kW (kVA)")
        )
        self.add_row(
            "single_part", QCoreApplication.translate("BasicChargeForm", "Tariff"), self.tariff_combo
        )
        self.basis_combo = QComboBox(self)
        self.basis_combo.addItem(
            QCoreApplication.translate("BasicChargeForm", "By capacity: yuan per kVA·month"), "capacity"
        )
        self.basis_combo.addItem(
            QCoreApplication.translate("BasicChargeForm", "By demand: yuan per kW·month"), "demand"
        )
        self.add_row(
            "basis",
            QCoreApplication.translate("BasicChargeForm", "Basic (容(需)量) charge"),
            self.basis_combo,
        )
        self.basic_edit = decimal_edit(self, placeholder="25")
        self.add_row(
            "basic_price",
            QCoreApplication.translate("BasicChargeForm", "Basic charge"),
            self.basic_edit,
            unit=QCoreApplication.translate("BasicChargeForm", "yuan/month"),
        )
        self.months_edit = self.add_row(
            "months", QCoreApplication.translate("BasicChargeForm", "Months used"), decimal_edit(self)
        )
        self.times_edit: QLineEdit | None = None
        if self.times_row:
            self.times_edit = decimal_edit(self, placeholder="1")
            self.add_row(
                "times", QCoreApplication.translate("BasicChargeForm", "Occurrences"), self.times_edit
            )
        self.tariff_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _kva_label(self) -> str:  # pragma: no cover - each kind names its capacity
        raise NotImplementedError

    def _mode_changed(self) -> None:
        two_part = self.tariff_combo.currentIndex() == self.TWO_PART
        self.set_row_enabled("basis", two_part)
        self.set_row_enabled("basic_price", two_part)
        self.set_row_enabled("months", two_part)
        if self.times_edit is not None:
            self.set_row_enabled("times", not two_part)

    def _inputs(self, ctx: CalcContext) -> dict[str, Any]:
        if self.tariff_combo.currentIndex() == self.SINGLE_PART:
            return {"kva": self.number("kva"), "single_part": True}
        return {
            "kva": self.number("kva"),
            "basic_price": self.number("basic_price"),
            "months": self.number("months"),
            "basis": str(self.basis_combo.currentData()),
            "multiple": ctx.multiple,
        }

    def prefill(self, case: CustomerCase) -> None:
        self.tariff_combo.setCurrentIndex(self.TWO_PART if case.basic_price is not None else self.SINGLE_PART)
        self.basic_edit.setText(fmt(case.basic_price))


class CapacityForm(_BasicChargeForm):
    """Capacity added beyond the contract (私增容量)."""

    kind = Kind.CAPACITY

    def _kva_label(self) -> str:
        return self.tr("Capacity added")

    def calculate(self, ctx: CalcContext) -> Result:
        return capacity_violation(**self._inputs(ctx), edition=ctx.edition, rules=ctx.rules)


class SealedForm(_BasicChargeForm):
    """Suspended or sealed equipment used; equipment sealed as added capacity also owes that liability."""

    kind = Kind.SEALED
    times_row = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.added_check = QCheckBox(self.tr("The equipment was sealed as added capacity (私增容被封存)"), self)
        self.added_check.setObjectName("sealed_added")
        self.add_row("added_capacity", self.tr("Sealed because"), self.added_check)

    def _kva_label(self) -> str:
        return self.tr("Sealed capacity used")

    def calculate(self, ctx: CalcContext) -> Result:
        inputs = self._inputs(ctx)
        if inputs.get("single_part"):
            inputs["times"] = self.number("times")
        return sealed_violation(
            **inputs, added_capacity=self.added_check.isChecked(), edition=ctx.edition, rules=ctx.rules
        )


class TamperForm(CalcForm):
    """The supplier's metering or load-control equipment touched: a fixed amount per occurrence."""

    kind = Kind.TAMPER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who_combo = QComboBox(self)
        self.who_combo.addItem(self.tr("Residential customer"), True)
        self.who_combo.addItem(self.tr("Other customer"), False)
        self.add_row("residential", self.tr("Customer"), self.who_combo)
        self.times_edit = self.add_row("times", self.tr("Occurrences"), decimal_edit(self, placeholder="1"))

    def calculate(self, ctx: CalcContext) -> Result:
        return tamper_violation(
            residential=bool(self.who_combo.currentData()),
            times=self.number("times"),
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        self.who_combo.setCurrentIndex(0 if case.residential else 1)


class SourceForm(CalcForm):
    """擅自引入（供出）电源 or own generation paralleled: a rate per kW (kVA) of the source."""

    kind = Kind.SOURCE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kw_edit = self.add_row("kw", self.tr("Capacity of the source"), decimal_edit(self), unit="kW (kVA)")

    def calculate(self, ctx: CalcContext) -> Result:
        return source_violation(kw=self.number("kw"), edition=ctx.edition, rules=ctx.rules)
