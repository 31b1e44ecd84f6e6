"""The customer ledger as a lazy table: ids from station.customers.customer_ids, rows a page at a time."""

from __future__ import annotations

from typing import Any

from station import actions, customers
from station.i18n import QT_TRANSLATE_NOOP
from station.workspace import Workspace
from ui.models.lazy_table import ColumnSpec, LazyTableModel, sortable_columns
from ui.text import CUSTOMER_STATUS, TARIFF_CATEGORY, label


def _capacity(value: Any) -> str:
    return "" if value is None else f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,}"


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Account no."), lambda r: r.account_no, "account_no"),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Name"), lambda r: r.name, "name"),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Address"), lambda r: r.address, "address",
               tooltip=lambda r: r.address),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Phone"), lambda r: r.phone, "phone"),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Tariff category"),
               lambda r: label(TARIFF_CATEGORY, r.tariff_category), "tariff_category"),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Voltage"), lambda r: r.voltage_level, "voltage_level"),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Contract kVA"),
               lambda r: _capacity(r.contract_capacity_kva), "contract_capacity_kva", align_right=True),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Transformer area"), lambda r: r.area_name or "", "area",
               tooltip=lambda r: f"{r.area_code or ''} {r.area_name or ''}".strip()),
    ColumnSpec(QT_TRANSLATE_NOOP("CustomerModel", "Status"), lambda r: label(CUSTOMER_STATUS, r.status), "status"),
)


class CustomerModel(LazyTableModel):
    """Customers matching a `CustomerFilter`, ordered in SQL by one of CUSTOMER_SORT_KEYS."""

    context = "CustomerModel"

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        columns = sortable_columns(COLUMNS, customers.CUSTOMER_SORT_KEYS)
        super().__init__(workspace, ids_query=actions.load_customer_ids, rows_query=actions.load_customer_rows, columns=columns,
                         initial_filter=customers.CustomerFilter(), sort_key="account_no", parent=parent)

    def search(self, text: str) -> None:
        """Re-query for a 户号 / 户名 / 地址 / phone text (the page debounces the typing)."""
        self.update_filter(text=text.strip())
