"""PDF reports (reportlab platypus): one page template, the customer and asset ledgers; no Qt."""

from __future__ import annotations

from station.reports.assets import asset_ledger_pdf
from station.reports.customers import customer_ledger_pdf

__all__ = ["asset_ledger_pdf", "customer_ledger_pdf"]
