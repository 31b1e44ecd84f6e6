"""What an empty station shows instead of an empty ledger: what to do first, with the buttons that do it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

#: The program a new window runs: the frozen app itself, or main.py beside the ui package.
MAIN_PY = Path(__file__).resolve().parents[2] / "main.py"


def open_demo_window(language: str) -> bool:
    """Start the program again on the demo station (generated on its first use) in a window of its own."""
    args = ["--demo", "--lang", language]
    if getattr(sys, "frozen", False):
        return bool(QProcess.startDetached(sys.executable, args))
    return bool(QProcess.startDetached(sys.executable, [str(MAIN_PY), *args]))


class EmptyStationPanel(QFrame):
    """Emits `chosen(key)`: "import_customers", "new_customer", "import_readings", "enter_readings", "areas",
    "demo". The page shows it while the station has no customer at all (not when a filter matches none)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty_station")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("This station has no customers yet. What to do first:"), self)
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        steps = (
            (self.tr("1. The customer ledger: import the marketing system's export (xlsx or csv; 台区 and "
                     "metering points come with it), or enter customers one by one."),
             (("import_customers", self.tr("Import customers…")), ("new_customer", self.tr("New customer…")))),
            (self.tr("2. The monthly readings: import the collection system's file, or type a customer's "
                     "months by hand (select the customer first)."),
             (("import_readings", self.tr("Import monthly readings…")),)),
            (self.tr("3. 台区 that no file brings: create them by hand, with feeder, transformer and gateway meter."),
             (("areas", self.tr("台区…")),)),
            (self.tr("To look around first: the demo station opens in a window of its own (this station stays "
                     "as it is)."),
             (("demo", self.tr("Open the demo station")),)),
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.buttons: dict[str, QPushButton] = {}
        for row, (text, buttons) in enumerate(steps):
            lab = QLabel(text, self)
            lab.setWordWrap(True)
            grid.addWidget(lab, row, 0)
            for col, (key, caption) in enumerate(buttons, 1):
                button = QPushButton(caption, self)
                button.setObjectName(f"empty:{key}")
                button.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
                self.buttons[key] = button
                grid.addWidget(button, row, col)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addWidget(title)
        lay.addLayout(grid)
        lay.addStretch(1)
