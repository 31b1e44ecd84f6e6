"""A minimal asset detail: the asset's fields and its event history (station.assets.asset_detail)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.rows import AssetDetail
from ui.text import ASSET_KIND, ASSET_STATUS, EVENT_KIND, RESULT, label
from ui.widgets.common import FieldGrid, fmt


class AssetInfoWidget(QWidget):
    """Shows one `AssetDetail`; `show_detail(None)` shows the empty state. UI-B may replace it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("asset_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #555;")
        self.fields = FieldGrid([
            ("factory_no", self.tr("Factory no.")), ("model", self.tr("Model")),
            ("maker", self.tr("Maker")), ("accuracy_class", self.tr("Accuracy class")),
            ("rated_voltage", self.tr("Rated voltage")), ("rated_current", self.tr("Rated current")),
            ("constant", self.tr("Constant (imp/kWh)")), ("ratio", self.tr("Ratio")),
            ("phases", self.tr("Phases")), ("batch_no", self.tr("Batch")),
            ("made_on", self.tr("Made on")), ("received_on", self.tr("Received on")),
            ("verified_on", self.tr("Verified on")), ("verification_result", self.tr("Result")),
            ("certificate_no", self.tr("Certificate no.")), ("expires_on", self.tr("Service life ends")),
            ("installed_at", self.tr("Installed at")), ("area_code", self.tr("Area")),
        ], columns=2, parent=self)
        self.events = QTreeWidget(self)
        self.events.setObjectName("asset_events")
        self.events.setRootIsDecorated(False)
        self.events.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Operator"),
                                     self.tr("Customer"), self.tr("Reading"), self.tr("Result"),
                                     self.tr("Reason")])
        self.events.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.events_label = QLabel(self.tr("History"), self)
        self.events_label.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(self.tr("Select an asset, or scan its barcode, to see its record and history."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777;")
        left = QVBoxLayout()
        for w in (self.title, self.subtitle, self.fields):
            left.addWidget(w)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.events_label)
        right.addWidget(self.events, 1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(left, 1)
        lay.addLayout(right, 1)
        lay.addWidget(self.empty, 1)
        self.detail: AssetDetail | None = None
        self.show_detail(None)

    def show_detail(self, detail: AssetDetail | None) -> None:
        self.detail = detail
        for w in (self.title, self.subtitle, self.fields, self.events_label, self.events):
            w.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        self.events.clear()
        if detail is None:
            return
        a = detail.asset
        self.title.setText(a.asset_no)
        self.subtitle.setText(f"{label(ASSET_KIND, a.kind)}  ·  {label(ASSET_STATUS, a.status)}")
        installed = f"{a.account_no} {a.customer_name or ''}".strip() if a.account_no else ""
        self.fields.set_values({
            "factory_no": a.factory_no, "model": a.model, "maker": a.maker, "accuracy_class": a.accuracy_class,
            "rated_voltage": a.rated_voltage, "rated_current": a.rated_current, "constant": a.constant,
            "ratio": a.ratio, "phases": a.phases, "batch_no": a.batch_no, "made_on": a.made_on,
            "received_on": a.received_on, "verified_on": a.verified_on,
            "verification_result": label(RESULT, a.verification_result), "certificate_no": a.certificate_no,
            "expires_on": a.expires_on, "installed_at": installed, "area_code": a.area_code,
        })
        meter = a.kind == "meter"
        # A meter has no ratio and a CT/PT no constant: blank rows would only look like missing data.
        self.fields.set_row_visible("ratio", not meter)
        self.fields.set_row_visible("constant", meter)
        for e in reversed(detail.events):  # newest first, as the customer history
            self.events.addTopLevelItem(QTreeWidgetItem([
                fmt(e.happened_on), label(EVENT_KIND, e.kind), e.operator, e.account_no or "",
                fmt(e.reading), label(RESULT, e.result), e.reason,
            ]))
        self.events_label.setText(self.tr("History (%1)").replace("%1", str(len(detail.events))))
