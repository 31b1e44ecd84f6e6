"""The admin's user dialogs (the users page): a new user, another role, a new password. Each saves itself
(ui.dialogs.saving): a refusal (a taken name, a short password, the last administrator) keeps the input."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from station.domain.roles import PEOPLE, ROLE_NAMES, SERVICE
from station.i18n import QT_TRANSLATE_NOOP
from station.users import CERT_GRADES, UserRow
from ui.dialogs.asset_common import StepDialog

#: 用电检查证 grades as the page and the dialog name them (一级 up to 220 kV, 二级 10 kV, 三级 0.4 kV).
GRADE_NAMES: dict[str, str] = {"1": QT_TRANSLATE_NOOP("UserDialogs", "Grade 1"),
                               "2": QT_TRANSLATE_NOOP("UserDialogs", "Grade 2"),
                               "3": QT_TRANSLATE_NOOP("UserDialogs", "Grade 3")}


def grade_name(grade: str | None) -> str:
    return QCoreApplication.translate("UserDialogs", GRADE_NAMES[grade]) if grade in GRADE_NAMES else ""


def role_combo(parent: QWidget, *, service: bool = True) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("role_combo")
    for role in (*PEOPLE, SERVICE) if service else PEOPLE:
        combo.addItem(QCoreApplication.translate("station", ROLE_NAMES[role]), role)
    return combo


def _password(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


@dataclass(frozen=True, slots=True)
class NewUser:
    name: str
    role: str
    cert_no: str | None
    cert_grade: str | None
    password: str | None


class NewUserDialog(StepDialog):
    """Name, role, an inspector's 检查证 number and grade, and a first password (optional: set later)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, QCoreApplication.translate("UserDialogs", "Add user"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.role = role_combo(self, service=False)
        self.cert_edit = QLineEdit(self)
        self.cert_edit.setObjectName("cert_edit")
        self.grade = QComboBox(self)
        self.grade.setObjectName("grade_combo")
        self.grade.addItem("—", None)
        for g in CERT_GRADES:
            self.grade.addItem(grade_name(g), g)
        self.password_edit = _password(self, "password_edit")
        self.again_edit = _password(self, "again_edit")
        self.add_row(QCoreApplication.translate("UserDialogs", "Name"), self.name_edit)
        self.add_row(QCoreApplication.translate("UserDialogs", "Role"), self.role)
        self.add_row(QCoreApplication.translate("UserDialogs", "Inspection certificate no."), self.cert_edit)
        self.add_row(QCoreApplication.translate("UserDialogs", "Certificate grade"), self.grade)
        self.add_row(QCoreApplication.translate("UserDialogs", "Password"), self.password_edit)
        self.add_row(QCoreApplication.translate("UserDialogs", "Password again"), self.again_edit)
        self.fields = {"name": self.name_edit, "role": self.role, "cert_no": self.cert_edit,
                       "cert_grade": self.grade, "password": self.password_edit}
        self.watch(self.name_edit, self.password_edit, self.again_edit)
        self.revalidate()

    def problems(self) -> list[str]:
        found = [] if self.name_edit.text().strip() else [QCoreApplication.translate("UserDialogs", "Type the user's name")]
        if self.password_edit.text() != self.again_edit.text():
            found.append(QCoreApplication.translate("UserDialogs", "The two passwords differ"))
        return found

    def value(self) -> NewUser:
        return NewUser(self.name_edit.text().strip(), str(self.role.currentData()),
                       self.cert_edit.text().strip() or None, self.grade.currentData(),
                       self.password_edit.text() or None)


class RoleDialog(StepDialog):
    """Another role for one user."""

    def __init__(self, parent: QWidget | None, user: UserRow) -> None:
        super().__init__(parent, QCoreApplication.translate("UserDialogs", "Change role"), f"<b>{user.name}</b>")
        self.role = role_combo(self)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.add_row(QCoreApplication.translate("UserDialogs", "Role"), self.role)
        self.fields = {"role": self.role}
        self.revalidate()

    def value(self) -> str:
        return str(self.role.currentData())


class PasswordDialog(StepDialog):
    """A new password for one user (the admin resets it: a lockout is lifted with it)."""

    def __init__(self, parent: QWidget | None, user: UserRow) -> None:
        super().__init__(parent, QCoreApplication.translate("UserDialogs", "Reset password"), f"<b>{user.name}</b>")
        self.password_edit = _password(self, "password_edit")
        self.again_edit = _password(self, "again_edit")
        self.add_row(QCoreApplication.translate("UserDialogs", "New password"), self.password_edit)
        self.add_row(QCoreApplication.translate("UserDialogs", "Password again"), self.again_edit)
        self.fields = {"password": self.password_edit}
        self.watch(self.password_edit, self.again_edit)
        self.revalidate()

    def problems(self) -> list[str]:
        if not self.password_edit.text():
            return [QCoreApplication.translate("UserDialogs", "Type the new password twice")]
        if self.password_edit.text() != self.again_edit.text():
            return [QCoreApplication.translate("UserDialogs", "The two passwords differ")]
        return []

    def value(self) -> str:
        return self.password_edit.text()
