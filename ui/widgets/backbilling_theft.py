"""Theft (窃电) inputs: use, capacity from the equipment or the meter, period, hours, tariff."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from station.billing import Kind, Result, Use, theft
from station.billing.customer_case import CustomerCase
from station.domain.problems import Problem
from ui.widgets.backbilling_form import NAMEPLATE, RATIO, CalcContext, CalcForm, PeriodField, decimal_edit
from ui.widgets.common import fmt


class TheftForm(CalcForm):
    kind = Kind.THEFT
    EQUIPMENT, METER = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use_combo = QComboBox(self)
        self.use_combo.addItem(self.tr("Lighting (照明)"), Use.LIGHTING.value)
        self.use_combo.addItem(self.tr("Power (动力)"), Use.POWER.value)
        self.add_row("use", self.tr("Customer use"), self.use_combo)
        self.use_note = QLabel(self)
        self.use_note.setObjectName("use_note")
        self.use_note.setWordWrap(True)
        self.use_note.setStyleSheet("color: #555;")
        self.form.addRow("", self.use_note)
        self.use_note.hide()
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(self.tr("Billing meter: rated current × voltage"))
        self.source_combo.addItem(self.tr("Equipment wired onto the supply (kW)"))
        self.source_combo.setCurrentIndex(0)
        self.add_row("source", self.tr("Capacity from"), self.source_combo)
        self.voltage_edit = self.add_row(
            "voltage", self.tr("Voltage"), decimal_edit(self, placeholder="220"), unit="V"
        )
        self.current_edit = decimal_edit(self, NAMEPLATE, "5(60)A")
        self.current_edit.setToolTip(
            self.tr("The rated current, or the nameplate as printed: 5(60)A bills 5 A")
        )
        self.add_row("current", self.tr("Rated current"), self.current_edit, unit="A")
        self.phases_combo = QComboBox(self)
        self.phases_combo.addItem(self.tr("Single-phase (U·I)"), 1)
        self.phases_combo.addItem(self.tr("Three-phase (√3·U·I, line voltage)"), 3)
        self.add_row("phases", self.tr("Phases"), self.phases_combo)
        self.ratio_edit = decimal_edit(self, RATIO, self.tr("none, or e.g. 100/5"))
        self.ratio_edit.setToolTip(self.tr("Only when the theft went through the CT/PT"))
        self.add_row("ratio", self.tr("CT/PT ratio"), self.ratio_edit)
        self.limiter_edit = decimal_edit(self, placeholder=self.tr("none"))
        self.limiter_edit.setToolTip(self.tr("A current limiter fitted: its setting replaces the rated current"))
        self.add_row("limiter_current", self.tr("Current limiter setting"), self.limiter_edit, unit="A")
        self.kw_edit = self.add_row("kw", self.tr("Equipment capacity"), decimal_edit(self), unit="kW")
        self.period = PeriodField(self.tr("Start unknown: the rule's days"), self)
        self.add_row(("days", "date_from", "date_to"), self.tr("Period"), self.period)
        self.hours_edit = decimal_edit(self, placeholder=self.tr("6 lighting / 12 power"))
        self.add_row("hours", self.tr("Hours per day"), self.hours_edit, unit="h")
        self.price_edit = decimal_edit(self, placeholder="0.5283")
        self.add_row("price", self.tr("Tariff in force"), self.price_edit, unit=self.tr("yuan/kWh"))
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self._source_changed()

    def _source_changed(self) -> None:
        meter = self.source_combo.currentIndex() == 0
        for name in ("voltage", "current", "phases", "ratio", "limiter_current"):
            self.set_row_enabled(name, meter)
        self.set_row_enabled("kw", not meter)

    def set_source(self, meter: bool) -> None:
        self.source_combo.setCurrentIndex(0 if meter else 1)

    def calculate(self, ctx: CalcContext) -> Result:
        found: list[Problem] = []
        capacity: dict[str, Any]
        if self.source_combo.currentIndex() == 0:
            ratio = self.ratio("ratio", found)
            capacity = {
                "voltage": self.number("voltage") or "",
                "current": self.number("current") or "",
                "phases": int(self.phases_combo.currentData()),
                "ratio": ratio,
                "limiter_current": self.number("limiter_current"),
            }
        else:
            capacity = {"kw": self.number("kw") or ""}
        self.reject_if(found)
        period: dict[str, Any] = self.period.values()
        price = self.number("price")
        tariffs = None
        if price is None and ctx.tariffs is not None and "date_from" in period:
            # dates known and no price typed: the customer's tariffs over the period, split where they changed
            tariffs = ctx.tariffs(period["date_from"], period["date_to"]) or None
        return theft(
            use=self.use_combo.currentData(),
            **capacity,
            **period,
            hours=self.number("hours"),
            price=price,
            tariffs=tariffs,
            multiple=ctx.multiple,
            edition=ctx.edition,
            rules=ctx.rules,
        )

    def prefill(self, case: CustomerCase) -> None:
        self.use_combo.setCurrentIndex(self.use_combo.findData(case.use.value))
        self.use_note.setText(
            self.tr("Default for %1: %2 (rule settings); change it if the load found is otherwise.")
            .replace("%1", case.tariff_category)
            .replace("%2", self.use_combo.currentText())
        )
        self.use_note.show()
        self.voltage_edit.setText(fmt(case.voltage))
        self.current_edit.setText(case.rated_current)
        self.phases_combo.setCurrentIndex(self.phases_combo.findData(case.phases))
        self.ratio_edit.setText(fmt(case.ratio) if case.ratio != Decimal(1) else "")
        self.price_edit.setText(fmt(case.price))
        self.set_source(True)
