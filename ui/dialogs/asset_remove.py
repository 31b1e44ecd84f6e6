"""Remove an asset from its metering point (拆除): date, closing register reading (required), reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from station.domain.rows import AssetRow
from station.i18n import QT_TRANSLATE_NOOP
from ui.dialogs.asset_common import (
    StepDialog,
    asset_summary,
    date_edit,
    parse_reading,
    reading_problems,
    to_date,
)

#: Reasons offered (the field stays editable): the usual causes of a removal at a station.
REASONS = (
    QT_TRANSLATE_NOOP("RemoveDialog", "Rotation (service period ended)"),
    QT_TRANSLATE_NOOP("RemoveDialog", "Fault"),
    QT_TRANSLATE_NOOP("RemoveDialog", "Account closed"),
    QT_TRANSLATE_NOOP("RemoveDialog", "Capacity change"),
    QT_TRANSLATE_NOOP("RemoveDialog", "Suspected tampering"),
)


@dataclass(frozen=True, slots=True)
class RemoveRequest:
    on: dt.date
    reading: Decimal
    reason: str


class RemoveDialog(StepDialog):
    """Returns a RemoveRequest through `ask`; OK stays disabled until the closing reading is a number."""

    def __init__(self, parent: QWidget | None, asset: AssetRow) -> None:
        where = f"{asset.account_no or ''} {asset.customer_name or ''}".strip()
        intro = f"<b>{asset.asset_no}</b><br>{asset_summary(asset)}"
        if where:
            intro += "<br>" + self.tr("Installed at %1").replace("%1", where)
        super().__init__(parent, self.tr("Remove from the metering point"), intro)
        self.date_edit = date_edit(self)
        self.reading_edit = QLineEdit(self)
        self.reading_edit.setObjectName("reading_edit")
        self.reading_edit.setPlaceholderText(self.tr("kWh on the register at removal"))
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reason_combo.addItems([QCoreApplication.translate("RemoveDialog", r) for r in REASONS])
        self.add_row(self.tr("Removed on"), self.date_edit)
        self.add_row(self.tr("Closing reading"), self.reading_edit)
        self.add_row(self.tr("Reason"), self.reason_combo)
        self.watch(self.date_edit, self.reading_edit, self.reason_combo.lineEdit())
        self.revalidate()
        self.reading_edit.setFocus()

    def problems(self) -> list[str]:
        found: list[str] = []
        found += reading_problems(self.reading_edit.text(),
                                  self.tr("The closing register reading is required"))
        if not self.reason_combo.currentText().strip():
            found.append(self.tr("Give the reason for the removal"))
        return found

    def value(self) -> RemoveRequest:
        reading = parse_reading(self.reading_edit.text())
        assert reading is not None  # OK is disabled until it parses
        return RemoveRequest(to_date(self.date_edit.date()), reading, self.reason_combo.currentText().strip())


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_remove
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.dialogs.asset_preview import sample_asset

    app = QApplication(sys.argv)
    print(RemoveDialog.ask(None, sample_asset(status="installed")))
