"""Pieces of a ledger page's filter bar: the debounced search box, compact filter combos, the count label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QLineEdit, QWidget

#: Typing pauses this long before the ledger re-queries (STYLE 15): one query per word, not per key.
SEARCH_DEBOUNCE_MS = 250


def search_edit(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    return edit


def debounce(parent: QWidget, edits: list[QLineEdit], slot: Callable[[], None]) -> QTimer:
    """Call `slot` SEARCH_DEBOUNCE_MS after the last key stroke in any of `edits`, or at once on Enter."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DEBOUNCE_MS)
    timer.timeout.connect(slot)
    for edit in edits:
        edit.textChanged.connect(lambda _t: timer.start())
        edit.returnPressed.connect(slot)
    return timer


def filter_combo(parent: QWidget, chars: int) -> QComboBox:
    """A combo sized to typical entries (`chars` characters), not its longest: a 台区 name can run to twenty."""
    combo = QComboBox(parent)
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def count_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet("font-weight: bold;")
    return label


def add_labelled(bar: QBoxLayout, parent: QWidget, fields: list[tuple[str, QWidget]]) -> None:
    """Add each filter to `bar` behind its "Label:" (the label's buddy, so its mnemonic focuses it)."""
    for text, widget in fields:
        lab = QLabel(text + ":", parent)
        lab.setBuddy(widget)
        bar.addWidget(lab)
        bar.addWidget(widget)


def reset_quietly(combos: list[QComboBox], edits: list[QLineEdit]) -> None:
    """Back to "All" and empty text without a re-query per widget: the caller sets the filter once."""
    for combo in combos:
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
    for edit in edits:
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)
