"""Batch asset steps (verify, issue, scrap many at once): one transaction, all or nothing, every refusal named."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import AssetEvent
from station import actions
from station.asset_batch import VerifyBatch
from station.assets import AssetDraft
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.domain import asset_no, lifecycle
from station.domain.codes import EventKind
from station.domain.problems import Rejected
from station.progress import Cancelled
from station.workspace import Workspace, open_workspace
from tests.station.registered import TEST_PASSWORD, set_up_users

DAY = dt.date(2024, 1, 2)
PASS = VerifyBatch(dt.date(2024, 1, 3), "pass", "C-2024-7")


def meter_no(serial: int) -> str:
    return asset_no.make("3310001", serial)


def delivery(ws: Workspace, n: int, first: int = 1) -> list[int]:
    drafts = [AssetDraft(meter_no(i), "meter", model="DDZY102") for i in range(first, first + n)]
    return actions.receive_assets(ws, drafts, DAY, "B-7")


def statuses(ws: Workspace, ids: list[int]) -> list[str]:
    rows = actions.load_asset_rows(ws, ids)
    return [rows[i].status for i in ids]


def event_count(ws: Workspace) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(AssetEvent)) or 0)


@pytest.fixture
def station(any_workspace: Workspace) -> Workspace:
    set_up_users(any_workspace, ("王计量", "metering"), ("李营业", "clerk"))
    return dataclasses.replace(any_workspace, operator="王计量")


def test_verify_issue_and_scrap_a_delivery(station: Workspace) -> None:
    ids = delivery(station, 5)
    assert actions.verify_assets(station, ids, PASS) == ids
    assert statuses(station, ids) == ["in_stock"] * 5
    detail = actions.load_asset_detail(station, ids[0])
    assert detail is not None and (detail.asset.certificate_no, detail.events[-1].operator) == ("C-2024-7", "王计量")
    assert actions.issue_assets(station, ids[:3], dt.date(2024, 1, 4), "装表班 张师傅") == ids[:3]
    assert statuses(station, ids) == ["issued"] * 3 + ["in_stock"] * 2
    assert actions.load_asset_detail(station, ids[0]).events[-1].reason == "装表班 张师傅"  # type: ignore[union-attr]
    # scrapped straight from stock: through 待报废, both steps in its history
    assert actions.scrap_assets(station, ids[3:], dt.date(2024, 1, 5), "外壳破损") == ids[3:]
    assert statuses(station, ids[3:]) == ["scrapped"] * 2
    kinds = [e.kind for e in actions.load_asset_detail(station, ids[4]).events]  # type: ignore[union-attr]
    assert kinds[-2:] == ["to_scrap", "scrapped"]


def test_one_bad_asset_writes_nothing_and_is_named(station: Workspace) -> None:
    ids = delivery(station, 4)
    actions.verify_asset(station, ids[2], dt.date(2024, 1, 3), "pass", "C-1")
    actions.issue_asset(station, ids[2], dt.date(2024, 1, 4), "张师傅")  # issued: may not be verified now
    before = event_count(station)
    with pytest.raises(Rejected) as refused:
        actions.verify_assets(station, [*ids, "33100010000000000999"], dataclasses.replace(PASS, on=dt.date(2024, 1, 5)))
    texts = [p.message.in_language("en") for p in refused.value.problems]
    assert len(texts) == 2, texts
    assert any(t.startswith(meter_no(3)) and "issued" in t for t in texts), texts
    assert any("33100010000000000999" in t and "no such asset" in t for t in texts), texts
    assert event_count(station) == before  # the three that could pass were not written either
    assert statuses(station, ids) == ["received", "received", "issued", "received"]
    with pytest.raises(Rejected) as refused:  # issuing received (unverified) meters
        actions.issue_assets(station, ids[:2], dt.date(2024, 1, 5), "张师傅")
    assert [p.value for p in refused.value.problems] == [meter_no(1), meter_no(2)]
    with pytest.raises(Rejected) as refused:  # an issued meter cannot be scrapped; the other could
        actions.scrap_assets(station, [ids[0], ids[2]], dt.date(2024, 1, 5), "损坏")
    assert [p.value for p in refused.value.problems] == [meter_no(3)]
    assert event_count(station) == before


def test_the_form_is_checked_and_the_role_asked(station: Workspace) -> None:
    ids = delivery(station, 2)
    with pytest.raises(Rejected) as refused:
        actions.verify_assets(station, ids, dataclasses.replace(PASS, certificate_no=""))
    assert refused.value.problems[0].field == "certificate_no"
    with pytest.raises(Rejected) as refused:
        actions.scrap_assets(station, ids, DAY, "  ")
    assert refused.value.problems[0].field == "reason"
    with pytest.raises(Rejected) as refused:
        actions.issue_assets(station, ids, DAY, "")
    assert refused.value.problems[0].field == "issued_to"
    with pytest.raises(Rejected):
        actions.verify_assets(station, [], PASS)
    with pytest.raises(Rejected):  # the counter clerk may not take lifecycle steps
        actions.verify_assets(dataclasses.replace(station, operator="李营业"), ids, PASS)
    assert statuses(station, ids) == ["received"] * 2


def test_a_cancelled_batch_writes_nothing_and_progress_is_reported(station: Workspace) -> None:
    ids = delivery(station, 45)
    before = event_count(station)
    seen: list[float] = []
    with pytest.raises(Cancelled):
        actions.verify_assets(station, ids, PASS, progress=lambda f, _m="": seen.append(f),
                              cancelled=lambda: len(seen) >= 2)
    assert event_count(station) == before and statuses(station, ids[:1]) == ["received"]
    seen.clear()
    actions.verify_assets(station, ids, PASS, progress=lambda f, _m="": seen.append(f))
    assert seen[0] == 0 and seen[-1] == 1.0 and len(seen) == 4  # every 20 assets, then done


def test_scrap_path_and_batch_step_allowed() -> None:
    assert lifecycle.scrap_path("to_scrap") == (EventKind.SCRAPPED,)
    assert lifecycle.scrap_path("failed") == (EventKind.TO_SCRAP, EventKind.SCRAPPED)
    assert lifecycle.scrap_path("installed") == ()
    assert lifecycle.batch_step_allowed("verified", "received")
    assert not lifecycle.batch_step_allowed("issued", "received")
    assert lifecycle.batch_step_allowed("scrapped", "received")
    assert not lifecycle.batch_step_allowed("scrapped", "issued")


# --- the CLI ------------------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("STATION_PASSWORD", TEST_PASSWORD)
    path = str(tmp_path / "s.db")
    ws = open_workspace(path, operator="setup")
    set_up_users(ws, ("王计量", "metering"))
    delivery(dataclasses.replace(ws, operator="王计量"), 3)
    ws.close()
    return path


def cli(db: str, *args: str) -> int:
    return main(["assets", *args, "--db", db, "--operator", "王计量"])


def test_cli_verify_issue_scrap(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "meters.txt"
    listing.write_text(f"# 第7批\n{meter_no(2)}\n\n{meter_no(3)}  # 箱2\n", encoding="utf-8")
    assert cli(db, "verify", meter_no(1), "--from-file", str(listing), "--result", "pass",
               "--certificate", "C-9", "--on", "2024-01-03", "--json") == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert out["count"] == 3 and {a["status"] for a in out["assets"]} == {"in_stock"}
    assert [a["asset_no"] for a in out["assets"]] == [meter_no(1), meter_no(2), meter_no(3)]

    # one unknown number and one issued twice: exit 3, every refusal on stderr, nothing written
    assert cli(db, "issue", meter_no(1), "--to", "张师傅", "--on", "2024-01-04") == EXIT_OK
    assert "数量=1" in capsys.readouterr().out  # the human line speaks Chinese by default
    assert cli(db, "issue", meter_no(1), meter_no(2), "33100010000000000999", "--to", "张师傅",
               "--on", "2024-01-04") == EXIT_REJECTED
    err = capsys.readouterr().err
    assert meter_no(1) in err and "33100010000000000999" in err and meter_no(2) not in err, err
    assert cli(db, "scrap", meter_no(2), meter_no(3), "--reason", "外壳破损", "--on", "2024-01-05",
               "--json") == EXIT_OK
    assert {a["status"] for a in json.loads(capsys.readouterr().out)["assets"]} == {"scrapped"}
    assert cli(db, "scrap", "--reason", "x") == EXIT_REJECTED  # no assets named
    capsys.readouterr()
