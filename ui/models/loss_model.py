"""The month's line loss per 台区 (台区线损), ranked by loss rate and coloured by class (the class is also written)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from station.analysis.lineloss import LOSS_CLASS_TEXT, LossClass
from station.i18n import QT_TRANSLATE_NOOP
from ui.models.row_table import RowColumn, RowTableModel

#: Row backgrounds per class: pale enough that black text keeps a contrast above 12:1 (WCAG AAA is 7:1);
#: the class is also written in its own column, so colour is never the only sign.
CLASS_BACKGROUND: dict[LossClass, str] = {
    LossClass.HIGH: "#F9D3CE",  # 高损: red-ish
    LossClass.NEGATIVE: "#D2E3F8",  # 负损: blue-ish
    LossClass.NOT_COMPUTABLE: "#E4E4E4",  # 不可算: grey
}
#: Class text in a darker shade of the same hue (contrast ≥ 7:1 on its background).
CLASS_FOREGROUND: dict[LossClass, str] = {
    LossClass.HIGH: "#8B1A10",
    LossClass.NEGATIVE: "#0D3C78",
    LossClass.NOT_COMPUTABLE: "#3C3C3C",
}


def loss_class(row: Any) -> LossClass:
    """The LossClass of a LossRow (`klass` is the class name in lower case, e.g. "high")."""
    value = row.klass
    return LossClass[value.upper()] if isinstance(value, str) else LossClass(int(value))


def class_text(klass: LossClass) -> str:
    """合格 / 高损 / 负损 / 不可算 in the UI language (the station's English through the translator)."""
    return QCoreApplication.translate("station", LOSS_CLASS_TEXT[klass][0])


def _finite(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def kwh_text(value: Any) -> str:
    return f"{value:,.0f}" if _finite(value) else "—"


def pct_text(value: Any, signed: bool = False) -> str:
    if not _finite(value):
        return "—"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _key(value: Any) -> float:
    """Sort value: not computable sorts below every number."""
    return float(value) if _finite(value) else float("-inf")


class LossModel(RowTableModel):
    """Rows of `line_loss_table` for one month; the page sorts them by loss rate, highest first."""

    context = "LossModel"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Area code"), lambda r: r.area_code),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Area"), lambda r: r.area_name, tooltip=lambda r: r.area_name),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Loss rate %"), lambda r: pct_text(r.loss_rate),
                  lambda r: _key(r.loss_rate), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Class"), lambda r: class_text(loss_class(r)),
                  lambda r: int(loss_class(r))),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Supplied kWh"), lambda r: kwh_text(r.supplied_kwh),
                  lambda r: _key(r.supplied_kwh), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Sold kWh"), lambda r: kwh_text(r.sold_kwh),
                  lambda r: _key(r.sold_kwh), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Loss kWh"), lambda r: kwh_text(r.loss_kwh),
                  lambda r: _key(r.loss_kwh), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("LossModel", "Rise (points)"), lambda r: pct_text(r.rise, signed=True),
                  lambda r: _key(r.rise), align_right=True),
    )
    RATE_COLUMN = 2
    CLASS_COLUMN = 3  #: rate and class next to the name: visible without scrolling

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        klass = loss_class(row)
        if role == Qt.ItemDataRole.BackgroundRole and klass in CLASS_BACKGROUND:
            return QBrush(QColor(CLASS_BACKGROUND[klass]))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CLASS_COLUMN and klass in CLASS_FOREGROUND:
            return QBrush(QColor(CLASS_FOREGROUND[klass]))
        if role == Qt.ItemDataRole.FontRole and column == self.CLASS_COLUMN and klass != LossClass.NORMAL:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_of_area(self, area_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.area_id == area_id), -1)
