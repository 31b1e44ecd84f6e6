"""The customer's detail pane: profile, metering points with installed meter/CT/PT, and history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.rows import AssetRow, CustomerDetail, MeteringPointRow
from ui.text import ASSET_KIND, CUSTOMER_STATUS, METERING_METHOD, TARIFF_CATEGORY, label
from ui.widgets.common import FieldGrid, fmt


def _asset_text(asset: AssetRow | None) -> str:
    if asset is None:
        return ""
    # Barcode and the one figure that matters for the multiplier (a CT/PT's ratio); the rest is in the tooltip.
    parts = [asset.asset_no, asset.ratio if asset.kind != "meter" else asset.model]
    return "  ".join(p for p in parts if p)


class CustomerDetailWidget(QWidget):
    """Shows one `CustomerDetail`; `show_detail(None)` shows the empty state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("detail_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #555;")
        self.profile = FieldGrid([
            ("address", self.tr("Address")), ("phone", self.tr("Phone")),
            ("tariff_category", self.tr("Tariff category")), ("industry", self.tr("Industry")),
            ("voltage_level", self.tr("Voltage level")), ("area", self.tr("Transformer area")),
            ("contract_capacity_kva", self.tr("Contract kVA")), ("running_capacity_kva", self.tr("Running kVA")),
            ("opened_on", self.tr("Opened on")), ("closed_on", self.tr("Closed on")),
            ("close_reason", self.tr("Close reason")),
        ], columns=2, parent=self)

        self.points = QTreeWidget(self)
        self.points.setObjectName("points")
        self.points.setRootIsDecorated(False)
        self.points.setHeaderLabels([
            self.tr("Metering point"), self.tr("Method"), self.tr("Class"), self.tr("Multiplier"),
            self.tr("Meter"), self.tr("CT"), self.tr("PT"),
        ])
        self.points.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history = QTreeWidget(self)
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Operator"), self.tr("What")])
        self.history.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.points, self.tr("Metering points"))
        self.tabs.addTab(self.history, self.tr("History"))

        self.empty = QLabel(self.tr("Select a customer to see the profile, metering points and history."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777;")
        # Profile on the left, metering points and history on the right: the pane sits under the table
        # and uses the window's width.
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.subtitle)
        left.addWidget(self.profile)
        left.addStretch(1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(left, 2)
        lay.addWidget(self.tabs, 3)
        lay.addWidget(self.empty, 1)
        self.detail: CustomerDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: CustomerDetail | None) -> None:
        self.detail = detail
        has = detail is not None
        for w in (self.title, self.subtitle, self.profile, self.tabs):
            w.setVisible(has)
        self.empty.setVisible(not has)
        self.points.clear()
        self.history.clear()
        if detail is None:
            return
        c = detail.customer
        self.title.setText(f"{c.name}")
        account = self.tr("Account no.")  # outside the f-string, where lupdate finds it
        self.subtitle.setText(f"{account} {c.account_no}  ·  {label(CUSTOMER_STATUS, c.status)}")
        self.profile.set_values({
            "address": c.address, "phone": c.phone, "tariff_category": label(TARIFF_CATEGORY, c.tariff_category),
            "industry": c.industry, "voltage_level": c.voltage_level,
            "area": f"{c.area_code or ''} {c.area_name or ''}".strip(),
            "contract_capacity_kva": c.contract_capacity_kva, "running_capacity_kva": c.running_capacity_kva,
            "opened_on": c.opened_on, "closed_on": c.closed_on, "close_reason": c.close_reason,
        })
        closed = c.closed_on is not None or bool(c.close_reason)
        for key in ("closed_on", "close_reason"):
            self.profile.set_row_visible(key, closed)  # blank rows for every active account are noise
        for p in detail.points:
            self.points.addTopLevelItem(self._point_item(p))
        for h in detail.history:
            item = QTreeWidgetItem([fmt(h.at), h.operator, h.summary])
            item.setToolTip(2, h.summary)
            self.history.addTopLevelItem(item)
        self.tabs.setTabText(0, self.tr("Metering points (%1)").replace("%1", str(len(detail.points))))
        self.tabs.setTabText(1, self.tr("History (%1)").replace("%1", str(len(detail.history))))

    def _point_item(self, p: MeteringPointRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([
            p.name, label(METERING_METHOD, p.metering_method), p.device_class, fmt(p.multiplier),
            _asset_text(p.meter), _asset_text(p.ct), _asset_text(p.pt),
        ])
        for col, asset in ((4, p.meter), (5, p.ct), (6, p.pt)):
            if asset is not None:
                item.setToolTip(col, "\n".join(p for p in (
                    f"{label(ASSET_KIND, asset.kind)} {asset.asset_no}", asset.model, asset.maker,
                    asset.rated_current if asset.kind == "meter" else asset.ratio, asset.accuracy_class) if p))
        return item
