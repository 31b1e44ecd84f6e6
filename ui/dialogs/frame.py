"""The frame every form dialog shares: OK/Cancel wired to accept/reject, and the red line of problems above it.

    self.problem_label = problem_label(self)
    self.buttons, self.ok_button = ok_cancel(self)
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

#: The colour of every refusal and problem line (the Material "error" red, readable on white and grey).
PROBLEM_STYLE = "color: #b00020;"


def problem_label(parent: QWidget, text: str = "", *, name: str = "problem_label") -> QLabel:
    """A wrapped red label for the reasons a save was refused (empty until there is one)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    return label


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (renamed to `ok_text` when given) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
