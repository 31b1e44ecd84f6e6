"""Extension (called by MainWindow._install_features): "Consumption curve" on the customer ledger opens 用电分析.

Kept apart from consumption_page.py so that start-up does not import pyqtgraph for a toolbar action.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """A "Consumption curve" action on the customer ledger opens the 用电分析 page for the selected customer."""
    if "consumption" not in window.page_keys():
        return

    def add(page: Any) -> None:
        act = QAction(QCoreApplication.translate("ConsumptionPage", "Consumption curve"), page)
        act.setObjectName("open_consumption_curve")
        act.setToolTip(QCoreApplication.translate("ConsumptionPage",
                                                  "Show the selected customer's monthly consumption curve"))

        def open_curve() -> None:
            ident = page.current_id()
            if ident:
                window.consumption_page().open_customer(ident)

        act.triggered.connect(open_curve)
        page.add_toolbar_action(None)
        page.add_toolbar_action(act)
        if window.current_key() == "customers":
            window.refresh_page_toolbar()

    window.on_page("customers", add)
