"""The CLI on bad input: a mistyped --db, a file that is no database, an unwritable output, an absurd number.

Each case must end in one line on stderr and the documented exit code, never a traceback or a new empty file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, main


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These check the wording of each one-line failure in English (STATION_LANG=en, as --lang en); the
    Chinese default is tests/station/test_cli_language.py's."""
    monkeypatch.setenv("STATION_LANG", "en")


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["due", "--month", "2024-02"],
        ["scan", "--month", "2024-02"],
        ["lineloss", "--month", "2024-02"],
        ["users", "add", "wang", "--role", "clerk"],
        ["users", "list"],
        ["db", "revision"],
    ],
)
def test_a_mistyped_db_path_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    missing = tmp_path / "no" / "such" / "x.db"
    assert main([*argv, "--db", str(missing)]) == EXIT_FAILED
    line = _one_line(capsys.readouterr().err)
    assert line == (
        f"station: no such database: {missing} (create one with `station demo` or `station db upgrade`)"
    )
    assert not (tmp_path / "no").exists()


def test_db_upgrade_still_creates_a_new_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "station.db"
    assert main(["db", "upgrade", "--db", str(path)]) == EXIT_OK
    assert path.is_file()
    assert main(["users", "list", "--db", str(path)]) == EXIT_OK


def test_a_file_that_is_not_a_database_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("these are my notes, not a station\n" * 100)
    assert main(["due", "--month", "2024-02", "--db", str(junk)]) == EXIT_FAILED
    assert _one_line(capsys.readouterr().err) == "station: cannot open the database: file is not a database"


def test_an_unknown_url_scheme_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "--month", "2024-02", "--db", "foo://bar"]) == EXIT_FAILED
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("station: cannot open the database:") and "foo" in line


def test_lineloss_rejects_a_month_without_any_data_like_scan(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert main(["scan", "--month", "1990-01", *db]) == EXIT_REJECTED
    capsys.readouterr()
    assert main(["lineloss", "--month", "1990-01", *db]) == EXIT_REJECTED
    line = _one_line(capsys.readouterr().err)
    assert "1990-01" in line and "supply" in line


def test_lineloss_accepts_a_month_with_supply_only(workspace, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    from db.schema import AreaSupply, TransformerArea

    with workspace.sessions.begin() as s:
        area = TransformerArea(code="T01", name="东街台区", area_type="public")
        s.add(area)
        s.flush()
        s.add(AreaSupply(area_id=area.id, month=202402, supplied_kwh=1000.0))
    assert main(["lineloss", "--month", "2024-02", "--db", str(workspace.file)]) == EXIT_OK
    assert "T01" in capsys.readouterr().out


def test_report_to_a_missing_folder_says_which_file(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no_such_folder" / "ledger.pdf"
    assert main(["report", "customers", "-o", str(out), "--db", str(db_path)]) == EXIT_FAILED
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(str(out)) and "No such file or directory" in line


@pytest.mark.parametrize("kw", ["1e999999", "-1e999999", "1e10"])
def test_calc_refuses_an_absurd_number(capsys: pytest.CaptureFixture[str], kw: str) -> None:
    assert main(["--lang", "en", "calc", "theft", "--use", "power", f"--kw={kw}"]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "Traceback" not in err and "--kw" in err and "Too large" in err


def test_an_error_of_an_open_database_is_not_called_a_failure_to_open(tmp_path, capsys, monkeypatch):
    """A database error raised while a command runs (here: the customers table gone under the program) is a
    "database error", not "cannot open the database": the file opened fine, and the clerk should not go looking
    for a wrong path."""
    import sqlite3

    db = tmp_path / "s.db"
    assert main(["demo", "--customers", "20", "--db", str(db)]) == 0
    with sqlite3.connect(db) as con:
        con.execute("ALTER TABLE customer RENAME TO customer_gone")
    capsys.readouterr()
    monkeypatch.setenv("STATION_PASSWORD", "demo")
    code = main(["export", "customers", "-o", str(tmp_path / "c.xlsx"), "--db", str(db), "--operator", "刘志明"])
    line = _one_line(capsys.readouterr().err)
    assert code == EXIT_FAILED
    assert line.startswith("station: database error:") and "customer" in line, line
