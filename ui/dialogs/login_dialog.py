"""The login (issue 12): who (a list of the station's users, or a typed name) and the password.

The dialog persists nothing: it emits `submitted(name, password)`; the caller runs the login action off the
UI thread and either accepts the dialog or calls `refuse(reason)`, which keeps the name, clears the
password and says why (a wrong password, a lockout with its end). Enter logs in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.frame import add_button, problem_label


class LoginDialog(QDialog):
    submitted = Signal(str, str)  #: (name, password)

    def __init__(self, parent: QWidget | None, names: list[str], name: str = "", *, station: str = "",
                 hint: str = "", locked: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Log in") if not locked else self.tr("Locked: log in again"))
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        heading = QLabel(station or self.tr("Station Workstation"), self)
        heading.setObjectName("login_heading")
        font = heading.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        heading.setFont(font)
        self.name_combo = QComboBox(self)
        self.name_combo.setObjectName("login_name")
        self.name_combo.setEditable(True)  # a name typed in works too (a PostgreSQL station with many users)
        self.name_combo.addItems(names)
        self.name_combo.setCurrentText(name)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("login_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = problem_label(self, name="login_message")
        self.message_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("User:"), self.name_combo)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(self)
        self.login_button = add_button(self.buttons, self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole,
                                       "login_button")
        self.login_button.setDefault(True)
        self.quit_button = add_button(self.buttons, self.tr("Quit") if locked else self.tr("Cancel"),
                                      QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.clicked.connect(self._submit)
        self.quit_button.clicked.connect(self.reject)
        line = self.name_combo.lineEdit()
        assert line is not None  # the combo is editable
        line.returnPressed.connect(self._next)
        self.password_edit.returnPressed.connect(self._submit)
        self.name_combo.currentTextChanged.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        if locked:
            note = QLabel(self.tr("The workstation was locked. Your open work is kept."), self)
            note.setWordWrap(True)
            lay.addWidget(note)
        lay.addLayout(form)
        if hint:
            hint_label = QLabel(hint, self)
            hint_label.setObjectName("login_hint")
            hint_label.setStyleSheet("color: #555;")
            lay.addWidget(hint_label)
        lay.addWidget(self.message_label)
        lay.addWidget(self.buttons)
        (self.password_edit if name else self.name_combo).setFocus()
        self._update()

    def name(self) -> str:
        return self.name_combo.currentText().strip()

    def _update(self) -> None:
        self.login_button.setEnabled(bool(self.name()))

    def _next(self) -> None:
        self.password_edit.setFocus()

    def _submit(self) -> None:
        if not self.name():
            return
        self.message_label.hide()
        self.set_busy(True)
        self.submitted.emit(self.name(), self.password_edit.text())

    def set_busy(self, busy: bool) -> None:
        for w in (self.login_button, self.name_combo, self.password_edit):
            w.setEnabled(not busy)
        if not busy:
            self._update()

    def refuse(self, reason: str) -> None:
        """The login was refused: the name stays, the password is cleared, the reason is shown."""
        self.set_busy(False)
        self.message_label.setText(reason)
        self.message_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is the fields' (name → password → log in); Escape quits only through the button.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reject()
        event.accept()


if __name__ == "__main__":  # preview: python -m ui.dialogs.login_dialog [--lang en] [--screenshot FILE]
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import make_application

    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "zh_CN"
    app = make_application(sys.argv[:1], lang)
    dlg = LoginDialog(None, ["刘志明", "陈静", "李军"], "刘志明", station="长丰县城关供电所",
                      hint=QApplication.translate("Login", "The demo users' password is %1").replace("%1", "demo"))
    if "--refused" in sys.argv:
        dlg.refuse(QApplication.translate("Login", "Wrong user name or password"))
    if "--screenshot" in sys.argv:
        out = sys.argv[sys.argv.index("--screenshot") + 1]
        dlg.show()
        QTimer.singleShot(300, lambda: (dlg.grab().save(out), app.quit()))
        app.exec()
    else:
        dlg.submitted.connect(lambda n, p: print(n, len(p) * "*"))
        dlg.exec()
