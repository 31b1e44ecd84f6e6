"""Shared parts of the asset lifecycle dialogs: the barcode field, the date field, the verification fields and the
step-dialog frame."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station.domain.rows import AssetRow
from ui.dialogs.frame import ok_cancel, problem_label
from ui.dialogs.saving import SavesItself
from ui.text import ASSET_KIND, ASSET_STATUS, label, message_text
from ui.widgets.common import fmt, radio_row
from ui.widgets.scan_box import normalise

#: Dates a clerk may pick: nothing before the ledgers' era, nothing after today (a step is recorded after it
#: happened; a future date would also block every later step through the station's date-order guard).
EARLIEST_DATE = QDate(1990, 1, 1)


def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class DateEdit(QDateEdit):
    """A QDateEdit that Tab leaves at once: QDateTimeEdit steps Tab through its sections (year, month, day), so a
    clerk tabbing on from the field before landed inside the date and typed the reading "0.10" into it
    (2026-01-01). Sections are still reached with the arrow keys, the mouse or the calendar."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002 - Qt override and its parameter name
        return QWidget.focusNextPrevChild(self, next)


def date_edit(parent: QWidget, *, optional: bool = False) -> QDateEdit:
    """A yyyy-MM-dd date field with a calendar, today by default, never later than today.

    `optional`: the earliest date stands for "not given" and shows as a dash (a made-on date is often unknown).
    """
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(EARLIEST_DATE)
    edit.setMaximumDate(QDate.currentDate())
    if optional:
        edit.setSpecialValueText("—")
        edit.setDate(EARLIEST_DATE)
    else:
        edit.setDate(QDate.currentDate())
    return edit


