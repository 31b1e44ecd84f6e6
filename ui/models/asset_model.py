"""The meter-asset ledger as a lazy table: ids from station.assets.asset_ids, rows a page at a time."""

from __future__ import annotations

from typing import Any

from station import actions, assets
from station.i18n import QT_TRANSLATE_NOOP
from station.workspace import Workspace
from ui.models.lazy_table import ColumnSpec, LazyTableModel, sortable_columns
from ui.text import ASSET_KIND, ASSET_STATUS, RESULT, label


def _date(value: Any) -> str:
    return value.isoformat() if value is not None else ""


COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Asset no."), lambda r: r.asset_no, "asset_no"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Kind"), lambda r: label(ASSET_KIND, r.kind), "kind"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Model"), lambda r: r.model, "model"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Maker"), lambda r: r.maker, "maker", tooltip=lambda r: r.maker),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Class"), lambda r: r.accuracy_class, "accuracy_class"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Current / ratio"),
               lambda r: r.ratio if r.kind != "meter" else r.rated_current, None),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Verified"), lambda r: _date(r.verified_on), "verified_on"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Result"), lambda r: label(RESULT, r.verification_result),
               "verification_result"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Expires"), lambda r: _date(r.expires_on), "expires_on"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Status"), lambda r: label(ASSET_STATUS, r.status), "status"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Installed at"),
               lambda r: f"{r.account_no} {r.customer_name or ''}".strip() if r.account_no else "", "account_no"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Area"), lambda r: r.area_code or "", "area_code"),
    ColumnSpec(QT_TRANSLATE_NOOP("AssetModel", "Batch"), lambda r: r.batch_no, "batch_no"),
)


class AssetModel(LazyTableModel):
    """Assets matching an `AssetFilter`, ordered in SQL by one of ASSET_SORT_KEYS."""

    context = "AssetModel"

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        columns = sortable_columns(COLUMNS, assets.ASSET_SORT_KEYS)
        super().__init__(workspace, ids_query=actions.load_asset_ids, rows_query=actions.load_asset_rows, columns=columns,
                         initial_filter=assets.AssetFilter(), sort_key="asset_no", parent=parent)

    def search(self, text: str) -> None:
        self.update_filter(text=text.strip())
