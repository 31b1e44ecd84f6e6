"""`station calc …`: JSON keys, human output, exit codes 0 / 2 / 3, and no database touched."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from station.cli import main


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_theft_worked_example_json(capsys: pytest.CaptureFixture[str]) -> None:
    # 220 V × 5 A = 1.1 kW × 6 h × 180 d = 1188 kWh; × ¥0.5283 = ¥627.62; 3× = ¥1882.86
    out = _json(
        capsys,
        [
            "calc",
            "theft",
            "--use",
            "lighting",
            "--voltage",
            "220",
            "--current",
            "5(60)",
            "--price",
            "0.5283",
            "--json",
            "--lang",
            "en",
        ],
    )
    assert set(out) == {"kind", "kwh", "amount", "penalty", "total", "working", "rule"}
    assert out["kind"] == "theft"
    assert (out["kwh"], out["amount"], out["penalty"], out["total"]) == (
        "1188",
        "627.62",
        "1882.86",
        "2510.48",
    )
    assert "Stolen energy = 1.1 kW × 6 h/day × 180 days = 1188 kWh" in out["working"]  # type: ignore[operator]
    assert isinstance(out["rule"], str) and "2024" in out["rule"]


def test_theft_three_phase_ct_dates_and_edition(capsys: pytest.CaptureFixture[str]) -> None:
    # √3 × 380 V × 1.5 A × 100/5 = 19.7454 kW × 12 h × 31 d (1–31 March) = 7345.28… → 7345 kWh
    # × ¥0.6 = ¥4407.00; 1996: 3× = ¥13221.00
    argv = ["calc", "theft", "--use", "power", "--voltage", "380", "--current", "1.5", "--phases", "3",
            "--ratio", "100/5", "--from", "2024-03-01", "--to", "2024-03-31", "--price", "0.6", "--edition", "1996", "--json"]  # fmt: skip
    out = _json(capsys, argv)
    assert (out["kwh"], out["amount"], out["penalty"], out["total"]) == (
        "7345",
        "4407.00",
        "13221.00",
        "17628.00",
    )
    assert out["rule"] == "供电营业规则（1996年版）第一百零三条、第一百零二条"


def test_theft_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "calc", "theft", "--use", "power", "--kw", "2", "--days", "10"]) == 0
    out = capsys.readouterr().out
    assert "Stolen energy = 2 kW × 12 h/day × 10 days = 240 kWh" in out
    assert "Total                     ¥0.00" in out  # aligned with "Energy back-billed (kWh)"


def test_rejected_input_exits_3_with_every_reason(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "calc",
            "theft",
            "--use",
            "power",
            "--kw",
            "-2",
            "--from",
            "2024-03-05",
            "--to",
            "2024-03-01",
            "--json",
            "--lang",
            "en",
        ]
    )
    captured = capsys.readouterr()
    assert code == 3
    assert captured.out == ""
    assert "--kw: Must be greater than zero (got -2)." in captured.err
    assert "--from: The start 2024-03-05 is after the end 2024-03-01." in captured.err


def test_1996_with_a_contract_multiple_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["calc", "theft", "--use", "lighting", "--kw", "1", "--multiple", "2", "--edition", "1996"]) == 3
    )
    assert "--multiple:" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["calc", "theft", "--use", "lighting", "--kw", "abc"],
        ["calc", "theft", "--use", "heating", "--kw", "1"],
        ["calc", "theft", "--use", "lighting", "--kw", "1", "--from", "1 March"],
        ["calc", "violation", "--kind", "tamper"],
        ["calc", "violation", "--kind", "category", "--price-diff", "0.3", "--kva", "3"],
        ["calc", "meter-error", "--error-pct", "-10"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert capsys.readouterr().err


def test_violation_kinds_json(capsys: pytest.CaptureFixture[str]) -> None:
    # category: 5 kW × 12 h × 90 d = 5400 kWh × ¥0.3 = ¥1620.00; 2× = ¥3240.00
    cat = _json(
        capsys, ["calc", "violation", "--kind", "category", "--price-diff", "0.3", "--kw", "5", "--json"]
    )
    assert (cat["kind"], cat["kwh"], cat["amount"], cat["penalty"]) == (
        "violation_category",
        "5400",
        "1620.00",
        "3240.00",
    )
    # capacity two-part: 50 kVA × ¥28 × 3 months = ¥4200.00; 3× = ¥12600.00
    cap = _json(
        capsys,
        [
            "calc",
            "violation",
            "--kind",
            "capacity",
            "--kva",
            "50",
            "--basic-price",
            "28",
            "--months",
            "3",
            "--json",
        ],
    )
    assert (cap["amount"], cap["penalty"], cap["total"]) == ("4200.00", "12600.00", "16800.00")
    # sealed single-part: 20 kVA × ¥30 = ¥600.00
    sealed = _json(
        capsys, ["calc", "violation", "--kind", "sealed", "--kva", "20", "--single-part", "--json"]
    )
    assert sealed["total"] == "600.00"
    # tamper, residential, twice: 2 × ¥500
    tamper = _json(
        capsys, ["calc", "violation", "--kind", "tamper", "--residential", "--times", "2", "--json"]
    )
    assert (tamper["kind"], tamper["penalty"]) == ("violation_tamper", "1000.00")


def test_capacity_without_basic_price_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "violation", "--kind", "capacity", "--kva", "50"]) == 3
    err = capsys.readouterr().err
    assert "--basic-price: 必填。" in err and "--months: 必填。" in err  # Chinese by default


def test_meter_error_refund_json(capsys: pytest.CaptureFixture[str]) -> None:
    # 25 % fast, W = 10000: (8000 − 10000) / 2 = −1000 kWh × ¥0.5 = −¥500.00
    out = _json(
        capsys,
        [
            "calc",
            "meter-error",
            "--error-pct",
            "25",
            "--accuracy-class",
            "2",
            "--recorded-kwh",
            "10000",
            "--price",
            "0.5",
            "--json",
        ],
    )
    assert (out["kind"], out["kwh"], out["amount"], out["total"]) == (
        "meter_error",
        "-1000",
        "-500.00",
        "-500.00",
    )


def test_wiring_and_multiplier_json(capsys: pytest.CaptureFixture[str]) -> None:
    # wiring K = 3: (3 − 1) × 1200 = 2400 kWh, no price
    wiring = _json(capsys, ["calc", "wiring", "--k", "3", "--recorded-kwh", "1200", "--json"])
    assert (wiring["kwh"], wiring["amount"]) == ("2400", "0.00")
    # zero wrong power is refused
    assert main(["calc", "wiring", "--correct-power", "3", "--wrong-power", "0", "--recorded-kwh", "1"]) == 3
    assert "--wrong-power:" in capsys.readouterr().err
    # multiplier 150/5 vs 100/5 = 30 / 20: 0.5 × 1000 = 500 kWh × ¥0.55 = ¥275.00
    mult = _json(capsys, ["calc", "multiplier", "--actual-ratio", "150/5", "--billed-ratio", "100/5", "--recorded-kwh", "1000",
                          "--price", "0.55", "--json"])  # fmt: skip
    assert (mult["kind"], mult["kwh"], mult["amount"]) == ("multiplier", "500", "275.00")


def test_calc_opens_no_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "station.db"
    monkeypatch.setenv("STATION_DB", str(db))
    assert main(["calc", "wiring", "--k", "2", "--recorded-kwh", "10", "--json"]) == 0
    capsys.readouterr()
    assert not db.exists()


def test_calc_with_db_takes_the_stations_rule_settings(workspace, capsys) -> None:  # type: ignore[no-untyped-def]
    """A supervisor's contract-multiple default reaches the CLI when it names the station's database."""
    import json

    from station.cli import main
    from station.rule_settings import set_rule

    with workspace.sessions.begin() as s:
        set_rule(s, "penalty.contract_multiple_default", 2, "tester")
    base = [
        "calc",
        "theft",
        "--use",
        "power",
        "--kw",
        "1",
        "--hours",
        "1",
        "--days",
        "1",
        "--price",
        "1",
        "--json",
    ]
    assert main(base) == 0
    assert json.loads(capsys.readouterr().out)["penalty"] == "3.00"  # the built-in default
    assert main([*base, "--db", str(workspace.file)]) == 0
    assert json.loads(capsys.readouterr().out)["penalty"] == "2.00"  # the station's setting
    assert main([*base, "--db", str(workspace.file), "--edition", "1996"]) == 0
    assert json.loads(capsys.readouterr().out)["penalty"] == "3.00"  # 1996 fixes 3×


def test_category_load_lines_json(capsys: pytest.CaptureFixture[str]) -> None:
    # issue 8: 5 kW power + 3 kW lighting, ¥0.1972 / ¥0.3242, 90 days → 7020 kWh, ¥1590.08, 2× within a cent
    out = _json(capsys, ["calc", "violation", "--kind", "category", "--load", "5:power:0.1972",
                         "--load", "3:lighting:0.3242", "--json"])  # fmt: skip
    assert (out["kind"], out["kwh"], out["amount"]) == ("violation_category", "7020", "1590.08")
    assert abs(Decimal(out["penalty"]) - Decimal("3180.17")) <= Decimal("0.01")  # type: ignore[arg-type]
    assert out["rule"] == "供电营业规则（2024年版）第一百零一条"
    # the working is Chinese by default
    assert "第 2 行（照明）：3 kW × 6 小时/天 × 90 天 = 1620 kWh；× ¥0.3242/kWh = ¥525.20" in out["working"]  # type: ignore[operator]
    # --days for the period; a malformed line is a usage error
    assert _json(capsys, ["calc", "violation", "--kind", "category", "--load", "5:power:0.1972", "--days", "30",
                          "--json"])["kwh"] == "1800"  # fmt: skip
    assert main(["calc", "violation", "--kind", "category", "--load", "5:heating:0.1"]) == 2


def test_meter_error_within_the_class_exits_3_with_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["calc", "meter-error", "--error-pct", "-1.5", "--accuracy-class", "2", "--recorded-kwh", "900000"]
    assert main(argv) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "--error-pct: 误差 -1.5 % 未超出 2 级电能表允许的 ±2 %" in captured.err
    assert main(["--lang", "en", *argv]) == 3
    assert (
        "--error-pct: The error -1.5 % is within the ±2 % a class 2 meter is permitted"
        in capsys.readouterr().err
    )
    out = _json(capsys, ["calc", "meter-error", "--error-pct", "-10", "--accuracy-class", "2", "--recorded-kwh",
                         "900000", "--json"])  # fmt: skip
    assert out["kwh"] == "50000"


def test_wiring_negative_k_and_the_new_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        _json(capsys, ["calc", "wiring", "--k", "-3", "--recorded-kwh", "-1000", "--json"])["kwh"] == "4000"
    )
    assert main(["calc", "wiring", "--k", "0", "--recorded-kwh", "100"]) == 3
    assert "--k:" in capsys.readouterr().err
    source = _json(capsys, ["calc", "violation", "--kind", "source", "--kw", "30", "--json"])
    assert (source["kind"], source["penalty"], source["total"]) == (
        "violation_source",
        "15000.00",
        "15000.00",
    )
    drop = _json(capsys, ["calc", "pt-drop", "--drop-pct", "1.2", "--recorded-kwh", "98800", "--json"])
    assert (drop["kind"], drop["kwh"]) == ("pt_drop", "1000")
    fault = _json(capsys, ["calc", "fault", "--cause", "pt-fuse", "--normal-kwh", "3000", "--fault-kwh", "1500",
                           "--fault-kwh", "1800", "--json"])  # fmt: skip
    assert (fault["kind"], fault["kwh"]) == ("metering_fault", "2700")
    limiter = _json(capsys, ["calc", "theft", "--use", "lighting", "--voltage", "220", "--current", "20(80)",
                             "--limiter", "10", "--json"])  # fmt: skip
    assert limiter["kwh"] == "2376"
    sealed = _json(capsys, ["calc", "violation", "--kind", "sealed", "--kva", "100", "--basic-price", "22",
                            "--months", "2", "--added", "--edition", "1996", "--json"])  # fmt: skip
    assert (sealed["amount"], sealed["penalty"]) == ("4400.00", "22000.00")
    demand = _json(capsys, ["calc", "violation", "--kind", "capacity", "--kva", "40", "--basic-price", "38",
                            "--months", "2", "--basis", "demand", "--json"])  # fmt: skip
    assert demand["amount"] == "3040.00" and "容（需）量电费" in demand["working"][0]  # type: ignore[index]


def test_theft_use_from_the_category(capsys: pytest.CaptureFixture[str]) -> None:
    # 一般工商业 defaults to lighting (6 h): 1 kW × 6 h × 10 d = 60 kWh; 大工业 to power (12 h): 120 kWh
    base = ["calc", "theft", "--kw", "1", "--days", "10", "--json"]
    assert _json(capsys, [*base, "--category", "一般工商业"])["kwh"] == "60"
    assert _json(capsys, [*base, "--category", "大工业"])["kwh"] == "120"
    assert main(["calc", "theft", "--kw", "1"]) == 2  # neither --use nor --category


def test_tariff_split_where_it_changed(capsys: pytest.CaptureFixture[str]) -> None:
    # 403 kWh over 1 June – 31 July 2024; 198 kWh at ¥0.5283 + 205 kWh at ¥0.5583 = ¥104.60 + ¥114.45
    out = _json(capsys, ["calc", "theft", "--use", "lighting", "--voltage", "220", "--current", "5(60)",
                         "--from", "2024-06-01", "--to", "2024-07-31", "--tariff", "2024-01-01:0.5283",
                         "--tariff", "2024-07-01:0.5583", "--json", "--lang", "en"])  # fmt: skip
    assert (out["kwh"], out["amount"]) == ("403", "219.05")
    assert "2024-07-01 to 2024-07-31: 31 days, 205 kWh × ¥0.5583/kWh = ¥114.45" in out["working"]  # type: ignore[operator]
    assert (
        main(["calc", "theft", "--use", "lighting", "--kw", "1", "--tariff", "2024-01-01:0.5"]) == 2
    )  # no dates


@pytest.mark.parametrize(
    "argv",
    [
        ["calc", "wiring", "--k", "-3", "--recorded-kwh", "-1000", "--json"],
        [
            "calc",
            "multiplier",
            "--actual-ratio",
            "150/5",
            "--billed-ratio",
            "100/5",
            "--recorded-kwh",
            "1000",
            "--json",
        ],
        [
            "calc",
            "meter-error",
            "--error-pct",
            "-10",
            "--accuracy-class",
            "2",
            "--recorded-kwh",
            "9000",
            "--json",
        ],
        ["calc", "pt-drop", "--drop-pct", "1.2", "--recorded-kwh", "98800", "--json"],
        ["calc", "fault", "--cause", "other", "--normal-kwh", "10", "--fault-kwh", "5", "--json"],
        ["calc", "violation", "--kind", "source", "--kw", "1", "--json"],
        ["calc", "violation", "--kind", "category", "--load", "1:power:0.1", "--json"],
    ],
)
def test_every_kind_runs_with_the_stations_database(workspace, capsys, argv) -> None:  # type: ignore[no-untyped-def]
    """Issue 9: `station calc wiring … --db FILE` crashed (wrong_wiring() got an unexpected keyword 'rules')."""
    assert main([*argv, "--db", str(workspace.file)]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {
        "kind",
        "kwh",
        "amount",
        "penalty",
        "total",
        "working",
        "rule",
    }


def test_account_prices_at_the_customers_tariffs_of_the_period(workspace, capsys) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from station import actions
    from station.customers import CustomerDraft
    from station.rule_settings import set_tariff

    actions.create_customer(workspace, CustomerDraft("770000009", "Li Si", "北街2号", tariff_category="居民生活",
                                                     voltage_level="220V", opened_on=dt.date(2020, 1, 1)))  # fmt: skip
    with workspace.sessions.begin() as s:
        set_tariff(s, tariff_category="居民生活", voltage_level="220V", price=Decimal("0.5283"),
                   effective_from=dt.date(2024, 1, 1), operator="t", source="省发改委2024年1号")  # fmt: skip
        set_tariff(s, tariff_category="居民生活", voltage_level="220V", price=Decimal("0.5583"),
                   effective_from=dt.date(2024, 7, 1), operator="t", source="省发改委2024年9号")  # fmt: skip
    out = _json(capsys, ["calc", "theft", "--use", "lighting", "--voltage", "220", "--current", "5(60)",
                         "--from", "2024-06-01", "--to", "2024-07-31", "--account", "770000009",
                         "--db", str(workspace.file), "--json"])  # fmt: skip
    assert (out["kwh"], out["amount"]) == ("403", "219.05")
    assert any("2024-07-01 至 2024-07-31" in line and "省发改委2024年9号" in line for line in out["working"])  # type: ignore[union-attr]
    assert (
        main(["calc", "theft", "--use", "lighting", "--kw", "1", "--account", "1"]) == 2
    )  # --account needs --db
