"""Settings: station name and code (in the database), operator, language and database location (per user)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import ops
from ui.dialogs.frame import ok_cancel
from ui.jobs import Job

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class SettingsValues:
    station_name: str
    station_code: str
    operator: str
    language: str  # zh_CN | en
    db_location: str  # a SQLite file path or a PostgreSQL URL; "" = the default file


class SettingsDialog(QDialog):
    """Edits a SettingsValues; `ask` returns the new values, the caller saves them."""

    def __init__(self, parent: QWidget | None, current: SettingsValues, *, data_location: str = "",
                 logged_in: bool = False) -> None:
        super().__init__(parent)
        self._current = current
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.name_edit = QLineEdit(current.station_name, self)
        self.code_edit = QLineEdit(current.station_code, self)
        self.operator_edit = QLineEdit(current.operator, self)
        if logged_in:  # the audit log names the logged-in user, never a typed name (issue 12)
            self.operator_edit.setReadOnly(True)
            self.operator_edit.setToolTip(self.tr("The logged-in user: File → Switch user… to change"))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        self.db_edit = QLineEdit(current.db_location, self)
        self.db_edit.setPlaceholderText(self.tr("station.db in the user data folder"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)

        station = QGroupBox(self.tr("Station (shared by every counter)"), self)
        f1 = QFormLayout(station)
        f1.addRow(self.tr("Station name:"), self.name_edit)
        f1.addRow(self.tr("Station code:"), self.code_edit)
        user = QGroupBox(self.tr("This computer"), self)
        f2 = QFormLayout(user)
        f2.addRow(self.tr("Operator:"), self.operator_edit)
        lang_note = QLabel(self.tr("A new language takes effect when the program is restarted."), self)
        lang_note.setStyleSheet("color: #555;")
        f2.addRow(self.tr("Language:"), self.language_combo)
        f2.addRow("", lang_note)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_edit, 1)
        db_row.addWidget(browse)
        f2.addRow(self.tr("Database:"), db_row)
        db_note = QLabel(self.tr("A SQLite file for one PC, or a PostgreSQL URL "
                                 "(postgresql://user@server/station) shared by several counters. "
                                 "A new location takes effect when the program is restarted."), self)
        db_note.setWordWrap(True)
        db_note.setStyleSheet("color: #555;")
        f2.addRow("", db_note)
        self.where_label = QLabel(self.tr("The data now lives in: %1").replace("%1", data_location), self)
        self.where_label.setObjectName("where_label")
        self.where_label.setWordWrap(True)
        f2.addRow("", self.where_label)

        self.buttons, self.ok_button = ok_cancel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(station)
        lay.addWidget(user)
        lay.addWidget(self.buttons)
        self.operator_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        # The operator's name goes into every audit row: it cannot be blank.
        self.ok_button.setEnabled(bool(self.operator_edit.text().strip()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.db_edit.text(),
                                              self.tr("Station database (*.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.db_edit.setText(path)

    def value(self) -> SettingsValues:
        return replace(self._current, station_name=self.name_edit.text().strip(),
                       station_code=self.code_edit.text().strip(), operator=self.operator_edit.text().strip(),
                       language=str(self.language_combo.currentData()), db_location=self.db_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, current: SettingsValues, *, data_location: str = "",
            logged_in: bool = False) -> SettingsValues | None:
        dlg = cls(parent, current, data_location=data_location, logged_in=logged_in)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


class SettingsFlow(QObject):
    """Edit → Settings…: read the station settings, ask, save; every database step is an op off the UI thread.

    The station's name and code are written on the write thread (queued behind a running import instead of
    blocking the window on SQLite's lock); a new database URL is tried on the read pool before it is kept.
    `done` carries the (new) station name when the dialog was accepted, else None.
    """

    done = Signal(object)  #: str | None

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._restart: list[str] = []

    def start(self) -> Job:
        from station.actions import load_station_settings

        return ops.read(self.window, self.window.runner, load_station_settings, self.window.workspace,
                        on_done=self._ask, on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        ops.show_failure(self.window, exc)
        self.done.emit(None)

    def _ask(self, db_values: dict[str, Any]) -> None:
        from station import secrets

        ws, ui = self.window.workspace, self.window.ui_settings
        current = SettingsValues(str(db_values.get("station.name") or ""), str(db_values.get("station.code") or ""),
                                 ws.operator if ws.role else (ui.operator() or ws.operator), ui.language(),
                                 secrets.split_password(ui.db_location())[0])  # the password stays unseen
        where = str(ws.file) if ws.file is not None else ws.url
        new = SettingsDialog.ask(self.window, current, data_location=where, logged_in=ws.role is not None)
        if new is None:
            self.done.emit(None)
            return
        if new.language != current.language:
            ui.set_language(new.language)
            self._restart.append(QCoreApplication.translate("SettingsDialog", "language"))
        if (new.station_name, new.station_code) != (current.station_name, current.station_code):
            from station.actions import save_station_settings

            ops.write(self.window, self.window.runner, save_station_settings, ws,
                      {"station.name": new.station_name, "station.code": new.station_code},
                      on_done=lambda _r: self._location(new, current), on_failed=self._failed)
        else:
            self._location(new, current)

    def _location(self, new: SettingsValues, current: SettingsValues) -> None:
        # After the station settings are written (their audit rows name who changed them).
        if self.window.workspace.role is None:  # a station with no users yet: the name typed is the operator
            self.window.ui_settings.set_operator(new.operator)
            self.window.workspace.operator = new.operator  # the audit log names the new operator from now on
        if new.db_location == current.db_location:
            self._finish(new, None)
            return
        ops.read(self.window, self.window.runner, connection_problem, new.db_location,
                 on_done=lambda problem: self._finish(new, problem), on_failed=self._failed)

    def _finish(self, new: SettingsValues, problem: str | None) -> None:
        from db.redact import redact

        ui = self.window.ui_settings
        if problem is not None:  # kept out of the settings: the next start would fail on it
            QMessageBox.warning(self.window, QCoreApplication.translate("SettingsDialog", "Database not changed"),
                                QCoreApplication.translate(
                                    "SettingsDialog", "The database %1 cannot be opened:\n%2\n\nThe database "
                                    "location is left unchanged.").replace("%1", redact(new.db_location))
                                .replace("%2", problem))
        elif new.db_location != ui.db_location():
            # Blank means the default file; stored explicitly, since a blank setting asks the first-run question.
            from station.paths import default_db_path

            ui.set_db_location(new.db_location or str(default_db_path()), demo=False)
            self._restart.append(QCoreApplication.translate("SettingsDialog", "database"))
        ui.sync()
        if self._restart:
            QMessageBox.information(self.window, QCoreApplication.translate("SettingsDialog", "Restart needed"),
                                    QCoreApplication.translate(
                                        "SettingsDialog", "The new %1 takes effect when the program is restarted.")
                                    .replace("%1", ", ".join(self._restart)))
        self.done.emit(new.station_name)


def run_settings(window: MainWindow) -> SettingsFlow:
    """Ask and save in the background; the flow's `done` gives the (new) station name, or None."""
    flow = SettingsFlow(window)
    flow.start()
    return flow


def connection_problem(location: str) -> str | None:
    """Why a database URL cannot be opened (one line), or None; a file location is not tried (it is created)."""
    if "://" not in location:
        return None
    from station.workspace import open_workspace

    try:
        ws = open_workspace(location, upgrade=False)
        try:
            with ws.engine.connect():
                pass
        finally:
            ws.close()
    except Exception as exc:  # noqa: BLE001 - any driver or URL error is shown to the user, not raised
        return error_line(exc)
    return None


def error_line(exc: BaseException) -> str:
    """The first line of the driver's own message (SQLAlchemy wraps it with a long background note)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


if __name__ == "__main__":  # preview: python -m ui.dialogs.settings_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(SettingsDialog.ask(None, SettingsValues("城关供电所", "3301", "王芳", "zh_CN", ""), data_location="/tmp"))
