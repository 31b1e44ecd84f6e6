"""Record a done item of the due list: on-site test, PT voltage-drop test, HV CT/PT check or inspection visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station.due import DueItem, DueKind
from ui.dialogs.frame import ok_cancel, problem_label
from ui.text import problems_text
from ui.widgets.common import radio_row

#: The kinds a completion is recorded for here; rotation is a meter swap, sampling has its own dialog.
COMPLETABLE = (DueKind.ONSITE, DueKind.PTDROP, DueKind.CTPT, DueKind.INSPECTION)


@dataclass(frozen=True, slots=True)
class CompletionDraft:
    """The arguments of station.due.record_completion."""

    kind: str
    target_id: int
    on: dt.date
    result: str | None
    error_pct: Decimal | None
    note: str


class CompletionDialog(QDialog):
    """Date (today by default, never later), result, error % where the kind has one, and a note."""

    def __init__(self, item: DueItem, operator: str, parent: QWidget | None = None, problems: Any = None) -> None:
        super().__init__(parent)
        self.item = item
        kind = DueKind(item.kind)
        titles = {
            DueKind.ONSITE: self.tr("Record on-site test"),
            DueKind.PTDROP: self.tr("Record PT voltage-drop test"),
            DueKind.CTPT: self.tr("Record HV CT/PT on-site check"),
            DueKind.INSPECTION: self.tr("Record inspection visit"),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(420)
        target = item.target_no if not item.customer_name else f"{item.target_no}  {item.customer_name}"
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("completion_date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())  # record_completion refuses future dates
        self.date_edit.setDate(QDate.currentDate())
        if kind is DueKind.INSPECTION:
            self.pass_button = QRadioButton(self.tr("No problem found"), self)
            self.fail_button = QRadioButton(self.tr("Problems found"), self)
        else:
            self.pass_button = QRadioButton(self.tr("Pass"), self)
            self.fail_button = QRadioButton(self.tr("Fail"), self)
        self.pass_button.setObjectName("result_pass")
        self.fail_button.setObjectName("result_fail")
        results, self.result_group = radio_row(self, self.pass_button, self.fail_button)
        for b in (self.pass_button, self.fail_button):
            b.toggled.connect(self._check)
        self.error_edit = QLineEdit(self)
        self.error_edit.setObjectName("completion_error")
        self.error_edit.setPlaceholderText("-0.35")
        self.error_edit.textChanged.connect(self._check)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("completion_note")
        form = QFormLayout()
        form.addRow(self.tr("Target:"), QLabel(target, self))
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Result:"), results)
        if kind is DueKind.PTDROP:
            form.addRow(self.tr("Voltage drop (%):"), self.error_edit)
        elif kind in (DueKind.ONSITE, DueKind.CTPT):
            form.addRow(self.tr("Error (%):"), self.error_edit)
        else:
            self.error_edit.hide()
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Operator:"), QLabel(operator, self))
        hint = QLabel(self.tr("A failed on-site test makes the meter urgent: replace it within 3 working days."),
                      self) if kind is DueKind.ONSITE else None
        self.problem_label = problem_label(self)
        self.buttons, self.ok_button = ok_cancel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        if hint is not None:
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            lay.addWidget(hint)
        lay.addWidget(self.problem_label)
        lay.addWidget(self.buttons)
        self._check()
        if problems:
            self.problem_label.setText(problems_text(problems))

    def _error(self) -> Decimal | None | str:
        text = self.error_edit.text().strip().replace("％", "").replace("%", "")
        if not text or self.error_edit.isHidden():
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return text

    def _check(self) -> None:
        lines = []
        if self.result_group.checkedButton() is None:
            lines.append(self.tr("Choose the result."))
        if isinstance(self._error(), str):
            lines.append(self.tr("Type the error as a number, e.g. -0.35"))
        self.problem_label.setText("\n".join(lines))
        self.ok_button.setEnabled(not lines)

    def value(self) -> CompletionDraft:
        d = self.date_edit.date()
        checked = self.result_group.checkedButton()
        result = None if checked is None else ("pass" if checked is self.pass_button else "fail")
        error = self._error()
        assert self.item.target_id is not None
        return CompletionDraft(str(self.item.kind), self.item.target_id, dt.date(d.year(), d.month(), d.day()),
                               result, error if isinstance(error, Decimal) else None, self.note_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, item: DueItem, operator: str,
            problems: Any = None) -> CompletionDraft | None:
        dlg = cls(item, operator, parent, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.completion_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    from station.due import DueStatus

    app = QApplication(sys.argv)
    demo = DueItem(DueKind.ONSITE, "asset", 1, "1330001000000000000019", "1000000001", "东街厂", "T01",
                   dt.date(2024, 4, 10), DueStatus.OVERDUE, "DL/T 448-2016", None)
    print(CompletionDialog.ask(None, demo, "张三"))
