"""Monthly readings typed by hand (手工录入) for one customer: a few months' kWh, for a station without a
collection-system file. The station decides on them as on an imported file (actions.enter_readings); a
refusal keeps the dialog, every entry, and marks the refused month or kWh."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from station.domain.rows import CustomerRow
from ui.dialogs.asset_common import StepDialog

#: Rows shown at first, and the most one dialog takes (a year: more is a file's job).
FIRST_ROWS, MAX_ROWS = 3, 12


def _next_month(month: str, step: int = 1) -> str:
    year, _, mon = month.partition("-")
    total = int(year) * 12 + int(mon) - 1 + step
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


class ReadingsEntryDialog(StepDialog):
    """`value()` is the list of (month, kWh) as typed, for the months whose kWh is filled in."""

    def __init__(self, parent: QWidget | None, customer: CustomerRow, first_month: str) -> None:
        super().__init__(parent, self.tr("Enter readings by hand"), self.tr(
            "<b>%1</b> %2<br>The monthly kWh as billed (the register's advance × the multiplier). A month already "
            "stored is replaced, and the change is kept in the audit log.").replace("%1", customer.account_no)
            .replace("%2", customer.name))
        self.customer = customer
        self.fields = {"account_no": self.intro}
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Month"), self), 0, 0)
        self.grid.addWidget(QLabel(self.tr("kWh"), self), 0, 1)
        self.form.addRow(self.grid)
        self.months: list[QLineEdit] = []
        self.kwhs: list[QLineEdit] = []
        self.add_button = QPushButton(self.tr("Add a month"), self)
        self.add_button.setObjectName("add_month")
        self.add_button.clicked.connect(lambda: self.add_row_for())
        self.form.addRow(self.add_button)
        today = dt.date.today()
        now = f"{today.year:04d}-{today.month:02d}"
        for i in range(FIRST_ROWS):  # months to come are left blank: no reading of them can exist yet
            month = _next_month(first_month, i)
            self.add_row_for(month if month <= now else "")
        self.revalidate()
        self.kwhs[0].setFocus()

    def add_row_for(self, month: str | None = None) -> None:
        """One more month, the one after the last row's by default."""
        if len(self.months) >= MAX_ROWS:
            return
        if month is None:
            month = _next_month(self.months[-1].text().strip()) if self.months and \
                len(self.months[-1].text().strip()) == 7 else ""
        n = len(self.months) + 1
        m = QLineEdit(month, self)
        m.setObjectName(f"month_{n}")
        m.setPlaceholderText("2025-06")
        k = QLineEdit(self)
        k.setObjectName(f"kwh_{n}")
        k.setPlaceholderText(self.tr("kWh"))
        self.grid.addWidget(m, n, 0)
        self.grid.addWidget(k, n, 1)
        if self.kwhs:
            QWidget.setTabOrder(self.kwhs[-1], m)
        QWidget.setTabOrder(m, k)
        self.months.append(m)
        self.kwhs.append(k)
        self.watch(m, k)
        self.add_button.setEnabled(len(self.months) < MAX_ROWS)
        self.revalidate()

    def _filled(self) -> list[int]:
        return [i for i, k in enumerate(self.kwhs) if k.text().strip()]

    def problems(self) -> list[str]:
        filled = self._filled()
        if not filled:
            return [self.tr("Enter at least one month's kWh")]
        return [self.tr("Row %1: which month?").replace("%1", str(i + 1))
                for i in filled if not self.months[i].text().strip()]

    def value(self) -> list[tuple[str, str]]:
        """Entries in row order; entry N of the station's problems is the Nth filled row (see row_of)."""
        return [(self.months[i].text().strip(), self.kwhs[i].text().strip()) for i in self._filled()]

    def _failed(self, exc: BaseException) -> None:
        # The station numbers the entries it got (the filled rows): map them back to the rows shown.
        filled = self._filled()
        self.fields = {"account_no": self.intro, **{
            f"{kind}:{n}": (self.months if kind == "month" else self.kwhs)[row]
            for n, row in enumerate(filled, 1) for kind in ("month", "kwh")}}
        super()._failed(exc)


if __name__ == "__main__":  # preview: python -m ui.dialogs.readings_entry
    import sys
    from decimal import Decimal

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    sample = CustomerRow(1, "3300000001", "张三", "城关镇北街1号", "", "居民生活", "城乡居民生活", "220V", Decimal(4),
                         None, None, None, None, "active", dt.date(2020, 1, 1), None, None)
    print(ReadingsEntryDialog.ask(None, sample, "2025-06"))
