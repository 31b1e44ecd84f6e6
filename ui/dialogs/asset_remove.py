"""Remove an asset from its metering point (拆除): closing register reading (required, not below the last known
one unless the clerk says why), the reason (none preset), a note, the date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from station.domain.readings import (
    BELOW_LAST_REASONS,
    REMOVAL_REASONS,
    InstallContext,
    KnownReading,
    closing_reading_problems,
    reading_question,
)
from station.domain.rows import AssetRow
from station.meter_swap import reason_text
from ui.dialogs.asset_common import (
    StepDialog,
    asset_summary,
    date_edit,
    parse_reading,
    problem_texts,
    reading_problems,
    to_date,
)
from ui.text import message_text
from ui.widgets.common import fmt


@dataclass(frozen=True, slots=True)
class RemoveRequest:
    on: dt.date
    reading: Decimal
    reason: str  # the text recorded (station.meter_swap.reason_text of the code and the note)
    below_last: str | None = None


class RemoveDialog(StepDialog):
    """Returns a RemoveRequest through `ask`; OK stays disabled until the closing reading is a number, not below
    the meter's last known reading (unless the clerk says why) and a reason is chosen (none is preset)."""

    def __init__(self, parent: QWidget | None, asset: AssetRow, last: KnownReading | None = None,
                 context: InstallContext | None = None) -> None:
        where = f"{asset.account_no or ''} {asset.customer_name or ''}".strip()
        intro = f"<b>{asset.asset_no}</b><br>{asset_summary(asset)}"
        if where:
            intro += "<br>" + self.tr("Installed at %1").replace("%1", where)
        if last is not None:
            intro += "<br>" + self.tr("Last known reading: %1 on %2").replace("%1", fmt(last.value)) \
                .replace("%2", fmt(last.on))
        super().__init__(parent, self.tr("Remove from the metering point"), intro)
        self.last, self.context = last, context
        self.reading_edit = QLineEdit(self)
        self.reading_edit.setObjectName("reading_edit")
        self.reading_edit.setPlaceholderText(self.tr("kWh on the register at removal"))
        self.below_combo = QComboBox(self)
        self.below_combo.setObjectName("below_combo")
        self.below_combo.addItem(self.tr("— (the reading is not below the last one)"), None)
        for code, text in BELOW_LAST_REASONS.items():
            self.below_combo.addItem(QCoreApplication.translate("station", text), code)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("reason_combo")
        self.reason_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reason_combo.addItem(self.tr("— choose the reason —"), None)
        for code, text in REMOVAL_REASONS.items():
            self.reason_combo.addItem(QCoreApplication.translate("station", text), code)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.date_edit = date_edit(self)
        # The reading first (what the fitter reads off the meter), the date last: it is today as a rule.
        self.add_row(self.tr("Closing reading"), self.reading_edit)
        self.add_row(self.tr("Below the last reading because"), self.below_combo)
        self.add_row(self.tr("Reason"), self.reason_combo)
        self.add_row(self.tr("Note"), self.note_edit)
        self.add_row(self.tr("Removed on"), self.date_edit)
        self.fields = {"reading": self.reading_edit, "below_last": self.below_combo, "reason": self.reason_combo,
                       "happened_on": self.date_edit, "status": self.reading_edit}
        self.watch(self.date_edit, self.reading_edit, self.below_combo, self.reason_combo, self.note_edit)
        self.revalidate()
        self.reading_edit.setFocus()

    def problems(self) -> list[str]:
        found: list[str] = []
        found += reading_problems(self.reading_edit.text(),
                                  self.tr("The closing register reading is required"))
        found += problem_texts(closing_reading_problems(parse_reading(self.reading_edit.text()), self.last,
                                                        self.below_combo.currentData()))
        if self.reason_combo.currentData() is None:
            found.append(self.tr("Give the reason for the removal"))
        return found

    def notes(self) -> list[str]:
        question = reading_question(parse_reading(self.reading_edit.text()), getattr(self, "context", None))
        return [message_text(question)] if question is not None else []

    def value(self) -> RemoveRequest:
        reading = parse_reading(self.reading_edit.text())
        assert reading is not None  # OK is disabled until it parses
        return RemoveRequest(to_date(self.date_edit.date()), reading,
                             reason_text(self.reason_combo.currentData(), self.note_edit.text()),
                             self.below_combo.currentData())


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_remove
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.dialogs.asset_preview import sample_asset

    app = QApplication(sys.argv)
    print(RemoveDialog.ask(None, sample_asset(status="installed")))
