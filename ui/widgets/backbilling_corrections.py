"""Metering-fault inputs: meter out of tolerance, wrong wiring, wrong multiplier (negative = refund)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QWidget

from station.billing import Kind, Result, meter_error, wrong_multiplier, wrong_wiring
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
        self.recorded_edit = decimal_edit(self)
        self.recorded_edit.setToolTip(self.tr("Energy recorded since the last verification or replacement"))
        self.add_row("recorded_kwh", self.tr("Energy recorded"), self.recorded_edit, unit="kWh")
        self.price_edit = decimal_edit(self)
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))

    def calculate(self, ctx: CalcContext) -> Result:
        return meter_error(
            error_pct=self.number("error_pct"),
            recorded_kwh=self.number("recorded_kwh"),
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
        self.k_edit = self.add_row("k", "K", decimal_edit(self, placeholder="3"))
        self.correct_edit = self.add_row(
            "correct_power", self.tr("Power, correct wiring"), decimal_edit(self)
        )
        self.wrong_edit = self.add_row("wrong_power", self.tr("Power, wrong wiring"), decimal_edit(self))
        self.recorded_edit = decimal_edit(self)
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
            factor: dict[str, object] = {"k": self.number("k") or ""}
        else:
            factor = {
                "correct_power": self.number("correct_power") or "",
                "wrong_power": self.number("wrong_power") or "",
            }
        return wrong_wiring(
            recorded_kwh=self.number("recorded_kwh"),
            **factor,  # type: ignore[arg-type]
            price=self.number("price"),
            edition=ctx.edition,
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
        )

    def prefill(self, case: CustomerCase) -> None:
        # The ledger's multiplier is derived from the CT/PT installed: the actual one.
        self.actual_edit.setText(fmt(case.ratio) if case.ratio != Decimal(1) else "")
        self.price_edit.setText(fmt(case.price))
