"""Receive a delivery (新购入库): a scanned range first..last or a scanned/pasted list, with the nameplate data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station.assets import AssetDraft
from station.domain import asset_no as barcode
from station.domain.codes import ACCURACY_CLASSES, AssetKind
from station.domain.problems import Rejected
from station.domain.validation import validate_asset_fields
from ui.dialogs.asset_common import BarcodeEdit, StepDialog, date_edit, optional_date, problem_texts, to_date
from ui.text import ASSET_KIND, label
from ui.widgets.common import radio_row
from ui.widgets.scan_box import normalise

_SEPARATORS = re.compile(r"[\s,;，；、]+")
#: Problems listed in the label at most; a pasted list of 500 bad numbers must not fill the screen.
MAX_SHOWN_PROBLEMS = 8
#: A common nameplate the fields start from: a single-phase smart meter (most of any delivery).
DEFAULT_METER_CURRENT = "5(60)A"
DEFAULT_METER_VOLTAGE = "220V"


@dataclass(frozen=True, slots=True)
class ReceiveRequest:
    """What `actions.receive_assets` needs: the drafts in scan order, the date and the batch number."""

    drafts: tuple[AssetDraft, ...]
    received_on: dt.date
    batch_no: str


class ReceiveDialog(StepDialog):
    """Returns a ReceiveRequest through `ask`; the count of assets is shown before OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Receive a delivery"), self.tr(
            "Scan the first and the last barcode of the batch, or scan or paste every barcode. "
            "The assets enter the ledger as received, awaiting verification."))
        self.range_radio = QRadioButton(self.tr("Scanned range"), self)
        self.list_radio = QRadioButton(self.tr("List of barcodes"), self)
        self.range_radio.setChecked(True)
        modes, self._mode = radio_row(self, self.range_radio, self.list_radio)

        self.first_edit = BarcodeEdit(self)
        self.first_edit.setObjectName("first_edit")
        self.first_edit.setPlaceholderText(self.tr("first barcode (22 digits)"))
        self.last_edit = BarcodeEdit(self)
        self.last_edit.setObjectName("last_edit")
        self.last_edit.setPlaceholderText(self.tr("last barcode (22 digits)"))
        range_page = QWidget(self)
        rl = QHBoxLayout(range_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.first_edit, 1)
        rl.addWidget(QLabel("…", range_page))
        rl.addWidget(self.last_edit, 1)
        self.list_edit = QPlainTextEdit(self)
        self.list_edit.setObjectName("list_edit")
        self.list_edit.setPlaceholderText(self.tr("one barcode per line (a scanner's Enter starts the next line)"))
        self.list_edit.setTabChangesFocus(True)
        self.list_edit.setFixedHeight(110)
        # Both inputs sit in one box and only the chosen one is shown, so the form keeps no empty gap.
        self.numbers = QWidget(self)
        nl = QVBoxLayout(self.numbers)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.addWidget(range_page)
        nl.addWidget(self.list_edit)
        self._pages = (range_page, self.list_edit)
        self.list_edit.setVisible(False)
        self.range_radio.toggled.connect(lambda on: self._switch(0 if on else 1))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.count_label.setStyleSheet("font-weight: bold;")

        self.kind_combo = QComboBox(self)
        for kind in AssetKind:
            self.kind_combo.addItem(label(ASSET_KIND, kind), str(kind))
        self.model_edit = QLineEdit(self)
        self.model_edit.setPlaceholderText(self.tr("e.g. DDZY285"))
        self.maker_edit = QLineEdit(self)
        self.accuracy_combo = QComboBox(self)
        self.voltage_edit = QLineEdit(DEFAULT_METER_VOLTAGE, self)
        self.current_edit = QLineEdit(DEFAULT_METER_CURRENT, self)
        self.current_edit.setPlaceholderText(self.tr("e.g. 5(60)A"))
        self.constant_edit = QLineEdit(self)
        self.constant_edit.setPlaceholderText(self.tr("impulses per kWh, e.g. 1200"))
        self.ratio_edit = QLineEdit(self)
        self.ratio_edit.setPlaceholderText(self.tr("e.g. 200/5 or 10000/100"))
        self.phases_combo = QComboBox(self)
        self.phases_combo.addItem(self.tr("Single-phase"), 1)
        self.phases_combo.addItem(self.tr("Three-phase"), 3)
        self.made_edit = date_edit(self, optional=True)
        self.batch_edit = QLineEdit(self)
        self.batch_edit.setObjectName("batch_edit")
        self.batch_edit.setPlaceholderText(self.tr("delivery or purchase batch number"))
        self.received_edit = date_edit(self)

        self.form.addRow(modes)
        self.add_row(self.tr("Barcodes"), self.numbers)
        self.form.addRow("", self.count_label)
        for text, w in ((self.tr("Kind"), self.kind_combo), (self.tr("Model"), self.model_edit),
                        (self.tr("Maker"), self.maker_edit), (self.tr("Accuracy class"), self.accuracy_combo),
                        (self.tr("Rated voltage"), self.voltage_edit), (self.tr("Rated current"), self.current_edit),
                        (self.tr("Constant"), self.constant_edit), (self.tr("Ratio"), self.ratio_edit),
                        (self.tr("Phases"), self.phases_combo), (self.tr("Made on"), self.made_edit),
                        (self.tr("Batch no."), self.batch_edit), (self.tr("Received on"), self.received_edit)):
            self.add_row(text, w)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.watch(self.first_edit, self.last_edit, self.list_edit, self.kind_combo, self.model_edit,
                   self.maker_edit, self.accuracy_combo, self.voltage_edit, self.current_edit, self.constant_edit,
                   self.ratio_edit, self.phases_combo, self.made_edit, self.batch_edit, self.received_edit)
        self.first_edit.next_field = self.last_edit
        self.last_edit.next_field = self.model_edit  # the kind is usually right; the model differs by batch
        self._kind_changed()
        self.first_edit.setFocus()

    # -- form behaviour ------------------------------------------------------------------------
    def _switch(self, index: int) -> None:
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        (self.first_edit if index == 0 else self.list_edit).setFocus()
        self.revalidate()

    def _kind_changed(self) -> None:
        kind = AssetKind(self.kind_combo.currentData())
        keep = self.accuracy_combo.currentText()
        self.accuracy_combo.blockSignals(True)
        self.accuracy_combo.clear()
        self.accuracy_combo.addItems(list(ACCURACY_CLASSES[kind]))
        if keep in ACCURACY_CLASSES[kind]:
            self.accuracy_combo.setCurrentText(keep)
        self.accuracy_combo.blockSignals(False)
        meter = kind is AssetKind.METER
        # A meter has a current rating and a constant; a CT or PT has a ratio instead.
        for w in (self.current_edit, self.constant_edit):
            w.setEnabled(meter)
        self.ratio_edit.setEnabled(not meter)
        self.revalidate()

    # -- the numbers ------------------------------------------------------------------------
    def asset_numbers(self) -> tuple[list[str], list[str]]:
        """The barcodes the form names, and the problems with them (as translated lines)."""
        if self.range_radio.isChecked():
            first, last = normalise(self.first_edit.text()), normalise(self.last_edit.text())
            if not first:
                return [], [self.tr("Scan or type the first barcode")]
            if not last:  # one barcode alone is a range of one
                last = first
            try:
                return barcode.expand_range(first, last), []
            except Rejected as exc:
                return [], problem_texts(exc.problems)
        numbers = [normalise(t) for t in _SEPARATORS.split(self.list_edit.toPlainText()) if t.strip()]
        if not numbers:
            return [], [self.tr("Scan or paste at least one barcode")]
        bad = [n for n in numbers if not barcode.is_valid(n)]
        problems = [self.tr("%1 is not a valid 22-digit asset number").replace("%1", n) for n in bad]
        seen: set[str] = set()
        for n in numbers:
            if n in seen:
                problems.append(self.tr("%1 is listed twice").replace("%1", n))
            seen.add(n)
        return numbers, problems

    def _template(self, asset_no: str) -> AssetDraft:
        kind = str(self.kind_combo.currentData())
        meter = kind == AssetKind.METER
        constant_text = normalise(self.constant_edit.text())
        constant: int | None = int(constant_text) if meter and constant_text.isdigit() else None
        return AssetDraft(
            asset_no=asset_no, kind=kind, model=self.model_edit.text().strip(),
            maker=self.maker_edit.text().strip(), accuracy_class=self.accuracy_combo.currentText(),
            rated_voltage=self.voltage_edit.text().strip(),
            rated_current=self.current_edit.text().strip() if meter else "",
            constant=constant, ratio="" if meter else normalise(self.ratio_edit.text()),
            phases=int(self.phases_combo.currentData()), made_on=optional_date(self.made_edit))

    def problems(self) -> list[str]:
        numbers, found = self.asset_numbers()
        self.count_label.setText(self.tr("%n asset(s) to receive", "", len(numbers)) if numbers and not found
                                 else "")
        meter = self.kind_combo.currentData() == AssetKind.METER
        constant_text = normalise(self.constant_edit.text())
        if meter and constant_text and not constant_text.isdigit():
            found.append(self.tr("The constant is a whole number of impulses per kWh"))
        # The nameplate is the same for the whole batch: check it once, on a valid barcode.
        sample = numbers[0] if numbers and barcode.is_valid(numbers[0]) else barcode.make("1230001", 1)
        fields = dataclasses.asdict(self._template(sample))
        found += problem_texts([p for p in validate_asset_fields(fields) if p.field != "asset_no"])
        if not self.batch_edit.text().strip():
            found.append(self.tr("The batch number is required"))
        if len(found) > MAX_SHOWN_PROBLEMS:
            found = [*found[:MAX_SHOWN_PROBLEMS], self.tr("… and %n more problem(s)", "",
                                                          len(found) - MAX_SHOWN_PROBLEMS)]
        return found

    def value(self) -> ReceiveRequest:
        numbers, _ = self.asset_numbers()
        return ReceiveRequest(tuple(self._template(n) for n in numbers), to_date(self.received_edit.date()),
                              self.batch_edit.text().strip())


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_receive
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(ReceiveDialog.ask(None))
