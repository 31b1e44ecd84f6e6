"""File → Yearly work summary…: the menu entry asks the year, prints the sealed 年度工作总结 off the UI thread and
shows it in the print preview; the print is recorded, so `station verify` knows the paper."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from db.schema import PrintedDocument
from ui.dialogs.summary_flow import offered_years
from ui.widgets import pdf_preview


def test_the_menu_entry_prints_the_year_chosen_and_previews_it(qtbot, window, monkeypatch):
    asked: list[tuple[list[str], int]] = []
    year = dt.date.today().year - 1

    def get_item(_parent, _title, _label, items, current=0, _editable=True, *args, **kwargs):
        asked.append((list(items), current))
        return str(year), True

    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(str(self.path)) or 0)
    action = window.ledger_actions.summary_action
    assert action in window.menu("file").actions() and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    window.runner.wait()
    years, default = offered_years(dt.date.today())
    assert asked == [([str(y) for y in years], default)]
    assert shown[0].endswith(f"年度工作总结_{year}.pdf")
    with open(shown[0], "rb") as f:
        assert f.read(5) == b"%PDF-"
    with window.workspace.sessions() as s:
        kinds = list(s.scalars(select(PrintedDocument.kind)))
    assert "summary" in kinds


def test_the_year_offered_first_is_last_years_until_the_end_of_march() -> None:
    assert offered_years(dt.date(2027, 2, 10)) == ([2027, 2026, 2025, 2024, 2023], 1)
    assert offered_years(dt.date(2026, 12, 2))[1] == 0
