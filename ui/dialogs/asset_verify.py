"""Record a verification (检定): date, result pass/fail, certificate no., measured error."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit, QWidget

from station.domain.rows import AssetRow
from ui.dialogs.asset_common import StepDialog, VerificationFields, asset_summary, date_edit, to_date


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
        self.add_row(self.tr("Verified on"), self.date_edit)
        self.verification = VerificationFields(self)
        self.note_edit = QLineEdit(self)
        self.add_row(self.tr("Note"), self.note_edit)
        self.watch(self.date_edit, *self.verification.watched)
        self.revalidate()

    def problems(self) -> list[str]:
        return self.verification.problems()

    def value(self) -> VerifyRequest:
        v = self.verification
        return VerifyRequest(to_date(self.date_edit.date()), v.result, v.certificate_no, v.error_pct,
                             self.note_edit.text().strip())

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
