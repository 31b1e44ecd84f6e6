"""Edit an asset's own fields (铭牌) after receipt: maker, model, class, rated values, constant, ratio, phases, made-on.

The dialog saves itself (ui.dialogs.saving): a refusal keeps the input; a stale one shows 已被他人修改 with the
asset as saved now, and OK again saves the fields changed here over that version. An installed CT's or PT's
new ratio shows the point's multiplier before and after, and is saved only with its box ticked (the station
refuses it otherwise, code confirm_multiplier). The rules are station.domain.nameplate's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.asset_edit import AssetEditView
from station.domain import nameplate
from station.domain.codes import ACCURACY_CLASSES, AssetKind
from station.i18n import QT_TRANSLATE_NOOP
from ui.dialogs.asset_common import date_edit, optional_date
from ui.dialogs.frame import ok_cancel, problem_label
from ui.dialogs.saving import SavesItself
from ui.text import ASSET_KIND, ASSET_STATUS, label, message_text
from ui.widgets.common import fmt

_CTX = "AssetEditDialog"
#: The editable fields' labels (station.domain.nameplate.EDITABLE), also naming them in the stale panel.
FIELD_LABELS: dict[str, str] = {
    "factory_no": QT_TRANSLATE_NOOP("AssetEditDialog", "Factory no."),
    "model": QT_TRANSLATE_NOOP("AssetEditDialog", "Model"),
    "maker": QT_TRANSLATE_NOOP("AssetEditDialog", "Maker"),
    "accuracy_class": QT_TRANSLATE_NOOP("AssetEditDialog", "Accuracy class"),
    "rated_voltage": QT_TRANSLATE_NOOP("AssetEditDialog", "Rated voltage"),
    "rated_current": QT_TRANSLATE_NOOP("AssetEditDialog", "Rated current"),
    "constant": QT_TRANSLATE_NOOP("AssetEditDialog", "Constant (imp/kWh)"),
    "ratio": QT_TRANSLATE_NOOP("AssetEditDialog", "Ratio"),
    "phases": QT_TRANSLATE_NOOP("AssetEditDialog", "Phases"),
    "made_on": QT_TRANSLATE_NOOP("AssetEditDialog", "Made on"),
    "status": QT_TRANSLATE_NOOP("AssetEditDialog", "Status"),
    "account_no": QT_TRANSLATE_NOOP("AssetEditDialog", "Installed at (account)"),
}
_TEXTS = ("factory_no", "model", "maker", "rated_voltage", "rated_current", "constant", "ratio")


def field_label(name: str) -> str:
    return QCoreApplication.translate(_CTX, FIELD_LABELS[name]) if name in FIELD_LABELS else name


@dataclass(frozen=True, slots=True)
class AssetEditRequest:
    """The arguments of `actions.edit_asset` after the asset id (the version is the dialog's)."""

    changes: dict[str, Any]
    confirm_multiplier: bool | Decimal  #: the new multiplier the box showed when ticked, else False


class AssetEditDialog(SavesItself, QDialog):
    """Returns an AssetEditRequest through `ask`, or saves itself when given a save (`save_with`)."""

    def __init__(self, parent: QWidget | None, view: AssetEditView) -> None:
        super().__init__(parent)
        self.view, self.asset = view, view.asset
        self.version = view.asset.version
        #: (ratio typed, the point's multiplier before and after) the station named when it asked for a confirm:
        #: the point changed since the dialog loaded it (a PT installed), so the box shows the station's figures.
        self._told: tuple[str, Decimal, Decimal] | None = None
        self.setWindowTitle(self.tr("Edit asset"))
        self.setMinimumWidth(480)
        self._build_fields()
        self._build_layout()
        self._load()
        for name, widget in self.fields.items():
            signal = widget.currentTextChanged if isinstance(widget, QComboBox) else (
                widget.dateChanged if name == "made_on" else widget.textChanged)  # type: ignore[attr-defined]
            signal.connect(lambda *_a: self.revalidate())
        self.confirm_check.toggled.connect(lambda _on: self.revalidate())
        self.revalidate()

    def _build_fields(self) -> None:
        kind = self.asset.kind
        self.edits = {name: QLineEdit(self) for name in _TEXTS}
        self.edits["ratio"].setPlaceholderText(self.tr("e.g. 100/5"))
        self.edits["rated_current"].setPlaceholderText(self.tr("e.g. 5(60)A") if kind == AssetKind.METER else "")
        self.accuracy_combo = QComboBox(self)
        self.accuracy_combo.setEditable(True)  # an old record may hold a class the list does not
        self.accuracy_combo.addItems(list(ACCURACY_CLASSES.get(AssetKind(kind), ())))
        self.phases_combo = QComboBox(self)
        self.phases_combo.addItem(self.tr("Single-phase"), 1)
        self.phases_combo.addItem(self.tr("Three-phase"), 3)
        self.made_edit = date_edit(self, optional=True)
        self.fields: dict[str, QWidget] = {**self.edits, "accuracy_class": self.accuracy_combo,
                                           "phases": self.phases_combo, "made_on": self.made_edit}
        self.confirm_check = QCheckBox(self)
        self.confirm_check.setObjectName("confirm_multiplier")
        self.confirm_check.hide()
        self.note_label = QLabel(self)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.note_label.hide()

    def _shown_fields(self) -> list[str]:
        """A meter has a constant and no ratio; a CT or PT the other way round."""
        meter = self.asset.kind == AssetKind.METER
        return [n for n in nameplate.EDITABLE if not (meter and n == "ratio") and not (not meter and n == "constant")]

    def _build_layout(self) -> None:
        a = self.asset
        where = self.view.point or (a.account_no or "")
        installed = self.tr("Installed at: %1").replace("%1", where) if where else ""
        intro = QLabel(f"<b>{a.asset_no}</b>  {label(ASSET_KIND, a.kind)} · {label(ASSET_STATUS, a.status)}"
                       + (f"<br>{installed}" if installed else ""), self)
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        shown = self._shown_fields()
        for name in shown:
            lab = QLabel(field_label(name) + ":", self)
            lab.setBuddy(self.fields[name])
            form.addRow(lab, self.fields[name])
        for name in set(self.fields) - set(shown):
            self.fields[name].hide()  # outside the layout it would sit over the title
        self.problem_label = problem_label(self)
        self.buttons, self.ok_button = ok_cancel(self)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.note_label)
        lay.addWidget(self.confirm_check)
        lay.addWidget(self.problem_label)  # the 已被他人修改 panel goes just above it (ui.dialogs.stale_view)
        lay.addStretch(1)
        lay.addWidget(self.buttons)

    def _load(self) -> None:
        for name, value in nameplate.nameplate(self.asset).items():
            self._set(name, value)

    def _set(self, name: str, value: Any) -> None:
        if name in self.edits:
            self.edits[name].setText(fmt(value))
        elif name == "accuracy_class":
            self.accuracy_combo.setCurrentText(value or "")
        elif name == "phases":
            self.phases_combo.setCurrentIndex(max(self.phases_combo.findData(value), 0))
        elif value is None:
            self.made_edit.setDate(self.made_edit.minimumDate())  # shows "—": not recorded
        else:
            self.made_edit.setDate(QDate(value.year, value.month, value.day))

    # -- values ------------------------------------------------------------------------------------------
    def typed(self) -> tuple[dict[str, Any], list[Any]]:
        """Every shown field as the station reads it, and the problems of reading it."""
        values: dict[str, Any] = {}
        problems: list[Any] = []
        for name in self._shown_fields():
            if name == "made_on":
                values[name] = optional_date(self.made_edit)
            elif name == "phases":
                values[name] = self.phases_combo.currentData()
            else:
                text = self.accuracy_combo.currentText() if name == "accuracy_class" else self.edits[name].text()
                values[name], found = nameplate.parse_value(name, text)
                problems += found
        return values, problems

    def changes(self) -> dict[str, Any]:
        return nameplate.changed(nameplate.nameplate(self.asset), self.typed()[0])

    def value(self) -> AssetEditRequest:
        changes = self.changes()
        shown = self._new_multiplier(changes)
        ticked = shown is not None and not self.confirm_check.isHidden() and self.confirm_check.isChecked()
        return AssetEditRequest(changes, shown if ticked and shown is not None else False)

    def stale_mine(self) -> dict[str, Any]:
        """What was typed here, beside the asset as saved now when someone else saved it first."""
        return self.typed()[0]

    # -- checks ------------------------------------------------------------------------------------------
    def _new_multiplier(self, changes: dict[str, Any]) -> Decimal | None:
        """The point's multiplier the typed ratio gives (None: no installed CT/PT, no new ratio, unreadable)."""
        if "ratio" not in changes or self.view.multiplier is None:
            return None
        if self._told is not None and self._told[0] == changes["ratio"]:
            return self._told[2]
        try:
            after = nameplate.point_multiplier(self.asset.kind, changes["ratio"], self.view.other_ratio)
        except ValueError:
            return None
        return after if after != self.view.multiplier else None

    def _show_multiplier(self, after: Decimal | None, changes: dict[str, Any]) -> None:
        self.confirm_check.setVisible(after is not None)
        if after is not None:
            before = self._told[1] if self._told is not None else self.view.multiplier
            self.confirm_check.setText(self.tr("Change the multiplier of %1 from %2 to %3 (billing uses it)")
                                       .replace("%1", self.view.point or "").replace("%2", fmt(before))
                                       .replace("%3", fmt(after)))
        note = ""
        if "ratio" in changes and self.view.siblings:
            note = self.tr("The other transformers on this point take the same ratio: %1").replace(
                "%1", "、".join(self.view.siblings))
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

    def revalidate(self) -> list[str]:
        values, problems = self.typed()
        changes = nameplate.changed(nameplate.nameplate(self.asset), values)
        problems += nameplate.edit_problems(self.asset, changes)
        found = [f"{field_label(p.field)}: {message_text(p.message)}" for p in problems]
        after = self._new_multiplier(changes)
        self._show_multiplier(after, changes)
        if after is not None and not self.confirm_check.isChecked():
            found.append(self.tr("Tick the box to confirm the new multiplier"))
        self.clear_refused()
        self.problem_label.setText("\n".join(found))
        self.ok_button.setEnabled(not found and bool(changes) and not self.saving)
        return found

    def accept(self) -> None:
        if not self.revalidate() and not self.saving and not self.start_save():
            super().accept()

    def _failed(self, exc: BaseException) -> None:
        from station.domain.nameplate import CONFIRM_MULTIPLIER
        from ui.text import problems_of

        told = next((p.value for p in problems_of(exc) if p.code == CONFIRM_MULTIPLIER), None)
        if isinstance(told, dict) and "ratio" in self.changes():
            self._told = (self.changes()["ratio"], told["before"], told["after"])
            self.confirm_check.setChecked(False)  # what was ticked is not what the point gives now
        super()._failed(exc)

    def _show_stale(self, exc: BaseException) -> None:
        """A stale refusal: the panel with what differed, then the fields not touched here take the values saved
        now (the form shows them), and the saved version is the base OK again sends its changes against."""
        from ui.dialogs.stale_fields import show_labelled, stale_values
        from ui.dialogs.stale_view import value_text

        saved, before = stale_values(exc), self.stale_mine()
        values = saved.values if saved is not None else {}
        loaded = {"status": self.asset.status, "account_no": self.asset.account_no}
        rows = [k for k, v in values.items() if value_text(k, before.get(k, loaded.get(k))) != value_text(k, v)]
        if saved is not None:
            base = nameplate.nameplate(self.asset)
            untouched = [k for k, v in before.items() if v == base.get(k) and k in values]
            self.asset = replace(self.asset, **{k: v for k, v in values.items() if k in base or k == "status"})
            for name in untouched:
                self._set(name, values[name])
        version = show_labelled(self, self.problem_label, exc, self.stale_mine(), field_label, {
            "status": lambda v: label(ASSET_STATUS, v)}, rows=rows)
        if version is not None:
            self.version = version

    @classmethod
    def ask(cls, parent: QWidget | None, view: AssetEditView) -> AssetEditRequest | None:
        dlg = cls(parent, view)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_edit
    import sys

    from PySide6.QtWidgets import QApplication

    from ui.dialogs.asset_preview import sample_asset

    app = QApplication(sys.argv)
    print(AssetEditDialog.ask(None, AssetEditView(sample_asset())))
