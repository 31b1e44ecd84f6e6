"""A 台区's months: supplied and sold kWh as bars (upper plot), the loss rate with its band (lower plot)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.plots.consumption_plot import month_text
from ui.plots.kwh_axis import KwhAxis
from ui.plots.month_axis import MonthAxis

SUPPLIED_COLOUR = "#4a78b5"
SOLD_COLOUR = "#9cc07a"
RATE_COLOUR = "#b03a2e"
#: Bar width in months: two bars side by side fill 80 % of a month's slot.
BAR_WIDTH = 0.4


def _array(values: Any, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    return np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)


class LossPlot(QWidget):
    """Shows an area series (months, supplied, sold, rate); items are built once, then updated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.title = QLabel(self)
        self.title.setObjectName("loss_plot_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.hover_label = QLabel(self)
        self.hover_label.setObjectName("loss_hover_label")
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setBackground("w")
        self.kwh_axis, self.rate_axis = MonthAxis(), MonthAxis()
        self.kwh_plot = self.view.addPlot(row=0, col=0, axisItems={"bottom": self.kwh_axis, "left": KwhAxis()})
        self.rate_plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": self.rate_axis})
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.rate_plot.setXLink(self.kwh_plot)
        for plot in (self.kwh_plot, self.rate_plot):
            plot.showGrid(x=False, y=True, alpha=0.2)
            plot.setMenuEnabled(False)
            plot.hideButtons()
            for name in ("left", "bottom"):
                plot.getAxis(name).setTextPen("#333")
                plot.getAxis(name).setPen("#888")
        self.kwh_plot.setLabel("left", self.tr("kWh"))
        self.rate_plot.setLabel("left", self.tr("Loss rate %"))
        legend = self.kwh_plot.addLegend(offset=(10, 2), labelTextColor="#333", brush=(255, 255, 255, 210),
                                         colCount=3)  # one line at the top, over the headroom reset_view leaves
        self._legend = legend
        self.supplied_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=SUPPLIED_COLOUR, pen=None)
        self.sold_bars = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH, brush=SOLD_COLOUR, pen=None)
        self.kwh_plot.addItem(self.supplied_bars)
        self.kwh_plot.addItem(self.sold_bars)
        legend.addItem(self.supplied_bars, self.tr("Supplied"))
        legend.addItem(self.sold_bars, self.tr("Sold"))
        self.rate_curve = self.rate_plot.plot(pen=pg.mkPen(RATE_COLOUR, width=2), symbol="o", symbolSize=5,
                                              symbolBrush=RATE_COLOUR, symbolPen=None, connect="finite")
        upper_pen = pg.mkPen("#c0392b", style=Qt.PenStyle.DashLine)
        self.upper_line = pg.InfiniteLine(angle=0, movable=False, pen=upper_pen)
        # The band's text goes in the legend above the bars, not on the line: a label on the line covered the
        # rate curve, which runs along the threshold exactly for the 台区 a clerk looks at (high loss).
        self.upper_sample = pg.PlotDataItem(pen=upper_pen)
        legend.addItem(self.upper_sample, "")
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=0, movable=False, pen=pg.mkPen("#555", width=1))
        self.rate_plot.addItem(self.upper_line)
        self.rate_plot.addItem(self.zero_line)
        self.month_lines = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#f39c12", width=2))
                            for _ in range(2)]
        for line, plot in zip(self.month_lines, (self.kwh_plot, self.rate_plot), strict=True):
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._supplied = self._sold = self._rate = np.zeros(0)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.hover_label)
        self.show_series(None)

    def show_series(self, series: Any | None, *, title: str = "", month: Any = None, upper: float | None = None) -> None:
        """Show an `area_loss_series` result; `month` is marked; `upper` draws the high-loss band line."""
        self.months = [month_text(m) for m in series.months] if series is not None else []
        n = len(self.months)
        x = np.arange(n, dtype=np.float64)
        self._supplied = _array(getattr(series, "supplied", None), n)
        self._sold = _array(getattr(series, "sold", None), n)
        self._rate = _array(getattr(series, "rate", None), n)
        for axis in (self.kwh_axis, self.rate_axis):
            axis.set_months(self.months)
        ok_s, ok_d = np.isfinite(self._supplied), np.isfinite(self._sold)
        self.supplied_bars.setOpts(x=x[ok_s] - BAR_WIDTH / 2, height=self._supplied[ok_s], width=BAR_WIDTH)
        self.sold_bars.setOpts(x=x[ok_d] + BAR_WIDTH / 2, height=self._sold[ok_d], width=BAR_WIDTH)
        self.rate_curve.setData(x, self._rate)
        self.upper_line.setVisible(upper is not None)
        self.upper_sample.setVisible(upper is not None)
        upper_label = self._legend.getLabel(self.upper_sample)
        upper_label.setVisible(upper is not None)
        if upper is not None:
            self.upper_line.setValue(upper)
            upper_label.setText(self.upper_text())
        i = self.months.index(month_text(month)) if month_text(month) in self.months else None
        for line in self.month_lines:
            line.setVisible(i is not None)
            if i is not None:
                line.setValue(i)
        self.title.setText(title or self.tr("Select an area to see its months"))
        self.hover_label.setText("")
        self.reset_view()

    def upper_text(self) -> str:
        """The legend's text for the high-loss line ("high loss above 10 %"), "" when none is drawn."""
        if not self.upper_line.isVisible():
            return ""
        return self.tr("high loss above %1 %").replace("%1", f"{self.upper_line.value():g}")

    def reset_view(self) -> None:
        n = len(self.months)
        self.kwh_plot.setXRange(-0.6, max(n - 0.4, 0.6), padding=0)
        top = np.nanmax(np.r_[self._supplied, self._sold, 1.0])
        self.kwh_plot.setYRange(-0.02 * float(top), float(top) * 1.3, padding=0)
        rates = self._rate[np.isfinite(self._rate)]
        lo = min(float(rates.min()) if rates.size else 0.0, 0.0)
        hi = max(float(rates.max()) if rates.size else 10.0, float(self.upper_line.value()) + 2)
        span = hi - lo
        self.rate_plot.setYRange(lo - 0.08 * span - 1, hi + 0.12 * span + 1, padding=0)

    def bar_heights(self) -> tuple[np.ndarray, np.ndarray]:
        """(supplied, sold) heights as drawn, for tests."""
        return (np.asarray(self.supplied_bars.opts["height"]), np.asarray(self.sold_bars.opts["height"]))

    def hover_text(self, i: int) -> str:
        def kwh(v: float) -> str:
            return "—" if not np.isfinite(v) else f"{v:,.0f}"

        rate = "—" if not np.isfinite(self._rate[i]) else f"{self._rate[i]:.2f} %"
        return (self.tr("%1   supplied %2 kWh   sold %3 kWh   loss rate %4").replace("%1", self.months[i])
                .replace("%2", kwh(self._supplied[i])).replace("%3", kwh(self._sold[i])).replace("%4", rate))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not self.months:
            return
        for plot in (self.kwh_plot, self.rate_plot):
            if plot.sceneBoundingRect().contains(pos):
                i = int(round(plot.getViewBox().mapSceneToView(pos).x()))
                if 0 <= i < len(self.months):
                    self.hover_label.setText(self.hover_text(i))
                return
