"""What the import preview shows beside its counts: 户号/户名 of each rejected line, old → new of each update.

Pure functions over an ImportPreview (no session): the clerk sees whose row was refused without opening the
file, and which fields an import would overwrite before it does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from station.imports.aliases import ASSET_ALIASES, CUSTOMER_ALIASES
from station.imports.normalise import raw_text
from station.imports.preview import ImportPreview

#: The fields a row names its customer by, first found wins (an asset file's 安装户号).
ACCOUNT_FIELDS = ("account_no", "install_account_no")
NAME_FIELDS = ("name",)
#: A stored field shown under the file column it was read from (customers: the 台区 by its code).
_COLUMN_OF = {"area_id": "area_code"}


@dataclass(frozen=True, slots=True)
class Change:
    """One changed field of one updated row: the file's line, the record's key, the column, old and new."""

    line: int
    key: str
    column: str
    before: str
    after: str


def _cell(preview: ImportPreview, cells: tuple[Any, ...], fields: tuple[str, ...]) -> str:
    for f in fields:
        index = preview.columns.get(f)
        if index is not None and index < len(cells):
            return raw_text(cells[index])
    return ""


def row_identity(preview: ImportPreview, line: int) -> tuple[str, str]:
    """户号 and 户名 of the rejected row on `line` as the file writes them ("" when the file has no such column)."""
    cells = preview.rejected_rows.get(line) or preview.unknown_code_rows.get(line) or ()
    return _cell(preview, cells, ACCOUNT_FIELDS), _cell(preview, cells, NAME_FIELDS)


def column_title(preview: ImportPreview, field_name: str) -> str:
    """The file's own header of a field, else the header our exports write for it, else the field's name."""
    source = _COLUMN_OF.get(field_name, field_name)
    index = preview.columns.get(source)
    if index is not None and index < len(preview.headers):
        return preview.headers[index]
    aliases = {**ASSET_ALIASES, **CUSTOMER_ALIASES} if preview.kind == "customers" else {
        **CUSTOMER_ALIASES, **ASSET_ALIASES}
    return aliases.get(source, (field_name,))[0]


def shown(value: Any, area_codes: Mapping[int, str] | None = None, field_name: str = "") -> str:
    """A stored or parsed value as the preview writes it: dates ISO, amounts without trailing zeros."""
    if value is None:
        return ""
    if field_name == "area_id":
        if isinstance(value, tuple):  # ("new", code): a 台区 the import creates
            return str(value[1])
        return (area_codes or {}).get(value, str(value))
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def changes(preview: ImportPreview, area_codes: Mapping[int, str] | None = None) -> list[Change]:
    """Every changed field of every update in the file's order; an asset file's install shows as its 安装户号
    (from nothing to the account it goes onto)."""
    out = [Change(u.line, u.key, column_title(preview, f), shown(u.before.get(f), area_codes, f),
                  shown(new, area_codes, f))
           for u in preview.updates for f, new in u.after.items()]
    updated = {u.key for u in preview.updates}
    out += [Change(i["line"], i["asset_no"], column_title(preview, "install_account_no"), "", str(i["account_no"]))
            for i in preview.extra.get("installs") or () if i["asset_no"] in updated]
    return sorted(out, key=lambda c: c.line)
