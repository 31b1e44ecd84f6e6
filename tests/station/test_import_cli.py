"""`station import …`: every reason on stderr, all or nothing, exit codes, the --json summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import Customer
from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from station.domain.asset_no import make
from station.workspace import open_workspace

HEADER = "户号,户名,用电类别,电压等级,台区编号,台区名称"
GOOD = ["3300000001,张三,居民生活,220V,T01,东街台区", "3300000002,李四,居民生活,220V,T01,东街台区"]
BAD = "33AB,王五,居民生活,220V,T01,东街台区"


def csv(path: Path, lines: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8-sig")
    return path


def customers_in(db: Path) -> int:
    ws = open_workspace(db)
    try:
        with ws.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(Customer)) or 0)
    finally:
        ws.close()


def test_a_clean_file_is_written_and_exits_0(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv(tmp_path / "c.csv", GOOD)
    assert main(["import", "customers", str(path), "--db", str(db_path)]) == EXIT_OK
    assert "新增 2" in capsys.readouterr().out  # Chinese by default
    assert customers_in(db_path) == 2


def test_one_rejected_row_writes_nothing_and_lists_the_reason(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = csv(tmp_path / "c.csv", [*GOOD, BAD])
    assert main(["--lang", "en", "import", "customers", str(path), "--db", str(db_path)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert f"{path}:4: 户号=33AB: An account number is 6 to 20 digits, nothing else" in err
    assert customers_in(db_path) == 0


def test_accept_valid_writes_the_others_and_still_exits_3(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = csv(tmp_path / "c.csv", [*GOOD, BAD])
    assert main(["import", "customers", str(path), "--db", str(db_path), "--accept-valid"]) == EXIT_REJECTED
    assert customers_in(db_path) == 2


def test_json_summary_and_dry_run(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv(tmp_path / "c.csv", [*GOOD, BAD], header=HEADER + ",备注")
    code = main(["import", "customers", str(path), "--db", str(db_path), "--json", "--dry-run"])
    assert code == EXIT_REJECTED
    out = json.loads(capsys.readouterr().out)
    assert (out["new"], out["updated"], out["unchanged"], out["written"]) == (2, 0, 0, False)
    assert out["rejected"] == [{"line": 4, "column": "户号", "value": "33AB",
                                "reason": "An account number is 6 to 20 digits, nothing else"}]
    assert out["unknown_columns"] == ["备注"]
    assert customers_in(db_path) == 0
    clean = csv(tmp_path / "clean.csv", GOOD)
    assert main(["import", "customers", str(clean), "--db", str(db_path), "--json", "--dry-run"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["written"] is False
    assert customers_in(db_path) == 0


def test_missing_column_and_missing_file(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = csv(tmp_path / "c.csv", ["3300000001,张三,220V"], header="户号,户名,电压等级")
    assert main(["import", "customers", str(path), "--db", str(db_path)]) == EXIT_REJECTED
    assert "用电类别" in capsys.readouterr().err
    assert main(["import", "customers", str(tmp_path / "nope.csv"), "--db", str(db_path)]) == EXIT_USAGE
    assert main(["import", "meters", str(path), "--db", str(db_path)]) == EXIT_USAGE


def test_assets_import_and_saved_rejections(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.csv"
    path.write_text(f"资产编号,类别,检定日期,检定结论\n{make('3300001', 1)},电能表,2024-01-05,合格\n1.5E+21,电能表,,\n",
                    encoding="gbk")
    rejected = tmp_path / "rejected.csv"
    code = main(["import", "assets", str(path), "--db", str(db_path), "--save-rejected", str(rejected)])
    assert code == EXIT_REJECTED
    assert "资产编号=1.5E+21" in capsys.readouterr().err
    assert rejected.read_text("utf-8-sig").splitlines()[1].startswith("1.5E+21,电能表")


SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def test_the_sample_files_import_as_the_readme_says(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path), "--lang", "en"]
    assert main(["import", "customers", str(SAMPLES / "customers_sample.csv"), *db]) == EXIT_OK
    assert main(["import", "customers", str(SAMPLES / "customers_sample.xlsx"), *db]) == EXIT_OK  # same rows
    assert main(["import", "assets", str(SAMPLES / "assets_sample.csv"), *db]) == EXIT_OK
    out = capsys.readouterr().out
    assert "8 new" in out and "8 unchanged" in out and "16 new" in out
    assert main(["import", "customers", str(SAMPLES / "customers_with_errors.csv"), *db, "--json"]) == EXIT_REJECTED
    summary = json.loads(capsys.readouterr().out)
    assert {r["line"] for r in summary["rejected"]} == {4, 5, 6, 7, 8} and summary["written"] is False
