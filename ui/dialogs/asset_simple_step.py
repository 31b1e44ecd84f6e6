"""Issue, return to stock, mark for scrapping, scrap: a date and a reason (required for scrapping)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from station.domain.codes import EventKind
from station.domain.rows import AssetRow
from station.i18n import QT_TRANSLATE_NOOP
from ui.dialogs.asset_common import StepDialog, asset_summary, date_edit, to_date

_CTX = "SimpleStepDialog"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below
#: Window title, the reason's label and whether the reason is required, per step.
STEPS: dict[str, tuple[str, str, bool]] = {
    EventKind.ISSUED: (QT_TRANSLATE_NOOP("SimpleStepDialog", "Issue for installation"),
                       QT_TRANSLATE_NOOP("SimpleStepDialog", "Issued to / work order"), False),
    EventKind.RETURNED: (QT_TRANSLATE_NOOP("SimpleStepDialog", "Return to stock"),
                         QT_TRANSLATE_NOOP("SimpleStepDialog", "Reason"), False),
    EventKind.TO_SCRAP: (QT_TRANSLATE_NOOP("SimpleStepDialog", "Mark for scrapping"),
                         QT_TRANSLATE_NOOP("SimpleStepDialog", "Reason"), True),
    EventKind.SCRAPPED: (QT_TRANSLATE_NOOP("SimpleStepDialog", "Scrap"),
                         QT_TRANSLATE_NOOP("SimpleStepDialog", "Scrapping record / note"), False),
}


@dataclass(frozen=True, slots=True)
class StepRequest:
    on: dt.date
    reason: str


class SimpleStepDialog(StepDialog):
    """Returns a StepRequest through `ask(parent, kind, asset)`."""

    def __init__(self, parent: QWidget | None, kind: str, asset: AssetRow) -> None:
        title, reason_label, self._reason_required = STEPS[kind]
        super().__init__(parent, QCoreApplication.translate(_CTX, title), f"<b>{asset.asset_no}</b><br>{asset_summary(asset)}")
        self.kind = kind
        self.date_edit = date_edit(self)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        if kind == EventKind.TO_SCRAP:
            self.reason_edit.setPlaceholderText(self.tr("e.g. failed verification, damaged, obsolete model"))
        self.add_row(self.tr("Date"), self.date_edit)
        self.add_row(QCoreApplication.translate(_CTX, reason_label), self.reason_edit)
        self.watch(self.date_edit, self.reason_edit)
        self.revalidate()

    def problems(self) -> list[str]:
        if self._reason_required and not self.reason_edit.text().strip():
            return [self.tr("A reason for scrapping is required")]
        return []

    def value(self) -> StepRequest:
        return StepRequest(to_date(self.date_edit.date()), self.reason_edit.text().strip())


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_simple_step
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.dialogs.asset_preview import sample_asset

    app = QApplication(sys.argv)
    print(SimpleStepDialog.ask(None, EventKind.TO_SCRAP, sample_asset()))
