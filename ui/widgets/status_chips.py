"""The due list's counts per status as clickable chips, coloured like the rows of that status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from station.due import DueStatus
from ui.models.due_model import STATUS_COLOUR, status_text


class StatusChips(QWidget):
    """One checkable chip per DueStatus ("超期  12"); `chip_clicked(status)` when one is clicked."""

    chip_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.chips: dict[str, QPushButton] = {}
        for status in DueStatus:
            chip = QPushButton(self)
            chip.setObjectName(f"chip:{status}")
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            colour = STATUS_COLOUR.get(status, "#EEEEEE")
            chip.setStyleSheet(
                f"QPushButton {{ background: {colour}; color: #1A1A1A; border: 1px solid #B0B0B0;"
                " border-radius: 10px; padding: 3px 12px; }"
                " QPushButton:checked { border: 2px solid #1A1A1A; font-weight: bold; }")
            chip.clicked.connect(lambda _c=False, s=str(status): self.chip_clicked.emit(s))
            self.chips[str(status)] = chip
            lay.addWidget(chip)

    def show_counts(self, counts: dict[str, int], current: str | None) -> None:
        """Label each chip with its count and check the one of the `current` status filter."""
        for status, chip in self.chips.items():
            chip.setText(f"{status_text(status)}  {counts[status]:,}")
            chip.setChecked(current == status)
            # Nothing urgent is the normal case: hide that chip rather than show a red zero.
            chip.setVisible(status != DueStatus.URGENT or counts[status] > 0)
