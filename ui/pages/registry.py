"""The page registry: the navigation list shows these pages in order; later issues add theirs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from station.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.main_window import MainWindow


# --- What the window asks of a page: each optional; a page has the methods it needs ------------------------


@runtime_checkable
class HasToolbar(Protocol):
    def toolbar_actions(self) -> list[QAction | None]:
        """The page toolbar's actions (None = a separator)."""
        ...


@runtime_checkable
class Refreshable(Protocol):
    def refresh(self) -> Any:
        """Read again what the page shows (F5, after an import)."""
        ...


@runtime_checkable
class SavesState(Protocol):
    def save_state(self) -> None:
        """Remember splitters, columns … (the window closes)."""
        ...


@runtime_checkable
class OpensCustomer(Protocol):
    def open_customer(self, customer_id: int) -> Any:
        """Show customer `customer_id` (a scanned 户号 opens on such a page itself)."""
        ...


@runtime_checkable
class PrintsItself(Protocol):
    """A page with its own print action (the 追补电费计算单, a receipt, a report): it takes Ctrl+P from the
    ledger's print (ui.ledger_menus)."""

    print_action: QAction


@runtime_checkable
class ReadyForScreenshot(Protocol):
    def ready_for_screenshot(self) -> bool:
        """The page has what it computes on show (ui.screenshot waits for it)."""
        ...


@runtime_checkable
class PreparesScreenshot(Protocol):
    def prepare_for_screenshot(self) -> None:
        """Fill the page with an example worth a screenshot (a calculation, a customer's curve)."""
        ...


@runtime_checkable
class ShowsTabs(Protocol):
    def show_tab(self, name: str) -> None:
        """Bring the tab `name` to the front."""
        ...


@dataclass(frozen=True, slots=True)
class PageSpec:
    """One page: a stable key (settings, --page), its title in the "Pages" context, and a factory.

    The factory is called once, the first time the page is shown, so start-up builds only the first page.
    """

    key: str
    title: str
    factory: Callable[[MainWindow], QWidget]
    icon: str = ""  #: file name under resources/icons


def _customers(window: MainWindow) -> QWidget:
    from ui.pages.customers_page import CustomersPage

    return CustomersPage(window.workspace, window.runner, window.ui_settings, window)


def _assets(window: MainWindow) -> QWidget:
    from ui.pages.assets_page import AssetsPage

    return AssetsPage(window.workspace, window.runner, window.ui_settings, window)


def _due(window: MainWindow) -> QWidget:
    from ui.pages.due_page import make_page

    return make_page(window)


def _orders(window: MainWindow) -> QWidget:
    from ui.pages.orders_page import make_page

    return make_page(window)


def _consumption(window: MainWindow) -> QWidget:
    from ui.pages.consumption_page import make_page

    return make_page(window)


def _suspects(window: MainWindow) -> QWidget:
    from ui.pages.suspects_page import make_page

    return make_page(window)


def _lineloss(window: MainWindow) -> QWidget:
    from ui.pages.lineloss_page import make_page

    return make_page(window)


def _backbilling(window: MainWindow) -> QWidget:
    from ui.pages.backbilling_page import make_page

    return make_page(window)


def _rules(window: MainWindow) -> QWidget:
    from ui.pages.rules_page import make_page

    return make_page(window)


def _record_audit(window: MainWindow) -> QWidget:
    from ui.pages.record_audit_page import make_page

    return make_page(window)


def _anomalies(window: MainWindow) -> QWidget:
    from ui.pages.anomalies_page import make_page

    return make_page(window)


def _codes(window: MainWindow) -> QWidget:
    from ui.pages.codes_page import make_page

    return make_page(window)


def _users(window: MainWindow) -> QWidget:
    from ui.pages.users_page import make_page

    return make_page(window)


#: In the order of a clerk's day: the ledgers, the plan of due work, the analyses, the calculator, the settings.
PAGES: list[PageSpec] = [
    PageSpec("customers", QT_TRANSLATE_NOOP("Pages", "Customer ledger"), _customers, "customers.svg"),
    PageSpec("assets", QT_TRANSLATE_NOOP("Pages", "Meter-asset ledger"), _assets, "assets.svg"),
    PageSpec("due", QT_TRANSLATE_NOOP("Pages", "Rotation and verification plan"), _due, "due.svg"),
    PageSpec("orders", QT_TRANSLATE_NOOP("Pages", "Work orders"), _orders, "orders.svg"),
    PageSpec("consumption", QT_TRANSLATE_NOOP("Pages", "Consumption analysis"), _consumption, "consumption.svg"),
    PageSpec("suspects", QT_TRANSLATE_NOOP("Pages", "Sudden drops"), _suspects, "suspects.svg"),
    PageSpec("lineloss", QT_TRANSLATE_NOOP("Pages", "Line loss"), _lineloss, "lineloss.svg"),
    PageSpec("record_audit", QT_TRANSLATE_NOOP("Pages", "Record audit"), _record_audit, "record_audit.svg"),
    PageSpec("anomalies", QT_TRANSLATE_NOOP("Pages", "Billing-centre anomalies"), _anomalies, "anomalies.svg"),
    PageSpec("backbilling", QT_TRANSLATE_NOOP("Pages", "Back-billing calculator"), _backbilling, "backbilling.svg"),
    PageSpec("rules", QT_TRANSLATE_NOOP("Pages", "Rule settings"), _rules, "rules.svg"),
    PageSpec("codes", QT_TRANSLATE_NOOP("Pages", "Code tables"), _codes, "codes.svg"),
    PageSpec("users", QT_TRANSLATE_NOOP("Pages", "Users"), _users, "users.svg"),
]

