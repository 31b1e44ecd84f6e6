"""The 工单 page's tables: the order list and the form's targets, findings, cases, attachments, notices, history.

Each is a RowTableModel over the work-order core's frozen rows (station.orders.rows); the names of kinds,
states and results come from the core's tables through the "station" translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from station.i18n import QT_TRANSLATE_NOOP
from station.orders import states, vocab
from ui.models.row_table import RowColumn, RowTableModel
from ui.widgets.common import fmt

LATE = QColor("#b00020")


def station_text(table: dict[str, str], code: str | None) -> str:
    """The translated name of `code` in one of the core's tables (kinds, sources, states …), else the code."""
    if not code:
        return ""
    text = table.get(code)
    return QCoreApplication.translate("station", text) if text else code


def kind_text(code: str | None) -> str:
    return station_text(vocab.KINDS, code)


def source_text(code: str | None) -> str:
    return station_text(vocab.SOURCES, code)


def order_state_text(code: str | None) -> str:
    return station_text(states.ORDER_STATE_NAMES, code)


def finding_state_text(code: str | None) -> str:
    return station_text(states.FINDING_STATE_NAMES, code)


def case_state_text(code: str | None) -> str:
    return station_text(states.CASE_STATE_NAMES, code)


def _late(flag: bool) -> str:
    return QCoreApplication.translate("OrderModels", "Overdue") if flag else ""


class OrderListModel(RowTableModel):
    """OrderRow: number, kind, source, status, customers, inspectors, due, open findings, overdue."""

    context = "OrderModels"
    NUMBER, KIND, SOURCE, STATUS, CUSTOMERS, INSPECTORS, DUE, FINDINGS, LATE = range(9)
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Number"), lambda r: r.number),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Kind"), lambda r: kind_text(r.kind),
                  tooltip=lambda r: f"{kind_text(r.kind)} · {source_text(r.source)}"),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Source"), lambda r: source_text(r.source)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Status"), lambda r: order_state_text(r.status),
                  sort=lambda r: states.ORDER_STATES.index(r.status) if r.status in states.ORDER_STATES else 99),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Customers"), lambda r: _customers(r.customers),
                  tooltip=lambda r: "\n".join(r.customers)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Inspectors"), lambda r: "、".join(r.inspectors)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Due"), lambda r: fmt(r.due_on),
                  sort=lambda r: r.due_on.isoformat() if r.due_on else "9999", tooltip=lambda r: _late(r.overdue)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Open findings"), lambda r: str(r.open_findings or ""),
                  sort=lambda r: r.open_findings, align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Overdue"), lambda r: _late(r.overdue),
                  sort=lambda r: int(r.overdue)),
    )

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column in (self.DUE, self.LATE):
            return QBrush(LATE)
        return None

    def row_of(self, number: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.number == number), -1)


def _customers(accounts: tuple[str, ...]) -> str:
    if len(accounts) <= 2:
        return " ".join(accounts)
    more = QCoreApplication.translate("OrderModels", "%1 and %2 more")
    return more.replace("%1", accounts[0]).replace("%2", str(len(accounts) - 1))


