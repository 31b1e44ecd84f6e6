"""Metering-fault inputs: meter out of tolerance, PT voltage drop, faults, wrong wiring, wrong multiplier
(negative = refund)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from station.billing import (
    Cause,
    Kind,
    Result,
    meter_error,
    metering_fault,
    pt_drop,
    wrong_multiplier,
    wrong_wiring,
)
from station.billing.customer_case import CustomerCase
from station.domain.problems import Problem
from ui.widgets.backbilling_form import RATIO, SIGNED, CalcContext, CalcForm, decimal_edit
from ui.widgets.common import fmt


class MeterErrorForm(CalcForm):
    """A meter out of tolerance (not by human act): half the period since its last verification."""

    kind = Kind.METER_ERROR

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_edit = decimal_edit(self, SIGNED, self.tr("-10 = 10 % slow"))
        self.add_row("error_pct", self.tr("Meter error"), self.error_edit, unit="%")
        self.class_edit = QLineEdit(self)
        self.class_edit.setPlaceholderText(self.tr("2, 1, 0.5S … or grade A–D"))
        self.class_edit.setToolTip(
            self.tr("The meter's accuracy class: an error within it is not back-billed (taken from the installed meter)")
        )
        self.add_row("accuracy_class", self.tr("Accuracy class"), self.class_edit)
        self.recorded_edit = decimal_edit(self)
        self.recorded_edit.setToolTip(self.tr("Energy recorded since the last verification or replacement"))
        self.add_row("recorded_kwh", self.tr("Energy recorded"), self.recorded_edit, unit="kWh")
        self.price_edit = decimal_edit(self)
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))

    def calculate(self, ctx: CalcContext) -> Result:
        return meter_error(
            error_pct=self.number("error_pct"),
            accuracy_class=self.class_edit.text().strip() or None,
            recorded_kwh=self.number("recorded_kwh"),
            price=self.number("price"),
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        self.price_edit.setText(fmt(case.price))
        self.class_edit.setText(case.accuracy_class.partition("/")[0])


class PtDropForm(CalcForm):
    """PT secondary voltage drop beyond the permitted value: the excess, over the whole period."""

    kind = Kind.PT_DROP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drop_edit = decimal_edit(self, placeholder="1.2")
        self.add_row("drop_pct", self.tr("Voltage drop measured"), self.drop_edit, unit="%")
        self.allowed_edit = decimal_edit(self, placeholder=self.tr("the rule setting"))
        self.add_row("allowed_pct", self.tr("Voltage drop permitted"), self.allowed_edit, unit="%")
        self.recorded_edit = decimal_edit(self)
        self.recorded_edit.setToolTip(self.tr("Energy recorded from the connection or load increase to the correction"))
        self.add_row("recorded_kwh", self.tr("Energy recorded"), self.recorded_edit, unit="kWh")
        self.price_edit = decimal_edit(self)
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))

    def calculate(self, ctx: CalcContext) -> Result:
        return pt_drop(
            drop_pct=self.number("drop_pct"),
            allowed_pct=self.number("allowed_pct"),
            recorded_kwh=self.number("recorded_kwh"),
            price=self.number("price"),
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        self.price_edit.setText(fmt(case.price))


class FaultForm(CalcForm):
    """PT fuse blown, instrument-transformer fault, other non-human cause: difference rate or normal month."""

    kind = Kind.FAULT
    BY_RATE, BY_MONTH = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cause_combo = QComboBox(self)
        self.cause_combo.addItem(self.tr("PT fuse blown"), Cause.PT_FUSE.value)
        self.cause_combo.addItem(self.tr("Instrument transformer fault (互感器故障)"), Cause.CT_PT_FAULT.value)
        self.cause_combo.addItem(self.tr("Other non-human cause"), Cause.OTHER.value)
        self.add_row("cause", self.tr("Cause"), self.cause_combo)
        self.method_combo = QComboBox(self)
        self.method_combo.addItem(self.tr("Theoretical difference rate"))
        self.method_combo.addItem(self.tr("Normal month against the fault months"))
        self.add_row("method", self.tr("Method"), self.method_combo)
        self.rate_edit = self.add_row("rate_pct", self.tr("Difference rate"), decimal_edit(self, SIGNED, "50"), unit="%")
        self.recorded_edit = self.add_row("recorded_kwh", self.tr("Energy recorded"), decimal_edit(self), unit="kWh")
        self.normal_edit = self.add_row("normal_kwh", self.tr("Normal month"), decimal_edit(self), unit="kWh")
        self.fault_edit = QLineEdit(self)
        self.fault_edit.setPlaceholderText(self.tr("each fault month, e.g. 1500 1800"))
        self.add_row("fault_kwh", self.tr("Fault months recorded"), self.fault_edit, unit="kWh")
        self.price_edit = decimal_edit(self)
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))
        self.method_combo.currentIndexChanged.connect(self._mode_changed)
        self.cause_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        if self.cause_combo.currentData() == Cause.OTHER.value:  # 1996 第八十条第3项: the normal month only
            self.method_combo.setCurrentIndex(self.BY_MONTH)
        self.method_combo.setEnabled(self.cause_combo.currentData() != Cause.OTHER.value)
        by_rate = self.method_combo.currentIndex() == self.BY_RATE
        for name in ("rate_pct", "recorded_kwh"):
            self.set_row_enabled(name, by_rate)
        for name in ("normal_kwh", "fault_kwh"):
            self.set_row_enabled(name, not by_rate)

    def calculate(self, ctx: CalcContext) -> Result:
        if self.method_combo.currentIndex() == self.BY_RATE:
            method: dict[str, Any] = {  # typed fields or "" (the calculator names what is missing)
                "rate_pct": self.number("rate_pct") or "",
                "recorded_kwh": self.number("recorded_kwh") or "",
            }
        else:
            months = self.fault_edit.text().replace(",", " ").replace("，", " ").replace("、", " ").split()
            method = {"normal_kwh": self.number("normal_kwh") or "", "fault_kwh": months}
        return metering_fault(
            cause=str(self.cause_combo.currentData()),
            **method,
            price=self.number("price"),
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        self.price_edit.setText(fmt(case.price))


class WiringForm(CalcForm):
    """Wrong wiring: ΔW = (K − 1) × the energy recorded over the whole period."""

    kind = Kind.WIRING

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItem(self.tr("Correction factor K"))
        self.mode_combo.addItem(self.tr("Correct and wrong power"))
        self.add_row("mode", self.tr("K from"), self.mode_combo)
        self.k_edit = self.add_row("k", "K", decimal_edit(self, SIGNED, placeholder=self.tr("3, or −3 when it ran backward")))
        self.correct_edit = self.add_row(
            "correct_power", self.tr("Power, correct wiring"), decimal_edit(self)
        )
        self.wrong_edit = self.add_row("wrong_power", self.tr("Power, wrong wiring"), decimal_edit(self, SIGNED))
        self.recorded_edit = decimal_edit(self, SIGNED)
        self.recorded_edit.setToolTip(self.tr("Energy recorded from the last verification to the correction"))
        self.add_row("recorded_kwh", self.tr("Energy recorded"), self.recorded_edit, unit="kWh")
        self.price_edit = decimal_edit(self)
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        by_k = self.mode_combo.currentIndex() == 0
        self.set_row_enabled("k", by_k)
        self.set_row_enabled("correct_power", not by_k)
        self.set_row_enabled("wrong_power", not by_k)

    def calculate(self, ctx: CalcContext) -> Result:
        if self.mode_combo.currentIndex() == 0:
            factor: dict[str, Any] = {"k": self.number("k") or ""}
        else:
            factor = {
                "correct_power": self.number("correct_power") or "",
                "wrong_power": self.number("wrong_power") or "",
            }
        return wrong_wiring(
            recorded_kwh=self.number("recorded_kwh"),
            **factor,
            price=self.number("price"),
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        self.price_edit.setText(fmt(case.price))


class MultiplierForm(CalcForm):
    """Billed with the wrong multiplier: (actual / billed − 1) × the energy billed."""

    kind = Kind.MULTIPLIER

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actual_edit = decimal_edit(self, RATIO, "150/5")
        self.add_row("actual_ratio", self.tr("Actual multiplier"), self.actual_edit)
        self.billed_edit = decimal_edit(self, RATIO, "100/5")
        self.add_row("billed_ratio", self.tr("Multiplier billed"), self.billed_edit)
        self.recorded_edit = decimal_edit(self)
        self.recorded_edit.setToolTip(
            self.tr("Energy billed with the wrong multiplier, over the reading records")
        )
        self.add_row("recorded_kwh", self.tr("Energy billed"), self.recorded_edit, unit="kWh")
        self.price_edit = decimal_edit(self)
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))

    def calculate(self, ctx: CalcContext) -> Result:
        found: list[Problem] = []
        actual, billed = self.ratio("actual_ratio", found), self.ratio("billed_ratio", found)
        self.reject_if(found)
        return wrong_multiplier(
            actual_ratio=actual,
            billed_ratio=billed,
            recorded_kwh=self.number("recorded_kwh"),
            price=self.number("price"),
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        # The ledger's multiplier is derived from the CT/PT installed: the actual one.
        self.actual_edit.setText(fmt(case.ratio) if case.ratio != Decimal(1) else "")
        self.price_edit.setText(fmt(case.price))
