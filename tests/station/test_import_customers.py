"""Importing the customer ledger: preview, every rejection named, upsert by 户号, idempotence, the audit log."""

from __future__ import annotations

import datetime as dt
import gc
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import AuditLog, Customer, CustomerAreaLink, ImportBatch, MeteringPoint, TransformerArea
from station import settings
from station.customers import customer_detail
from station.domain.problems import Rejected
from station.imports import apply_import, preview_customers, save_rejections
from station.imports.preview import ImportPreview
from station.progress import Cancelled
from station.workspace import Workspace, open_workspace

HEADER = "户号,户名,用电地址,用电类别,电压等级,合同容量(kVA),台区编号,台区名称,行业分类,联系电话,立户日期,状态"
GOOD = [
    "0001234567,张三 ,东街1号,居民生活,220V,8,T01,东街台区,城乡居民生活,13800000001,2024/1/5,正常",
    "０００１２３４５６８,李四,东街2号,居民生活,交流220V,８,T01,,城乡居民生活,13800000002,20240105,",
    "3300000003,某某厂,工业园3号,一般工商业,10kV,315.00,T02,西街台区,制造业,0571-88888888,2024年1月5日,暂停",
]


def write_csv(path: Path, lines: list[str], *, title: str | None = None, encoding: str = "utf-8-sig") -> Path:
    text = ((title + "\n") if title else "") + "\n".join([HEADER, *lines]) + "\n"
    path.write_text(text, encoding=encoding)
    return path


def preview(ws: Workspace, path: Path) -> ImportPreview:
    with ws.sessions() as s:
        return preview_customers(s, path)


def run_import(ws: Workspace, path: Path) -> ImportPreview:
    with ws.sessions.begin() as s:
        p = preview_customers(s, path)
        apply_import(s, p, ws.operator)
    return p


