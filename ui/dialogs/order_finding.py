"""Record a finding: which target, category, location, what was found, the rule and the requirement, and a
deadline (empty: the category's rule). Returns a FindingDraft; persists nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from station.domain.problems import Problem
from station.orders.rows import FindingDraft, TargetRow
from ui.dialogs.frame import refused_frame
from ui.dialogs.order_new import date_edit, date_of
from ui.models.order_models import FINDING_CATEGORIES, finding_category_text


class FindingDialog(QDialog):
    def __init__(self, parent: QWidget | None, targets: Sequence[TargetRow], initial: FindingDraft | None = None,
                 problems: Sequence[Problem] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record finding"))
        self.setObjectName("finding_dialog")
        initial = initial or FindingDraft("metering", "")
        self.target_combo = QComboBox(self)
        for t in targets:
            self.target_combo.addItem(f"{t.account_no} {t.name}", t.account_no)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(initial.account_no)))
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("finding_category")
        for code in FINDING_CATEGORIES:
            self.category_combo.addItem(finding_category_text(code), code)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(initial.category)))
        self.location_edit = QLineEdit(initial.location, self)
        self.location_edit.setPlaceholderText(self.tr("e.g. 配电室 (hazards)"))
        self.text_edit = QPlainTextEdit(initial.description, self)
        self.text_edit.setObjectName("finding_text")
        self.text_edit.setMaximumHeight(90)
        self.rule_edit = QLineEdit(initial.rule_cited, self)
        self.rule_edit.setPlaceholderText(self.tr("Empty: the category's rule"))
        self.requirement_edit = QLineEdit(initial.requirement, self)
        self.requirement_edit.setPlaceholderText(self.tr("Empty: the category's requirement"))
        self.by_check = QCheckBox(self.tr("Rectify by"), self)
        self.by_check.setChecked(initial.rectify_by is not None)
        self.by_edit = date_edit(self, initial.rectify_by or dt.date.today() + dt.timedelta(days=7))
        self.by_edit.setEnabled(self.by_check.isChecked())
        self.by_check.toggled.connect(self.by_edit.setEnabled)
        by_row = QHBoxLayout()
        by_row.addWidget(self.by_check)
        by_row.addWidget(self.by_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.target_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Location"), self.location_edit)
        form.addRow(self.tr("Found"), self.text_edit)
        form.addRow(self.tr("Rule cited"), self.rule_edit)
        form.addRow(self.tr("Requirement"), self.requirement_edit)
        form.addRow(self.tr("Deadline"), by_row)
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, form)
        self.resize(480, 380)

    def value(self) -> FindingDraft:
        return FindingDraft(
            category=str(self.category_combo.currentData()), description=self.text_edit.toPlainText().strip(),
            account_no=self.target_combo.currentData(), location=self.location_edit.text().strip(),
            rule_cited=self.rule_edit.text().strip(), requirement=self.requirement_edit.text().strip(),
            rectify_by=date_of(self.by_edit) if self.by_check.isChecked() else None)

    @classmethod
    def ask(cls, parent: QWidget | None, targets: Sequence[TargetRow], initial: FindingDraft | None = None,
            problems: Sequence[Problem] | None = None) -> FindingDraft | None:
        dlg = cls(parent, targets, initial, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None
