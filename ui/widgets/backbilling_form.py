"""The base of the back-billing input forms: exact decimal fields, a period chooser, problems beside fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.billing import BillingRules, Edition, Kind, PricePeriod, Result
from station.billing.customer_case import CustomerCase
from station.domain.metering import ratio_value
from station.domain.problems import Problem, Rejected
from station.i18n import Message
from ui.dialogs.frame import PROBLEM_STYLE

#: Inputs are typed digits: no exponent, no grouping, and a dot (a comma is turned into one), so the text
#: goes to Decimal unchanged and money stays exact (a float spin box would round it).
UNSIGNED = r"^\s*\d*[.,]?\d*\s*$"
SIGNED = r"^\s*[-−]?\d*[.,]?\d*\s*$"
#: A ratio as a number (20) or as on a nameplate (100/5).
RATIO = r"^\s*\d*[.,]?\d*\s*(/\s*\d*[.,]?\d*)?\s*$"
#: A rated current as a number (5) or as on a nameplate (5(60)A).
NAMEPLATE = r"^\s*\d*[.,]?\d*\s*(\(\s*\d*[.,]?\d*\s*\)?)?\s*[aA]?\s*$"


def problem(field: str, text: str, value: object = None) -> Problem:
    """A problem found by the form itself (before the calculator); `text` is already translated."""
    return Problem(field, Message("{text}", MappingProxyType({"text": text})), value)


#: The field widget a row holds, handed back as its own type.
W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True, slots=True)
class CalcContext:
    """What every form's calculation takes from the page: the edition, the rules and the contract multiple."""

    edition: Edition
    rules: BillingRules
    multiple: str | None  # the contract multiple as typed (2024 edition only), None when empty
    #: the customer's tariffs over first..last day (split where they changed); None without a customer
    tariffs: Callable[[dt.date, dt.date], list[PricePeriod]] | None = None


def clean_number(text: str) -> str | None:
    """The text a calculator takes: trimmed, a comma or a typographic minus normalised; None when empty."""
    text = text.strip().replace(",", ".").replace("−", "-")
    return text or None


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class PeriodField(QWidget):
    """Unknown (the rule's default) / a number of days / from … to … (both days counted)."""

    changed = Signal()
    UNKNOWN, DAYS, DATES = 0, 1, 2

    def __init__(self, unknown_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.addItem(unknown_text)
        self.mode.addItem(QCoreApplication.translate("BackBillingForm", "Number of days"))
        self.mode.addItem(QCoreApplication.translate("BackBillingForm", "From … to …"))
        self.days = decimal_edit(self, UNSIGNED, QCoreApplication.translate("BackBillingForm", "days"))
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        today = QDate.currentDate()
        for edit, day in ((self.date_from, today.addDays(-89)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
            edit.dateChanged.connect(self.changed)
        self.days_row = QWidget(self)
        row = QHBoxLayout(self.days_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.days, 1)
        self.dates_row = QWidget(self)
        row = QHBoxLayout(self.dates_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_from, 1)
        row.addWidget(QLabel("—", self.dates_row))
        row.addWidget(self.date_to, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.mode)
        lay.addWidget(self.days_row)
        lay.addWidget(self.dates_row)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.days.textChanged.connect(self.changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        m = self.mode.currentIndex()
        self.days_row.setVisible(m == self.DAYS)
        self.dates_row.setVisible(m == self.DATES)
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        m = self.mode.currentIndex()
        if m == self.DAYS:
            return {"days": clean_number(self.days.text()) or ""}  # "" is refused as "Required."
        if m == self.DATES:
            return {"date_from": _date(self.date_from), "date_to": _date(self.date_to)}
        return {}



def decimal_edit(parent: QWidget, pattern: str = UNSIGNED, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), edit))
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class CalcForm(QWidget):
    """One kind's inputs. Subclasses add rows with `add_row` and implement `calculate` (and `prefill`)."""

    changed = Signal()  #: any input changed: the page recomputes
    kind: Kind = Kind.THEFT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}
        self._captions: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    # -- building ------------------------------------------------------------------------------
    def add_row(self, names: str | Sequence[str], label: str, widget: W, *, unit: str = "") -> W:
        """A labelled row; `names` are the calculator fields whose problems show under it."""
        keys = [names] if isinstance(names, str) else list(names)
        field: QWidget = widget
        if unit:
            field = QWidget(self)
            row = QHBoxLayout(field)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            row.addWidget(QLabel(unit, field))
        error = QLabel(self)
        error.setObjectName(f"error:{keys[0]}")
        error.setStyleSheet(PROBLEM_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(1)
        col.addWidget(field)
        col.addWidget(error)
        caption = QLabel(label + ":", self)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        for key in keys:
            self._labels[key] = label
            self._errors[key] = error
            self._widgets[key] = widget
            self._captions[key] = caption
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.changed)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(self.changed)
        elif isinstance(widget, PeriodField):
            widget.changed.connect(self.changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.changed)

    def set_row_enabled(self, name: str, enabled: bool) -> None:
        self._widgets[name].setEnabled(enabled)
        self._captions[name].setEnabled(enabled)

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    # -- values --------------------------------------------------------------------------------
    def number(self, name: str) -> str | None:
        widget = self._widgets[name]
        assert isinstance(widget, QLineEdit)
        return clean_number(widget.text())

    def ratio(self, name: str, found: list[Problem]) -> Decimal | str | None:
        """A ratio field: "100/5" → 20; a plain number passes to the calculator as text."""
        text = self.number(name)
        if text is None or "/" not in text:
            return text
        try:
            return ratio_value(text)
        except ValueError:
            found.append(
                problem(
                    name, QCoreApplication.translate("BackBillingForm", "Not a ratio like 100/5 or 20."), text
                )
            )
            return None

    def label_of(self, field: str) -> str:
        return self._labels.get(field, field)

    # -- problems ------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        for error in set(self._errors.values()):
            error.clear()
            error.hide()

    def show_problems(self, problems: Sequence[Problem], translate: Any) -> list[str]:
        """Put each problem under its field; returns every problem as "Field: message" for the page."""
        self.clear_problems()
        lines: list[str] = []
        shown: dict[QLabel, list[str]] = {}
        for p in problems:
            text = p.message.text(translate)
            error = self._errors.get(p.field)
            if error is not None:
                shown.setdefault(error, []).append(text)
            lines.append(f"{self.label_of(p.field)}: {text}")
        for error, texts in shown.items():
            error.setText("\n".join(dict.fromkeys(texts)))
            error.show()
        return lines

    # -- to implement --------------------------------------------------------------------------
    def calculate(self, ctx: CalcContext) -> Result:  # pragma: no cover - abstract
        raise NotImplementedError

    def prefill(self, case: CustomerCase) -> None:
        """Fill what the customer's record knows; the default knows nothing for this kind."""

    def reject_if(self, found: list[Problem]) -> None:
        if found:
            raise Rejected(found)