class OrderFilterProxy(QSortFilterProxyModel):
    """The list's search box: an order number or a 户号 (a prefix of either, or a part of the number)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(RowTableModel.SortRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10: replaces invalidateFilter()
        self._text = text.strip().upper()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt's name
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._text:
            return True
        source = self.sourceModel()
        assert isinstance(source, RowTableModel)  # the order list's
        row = source.row_at(source_row)
        return self._text in row.number.upper() or any(a.startswith(self._text) for a in row.customers)

    def row_at(self, row: int) -> Any:
        return self.data(self.index(row, 0), RowTableModel.RowRole)


class TargetModel(RowTableModel):
    context = "OrderModels"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Account no."), lambda r: r.account_no),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Name"), lambda r: r.name),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Voltage"), lambda r: r.voltage_level),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Asset"), lambda r: r.asset_no or ""),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Drop from"), lambda r: r.drop_start or ""),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Score"), lambda r: fmt(r.score), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Result"), lambda r: station_text(vocab.RESULTS, r.result)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Signature"),
                  lambda r: station_text(vocab.SIGNATURES, r.signature) + (f"（{r.witness}）" if r.witness else "")),
    )


class FindingModel(RowTableModel):
    context = "OrderModels"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "No."), lambda r: str(r.id), sort=lambda r: r.id),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Order"), lambda r: r.order_number),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Account no."), lambda r: r.account_no or ""),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Category"), lambda r: finding_category_text(r.category)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Description"), lambda r: r.description,
                  tooltip=lambda r: "\n".join(x for x in (r.description, r.rule_cited, r.requirement) if x)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Rectify by"), lambda r: fmt(r.rectify_by),
                  tooltip=lambda r: r.deadline_source),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Status"), lambda r: finding_state_text(r.status)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Overdue"), lambda r: _days_late(r.days_overdue),
                  sort=lambda r: r.days_overdue),
    )

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        escalated = row.status == states.ESCALATED  # waits for the supervisor: shown like a late one, in bold
        if role == Qt.ItemDataRole.ForegroundRole and (row.overdue or escalated):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.FontRole and escalated:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _days_late(days: int) -> str:
    return QCoreApplication.translate("OrderModels", "%n day(s)", "", days) if days > 0 else ""


# The finding categories and their names: one table, station.orders.vocab's (the code table's codes).
FINDING_CATEGORIES = vocab.FINDING_CATEGORIES


def finding_category_text(code: str) -> str:
    return station_text(vocab.FINDING_CATEGORIES, code)


class CaseModel(RowTableModel):
    context = "OrderModels"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Case"), lambda r: r.number),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Account no."), lambda r: r.account_no or ""),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Calculation"), lambda r: r.calc_kind),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "kWh"), lambda r: fmt(r.kwh), sort=lambda r: r.kwh,
                  align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Total (yuan)"), lambda r: fmt(r.total), sort=lambda r: r.total,
                  align_right=True, tooltip=lambda r: "\n".join(r.working)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Status"), lambda r: case_state_text(r.status)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Approved by"), lambda r: r.approved_by or ""),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Replaces"), lambda r: r.supersedes or ""),
    )


class AttachmentModel(RowTableModel):
    context = "OrderModels"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "File"), lambda r: r.file_name, tooltip=lambda r: r.sha256),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Kind"), lambda r: station_text(vocab.ATTACHMENT_KINDS, r.kind)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Size"), lambda r: _size(r.size), sort=lambda r: r.size,
                  align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Added by"), lambda r: r.added_by),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Added"), lambda r: fmt(r.added_at)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Note"), lambda r: r.note),
    )


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KiB" if n >= 1024 else f"{n} B"


#: The documents' names in the UI language (the PDFs print the Chinese titles of station.orders.vocab).
NOTICE_NAMES: dict[str, str] = {
    "work-sheet": QT_TRANSLATE_NOOP("OrderModels", "Inspection work sheet"),
    "result": QT_TRANSLATE_NOOP("OrderModels", "Inspection result notice"),
    "theft": QT_TRANSLATE_NOOP("OrderModels", "Violation / theft notice"),
    "rectify": QT_TRANSLATE_NOOP("OrderModels", "Rectification notice"),
    "case-sheet": QT_TRANSLATE_NOOP("OrderModels", "Back-billing calculation sheet"),
}


def notice_text(kind: str) -> str:
    text = NOTICE_NAMES.get(kind)
    return QCoreApplication.translate("OrderModels", text) if text else kind


class NoticeModel(RowTableModel):
    context = "OrderModels"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Number"), lambda r: r.number),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Document"), lambda r: notice_text(r.kind)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Case"), lambda r: r.case_number or ""),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Pages"), lambda r: str(r.pages), align_right=True),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Issued by"), lambda r: r.issued_by),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Issued"), lambda r: fmt(r.issued_at)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "SHA-256"), lambda r: r.pdf_sha256[:16],
                  tooltip=lambda r: r.pdf_sha256),
    )


_ENTITIES = {"order": QT_TRANSLATE_NOOP("OrderModels", "Order"),
             "finding": QT_TRANSLATE_NOOP("OrderModels", "Finding"),
             "case": QT_TRANSLATE_NOOP("OrderModels", "Case"),
             "notice": QT_TRANSLATE_NOOP("OrderModels", "Notice"),
             "attachment": QT_TRANSLATE_NOOP("OrderModels", "Attachment")}  # fmt: skip


def _state(entity: str, code: str | None) -> str:
    table = {"finding": states.FINDING_STATE_NAMES, "case": states.CASE_STATE_NAMES}.get(
        entity, states.ORDER_STATE_NAMES)
    return station_text(table, code)


def _step(action: str) -> str:
    from ui.text import message_text

    return message_text(states.step_name(action))


class HistoryModel(RowTableModel):
    context = "OrderModels"
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "When"), lambda r: fmt(r.at)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Operator"), lambda r: r.operator),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "What"),
                  lambda r: QCoreApplication.translate("OrderModels", _ENTITIES.get(r.entity, r.entity))),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Action"), lambda r: _step(r.action)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "From → to"),
                  lambda r: f"{_state(r.entity, r.from_state)} → {_state(r.entity, r.to_state)}"
                  if r.from_state != r.to_state else _state(r.entity, r.to_state)),
        RowColumn(QT_TRANSLATE_NOOP("OrderModels", "Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
    )
