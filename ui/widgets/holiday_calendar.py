"""The rules page's 节假日 tab: the working-day calendar every deadline in working days counts with (public
holidays 放假 and adjusted working days 调休上班), by year; a supervisor adds, changes and removes days
(station.actions.holidays, audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.holidays import HOLIDAY, KINDS, HolidayRow
from station.i18n import QT_TRANSLATE_NOOP
from station.workspace import Workspace
from ui import ops
from ui.dialogs.frame import refused_frame
from ui.dialogs.order_new import date_edit, date_of
from ui.jobs import Job, JobRunner
from ui.models.order_models import station_text
from ui.models.row_table import RowColumn, RowTableModel
from ui.text import problems_of

_WEEKDAYS = (QT_TRANSLATE_NOOP("HolidayModel", "Mon"), QT_TRANSLATE_NOOP("HolidayModel", "Tue"),
             QT_TRANSLATE_NOOP("HolidayModel", "Wed"), QT_TRANSLATE_NOOP("HolidayModel", "Thu"),
             QT_TRANSLATE_NOOP("HolidayModel", "Fri"), QT_TRANSLATE_NOOP("HolidayModel", "Sat"),
             QT_TRANSLATE_NOOP("HolidayModel", "Sun"))


def _weekday(day: dt.date) -> str:
    return QCoreApplication.translate("HolidayModel", _WEEKDAYS[day.weekday()])


class HolidayModel(RowTableModel):
    context = "HolidayModel"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("HolidayModel", "Date"), lambda r: r.day.isoformat(), sort=lambda r: r.day),
        RowColumn(QT_TRANSLATE_NOOP("HolidayModel", "Weekday"), lambda r: _weekday(r.day)),
        RowColumn(QT_TRANSLATE_NOOP("HolidayModel", "Kind"), lambda r: station_text(KINDS, r.kind)),
        RowColumn(QT_TRANSLATE_NOOP("HolidayModel", "Name"), lambda r: r.name),
        RowColumn(QT_TRANSLATE_NOOP("HolidayModel", "Source"), lambda r: r.source, tooltip=lambda r: r.source),
    )


class HolidayDialog(QDialog):
    """`ask(parent, previous, problems)` → (day, kind, name) or None; persists nothing."""

    def __init__(self, parent: QWidget | None, previous: tuple[dt.date, str, str] | None,
                 problems: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Holiday calendar"))
        self.day_edit = date_edit(self, previous[0] if previous else dt.date.today())
        self.kind_combo = QComboBox(self)
        for code in KINDS:
            self.kind_combo.addItem(station_text(KINDS, code), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(previous[1] if previous else HOLIDAY)))
        self.name_edit = QLineEdit(previous[2] if previous else "", self)
        self.name_edit.setPlaceholderText(self.tr("e.g. 国庆节"))
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, form)

    def value(self) -> tuple[dt.date, str, str]:
        return date_of(self.day_edit), str(self.kind_combo.currentData()), self.name_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, previous: tuple[dt.date, str, str] | None = None,
            problems: Any = None) -> tuple[dt.date, str, str] | None:
        dlg = cls(parent, previous, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


class HolidaysTab(QWidget):
    """Signals for tests: `loaded(int)` (rows shown), `saved()` after a write and the reload."""

    loaded = Signal(int)
    saved = Signal()

    def __init__(self, workspace: Workspace, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.model = HolidayModel(self)
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("holiday_year")
        this = dt.date.today().year
        for year in range(this - 2, this + 3):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(this))
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view = QTableView(self)
        self.view.setObjectName("holiday_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((100, 60, 200, 160)):
            self.view.setColumnWidth(col, width)
        self.add_button = QPushButton(self.tr("Add day…"), self)
        self.add_button.setObjectName("holiday_add")
        self.add_button.clicked.connect(lambda: self.add())
        self.remove_button = QPushButton(self.tr("Remove day"), self)
        self.remove_button.setObjectName("holiday_remove")
        self.remove_button.clicked.connect(lambda: self.remove())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:"), self))
        bar.addWidget(self.year_combo)
        bar.addSpacing(16)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        note = QLabel(self.tr("Deadlines in working days (a faulty meter within 3 working days …) skip the public "
                              "holidays and count the adjusted working days (调休上班) listed here."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        lay.addWidget(note)

    def refresh(self) -> Job:
        return ops.read(self, self.runner, actions.load_holidays, self.workspace, self.year_combo.currentData(),
                        on_done=self._on_loaded, supersede="holidays")

    def _on_loaded(self, rows: list[HolidayRow]) -> None:
        self.model.set_rows(rows)
        self.loaded.emit(len(rows))

    def current(self) -> HolidayRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _saved(self) -> None:
        self.refresh()
        self.saved.emit()

    def add(self, previous: tuple[dt.date, str, str] | None = None, problems: Any = None) -> Job | None:
        got = HolidayDialog.ask(self, previous, problems)
        if got is None:
            return None

        def failed(exc: BaseException) -> None:
            found = problems_of(exc)
            if found:
                self.add(got, found)
            else:
                ops.show_failure(self, exc)

        return ops.write(self, self.runner, actions.set_holiday, self.workspace, *got,
                         on_done=lambda _r: self._saved(), on_failed=failed)

    def remove(self) -> Job | None:
        row = self.current()
        if row is None:
            return None
        asked = QMessageBox.question(self, self.tr("Remove day"), self.tr("Remove %1 (%2) from the calendar?")
                                     .replace("%1", row.day.isoformat()).replace("%2", row.name))
        if asked != QMessageBox.StandardButton.Yes:
            return None
        return ops.write(self, self.runner, actions.remove_holiday, self.workspace, row.day,
                         on_done=lambda _r: self._saved())
