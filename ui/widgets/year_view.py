"""The due page's Year view tab: a year to choose and the workload chart of that year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget


class YearView(QWidget):
    """`year_spin` (its valueChanged asks the page to reload) above `chart` (a WorkloadChart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.widgets.workload_chart import WorkloadChart  # pyqtgraph: only when the due page is built

        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("workload_year")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(dt.date.today().year)
        self.chart = WorkloadChart(self)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year_spin)
        top.addWidget(QLabel(self.tr("Jobs per month by kind (overdue work counted in January)"), self), 1)
        lay.addLayout(top)
        lay.addWidget(self.chart, 1)
