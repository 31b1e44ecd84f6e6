"""The lines the commands print (not only their help) speak Chinese by default and English with --lang en.

Each command runs through the real entry (`station.cli.main`) on a demo station. Under the default language
a line fails when an English word is left once the data is taken out (numbers, dates, paths, order and
document numbers, the options and command names a user types, units); with `--lang en` the same lines carry
their English words. `--json` stays codes: scripts read it, whatever the language.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from station.cli import main
from station.demo import names

#: Words that are data or what a user types, in either language: the step commands a form offers next
#: (`station orders submit …`), calculator kinds and uses, units, file types and the database's kind.
TYPED = {
    "submit", "approve", "start", "report", "return", "close", "cancel", "lighting", "power", "theft",
    "kWh", "kVA", "kV", "pdf", "xlsx", "zip", "sqlite", "postgresql", "YYYY", "MM", "DD",
}  # fmt: skip
_DATA = [
    re.compile(r"^station(?: [a-z][a-z-]*)*"),  # the program and command a message comes from: "station orders："
    re.compile(r"--[a-z][a-z-]*"),  # options
    re.compile(r"(?:/[^\s：:，,（）()]+)+"),  # paths
    re.compile(r"\b[A-Z]{2}\d{4}-\d+\b"),  # order, case and document numbers: GD2026-0001, XS2026-000001
    re.compile(r"\b(?:JC|TQ)[-\w]*"),  # certificate and 台区 codes
    re.compile(r"\b\d+(?:\.\d+)?V\b"),  # voltage levels: 380V, 10kV is caught by TYPED
]


def _english_words(line: str) -> list[str]:
    for pattern in _DATA:
        line = pattern.sub(" ", line)
    return [w for w in re.findall(r"[A-Za-z]{2,}", line) if w not in TYPED]


@pytest.fixture(scope="module")
def station_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-output") / "station.db"
    assert main(["demo", "--customers", "40", "--db", str(db)]) == 0
    return db


@pytest.fixture
def run(
    station_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, list[str]]]:
    """main(argv + --db) as the demo's supervisor: (exit code, the lines printed on stdout and stderr)."""
    monkeypatch.setenv("STATION_OPERATOR", names.SUPERVISOR)
    monkeypatch.setenv("STATION_PASSWORD", names.PASSWORD)
    monkeypatch.delenv("STATION_LANG", raising=False)

    def run(*argv: str, lang: str | None = None) -> tuple[int, list[str]]:
        capsys.readouterr()
        code = main([*(["--lang", lang] if lang else []), *argv, "--db", str(station_db)])
        out = capsys.readouterr()
        return code, [line for line in (out.out + out.err).splitlines() if line.strip() and set(line) != {"-", " "}]

    return run


def _in_stock(db: Path, n: int) -> list[str]:
    """Asset numbers of `n` assets in stock (read straight from the file: the CLI lists no asset numbers)."""
    with sqlite3.connect(db) as con:
        return [r[0] for r in con.execute("SELECT asset_no FROM asset WHERE status = 'in_stock' ORDER BY id LIMIT ?", (n,))]


def _orders(run: Callable[..., tuple[int, list[str]]], status: str) -> list[dict]:
    code, lines = run("orders", "list", "--status", status, "--json")
    assert code == 0
    return json.loads("\n".join(lines))


def _assert_chinese(lines: list[str]) -> None:
    english = [(line, words) for line in lines if (words := _english_words(line))]
    assert lines and not english, "English under the default language:\n" + "\n".join(f"{w}: {line}" for line, w in english)


def test_orders_list_form_and_outcome_speak_chinese_by_default_and_english_with_lang_en(run) -> None:
    pending = _orders(run, "pending")[0]["number"]
    draft = _orders(run, "draft")[0]["number"]
    lines = run("orders", "list")[1] + run("orders", "show", pending)[1]
    code, outcome = run("orders", "submit", draft)
    assert code == 0 and outcome[0].startswith(f"编号={draft}  状态=待审批")
    _assert_chinese(lines + outcome)
    assert any("待审批" in line for line in lines)

    english = run("orders", "list", lang="en")[1] + run("orders", "show", pending, lang="en")[1]
    assert any("Pending approval" in line for line in english)
    assert any(line.startswith(f"{pending}  ") and "inspectors:" in line for line in english)
    assert not any("待审批" in line or "检查人员" in line for line in english)


def test_orders_usage_errors_speak_the_language_asked(run) -> None:
    number = _orders(run, "pending")[0]["number"]
    code, lines = run("orders", "report", number, "--result", "ok")
    assert code == 2
    _assert_chinese(lines)
    code, lines = run("orders", "report", number, "--result", "ok", lang="en")
    assert code == 2 and "give --result and --signature together" in lines[-1]