def count(ws: Workspace, table: type) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def test_messy_file_is_read_clean_and_written(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", GOOD, title="XX供电所客户档案导出 2024-05", encoding="gbk")
    p = run_import(workspace, path)
    assert (p.new, p.updated, p.unchanged, p.rejected) == (3, 0, 0, 0)
    assert set(p.new_areas) == {"T01", "T02"}
    with workspace.sessions() as s:
        rows = {c.account_no: c for c in s.scalars(select(Customer))}
        areas = {a.code: a for a in s.scalars(select(TransformerArea))}
        assert set(rows) == {"0001234567", "0001234568", "3300000003"}
        zhang, li, factory = rows["0001234567"], rows["0001234568"], rows["3300000003"]
        assert zhang.name == "张三" and zhang.opened_on == dt.date(2024, 1, 5)
        assert li.voltage_level == "220V" and li.contract_capacity_kva == Decimal(8) and li.status == "active"
        assert li.opened_on == dt.date(2024, 1, 5) and factory.opened_on == dt.date(2024, 1, 5)
        assert factory.status == "suspended" and factory.contract_capacity_kva == Decimal("315")
        assert areas["T01"].name == "东街台区" and zhang.area_id == areas["T01"].id == li.area_id
        links = s.execute(select(CustomerAreaLink.customer_id, CustomerAreaLink.area_id, CustomerAreaLink.valid_from)).all()
        assert (zhang.id, areas["T01"].id, dt.date(2024, 1, 5)) in links and len(links) == 3
        # every new customer gets its main metering point, as a customer created at the counter does
        points = s.execute(select(MeteringPoint.customer_id, MeteringPoint.name, MeteringPoint.device_class)).all()
        assert sorted(points) == sorted([(zhang.id, "主计量点", "V"), (li.id, "主计量点", "V"),
                                         (factory.id, "主计量点", "III")])
        batch = s.scalars(select(ImportBatch)).one()
        assert (batch.kind, batch.n_new, batch.operator, batch.file_name) == ("customers", 3, "tester", "c.csv")
        assert zhang.import_batch_id == batch.id
        assert s.scalar(select(func.count()).where(AuditLog.entity == "transformer_area")) == 2


def test_created_customers_are_audited_once_per_batch_naming_the_file_and_count(
    workspace: Workspace, tmp_path: Path
) -> None:
    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    with workspace.sessions() as s:
        batch = s.scalars(select(ImportBatch)).one()
        created = s.scalars(select(AuditLog).where(AuditLog.entity == "customer")).one()  # not one per customer
    assert (created.action, created.entity_id, created.operator) == ("import", None, "tester")
    assert json.loads(created.after or "{}") == {
        "import_batch_id": batch.id, "file": "c.csv", "count": 3,
        "first_account_no": "0001234567", "last_account_no": "3300000003",
    }


def test_a_customer_history_names_the_import_batch_that_created_it(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    run_import(workspace, write_csv(tmp_path / "c2.csv", [GOOD[0].replace("东街1号", "东街9号"), *GOOD[1:]]))
    with workspace.sessions() as s:
        first = s.scalars(select(ImportBatch).order_by(ImportBatch.id)).first()
        zhang = s.scalars(select(Customer).where(Customer.account_no == "0001234567")).one()
        assert first is not None and zhang.import_batch_id == first.id  # an update keeps the creating batch
        # the file's update moved the version: a form opened before it is told (station.domain.stale)
        assert zhang.version == 2
        assert s.scalar(select(Customer.version).where(Customer.account_no != "0001234567")) == 1
        detail = customer_detail(s, zhang.id)
    assert detail is not None
    assert [h.summary for h in detail.history] == ["update: address", f"imported in batch {first.id} (c.csv)"]
    assert detail.history[-1].operator == "tester"


def test_every_bad_cell_is_rejected_with_line_column_value_and_reason(workspace: Workspace, tmp_path: Path) -> None:
    lines = [
        GOOD[0],
        "12AB,王五,东街3号,居民,999V,-5,T01,东街台区,城乡居民生活,138,2024/2/30,正常",
        "3300000009,赵六,东街4号,居民生活,220V,8,T99,,城乡居民生活,13800000009,2024-01-05,正常",
        ",,,,,,,,,,,",
        "0001234567,张三弟,东街5号,居民生活,220V,8,T01,东街台区,城乡居民生活,13800000005,2024-01-05,正常",
        "3300000010,,东街6号,居民生活,220V,8,T01,东街台区,城乡居民生活,13800000010,2024-01-05,正常",
    ]
    p = preview(workspace, write_csv(tmp_path / "bad.csv", lines))
    assert (p.new, p.rejected) == (1, 4)
    by_cell = {(r.line, r.column): r for r in p.rejections}
    assert by_cell[(3, "户号")].value == "12AB"
    assert by_cell[(3, "用电类别")].value == "居民"
    assert by_cell[(3, "电压等级")].value == "999V"
    assert "negative" in by_cell[(3, "合同容量(kVA)")].reason  # the file's own header text
    assert by_cell[(3, "联系电话")].value == "138"
    assert "no such date" in by_cell[(3, "立户日期")].reason
    assert "T99" in by_cell[(4, "台区编号")].reason and "台区名称" in by_cell[(4, "台区编号")].reason
    assert by_cell[(6, "户号")].reason == "duplicate of line 2 in this file"
    assert by_cell[(7, "户名")].reason == "This field is required"
    assert sorted(p.rejected_rows) == [3, 4, 6, 7]


def test_importing_the_same_file_again_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", GOOD)
    run_import(workspace, path)
    audit_before, batches_before = count(workspace, AuditLog), count(workspace, ImportBatch)
    with workspace.sessions.begin() as s:
        again = preview_customers(s, path)
        summary = apply_import(s, again, workspace.operator)
    assert (again.new, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 0)
    assert summary.batch_id is None
    assert count(workspace, AuditLog) == audit_before and count(workspace, ImportBatch) == batches_before
    assert count(workspace, MeteringPoint) == 3 and count(workspace, CustomerAreaLink) == 3


def test_a_changed_row_updates_only_its_changed_fields_and_moves_its_area(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    changed = [GOOD[0].replace("13800000001", "13900000001").replace("T01,东街台区", "T02,西街台区"), GOOD[1], GOOD[2]]
    p = run_import(workspace, write_csv(tmp_path / "c2.csv", changed))
    assert (p.new, p.updated, p.unchanged) == (0, 1, 2)
    with workspace.sessions() as s:
        zhang = s.scalars(select(Customer).where(Customer.account_no == "0001234567")).one()
        west = s.scalars(select(TransformerArea).where(TransformerArea.code == "T02")).one()
        east = s.scalars(select(TransformerArea).where(TransformerArea.code == "T01")).one()
        assert zhang.phone == "13900000001" and zhang.area_id == west.id
        update = s.scalars(select(AuditLog).where(AuditLog.entity == "customer", AuditLog.action == "update")).one()
        assert json.loads(update.before or "{}") == {"phone": "13800000001", "area_id": east.id}
        assert json.loads(update.after or "{}") == {"phone": "13900000001", "area_id": west.id}
        links = s.execute(select(CustomerAreaLink.area_id, CustomerAreaLink.valid_to)
                          .where(CustomerAreaLink.customer_id == zhang.id).order_by(CustomerAreaLink.id)).all()
        assert links == [(east.id, dt.date.today()), (west.id, None)]


def test_an_empty_cell_keeps_what_is_stored(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    blank_phone = [GOOD[0].replace("13800000001", ""), GOOD[1], GOOD[2]]
    p = run_import(workspace, write_csv(tmp_path / "c2.csv", blank_phone))
    assert p.updated == 0
    with workspace.sessions() as s:
        assert s.scalar(select(Customer.phone).where(Customer.account_no == "0001234567")) == "13800000001"


def test_rejected_rows_saved_with_their_original_cells_and_reasons_reimport_once_fixed(
    workspace: Workspace, tmp_path: Path
) -> None:
    lines = [GOOD[0], "0001234599,王五,东街3号,居民,２２0V,8,T01,东街台区,城乡居民生活,13800000099,2024/1/5,正常"]
    p = preview(workspace, write_csv(tmp_path / "c.csv", lines))
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"rejected.{suffix}"
        assert save_rejections(p, out) == 1
        if suffix == "csv":
            raw = out.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8
            header, row = raw.decode("utf-8-sig").splitlines()
            assert header == HEADER + ",错误原因"
            assert row.startswith("0001234599,王五,东街3号,居民,２２0V,")  # as the user typed it
            assert "用电类别" in row
        else:
            from openpyxl import load_workbook

            ws = load_workbook(out, read_only=True).active
            values = list(ws.iter_rows(values_only=True))
            assert list(values[0]) == HEADER.split(",") + ["错误原因"]
            assert values[1][0] == "0001234599" and "用电类别" in str(values[1][-1])
    fixed = tmp_path / "fixed.csv"
    fixed.write_text((tmp_path / "rejected.csv").read_text("utf-8-sig").replace(",居民,", ",居民生活,"), "utf-8-sig")
    again = preview(workspace, fixed)
    assert (again.new, again.rejected, again.unknown_columns) == (1, 0, ["错误原因"])


def test_progress_is_reported_and_cancel_writes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", GOOD)
    seen: list[float] = []
    with workspace.sessions() as s:
        preview_customers(s, path, progress=lambda f, m="": seen.append(f))
    assert seen and all(0 <= f <= 1 for f in seen)
    with pytest.raises(Cancelled), workspace.sessions.begin() as s:
        p = preview_customers(s, path)
        apply_import(s, p, workspace.operator, cancelled=lambda: True)
    assert count(workspace, Customer) == 0 and count(workspace, ImportBatch) == 0


def test_xlsx_with_numbers_dates_and_a_text_formatted_account_column(workspace: Workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["客户档案"])
    ws.append(["用户编号", "用户名称", "地址", "用电类别", "供电电压", "合同容量", "台区编号", "台区名称", "手机", "立户日期"])
    ws.append(["0001234567", "张三", "东街1号", "居民生活", "220V", 8.0, "T01", "东街台区", 13800000001, dt.datetime(2024, 1, 5)])
    ws.append([3300000002, "李四", "东街2号", "居民生活", "380V", 12.5, "T01", None, "13800000002", 45296])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    p = run_import(workspace, path)
    assert (p.new, p.rejected) == (2, 0), p.rejections
    with workspace.sessions() as s:
        rows = {c.account_no: c for c in s.scalars(select(Customer))}
    assert rows["0001234567"].phone == "13800000001" and rows["0001234567"].opened_on == dt.date(2024, 1, 5)
    assert rows["3300000002"].contract_capacity_kva == Decimal("12.5") and rows["3300000002"].opened_on == dt.date(2024, 1, 5)
    assert run_import(workspace, path).unchanged == 2


def test_new_points_are_classed_by_voltage_and_by_capacity_under_the_2000_edition(
    any_workspace: Workspace, tmp_path: Path
) -> None:
    ws = any_workspace
    with ws.sessions.begin() as s:
        settings.put(s, "metering.device_class_edition", "2000", operator="tester")
    lines = [
        "3300000001,甲厂,工业园1号,一般工商业,10kV,315,T01,东街台区,制造业,13800000001,2024-01-05,正常",
        "3300000002,乙厂,工业园2号,一般工商业,10kV,50,T01,东街台区,制造业,13800000002,2024-01-05,正常",
        "3300000003,丙厂,工业园3号,一般工商业,10kV,2000,T01,东街台区,制造业,13800000003,,正常",
        "3300000004,张三,东街4号,居民生活,220V,8,,,城乡居民生活,13800000004,2024-01-05,正常",
    ]
    run_import(ws, write_csv(tmp_path / "c.csv", lines))
    with ws.sessions() as s:
        points = dict(s.execute(select(Customer.account_no, MeteringPoint.device_class)
                                .join(MeteringPoint, MeteringPoint.customer_id == Customer.id)).all())
        links = dict(s.execute(select(Customer.account_no, CustomerAreaLink.valid_from)
                               .join(CustomerAreaLink, CustomerAreaLink.customer_id == Customer.id)).all())
    assert points == {"3300000001": "III", "3300000002": "IV", "3300000003": "II", "3300000004": "V"}
    # a customer without 台区 has no membership; one without 立户日期 belongs to its area since ever
    # (the export says where it is now, and the readings that come with it are that area's history)
    assert links == {"3300000001": dt.date(2024, 1, 5), "3300000002": dt.date(2024, 1, 5),
                     "3300000003": None}


def test_a_readable_row_with_a_wrong_code_is_still_rejected_among_good_rows(workspace: Workspace, tmp_path: Path) -> None:
    # Every cell parses, so only the field checks can refuse the third row (a block is checked a column at a time).
    lines = [*GOOD[:2], GOOD[2].replace("一般工商业", "工业用电").replace("0571-88888888", "13800000003")]
    p = preview(workspace, write_csv(tmp_path / "c.csv", lines))
    assert (p.new, p.rejected) == (2, 1)
    [r] = p.rejections
    assert (r.line, r.column, r.value) == (4, "用电类别", "工业用电") and "is not one of" in r.reason


def test_a_new_area_is_known_from_the_row_that_names_it_on_as_the_rows_read_one_by_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    # T09 is unknown: its first row has no 台区名称 (refused, nothing to create it from); the next row names it,
    # so the row after that, again without a name, belongs to it. A row without a 台区编号 has no area.
    lines = [
        "3300000011,甲,北街1号,居民生活,220V,4,T09,,城乡居民生活,13800000011,2024-01-05,正常",
        "3300000012,乙,北街2号,居民生活,220V,4,T09,北街台区,城乡居民生活,13800000012,2024-01-05,正常",
        "3300000013,丙,北街3号,居民生活,220V,4,T09,,城乡居民生活,13800000013,2024-01-05,正常",
        "3300000014,丁,北街4号,居民生活,220V,4,,,城乡居民生活,13800000014,2024-01-05,正常",
    ]
    p = run_import(workspace, write_csv(tmp_path / "c.csv", lines))
    assert (p.new, p.rejected) == (3, 1) and p.new_areas == {"T09": "北街台区"}
    [r] = p.rejections
    assert (r.line, r.column, r.value) == (2, "台区编号", "T09") and "台区名称" in r.reason
    with workspace.sessions() as s:
        area = s.scalars(select(TransformerArea)).one()
        placed = dict(s.execute(select(Customer.account_no, Customer.area_id)).all())
    assert placed == {"3300000012": area.id, "3300000013": area.id, "3300000014": None}
    assert area.name == "北街台区"


def test_a_block_taken_whole_stores_what_the_same_rows_checked_one_by_one_store(
    workspace: Workspace, tmp_path: Path
) -> None:
    # The same 12 good rows (empty cells, capacities, new and repeated 台区) imported twice: alone they pass as
    # one block, taken by column to the INSERT; with a bad row among them the block is checked row by row.
    good = [
        f"33000001{i:02d},户{i},{'' if i % 3 == 0 else f'西街{i}号'},居民生活,220V,{'' if i % 4 == 0 else 4 + i % 3},"
        f"T{i % 2},{'西街台区' if i % 2 == 0 else '东街台区'},城乡居民生活,{'' if i % 5 == 0 else f'1380000{i:04d}'},"
        f"{'' if i % 6 == 0 else f'2020-0{1 + i % 9}-15'},正常"
        for i in range(12)
    ]
    bad = "3300000199,坏行,西街,居民生活,220V,四,T0,西街台区,城乡居民生活,13800000199,2020-01-15,正常"
    other = open_workspace(tmp_path / "by_rows.db", operator="tester")
    try:
        whole = run_import(workspace, write_csv(tmp_path / "whole.csv", good))
        by_rows = run_import(other, write_csv(tmp_path / "rows.csv", [*good[:6], bad, *good[6:]]))
        assert (whole.new, whole.rejected, by_rows.new, by_rows.rejected) == (12, 0, 12, 1)

        def stored(ws: Workspace) -> list[tuple[object, ...]]:
            with ws.sessions() as s:
                return sorted(s.execute(select(
                    Customer.account_no, Customer.name, Customer.address, Customer.phone, Customer.tariff_category,
                    Customer.industry, Customer.voltage_level, Customer.contract_capacity_kva,
                    Customer.running_capacity_kva, TransformerArea.code, Customer.status, Customer.opened_on,
                    CustomerAreaLink.valid_from, MeteringPoint.device_class,
                ).join(TransformerArea, Customer.area_id == TransformerArea.id)
                 .join(CustomerAreaLink, CustomerAreaLink.customer_id == Customer.id)
                 .join(MeteringPoint, MeteringPoint.customer_id == Customer.id)).all())

        mine = stored(workspace)
        assert mine == stored(other) and len(mine) == 12
        assert ("3300000100", "户0", "", "", "居民生活", "城乡居民生活", "220V", Decimal(0), None, "T0", "active",
                None, None, "V") in mine  # every empty cell took the new customer's default
    finally:
        other.close()


def test_the_garbage_collector_is_back_on_after_an_import_even_a_refused_one(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    assert gc.isenabled()
    bad = tmp_path / "bad.csv"
    bad.write_text("no header here\n1,2,3\n", encoding="utf-8")
    with pytest.raises(Rejected):
        preview(workspace, bad)
    assert gc.isenabled()


def test_an_imported_customer_takes_a_verified_meter_on_its_main_point(any_workspace: Workspace) -> None:
    """UI-B's report: a customer imported from the sample had no metering point to install on."""
    from station import actions
    from station.assets import AssetDraft
    from station.domain import asset_no

    ws = any_workspace
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "customers_sample.csv"
    written = run_import(ws, sample)
    assert written.new > 0 and not written.rejections
    with ws.sessions() as s:
        customer_id = s.scalar(select(Customer.id).where(Customer.import_batch_id.is_not(None)).order_by(Customer.id))
        without_point = s.scalar(select(func.count()).select_from(Customer).where(
            ~Customer.id.in_(select(MeteringPoint.customer_id))))
    assert customer_id is not None and without_point == 0
    detail = actions.load_customer_detail(ws, customer_id)
    assert detail is not None and [p.name for p in detail.points] == ["主计量点"]

    day = dt.date(2024, 6, 3)
    [meter] = actions.receive_assets(ws, [AssetDraft(asset_no.make("3310001", 7), "meter", accuracy_class="2")],
                                     day, "B-1")
    actions.verify_asset(ws, meter, day, "pass", "C-1")
    actions.issue_asset(ws, meter, day)
    row = actions.install_asset(ws, meter, detail.points[0].id, day, Decimal("12.5"))
    assert row.status == "installed" and row.metering_point_id == detail.points[0].id


def test_an_import_neither_closes_reopens_nor_edits_a_closed_account(workspace: Workspace, tmp_path: Path) -> None:
    from station.customers import close_customer

    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    with workspace.sessions.begin() as s:
        li = s.scalar(select(Customer.id).where(Customer.account_no == "0001234568"))
        close_customer(s, li, dt.date(2024, 6, 1), "moved away", workspace.operator)
    audit_before = count(workspace, AuditLog)
    lines = [
        GOOD[0].replace("正常", "销户"),                    # line 2: closing by import
        GOOD[1].rstrip(",") + ",正常",                     # line 3: reopening the closed account
        GOOD[2],                                           # line 4: unchanged
    ]
    p = run_import(workspace, write_csv(tmp_path / "c2.csv", lines))
    by_line = {r.line: r for r in p.rejections}
    assert (by_line[2].column, by_line[2].value) == ("状态", "销户")
    assert by_line[2].reason == "use 销户 in the customer ledger to close an account"
    assert (by_line[3].column, by_line[3].value) == ("状态", "正常")
    assert by_line[3].reason == "a closed account is not reopened by an import"
    assert (p.updated, p.unchanged, p.rejected) == (0, 1, 2)

    edit_closed = [GOOD[1].replace("东街2号", "东街9号")]  # any other change to the closed account
    p = run_import(workspace, write_csv(tmp_path / "c3.csv", edit_closed))
    assert [(r.line, r.column, r.value) for r in p.rejections] == [(2, "用电地址", "东街9号")]
    assert "closed" in p.rejections[0].reason
    with workspace.sessions() as s:
        stored = dict(s.execute(select(Customer.account_no, Customer.status)).all())
        li_address = s.scalar(select(Customer.address).where(Customer.id == li))
    assert stored == {"0001234567": "active", "0001234568": "closed", "3300000003": "suspended"}
    assert li_address == "东街2号"
    assert count(workspace, AuditLog) == audit_before  # nothing was written


def test_a_voltage_change_by_import_is_refused_so_the_points_keep_a_true_class(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, write_csv(tmp_path / "c.csv", GOOD))
    with workspace.sessions() as s:
        classes = list(s.scalars(select(MeteringPoint.device_class).order_by(MeteringPoint.id)))
    p = run_import(workspace, write_csv(tmp_path / "c2.csv", [GOOD[0].replace("220V", "10kV"), GOOD[1], GOOD[2]]))
    assert [(r.line, r.column, r.value) for r in p.rejections] == [(2, "电压等级", "10kV")]
    assert "customer ledger" in p.rejections[0].reason
    with workspace.sessions() as s:
        assert s.scalar(select(Customer.voltage_level).where(Customer.account_no == "0001234567")) == "220V"
        assert list(s.scalars(select(MeteringPoint.device_class).order_by(MeteringPoint.id))) == classes


def test_a_new_account_is_not_imported_closed(workspace: Workspace, tmp_path: Path) -> None:
    lines = [GOOD[0].replace("正常", "销户"), GOOD[2]]  # 0001234567 is not in the ledger yet
    p = run_import(workspace, write_csv(tmp_path / "c.csv", lines))
    assert [(r.line, r.column, r.value) for r in p.rejections] == [(2, "状态", "销户")]
    assert p.rejections[0].reason == "a new account is not created closed; import it as 正常 and close it with 销户"
    assert (p.new, p.rejected) == (1, 1)
    assert set(p.new_areas) == {"T02"}  # the refused row's 台区 is not created either
    with workspace.sessions() as s:
        assert dict(s.execute(select(Customer.account_no, Customer.status)).all()) == {"3300000003": "suspended"}