def optional_date(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == edit.minimumDate() and edit.specialValueText() else to_date(edit.date())


def parse_reading(text: str) -> Decimal | None:
    """A register reading as typed (full-width digits and thousands commas allowed); None when not a number."""
    clean = normalise(text).replace(",", "").replace("，", "").replace("．", ".")
    try:
        value = Decimal(clean)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def reading_problems(text: str, missing: str) -> list[str]:
    """What is wrong with a typed register reading; `missing` is the dialog's "required" message."""
    if not text.strip():
        return [missing]
    reading = parse_reading(text)
    if reading is None:
        return [QCoreApplication.translate("AssetDialogs", "The reading is a number, e.g. 12345.67")]
    if reading < 0:
        return [QCoreApplication.translate("AssetDialogs", "A reading cannot be negative")]
    return []


def asset_summary(a: AssetRow | None) -> str:
    """One line naming an asset for the dialogs: kind, model, class, status, expiry."""
    if a is None:
        return ""
    rating = a.rated_current if a.kind == "meter" else a.ratio
    parts = [label(ASSET_KIND, a.kind), a.model, a.accuracy_class, rating, label(ASSET_STATUS, a.status)]
    text = "  ·  ".join(p for p in parts if p)
    if a.expires_on is not None:
        text += "  ·  " + QCoreApplication.translate("AssetDialogs", "service life ends %1").replace("%1", fmt(a.expires_on))
    return text


class BarcodeEdit(QLineEdit):
    """A field a USB scanner types into: digits then Enter.

    Enter here never reaches the dialog (it would press OK half-way through the form): it normalises the
    text, emits `scanned(text)` and moves the focus to the next field, as a clerk with a scanner expects.
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.next_field: QWidget | None = None  #: where Enter sends the focus (default: the next in tab order)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = normalise(self.text())
            if text != self.text():
                self.setText(text)
            event.accept()
            self.scanned.emit(text)
            if self.next_field is not None:
                self.next_field.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)


class StepDialog(SavesItself, QDialog):
    """A form, a red problem label and OK/Cancel; OK is enabled only while `problems()` is empty.

    Subclasses add rows with `add_row`, call `watch(...)` on their inputs and implement `problems()` and
    `value()`; `ask` returns the value or None (STYLE 16: the caller runs the station action).
    """

    def __init__(self, parent: QWidget | None, title: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("intro_label")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.problem_label = problem_label(self, selectable=True)
        # Questions that do not block the save (a reading implausible against the energy billed): amber.
        self.note_label = QLabel(self)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #8a5a00;")
        self.note_label.hide()
        self.buttons, self.ok_button = ok_cancel(self, on_ok=self.save_or_accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.problem_label)
        lay.addWidget(self.note_label)
        lay.addStretch(1)
        lay.addWidget(self.buttons)

    def add_row(self, text: str, widget: Any) -> None:
        lab = QLabel(text + ":", self)
        if isinstance(widget, QWidget):
            lab.setBuddy(widget)
        self.form.addRow(lab, widget)

    def watch(self, *widgets: QWidget) -> None:
        """Re-validate whenever one of `widgets` changes."""
        for w in widgets:
            for signal in ("textChanged", "dateChanged", "currentIndexChanged", "toggled"):
                sig = getattr(w, signal, None)
                if sig is not None:
                    sig.connect(lambda *_a: self.revalidate())
                    break

    def problems(self) -> list[str]:  # pragma: no cover - every subclass overrides
        return []

    def notes(self) -> list[str]:
        """Questions shown in amber that do not block OK; subclasses may override."""
        return []

    def revalidate(self) -> list[str]:
        notes = self.notes()
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        found = self.problems()
        self.problem_label.setText("\n".join(found))
        self.ok_button.setEnabled(not found and not self.saving)
        self.clear_refused()  # typing again clears the marks of the last refusal
        self._grow()
        return found

    def _grow(self) -> None:
        """Larger when a line was added or widened (a look-up's answer, a problem), within the screen: a dialog
        with a minimum width set is not resized by its layout, and its labels would be squeezed or cut."""
        lay = self.layout()
        if self.isVisible() and lay is not None:
            lay.activate()
            need = lay.totalSizeHint()
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            width = min(max(self.width(), need.width()), screen.width() if screen else need.width())
            height = min(max(self.height(), need.height()), screen.height() if screen else need.height())
            if (width, height) != (self.width(), self.height()):
                self.resize(width, height)

    def value(self) -> Any:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    @classmethod
    def ask(cls, parent: QWidget | None, *args: Any, **kwargs: Any) -> Any | None:
        dlg = cls(parent, *args, **kwargs)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


def problem_texts(problems: Sequence[Any]) -> list[str]:
    """Station Problems as translated lines."""
    return [message_text(p.message) for p in problems]


class VerificationFields:
    """A verification's result (pass/fail), certificate number and measured error, as rows of a StepDialog
    (the single asset's 检定 and the batch's): a pass needs its certificate number (the lab issues one)."""

    def __init__(self, dialog: StepDialog) -> None:
        self.pass_radio = QRadioButton(QCoreApplication.translate("AssetDialogs", "Pass"), dialog)
        self.fail_radio = QRadioButton(QCoreApplication.translate("AssetDialogs", "Fail"), dialog)
        self.pass_radio.setChecked(True)
        results, _group = radio_row(dialog, self.pass_radio, self.fail_radio)
        self.certificate_edit = QLineEdit(dialog)
        self.certificate_edit.setObjectName("certificate_edit")
        self.error_edit = QLineEdit(dialog)
        self.error_edit.setObjectName("error_edit")
        self.error_edit.setPlaceholderText(QCoreApplication.translate("AssetDialogs", "optional, e.g. -0.12"))
        dialog.add_row(QCoreApplication.translate("AssetDialogs", "Result"), results)
        dialog.add_row(QCoreApplication.translate("AssetDialogs", "Certificate no."), self.certificate_edit)
        dialog.add_row(QCoreApplication.translate("AssetDialogs", "Error (%)"), self.error_edit)
        self.watched: tuple[QWidget, ...] = (self.pass_radio, self.certificate_edit, self.error_edit)

    def problems(self) -> list[str]:
        found: list[str] = []
        if self.pass_radio.isChecked() and not self.certificate_edit.text().strip():
            found.append(QCoreApplication.translate("AssetDialogs", "A passed verification needs its certificate number"))
        if self.error_edit.text().strip() and parse_reading(self.error_edit.text()) is None:
            found.append(QCoreApplication.translate("AssetDialogs", "The error is a number of percent, e.g. -0.12"))
        return found

    @property
    def result(self) -> str:
        return "pass" if self.pass_radio.isChecked() else "fail"

    @property
    def certificate_no(self) -> str | None:
        return self.certificate_edit.text().strip() or None

    @property
    def error_pct(self) -> Decimal | None:
        return parse_reading(self.error_edit.text()) if self.error_edit.text().strip() else None
