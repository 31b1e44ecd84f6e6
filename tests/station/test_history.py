"""`station history customer|asset|order KEY` and the action behind the detail's history tab (issue 12)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from station import actions
from station.assets import AssetDraft
from station.cli import EXIT_FAILED, EXIT_OK, main
from station.customers import CustomerDraft
from station.domain import asset_no
from station.record_history import HISTORY_ENTITIES
from station.workspace import Workspace


def _as(ws: Workspace, name: str) -> Workspace:
    other = dataclasses.replace(ws)
    actions.login(other, name, f"{name}-pw")
    return other


@pytest.fixture
def changed(any_workspace: Workspace) -> Workspace:
    """A customer created by the clerk and edited by the supervisor; an asset received and verified."""
    ws = any_workspace
    actions.create_first_admin(ws, "adm", "adm-pw")
    for name, role in (("clerk", "clerk"), ("boss", "supervisor"), ("meter", "metering")):
        actions.add_user(ws, name, role, password=f"{name}-pw")
    draft = CustomerDraft(account_no="3400000001", name="王五", tariff_category="居民生活", voltage_level="220V")
    row = actions.create_customer(_as(ws, "clerk"), draft)
    actions.update_customer(_as(ws, "boss"), row.id, dataclasses.replace(draft, name="王五（改）"))
    meter = _as(ws, "meter")
    [asset] = actions.receive_assets(meter, [AssetDraft(asset_no.make("3310001", 7), "meter")],
                                     dt.date(2026, 1, 2), "B1")
    actions.verify_asset(meter, asset, dt.date(2026, 1, 3), "pass", "C-1")
    return _as(ws, "boss")


def test_the_history_says_who_changed_what_before_and_after(changed: Workspace) -> None:
    rows = actions.load_history(changed, "customer", "3400000001")
    assert rows is not None
    # the customer's own rows and those of its 计量点 (created with it)
    assert [(r.operator, r.entity, r.action) for r in rows] == [
        ("clerk", "customer", "create"), ("clerk", "metering_point", "create"), ("boss", "customer", "update")]
    assert (rows[2].before, rows[2].after) == ({"name": "王五"}, {"name": "王五（改）"})
    assets = actions.load_history(changed, "asset", asset_no.make("3310001", 7))
    assert assets is not None and [(r.operator, r.action) for r in assets] == [("meter", "receive"),
                                                                                 ("meter", "verified")]
    assert actions.load_history(changed, "customer", "9999999999") is None
    assert actions.load_history(changed, "order", "GD-2026-0001") is None  # no work orders on this branch yet
    assert set(HISTORY_ENTITIES) == {"customer", "asset", "order"}


def test_the_cli_prints_the_history_as_a_table_and_as_json(
    changed: Workspace, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = changed.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("STATION_PASSWORD", "clerk-pw")
    assert main(["history", "customer", "3400000001", "--db", db, "--operator", "clerk"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "boss" in out and 'name="王五"' in out and 'name="王五（改）"' in out
    assert main(["history", "customer", "3400000001", "--json", "--db", db, "--operator", "clerk"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    assert [r["operator"] for r in rows] == ["clerk", "clerk", "boss"] and rows[2]["after"] == {"name": "王五（改）"}
    assert main(["--lang", "en", "history", "order", "GD-1", "--db", db, "--operator", "clerk"]) == EXIT_FAILED
    assert "no order GD-1" in capsys.readouterr().err
