"""A customer's monthly curve: this year, the same months last year, the peers' p25–p75 band, event markers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.plots.kwh_axis import KwhAxis
from ui.plots.month_axis import MonthAxis

#: Colours a clerk tells apart, also in grey print: a dark blue line, a grey dashed line, a pale band.
CURVE_COLOUR = "#1f4e9c"
LAST_YEAR_COLOUR = "#7a7a7a"
BAND_COLOUR = (120, 170, 90, 60)
BAND_EDGE = (120, 170, 90, 140)
START_COLOUR = "#c0392b"
EVENT_COLOUR = "#8e44ad"
#: Pixel width of an exported picture: sharp when pasted into a report at A4 width.
EXPORT_WIDTH = 1600


def month_text(value: Any) -> str:
    """'2025-03' for a YYYYMM int, a 'YYYY-MM' string or a date."""
    if value is None:
        return ""
    if isinstance(value, int | np.integer):
        return f"{int(value) // 100:04d}-{int(value) % 100:02d}"
    if hasattr(value, "year") and hasattr(value, "month"):
        return f"{value.year:04d}-{value.month:02d}"
    return str(value)[:7]


def _array(values: Sequence[Any] | np.ndarray | None, n: int) -> np.ndarray:
    if values is None:
        return np.full(n, np.nan)
    a = np.array([np.nan if v is None else float(v) for v in values], dtype=np.float64)
    return a if len(a) == n else np.resize(a, n)


def _kwh(value: float) -> str:
    return "—" if not np.isfinite(value) else f"{value:,.0f}"


class ConsumptionPlot(QWidget):
    """Shows one customer's `CurveData` (or nothing); every plot item is built once and updated with setData."""

    curve_shown = Signal(int)  #: customer id now shown (0 = none)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.months: list[str] = []
        self.customer_id = 0
        self.title = QLabel(self)
        self.title.setObjectName("curve_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hover_label = QLabel(self)
        self.hover_label.setObjectName("hover_label")
        self.hover_label.setStyleSheet("color: #333;")
        self.reset_button = QPushButton(self.tr("Reset view"), self)
        self.reset_button.setToolTip(self.tr("Show the whole curve again after zooming (wheel) or panning (drag)"))
        self.reset_button.clicked.connect(self.reset_view)
        self.export_button = QPushButton(self.tr("Export picture…"), self)
        self.export_button.setToolTip(self.tr("Save the curve as a PNG picture"))
        self.export_button.clicked.connect(lambda: self.export_png())

        item = self._plot_widget(compact)
        self._create_items(item)

        self._kwh = np.zeros(0)
        self._last = np.zeros(0)
        self._p25 = np.zeros(0)
        self._p75 = np.zeros(0)

        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.hover_label)
        if compact:
            self.plot.setMinimumHeight(180)
        self._fit_legend_row()
        self.show_curve(None)

    def _plot_widget(self, compact: bool) -> pg.PlotItem:
        """The plot with its month and kWh axes, zoom and pan, no pyqtgraph menu, the legend above it."""
        self.axis = MonthAxis()
        self.plot = pg.PlotWidget(self, background="w", axisItems={"bottom": self.axis, "left": KwhAxis()})
        self.plot.setObjectName("consumption_plot")
        item = self.plot.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setLabel("left", self.tr("kWh"))
        item.setMenuEnabled(False)  # pyqtgraph's English context menu; zoom/pan/reset are enough for a clerk
        item.hideButtons()
        item.getViewBox().setMouseEnabled(x=True, y=True)
        for name in ("left", "bottom"):
            item.getAxis(name).setTextPen("#333")
            item.getAxis(name).setPen("#888")
        # Beside the list (compact) the plot is ~400 px wide: two columns, so the legend never widens the plot.
        self.legend = self._legend_above(item, columns=2 if compact else 3)
        return item

    def _create_items(self, item: pg.PlotItem) -> None:
        # Created once (STYLE 18): band edges, band, last year, this year, the drop start, the hover line.
        self.band_low = pg.PlotDataItem(pen=pg.mkPen(BAND_EDGE, width=1))
        self.band_high = pg.PlotDataItem(pen=pg.mkPen(BAND_EDGE, width=1))
        self.band = pg.FillBetweenItem(self.band_low, self.band_high, brush=pg.mkBrush(BAND_COLOUR))
        for it in (self.band, self.band_low, self.band_high):
            it.setZValue(-10)
            item.addItem(it)
        # A legend sample of a FillBetweenItem crashes pyqtgraph 0.14 (segfault in paint); a stand-in item with
        # the band's fill, never added to the plot, draws the same swatch.
        self._band_swatch = pg.PlotDataItem([0, 1], [1, 1], pen=pg.mkPen(BAND_EDGE), fillLevel=0,
                                            fillBrush=pg.mkBrush(BAND_COLOUR))
        self.legend.addItem(self._band_swatch, self.tr("Peers (25–75 %)"))
        self.last_year = item.plot(pen=pg.mkPen(LAST_YEAR_COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
                                   connect="finite", name=self.tr("Same month last year"))
        self.curve = item.plot(pen=pg.mkPen(CURVE_COLOUR, width=2.2), symbol="o", symbolSize=5,
                               symbolBrush=CURVE_COLOUR, symbolPen=None, connect="finite",
                               name=self.tr("Consumption"))
        self.start_line = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(START_COLOUR, width=2, style=Qt.PenStyle.DashLine),
            label=self.tr("Drop begins"), labelOpts={"position": 0.03, "color": START_COLOUR,
                                                      "fill": (255, 255, 255, 220), "anchors": [(1, 1), (1, 1)]})
        # Its label sits low, left of the line: before a drop the curve runs high there.
        self.start_line.setVisible(False)
        item.addItem(self.start_line, ignoreBounds=True)
        self.event_lines: list[pg.InfiniteLine] = []  # a pool: grown when a customer has more events, reused
        self.hover_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#999", width=1,
                                                                                  style=Qt.PenStyle.DotLine))
        self.hover_line.setVisible(False)
        item.addItem(self.hover_line, ignoreBounds=True)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)

    @staticmethod
    def _legend_above(item: pg.PlotItem, columns: int) -> pg.LegendItem:
        """A one-line legend in the plot item's title row, above the data: inside the plot it covered the peaks
        of the curve (a legend can stand anywhere, a clerk's data cannot)."""
        legend = pg.LegendItem(colCount=columns, labelTextColor="#333", horSpacing=12, verSpacing=-4)
        item.layout.removeItem(item.titleLabel)  # this plot has no title (the page's label above gives it)
        item.titleLabel.setVisible(False)
        # Its natural size, right-aligned: stretched over the row the entries spread out and read as unrelated.
        legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        item.layout.addItem(legend, 0, 1)  # row 0, column 1: the title cell over the view box
        item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.legend = legend  # PlotItem.plot(name=…) adds named curves to item.legend
        return legend

    def _fit_legend_row(self) -> None:
        """The title row is height 0 when a PlotItem has no title: give it the legend's height."""
        item = self.plot.getPlotItem()
        self.legend.updateSize()
        item.layout.setRowFixedHeight(0, self.legend.boundingRect().height())

    # -- data ----------------------------------------------------------------------------------
    def show_curve(self, curve: Any | None) -> None:
        """Show a `CurveData` from station.consumption (None clears the plot)."""
        if curve is None:
            self.customer_id = 0
            self.months = []
            n = 0
            self.title.setText(self.tr("No customer selected"))
        else:
            self.customer_id = int(getattr(curve, "customer_id", 0) or 0)
            self.months = [month_text(m) for m in curve.months]
            n = len(self.months)
            self.title.setText(self._title_text(curve))
        x = np.arange(n, dtype=np.float64)
        self._kwh = _array(getattr(curve, "kwh", None), n)
        self._last = _array(getattr(curve, "last_year", None), n)
        self._p25 = _array(getattr(curve, "peer_p25", None), n)
        self._p75 = _array(getattr(curve, "peer_p75", None), n)
        self.axis.set_months(self.months)
        for item, y in ((self.curve, self._kwh), (self.last_year, self._last)):
            # An all-NaN series (no readings, no last year yet) goes in empty: pyqtgraph's symbol bounds warn on it.
            if np.isfinite(y).any():
                item.setData(x, y)
            else:
                item.setData([], [])
        # The band is drawn over the months where both quantiles exist; FillBetweenItem cannot skip gaps.
        ok = np.isfinite(self._p25) & np.isfinite(self._p75)
        self.band_low.setData(x[ok], self._p25[ok])
        self.band_high.setData(x[ok], self._p75[ok])
        self._show_markers(curve)
        self.hover_line.setVisible(False)
        self.hover_label.setText(self.tr("Point at a month to read its values; wheel zooms, drag pans."))
        self.reset_view()
        self.curve_shown.emit(self.customer_id)

    def _title_text(self, curve: Any) -> str:
        parts = [getattr(curve, "account_no", ""), getattr(curve, "name", "")]
        area = getattr(curve, "area_name", "") or getattr(curve, "area_code", "")
        if area:
            parts.append(area)
        return "  ".join(str(p) for p in parts if p)

    def _index_of(self, month: Any) -> int | None:
        text = month_text(month)
        return self.months.index(text) if text in self.months else None

    def _show_markers(self, curve: Any | None) -> None:
        start = self._index_of(getattr(curve, "drop_start", None)) if curve is not None else None
        self.start_line.setVisible(start is not None)
        if start is not None:
            self.start_line.setValue(start)
            self.start_line.label.setFormat(self.tr("Drop begins %1").replace("%1", self.months[start]))
        events = self._events(curve)
        item = self.plot.getPlotItem()
        while len(self.event_lines) < len(events):
            line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(EVENT_COLOUR, width=1.5), label="",
                                   labelOpts={"color": EVENT_COLOUR, "fill": (255, 255, 255, 220),
                                              "anchors": [(0, 0), (0, 0)]})
            item.addItem(line, ignoreBounds=True)
            self.event_lines.append(line)
        for k, line in enumerate(self.event_lines):
            if k < len(events):
                i, text = events[k]
                line.setValue(i)
                line.label.setFormat(text)
                line.label.setPosition(0.80 - 0.12 * (k % 4))  # stagger labels of neighbouring events
                line.setVisible(True)
            else:
                line.setVisible(False)

    def _events(self, curve: Any | None) -> list[tuple[int, str]]:
        """(column, label) per month with asset events; a removal and an install of the same kind in one
        month read as one swap ("Meter swap"), the way a clerk names it."""
        if curve is None:
            return []
        by_month: dict[int, dict[str, set[str]]] = {}
        for m in getattr(curve, "markers", ()):
            if m.kind == "drop":
                continue  # drawn by start_line
            i = self._index_of(m.month)
            if i is not None:
                by_month.setdefault(i, {}).setdefault(m.kind, set()).add(m.event)
        swap = {"meter": self.tr("Meter swap"), "ct": self.tr("CT change"), "pt": self.tr("PT change")}
        single = {("meter", "installed"): self.tr("Meter installed"), ("meter", "removed"): self.tr("Meter removed"),
                  ("ct", "installed"): self.tr("CT installed"), ("ct", "removed"): self.tr("CT removed"),
                  ("pt", "installed"): self.tr("PT installed"), ("pt", "removed"): self.tr("PT removed")}
        out = []
        for i in sorted(by_month):
            texts = []
            for kind, kinds in sorted(by_month[i].items()):
                if len(kinds) > 1:
                    texts.append(swap.get(kind, kind))
                else:
                    event = next(iter(kinds))
                    texts.append(single.get((kind, event), f"{kind} {event}"))
            out.append((i, " / ".join(texts)))
        return out

    # -- reading -------------------------------------------------------------------------------
    def data_of(self, series: str = "kwh") -> np.ndarray:
        """The y values shown for 'kwh', 'last_year', 'p25' or 'p75' (what the plot items hold)."""
        source = {"kwh": self.curve, "last_year": self.last_year, "p25": self.band_low, "p75": self.band_high}
        y = source[series].getData()[1]
        return np.zeros(0) if y is None else np.asarray(y)

    def marker_months(self) -> dict[str, list[str]]:
        """Months of the visible markers: {'start': […], 'events': […]} (for tests and tooltips)."""
        def month(line: pg.InfiniteLine) -> str:
            return self.months[int(round(line.value()))]

        return {"start": [month(self.start_line)] if self.start_line.isVisible() else [],
                "events": [month(line) for line in self.event_lines if line.isVisible()]}

    def hover_text(self, i: int) -> str:
        """The values of month column `i`, as the hover label shows them."""
        parts = [self.months[i], self.tr("%1 kWh").replace("%1", _kwh(self._kwh[i]))]
        if np.isfinite(self._last[i]):
            parts.append(self.tr("last year %1").replace("%1", _kwh(self._last[i])))
        if np.isfinite(self._p25[i]) and np.isfinite(self._p75[i]):
            parts.append(self.tr("peers %1–%2").replace("%1", _kwh(self._p25[i])).replace("%2", _kwh(self._p75[i])))
        return "   ".join(parts)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not self.months or not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getPlotItem().getViewBox().mapSceneToView(pos).x()
        i = int(round(x))
        if not 0 <= i < len(self.months):
            self.hover_line.setVisible(False)
            return
        self.hover_line.setValue(i)
        self.hover_line.setVisible(True)
        self.hover_label.setText(self.hover_text(i))

    # -- view and export -------------------------------------------------------------------------
    def reset_view(self) -> None:
        vb = self.plot.getPlotItem().getViewBox()
        n = len(self.months)
        values = np.concatenate([self._kwh, self._last, self._p75]) if n else np.zeros(0)
        finite = values[np.isfinite(values)]
        top = float(finite.max()) if finite.size else 1.0
        # Zero stays on the axis: a drop looks as deep as it is, not magnified by a floating baseline.
        top = max(top * 1.1, 1.0)
        vb.setRange(xRange=(-0.5, max(n - 0.5, 0.5)), yRange=(-0.02 * top, top), padding=0)

    def export_png(self, path: str | Path | None = None) -> Path | None:
        """Save the plot as PNG (asks for a file when `path` is None); returns the file written."""
        if path is None:
            name = (self.title.text().split("  ")[0] or "curve") + ".png"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export picture"), str(Path.home() / name),
                                                    self.tr("PNG picture (*.png)"))
            if not chosen:
                return None
            path = chosen
        from pyqtgraph.exporters import ImageExporter

        target = Path(path)
        if target.suffix.lower() != ".png":
            target = target.with_suffix(".png")
        exporter = ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = EXPORT_WIDTH
        exporter.parameters()["background"] = QColor("white")
        exporter.export(str(target))
        return target
