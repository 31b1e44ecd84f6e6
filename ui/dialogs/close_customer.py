"""Close (销户) a customer: asks for the date and the reason; nothing is deleted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.frame import ok_cancel


class CloseCustomerDialog(QDialog):
    """Returns (closed_on, reason) through `ask`; OK stays disabled until a reason is given."""

    def __init__(self, parent: QWidget | None, account_no: str, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close customer account"))
        intro = QLabel(self.tr("Close the account %1 (%2)? The record and its history are kept.")
                       .replace("%1", account_no).replace("%2", name), self)
        intro.setWordWrap(True)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. demolition, customer request, merged account"))
        form = QFormLayout()
        form.addRow(self.tr("Closed on:"), self.date_edit)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        self.buttons, self.ok_button = ok_cancel(self, self.tr("Close account"))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_edit.text().strip()))

    def value(self) -> tuple[dt.date, str]:
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day()), self.reason_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, account_no: str, name: str) -> tuple[dt.date, str] | None:
        dlg = cls(parent, account_no, name)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.close_customer
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(CloseCustomerDialog.ask(None, "3100012345", "王伟"))
