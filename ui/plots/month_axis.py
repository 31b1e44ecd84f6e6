"""A pyqtgraph x axis whose ticks are month labels (YYYY-MM) of integer positions 0…n−1."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg


class MonthAxis(pg.AxisItem):
    """Ticks at whole months only; labels come from `set_months`; every k-th month when crowded."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__("bottom", *args, **kwargs)
        self._months: list[str] = []
        self._step = 1

    def set_months(self, months: Sequence[str]) -> None:
        self._months = list(months)
        self.picture = None  # pyqtgraph caches the drawn axis; labels changed, so redraw
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803 - pyqtgraph's names
        if not self._months:
            return []
        lo, hi = max(0, int(minVal)), min(len(self._months) - 1, int(maxVal) + 1)
        if hi < lo:
            return []
        # About 60 px per label ("2025-03" is ~52 px at 10 pt); steps of 1, 2, 3, 6 or 12 months keep the ticks on
        # quarters and years.
        fit = max(1, int(size // 60))
        span = hi - lo + 1
        step = next((s for s in (1, 2, 3, 6, 12, 24) if span / s <= fit), 24)
        self._step = step
        first = lo + (self._offset() - lo) % step
        major = list(range(first, hi + 1, step))
        minor = [i for i in range(lo, hi + 1) if i not in major] if step > 1 and span <= 60 else []
        return [(float(step), [float(i) for i in major]), (1.0, [float(i) for i in minor])]

    def _offset(self) -> int:
        """Index of the first January (or 0), so that yearly and half-yearly ticks fall on Jan/Jul."""
        for i, m in enumerate(self._months):
            if m.endswith("-01"):
                return i % 12
        return 0

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        out = []
        for v in values:
            i = int(round(v))
            labelled = 0 <= i < len(self._months) and abs(spacing - self._step) < 1e-9
            out.append(self._months[i] if labelled else "")  # minor ticks stay unlabelled
        return out
