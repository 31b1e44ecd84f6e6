"""Record a verification (检定): date, result pass/fail, certificate no., measured error."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from station.domain.rows import AssetRow
from ui.dialogs.asset_common import StepDialog, asset_summary, date_edit, parse_reading, to_date


@dataclass(frozen=True, slots=True)
class VerifyRequest:
    """The arguments of `actions.verify_asset` after the asset id."""

    on: dt.date
    result: str  # pass | fail
    certificate_no: str | None
    error_pct: Decimal | None
    reason: str


class VerifyDialog(StepDialog):
    """Returns a VerifyRequest through `ask`. A pass needs its certificate number (the lab issues one)."""

    def __init__(self, parent: QWidget | None, asset: AssetRow) -> None:
        super().__init__(parent, self.tr("Record a verification"),
                         f"<b>{asset.asset_no}</b><br>{asset_summary(asset)}")
        self.date_edit = date_edit(self)
        self.pass_radio = QRadioButton(self.tr("Pass"), self)
        self.fail_radio = QRadioButton(self.tr("Fail"), self)
        self.pass_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.pass_radio)
        group.addButton(self.fail_radio)
        results = QHBoxLayout()
        results.addWidget(self.pass_radio)
        results.addWidget(self.fail_radio)
        results.addStretch(1)
        self.certificate_edit = QLineEdit(self)
        self.certificate_edit.setObjectName("certificate_edit")
        self.error_edit = QLineEdit(self)
        self.error_edit.setPlaceholderText(self.tr("optional, e.g. -0.12"))
        self.note_edit = QLineEdit(self)
        self.add_row(self.tr("Verified on"), self.date_edit)
        self.add_row(self.tr("Result"), results)
        self.add_row(self.tr("Certificate no."), self.certificate_edit)
        self.add_row(self.tr("Error (%)"), self.error_edit)
        self.add_row(self.tr("Note"), self.note_edit)
        self.watch(self.date_edit, self.pass_radio, self.certificate_edit, self.error_edit)
        self.revalidate()

    def problems(self) -> list[str]:
        found: list[str] = []
        if self.pass_radio.isChecked() and not self.certificate_edit.text().strip():
            found.append(self.tr("A passed verification needs its certificate number"))
        if self.error_edit.text().strip() and parse_reading(self.error_edit.text()) is None:
            found.append(self.tr("The error is a number of percent, e.g. -0.12"))
        return found

    def value(self) -> VerifyRequest:
        error = parse_reading(self.error_edit.text()) if self.error_edit.text().strip() else None
        return VerifyRequest(to_date(self.date_edit.date()), "pass" if self.pass_radio.isChecked() else "fail",
                             self.certificate_edit.text().strip() or None, error, self.note_edit.text().strip())

    def stale_mine(self) -> dict[str, object]:
        """Beside the asset as saved now when someone else verified it first (ui.dialogs.saving)."""
        v = self.value()
        return {"verified_on": v.on, "verification_result": v.result, "certificate_no": v.certificate_no}


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_verify
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.dialogs.asset_preview import sample_asset

    app = QApplication(sys.argv)
    print(VerifyDialog.ask(None, sample_asset()))
