"""Code tables that real exports fit: the seed, the look-ups, a marketing export's 行业分类 / 用电类别 / 电压等级
imported in one go, unknown values listed and added (or refused with --strict-codes), and the table's writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.schema import AuditLog, CodeValue, Customer
from station import actions
from station.codes import (
    INDUSTRY,
    TARIFF_CATEGORY,
    VOLTAGE_LEVEL,
    industry_group,
    tariff_category,
    voltage_level,
)
from station.codes.seed import SECTIONS, seed_values
from station.codes.store import load_index
from station.customers import CustomerDraft
from station.domain.problems import Rejected
from station.imports import apply_import, preview_customers
from station.imports.codes import refuse_unknown_codes
from station.workspace import Workspace

HEADER = "用户编号,用户名称,用电地址,用电类别,电压等级,合同容量,行业分类,状态"
# A marketing-system export as a county's looks: 行业分类 of 门类, 大类 and 中类 names, older editions, the
# 用电分类 of residents and irrigation, and the 用电类别 / 电压等级 forms exports write.
EXPORT = [
    "3300000001,张一,东村1号,城乡居民生活用电,交流220V,8,乡村居民,正常",
    "3300000002,张二,东村2号,居民生活用电,220V,8,乡村居民,正常",
    "3300000003,李三,城关3号,居民生活用电,AC02202,8,城镇居民,正常",
    "3300000004,某砖厂,工业园4号,大工业用电,AC00101,630,非金属矿物制品业,正常",
    "3300000005,某电机厂,工业园5号,一般工商业及其他用电,交流10kV,315,电气机械和器材制造业,正常",
    "3300000006,某泵业,工业园6号,一般工商业(及其他)用电,0.4kV,100,通用设备制造业,正常",
    "3300000007,某物流,国道7号,工商业用电,交流380V,80,交通运输业,正常",
    "3300000008,理发店,街道8号,一般工商业,380V,10,居民服务业,正常",
    "3300000009,排灌站,河边9号,农业生产用电,0.4kV,50,农业排灌,正常",
    "3300000010,农家乐,山脚10号,一般工商业,380V,20,正餐服务,正常",
    "3300000011,超市,街道11号,一般工商业,380V,30,综合零售,正常",
    "3300000012,村委会,村中12号,一般工商业,220V,8,公共管理和社会组织,正常",
    "3300000013,养殖户,村南13号,农业生产用电,380V,30,养殖专业合作社,正常",
    "3300000014,养殖户,村南14号,农业生产用电,380V,30,养殖专业合作社,正常",
    "3300000015,光伏户,村北15号,居民生活用电,220V,8,分布式光伏,正常",
    "3300000016,某厂,工业园16号,大工业用电,AC00061,400,制造业,正常",
    "3300000017,某厂,工业园17号,大工业用电,AC99999,400,制造业,正常",
]


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write(tmp_path / "营销系统客户档案.csv", EXPORT)


def test_the_seed_holds_every_section_and_division_of_gbt_4754_2017() -> None:
    values = [v for v in seed_values() if v.table == INDUSTRY and v.source == "GB/T 4754-2017"]
    sections = [v.code for v in values if v.level == 1]
    divisions = [v for v in values if v.level == 2]
    assert sections == list("ABCDEFGHIJKLMNOPQRST")
    assert [d.code for d in divisions] == [f"{i:02d}" for i in range(1, 98)]
    assert {d.parent for d in divisions} == set(sections)
    assert len(SECTIONS) == 20
    by_code = {v.code: v for v in values}
    assert all(v.parent in by_code for v in values if v.level > 1)  # every 中类 hangs on a seeded 大类


@pytest.mark.parametrize(("value", "group"), [
    ("非金属矿物制品业", "C"), ("电气机械和器材制造业", "C"), ("电气机械及器材制造业", "C"), ("通用设备制造业", "C"),
    ("交通运输业", "G"), ("居民服务业", "O"), ("社会服务业", "O"), ("公共管理和社会组织", "S"), ("农业排灌", "A"),
    ("灌溉活动", "A"), ("正餐服务", "H"), ("批发和零售", "F"), ("农,林,牧,渔业", "A"), ("农、林、牧、渔业", "A"),
    ("30", "C"), ("城镇居民", "城乡居民生活用电"), ("乡村居民", "城乡居民生活用电"), ("城乡居民生活", "城乡居民生活用电"),
])
def test_a_value_groups_to_its_section(value: str, group: str) -> None:
    found = industry_group(value)
    assert found is not None and found.code == group


def test_every_value_of_the_1_0_list_stays_valid() -> None:
    from station.domain.codes import INDUSTRIES

    assert all(industry_group(v) is not None for v in INDUSTRIES)


def test_the_forms_exports_use_are_placed_and_others_are_not() -> None:
    assert [tariff_category(t) for t in ("居民生活用电", "城乡居民生活用电", "一般工商业及其他用电", "一般工商业（及其他）用电",
                                         "工商业用电", "大工业用电", "农业生产用电")] == [
        "居民生活", "居民生活", "一般工商业", "一般工商业", "工商业", "大工业", "农业生产"]
    assert [voltage_level(v) for v in ("交流10kV", "AC00101", "0.4kV", "380V", "交流380V", "220V", "交流220V",
                                       "AC00351", "AC01101")] == [
        "10kV", "10kV", "380V", "380V", "380V", "220V", "220V", "35kV", "110kV"]
    assert voltage_level("AC00061") is None and voltage_level("AC99999") is None and tariff_category("商业") is None
    assert industry_group("分布式光伏") is None


def test_a_marketing_export_imports_and_its_unknown_values_are_listed_then_added(workspace: Workspace,
                                                                                 export: Path) -> None:
    with workspace.sessions() as s:
        p = preview_customers(s, export)
    # only the two 电压等级 the ledger has no level for are refused, each with its reason
    assert {(r.line, r.column, r.value) for r in p.rejections} == {(17, "电压等级", "AC00061"), (18, "电压等级", "AC99999")}
    assert all("is not one of: 220V, 380V, 10kV" in r.reason for r in p.rejections)
    assert p.rejections[0].reason.startswith("6kV is not one of")  # AC00061 is 6 kV: no level of this ledger
    assert p.new == 15
    assert [(u.column, u.value, u.count, u.first_lines) for u in p.unknown_codes] == [
        ("行业分类", "养殖专业合作社", 2, (14, 15)), ("行业分类", "分布式光伏", 1, (16,))]
    notes = [str(m) for m in p.notes]
    assert "行业分类 养殖专业合作社 is in no code table (2 rows, lines 14、15): the import adds it" in notes
    with workspace.sessions.begin() as s:
        summary = apply_import(s, preview_customers(s, export), workspace.operator)
    assert summary.codes_added == 2 and summary.new == 15
    with workspace.sessions() as s:
        stored = {r[0]: r[1] for r in s.execute(select(Customer.account_no, Customer.tariff_category))}
        levels = {r[0]: r[1] for r in s.execute(select(Customer.account_no, Customer.voltage_level))}
        industries = {r[0]: r[1] for r in s.execute(select(Customer.account_no, Customer.industry))}
        added = s.scalars(select(CodeValue).where(CodeValue.origin == "added")).all()
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "code_value")).all()
    assert stored["3300000001"] == "居民生活" and stored["3300000005"] == "一般工商业" and stored["3300000007"] == "工商业"
    assert levels["3300000004"] == "10kV" and levels["3300000006"] == "380V" and levels["3300000003"] == "220V"
    assert industries["3300000007"] == "交通运输业"  # stored as given; grouped where the top level is needed
    assert {(v.code, v.name, v.added_by, v.source) for v in added} == {
        ("养殖专业合作社", "养殖专业合作社", "tester", "导入 营销系统客户档案.csv"),
        ("分布式光伏", "分布式光伏", "tester", "导入 营销系统客户档案.csv")}
    assert len(audit) == 2 and all(a.operator == "tester" and a.action == "create" for a in audit)
    with workspace.sessions() as s:  # the same file again: nothing unknown, nothing new
        again = preview_customers(s, export)
    assert again.unknown_codes == [] and again.unchanged == 15


def test_strict_codes_rejects_the_rows_and_adds_nothing(workspace: Workspace, export: Path) -> None:
    with workspace.sessions.begin() as s:
        p = preview_customers(s, export, strict_codes=True)
        assert p.codes_refused and p.new == 12
        refused = [r for r in p.rejections if r.column == "行业分类"]
        assert [(r.line, r.value) for r in refused] == [(14, "养殖专业合作社"), (15, "养殖专业合作社"), (16, "分布式光伏")]
        assert "adding it was refused" in refused[0].reason
        assert set(p.rejected_rows) == {14, 15, 16, 17, 18}
        summary = apply_import(s, p, workspace.operator)
    assert summary.codes_added == 0 and summary.new == 12
    with workspace.sessions() as s:
        assert s.scalars(select(CodeValue).where(CodeValue.origin == "added")).all() == []


def test_refusing_later_gives_the_same_preview_as_strict(workspace: Workspace, export: Path) -> None:
    from station.imports.preview import outcome

    with workspace.sessions() as s:
        lenient, strict = preview_customers(s, export), preview_customers(s, export, strict_codes=True)
    refused = refuse_unknown_codes(lenient)
    assert outcome(refused) == outcome(strict)
    assert lenient.new == 15 and not lenient.codes_refused  # the original is left as it was


def test_cli_lists_unknown_codes_and_strict_codes_exits_3(db_path: Path, export: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from station.cli import EXIT_OK, EXIT_REJECTED, main

    ok = write(export.with_name("ok.csv"), EXPORT[:14])
    assert main(["import", "customers", str(ok), "--db", str(db_path), "--strict-codes", "--json"]) == EXIT_REJECTED
    out = json.loads(capsys.readouterr().out)
    assert out["written"] is False and out["codes_refused"] is True
    assert [(u["value"], u["count"], u["first_lines"]) for u in out["unknown_codes"]] == [
        ("养殖专业合作社", 2, [14, 15])]
    assert main(["import", "customers", str(ok), "--db", str(db_path), "--json"]) == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert out["written"] is True and out["codes_added"] == 1 and out["new"] == 14


def test_a_retired_value_stays_valid_where_stored_but_no_new_row_takes_it(workspace: Workspace,
                                                                          tmp_path: Path) -> None:
    first = write(tmp_path / "a.csv", EXPORT[:1])
    with workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, first), workspace.operator)
    row = actions.set_code_retired(workspace, INDUSTRY, "乡村居民", True)
    assert row.retired and row.customers == 1
    both = write(tmp_path / "b.csv", EXPORT[:2])
    with workspace.sessions() as s:
        p = preview_customers(s, both)
    assert p.unchanged == 1 and p.new == 0
    assert [(r.line, r.value) for r in p.rejections] == [(3, "乡村居民")]
    assert "retired" in p.rejections[0].reason
    with pytest.raises(Rejected, match="retired"):
        actions.create_customer(workspace, CustomerDraft("3300000099", "王五", tariff_category="居民生活",
                                                         industry="乡村居民", voltage_level="220V"))


def test_the_form_places_export_forms_and_refuses_unknown_industries(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, CustomerDraft("3300000098", "赵六", tariff_category="城乡居民生活用电",
                                                           industry="城镇居民", voltage_level="交流220V"))
    assert (row.tariff_category, row.voltage_level, row.industry) == ("居民生活", "220V", "城镇居民")
    with pytest.raises(Rejected, match="in no code table"):
        actions.create_customer(workspace, CustomerDraft("3300000097", "钱七", tariff_category="居民生活",
                                                         industry="养蜂", voltage_level="220V"))


def test_values_and_aliases_are_added_audited_and_fixed_tables_refuse_values(workspace: Workspace) -> None:
    row = actions.add_code_value(workspace, INDUSTRY, "0392", "蜜蜂饲养", parent="039")
    assert (row.level, row.origin, row.added_by) == (4, "added", "tester")
    row = actions.add_code_alias(workspace, INDUSTRY, "0392", "养蜂")
    assert row.aliases == ("养蜂",)
    with workspace.sessions() as s:
        assert industry_group("养蜂", load_index(s)).code == "A"
        assert sorted(s.scalars(select(AuditLog.entity).where(AuditLog.entity.in_(("code_value", "code_alias"))))) \
            == ["code_alias", "code_value"]
    with pytest.raises(Rejected, match="already in the code table"):
        actions.add_code_alias(workspace, INDUSTRY, "30", "交通运输业")
    with pytest.raises(Rejected, match="fixed"):
        actions.add_code_value(workspace, VOLTAGE_LEVEL, "6kV", "6kV")
    with pytest.raises(Rejected, match="fixed"):
        actions.set_code_retired(workspace, TARIFF_CATEGORY, "大工业", True)
    row = actions.add_code_alias(workspace, VOLTAGE_LEVEL, "10kV", "10KV交流")
    assert "10KV交流" in row.aliases
    tables = actions.load_code_table(workspace, TARIFF_CATEGORY)
    assert [r.code for r in tables] == ["居民生活", "工商业", "一般工商业", "大工业", "农业生产"]
