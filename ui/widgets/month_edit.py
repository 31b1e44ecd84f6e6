"""A month picker (YYYY-MM) for the analysis pages: a QDateEdit showing only year and month."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget


class MonthEdit(QDateEdit):
    """Edits a month; `month()` is "YYYY-MM"; `month_changed(str)` fires once per different month."""

    month_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM")
        self.setCalendarPopup(False)  # a day calendar suggests a day matters; arrows step months
        self.setCurrentSection(QDateEdit.Section.MonthSection)
        self._last = self.month()
        self.dateChanged.connect(self._on_changed)

    def month(self) -> str:
        d = self.date()
        return f"{d.year():04d}-{d.month():02d}"

    def set_month(self, month: str) -> None:
        year, _, mon = month.partition("-")
        self.setDate(QDate(int(year), int(mon), 1))

    def set_range(self, first: str | None, last: str | None) -> None:
        """Limit the picker to the months that have readings."""
        if first:
            y, _, m = first.partition("-")
            self.setMinimumDate(QDate(int(y), int(m), 1))
        if last:
            y, _, m = last.partition("-")
            self.setMaximumDate(QDate(int(y), int(m), 28))

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        # Up/down always steps months (the year section included would jump twelve at a time only there).
        if self.currentSection() == QDateEdit.Section.YearSection:
            super().stepBy(steps)
        else:
            self.setDate(self.date().addMonths(steps))

    def _on_changed(self, _date: QDate) -> None:
        month = self.month()
        if month != self._last:
            self._last = month
            self.month_changed.emit(month)