def test_holidays_users_and_month_lines_speak_chinese_by_default(run) -> None:
    lines = run("holidays", "add", "2026-12-30", "--kind", "holiday", "--name", "测试")[1]
    code, removed = run("holidays", "remove", "2026-12-30")
    assert code == 0 and removed == ["2026-12-30 已删除"]
    lines += removed + run("users", "list")[1]
    code, closing = run("month", "close", "2026-10")
    lines += closing + run("month", "status")[1] + run("month", "reopen", "2026-10", "--reason", "重算")[1]
    _assert_chinese(lines)
    assert any("所长/主管" in line for line in lines)  # the role by its name, not "supervisor"

    assert run("holidays", "add", "2026-12-30", "--kind", "holiday", "--name", "x")[0] == 0
    assert run("holidays", "remove", "2026-12-30", lang="en")[1] == ["2026-12-30 removed"]
    assert any("Supervisor" in line for line in run("users", "list", lang="en")[1])


def test_report_pack_asset_batch_and_backup_lines_speak_chinese_by_default(run, station_db: Path, tmp_path: Path) -> None:
    code, pack = run("report", "pack", "--month", "2026-10", "-o", str(tmp_path / "pack"))
    assert code == 0 and pack[-1].endswith("份报表")
    code, usage = run("report", "pack", "-o", str(tmp_path / "other"))
    assert code == 2
    code, stepped = run("assets", "issue", *_in_stock(station_db, 2), "--to", "一班")
    assert code == 0 and stepped == ["数量=2  状态=领出待装"]
    code, backup = run("backup", "-o", str(tmp_path / "b"))
    assert code == 0
    _assert_chinese(pack + usage + stepped + backup)

    code, english = run("report", "pack", "--month", "2026-10", "-o", str(tmp_path / "pack-en"), lang="en")
    assert code == 0 and english[-1].endswith(" reports") and " rows\t" in english[0]
    code, english = run("assets", "issue", *_in_stock(station_db, 1), "--to", "一班", lang="en")
    assert code == 0 and english == ["count=1  status=issued for installation"]


def test_a_calc_usage_error_speaks_chinese_by_default(run) -> None:
    code, lines = run("calc", "theft", "--kw", "3")
    assert code == 2
    _assert_chinese(lines)
    assert "give --use lighting|power, or --category" in run("calc", "theft", "--kw", "3", lang="en")[1][-1]


def test_json_output_stays_codes_under_the_default_language(run) -> None:
    rows = _orders(run, "pending")
    assert rows and all(r["status"] == "pending" for r in rows)
    assert {r["kind"] for r in rows} <= {"periodic", "special", "theft", "onsite-test", "rotation", "record-audit",
                                         "billing-check", "hazard-recheck"}


def test_the_demo_names_its_users_roles_in_the_language_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATION_LANG", raising=False)
    for lang, clerk in ((None, "营业员"), ("en", "Counter clerk")):
        capsys.readouterr()
        db = tmp_path / f"station-{lang or 'zh'}.db"
        assert main([*(["--lang", lang] if lang else []), "demo", "--customers", "20", "--db", str(db)]) == 0
        first_user = names.USERS[0][0]
        users = [line for line in capsys.readouterr().out.splitlines() if first_user in line]
        assert len(users) == 1 and f"({clerk})" in users[0] and "(clerk)" not in users[0]


def test_the_demo_names_its_counts_in_the_language_asked_and_json_keeps_the_codes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from station.cli.demo_cmd import COUNT_NAMES

    monkeypatch.delenv("STATION_LANG", raising=False)
    runs = iter(range(3))

    def demo(*argv: str, lang: str | None = None) -> list[str]:
        capsys.readouterr()
        db = tmp_path / f"station-{next(runs)}.db"
        assert main([*(["--lang", lang] if lang else []), "demo", "--customers", "200", *argv, "--db", str(db)]) == 0
        return capsys.readouterr().out.splitlines()

    counts = json.loads("\n".join(demo("--json")))
    assert counts["customers"] == 200 and {"areas", "audit_tickets", "orders_cases"} <= set(counts)
    chinese = demo()
    lines = [line for line in chinese if line.startswith("  ")]
    assert "  客户：200" in lines and f"  稽查工作传票：{counts['audit_tickets']}" in lines
    _assert_chinese([chinese[0], *lines])
    english = [line for line in demo(lang="en") if line.startswith("  ")]
    # One line per count, each named, in the order of the JSON keys (same seed: the same numbers).
    named = [(key, len(value) if key == "users" else value)  # the JSON lists the users the count counts
             for key, value in counts.items() if key in COUNT_NAMES]
    assert english == [f"  {COUNT_NAMES[key]}: {value}" for key, value in named]
    assert len(lines) == len(named) and "  customers: 200" in english
