"""New / edit customer form: keyboard-friendly; field checks per keystroke, database checks once typing pauses."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.codes import INDUSTRY, builtin_index
from station.domain.codes import TARIFF_CATEGORIES, VOLTAGE_LEVELS
from station.i18n import QT_TRANSLATE_NOOP
from station.imports.normalise import compact
from ui.dialogs.asset_common import DateEdit
from ui.dialogs.frame import ok_cancel, problem_label
from ui.dialogs.saving import SavesItself
from ui.text import TARIFF_CATEGORY, label, message_text

#: Field labels, also used to name the field in a problem line.
FIELD_LABELS: dict[str, str] = {
    "account_no": QT_TRANSLATE_NOOP("CustomerForm", "Account no."),
    "name": QT_TRANSLATE_NOOP("CustomerForm", "Name"),
    "address": QT_TRANSLATE_NOOP("CustomerForm", "Address"),
    "phone": QT_TRANSLATE_NOOP("CustomerForm", "Phone"),
    "tariff_category": QT_TRANSLATE_NOOP("CustomerForm", "Tariff category"),
    "industry": QT_TRANSLATE_NOOP("CustomerForm", "Industry"),
    "voltage_level": QT_TRANSLATE_NOOP("CustomerForm", "Voltage level"),
    "contract_capacity_kva": QT_TRANSLATE_NOOP("CustomerForm", "Contract capacity (kVA)"),
    "running_capacity_kva": QT_TRANSLATE_NOOP("CustomerForm", "Running capacity (kVA)"),
    "area_id": QT_TRANSLATE_NOOP("CustomerForm", "Transformer area"),
    "area_code": QT_TRANSLATE_NOOP("CustomerForm", "Transformer area"),
    "opened_on": QT_TRANSLATE_NOOP("CustomerForm", "Opened on"),
    "phases": QT_TRANSLATE_NOOP("CustomerForm", "Phases"),
    "penalty_multiple": QT_TRANSLATE_NOOP("CustomerForm", "Penalty multiple"),
    "status": QT_TRANSLATE_NOOP("CustomerForm", "Status"),
}

Validator = Callable[[Any], Sequence[Any]]

#: Pause in typing after which the database checks (户号 taken) run: one short query per pause, not per key.
CHECK_DELAY_MS = 300


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    return QCoreApplication.translate("CustomerForm", text) if text else name


def _decimal_or_text(text: str) -> Decimal | str | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return text  # the validator names it: "… is not a number"


@dataclasses.dataclass(frozen=True, slots=True)
class _KeptArea:
    """The stored 台区 of an edited customer that the offered area list does not hold."""

    id: int
    code: str | None


class CustomerForm(SavesItself, QDialog):
    """Returns a CustomerDraft through `ask`; the caller runs the create/update action.

    `validate` is pure and runs on every change; `check` (optional) asks the database and runs
    CHECK_DELAY_MS after the last change, and at once when OK is pressed before it has run."""

    def __init__(self, parent: QWidget | None, *, draft_type: type, validate: Validator,
                 areas: Sequence[Any] = (), initial: Any = None, check: Validator | None = None) -> None:
        super().__init__(parent)
        self._draft_type = draft_type
        self._validate = validate
        self._check = check
        self._problems: list[Any] = []  # of `validate`, for the draft as it is now
        self._checked: list[Any] = []  # of `check`, for the draft as it was when it last ran
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.run_check)
        self._initial = initial
        self.setWindowTitle(self.tr("Edit customer") if initial is not None else self.tr("New customer"))
        self.setMinimumWidth(520)
        self._build_fields(areas)
        self._build_layout()
        if initial is not None:
            self._load(initial)
        #: the form's values as loaded: a field still equal to it was not touched (a stale refusal updates those)
        self._loaded: dict[str, Any] = self.values() if initial is not None else {}
        self._connect()
        self.revalidate()

    def _build_fields(self, areas: Sequence[Any]) -> None:
        self.account_edit = QLineEdit(self)
        self.account_edit.setPlaceholderText(self.tr("digits, e.g. 3100012345"))
        self.name_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.tariff_combo = QComboBox(self)
        for code in TARIFF_CATEGORIES:
            self.tariff_combo.addItem(label(TARIFF_CATEGORY, code), code)
        self._build_industry()
        self.voltage_combo = QComboBox(self)
        for code in VOLTAGE_LEVELS:
            self.voltage_combo.addItem(code, code)
        self.phases_combo = QComboBox(self)
        self.phases_combo.addItem(self.tr("Single-phase"), 1)
        self.phases_combo.addItem(self.tr("Three-phase"), 3)
        # 220 V supply is single-phase, every other level three-phase: follow the voltage unless edited.
        self.voltage_combo.currentIndexChanged.connect(
            lambda _i: self.phases_combo.setCurrentIndex(0 if self.voltage_combo.currentData() == "220V" else 1))
        self.contract_edit = QLineEdit(self)
        self.contract_edit.setPlaceholderText("0")
        self.running_edit = QLineEdit(self)
        self.area_combo = QComboBox(self)
        self.area_combo.addItem(self.tr("(none)"), None)
        for area in areas:
            self.area_combo.addItem(f"{area.code}  {area.name}", area)
        self.opened_edit = DateEdit(self)  # Tab leaves it instead of walking its sections
        self.opened_edit.setCalendarPopup(True)
        self.opened_edit.setDisplayFormat("yyyy-MM-dd")
        self.opened_edit.setDate(QDate.currentDate())
        # Many old accounts have no 立户日期 on record: "not recorded" keeps it empty instead of inventing today.
        self.opened_unknown = QCheckBox(self.tr("Not recorded"), self)
        self.opened_unknown.toggled.connect(lambda on: self.opened_edit.setEnabled(not on))

    def _build_industry(self) -> None:
        # 行业分类: any value of the station's code table (the seeded GB/T 4754 names are listed, typing filters
        # them; a value the station added is typed). The database check says when a value is in no table.
        self.industry_combo = QComboBox(self)
        self.industry_combo.setEditable(True)
        self.industry_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.industry_combo.addItem("", "")
        for entry in builtin_index().entries(INDUSTRY):
            self.industry_combo.addItem(entry.name, entry.name)
        completer = self.industry_combo.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def _build_layout(self) -> None:
        opened_row = QWidget(self)
        opened_lay = QHBoxLayout(opened_row)
        opened_lay.setContentsMargins(0, 0, 0, 0)
        opened_lay.addWidget(self.opened_edit, 1)
        opened_lay.addWidget(self.opened_unknown)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            ("account_no", self.account_edit), ("name", self.name_edit), ("address", self.address_edit),
            ("phone", self.phone_edit), ("tariff_category", self.tariff_combo),
            ("industry", self.industry_combo), ("voltage_level", self.voltage_combo),
            ("phases", self.phases_combo),
            ("contract_capacity_kva", self.contract_edit), ("running_capacity_kva", self.running_edit),
            ("area_id", self.area_combo), ("opened_on", opened_row),
        ]
        self.fields = {name: self.opened_edit if widget is opened_row else widget for name, widget in rows}
        for name, widget in rows:
            lab = QLabel(field_label(name) + ":", self)
            lab.setBuddy(self.opened_edit if widget is opened_row else widget)
            form.addRow(lab, widget)
        self.problem_label = problem_label(self)
        self.buttons, self.ok_button = ok_cancel(self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem_label)  # the 已被他人修改 panel goes just above it (ui.dialogs.stale_view)
        lay.addWidget(self.buttons)

    def _connect(self) -> None:
        for edit in (self.account_edit, self.name_edit, self.address_edit, self.phone_edit,
                     self.contract_edit, self.running_edit):
            edit.textChanged.connect(self.revalidate)
        for combo in (self.tariff_combo, self.industry_combo, self.voltage_combo, self.area_combo,
                      self.phases_combo):
            combo.currentIndexChanged.connect(self.revalidate)
        self.industry_combo.editTextChanged.connect(self.revalidate)
        self.opened_edit.dateChanged.connect(self.revalidate)
        self.opened_unknown.toggled.connect(self.revalidate)

    def _load(self, draft: Any) -> None:
        get = lambda name, default=None: getattr(draft, name, default)  # noqa: E731
        self.account_edit.setText(str(get("account_no", "") or ""))
        self.name_edit.setText(str(get("name", "") or ""))
        self.address_edit.setText(str(get("address", "") or ""))
        self.phone_edit.setText(str(get("phone", "") or ""))
        for combo, name in ((self.tariff_combo, "tariff_category"), (self.industry_combo, "industry"),
                            (self.voltage_combo, "voltage_level"), (self.phases_combo, "phases")):
            i = combo.findData(get(name) or "")
            if i >= 0:
                combo.setCurrentIndex(i)
        self.industry_combo.setEditText(str(get("industry", "") or ""))  # also a value the list does not hold
        for edit, name in ((self.contract_edit, "contract_capacity_kva"), (self.running_edit, "running_capacity_kva")):
            value = get(name)
            edit.setText("" if value is None else str(value))
        area_id, area_code = get("area_id"), get("area_code")
        for i in range(1, self.area_combo.count()):
            area = self.area_combo.itemData(i)
            if (area_id is not None and area.id == area_id) or (area_code and area.code == area_code):
                self.area_combo.setCurrentIndex(i)
                break
        else:
            if area_id is not None:
                # Not in the list given (added since, or a list out of date): keep the stored area rather than
                # fall back to "(none)", which would silently take the customer out of its 台区 on save.
                self.area_combo.addItem(self.tr("(current area, not in the list)"),
                                        _KeptArea(area_id, area_code))
                self.area_combo.setCurrentIndex(self.area_combo.count() - 1)
        opened = get("opened_on")
        if isinstance(opened, dt.date):
            self.opened_edit.setDate(QDate(opened.year, opened.month, opened.day))
        self.opened_unknown.setChecked(not isinstance(opened, dt.date))

    def values(self) -> dict[str, Any]:
        """The form's values keyed by code name, before they become a draft."""
        area = self.area_combo.currentData()
        qd = self.opened_edit.date()
        opened = None if self.opened_unknown.isChecked() else dt.date(qd.year(), qd.month(), qd.day())
        return {
            # Full-width digits (a Chinese input method's) read as the scan box and the import read them.
            "account_no": compact(self.account_edit.text()),
            "name": self.name_edit.text().strip(),
            "address": self.address_edit.text().strip(),
            "phone": compact(self.phone_edit.text()),
            "tariff_category": self.tariff_combo.currentData(),
            "industry": self.industry_combo.currentText().strip(),
            "voltage_level": self.voltage_combo.currentData(),
            "phases": self.phases_combo.currentData(),
            "contract_capacity_kva": _decimal_or_text(self.contract_edit.text()) or Decimal(0),
            "running_capacity_kva": _decimal_or_text(self.running_edit.text()),
            "area_id": area.id if area is not None else None,
            "area_code": area.code if area is not None else None,
            "opened_on": opened,
        }

    def value(self) -> Any:
        """A draft of the station's type: the edited draft's fields (those the form does not show, such as
        the penalty multiple, are kept) overridden by the form's values."""
        names = {f.name for f in dataclasses.fields(self._draft_type)}
        base = {k: getattr(self._initial, k) for k in names if hasattr(self._initial, k)} if self._initial else {}
        base.update({k: v for k, v in self.values().items() if k in names})
        return self._draft_type(**base)

    def stale_mine(self) -> dict[str, Any]:
        """What the clerk typed, beside the customer as saved now when someone else saved it first."""
        return {k: v for k, v in self.values().items() if k not in ("area_id", "phases")}

    def _show_stale(self, exc: BaseException) -> None:
        """A stale refusal: the panel (the form's labels, the rows that differ), then the fields the clerk did not
        touch take the values saved now, so OK again keeps the other counter's work there and the clerk's own."""
        from ui.dialogs.stale_fields import show_labelled, stale_values
        from ui.dialogs.stale_view import value_text

        saved, before = stale_values(exc), self.stale_mine()
        if saved is not None:
            self._take_saved(saved.values)
        # The rows: what differed from the saved version before the untouched fields took it; beside it what the
        # form holds now (a field taken over reads the same in both columns). The status is not the form's: a
        # closed account is refused on its own.
        values = saved.values if saved is not None else {}
        rows = [k for k, v in values.items() if k not in before or value_text(k, before[k]) != value_text(k, v)]
        version = show_labelled(self, self.problem_label, exc, self.stale_mine(), field_label, {
            "tariff_category": lambda v: label(TARIFF_CATEGORY, v)},
            hide=("area_id", "status"), rows=rows)
        if version is not None:
            self.version = version

    def _take_saved(self, saved: dict[str, Any]) -> None:
        if not dataclasses.is_dataclass(self._initial) or isinstance(self._initial, type):
            return
        now = self.values()

        def merged(name: str) -> Any:
            untouched = name not in now or now[name] == self._loaded.get(name)
            return saved[name] if name in saved and untouched else now.get(name, getattr(self._initial, name))

        names = [f.name for f in dataclasses.fields(self._initial)]
        self._initial = dataclasses.replace(self._initial, **{n: merged(n) for n in names})
        self._load(self._initial)
        # the new base: what is saved now (a third refusal compares with it)
        self._loaded = {**self.values(), **{k: v for k, v in saved.items() if k in self._loaded}}

    def revalidate(self) -> list[Any]:
        """Field checks at once; the database checks wait for typing to pause (their last answer is stale)."""
        self._checked = []
        self.clear_refused()
        try:
            self._problems = list(self._validate(self.value()))
        except (TypeError, ValueError) as exc:  # a draft that cannot even be built
            self._problems = []
            self.check_timer.stop()
            self.problem_label.setText(str(exc))
            self.ok_button.setEnabled(False)
            return []
        if self._check is not None:
            self.check_timer.start()
        self._show_problems()
        return self._problems

    def run_check(self) -> list[Any]:
        """The database checks of the draft as it is now."""
        self.check_timer.stop()
        if self._check is not None:
            try:
                self._checked = list(self._check(self.value()))
            except (TypeError, ValueError):  # a draft that cannot be built: revalidate already says why
                return []
            self._show_problems()
        return self._checked

    def _show_problems(self) -> None:
        problems = self._problems + self._checked
        self.problem_label.setText("\n".join(
            f"{field_label(p.field)}: {message_text(p.message)}" for p in problems))
        self.ok_button.setEnabled(not problems and not self.saving)

    def accept(self) -> None:
        # OK (or Enter) right after typing: run the pending database check now rather than skip it.
        if self.check_timer.isActive():
            self.run_check()
        if self.ok_button.isEnabled() and not self.saving and not self.start_save():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, **kwargs: Any) -> Any | None:
        dlg = cls(parent, **kwargs)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.customer_form
    import sys

    from PySide6.QtWidgets import QApplication

    @dataclasses.dataclass
    class _Draft:
        account_no: str = ""
        name: str = ""

    app = QApplication(sys.argv)
    print(CustomerForm.ask(None, draft_type=_Draft, validate=lambda d: []))
