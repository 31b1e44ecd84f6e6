"""A pyqtgraph y axis for energy: 12,500 with thousands separators, and 万 (10,000) units for large values."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale

#: From this tick value on the labels count in 万 (10,000 kWh): "35万" reads at a glance where "350,000" needs
#: counting digits, and Chinese reports give large energy in 万千瓦时.
WAN_FROM = 100_000
WAN = 10_000


def kwh_tick(value: float, spacing: float, largest: float, *, wan: bool = True) -> str:
    """The label of one tick: thousands separators, or "12.5万" style from `WAN_FROM` on when `wan`."""
    if wan and largest >= WAN_FROM:
        n = value / WAN
        step = spacing / WAN
        decimals = 0 if step >= 1 else (1 if step >= 0.1 else 2)
        return "0" if value == 0 else f"{n:,.{decimals}f}万"
    decimals = 0 if spacing >= 1 else (1 if spacing >= 0.1 else 2)
    return f"{value:,.{decimals}f}"


class KwhAxis(pg.AxisItem):
    """Left axis; pyqtgraph's SI prefix ("×1e+03") is turned off, the labels carry the unit themselves.

    万 only in a Chinese UI (QLocale default, set with the language): English readers count in thousands.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__("left", *args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.wan = QLocale().language() == QLocale.Language.Chinese

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        largest = max((abs(v) for v in values), default=0.0)
        return [kwh_tick(v * scale, spacing * scale, largest * scale, wan=self.wan) for v in values]
