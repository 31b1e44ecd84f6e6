"""Raise 稽查工作传票 for the selected findings: the responsible person, the reply deadline (the rule's default,
with its source) and an optional theme. Saves itself (ui/dialogs/saving.py): a refusal keeps the input."""

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
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.frame import ok_cancel_to, problem_label
from ui.dialogs.order_new import date_edit, date_of
from ui.dialogs.saving import SavesItself


@dataclass(frozen=True, slots=True)
class RaiseInput:
    responsible: str
    reply_by: dt.date
    theme: str


class RaiseTicketsDialog(SavesItself, QDialog):
    def __init__(self, parent: QWidget | None, count: int, names: Sequence[str], reply_by: dt.date,
                 source: str) -> None:
        super().__init__(parent)
        self.setObjectName("raise_tickets_dialog")
        self.setWindowTitle(self.tr("Raise audit tickets"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("%n selected finding(s): one audit ticket each.", "", count), self)
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("ticket_responsible")
        self.responsible_combo.addItem(self.tr("— assign later —"), "")
        for name in names:
            self.responsible_combo.addItem(name, name)
        self.reply_by_edit = date_edit(self, reply_by)
        self.reply_by_edit.setObjectName("ticket_reply_by")
        source_label = QLabel(self.tr("Default from the rule: %1").replace("%1", source), self)
        source_label.setWordWrap(True)
        source_label.setStyleSheet("color: #555;")
        self.theme_edit = QLineEdit(self)
        self.theme_edit.setObjectName("ticket_theme")
        self.theme_edit.setPlaceholderText(self.tr("Default: the check's title"))
        form = QFormLayout()
        form.addRow(self.tr("Responsible person"), self.responsible_combo)
        form.addRow(self.tr("Reply by"), self.reply_by_edit)
        form.addRow("", source_label)
        form.addRow(self.tr("Theme"), self.theme_edit)
        self.problem_label = problem_label(self, name="problems")
        self.fields = {"responsible": self.responsible_combo, "reply_by": self.reply_by_edit}
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.problem_label)
        self.buttons, self.ok_button = ok_cancel_to(lay, self, on_ok=self.save_or_accept)

    def value(self) -> RaiseInput:
        return RaiseInput(str(self.responsible_combo.currentData() or ""), date_of(self.reply_by_edit),
                          self.theme_edit.text().strip())

    def revalidate(self) -> None:
        self.ok_button.setEnabled(True)
        self.problem_label.setText("")


if __name__ == "__main__":  # a look at the dialog on its own
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    RaiseTicketsDialog(None, 3, ["王强", "陈静"], dt.date.today(), "10个工作日：营销稽查工作惯例").exec()
