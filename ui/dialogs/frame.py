"""The frame every form dialog shares: OK/Cancel wired to accept/reject, and the red line of problems above it.

    self.problem_label = problem_label(self)
    self.buttons, self.ok_button = ok_cancel(self)               # or ok_cancel(self, on_ok=self.save_or_accept)

A dialog the caller re-opens after a refusal (the work-order and holiday dialogs: they return a value, the
caller runs the action and asks again with the same input and every reason) takes the whole frame at once:

    self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, form, other_widget)

A dialog that only shows something closes with `close_only(self)`; extra buttons join the box with
`add_button(buttons, text, role, name)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.problems import Problem
from ui.text import problems_text

#: The colour of every refusal and problem line (the Material "error" red, readable on white and grey).
PROBLEM_STYLE = "color: #b00020;"


def problem_label(parent: QWidget, text: str = "", *, name: str = "problem_label",
                  selectable: bool = False) -> QLabel:
    """A wrapped red label for the reasons a save was refused (empty until there is one); `selectable`: the
    clerk can copy a reason (an asset number) out of it."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def refusal_label(parent: QWidget, problems: Sequence[Problem] | None, *, name: str = "problems") -> QLabel:
    """The red lines at the top of a re-opened dialog: every reason the last try was refused (hidden: none)."""
    label = problem_label(parent, problems_text(problems or ()), name=name)
    label.setVisible(bool(problems))
    return label


def ok_cancel(dialog: QDialog, ok_text: str | None = None, *,
              on_ok: Callable[[], object] | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (renamed to `ok_text` when given) and Cancel, wired to the dialog's accept (or `on_ok`) and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text:
        ok.setText(ok_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def ok_cancel_to(layout: QBoxLayout, dialog: QDialog, ok_text: str | None = None, *,
                 on_ok: Callable[[], object] | None = None) -> tuple[QDialogButtonBox, QPushButton]:
    """`ok_cancel`, added at the end of `layout`."""
    buttons, ok = ok_cancel(dialog, ok_text, on_ok=on_ok)
    layout.addWidget(buttons)
    return buttons, ok


def close_only(dialog: QDialog) -> QDialogButtonBox:
    """A single Close button for a dialog that shows and saves nothing (Esc closes it too)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_button(buttons: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole,
               name: str = "") -> QPushButton:
    """A push button of `role` in the box (its objectName `name` for tests and styles)."""
    button = QPushButton(text, buttons)
    if name:
        button.setObjectName(name)
    buttons.addButton(button, role)
    return button


def refused_frame(dialog: QDialog, problems: Sequence[Problem] | None, *parts: QWidget | QLayout,
                  stretch: bool = False) -> tuple[QDialogButtonBox, QPushButton, QLabel]:
    """Lay `dialog` out as the refusal lines on top, `parts` in order (a stretch after them when asked),
    and OK/Cancel below; returns the buttons, OK and the refusal label."""
    lay = QVBoxLayout(dialog)
    label = refusal_label(dialog, problems)
    lay.addWidget(label)
    for part in parts:
        if isinstance(part, QLayout):
            lay.addLayout(part)
        else:
            lay.addWidget(part)
    if stretch:
        lay.addStretch(1)
    return (*ok_cancel_to(lay, dialog), label)
