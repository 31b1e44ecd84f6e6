"""A record's audited changes (customer, asset): who changed what and when, before → after (issue 12).

The same rows as `station history customer|asset KEY`; opened from the ledger pages' "Change history…".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.record_history import ChangeRow
from ui.dialogs.frame import close_only

#: Audit actions in the UI language (the others show their code).
_ACTIONS = {
    "create": "created", "update": "changed", "close": "closed", "receive": "received", "verified": "verified",
    "issued": "issued", "installed": "installed", "removed": "removed", "returned": "returned",
    "to_scrap": "set aside for scrapping", "scrapped": "scrapped", "import": "imported",
}


def _values(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    return "; ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(values.items()))


class RecordHistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, rows: Sequence[ChangeRow]) -> None:
        super().__init__(parent)
        self.setObjectName("record_history")
        self.setWindowTitle(self.tr("Change history: %1").replace("%1", title))
        self.resize(900, 420)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("changes")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"),
                                   self.tr("Before"), self.tr("After")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        names = {
            "created": self.tr("created"), "changed": self.tr("changed"), "closed": self.tr("closed"),
            "received": self.tr("received"), "verified": self.tr("verified"), "issued": self.tr("issued"),
            "installed": self.tr("installed"), "removed": self.tr("removed"), "returned": self.tr("returned"),
            "set aside for scrapping": self.tr("set aside for scrapping"), "scrapped": self.tr("scrapped"),
            "imported": self.tr("imported"),
        }
        records = {"customer": self.tr("customer"), "metering_point": self.tr("metering point"),
                   "asset": self.tr("asset"), "work_order": self.tr("work order")}
        for r in reversed(rows):  # newest first, as the detail pane's history
            what = names.get(_ACTIONS.get(r.action, ""), r.action)
            self.tree.addTopLevelItem(QTreeWidgetItem([
                r.at.strftime("%Y-%m-%d %H:%M"), r.operator, what,
                f"{records.get(r.entity, r.entity)} {r.entity_id or ''}".strip(),
                _values(r.before), _values(r.after)]))
        empty = QLabel(self.tr("No audited changes of this record yet (a record imported from a file has its "
                               "import batch instead)."), self)
        empty.setWordWrap(True)
        empty.setVisible(not rows)
        buttons = close_only(self)
        lay = QVBoxLayout(self)
        lay.addWidget(empty)
        lay.addWidget(self.tree, 1)
        lay.addWidget(buttons)
