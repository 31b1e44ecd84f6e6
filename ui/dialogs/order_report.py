"""Report an order: per target the result (no problem / problem / not met) and the signature status, with the
witness when the customer refused to sign. Returns the TargetResults; persists nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QLabel, QLineEdit, QWidget

from station.domain.problems import Problem
from station.orders import vocab
from station.orders.rows import TargetResult, TargetRow
from ui.dialogs.frame import refused_frame
from ui.models.order_models import station_text


class ReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, targets: Sequence[TargetRow],
                 previous: Sequence[TargetResult] | None = None, problems: Sequence[Problem] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report results"))
        self.setObjectName("report_dialog")
        before = {r.account_no: r for r in previous or ()}
        grid = QGridLayout()
        for col, title in enumerate((self.tr("Customer"), self.tr("Result"), self.tr("Signature"),
                                     self.tr("Witness"))):
            grid.addWidget(QLabel(f"<b>{title}</b>", self), 0, col)
        self.rows: list[tuple[str, QComboBox, QComboBox, QLineEdit]] = []
        for i, t in enumerate(targets, start=1):
            old = before.get(t.account_no)
            result = self._combo(vocab.RESULTS, old.result if old else (t.result or "ok"), f"result:{t.account_no}")
            signature = self._combo(vocab.SIGNATURES, old.signature if old else (t.signature or "signed"),
                                    f"signature:{t.account_no}")
            witness = QLineEdit((old.witness if old else t.witness) or "", self)
            witness.setObjectName(f"witness:{t.account_no}")
            grid.addWidget(QLabel(f"{t.account_no} {t.name}", self), i, 0)
            grid.addWidget(result, i, 1)
            grid.addWidget(signature, i, 2)
            grid.addWidget(witness, i, 3)
            self.rows.append((t.account_no, result, signature, witness))
        self.buttons, self.ok_button, self.problem_label = refused_frame(self, problems, grid, stretch=True)

    def _combo(self, table: dict[str, str], current: str, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code in table:
            combo.addItem(station_text(table, code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def value(self) -> list[TargetResult]:
        return [TargetResult(acc, str(r.currentData()), str(s.currentData()), w.text().strip() or None)
                for acc, r, s, w in self.rows]

    @classmethod
    def ask(cls, parent: QWidget | None, targets: Sequence[TargetRow], previous: Sequence[TargetResult] | None = None,
            problems: Sequence[Problem] | None = None) -> list[TargetResult] | None:
        dlg = cls(parent, targets, previous, problems)
        return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None
