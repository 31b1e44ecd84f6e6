"""The first start of a station with no users: its administrator's name and password (typed twice)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.auth import MIN_PASSWORD
from ui.dialogs.frame import ok_cancel, problem_label


class FirstAdminDialog(QDialog):
    """Returns (name, password) through `ask`; the caller creates the administrator (actions.create_first_admin)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_admin_dialog")
        self.setWindowTitle(self.tr("Set up the administrator"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("This station has no users yet. Create its administrator: the administrator "
                               "adds the other users (clerks, metering staff, inspectors, the supervisor) "
                               "and sets their passwords."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("admin_name")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("admin_password")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("admin_again")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem_label = problem_label(self, name="admin_problem")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        self.buttons, self.ok_button = ok_cancel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.problem_label)
        lay.addWidget(self.buttons)
        for edit in (self.name_edit, self.password_edit, self.again_edit):
            edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        pw, again = self.password_edit.text(), self.again_edit.text()
        problem = ""
        if pw and len(pw) < MIN_PASSWORD:
            problem = self.tr("A password needs at least %1 characters").replace("%1", str(MIN_PASSWORD))
        elif again and pw != again:
            problem = self.tr("The two passwords differ")
        self.problem_label.setText(problem)
        self.ok_button.setEnabled(bool(self.name_edit.text().strip()) and len(pw) >= MIN_PASSWORD and pw == again)

    def value(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.password_edit.text()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, str] | None:
        dlg = cls(parent)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.first_admin
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(FirstAdminDialog.ask(None))
