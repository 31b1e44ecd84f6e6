"""A lifecycle step on many selected assets at once: verify, issue or scrap (the asset ledger's multi-select).

One form for the whole batch, saved in one transaction by the caller (ui.asset_batch). All or nothing, and the
dialog says so: when any asset is refused nothing is written, every refusal is listed (asset number and
reason), and "Leave out the refused" drops them from the batch so the rest can be saved on a second OK.
While the batch runs the progress shows here (and in the status bar); Cancel stops it and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QListWidget, QProgressBar, QPushButton, QVBoxLayout, QWidget

from station.domain.codes import EventKind
from station.domain.rows import AssetRow
from station.i18n import QT_TRANSLATE_NOOP
from ui.dialogs.asset_common import StepDialog, VerificationFields, date_edit, to_date
from ui.text import ASSET_STATUS, label, message_text, problems_of

_CTX = "BatchStepDialog"
#: Window title per batch step.
TITLES: dict[str, str] = {
    EventKind.VERIFIED: QT_TRANSLATE_NOOP("BatchStepDialog", "Verify the selected assets"),
    EventKind.ISSUED: QT_TRANSLATE_NOOP("BatchStepDialog", "Issue the selected assets"),
    EventKind.SCRAPPED: QT_TRANSLATE_NOOP("BatchStepDialog", "Scrap the selected assets"),
}
#: How many asset numbers the list shows before "… and N more" (the count is always exact).
SHOWN_NUMBERS = 200


@dataclass(frozen=True, slots=True)
class BatchRequest:
    """What the form says, for every asset of `ids`."""

    kind: str
    ids: tuple[int, ...]
    on: dt.date
    result: str = "pass"
    certificate_no: str | None = None
    error_pct: Decimal | None = None
    text: str = ""  # the note (verify), to whom (issue), the reason (scrap)


class BatchStepDialog(StepDialog):
    """`kind` one of lifecycle.BATCH_STEPS, `rows` the selected assets in the ledger's order."""

    def __init__(self, parent: QWidget | None, kind: str, rows: Sequence[AssetRow]) -> None:
        super().__init__(parent, QCoreApplication.translate(_CTX, TITLES[kind]))
        self.setObjectName("batch_step_dialog")
        self.kind, self.rows = kind, list(rows)
        self.job: Any = None
        self.numbers = QListWidget(self)
        self.numbers.setObjectName("batch_numbers")
        self.numbers.setMaximumHeight(110)
        self.refusals = QListWidget(self)
        self.refusals.setObjectName("batch_refusals")
        self.refusals.setMaximumHeight(150)
        self.refusals.hide()
        self.leave_out_button = QPushButton(self)
        self.leave_out_button.setObjectName("leave_out_button")
        self.leave_out_button.clicked.connect(lambda: self.leave_out_refused())
        self.leave_out_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("batch_progress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self._refused_numbers: set[str] = set()
        self.date_edit = date_edit(self)
        self.add_row(self.tr("Assets"), self.numbers)
        self.add_row(self.tr("Date"), self.date_edit)
        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("batch_text")
        self._build_form()
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)  # StepDialog's own
        index = lay.indexOf(self.problem_label)
        for n, widget in enumerate((self.refusals, self.leave_out_button, self.progress), start=1):
            lay.insertWidget(index + n, widget)
        self.fields = {"issued_to": self.text_edit, "reason": self.text_edit, "happened_on": self.date_edit}
        watched: tuple[QWidget, ...] = ()
        if self.verification is not None:
            self.fields["certificate_no"] = self.verification.certificate_edit
            watched = self.verification.watched
        self._show_batch()
        self.watch(self.date_edit, self.text_edit, *watched)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self._cancel)
        self.revalidate()

    def _build_form(self) -> None:
        self.verification: VerificationFields | None = None
        if self.kind == EventKind.VERIFIED:
            self.verification = VerificationFields(self)
            self.add_row(self.tr("Note"), self.text_edit)
            return
        texts = {EventKind.ISSUED: (self.tr("Issued to"), self.tr("fitter, team or work order")),
                 EventKind.SCRAPPED: (self.tr("Reason"), self.tr("e.g. damaged in transport, failed, obsolete"))}
        text, hint = texts[EventKind(self.kind)]
        self.text_edit.setPlaceholderText(hint)
        self.add_row(text, self.text_edit)

    def _show_batch(self) -> None:
        """The intro (how many, in which statuses, all or nothing) and the list of their numbers."""
        n = len(self.rows)
        counts = Counter(r.status for r in self.rows)
        statuses = "、".join(f"{label(ASSET_STATUS, s)} {c}" for s, c in counts.most_common())
        self.intro.setText(self.tr("<b>%n asset(s)</b> selected", "", n) + f" ({statuses})<br>" + self.tr(
            "All or nothing: if any of them is refused, nothing is written and each refusal is listed."))
        self.intro.setVisible(True)
        self.numbers.clear()
        self.numbers.addItems([r.asset_no for r in self.rows[:SHOWN_NUMBERS]])
        if n > SHOWN_NUMBERS:
            self.numbers.addItem(self.tr("… and %n more", "", n - SHOWN_NUMBERS))

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.rows:
            found.append(self.tr("No assets left in the batch"))
        text = self.text_edit.text().strip()
        if self.verification is not None:
            found += self.verification.problems()
        elif self.kind == EventKind.ISSUED and not text:
            found.append(self.tr("Say to whom the assets are issued"))
        elif self.kind == EventKind.SCRAPPED and not text:
            found.append(self.tr("A reason for scrapping is required"))
        return found

    def value(self) -> BatchRequest:
        ids, on, text = tuple(r.id for r in self.rows), to_date(self.date_edit.date()), self.text_edit.text().strip()
        v = self.verification
        if v is None:
            return BatchRequest(self.kind, ids, on, text=text)
        return BatchRequest(self.kind, ids, on, v.result, v.certificate_no, v.error_pct, text)

    # -- running, refused, cancelled ------------------------------------------------------------------
    def watch_job(self, job: Any) -> None:
        """Show the running batch's progress; a cancel brings the form back as it was."""
        self.job = job
        self.progress.setValue(0)
        self.progress.show()
        job.signals.progress.connect(lambda f, _m: self.progress.setValue(int(f * 100)))
        job.signals.cancelled.connect(self._on_cancelled)
        job.signals.finished.connect(self.progress.hide)

    def _on_cancelled(self) -> None:
        self.job = None
        self.save_cancelled()
        self.problem_label.setText(self.tr("Cancelled: nothing was written"))

    def _cancel(self) -> None:
        """Cancel stops a running batch (nothing is written) and keeps the dialog; else it closes it."""
        if self.saving and self.job is not None:
            self.job.cancel()
            return
        self.reject()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        super()._failed(exc)
        problems = problems_of(exc)
        numbers = {r.asset_no for r in self.rows}
        self._refused_numbers = {str(p.value) for p in problems if str(p.value) in numbers}
        if not problems:
            return
        self.problem_label.setText(self.tr("Nothing was written: %n refusal(s)", "", len(problems)))
        self.refusals.clear()
        self.refusals.addItems([message_text(p.message) for p in problems])
        self.refusals.show()
        self.leave_out_button.setText(self.tr("Leave out the refused (%n)", "", len(self._refused_numbers)))
        self.leave_out_button.setVisible(bool(self._refused_numbers))

    def leave_out_refused(self) -> None:
        """Drop the refused assets from the batch; the next OK saves the rest."""
        self.rows = [r for r in self.rows if r.asset_no not in self._refused_numbers]
        self._refused_numbers = set()
        self.refusals.clear()
        self.refusals.hide()
        self.leave_out_button.hide()
        self._show_batch()
        self.revalidate()
