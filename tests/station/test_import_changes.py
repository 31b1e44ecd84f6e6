"""The import preview's 户号/户名 of each rejected line and old → new of each updated row (station.imports.changes)."""

from __future__ import annotations

from pathlib import Path

from station import actions
from station.imports.changes import Change, changes, row_identity
from station.workspace import Workspace
from tests.station.test_import_customers import GOOD, run_import, write_csv


def test_rejected_lines_carry_the_rows_account_and_name(workspace: Workspace, tmp_path: Path) -> None:
    bad = ["0001234599,王五,东街9号,居民生活,220V,-3,T01,,城乡居民生活,13800000009,2024/1/5,正常",
           ",无户号,东街10号,居民生活,220V,8,T01,,城乡居民生活,13800000010,2024/1/5,正常"]
    with workspace.sessions() as s:
        from station.imports import preview_customers

        p = preview_customers(s, write_csv(tmp_path / "c.csv", [*GOOD, *bad]))
    lines = sorted(p.rejected_rows)
    assert [row_identity(p, line) for line in lines] == [("0001234599", "王五"), ("", "无户号")]
    assert row_identity(p, 999) == ("", "")


def test_updated_rows_show_each_changed_field_old_and_new(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, write_csv(tmp_path / "a.csv", GOOD))
    changed = list(GOOD)
    changed[0] = changed[0].replace("东街1号", "东街1号之2").replace(",8,T01,", ",10,T02,")
    with workspace.sessions() as s:
        from station.imports import preview_customers

        p = preview_customers(s, write_csv(tmp_path / "b.csv", changed))
    assert p.updated == 1
    codes = {a.id: a.code for a in actions.load_areas(workspace)}
    assert changes(p, codes) == [
        Change(2, "0001234567", "用电地址", "东街1号", "东街1号之2"),
        Change(2, "0001234567", "合同容量(kVA)", "8", "10"),
        Change(2, "0001234567", "台区编号", "T01", "T02"),
    ]
