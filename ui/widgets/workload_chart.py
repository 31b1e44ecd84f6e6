"""The year's workload per month, bars stacked by kind (station.due.workload_by_month), to spread the work."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from station.due import DueKind
from station.i18n import QT_TRANSLATE_NOOP
from ui.models.due_model import kind_text

#: One colour per kind, the same order as the legend; distinguishable for the common colour blindnesses
#: (Okabe–Ito palette).
KIND_COLOURS: dict[str, str] = {
    DueKind.ONSITE: "#0072B2",
    DueKind.PTDROP: "#56B4E9",
    DueKind.CTPT: "#009E73",
    DueKind.ROTATION: "#E69F00",
    DueKind.SAMPLING: "#CC79A7",
    DueKind.INSPECTION: "#999999",
}
MONTHS = np.arange(1, 13, dtype=float)
BAR_WIDTH = 0.7
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("WorkloadChart", "Jan"), QT_TRANSLATE_NOOP("WorkloadChart", "Feb"),
    QT_TRANSLATE_NOOP("WorkloadChart", "Mar"), QT_TRANSLATE_NOOP("WorkloadChart", "Apr"),
    QT_TRANSLATE_NOOP("WorkloadChart", "May"), QT_TRANSLATE_NOOP("WorkloadChart", "Jun"),
    QT_TRANSLATE_NOOP("WorkloadChart", "Jul"), QT_TRANSLATE_NOOP("WorkloadChart", "Aug"),
    QT_TRANSLATE_NOOP("WorkloadChart", "Sep"), QT_TRANSLATE_NOOP("WorkloadChart", "Oct"),
    QT_TRANSLATE_NOOP("WorkloadChart", "Nov"), QT_TRANSLATE_NOOP("WorkloadChart", "Dec"),
)


class WorkloadChart(QWidget):
    """Twelve stacked bars; the items are created once and updated with `setOpts` (STYLE 18)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setObjectName("workload_plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        axis = self.plot.getAxis("bottom")
        axis.setTicks([[(float(m), QCoreApplication.translate("WorkloadChart", name))
                        for m, name in enumerate(MONTH_NAMES, 1)]])
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setTextPen("#333333")
            self.plot.getAxis(name).setPen("#888888")
        self.plot.setLabel("left", self.tr("Jobs"))
        # Top right: January (where overdue work is counted) is often the tallest bar.
        self.legend = self.plot.addLegend(offset=(-10, 10), labelTextColor="#222222")
        self.bars: dict[str, pg.BarGraphItem] = {}
        zeros = np.zeros(12)
        for kind, colour in KIND_COLOURS.items():
            bar = pg.BarGraphItem(x=MONTHS, height=zeros, y0=zeros, width=BAR_WIDTH, brush=colour,
                                  pen=pg.mkPen("#FFFFFF", width=0.5))
            self.plot.addItem(bar)
            self.legend.addItem(bar, kind_text(kind))
            self.bars[str(kind)] = bar
        self.plot.setXRange(0.4, 12.6, padding=0)
        self.summary = QLabel(self)
        self.summary.setObjectName("workload_summary")
        self.summary.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.summary)
        self.totals = np.zeros(12, dtype=int)

    def set_workload(self, table: Mapping[int, Mapping[str, int]]) -> None:
        """`table[month][kind]` = jobs, as workload_by_month returns it."""
        base = np.zeros(12)
        for kind, bar in self.bars.items():
            heights = np.array([float(table.get(m, {}).get(kind, 0)) for m in range(1, 13)])
            bar.setOpts(height=heights, y0=base.copy())
            base += heights
        self.totals = base.astype(int)
        self.plot.setYRange(0, max(1.0, float(base.max()) * 1.1), padding=0)
        busiest = int(np.argmax(base)) + 1
        self.summary.setText(
            self.tr("%1 jobs in the year; busiest month %2 with %3 jobs; average %4 a month.")
            .replace("%1", f"{int(base.sum()):,}")
            .replace("%2", QCoreApplication.translate("WorkloadChart", MONTH_NAMES[busiest - 1]))
            .replace("%3", f"{int(base[busiest - 1]):,}").replace("%4", f"{base.mean():,.0f}"))
