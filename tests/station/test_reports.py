"""The PDF ledgers read back: template parts, totals that match the database, filters, embedded font, CLI."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from sqlalchemy import func, or_, select

from db.schema import Asset, Customer, TransformerArea
from station import settings
from station.actions import create_demo
from station.cli import main as cli
from station.domain.problems import Rejected
from station.progress import Cancelled
from station.reports import asset_ledger_pdf, customer_ledger_pdf
from station.reports.template import Column, build_table_report
from station.workspace import Workspace, open_workspace

AS_OF = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo_db(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    shutil.copyfile(template_db, path)
    ws = open_workspace(path, operator="tester")
    create_demo(ws, customers=700, seed=11, as_of=AS_OF)
    ws.close()
    return path


@pytest.fixture
def demo(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db, operator="tester")
    yield ws
    ws.close()


def pages_text(pdf: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _pdf(build, ws: Workspace, **kwargs) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    with ws.sessions() as s:
        build(s, buf, **kwargs)
    return buf.getvalue()


def _in_force(cutoff: dt.date):  # type: ignore[no-untyped-def]
    return (
        or_(Customer.opened_on.is_(None), Customer.opened_on <= cutoff),
        or_(Customer.closed_on.is_(None), Customer.closed_on > cutoff),
    )


def test_customer_ledger_shows_template_parts_on_every_page_and_totals_of_the_database(demo: Workspace) -> None:
    pdf = _pdf(customer_ledger_pdf, demo, month="2026-05")
    assert b"/FontFile2" in pdf  # the CJK TrueType font is embedded, not referenced
    pages = pages_text(pdf)
    n = len(pages)
    assert n > 5
    for i, text in enumerate(pages, 1):
        assert "客户台账" in text and f"第 {i}/{n} 页" in text and "打印时间：" in text
    with demo.sessions() as s:
        station = settings.get(s, "station.name")
        cutoff = dt.date(2026, 5, 31)
        count, capacity = s.execute(
            select(func.count(), func.sum(Customer.contract_capacity_kva)).where(*_in_force(cutoff))
        ).one()
        some = s.scalars(select(Customer.name).where(*_in_force(cutoff)).order_by(Customer.id).limit(1)).one()
    for text in pages[:-1]:  # the last page may hold only the summary and the signatures
        assert station in text and "期间：2026年05月" in text and "本页小计" in text
        assert text.index("序号") < text.index("本页小计")  # the header row repeats at the top of each page
    assert f"总计：{count:,} 户" in "".join(pages)
    assert f"{Decimal(capacity):,.1f}" in "".join(pages)
    assert some in "".join(pages)
    assert "制表：" in pages[-1] and "审核：" in pages[-1]


def test_month_filter_leaves_out_customers_opened_later_and_those_already_closed(demo: Workspace) -> None:
    with demo.sessions() as s:
        later = s.scalars(select(Customer.account_no).where(Customer.opened_on > dt.date(2025, 12, 31))).first()
        closed = s.execute(select(Customer.account_no, Customer.closed_on)
                           .where(Customer.closed_on.is_not(None)).order_by(Customer.closed_on)).first()
        earlier = s.scalars(select(Customer.account_no).where(
            Customer.opened_on <= dt.date(2025, 12, 31), Customer.closed_on.is_(None))).first()
    assert later and closed and earlier
    text = "".join(pages_text(_pdf(customer_ledger_pdf, demo, month="2025-12")))
    assert later not in text and earlier in text
    assert (closed.account_no in text) == (closed.closed_on > dt.date(2025, 12, 31))
    closed_month = f"{closed.closed_on:%Y-%m}"
    after = "".join(pages_text(_pdf(customer_ledger_pdf, demo, month=closed_month)))
    assert closed.account_no not in after


def test_area_filter_keeps_only_that_areas_customers(demo: Workspace) -> None:
    with demo.sessions() as s:
        ids = dict(s.execute(select(TransformerArea.code, TransformerArea.id)).all())
        count = s.scalar(select(func.count()).select_from(Customer)
                         .where(Customer.area_id == ids["TQ0002"], *_in_force(dt.date.today())))
        other = s.scalars(select(Customer.account_no).where(Customer.area_id == ids["TQ0001"])).first()
        mine = s.scalars(select(Customer.account_no).where(
            Customer.area_id == ids["TQ0002"], Customer.status != "closed")).first()
    text = "".join(pages_text(_pdf(customer_ledger_pdf, demo, area_code="TQ0002")))
    assert f"总计：{count:,} 户" in text and "台区：TQ0002" in text
    assert mine in text and other not in text and "TQ0001" not in text


def test_asset_ledger_lists_assets_with_status_and_place_and_the_months_movements(demo: Workspace) -> None:
    pdf = _pdf(asset_ledger_pdf, demo)
    pages = pages_text(pdf)
    text = "".join(pages)
    with demo.sessions() as s:
        listed = s.scalar(select(func.count()).select_from(Asset).where(Asset.status != "scrapped"))
        gateway = s.execute(select(TransformerArea.gateway_meter, TransformerArea.name)).first()
        stock = s.scalars(select(Asset.asset_no).where(Asset.status == "in_stock")).first()
    assert f"总计：{listed:,} 只" in text
    assert "计量资产台账" in pages[0] and f"第 1/{len(pages)} 页" in pages[0]
    assert gateway.gateway_meter in text and f"台区关口：{gateway.name}" in text
    assert stock in text and "合格在库" in text and "运行" in text
    assert "按类别、状态统计" in text and "本期变动" in text
    only_area = "".join(pages_text(_pdf(asset_ledger_pdf, demo, area_code="TQ0001")))
    assert stock not in only_area and gateway.gateway_meter in only_area


def test_a_past_month_shows_the_status_the_asset_had_then(demo: Workspace) -> None:
    with demo.sessions() as s:
        delivered = s.scalars(select(Asset.asset_no).where(Asset.status == "received")).first()
    # The last delivery arrived twelve days before the demo's "today": not on the books a month before.
    text = "".join(pages_text(_pdf(asset_ledger_pdf, demo, month="2026-04")))
    assert delivered not in text


def test_bad_month_and_unknown_area_are_rejected(demo: Workspace) -> None:
    with demo.sessions() as s:
        with pytest.raises(Rejected) as err:
            customer_ledger_pdf(s, io.BytesIO(), month="2026-13")
        assert err.value.problems[0].field == "month"
        with pytest.raises(Rejected) as err:
            asset_ledger_pdf(s, io.BytesIO(), area_code="TQ9999")
        assert err.value.problems[0].field == "area"


def test_template_page_subtotals_add_up_and_long_text_is_shortened(tmp_path: Path) -> None:
    rows = [[i, "很长的中文地址" * 10, i * 1.5] for i in range(1, 101)]
    cols = [Column("序号", 15, "RIGHT"), Column("地址", 60), Column("电量", 20, "RIGHT", total=True, decimals=1)]
    out = tmp_path / "t.pdf"
    pages = build_table_report(out, title="测试报表", station="测试供电所", period="2026年01月", columns=cols,
                               rows=rows, unit="户")
    texts = pages_text(out.read_bytes())
    assert len(texts) == pages >= 3
    sub_sums = []
    for t in texts:
        line = next(x for x in t.splitlines() if "本页小计" in x)  # every page of rows has its subtotal
        sub_sums.append(float(line.split()[-1].replace(",", "")))
    assert sum(sub_sums) == pytest.approx(sum(r[2] for r in rows))
    assert "总计：100 户" in "".join(texts) and "7,575.0" in "".join(texts)
    assert "…" in texts[0]  # the address was cut to its column, not drawn over the next one


def test_cancel_stops_the_report_and_leaves_no_file(demo: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "ledger.pdf"
    with demo.sessions() as s, pytest.raises(Cancelled):
        customer_ledger_pdf(s, out, cancelled=lambda: True)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_cli_writes_both_ledgers(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 demo_login: str) -> None:
    for kind in ("customers", "assets"):
        out = tmp_path / f"{kind}.pdf"
        assert cli(["report", kind, "--db", str(demo_db), "--area", "TQ0001", "--month", "2026-05", "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert cli(["report", "customers", "--db", str(demo_db), "--month", "May", "-o", str(tmp_path / "x.pdf")]) == 3
    assert "month" in capsys.readouterr().err


def test_a_group_band_never_ends_a_page_and_every_page_starts_with_the_header(tmp_path: Path) -> None:
    from station.reports.template import Group

    cols = [Column("序号", 15, "RIGHT"), Column("户名", 60), Column("容量", 20, "RIGHT", total=True, decimals=1)]
    # 29 rows + band + subtotal fill a page but for one line: the next band must move to the next page.
    groups = [Group("台区 甲", [[i, f"甲户{i}", 1.0] for i in range(29)]),
              Group("台区 乙", [[i, f"乙户{i}", 2.0] for i in range(40)])]
    out = tmp_path / "g.pdf"
    build_table_report(out, title="分组", station="测试供电所", period="2026年01月", columns=cols, groups=groups)
    texts = pages_text(out.read_bytes())
    assert "台区 乙" not in texts[0] and texts[1].index("台区 乙") < texts[1].index("乙户0")
    for t in texts:
        if "本页小计" in t:
            assert t.index("序号") < t.index("本页小计")
    assert "小计：29 行" in texts[0] and "总计：69 行" in texts[-1] and "109.0" in texts[-1]


def test_both_ledgers_on_both_databases(any_workspace: Workspace) -> None:
    create_demo(any_workspace, customers=300, seed=12, as_of=AS_OF)
    with any_workspace.sessions() as s:
        count = s.scalar(select(func.count()).select_from(Customer).where(*_in_force(dt.date(2026, 5, 31))))
    text = "".join(pages_text(_pdf(customer_ledger_pdf, any_workspace, month="2026-05")))
    assert f"总计：{count:,} 户" in text
    text = "".join(pages_text(_pdf(asset_ledger_pdf, any_workspace, month="2026-05", area_code="TQ0001")))
    assert "台区：TQ0001" in text and "本期变动" in text


def test_free_form_story_gets_the_same_page_template(tmp_path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from station.reports.fonts import register_fonts
    from station.reports.template import closing, render_story

    font = register_fonts()
    out = tmp_path / "notice.pdf"
    story = [Paragraph("经现场检查，发现计量装置接线错误。", ParagraphStyle("p", fontName=font, fontSize=11)), *closing()]
    assert render_story(out, story, title="用电检查结果通知书", station="测试供电所", period="2026年01月") == 1
    text = pages_text(out.read_bytes())[0]
    assert "用电检查结果通知书" in text and "第 1/1 页" in text and "接线错误" in text and "审核：" in text


def test_money_is_rounded_half_up_and_summed_exactly() -> None:
    """0.105 × 3 is 0.315 → 0.32 (四舍五入); summed as float it is 0.31499… and printed 0.31."""
    out = io.BytesIO()
    build_table_report(out, title="追补电费", station="城关供电所", period="2026-11",
                       columns=[Column("户号", 30), Column("金额", 20, "RIGHT", total=True, decimals=2)],
                       rows=[["0000000001", Decimal("0.105")], ["0000000002", Decimal("0.105")],
                             ["0000000003", Decimal("0.105")]], unit="户")
    doc = pypdfium2.PdfDocument(out.getvalue())
    text = "".join(page.get_textpage().get_text_range() for page in doc)
    assert "0.11" in text  # each row, half up (0.10 if rounded half to even)
    assert "0.32" in text and "0.31" not in text
