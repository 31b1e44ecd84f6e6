"""New work order: kind, source, targets (prefilled from the page it was started on), inspectors, dates.

Returns an OrderDraft and persists nothing; a refusal re-opens it with the same input and every reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from station.domain.problems import Problem
from station.domain.roles import ROLE_NAMES
from station.orders import vocab
from station.orders.rows import OrderDraft, TargetDraft
from ui.dialogs.frame import refused_frame
from ui.models.order_models import kind_text, source_text, station_text


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def date_edit(parent: QWidget, day: dt.date | None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class InspectorPicker(QListWidget):
    """The users an order may name, checkable; inspectors show their 用电检查证 number and grade."""

    def __init__(self, people: Sequence[Any], chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector_picker")
        ordered = sorted(people, key=lambda u: (u.role != "inspector", u.name))
        for u in ordered:
            if u.role not in ("inspector", "metering", "supervisor"):
                continue
            grade = self.tr("grade %1").replace("%1", u.cert_grade) if u.cert_grade else ""  # outside an f-string
            cert = f"  {u.cert_no}  {grade}".rstrip() if u.cert_no else ""
            role = station_text(ROLE_NAMES, u.role)
            item = QListWidgetItem(f"{u.name}  [{role}]{cert}", self)
            item.setData(Qt.ItemDataRole.UserRole, u.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.name in chosen else Qt.CheckState.Unchecked)
            if not u.cert_no:
                item.setToolTip(QCoreApplication.translate("NewOrderDialog", "No 用电检查证 on record"))

    def names(self) -> list[str]:
        return [str(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names: Sequence[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in names
                               else Qt.CheckState.Unchecked)


class NewOrderDialog(QDialog):
    """`ask(parent, people, initial, problems)` → OrderDraft or None."""

    def __init__(self, parent: QWidget | None, people: Sequence[Any], initial: OrderDraft,
                 problems: Sequence[Problem] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New work order"))
        self.setObjectName("new_order_dialog")
        self._initial = initial
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("order_kind")
        for code in vocab.KINDS:
            self.kind_combo.addItem(kind_text(code), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(initial.kind)))
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("order_source")
        for code in vocab.SOURCES:
            self.source_combo.addItem(source_text(code), code)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(initial.source)))
        self.scan_month = QLineEdit(initial.scan_month or "", self)
        self.scan_month.setPlaceholderText("YYYY-MM")
        self.area_edit = QLineEdit(initial.area_code or "", self)
        self.area_edit.setObjectName("order_area")
        self.targets_edit = QPlainTextEdit(self)
        self.targets_edit.setObjectName("order_targets_edit")
        self.targets_edit.setPlaceholderText(self.tr("One account no. per line (optionally followed by an asset no.)"))
        self.targets_edit.setPlainText("\n".join(
            f"{t.account_no} {t.asset_no}" if t.asset_no else t.account_no for t in initial.targets))
        self.targets_edit.setMinimumHeight(90)
        self.inspectors = InspectorPicker(people, initial.inspectors, self)
        self.inspectors.setMinimumHeight(110)
        self.planned_edit = date_edit(self, initial.planned_on)
        self.due_check = QCheckBox(self.tr("Deadline"), self)
        self.due_check.setChecked(initial.due_on is not None)
        self.due_edit = date_edit(self, initial.due_on or dt.date.today() + dt.timedelta(days=14))
        self.due_edit.setEnabled(self.due_check.isChecked())
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.note_edit = QLineEdit(initial.note, self)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Source"), self.source_combo)
        form.addRow(self.tr("Scan month"), self.scan_month)
        form.addRow(self.tr("Area (台区)"), self.area_edit)
        form.addRow(self.tr("Customers"), self.targets_edit)
        form.addRow(self.tr("Inspectors"), self.inspectors)
        form.addRow(self.tr("Planned"), self.planned_edit)
        form.addRow("", due_row)
        form.addRow(self.tr("Note"), self.note_edit)
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, form)
        self.resize(520, 560)

    def _targets(self) -> tuple[TargetDraft, ...]:
        """The typed lines; a line the page prefilled keeps its drop-start month and score."""
        known = {t.account_no: t for t in self._initial.targets}
        out: list[TargetDraft] = []
        for line in self.targets_edit.toPlainText().splitlines():
            parts = line.split()
            if not parts:
                continue
            asset = parts[1] if len(parts) > 1 else None
            before = known.get(parts[0])
            if before is not None and before.asset_no == asset:
                out.append(before)
            else:
                out.append(TargetDraft(parts[0], asset))
        return tuple(out)

    def value(self) -> OrderDraft:
        month = self.scan_month.text().strip() or None
        return OrderDraft(
            kind=str(self.kind_combo.currentData()), targets=self._targets(),
            source=str(self.source_combo.currentData()), scan_month=month,
            inspectors=tuple(self.inspectors.names()), planned_on=date_of(self.planned_edit),
            due_on=date_of(self.due_edit) if self.due_check.isChecked() else None,
            area_code=self.area_edit.text().strip() or None, note=self.note_edit.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, people: Sequence[Any], initial: OrderDraft,
            problems: Sequence[Problem] | None = None) -> OrderDraft | None:
        dlg = cls(parent, people, initial, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


class InspectorsDialog(QDialog):
    """Change the inspectors of an order not yet on site."""

    def __init__(self, parent: QWidget | None, people: Sequence[Any], chosen: Sequence[str],
                 problems: Sequence[Problem] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inspectors"))
        self.picker = InspectorPicker(people, chosen, self)
        note = QLabel(self.tr("On-site work needs two inspectors, each with a 用电检查证."), self)
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, note, self.picker)

    @classmethod
    def ask(cls, parent: QWidget | None, people: Sequence[Any], chosen: Sequence[str],
            problems: Sequence[Problem] | None = None) -> list[str] | None:
        dlg = cls(parent, people, chosen, problems)
        return dlg.picker.names() if dlg.exec() == QDialog.DialogCode.Accepted else None


if __name__ == "__main__":  # a preview: python -m ui.dialogs.order_new
    import sys

    from PySide6.QtWidgets import QApplication

    from station.users import UserRow

    app = QApplication(sys.argv)
    users = [UserRow(1, "李军", "inspector", True, "JC-2019-0412", "2"), UserRow(2, "刘志明", "supervisor", True)]
    print(NewOrderDialog.ask(None, users, OrderDraft("theft", (TargetDraft("3400012345"),), source="suspect")))
