"""The asset page's detail pane: fields, where it is installed, its service period, history, and next steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.codes import EventKind
from station.domain.lifecycle import TRANSITIONS
from station.domain.rows import AssetDetail, AssetRow
from station.i18n import QT_TRANSLATE_NOOP
from ui.text import ASSET_KIND, ASSET_STATUS, EVENT_KIND, RESULT, label
from ui.widgets.common import FieldGrid, fmt

#: The lifecycle steps a clerk takes from this pane, in the order of the asset's life, with button texts.
STEP_BUTTONS: tuple[tuple[EventKind, str], ...] = (
    (EventKind.VERIFIED, QT_TRANSLATE_NOOP("AssetDetailWidget", "Verification…")),
    (EventKind.ISSUED, QT_TRANSLATE_NOOP("AssetDetailWidget", "Issue…")),
    (EventKind.INSTALLED, QT_TRANSLATE_NOOP("AssetDetailWidget", "Install…")),
    (EventKind.REMOVED, QT_TRANSLATE_NOOP("AssetDetailWidget", "Remove…")),
    (EventKind.RETURNED, QT_TRANSLATE_NOOP("AssetDetailWidget", "Return to stock…")),
    (EventKind.TO_SCRAP, QT_TRANSLATE_NOOP("AssetDetailWidget", "Mark for scrapping…")),
    (EventKind.SCRAPPED, QT_TRANSLATE_NOOP("AssetDetailWidget", "Scrap…")),
)
#: A meter whose service period ends within this many days is flagged, so rotation is planned in time
#: (a quarter: the rotation plans of DOMAIN.md are drawn up quarterly).
EXPIRY_WARNING_DAYS = 90

#: (metering point name, multiplier) of the point an asset sits on; None when unknown.
PointLookup = Callable[[AssetRow], "tuple[str, Decimal] | None"]


def allowed_steps(status: str | None) -> list[EventKind]:
    """The steps the state machine allows from `status` (station.domain.lifecycle.TRANSITIONS)."""
    return [kind for kind, _ in STEP_BUTTONS if status is not None and status in TRANSITIONS[kind].sources]


class AssetDetailWidget(QWidget):
    """Shows one AssetDetail (`show_detail(None)`: the empty state); emits `step_requested(kind)`."""

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, point_lookup: PointLookup | None = None) -> None:
        super().__init__(parent)
        self._point_lookup = point_lookup
        self.title = QLabel(self)
        self.title.setObjectName("asset_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("asset_subtitle")
        self.fields = FieldGrid([
            ("factory_no", self.tr("Factory no.")), ("model", self.tr("Model")),
            ("maker", self.tr("Maker")), ("accuracy_class", self.tr("Accuracy class")),
            ("rated_voltage", self.tr("Rated voltage")), ("rating", self.tr("Rated current / ratio")),
            ("constant", self.tr("Constant (imp/kWh)")), ("phases", self.tr("Phases")),
            ("batch_no", self.tr("Batch")), ("made_on", self.tr("Made on")),
            ("received_on", self.tr("Received on")), ("verified_on", self.tr("Verified on")),
            ("verification_result", self.tr("Result")), ("certificate_no", self.tr("Certificate no.")),
        ], columns=2, parent=self)
        self.where = FieldGrid([
            ("customer", self.tr("Installed at")), ("area", self.tr("Area")),
            ("point", self.tr("Metering point")), ("multiplier", self.tr("Multiplier")),
            ("expires_on", self.tr("Service life ends")),
        ], columns=1, parent=self)
        self.expiry_note = QLabel(self)
        self.expiry_note.setObjectName("expiry_note")
        self.expiry_note.setWordWrap(True)
        self.step_buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        for kind, text in STEP_BUTTONS:
            button = QPushButton(QCoreApplication.translate("AssetDetailWidget", text), self)
            button.setObjectName(f"step:{kind}")
            button.clicked.connect(lambda _=False, k=str(kind): self.step_requested.emit(k))
            self.step_buttons[str(kind)] = button
            steps.addWidget(button)
        steps.addStretch(1)

        self.events = QTreeWidget(self)
        self.events.setObjectName("asset_events")
        self.events.setRootIsDecorated(False)
        self.events.setAlternatingRowColors(True)
        self.events.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Operator"),
                                     self.tr("Customer"), self.tr("Reading"), self.tr("Result"),
                                     self.tr("Certificate"), self.tr("Reason")])
        self.events.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.events.header().setStretchLastSection(True)
        self.events_label = QLabel(self.tr("History"), self)
        self.events_label.setStyleSheet("font-weight: bold;")
        self.empty = QLabel(self.tr("Select an asset, or scan its barcode, to see its record and history."), self)
        self.empty.setObjectName("empty_label")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #777;")

        left = QVBoxLayout()
        for w in (self.title, self.subtitle, self.fields):
            left.addWidget(w)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.where)
        right.addWidget(self.expiry_note)
        right.addWidget(self.events_label)
        right.addWidget(self.events, 1)
        self.side = right  #: other modules add their sections here (the asset's work orders)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 6)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(steps)
        lay.addLayout(body, 1)
        lay.addWidget(self.empty, 1)
        self._content = [self.title, self.subtitle, self.fields, self.where, self.expiry_note, self.events_label,
                         self.events, *self.step_buttons.values()]
        self.detail: AssetDetail | None = None
        self.show_detail(None)

    def set_point_lookup(self, lookup: PointLookup | None) -> None:
        self._point_lookup = lookup

    def show_detail(self, detail: AssetDetail | None) -> None:
        self.detail = detail
        for w in self._content:
            w.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        self.events.clear()
        if detail is None:
            return
        a = detail.asset
        self.title.setText(a.asset_no)
        self.subtitle.setText(f"{label(ASSET_KIND, a.kind)}  ·  {label(ASSET_STATUS, a.status)}")
        self.fields.set_values({
            "factory_no": a.factory_no, "model": a.model, "maker": a.maker, "accuracy_class": a.accuracy_class,
            "rated_voltage": a.rated_voltage, "rating": a.rated_current if a.kind == "meter" else a.ratio,
            "constant": a.constant, "phases": a.phases, "batch_no": a.batch_no, "made_on": a.made_on,
            "received_on": a.received_on, "verified_on": a.verified_on,
            "verification_result": label(RESULT, a.verification_result), "certificate_no": a.certificate_no,
        })
        point = self._point_lookup(a) if self._point_lookup and a.metering_point_id else None
        self.where.set_values({
            "customer": f"{a.account_no} {a.customer_name or ''}".strip() if a.account_no else self.tr("(not installed)"),
            "area": a.area_code, "point": point[0] if point else None, "multiplier": point[1] if point else None,
            "expires_on": a.expires_on,
        })
        self._show_expiry(a)
        allowed = set(allowed_steps(a.status))
        for kind, button in self.step_buttons.items():
            button.setVisible(kind in allowed)
        for e in reversed(detail.events):  # newest first, as the customer history
            self.events.addTopLevelItem(QTreeWidgetItem([
                fmt(e.happened_on), label(EVENT_KIND, e.kind), e.operator, e.account_no or "",
                fmt(e.reading), label(RESULT, e.result), e.certificate_no or "", e.reason,
            ]))
        self.events_label.setText(self.tr("History (%1)").replace("%1", str(len(detail.events))))

    def _show_expiry(self, a: AssetRow) -> None:
        today = dt.date.today()
        if a.expires_on is None:
            self.expiry_note.setVisible(False)
            return
        if a.expires_on <= today:
            text, colour = self.tr("The service period has ended: the asset must not be installed again "
                                   "and, if in service, is due for rotation."), "#b00020"
        elif (a.expires_on - today).days <= EXPIRY_WARNING_DAYS:
            text, colour = self.tr("The service period ends in %n day(s).", "",
                                   (a.expires_on - today).days), "#a05a00"
        else:
            self.expiry_note.setVisible(False)
            return
        self.expiry_note.setText(text)
        self.expiry_note.setStyleSheet(f"color: {colour};")
        self.expiry_note.setVisible(True)
