"""Edit one rule value: an editor shaped by the rule's kind, checked live by station.rule_settings.validate."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.domain.codes import VOLTAGE_LEVELS
from station.rule_settings import BY_KEY, RuleRow
from station.rule_settings.defaults import AREA_TYPES
from station.rule_settings.validate import problems_for
from ui.dialogs.frame import add_button, ok_cancel, problem_label
from ui.dialogs.saving import SavesItself
from ui.models.rules_model import VALUE_NAMES, entry_name, unit_text, value_text
from ui.text import problems_text

MAP_KINDS = ("class_periods", "interval_map", "life_map")


@dataclass(frozen=True, slots=True)
class RuleEdit:
    """What the dialog returns: the new value and, when given, the provincial rule it follows."""

    key: str
    value: Any
    source: str | None


def parse_number(text: str) -> Any:
    """"6" → 6, "0.5" → 0.5, "" → None; anything else stays text, for the validator to name."""
    text = text.strip().replace("，", ",")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return text
    # "nan", "inf" and "1e999" parse as floats that JSON cannot store: keep the text for the validator to name
    return number if math.isfinite(number) else text


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class RuleEditDialog(SavesItself, QDialog):
    """One rule: its label, source, default and an editor; OK stays disabled while the value is refused.

    With `save_with` it saves itself (ui.dialogs.saving): a refusal — someone else saved the rule since — keeps
    it open with the input and the values saved now beside it."""

    def __init__(self, row: RuleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QCoreApplication

        self.row = row
        self.rule = BY_KEY[row.key]
        self.setWindowTitle(self.tr("Edit rule"))
        self.setMinimumWidth(520)
        title = QLabel(QCoreApplication.translate("station", row.label), self)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        info = QLabel(self.tr("Source: %1\nDefault: %2").replace("%1", row.source)
                      .replace("%2", value_text(row.default)), self)
        info.setWordWrap(True)
        info.setStyleSheet("color: #555;")
        self.form = QFormLayout()
        self._edits: dict[str, QLineEdit | QComboBox | tuple[QLineEdit, QLineEdit]] = {}
        self.combo: QComboBox | None = None
        self.value_edit: QLineEdit | None = None
        self._build_editor()
        self.source_edit = QLineEdit(self)
        self.source_edit.setObjectName("rule_source")
        self.source_edit.setPlaceholderText(self.tr("Optional: the provincial rule the new value follows"))
        self.form.addRow(self.tr("New source:"), self.source_edit)
        self.problem_label = problem_label(self)
        self.buttons, self.ok_button = ok_cancel(self, on_ok=self.save_or_accept)
        self.default_button = add_button(self.buttons, self.tr("Default value"), QDialogButtonBox.ButtonRole.ResetRole)
        self.default_button.clicked.connect(lambda: self.set_value(self.row.default))
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(info)
        lay.addLayout(self.form)
        lay.addWidget(self.problem_label)
        lay.addWidget(self.buttons)
        self.version = row.version
        self.set_value(row.value)

    def _line(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.textChanged.connect(self._check)
        return edit

    def _build_editor(self) -> None:
        kind, unit = self.rule.kind, unit_text(self.rule.unit)
        if kind in ("choice", "voltage"):
            self.combo = QComboBox(self)
            self.combo.setObjectName("rule_choice")
            self.combo.addItems(list(self.rule.choices) if kind == "choice" else list(VOLTAGE_LEVELS))
            self.combo.currentIndexChanged.connect(self._check)
            self.form.addRow(self.tr("Value:"), self.combo)
        elif kind in ("count", "number"):
            self.value_edit = self._line()
            self.value_edit.setObjectName("rule_value")
            self.form.addRow(self.tr("Value (%1):").replace("%1", unit) if unit else self.tr("Value:"),
                             self.value_edit)
        elif kind in MAP_KINDS:
            for name in self.rule.default:
                edit = self._line()
                edit.setObjectName(f"rule_value:{name}")
                if kind != "life_map":
                    edit.setPlaceholderText(self.tr("empty: none"))
                self._edits[name] = edit
                self.form.addRow(f"{entry_name(name)} ({unit}):", edit)
        elif kind == "use_map":
            for name in self.rule.default:
                combo = QComboBox(self)
                combo.setObjectName(f"rule_use:{name}")
                for use in VALUE_NAMES:
                    combo.addItem(value_text(use), use)
                combo.currentIndexChanged.connect(self._check)
                self._edits[name] = combo
                self.form.addRow(f"{name}:", combo)
        elif kind == "evidence_map":
            self._evidence_rows()
        elif kind == "bands":
            for name in AREA_TYPES:
                low, high = self._line(), self._line()
                low.setObjectName(f"rule_low:{name}")
                high.setObjectName(f"rule_high:{name}")
                self._edits[name] = (low, high)
                box = QHBoxLayout()
                box.addWidget(low)
                box.addWidget(QLabel("–", self))
                box.addWidget(high)
                box.addWidget(QLabel("%", self))
                self.form.addRow(entry_name(name) + ":", box)

    def _evidence_rows(self) -> None:
        """Per order kind, the attachment kinds it needs before it closes, comma-separated."""
        for name in self.rule.default:
            edit = self._line()
            edit.setObjectName(f"rule_evidence:{name}")
            edit.setPlaceholderText(self.tr("empty: none"))
            self._edits[name] = edit
            self.form.addRow(f"{name}:", edit)

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            self.combo.setCurrentText(str(value))
        elif self.value_edit is not None:
            self.value_edit.setText(_number_text(value))
        for name, edit in self._edits.items():
            part = (value or {}).get(name) if isinstance(value, dict) else None
            if isinstance(edit, tuple):
                low, high = part if isinstance(part, list | tuple) and len(part) == 2 else (None, None)
                edit[0].setText(_number_text(low))
                edit[1].setText(_number_text(high))
            elif isinstance(edit, QComboBox):
                edit.setCurrentIndex(max(0, edit.findData(part)))
            elif self.rule.kind == "evidence_map":
                edit.setText(", ".join(part or []))
            else:
                edit.setText(_number_text(part))
        self._check()

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentText()
        if self.value_edit is not None:
            return parse_number(self.value_edit.text())
        out: dict[str, Any] = {}
        for name, edit in self._edits.items():
            if isinstance(edit, tuple):
                out[name] = [parse_number(edit[0].text()), parse_number(edit[1].text())]
            elif isinstance(edit, QComboBox):
                out[name] = edit.currentData()
            elif self.rule.kind == "evidence_map":
                out[name] = [k.strip() for k in edit.text().replace("，", ",").split(",") if k.strip()]
            else:
                out[name] = parse_number(edit.text())
        return out

    def problems(self) -> list[Any]:
        return problems_for(self.rule, self.value())

    def _check(self) -> None:
        self.revalidate()

    def revalidate(self) -> list[Any]:
        problems = self.problems()
        self.problem_label.setText(problems_text(problems))
        self.ok_button.setEnabled(not problems and not self.saving)
        return problems

    def stale_mine(self) -> dict[str, Any]:
        return {"value": self.value(), "source": self.source_edit.text().strip()}

    def result_value(self) -> RuleEdit:
        return RuleEdit(self.row.key, self.value(), self.source_edit.text().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, row: RuleRow) -> RuleEdit | None:
        dlg = cls(row, parent)
        return dlg.result_value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.rule_edit_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    from station.rule_settings import RULES

    app = QApplication(sys.argv)
    r = next(r for r in RULES if r.key == "onsite.period_months.2016")
    demo = RuleRow(r.key, r.label, r.default, r.default, r.unit, r.source, r.edition, True, None, None)
    print(RuleEditDialog.ask(None, demo))
