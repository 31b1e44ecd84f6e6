"""The customer's detail pane: profile, metering points with installed meter/CT/PT, and history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from station.domain.rows import CustomerDetail, HistoryRow
from station.i18n import QT_TRANSLATE_NOOP
from ui.dialogs.customer_form import field_label
from ui.text import ASSET_KIND, CUSTOMER_STATUS, EVENT_KIND, TARIFF_CATEGORY, label
from ui.widgets.common import FieldGrid, fmt
from ui.widgets.metering_points import MeteringPointsTree


def history_text(h: HistoryRow) -> str:
    """One history line in the UI language, built from the row's codes and fields (never its English summary)."""
    if h.source == "asset_event":
        parts = [label(EVENT_KIND, h.action), label(ASSET_KIND, h.asset_kind or ""), h.asset_no or ""]
        if h.reading is not None:
            reading = QCoreApplication.translate("CustomerDetailWidget", "reading %1")
            parts.append(reading.replace("%1", str(h.reading)))
        return "  ".join(p for p in parts if p) + (_colon() + h.reason if h.reason else "")
    if h.action == "import" and h.after:
        return QCoreApplication.translate("CustomerDetailWidget", "Imported in batch %1 (%2)").replace(
            "%1", str(h.after.get("import_batch_id", ""))).replace("%2", str(h.after.get("file", "")))
    action = QCoreApplication.translate("CustomerDetailWidget", _AUDIT_ACTIONS[h.action]) \
        if h.action in _AUDIT_ACTIONS else h.action
    what = QCoreApplication.translate("CustomerDetailWidget", _AUDIT_ENTITIES[h.entity]) \
        if h.entity in _AUDIT_ENTITIES else h.entity
    fields = sorted((h.after or {}).keys())
    # Punctuation is translated too: Chinese uses the full-width colon and the enumeration comma.
    shown = QCoreApplication.translate("CustomerDetailWidget", ", ").join(field_label(f) for f in fields)
    return f"{action} {what}" + (_colon() + shown if shown else "")


def _colon() -> str:
    return QCoreApplication.translate("CustomerDetailWidget", ": ")


_AUDIT_ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("CustomerDetailWidget", "Created"),
    "update": QT_TRANSLATE_NOOP("CustomerDetailWidget", "Changed"),
    "close": QT_TRANSLATE_NOOP("CustomerDetailWidget", "Closed"),
    "import": QT_TRANSLATE_NOOP("CustomerDetailWidget", "Imported"),
}
_AUDIT_ENTITIES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("CustomerDetailWidget", "customer record"),
    "metering_point": QT_TRANSLATE_NOOP("CustomerDetailWidget", "metering point"),
}


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

        self.points = MeteringPointsTree(self)
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
        self.points.set_points(detail.points)
        for h in detail.history:
            text = history_text(h)
            item = QTreeWidgetItem([fmt(h.at), h.operator, text])
            item.setToolTip(2, text)
            self.history.addTopLevelItem(item)
        self.tabs.setTabText(0, self.tr("Metering points (%1)").replace("%1", str(len(detail.points))))
        self.tabs.setTabText(1, self.tr("History (%1)").replace("%1", str(len(detail.history))))
