"""The answer to a scanned (or opened) sealed ledger: does the paper still match the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from station.reports.sealed import Verification

SHOWN = 12  #: keys listed per kind of change


def _keys(keys: tuple[str, ...]) -> str:
    more = f" …（+{len(keys) - SHOWN}）" if len(keys) > SHOWN else ""
    return "、".join(keys[:SHOWN]) + more


def verification_text(result: Verification | None) -> str:
    if result is None:
        return QCoreApplication.translate("VerifyResult", "This is not a ledger printed by the workstation.")
    if not result.known:
        return QCoreApplication.translate("VerifyResult", "No printed ledger %1 in this database.").replace("%1", result.doc_no)
    head = QCoreApplication.translate("VerifyResult", "%1, printed %2 by %3").replace("%1", result.doc_no).replace("%2", str(result.printed_at)) \
        .replace("%3", result.operator)
    if not result.genuine:
        return head + "\n" + QCoreApplication.translate("VerifyResult", "The check code on the paper is not the one recorded: the paper was altered or "
                                 "not printed here.")
    if result.matches:
        return head + "\n" + QCoreApplication.translate("VerifyResult", "The paper matches the database.")
    lines = [head, QCoreApplication.translate("VerifyResult", "The database has changed since it was printed:")]
    for label, keys in ((QCoreApplication.translate("VerifyResult", "changed"), result.changed), (QCoreApplication.translate("VerifyResult", "added"), result.added),
                        (QCoreApplication.translate("VerifyResult", "removed"), result.removed)):
        if keys:
            lines.append(f"{label}（{len(keys)}）：{_keys(keys)}")
    return "\n".join(lines)


def show_verification(parent: QWidget, result: Any) -> QMessageBox:
    """A modeless box (the counter keeps working); its object name lets a test find it."""
    ok = isinstance(result, Verification) and result.matches
    box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning,
                      QCoreApplication.translate("VerifyResult", "Printed ledger check"), verification_text(result), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("verification")
    box.setModal(False)
    box.show()
    return box
