"""The import preview's values in no code table: listed with counts and first lines, added when the box stays
ticked, their rows rejected with the reason when the clerk unticks it (the counts follow at once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.schema import CodeValue, Customer
from station.actions import write_import
from station.imports import preview_customers
from ui.dialogs.import_preview import ImportPreviewDialog

CSV = """户号,户名,用电类别,电压等级,行业分类
3300000001,张一,城乡居民生活用电,交流220V,乡村居民
3300000002,张二,大工业用电,AC00101,养殖专业合作社
3300000003,张三,农业生产用电,0.4kV,养殖专业合作社
3300000004,张四,居民生活用电,220V,分布式光伏
"""


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "客户档案.csv"
    path.write_text(CSV, encoding="gb18030")
    return path


def test_unticking_rejects_their_rows_and_the_write_adds_nothing(qtbot, workspace, export, english) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions() as s:
        preview = preview_customers(s, export)
    dlg = ImportPreviewDialog(None, preview)
    qtbot.addWidget(dlg)
    dlg.show()
    table = dlg.findChild(type(dlg._code_widgets[1]), "unknown_codes")
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["行业分类", "养殖专业合作社", "2", "3、4"], ["行业分类", "分布式光伏", "1", "5"]]
    assert dlg.count_labels["new"].text() == "4" and dlg.import_button.text() == "Import 4 accepted row(s)"
    assert dlg.add_codes_box.isChecked()
    qtbot.mouseClick(dlg.add_codes_box, Qt.MouseButton.LeftButton)
    assert not dlg.add_codes_box.isChecked()
    assert (dlg.count_labels["new"].text(), dlg.count_labels["rejected"].text()) == ("1", "3")
    assert dlg.import_button.text() == "Import 1 accepted row(s)"
    reasons = [dlg.rejections.data(dlg.rejections.index(r, 5)) for r in range(dlg.rejections.rowCount())]
    assert all("adding it was refused" in r for r in reasons) and len(reasons) == 3
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.preview.codes_refused
    summary = write_import(workspace, dlg.preview, progress=lambda *a: None, cancelled=lambda: False)
    assert (summary.new, summary.rejected, summary.codes_added) == (1, 3, 0)
    with workspace.sessions() as s:
        assert s.scalars(select(CodeValue).where(CodeValue.origin == "added")).all() == []
        assert s.scalars(select(Customer.account_no)).all() == ["3300000001"]


def test_ticked_the_values_are_added_and_every_row_written(qtbot, workspace, export, english) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions() as s:
        preview = preview_customers(s, export)
    dlg = ImportPreviewDialog(None, preview)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.mouseClick(dlg.add_codes_box, Qt.MouseButton.LeftButton)  # untick, then tick again: as it was
    qtbot.mouseClick(dlg.add_codes_box, Qt.MouseButton.LeftButton)
    assert dlg.preview is preview and dlg.count_labels["rejected"].text() == "0"
    summary = write_import(workspace, dlg.preview, progress=lambda *a: None, cancelled=lambda: False)
    assert (summary.new, summary.codes_added) == (4, 2)
    with workspace.sessions() as s:
        levels = {r[0]: r[1] for r in s.execute(select(Customer.account_no, Customer.voltage_level))}
    assert levels == {"3300000001": "220V", "3300000002": "10kV", "3300000003": "380V", "3300000004": "220V"}
