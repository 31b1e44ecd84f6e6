"""Display text for the codes station/ returns (statuses, kinds, events) and for station Messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from station.domain.codes import AssetKind, AssetStatus, CustomerStatus, EventKind
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP

_CTX = "Codes"

CUSTOMER_STATUS: dict[str, str] = {
    CustomerStatus.ACTIVE: QT_TRANSLATE_NOOP("Codes", "Active"),
    CustomerStatus.SUSPENDED: QT_TRANSLATE_NOOP("Codes", "Suspended"),
    CustomerStatus.CLOSED: QT_TRANSLATE_NOOP("Codes", "Closed"),
}

ASSET_KIND: dict[str, str] = {
    AssetKind.METER: QT_TRANSLATE_NOOP("Codes", "Meter"),
    AssetKind.CT: QT_TRANSLATE_NOOP("Codes", "CT"),
    AssetKind.PT: QT_TRANSLATE_NOOP("Codes", "PT"),
}

ASSET_STATUS: dict[str, str] = {
    AssetStatus.RECEIVED: QT_TRANSLATE_NOOP("Codes", "Received, awaiting verification"),
    AssetStatus.IN_STOCK: QT_TRANSLATE_NOOP("Codes", "In stock"),
    AssetStatus.FAILED: QT_TRANSLATE_NOOP("Codes", "Failed verification"),
    AssetStatus.ISSUED: QT_TRANSLATE_NOOP("Codes", "Issued"),
    AssetStatus.INSTALLED: QT_TRANSLATE_NOOP("Codes", "In service"),
    AssetStatus.REMOVED: QT_TRANSLATE_NOOP("Codes", "Removed, awaiting check"),
    AssetStatus.TO_SCRAP: QT_TRANSLATE_NOOP("Codes", "To be scrapped"),
    AssetStatus.SCRAPPED: QT_TRANSLATE_NOOP("Codes", "Scrapped"),
}

EVENT_KIND: dict[str, str] = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("Codes", "Received"),
    EventKind.VERIFIED: QT_TRANSLATE_NOOP("Codes", "Verified"),
    EventKind.ISSUED: QT_TRANSLATE_NOOP("Codes", "Issued"),
    EventKind.INSTALLED: QT_TRANSLATE_NOOP("Codes", "Installed"),
    EventKind.REMOVED: QT_TRANSLATE_NOOP("Codes", "Removed"),
    EventKind.RETURNED: QT_TRANSLATE_NOOP("Codes", "Returned to stock"),
    EventKind.TO_SCRAP: QT_TRANSLATE_NOOP("Codes", "Marked for scrapping"),
    EventKind.SCRAPPED: QT_TRANSLATE_NOOP("Codes", "Scrapped"),
    EventKind.ONSITE_TEST: QT_TRANSLATE_NOOP("Codes", "On-site test"),
    EventKind.PT_DROP_TEST: QT_TRANSLATE_NOOP("Codes", "PT secondary voltage-drop test"),
    EventKind.CTPT_CHECK: QT_TRANSLATE_NOOP("Codes", "HV CT/PT on-site check"),
}

RESULT: dict[str, str] = {
    "pass": QT_TRANSLATE_NOOP("Codes", "Pass"),
    "fail": QT_TRANSLATE_NOOP("Codes", "Fail"),
}

# Tariff categories and metering methods are stored as the Chinese terms (station.domain.codes); the
# English UI shows these names, the Chinese UI translates them back to the stored term.
TARIFF_CATEGORY: dict[str, str] = {
    "居民生活": QT_TRANSLATE_NOOP("Codes", "Residential"),
    "一般工商业": QT_TRANSLATE_NOOP("Codes", "General commercial & industrial"),
    "大工业": QT_TRANSLATE_NOOP("Codes", "Large industrial"),
    "农业生产": QT_TRANSLATE_NOOP("Codes", "Agricultural production"),
    "工商业": QT_TRANSLATE_NOOP("Codes", "Commercial & industrial"),
}

METERING_METHOD: dict[str, str] = {
    "高供高计": QT_TRANSLATE_NOOP("Codes", "HV supply, HV metering"),
    "高供低计": QT_TRANSLATE_NOOP("Codes", "HV supply, LV metering"),
    "低供低计": QT_TRANSLATE_NOOP("Codes", "LV supply, LV metering"),
}


def label(table: dict[str, str], code: Any) -> str:
    """The translated label of `code` in `table`, or the code itself when the table does not know it."""
    if code is None or code == "":
        return ""
    text = table.get(str(code))
    return QCoreApplication.translate(_CTX, text) if text else str(code)


def message_text(message: Any) -> str:
    """A station `Message` (or plain text) in the UI language."""
    if hasattr(message, "text"):
        return str(message.text(QCoreApplication.translate))
    return str(message)


def problems_text(problems: Any) -> str:
    """One line per problem, as the forms and error boxes show them."""
    return "\n".join(message_text(p.message) for p in problems)


def problems_of(exc: BaseException) -> list[Problem]:
    """The reasons of a refused action (station's Rejected); [] for any other failure."""
    return list(exc.problems) if isinstance(exc, Rejected) else []


def failure_text(exc: BaseException) -> str:
    """What an error box says about a failed action: every reason of a refusal, else the error itself."""
    problems = problems_of(exc)
    return problems_text(problems) if problems else str(exc)
