"""Small helpers shared by the detail widgets: value formatting and a two-column read-only form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


def fmt(value: Any) -> str:
    """A value as a clerk reads it: dates ISO, decimals without trailing zeros, None as empty."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


class FieldGrid(QWidget):
    """Label/value pairs in `columns` pairs per line; values are selectable so a clerk can copy them."""

    def __init__(self, keys: list[tuple[str, str]], columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for i, (key, title) in enumerate(keys):
            r, c = divmod(i, columns)
            name = QLabel(title + ":", self)
            name.setStyleSheet("color: #555;")
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel(self)
            value.setObjectName(f"value:{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, r, 2 * c)
            grid.addWidget(value, r, 2 * c + 1)
            self._values[key] = value
            self._names[key] = name
        for c in range(columns):
            grid.setColumnStretch(2 * c + 1, 1)

    def set_values(self, values: dict[str, Any]) -> None:
        for key, lab in self._values.items():
            lab.setText(fmt(values.get(key)))

    def value_text(self, key: str) -> str:
        return self._values[key].text()

    def set_row_visible(self, key: str, visible: bool) -> None:
        self._values[key].setVisible(visible)
        self._names[key].setVisible(visible)


def radio_row(parent: QWidget, *buttons: QAbstractButton, vertical: bool = False) -> tuple[QBoxLayout, QButtonGroup]:
    """`buttons` as one exclusive choice, side by side (a stretch after them) or one under the other."""
    group = QButtonGroup(parent)
    lay: QBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()
    for b in buttons:
        group.addButton(b)
        lay.addWidget(b)
    if not vertical:
        lay.addStretch(1)
    return lay, group
