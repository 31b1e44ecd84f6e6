"""The due list (轮换检定计划) and its exceptions as in-memory tables, with the kind/status/search filter proxy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from station.due import DueItem, DueKind, DueStatus, ExceptionItem
from station.due.items import STATUS_ORDER
from station.i18n import QT_TRANSLATE_NOOP
from ui.models.row_table import RowColumn, RowTableModel
from ui.text import ASSET_KIND, label, message_text

_CTX = "DueModel"

DUE_KIND: dict[str, str] = {
    DueKind.ONSITE: QT_TRANSLATE_NOOP("DueModel", "On-site test"),
    DueKind.PTDROP: QT_TRANSLATE_NOOP("DueModel", "PT voltage-drop test"),
    DueKind.CTPT: QT_TRANSLATE_NOOP("DueModel", "HV CT/PT check"),
    DueKind.ROTATION: QT_TRANSLATE_NOOP("DueModel", "Rotation"),
    DueKind.SAMPLING: QT_TRANSLATE_NOOP("DueModel", "Batch sampling"),
    DueKind.INSPECTION: QT_TRANSLATE_NOOP("DueModel", "Periodic inspection"),
}

DUE_STATUS: dict[str, str] = {
    DueStatus.URGENT: QT_TRANSLATE_NOOP("DueModel", "Urgent"),
    DueStatus.OVERDUE: QT_TRANSLATE_NOOP("DueModel", "Overdue"),
    DueStatus.DUE: QT_TRANSLATE_NOOP("DueModel", "Due this month"),
    DueStatus.UPCOMING: QT_TRANSLATE_NOOP("DueModel", "Next 3 months"),
    DueStatus.OK: QT_TRANSLATE_NOOP("DueModel", "OK"),
}

#: Row tint per status. The status is also written in its own column: colour is never the only signal.
STATUS_COLOUR: dict[str, str] = {
    DueStatus.URGENT: "#F4B6B6",
    DueStatus.OVERDUE: "#FAD7B5",
    DueStatus.DUE: "#FFF0A8",
    DueStatus.UPCOMING: "#D9E8F6",
}

EXCEPTION_REASON: dict[str, str] = {
    "below_minimum": QT_TRANSLATE_NOOP("DueModel", "Below class minimum"),
    "unverified": QT_TRANSLATE_NOOP("DueModel", "Not verified"),
    "past_life": QT_TRANSLATE_NOOP("DueModel", "Past service life"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate(_CTX, DUE_KIND.get(str(kind), str(kind)))


def status_text(status: str) -> str:
    return QCoreApplication.translate(_CTX, DUE_STATUS.get(str(status), str(status)))


def _date(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _due_text(it: DueItem) -> str:
    # No date: never done and no start on record, so the list counts it overdue from the start.
    return it.due_on.isoformat() if it.due_on else QCoreApplication.translate("DueModel", "never done")


def _target(it: DueItem) -> str:
    if it.target_kind == "batch":
        return QCoreApplication.translate("DueModel", "%1 (%2 meters)").replace("%1", it.target_no) \
            .replace("%2", f"{it.devices:,}")
    return it.target_no


class DueModel(RowTableModel):
    """One DueItem per row; background tinted by status; `SortRole` sorts the status by urgency."""

    context = _CTX
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Status"), lambda it: status_text(it.status),
                  sort=lambda it: STATUS_ORDER[it.status] * 10_000_000 + (it.due_on.toordinal() if it.due_on else 0)),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Kind"), lambda it: kind_text(it.kind)),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Target"), _target, sort=lambda it: it.target_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Account no."), lambda it: it.account_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Customer"), lambda it: it.customer_name),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Area"), lambda it: it.area_code),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Due on"), _due_text,
                  sort=lambda it: it.due_on.toordinal() if it.due_on else 0),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Last done"), lambda it: _date(it.last_done),
                  sort=lambda it: it.last_done.toordinal() if it.last_done else 0),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Rule"), lambda it: it.rule, tooltip=lambda it: it.rule),
    )

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_COLOUR.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and row.status in STATUS_COLOUR:
            return QBrush(QColor("#1A1A1A"))  # dark text on the tint, also under a dark desktop theme
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.status in (DueStatus.URGENT,
                                                                               DueStatus.OVERDUE):
            font = QFont()
            font.setBold(True)
            return font
        return None


class DueFilter(QSortFilterProxyModel):
    """Kind, status and search (asset_no / 户号 / name) over a DueModel, in memory (the list is computed once)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(DueModel.SortRole)
        self._kinds: frozenset[str] | None = None
        self._statuses: frozenset[str] | None = None
        self._text = ""

    def set_filters(self, kinds: Iterable[str] | None, statuses: Iterable[str] | None, text: str) -> None:
        """Kinds and statuses to show (None: all) and a search text; one re-filter for all three."""
        self.beginFilterChange()  # Qt 6.10: replaces invalidateFilter()
        self._kinds = frozenset(str(k) for k in kinds) if kinds is not None else None
        self._statuses = frozenset(str(s) for s in statuses) if statuses is not None else None
        self._text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def statuses(self) -> frozenset[str] | None:
        return self._statuses

    def matches(self, it: DueItem, *, ignore_status: bool = False) -> bool:
        """Whether `it` passes the filters; `ignore_status` for the per-status counts."""
        if self._kinds is not None and str(it.kind) not in self._kinds:
            return False
        if not ignore_status and self._statuses is not None and str(it.status) not in self._statuses:
            return False
        if self._text:
            hay = f"{it.target_no}\n{it.account_no}\n{it.customer_name}".lower()
            if self._text not in hay:
                return False
        return True

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt's name
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DueModel):
            return True
        return self.matches(model.row_at(source_row))

    def shown_rows(self) -> list[DueItem]:
        """The rows as the view shows them (filtered, in its order)."""
        return [self.data(self.index(r, 0), DueModel.RowRole) for r in range(self.rowCount())]


class ExceptionModel(RowTableModel):
    """Installed devices that should not be in service (future audit findings)."""

    context = _CTX
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Reason"),
                  lambda e: QCoreApplication.translate(_CTX, EXCEPTION_REASON.get(e.reason, e.reason))),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Asset no."), lambda e: e.asset_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Type"), lambda e: label(ASSET_KIND, e.asset_kind)),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Accuracy"), lambda e: e.accuracy_class),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Device class"), lambda e: e.device_class),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Account no."), lambda e: e.account_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Customer"), lambda e: e.customer_name),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Area"), lambda e: e.area_code),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Detail"), lambda e: message_text(e.detail),
                  tooltip=lambda e: message_text(e.detail)),
    )

    def extra_data(self, row: ExceptionItem, column: int, role: int) -> Any:
        return None
