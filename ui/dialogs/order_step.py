"""One small dialog for the steps that need a word more: a reason, a new date, a choice (where a case is
transferred, which document to issue), in any combination. Returns a StepInput; persists nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from station.domain.problems import Problem
from ui.dialogs.frame import refused_frame
from ui.dialogs.order_new import date_edit, date_of


@dataclass(frozen=True, slots=True)
class StepInput:
    reason: str = ""
    day: dt.date | None = None
    choice: str | None = None


class StepDialog(QDialog):
    """`ask(parent, title, prompt, reason=True, day=None, choices=None, …)`; `choices` are (code, text) pairs."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *, reason: bool, day: dt.date | None,
                 choices: Sequence[tuple[str, str]] | None, choice_label: str, previous: StepInput | None,
                 problems: Sequence[Problem] | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("step_dialog")
        form = QFormLayout()
        self.choice_combo: QComboBox | None = None
        self.reason_edit: QLineEdit | None = None
        self.day_edit = None
        if choices:
            self.choice_combo = QComboBox(self)
            self.choice_combo.setObjectName("step_choice")
            for code, text in choices:
                self.choice_combo.addItem(text, code)
            if previous and previous.choice:
                self.choice_combo.setCurrentIndex(max(0, self.choice_combo.findData(previous.choice)))
            form.addRow(choice_label or self.tr("Choice"), self.choice_combo)
        if day is not None:
            self.day_edit = date_edit(self, previous.day if previous and previous.day else day)
            self.day_edit.setObjectName("step_day")
            form.addRow(self.tr("Date"), self.day_edit)
        if reason:
            self.reason_edit = QLineEdit(previous.reason if previous else "", self)
            self.reason_edit.setObjectName("step_reason")
            self.reason_edit.setMinimumWidth(320)
            form.addRow(self.tr("Reason"), self.reason_edit)
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        prompt_label.setVisible(bool(prompt))
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, prompt_label, form)

    def value(self) -> StepInput:
        return StepInput(reason=self.reason_edit.text().strip() if self.reason_edit else "",
                         day=date_of(self.day_edit) if self.day_edit is not None else None,
                         choice=str(self.choice_combo.currentData()) if self.choice_combo else None)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str = "", *, reason: bool = True,
            day: dt.date | None = None, choices: Sequence[tuple[str, str]] | None = None, choice_label: str = "",
            previous: StepInput | None = None, problems: Sequence[Problem] | None = None) -> StepInput | None:
        dlg = cls(parent, title, prompt, reason=reason, day=day, choices=choices, choice_label=choice_label,
                  previous=previous, problems=problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None
