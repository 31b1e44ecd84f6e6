"""Add a value to a code table: its code, its name and the value it sits under. Returns the values; the
page runs the action (station.actions.add_code_value), which checks them against the table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QFormLayout, QLineEdit, QWidget

from ui.dialogs.frame import ok_cancel, problem_label


@dataclass(frozen=True, slots=True)
class NewCodeValue:
    code: str
    name: str
    parent: str | None


class CodeValueDialog(QDialog):
    """`parents` are (code, name) of the values the new one may sit under; `parent` preselects one."""

    def __init__(self, parent: QWidget | None, parents: Sequence[tuple[str, str]], *,
                 under: str | None = None, problems: str = "", initial: NewCodeValue | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a value"))
        self.setMinimumWidth(420)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("code_edit")
        self.code_edit.setMaxLength(32)
        self.code_edit.setPlaceholderText(self.tr("e.g. 0392, or the name itself"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setMaxLength(64)
        self.parent_combo = QComboBox(self)
        self.parent_combo.setObjectName("parent_combo")
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for code, name in parents:
            self.parent_combo.addItem(f"{code}  {name}" if code != name else name, code)
        self.parent_combo.setEditable(True)  # typing filters a long list (the completer matches anywhere)
        self.parent_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.parent_combo.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if under is not None:
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(under)))
        self.problem_label = problem_label(self, problems)
        self.problem_label.setVisible(bool(problems))
        self.buttons, self.ok_button = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Code:"), self.code_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Under:"), self.parent_combo)
        form.addRow(self.problem_label)
        form.addRow(self.buttons)
        if initial is not None:
            self.code_edit.setText(initial.code)
            self.name_edit.setText(initial.name)
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(initial.parent)))
        for edit in (self.code_edit, self.name_edit):
            edit.textChanged.connect(lambda _t: self._update())
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.code_edit.text().strip() and self.name_edit.text().strip()))

    def value(self) -> NewCodeValue:
        # An item as listed, or a code typed alone; other text goes to the station, which says "No such code"
        # (never silently the top level).
        text = self.parent_combo.currentText().strip()
        index = self.parent_combo.findText(text)
        if index < 0:
            index = self.parent_combo.findData(text)
        parent = self.parent_combo.itemData(index) if index >= 0 else (text or None)
        return NewCodeValue(self.code_edit.text().strip(), self.name_edit.text().strip(), parent)

    @classmethod
    def ask(cls, parent: QWidget | None, parents: Sequence[tuple[str, str]], *, under: str | None = None,
            problems: str = "", initial: NewCodeValue | None = None) -> NewCodeValue | None:
        dlg = cls(parent, parents, under=under, problems=problems, initial=initial)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.code_value_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(CodeValueDialog.ask(None, [("A", "农、林、牧、渔业"), ("03", "畜牧业"), ("039", "其他畜牧业")], under="039"))
