"""Damaged and hostile import files end in a preview or in one reason, never a traceback (issue 15).

A deterministic slice of the corpus in tests/fuzz_files.py runs here; `make fuzz` runs all of it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from station.cli import EXIT_REJECTED, main
from station.domain.problems import Rejected
from station.imports import preview_customers
from station.imports.readings import preview_readings
from station.workspace import Workspace
from tests.fuzz_files import check_file, csv_bytes, generate, seed_station

#: The structural damage of every kind (72 files) and random mutations after it: about 2 s.
SUITE_SLICE = 360


def test_a_few_hundred_damaged_files_end_in_a_preview_or_a_reason(workspace: Workspace, tmp_path: Path) -> None:
    seed_station(workspace, tmp_path)
    outcomes: dict[str, int] = {"preview": 0, "rejected": 0}
    for i, f in enumerate(generate(SUITE_SLICE)):
        path = tmp_path / f"{i:04d}-{f.name}"
        path.write_bytes(f.data)
        with workspace.sessions() as s:
            outcomes[check_file(s, path, f.kind, write=True)] += 1
    assert sum(outcomes.values()) == SUITE_SLICE
    assert outcomes["rejected"] > 100 and outcomes["preview"] > 50  # the corpus exercises both ends


def _reason(ws: Workspace, path: Path, fn=preview_customers) -> str:  # type: ignore[no-untyped-def]
    with ws.sessions() as s, pytest.raises(Rejected) as caught:
        fn(s, path)
    return str(caught.value.problems[0].message)


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("empty.xlsx", b"", "the file is empty"),
        ("renamed.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504), "old .xls workbook"),
        ("text.xlsx", "户号,户名\n1,2\n".encode(), "not an .xlsx workbook"),
        ("cut.xlsx", b"PK\x03\x04" + bytes(40), "the workbook is damaged"),
    ],
)
def test_a_damaged_workbook_is_one_clear_reason(
    workspace: Workspace, tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert says in _reason(workspace, path)


def test_a_cell_over_the_csv_field_limit_names_its_line(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(csv_bytes([["户号", "户名", "用电类别", "电压等级"], ["3300000001", "x" * 200_000, "居民生活", "220V"]]))
    assert "line 2: a cell longer than" in _reason(workspace, path)


def test_the_cli_refuses_a_damaged_file_with_exit_3_and_one_line(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    assert main(["import", "customers", str(path), "--db", str(workspace.engine.url.database)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "damaged" in err


@pytest.mark.parametrize(
    ("cell", "says"),
    [("1e309", "too large"), ("1e20", "too large"), ("NaN", "not a number"), ("inf", "not a number"),
     ("1" * 5000, "too large"), ("not-a-date", None)],
)
def test_absurd_kwh_is_a_row_rejection_with_its_line(
    workspace: Workspace, tmp_path: Path, cell: str, says: str | None
) -> None:
    seed_station(workspace, tmp_path)
    path = tmp_path / "r.csv"
    kwh, month = (cell, "2025-01") if says else ("10", cell)
    path.write_bytes(csv_bytes([["户号", "年月", "电量"], ["3300000001", "2025-01", "5"], ["3300000002", month, kwh]]))
    with workspace.sessions() as s:
        p = preview_readings(s, path)
    assert [r.line for r in p.rejections] == [3]
    assert says is None or says in str(p.rejections[0].reason)
    assert p.plan is not None and all(math.isfinite(v) and v < 1e10 for v in p.plan.values)


def test_a_contract_capacity_of_1e26_kva_is_refused_by_its_row(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(csv_bytes([["户号", "户名", "用电类别", "电压等级", "合同容量"],
                                ["3300000001", "张三", "居民生活", "220V", "1e26"],
                                ["3300000002", "李四", "居民生活", "220V", "9999999"]]))
    with workspace.sessions() as s:
        p = preview_customers(s, path)
    assert [(r.line, "too large" in str(r.reason)) for r in p.rejections] == [(2, True)]


def test_lineloss_json_never_prints_infinity(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    """A value stored as infinity by an older program still gives strict JSON (null), not `Infinity`."""
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO transformer_area (code, name, area_type) VALUES ('T9', '台区', 'public')")
        conn.exec_driver_sql("INSERT INTO area_supply (area_id, month, supplied_kwh) "
                             "SELECT id, 202501, 9e999 FROM transformer_area WHERE code = 'T9'")
    db = str(workspace.engine.url.database)
    workspace.close()
    main(["lineloss", "--month", "2025-01", "--json", "--db", db])
    out = capsys.readouterr().out
    assert "Infinity" not in out and "NaN" not in out
    json.loads(out, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))


def test_a_ratio_whose_multiplier_would_overflow_its_column_is_a_row_rejection(
    workspace: Workspace, tmp_path: Path
) -> None:
    """PostgreSQL used to fail the whole file with "numeric field overflow" and no line."""
    from station.imports import preview_assets

    seed_station(workspace, tmp_path)
    path = tmp_path / "a.csv"
    path.write_bytes(csv_bytes([["资产编号", "类别", "准确度等级", "变比", "检定日期", "检定结论", "安装户号"],
                                ["3300002000000000000019", "电流互感器", "0.2S", "99999999999/1", "2023-02-01", "合格",
                                 "3300000003"]]))
    with workspace.sessions() as s:
        p = preview_assets(s, path)
    assert [(r.line, "beyond any instrument transformer" in str(r.reason)) for r in p.rejections] == [(2, True)]


def test_nul_bytes_refuse_a_csv_and_utf16_text_is_read(workspace: Workspace, tmp_path: Path) -> None:
    nul = tmp_path / "nul.csv"
    nul.write_bytes("户号,户名,用电类别,电压等级\n3300000001,张\x00三,居民生活,220V\n".encode())
    assert "NUL bytes" in _reason(workspace, nul)
    wide = tmp_path / "unicode.csv"  # Excel's "Unicode text": UTF-16 with a BOM, tab-separated
    wide.write_bytes("户号\t户名\t用电类别\t电压等级\n3300000001\t张三\t居民生活\t220V\n".encode("utf-16"))
    with workspace.sessions() as s:
        assert preview_customers(s, wide).new == 1
