"""First start of an installed program: create an empty station (name, code) or open the demo station."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.frame import ok_cancel


@dataclass(frozen=True, slots=True)
class FirstRunChoice:
    demo: bool
    station_name: str = ""
    station_code: str = ""


class FirstRunDialog(QDialog):
    """Returns a FirstRunChoice through `ask`; main.py then creates or generates the database."""

    def __init__(self, parent: QWidget | None = None, *, data_location: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Station Workstation"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("No station database is set up on this computer yet. What would you like to do?"),
                       self)
        intro.setWordWrap(True)
        self.empty_radio = QRadioButton(self.tr("Create an empty station"), self)
        self.demo_radio = QRadioButton(self.tr("Open the demo station (generated now; for trying the program)"),
                                       self)
        group = QButtonGroup(self)
        group.addButton(self.empty_radio)
        group.addButton(self.demo_radio)
        self.empty_radio.setChecked(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. 城关供电所"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("e.g. 3301"))
        form = QFormLayout()
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Station name:"), self.name_edit)
        form.addRow(self.tr("Station code:"), self.code_edit)
        where = QLabel(self.tr("The data will live in: %1\n(change it later under Settings, e.g. to a "
                               "PostgreSQL server shared by several counters)").replace("%1", data_location), self)
        where.setWordWrap(True)
        where.setStyleSheet("color: #555;")
        self.buttons, self.ok_button = ok_cancel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.empty_radio)
        lay.addLayout(form)
        lay.addWidget(self.demo_radio)
        lay.addWidget(where)
        lay.addWidget(self.buttons)
        for w in (self.name_edit,):
            w.textChanged.connect(self._update)
        self.empty_radio.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        empty = self.empty_radio.isChecked()
        self.name_edit.setEnabled(empty)
        self.code_edit.setEnabled(empty)
        # An empty station needs its name: it heads every printed ledger.
        self.ok_button.setEnabled(not empty or bool(self.name_edit.text().strip()))

    def value(self) -> FirstRunChoice:
        if self.demo_radio.isChecked():
            return FirstRunChoice(demo=True)
        return FirstRunChoice(False, self.name_edit.text().strip(), self.code_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None = None, *, data_location: str = "") -> FirstRunChoice | None:
        dlg = cls(parent, data_location=data_location)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.first_run
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(FirstRunDialog.ask(None, data_location="~/.local/share/StationWorkstation"))
