"""Violation (违约用电) inputs: changed category, added capacity, sealed equipment used, metering touched."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from station.billing import (
    Kind,
    Result,
    capacity_violation,
    category_violation,
    sealed_violation,
    tamper_violation,
)
from station.billing.customer_case import CustomerCase
from ui.widgets.backbilling_form import CalcContext, CalcForm, PeriodField, decimal_edit
from ui.widgets.common import fmt


class CategoryForm(CalcForm):
    """A higher-priced use on a lower-priced supply: the price difference × the energy (+ 2×)."""

    kind = Kind.CATEGORY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff_edit = decimal_edit(self, placeholder="0.1381")
        self.add_row("price_diff", self.tr("Tariff difference"), self.diff_edit, unit=self.tr("yuan/kWh"))
        self.energy_combo = QComboBox(self)
        self.energy_combo.addItem(self.tr("Energy known (kWh)"))
        self.energy_combo.addItem(self.tr("From the equipment's kW"))
        self.add_row("energy", self.tr("Energy"), self.energy_combo)
        self.kwh_edit = self.add_row("kwh", self.tr("Energy used"), decimal_edit(self), unit="kWh")
        self.kw_edit = self.add_row("kw", self.tr("Equipment capacity"), decimal_edit(self), unit="kW")
        self.hours_edit = decimal_edit(self, placeholder=self.tr("12 when not known"))
        self.add_row("hours", self.tr("Hours per day"), self.hours_edit, unit="h")
        self.period = PeriodField(self.tr("Dates unknown: 3 months"), self)
        self.add_row(("days", "date_from", "date_to"), self.tr("Period"), self.period)
        self.energy_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        known = self.energy_combo.currentIndex() == 0
        self.set_row_enabled("kwh", known)
        for name in ("kw", "hours", "days"):
            self.set_row_enabled(name, not known)

    def calculate(self, ctx: CalcContext) -> Result:
        if self.energy_combo.currentIndex() == 0:
            energy: dict[str, object] = {"kwh": self.number("kwh") or ""}
        else:
            energy = {"kw": self.number("kw") or "", "hours": self.number("hours"), **self.period.values()}
        return category_violation(
            price_diff=self.number("price_diff"),
            **energy,  # type: ignore[arg-type]
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
        self.basic_edit = decimal_edit(self, placeholder="25")
        self.add_row(
            "basic_price",
            QCoreApplication.translate("BasicChargeForm", "Basic charge"),
            self.basic_edit,
            unit=QCoreApplication.translate("BasicChargeForm", "yuan/kVA·month"),
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
        self.set_row_enabled("basic_price", two_part)
        self.set_row_enabled("months", two_part)
        if self.times_edit is not None:
            self.set_row_enabled("times", not two_part)

    def _inputs(self, ctx: CalcContext) -> dict[str, object]:
        if self.tariff_combo.currentIndex() == self.SINGLE_PART:
            return {"kva": self.number("kva"), "single_part": True}
        return {
            "kva": self.number("kva"),
            "basic_price": self.number("basic_price"),
            "months": self.number("months"),
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
        return capacity_violation(**self._inputs(ctx), edition=ctx.edition, rules=ctx.rules)  # type: ignore[arg-type]


class SealedForm(_BasicChargeForm):
    """Suspended or sealed equipment used."""

    kind = Kind.SEALED
    times_row = True

    def _kva_label(self) -> str:
        return self.tr("Sealed capacity used")

    def calculate(self, ctx: CalcContext) -> Result:
        inputs = self._inputs(ctx)
        if inputs.get("single_part"):
            inputs["times"] = self.number("times")
        return sealed_violation(**inputs, edition=ctx.edition, rules=ctx.rules)  # type: ignore[arg-type]


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
