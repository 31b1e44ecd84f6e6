"""Install an asset on a metering point (安装): the asset (scanned), the customer by 户号, its point, the reading."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from station import actions
from station.domain import asset_no as barcode
from station.domain.codes import AssetKind
from station.domain.lifecycle import can_install
from station.domain.rows import AssetRow, CustomerDetail, MeteringPointRow
from station.workspace import Workspace
from ui.dialogs.asset_common import (
    BarcodeEdit,
    StepDialog,
    asset_summary,
    date_edit,
    parse_reading,
    problem_texts,
    reading_problems,
    to_date,
)
from ui.text import METERING_METHOD, label
from ui.widgets.common import fmt
from ui.widgets.scan_box import normalise

#: A typed 户号 is looked up after this pause (a scan's Enter looks it up at once).
LOOKUP_DEBOUNCE_MS = 250


@dataclass(frozen=True, slots=True)
class InstallRequest:
    """The arguments of `actions.install_asset`."""

    asset_id: int
    metering_point_id: int
    on: dt.date
    reading: Decimal


def _slot(point: MeteringPointRow, kind: str) -> AssetRow | None:
    return {AssetKind.METER: point.meter, AssetKind.CT: point.ct, AssetKind.PT: point.pt}.get(AssetKind(kind))


class InstallDialog(StepDialog):
    """Returns an InstallRequest through `ask(parent, ws, asset=None)`.

    The asset is checked with the station's own install guard (status, verification, service period) as soon
    as it is scanned, so an expired, failed or unverified meter is refused here with the station's reason.
    """

    def __init__(self, parent: QWidget | None, ws: Workspace, asset: AssetRow | None = None) -> None:
        super().__init__(parent, self.tr("Install on a metering point"), self.tr(
            "Scan the asset, then type or scan the customer's account no. and choose the metering point. "
            "The opening register reading is required."))
        self._ws = ws
        self.asset: AssetRow | None = None
        self.customer: CustomerDetail | None = None
        self._asset_looked_up = self._customer_looked_up = ""

        self.asset_edit = BarcodeEdit(self)
        self.asset_edit.setObjectName("asset_edit")
        self.asset_edit.setPlaceholderText(self.tr("scan the barcode (22 digits)"))
        self.asset_info = QLabel(self)
        self.asset_info.setObjectName("asset_info")
        self.asset_info.setWordWrap(True)
        self.account_edit = BarcodeEdit(self)
        self.account_edit.setObjectName("account_edit")
        self.account_edit.setPlaceholderText(self.tr("account no. (户号)"))
        self.customer_info = QLabel(self)
        self.customer_info.setObjectName("customer_info")
        self.customer_info.setWordWrap(True)
        self.point_combo = QComboBox(self)
        self.point_combo.setObjectName("point_combo")
        self.date_edit = date_edit(self)
        self.reading_edit = QLineEdit(self)
        self.reading_edit.setObjectName("reading_edit")
        self.reading_edit.setPlaceholderText(self.tr("kWh on the register at installation"))

        self.add_row(self.tr("Asset"), self.asset_edit)
        self.form.addRow("", self.asset_info)
        self.add_row(self.tr("Customer"), self.account_edit)
        self.form.addRow("", self.customer_info)
        self.add_row(self.tr("Metering point"), self.point_combo)
        # The reading before the date: Tab from the point lands on the reading (the "0.10" typed into
        # the date), and the date, today as a rule, comes last.
        self.add_row(self.tr("Opening reading"), self.reading_edit)
        self.add_row(self.tr("Installed on"), self.date_edit)
        QWidget.setTabOrder(self.point_combo, self.reading_edit)
        QWidget.setTabOrder(self.reading_edit, self.date_edit)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DEBOUNCE_MS)
        self._timer.timeout.connect(self.look_up)
        for edit in (self.asset_edit, self.account_edit):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.scanned.connect(lambda _t: self.look_up())
        self.asset_edit.next_field = self.account_edit
        self.account_edit.next_field = self.reading_edit  # the free metering point is chosen already
        self.watch(self.point_combo, self.date_edit, self.reading_edit)
        self.fields = {"id": self.asset_edit, "status": self.asset_edit, "verified_on": self.asset_edit,
                       "verification_result": self.asset_edit, "expires_on": self.asset_edit,
                       "metering_point_id": self.point_combo, "ratio": self.asset_edit,
                       "reading": self.reading_edit, "happened_on": self.date_edit}
        if asset is not None:
            self.asset_edit.setText(asset.asset_no)
        self.look_up()
        (self.account_edit if asset is not None else self.asset_edit).setFocus()

    # -- look-ups ---------------------------------------------------------------------------------
    def look_up(self) -> None:
        """Find the asset and the customer the fields name (only when their text changed)."""
        self._timer.stop()
        code = normalise(self.asset_edit.text())
        if code != self._asset_looked_up:
            self._asset_looked_up = code
            self.asset = None
            if barcode.is_valid(code):
                found = actions.find_by_scan(self._ws, code)
                if found and found[0] == "asset":
                    self.asset = actions.load_asset_rows(self._ws, [found[1]]).get(found[1])
            self.asset_info.setText(asset_summary(self.asset))
            self._fill_points()
        account = normalise(self.account_edit.text())
        if account != self._customer_looked_up:
            self._customer_looked_up = account
            self.customer = None
            if account and len(account) != barcode.LENGTH:
                found = actions.find_by_scan(self._ws, account)
                if found and found[0] == "customer":
                    self.customer = actions.load_customer_detail(self._ws, found[1])
            c = self.customer.customer if self.customer else None
            self.customer_info.setText(f"{c.name}  ·  {c.address}" if c else "")
            self._fill_points()
        self.revalidate()

    def _fill_points(self) -> None:
        self.point_combo.blockSignals(True)
        self.point_combo.clear()
        points = self.customer.points if self.customer else ()
        kind = self.asset.kind if self.asset else AssetKind.METER
        best = 0
        for i, p in enumerate(points):
            held = _slot(p, kind)
            text = f"{p.name}  ·  {label(METERING_METHOD, p.metering_method)}  ·  ×{fmt(p.multiplier)}"
            text += f"  ·  {held.asset_no}" if held else "  ·  " + self.tr("free")
            self.point_combo.addItem(text, p)
            if held is not None and best == i:  # prefer the first point without this kind of asset
                best = i + 1
        if points:
            self.point_combo.setCurrentIndex(best if best < len(points) else 0)
        self.point_combo.blockSignals(False)

    # -- validation -----------------------------------------------------------------------------------
    def problems(self) -> list[str]:
        found: list[str] = []
        code = normalise(self.asset_edit.text())
        on = to_date(self.date_edit.date())
        if not code:
            found.append(self.tr("Scan or type the asset's barcode"))
        elif not barcode.is_valid(code):
            found.append(self.tr("%1 is not a valid 22-digit asset number").replace("%1", code))
        elif self.asset is None:
            found.append(self.tr("No asset with barcode %1").replace("%1", code))
        else:
            found += problem_texts(can_install(self.asset, on, expires_on=self.asset.expires_on))
        account = normalise(self.account_edit.text())
        point: MeteringPointRow | None = self.point_combo.currentData()
        if not account:
            found.append(self.tr("Type or scan the customer's account no."))
        elif self.customer is None:
            found.append(self.tr("No customer with account no. %1").replace("%1", account))
        elif self.customer.customer.status == "closed":
            found.append(self.tr("The customer's account is closed"))
        elif point is None:
            found.append(self.tr("The customer has no metering point"))
        elif self.asset is not None:
            held = _slot(point, self.asset.kind)
            if held is not None and held.id != self.asset.id:
                found.append(self.tr("%1 is already installed on this metering point; remove it first")
                             .replace("%1", held.asset_no))
        found += reading_problems(self.reading_edit.text(),
                                  self.tr("The opening register reading is required"))
        return found

    def value(self) -> InstallRequest:
        point: MeteringPointRow = self.point_combo.currentData()
        reading = parse_reading(self.reading_edit.text())
        assert self.asset is not None and reading is not None  # OK is disabled otherwise
        return InstallRequest(self.asset.id, point.id, to_date(self.date_edit.date()), reading)


if __name__ == "__main__":  # preview: python -m ui.dialogs.asset_install [DB]
    import sys

    from PySide6.QtWidgets import QApplication

    from station.workspace import open_workspace

    app = QApplication(sys.argv)
    print(InstallDialog.ask(None, open_workspace(sys.argv[1] if len(sys.argv) > 1 else "demo.db", operator="preview")))
