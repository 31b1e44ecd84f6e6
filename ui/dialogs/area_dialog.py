"""台区 by hand: the list of a station's 台区 (New / Edit) and the form of one (code, name, feeder, transformer
kVA, gateway meter, type). The form saves itself (a refusal keeps every field and marks the refused ones)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.areas import AREA_TYPES, area_field_problems
from station.domain.rows import AreaRow
from station.i18n import QT_TRANSLATE_NOOP
from ui.dialogs.asset_common import StepDialog, parse_reading, problem_texts
from ui.dialogs.frame import close_only
from ui.widgets.common import fmt

AREA_TYPE_NAMES = {
    "public": QT_TRANSLATE_NOOP("AreaForm", "Public transformer (公变)"),
    "dedicated": QT_TRANSLATE_NOOP("AreaForm", "Dedicated transformer (专变)"),
    "rural": QT_TRANSLATE_NOOP("AreaForm", "Rural grid (农网)"),
}


@dataclass(frozen=True, slots=True)
class AreaValues:
    """The keyword arguments of actions.create_area / update_area."""

    code: str
    name: str
    feeder: str | None
    transformer_kva: Decimal | None
    gateway_meter: str | None
    area_type: str

    def kwargs(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}


class AreaForm(StepDialog):
    """One 台区: new (`area=None`) or edited; `value()` is an AreaValues."""

    def __init__(self, parent: QWidget | None, area: AreaRow | None = None) -> None:
        super().__init__(parent, self.tr("New 台区") if area is None else self.tr("Edit 台区 %1").replace(
            "%1", area.code))
        self.area = area
        self.code_edit = self._edit("code_edit", 32, area.code if area else "")
        self.name_edit = self._edit("name_edit", 100, area.name if area else "")
        self.feeder_edit = self._edit("feeder_edit", 100, (area.feeder or "") if area else "")
        self.feeder_edit.setPlaceholderText(self.tr("the 10 kV line, e.g. 10kV城关线"))
        self.kva_edit = self._edit("kva_edit", 12, fmt(area.transformer_kva) if area and area.transformer_kva
                                   is not None else "")
        self.gateway_edit = self._edit("gateway_edit", 32, (area.gateway_meter or "") if area else "")
        self.gateway_edit.setPlaceholderText(self.tr("the gateway meter's asset no."))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("type_combo")
        for code in AREA_TYPES:
            self.type_combo.addItem(QCoreApplication.translate("AreaForm", AREA_TYPE_NAMES[code]), code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(area.area_type if area else "public")))
        self.add_row(self.tr("Area code"), self.code_edit)
        self.add_row(self.tr("Name"), self.name_edit)
        self.add_row(self.tr("Feeder"), self.feeder_edit)
        self.add_row(self.tr("Transformer (kVA)"), self.kva_edit)
        self.add_row(self.tr("Gateway meter"), self.gateway_edit)
        self.add_row(self.tr("Type"), self.type_combo)
        self.fields = {"code": self.code_edit, "name": self.name_edit, "feeder": self.feeder_edit,
                       "transformer_kva": self.kva_edit, "gateway_meter": self.gateway_edit,
                       "area_type": self.type_combo}
        self.watch(*self.fields.values())
        self.revalidate()
        (self.name_edit if area else self.code_edit).setFocus()

    def _edit(self, name: str, limit: int, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(limit + 20)  # the station says "at most N"; the field does not cut a paste silently
        return edit

    def _kva(self) -> Decimal | None | str:
        text = self.kva_edit.text().strip()
        if not text:
            return None
        value = parse_reading(text)
        return text if value is None else value

    def problems(self) -> list[str]:
        kva = self._kva()
        values = {**self.value_fields(), "transformer_kva": None if isinstance(kva, str) else kva}
        found = [self.tr("The capacity is a number of kVA, e.g. 400")] if isinstance(kva, str) else []
        return found + problem_texts(area_field_problems(values))

    def value_fields(self) -> dict[str, Any]:
        return {"code": self.code_edit.text().strip(), "name": self.name_edit.text().strip(),
                "feeder": self.feeder_edit.text().strip() or None,
                "gateway_meter": self.gateway_edit.text().strip() or None,
                "area_type": self.type_combo.currentData()}

    def value(self) -> AreaValues:
        kva = self._kva()
        return AreaValues(**self.value_fields(), transformer_kva=None if isinstance(kva, str) else kva)


#: Columns of the list: (header, how to show an AreaRow).
_COLUMNS: tuple[tuple[str, Callable[[AreaRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("AreaList", "Area code"), lambda a: a.code),
    (QT_TRANSLATE_NOOP("AreaList", "Name"), lambda a: a.name),
    (QT_TRANSLATE_NOOP("AreaList", "Feeder"), lambda a: a.feeder or ""),
    (QT_TRANSLATE_NOOP("AreaList", "Transformer (kVA)"), lambda a: fmt(a.transformer_kva) if a.transformer_kva
     is not None else ""),
    (QT_TRANSLATE_NOOP("AreaList", "Gateway meter"), lambda a: a.gateway_meter or ""),
    (QT_TRANSLATE_NOOP("AreaList", "Type"), lambda a: QCoreApplication.translate(
        "AreaForm", AREA_TYPE_NAMES.get(a.area_type, a.area_type))),
)


class AreaListDialog(QDialog):
    """The station's 台区 with New and Edit; `edit_requested(area or None)` is answered by the caller's `open_form`."""

    def __init__(self, parent: QWidget | None, areas: list[AreaRow],
                 open_form: Callable[[AreaRow | None], AreaRow | None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("台区 (transformer areas)"))
        self.resize(900, 480)
        self._open_form = open_form
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setObjectName("area_table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("AreaList", h) for h, _ in _COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.new_button = QPushButton(self.tr("New 台区…"), self)
        self.new_button.setObjectName("new_area")
        self.new_button.clicked.connect(lambda: self.new())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("edit_area")
        self.edit_button.clicked.connect(lambda: self.edit())
        close = close_only(self)
        row = QHBoxLayout()
        for w in (self.new_button, self.edit_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        self.set_areas(areas)
        self.table.itemSelectionChanged.connect(self._update)

    def set_areas(self, areas: list[AreaRow], select_id: int | None = None) -> None:
        self.areas = list(areas)
        self.table.setRowCount(len(self.areas))
        for r, a in enumerate(self.areas):
            for c, (_h, show) in enumerate(_COLUMNS):
                item = QTableWidgetItem(show(a))
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(r, c, item)
            if a.id == select_id:
                self.table.selectRow(r)
        self.table.resizeColumnsToContents()
        self._update()

    def current(self) -> AreaRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.areas[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)

    def new(self) -> AreaRow | None:
        return self._open_form(None)

    def edit(self) -> AreaRow | None:
        area = self.current()
        return self._open_form(area) if area is not None else None


if __name__ == "__main__":  # preview: python -m ui.dialogs.area_dialog
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    print(AreaForm.ask(None))
