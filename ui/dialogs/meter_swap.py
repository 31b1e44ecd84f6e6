"""换表 (meter swap) in one dialog: the customer, the old meter's closing reading, the new meter and its opening
reading, the reason — saved as one station action (actions.swap_meter), the dialog open until it is saved."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget

from station import actions
from station.domain import asset_no as barcode
from station.domain.lifecycle import can_install
from station.domain.readings import (
    BELOW_LAST_REASONS,
    REMOVAL_REASONS,
    InstallContext,
    KnownReading,
    closing_reading_problems,
    reading_question,
)
from station.domain.rows import AssetRow, CustomerDetail, MeteringPointRow
from station.meter_swap import SwapRequest
from station.workspace import Workspace
from ui import ops
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
from ui.jobs import JobRunner
from ui.text import message_text
from ui.widgets.common import fmt
from ui.widgets.scan_box import normalise

LOOKUP_DEBOUNCE_MS = 250


def _held(point: MeteringPointRow, kind: str) -> AssetRow | None:
    return {"meter": point.meter, "ct": point.ct, "pt": point.pt}.get(kind)


def _customer_by_account(ws: Workspace, account: str) -> CustomerDetail | None:
    found = actions.find_by_scan(ws, account)
    return actions.load_customer_detail(ws, found[1]) if found and found[0] == "customer" else None


def _asset_by_number(ws: Workspace, code: str) -> AssetRow | None:
    found = actions.find_by_scan(ws, code)
    return actions.load_asset_rows(ws, [found[1]]).get(found[1]) if found and found[0] == "asset" else None


def _reading_context(ws: Workspace, asset_id: int) -> tuple[KnownReading | None, InstallContext | None]:
    return actions.load_last_reading(ws, asset_id), actions.load_install_context(ws, asset_id)


def _station_text(source: str) -> str:
    return QCoreApplication.translate("station", source)


class SwapDialog(StepDialog):
    """`ask(parent, ws, runner, account_no="", kind="meter")` returns a SwapRequest; with `save_with` it saves
    itself. The customer, the old meter's readings and the new asset are read off the UI thread."""

    def __init__(self, parent: QWidget | None, ws: Workspace, runner: JobRunner, account_no: str = "",
                 kind: str = "meter") -> None:
        super().__init__(parent, self.tr("Swap meter (换表)"), self.tr(
            "Type or scan the customer's account no., read the old meter's register, scan the new meter and "
            "read its register. Both steps are saved together, or neither."))
        self.setMinimumWidth(620)
        self._ws, self._runner, self.kind = ws, runner, kind
        self._pending: dict[str, Any] = {}
        self.customer: CustomerDetail | None = None
        self.new_asset: AssetRow | None = None
        self.last: KnownReading | None = None
        self.context: InstallContext | None = None
        self._looked_up = ("", "")

        self.account_edit = BarcodeEdit(self)
        self.account_edit.setObjectName("account_edit")
        self.account_edit.setPlaceholderText(self.tr("account no. (户号)"))
        self.customer_info = self._info("customer_info")
        self.point_combo = QComboBox(self)
        self.point_combo.setObjectName("point_combo")
        self.point_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.old_info = self._info("old_info")
        self.old_reading = QLineEdit(self)
        self.old_reading.setObjectName("old_reading")
        self.old_reading.setPlaceholderText(self.tr("kWh on the old register now"))
        self.below_combo = QComboBox(self)
        self.below_combo.setObjectName("below_combo")
        self.below_combo.addItem(self.tr("— (the reading is not below the last one)"), None)
        for code, text in BELOW_LAST_REASONS.items():
            self.below_combo.addItem(_station_text(text), code)
        self.new_edit = BarcodeEdit(self)
        self.new_edit.setObjectName("new_edit")
        self.new_edit.setPlaceholderText(self.tr("scan the new meter's barcode (22 digits)"))
        self.new_info = self._info("new_info")
        self.new_reading = QLineEdit(self)
        self.new_reading.setObjectName("new_reading")
        self.new_reading.setPlaceholderText(self.tr("kWh on the new register"))
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("reason_combo")
        self.reason_combo.addItem(self.tr("— choose the reason —"), None)  # no default: the clerk says why
        for code, text in REMOVAL_REASONS.items():
            self.reason_combo.addItem(_station_text(text), code)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.date_edit = date_edit(self)

        self.add_row(self.tr("Customer"), self.account_edit)
        self.form.addRow("", self.customer_info)
        self.add_row(self.tr("Metering point"), self.point_combo)
        self.form.addRow("", self.old_info)
        self.add_row(self.tr("Closing reading"), self.old_reading)
        self.add_row(self.tr("Below the last reading because"), self.below_combo)
        self.add_row(self.tr("New meter"), self.new_edit)
        self.form.addRow("", self.new_info)
        self.add_row(self.tr("Opening reading"), self.new_reading)
        self.add_row(self.tr("Reason"), self.reason_combo)
        self.add_row(self.tr("Note"), self.note_edit)
        self.add_row(self.tr("Swapped on"), self.date_edit)
        # The tab order is the order of the work at the meter; the date comes last (it is today as a rule).
        for a, b in ((self.account_edit, self.point_combo), (self.point_combo, self.old_reading),
                     (self.old_reading, self.below_combo), (self.below_combo, self.new_edit),
                     (self.new_edit, self.new_reading), (self.new_reading, self.reason_combo),
                     (self.reason_combo, self.note_edit), (self.note_edit, self.date_edit)):
            QWidget.setTabOrder(a, b)
        self.account_edit.next_field = self.old_reading
        self.new_edit.next_field = self.new_reading
        self.fields = {"customer": self.account_edit, "point": self.point_combo, "old_asset": self.point_combo,
                       "old_reading": self.old_reading, "old_below_last": self.below_combo,
                       "below_last": self.below_combo, "new_asset": self.new_edit, "new_status": self.new_edit,
                       "new_verified_on": self.new_edit, "new_verification_result": self.new_edit,
                       "new_expires_on": self.new_edit, "new_reading": self.new_reading,
                       "new_metering_point_id": self.new_edit, "new_ratio": self.new_edit,
                       "reason": self.reason_combo, "old_happened_on": self.date_edit,
                       "new_happened_on": self.date_edit}

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DEBOUNCE_MS)
        self._timer.timeout.connect(self.look_up)
        for edit in (self.account_edit, self.new_edit):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.scanned.connect(lambda _t: self.look_up())
        self.point_combo.currentIndexChanged.connect(lambda _i: self._show_old())
        self.watch(self.old_reading, self.below_combo, self.new_reading, self.reason_combo, self.date_edit)
        if account_no:
            self.account_edit.setText(account_no)
        self.look_up()
        (self.old_reading if account_no else self.account_edit).setFocus()

    def _info(self, name: str) -> QLabel:
        # Not word-wrapped: a wrapped label in a form row gets the height of one width and is clipped mid-glyph
        # at another (the clipped names); the lines are broken where they belong instead.
        lab = QLabel(self)
        lab.setObjectName(name)
        lab.setTextFormat(Qt.TextFormat.RichText)
        return lab

    # -- look-ups: reads off the UI thread, a newer one of a kind superseding the older -----------------
    def look_up(self) -> None:
        self._timer.stop()
        account, code = normalise(self.account_edit.text()), normalise(self.new_edit.text())
        if account != self._looked_up[0]:
            self.customer = None
            self._fill_points()
            if account:
                self._read("customer", _customer_by_account, account, self._got_customer)
        if code != self._looked_up[1]:
            self.new_asset = None
            self.new_info.setText("")
            if barcode.is_valid(code):
                self._read("new", _asset_by_number, code, self._got_new)
        self._looked_up = (account, code)
        self.revalidate()

    def _got_customer(self, detail: CustomerDetail | None) -> None:
        self.customer = detail
        c = detail.customer if detail else None
        self.customer_info.setText(f"{c.name}  ·  {c.address}" if c else "")
        self._fill_points()

    def _got_new(self, asset: AssetRow | None) -> None:
        self.new_asset = asset
        self.new_info.setText(asset_summary(asset))
        self.revalidate()

    def _fill_points(self) -> None:
        self.point_combo.blockSignals(True)
        self.point_combo.clear()
        for p in self.customer.points if self.customer else ():
            held = _held(p, self.kind)
            self.point_combo.addItem(f"{p.name}  ·  ×{fmt(p.multiplier)}  ·  {held.asset_no if held else '—'}", p)
            if held is not None and _held(self.point_combo.itemData(0), self.kind) is None:
                self.point_combo.setCurrentIndex(self.point_combo.count() - 1)  # the point that has a meter
        self.point_combo.blockSignals(False)
        self._show_old()

    def old_asset(self) -> AssetRow | None:
        point: MeteringPointRow | None = self.point_combo.currentData()
        return _held(point, self.kind) if point is not None else None

    def _show_old(self) -> None:
        old = self.old_asset()
        self.last = self.context = None
        self._show_old_info()
        if old is not None:
            self._read("old", _reading_context, old.id, self._got_old)

    def _got_old(self, found: tuple[KnownReading | None, InstallContext | None]) -> None:
        self.last, self.context = found
        self._show_old_info()

    def _show_old_info(self) -> None:
        old = self.old_asset()
        text = f"<b>{old.asset_no}</b><br>{asset_summary(old)}" if old else ""
        if self.last is not None:
            text += "<br>" + self.tr("Last known reading: %1 on %2").replace("%1", fmt(self.last.value)) \
                .replace("%2", fmt(self.last.on))
        self.old_info.setText(text)
        self.revalidate()

    def _read(self, name: str, fn: Any, arg: Any, on_done: Any) -> None:
        def ended(job: Any, n: str = name) -> None:
            if self._pending.get(n) is job:
                del self._pending[n]

        self._pending[name] = ops.read(self, self._runner, fn, self._ws, arg, supersede=name, on_done=on_done,
                                       on_finished=ended)

    def looked_up(self) -> bool:
        """Every look-up the fields asked for has answered (tests wait for it)."""
        return not self._pending

    # -- validation ---------------------------------------------------------------------------------------
    def problems(self) -> list[str]:
        if not hasattr(self, "date_edit"):
            return []  # signals during construction
        found: list[str] = []
        if self.customer is None:
            found.append(self.tr("Type or scan the customer's account no."))
        elif self.old_asset() is None:
            found.append(self.tr("No meter is installed on this metering point: install one instead"))
        found += reading_problems(self.old_reading.text(), self.tr("The closing register reading is required"))
        # The station's own decision: below the last known reading needs a stated reason.
        found += problem_texts(closing_reading_problems(parse_reading(self.old_reading.text()), self.last,
                                                        self.below_combo.currentData()))
        code = normalise(self.new_edit.text())
        if not code:
            found.append(self.tr("Scan or type the new meter's barcode"))
        elif self.new_asset is None:
            found.append(self.tr("No asset with barcode %1").replace("%1", code))
        else:
            found += problem_texts(can_install(self.new_asset, to_date(self.date_edit.date()),
                                               expires_on=self.new_asset.expires_on))
        found += reading_problems(self.new_reading.text(), self.tr("The opening register reading is required"))
        if self.reason_combo.currentData() is None:
            found.append(self.tr("Choose the reason for the swap"))
        return found

    def notes(self) -> list[str]:
        question = reading_question(parse_reading(self.old_reading.text()), getattr(self, "context", None))
        return [message_text(question)] if question is not None else []

    def value(self) -> SwapRequest:
        point: MeteringPointRow | None = self.point_combo.currentData()
        return SwapRequest(
            normalise(self.account_edit.text()), normalise(self.new_edit.text()),
            parse_reading(self.old_reading.text()), parse_reading(self.new_reading.text()),
            self.reason_combo.currentData() or "", to_date(self.date_edit.date()),
            point_name=point.name if point is not None else None, kind=self.kind,
            below_last=self.below_combo.currentData(), note=self.note_edit.text().strip())


def swap_summary(result: object, request: SwapRequest) -> str:
    """The status-bar line after a swap."""
    multiplier = getattr(result, "multiplier", Decimal(1))
    return QCoreApplication.translate("SwapDialog", "Meter swapped at %1 (multiplier ×%2)") \
        .replace("%1", request.account_no).replace("%2", fmt(multiplier))


if __name__ == "__main__":  # preview: python -m ui.dialogs.meter_swap DB [ACCOUNT]
    import sys

    from PySide6.QtWidgets import QApplication

    from station.workspace import open_workspace

    app = QApplication(sys.argv)
    ws = open_workspace(sys.argv[1] if len(sys.argv) > 1 else "demo.db", operator="preview")
    print(SwapDialog.ask(None, ws, JobRunner(), sys.argv[2] if len(sys.argv) > 2 else ""))
