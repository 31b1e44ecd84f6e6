"""A customer's or an asset's work orders and findings: two small tables (double-click opens the order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ui.models.order_models import FindingModel, OrderListModel
from ui.models.row_table import row_of
from ui.widgets.order_form import order_table


class LinkedOrdersWidget(QWidget):
    open_order_requested = Signal(str)  #: an order number

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.orders = OrderListModel(self)
        self.findings = FindingModel(self)
        self.orders_view = order_table(self, self.orders, "linked_orders")
        self.findings_view = order_table(self, self.findings, "linked_findings")
        for col in (OrderListModel.CUSTOMERS, OrderListModel.INSPECTORS, OrderListModel.SOURCE):
            self.orders_view.setColumnHidden(col, True)
        self.findings_view.setColumnHidden(2, True)  # the account: the customer shown
        self.orders_view.doubleClicked.connect(lambda i: self._open(self.orders_view, i))
        self.findings_view.doubleClicked.connect(lambda i: self._open(self.findings_view, i))
        self.orders_label = QLabel(self)
        self.findings_label = QLabel(self)
        for lab in (self.orders_label, self.findings_label):
            lab.setStyleSheet("font-weight: bold;")
        top, bottom = QWidget(self), QWidget(self)
        for box, lab, view in ((top, self.orders_label, self.orders_view),
                               (bottom, self.findings_label, self.findings_view)):
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(lab)
            lay.addWidget(view, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        if compact:
            self.setMinimumHeight(160)
        self.show_links(None)

    def show_links(self, linked: Any | None) -> None:
        orders = list(linked.orders) if linked is not None else []
        findings = list(linked.findings) if linked is not None else []
        self.orders.set_rows(orders)
        self.findings.set_rows(findings)
        self.orders_label.setText(self.tr("Work orders (%1)").replace("%1", str(len(orders))))
        late = sum(1 for f in findings if f.overdue)
        text = self.tr("Findings (%1)").replace("%1", str(len(findings)))
        if late:
            text += "  " + self.tr("%n overdue", "", late)
        self.findings_label.setText(text)

    def count(self) -> int:
        return self.orders.rowCount()

    def _open(self, view: QTableView, index: QModelIndex) -> None:
        row = row_of(view, index)
        self.open_order_requested.emit(getattr(row, "order_number", None) or row.number)
