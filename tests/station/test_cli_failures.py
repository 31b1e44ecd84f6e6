"""Every CLI failure is one line on stderr and an exit code, never a traceback (issue 15's command lines)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--lang", "en", *argv])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return code, lines[0]


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (["lineloss", "--month", "2026-10", "--db", "postgresql://u:pw@127.0.0.1:99999/x"], EXIT_FAILED, "port"),
        (["lineloss", "--month", "2026-10", "--db", "mysql://u@h/x"], EXIT_FAILED, "unsupported database kind"),
        (["demo", "--customers", "5", "--as-of", "9999-12-31"], EXIT_USAGE, "must lie between"),
        (["demo", "--customers", "5", "--as-of", "0001-01-01"], EXIT_USAGE, "must lie between"),
        (["demo", "--customers", "5", "--truth", "/missing/folder/t.csv"], EXIT_USAGE, "no such folder"),
        (["users", "add", "na\udcffme", "--role", "clerk"], EXIT_USAGE, "not valid text"),
        (["db", "upgrade", "--db", "/proc/no/such/x.db"], EXIT_FAILED, "cannot use"),
        (["users", "list", "--operator", "x" * 65], EXIT_USAGE, "1 to 64 characters"),
    ],
)
def test_bad_command_lines_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    argv: list[str], code: int, says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    if "--db" not in argv:
        argv = [*argv, "--db", str(tmp_path / "s.db")]
    got, line = _run(argv, capsys)
    assert (got, says in line) == (code, True), line
    assert not (tmp_path / "s.db").exists() or code == EXIT_OK  # nothing was made of a refused command


def test_the_password_of_a_url_is_never_printed(capsys: pytest.CaptureFixture[str]) -> None:
    _, line = _run(["lineloss", "--month", "2026-10", "--db", "postgresql://station:S3cretPW@127.0.0.1:1/x"],
                   capsys)
    assert "S3cretPW" not in line


def test_a_5000_digit_rule_value_is_a_rejection(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, line = _run(["rules", "set", "ptdrop.period_months", "1" * 5000, "--db", str(db_path)], capsys)
    assert code == EXIT_REJECTED and line.startswith("rejected:")
    code, line = _run(["rules", "set", "ptdrop.period_months", "NaN", "--db", str(db_path)], capsys)
    assert code == EXIT_REJECTED


def test_an_empty_file_is_never_turned_into_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "station.db"
    empty.touch()
    code, line = _run(["users", "list", "--db", str(empty)], capsys)
    assert code == EXIT_FAILED and "empty file" in line
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("out", ["r.pdf", "/missing/folder/r.csv"])
def test_save_rejected_is_checked_before_anything_is_written(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], out: str
) -> None:
    path = tmp_path / "c.csv"
    path.write_text("户号,户名,用电类别,电压等级\n3300000001,张三,居民生活,220V\n3300000002,,居民生活,220V\n",
                    encoding="utf-8")
    code, line = _run(["import", "customers", str(path), "--accept-valid", "--save-rejected", str(tmp_path / out)
                       if not out.startswith("/") else out, "--db", str(db_path)], capsys)
    assert code == EXIT_USAGE and line.startswith("--save-rejected:")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 0  # nothing committed


def test_a_locked_database_is_reported_as_locked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STATION_BUSY_TIMEOUT_MS", "200")
    monkeypatch.setenv("STATION_PASSWORD", "secret-1")  # the first administrator's, with no terminal to ask
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("BEGIN IMMEDIATE")  # another counter in the middle of a write
    try:
        code, line = _run(["users", "add", "wang", "--role", "admin", "--db", str(db_path)], capsys)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == EXIT_FAILED and "locked" in line and "cannot open" not in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_db_upgrade_into_a_read_only_folder_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _ = _run(["db", "upgrade", "--db", str(folder / "x.db")], capsys)
    finally:
        folder.chmod(0o700)
    assert code == EXIT_FAILED
