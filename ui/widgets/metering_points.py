"""A customer's metering points as a tree: each point (method, class, multiplier) over its installed devices."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from station.domain.rows import AssetRow, MeteringPointRow
from ui.text import ASSET_KIND, METERING_METHOD, label
from ui.widgets.common import fmt


class MeteringPointsTree(QTreeWidget):
    """One line per point, spanning the columns; one child line per installed meter, CT and PT."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("points")
        self.setHeaderLabels([self.tr("Device"), self.tr("Asset no."), self.tr("Model"),
                              self.tr("Current / ratio"), self.tr("Class")])
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)

    def point_text(self, p: MeteringPointRow) -> str:
        return "  ·  ".join((
            p.name, label(METERING_METHOD, p.metering_method),
            self.tr("class %1").replace("%1", p.device_class),
            self.tr("multiplier %1").replace("%1", fmt(p.multiplier)),
        ))

    def set_points(self, points: Sequence[MeteringPointRow]) -> None:
        self.clear()
        for p in points:
            item = QTreeWidgetItem([self.point_text(p)])
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            devices = [a for a in (p.meter, p.ct, p.pt) if a is not None]
            for asset in devices:
                item.addChild(self._device_item(asset))
            if not devices:
                item.addChild(QTreeWidgetItem([self.tr("no meter installed")]))
            item.setExpanded(True)

    @staticmethod
    def _device_item(asset: AssetRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([
            label(ASSET_KIND, asset.kind), asset.asset_no, asset.model,
            asset.rated_current if asset.kind == "meter" else asset.ratio, asset.accuracy_class,
        ])
        item.setToolTip(1, f"{asset.maker}\n{asset.factory_no}".strip())
        return item
