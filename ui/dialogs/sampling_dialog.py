"""Record a batch sampling result (model + maker + verification year): a pass extends the batch, a fail rotates it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.frame import ok_cancel, problem_label
from ui.text import problems_text
from ui.widgets.common import radio_row


@dataclass(frozen=True, slots=True)
class SamplingDraft:
    """The arguments of station.due.record_sampling."""

    model: str
    maker: str
    year: int
    on: dt.date
    result: str
    note: str


def batch_of_target(target_no: str) -> tuple[str, str, int] | None:
    """The batch a sampling item names ("model / maker / year", as station.due writes it)."""
    parts = target_no.rsplit(" / ", 2)
    if len(parts) != 3 or not parts[2].isdigit():
        return None
    return parts[0], parts[1], int(parts[2])


class SamplingDialog(QDialog):
    """Batch, sampling date (today by default), pass or fail, note."""

    def __init__(self, parent: QWidget | None = None, batch: tuple[str, str, int] | None = None,
                 operator: str = "", problems: Any = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record batch sampling"))
        self.setMinimumWidth(420)
        self.model_edit = QLineEdit(self)
        self.model_edit.setObjectName("sampling_model")
        self.maker_edit = QLineEdit(self)
        self.maker_edit.setObjectName("sampling_maker")
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("sampling_year")
        self.year_spin.setRange(1990, dt.date.today().year)
        self.year_spin.setValue(dt.date.today().year - 7)
        if batch is not None:
            self.model_edit.setText(batch[0])
            self.maker_edit.setText(batch[1])
            self.year_spin.setValue(batch[2])
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.pass_button = QRadioButton(self.tr("Pass (extends the batch's service life)"), self)
        self.fail_button = QRadioButton(self.tr("Fail (the whole batch is due for rotation)"), self)
        self.pass_button.setObjectName("result_pass")
        self.fail_button.setObjectName("result_fail")
        results, self.result_group = radio_row(self, self.pass_button, self.fail_button, vertical=True)
        for b in (self.pass_button, self.fail_button):
            b.toggled.connect(self._check)
        self.note_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Model:"), self.model_edit)
        form.addRow(self.tr("Maker:"), self.maker_edit)
        form.addRow(self.tr("Verification year:"), self.year_spin)
        form.addRow(self.tr("Sampled on:"), self.date_edit)
        form.addRow(self.tr("Result:"), results)
        form.addRow(self.tr("Note:"), self.note_edit)
        if operator:
            form.addRow(self.tr("Operator:"), QLabel(operator, self))
        self.problem_label = problem_label(self)
        self.buttons, self.ok_button = ok_cancel(self)
        for edit in (self.model_edit, self.maker_edit):
            edit.textChanged.connect(self._check)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem_label)
        lay.addWidget(self.buttons)
        self._check()
        if problems:
            self.problem_label.setText(problems_text(problems))

    def _check(self) -> None:
        lines = []
        if not self.model_edit.text().strip() or not self.maker_edit.text().strip():
            lines.append(self.tr("Name the batch: model and maker."))
        if self.result_group.checkedButton() is None:
            lines.append(self.tr("Choose the result."))
        self.problem_label.setText("\n".join(lines))
        self.ok_button.setEnabled(not lines)

    def value(self) -> SamplingDraft:
        d = self.date_edit.date()
        return SamplingDraft(self.model_edit.text().strip(), self.maker_edit.text().strip(), self.year_spin.value(),
                             dt.date(d.year(), d.month(), d.day()),
                             "pass" if self.pass_button.isChecked() else "fail", self.note_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, batch: tuple[str, str, int] | None = None, operator: str = "",
            problems: Any = None) -> SamplingDraft | None:
        dlg = cls(parent, batch, operator, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.sampling_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(SamplingDialog.ask(None, ("DDZY71", "华立", 2018), "张三"))
