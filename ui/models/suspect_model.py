"""The ranked list of a sudden-drop scan (电量突降), and the proxy that filters it by 台区, category, rule and text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from station.i18n import QT_TRANSLATE_NOOP
from ui.models.row_table import RowColumn, RowTableModel
from ui.text import TARIFF_CATEGORY, label, message_text

_CTX = "SuspectModel"

#: Short names of the rules (station.analysis.reasons.RULE_CODES) for the list; the tooltip gives the long one.
RULE_NAMES: dict[str, str] = {
    "MOM": QT_TRANSLATE_NOOP("SuspectModel", "MoM"),
    "YOY": QT_TRANSLATE_NOOP("SuspectModel", "YoY"),
    "PEER": QT_TRANSLATE_NOOP("SuspectModel", "Peers"),
    "ZERO": QT_TRANSLATE_NOOP("SuspectModel", "Zero"),
    "CUSUM": QT_TRANSLATE_NOOP("SuspectModel", "Change pt"),
    "LOSS": QT_TRANSLATE_NOOP("SuspectModel", "Area loss"),
    "EVENT": QT_TRANSLATE_NOOP("SuspectModel", "Meter event"),
}

RULE_HELP: dict[str, str] = {
    "MOM": QT_TRANSLATE_NOOP("SuspectModel", "Month-over-month: at least 50 % below the mean of the 3 months before"),
    "YOY": QT_TRANSLATE_NOOP("SuspectModel", "Year-over-year: at least 40 % below the same month last year"),
    "PEER": QT_TRANSLATE_NOOP("SuspectModel", "Far below the median of the same category (and 台区)"),
    "ZERO": QT_TRANSLATE_NOOP("SuspectModel", "3 or more months at zero while the account is active"),
    "CUSUM": QT_TRANSLATE_NOOP("SuspectModel", "Change point: the month the drop began"),
    "LOSS": QT_TRANSLATE_NOOP("SuspectModel", "The 台区 loss rate rose in the same month (ranked higher)"),
    "EVENT": QT_TRANSLATE_NOOP("SuspectModel", "A meter or CT change may explain the drop (ranked lower)"),
}


def rule_codes_of(row: Any) -> list[str]:
    rules = getattr(row, "rules", ())
    return rules.split() if isinstance(rules, str) else list(rules)


def rules_text(row: Any) -> str:
    return " ".join(QCoreApplication.translate(_CTX, RULE_NAMES[c]) if c in RULE_NAMES else c
                    for c in rule_codes_of(row))


def rules_tooltip(row: Any) -> str:
    return "\n".join(QCoreApplication.translate(_CTX, RULE_NAMES[c]) + ": " + QCoreApplication.translate(
        _CTX, RULE_HELP[c]) if c in RULE_HELP else c for c in rule_codes_of(row))


def reason_text(row: Any, with_start: bool = True) -> str:
    """The reason in the UI language: the scan's fragments (station Messages) joined by the translator.

    Without `with_start` the leading "From 2025-03" fragment is left out (the list shows it in its own column).
    """
    from station.analysis.reasons import render

    parts = getattr(row, "reason", ())
    if not isinstance(parts, tuple | list):
        return message_text(parts)
    parts = list(parts)
    if not with_start and parts and parts[0].code == "start":
        parts = parts[1:]
    return render(parts, translate=QCoreApplication.translate)


def area_text(row: Any) -> str:
    return getattr(row, "area_name", None) or getattr(row, "area_code", None) or ""


def _number(value: Any) -> float:
    return float("-inf") if value is None else float(value)


class SuspectModel(RowTableModel):
    """Rows of `run_scan` in their ranked order; rank = position in the scan, kept when the view re-sorts.

    The start month and the reason come right after the score: they are what a clerk reads first, and the
    list shares the page with the curve, so the columns after them are the ones scrolled to.
    """

    RANK, ACCOUNT, NAME, AREA, SCORE, START, REASON, RULES, CATEGORY = range(9)

    context = _CTX

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rank: dict[int, int] = {}
        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Rank"), lambda r: str(self.rank_of(r)),
                      self.rank_of, align_right=True),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Account no."), lambda r: r.account_no),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Name"), lambda r: r.name, tooltip=lambda r: r.name),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Area"), area_text,
                      tooltip=lambda r: f"{r.area_code or ''} {getattr(r, 'area_name', '') or ''}".strip()),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Score"), lambda r: f"{r.score:.0f}",
                      lambda r: _number(r.score), align_right=True),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Drop began"), lambda r: r.start_month or ""),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Reason"), lambda r: reason_text(r, with_start=False), tooltip=reason_text),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Rules"), rules_text, tooltip=rules_tooltip),
            RowColumn(QT_TRANSLATE_NOOP("SuspectModel", "Tariff category"),
                      lambda r: label(TARIFF_CATEGORY, r.tariff_category)),
        )

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._rank = {id(r): i for i, r in enumerate(rows, 1)}
        super().set_rows(rows)

    def rank_of(self, row: Any) -> int:
        return self._rank.get(id(row), 0)

    def row_of_customer(self, customer_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.customer_id == customer_id), -1)


class SuspectFilterProxy(QSortFilterProxyModel):
    """In-memory filter of the scan's rows (STYLE 15: the proxy is for small in-memory tables)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(RowTableModel.SortRole)
        self._area: str | None = None
        self._category: str | None = None
        self._rule: str | None = None
        self._text = ""

    def set_filters(self, *, area: str | None = None, category: str | None = None, rule: str | None = None,
                    text: str = "") -> None:
        """Keep rows of 台区 code `area`, tariff `category`, with rule code `rule`, containing `text`."""
        self.beginFilterChange()
        self._area, self._category, self._rule, self._text = area, category, rule, text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        row = self._rows().row_at(source_row)
        if self._area and row.area_code != self._area:
            return False
        if self._category and row.tariff_category != self._category:
            return False
        if self._rule and self._rule not in rule_codes_of(row):
            return False
        if self._text:
            hay = " ".join((row.account_no or "", row.name or "", area_text(row), reason_text(row))).lower()
            return self._text in hay
        return True

    def row_at(self, proxy_row: int) -> Any:
        return self._rows().row_at(self.mapToSource(self.index(proxy_row, 0)).row())

    def _rows(self) -> SuspectModel:
        return cast(SuspectModel, self.sourceModel())
