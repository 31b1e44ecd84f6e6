"""Code tables (issue 7): the station's 行业分类, 用电类别 and 电压等级."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.users import require
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.codes.store import CodeRow


def load_code_table(ws: Workspace, table: str) -> list[CodeRow]:
    """Every value of a code table with its aliases and how many customers hold it; a short read."""
    from station.codes.store import code_rows

    with ws.sessions() as s:
        return code_rows(s, table)


def add_code_value(ws: Workspace, table: str, code: str, name: str, *, parent: str | None = None) -> CodeRow:
    """A station's own value (under `parent`), audited; Rejected with every reason."""
    from station.codes.store import add_value

    with ws.sessions.begin() as s:
        require(s, ws.operator, "codes", "edit")
        return add_value(s, table, code, name, ws.operator, parent=parent, source=ws.operator)


def add_code_alias(ws: Workspace, table: str, code: str, alias: str) -> CodeRow:
    """Another name of a value (an older edition's, an export's spelling), audited."""
    from station.codes.store import add_alias

    with ws.sessions.begin() as s:
        require(s, ws.operator, "codes", "edit")
        return add_alias(s, table, code, alias, ws.operator, source=ws.operator)


def set_code_retired(ws: Workspace, table: str, code: str, retired: bool) -> CodeRow:
    """Retire a value (rows holding it stay valid; no new row or change takes it) or bring it back."""
    from station.codes.store import set_retired

    with ws.sessions.begin() as s:
        require(s, ws.operator, "codes", "edit")
        return set_retired(s, table, code, retired, ws.operator)

