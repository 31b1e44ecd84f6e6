"""换表 in one transaction, readings that cannot go backwards, and `station assets install|remove|swap`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from registered import TEST_PASSWORD, set_up_users
from sqlalchemy import func, select

from db.schema import AssetEvent
from station import actions
from station.assets import AssetDraft
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.customers import CustomerDraft
from station.domain import asset_no
from station.domain.problems import Rejected
from station.domain.readings import READING_BACKWARDS, KnownReading, closing_reading_problems
from station.meter_swap import SwapRequest
from station.workspace import Workspace, open_workspace

D = Decimal
ACCOUNT = "3300000001"
DAY = dt.date(2024, 3, 1)


def meter_no(serial: int) -> str:
    return asset_no.make("3310001", serial)


def ready(ws: Workspace, serial: int, kind: str = "meter", ratio: str = "") -> int:
    """Received, verified (pass) and issued: ready to install."""
    [i] = actions.receive_assets(ws, [AssetDraft(meter_no(serial), kind, model="DTZY341", ratio=ratio)],
                                 dt.date(2024, 1, 2), "B1")
    actions.verify_asset(ws, i, dt.date(2024, 1, 3), "pass", "C-1")
    actions.issue_asset(ws, i, dt.date(2024, 1, 4))
    return i


@pytest.fixture
def station(any_workspace: Workspace) -> Workspace:
    """A metering clerk (registered: held to the role matrix) and a customer with meter 1 at 0.66."""
    set_up_users(any_workspace, ("王计量", "metering"), ("李营业", "clerk"))
    ws = dataclasses.replace(any_workspace, operator="王计量")
    with pytest.raises(Rejected):  # the first add_user ran as an unregistered operator; now the matrix holds
        actions.add_user(ws, "张三", "clerk")
    row = actions.create_customer(any_workspace, CustomerDraft(
        ACCOUNT, "某厂", "工业园1号", "", "大工业", "制造业", "10kV", D(630), phases=3))
    point = actions.load_customer_detail(any_workspace, row.id).points[0].id  # type: ignore[union-attr]
    actions.install_asset(ws, ready(ws, 1), point, dt.date(2024, 1, 5), D("0.66"))
    return ws


def request(**changes: object) -> SwapRequest:
    base = SwapRequest(ACCOUNT, meter_no(2), D("120.5"), D("0.1"), "fault", DAY)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _events(ws: Workspace) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(AssetEvent)) or 0)


def test_the_last_known_reading_bounds_a_closing_reading() -> None:
    last = KnownReading(D("0.66"), dt.date(2024, 1, 5), "installed")
    [p] = closing_reading_problems(D("0.30"), last, None)
    assert p.code == READING_BACKWARDS and "0.66" in p.message.in_language("en")
    assert "不会倒走" in p.message.in_language("zh_CN") or "0.66" in p.message.in_language("zh_CN")
    assert closing_reading_problems(D("0.66"), last, None) == []  # a vacant home's meter stands still
    assert closing_reading_problems(D("0.30"), last, "rollover") == []
    assert closing_reading_problems(D("0.30"), None, None) == []
    assert closing_reading_problems(D("0.30"), last, "whim")[0].code == "unknown_reason"


def test_a_swap_is_one_pair_of_events_in_one_transaction(station: Workspace) -> None:
    new = ready(station, 2)
    before = _events(station)
    result = actions.swap_meter(station, request())
    assert result.installed_id == new
    detail = actions.load_customer_detail(station, actions.find_by_scan(station, ACCOUNT)[1])  # type: ignore[index]
    assert detail.points[0].meter.asset_no == meter_no(2)  # type: ignore[union-attr]
    old = actions.load_asset_detail(station, result.removed_id)
    assert old.asset.status == "removed"  # type: ignore[union-attr]
    removal = old.events[-1]  # type: ignore[union-attr]
    assert (removal.kind, removal.reading, removal.reason, removal.operator) == ("removed", D("120.5"), "故障", "王计量")
    install = actions.load_asset_detail(station, new).events[-1]  # type: ignore[union-attr]
    assert (install.kind, install.reading, install.happened_on) == ("installed", D("0.1"), DAY)
    assert _events(station) == before + 2


def test_a_closing_reading_below_the_install_reading_is_refused_with_the_reason(station: Workspace) -> None:
    ready(station, 2)
    before = _events(station)
    with pytest.raises(Rejected) as refused:
        actions.swap_meter(station, request(old_reading=D("0.30")))
    [p] = refused.value.problems
    assert (p.field, p.code) == ("old_reading", READING_BACKWARDS)
    assert "0.66" in p.message.in_language("en") and "2024-01-05" in p.message.in_language("en")
    assert _events(station) == before  # nothing written
    actions.swap_meter(station, request(old_reading=D("0.30"), below_last="rollover"))


def test_a_refused_install_half_leaves_the_old_meter_in_place(station: Workspace) -> None:
    [unissued] = actions.receive_assets(station, [AssetDraft(meter_no(3), "meter")], dt.date(2024, 1, 2), "B2")
    before = _events(station)
    with pytest.raises(Rejected) as refused:
        actions.swap_meter(station, request(new_asset_no=meter_no(3), old_reading=D("0.2")))
    fields = {p.field for p in refused.value.problems}
    assert "old_reading" in fields and "new_status" in fields, fields  # both halves' reasons at once
    assert _events(station) == before
    detail = actions.load_asset_detail(station, unissued)
    assert detail.asset.status == "received"  # type: ignore[union-attr]
    with pytest.raises(Rejected) as refused:
        actions.swap_meter(station, request(new_asset_no=meter_no(3)))
    assert {p.field for p in refused.value.problems} >= {"new_status"}
    assert _events(station) == before


def test_swap_reason_is_required_and_coded(station: Workspace) -> None:
    ready(station, 2)
    for reason in ("", "whim"):
        with pytest.raises(Rejected) as refused:
            actions.swap_meter(station, request(reason=reason))
        assert refused.value.problems[0].field == "reason"


def test_a_ct_swap_recomputes_the_multiplier(station: Workspace) -> None:
    point = actions.load_customer_detail(station, actions.find_by_scan(station, ACCOUNT)[1]).points[0]  # type: ignore[index,union-attr]
    actions.install_asset(station, ready(station, 10, "ct", "100/5"), point.id, dt.date(2024, 1, 5), D(0))
    ready(station, 11, "ct", "200/5")
    result = actions.swap_meter(station, request(kind="ct", new_asset_no=meter_no(11), old_reading=D(0),
                                                 new_reading=D(0), reason="capacity_change"))
    assert result.multiplier == D(40)


def test_a_clerk_may_not_swap(station: Workspace) -> None:
    ready(station, 2)
    clerk = dataclasses.replace(station, operator="李营业")
    with pytest.raises(Rejected) as refused:
        actions.swap_meter(clerk, request())
    assert refused.value.problems[0].code == "not_allowed"


def test_remove_refuses_a_backward_reading_unless_told_why(station: Workspace) -> None:
    with pytest.raises(Rejected) as refused:
        actions.remove_by_number(station, meter_no(1), DAY, D("0.30"), "rotation")
    assert refused.value.problems[0].code == READING_BACKWARDS
    row = actions.remove_by_number(station, meter_no(1), DAY, D("0.30"), "fault", below_last="fault",
                                   note="黑屏")
    assert row.status == "removed"
    assert actions.load_asset_detail(station, row.id).events[-1].reason == "故障：黑屏"  # type: ignore[union-attr]


# --- the CLI ------------------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("STATION_PASSWORD", TEST_PASSWORD)  # the CLI logs in as a script does
    path = str(tmp_path / "s.db")
    ws = open_workspace(path, operator="setup")
    set_up_users(ws, ("王计量", "metering"))
    actions.create_customer(ws, CustomerDraft(ACCOUNT, "某厂", "工业园1号", "", "大工业", "制造业", "10kV", D(630),
                                              phases=3))
    metering = dataclasses.replace(ws, operator="王计量")
    ready(metering, 1)
    ready(metering, 2)
    ready(metering, 3)
    ws.close()
    return path


def cli(db: str, *args: str) -> int:
    return main(["assets", *args, "--db", db, "--operator", "王计量"])


def test_cli_install_remove_swap(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(db, "install", meter_no(1), "--customer", ACCOUNT, "--reading", "0.66", "--on", "2024-01-05",
               "--json") == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert (out["asset_no"], out["status"], out["account_no"]) == (meter_no(1), "installed", ACCOUNT)

    assert cli(db, "swap", "--customer", ACCOUNT, "--old-reading", "0.30", "--new", meter_no(2),
               "--new-reading", "0", "--reason", "rotation", "--on", "2024-03-01") == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "0.66" in err and "--old-reading" in err, err  # the reason, in Chinese by default, names the option
    assert "表底数" in err or "示数" in err or "读数" in err, err

    assert cli(db, "swap", "--customer", ACCOUNT, "--old-reading", "88", "--new", meter_no(2),
               "--new-reading", "0", "--reason", "rotation", "--on", "2024-03-01", "--json") == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert out["removed"] == meter_no(1) and out["installed"] == meter_no(2) and out["multiplier"] == "1.00"
    assert out["question"] is None  # no months billed since: nothing to weigh the reading against

    assert cli(db, "remove", meter_no(2), "--reading", "5", "--reason", "sold") == 2  # argparse: not a code
    capsys.readouterr()
    assert cli(db, "remove", meter_no(2), "--reading", "5", "--reason", "fault", "--on", "2024-04-01") == EXIT_OK
    assert meter_no(2) in capsys.readouterr().out
    assert cli(db, "install", meter_no(9), "--customer", ACCOUNT, "--reading", "1") == EXIT_REJECTED
    assert meter_no(9) in capsys.readouterr().err


def test_a_reading_implausible_against_the_energy_billed_is_questioned(station: Workspace) -> None:
    from station.domain.readings import reading_question

    for month in (202401, 202402, 202403):
        actions.enter_readings(dataclasses.replace(station, operator="李营业"), ACCOUNT, [(month, "100")])
    meter = actions.find_by_scan(station, meter_no(1))[1]  # type: ignore[index]
    ctx = actions.load_install_context(station, meter)
    assert ctx is not None and (ctx.opening, ctx.multiplier, ctx.billed_kwh) == (D("0.66"), D(1), 300.0)
    question = reading_question(D("120.5"), ctx)
    assert question is not None and "about 300" in question.in_language("en")
    assert reading_question(D("290"), ctx) is None  # within a factor of 2: part months at both ends
    assert reading_question(D("0.30"), ctx) is None  # backwards: refused elsewhere, not questioned
    ready(station, 2)
    result = actions.swap_meter(station, request())  # a question never refuses: 120.5 is saved
    assert result.question is not None and "about 300" in result.question.in_language("en")
