"""Correcting an asset's nameplate after receipt (station.asset_edit): the rules, the version check, the
multiplier an installed CT's new ratio changes only when confirmed, the audit log, the role and the CLI.
On SQLite and, with DATABASE_URL, PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from db.schema import Asset, AuditLog, MeteringPoint
from station import actions
from station.assets import AssetDraft
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.customers import CustomerDraft
from station.domain import asset_no, lifecycle, nameplate
from station.domain.problems import Rejected
from station.domain.roles import NOT_ALLOWED
from station.domain.stale import STALE
from station.workspace import Workspace, open_workspace
from tests.station.registered import TEST_PASSWORD, set_up_users

DAY = dt.date(2024, 3, 1)
D = Decimal


def _codes(exc: pytest.ExceptionInfo[Rejected]) -> list[str]:
    return [p.code for p in exc.value.problems]


def _receive(ws: Workspace, serial: int, kind: str, **over: object) -> int:
    fields = {"accuracy_class": "0.5S" if kind == "ct" else "2", "ratio": "100/5" if kind == "ct" else "",
              "model": "LMZ-0.66" if kind == "ct" else "DDZY71", "made_on": dt.date(2023, 12, 1), **over}
    [ident] = actions.receive_assets(ws, [AssetDraft(asset_no.make("3310001", serial), kind, **fields)],  # type: ignore[arg-type]
                                     DAY, "B1")
    return ident


def _installed_cts(ws: Workspace, count: int = 3) -> tuple[int, list[int]]:
    """A 380 V customer whose main point carries `count` CTs of 100/5 (multiplier 20)."""
    row = actions.create_customer(ws, CustomerDraft("3300000001", "机械厂", tariff_category="一般工商业",
                                                    voltage_level="380V", contract_capacity_kva=D(200), phases=3))
    point_id = actions.load_customer_detail(ws, row.id).points[0].id  # type: ignore[union-attr]
    cts = []
    for i in range(count):
        ident = _receive(ws, 100 + i, "ct")
        actions.verify_asset(ws, ident, DAY, "pass", f"C-{i}")
        actions.issue_asset(ws, ident, DAY)
        actions.install_asset(ws, ident, point_id, DAY, D(0))
        cts.append(ident)
    return point_id, cts


def _multiplier(ws: Workspace, point_id: int) -> tuple[Decimal, int]:
    with ws.sessions() as s:
        point = s.get(MeteringPoint, point_id)
        assert point is not None
        return Decimal(point.multiplier), point.version


def _audit(ws: Workspace, entity: str, entity_id: int) -> list[tuple[dict, dict]]:
    with ws.sessions() as s:
        return [(json.loads(a.before or "{}"), json.loads(a.after or "{}")) for a in s.scalars(
            select(AuditLog).where(AuditLog.entity == entity, AuditLog.entity_id == entity_id,
                                   AuditLog.action == "update").order_by(AuditLog.id))]


# --- the rules ---------------------------------------------------------------------------------------


def test_typed_values_read_as_the_fields_hold_them() -> None:
    assert nameplate.parse_value("constant", " 1200 ") == (1200, [])
    assert nameplate.parse_value("constant", "") == (None, [])
    assert nameplate.parse_value("made_on", "2023-05-01") == (dt.date(2023, 5, 1), [])
    assert nameplate.parse_value("model", " DTZY ") == ("DTZY", [])
    assert nameplate.parse_value("phases", "three")[1][0].field == "phases"
    assert nameplate.parse_value("status", "installed")[1][0].code == nameplate.NOT_EDITABLE


def test_an_edit_changes_only_nameplate_fields_of_a_live_asset() -> None:
    asset = SimpleNamespace(asset_no=asset_no.make("3310001", 1), kind="ct", status="in_stock", factory_no="",
                            model="", maker="", accuracy_class="0.5S", rated_voltage="", rated_current="",
                            constant=None, ratio="100/5", phases=1, made_on=None, verified_on=dt.date(2024, 1, 5),
                            received_on=dt.date(2024, 1, 2))
    assert nameplate.edit_problems(asset, {"maker": "正泰", "ratio": "200/5"}) == []
    assert [p.code for p in nameplate.edit_problems(asset, {"asset_no": "1", "kind": "pt"})] == [
        nameplate.NOT_EDITABLE] * 2
    assert [p.field for p in nameplate.edit_problems(asset, {"ratio": "200"})] == ["ratio"]
    assert [p.field for p in nameplate.edit_problems(asset, {"accuracy_class": "3"})] == ["accuracy_class"]
    # made after it was received, or after its verification: both named
    assert {p.field for p in nameplate.edit_problems(asset, {"made_on": dt.date(2024, 2, 1)})} == {
        "made_on", "verified_on"}
    scrapped = SimpleNamespace(**{**vars(asset), "status": "scrapped"})
    assert [p.code for p in nameplate.edit_problems(scrapped, {"maker": "x"})] == [nameplate.FROZEN]


def test_a_point_s_transformers_share_one_ratio_and_a_new_multiplier_is_confirmed() -> None:
    others = [lifecycle.Occupant("A1", "100/5"), lifecycle.Occupant("A2", "100/5")]
    assert lifecycle.ratio_problems("ct", "100/5", others) == []
    assert [p.code for p in lifecycle.ratio_problems("ct", "200/5", others)] == ["ratio_mismatch"]
    assert nameplate.point_multiplier("ct", "200/5", "10000/100") == D(4000)
    assert nameplate.point_multiplier("pt", "35000/100", "100/5") == D(7000)
    assert nameplate.multiplier_problems("P", D(20), D(20), False) == []
    assert nameplate.multiplier_problems("P", D(20), D(40), True) == []
    assert nameplate.multiplier_problems("P", D(20), D(40), D(40)) == []
    assert len(nameplate.multiplier_problems("P", D(20), D(40), D(400))) == 1  # confirmed another change
    [p] = nameplate.multiplier_problems("P", D(20), D(40), False)
    assert p.code == nameplate.CONFIRM_MULTIPLIER and p.value == {"before": D(20), "after": D(40)}


# --- the action --------------------------------------------------------------------------------------


def test_a_meter_s_nameplate_is_corrected_audited_and_version_checked(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace)
    other = open_workspace(ws.engine.url.render_as_string(hide_password=False), operator=ws.operator)
    other.role = ws.role
    try:
        ident = _receive(ws, 1, "meter", maker="某表厂")
        seen = actions.load_asset_edit(ws, ident)
        assert seen is not None and seen.asset.version == 1 and seen.point is None
        done = actions.edit_asset(other, ident, {"maker": "正泰", "constant": 1200}, version=1)  # B first
        assert done.changed == {"maker": "正泰", "constant": 1200} and done.asset.version == 2
        with pytest.raises(Rejected) as exc:
            actions.edit_asset(ws, ident, {"maker": "华立", "model": "DDZY285"}, version=seen.asset.version)
        [stale] = exc.value.problems
        assert stale.code == STALE and stale.value.version == 2
        assert (stale.value.values["maker"], stale.value.values["constant"]) == ("正泰", 1200)
        assert actions.load_asset_rows(ws, [ident])[ident].maker == "正泰"  # nothing of A's written
        again = actions.edit_asset(ws, ident, {"maker": "华立", "model": "DDZY285"}, version=2)  # knowingly
        assert (again.asset.maker, again.asset.model, again.asset.version) == ("华立", "DDZY285", 3)
        assert _audit(ws, "asset", ident) == [({"maker": "某表厂", "constant": None}, {"maker": "正泰", "constant": 1200}),
                                               ({"maker": "正泰", "model": "DDZY71"}, {"maker": "华立", "model": "DDZY285"})]
        unchanged = actions.edit_asset(ws, ident, {"maker": "华立"}, version=3)
        assert unchanged.changed == {} and unchanged.asset.version == 3  # nothing to tell anyone
    finally:
        other.close()


def test_an_installed_ct_s_new_ratio_changes_the_multiplier_only_when_confirmed(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace)
    point_id, cts = _installed_cts(ws)
    assert _multiplier(ws, point_id)[0] == D(20)
    view = actions.load_asset_edit(ws, cts[0])
    assert view is not None and view.multiplier == D(20) and len(view.siblings) == 2 and "机械厂" in (view.point or "")
    version = view.asset.version
    with pytest.raises(Rejected) as exc:
        actions.edit_asset(ws, cts[0], {"ratio": "200/5"}, version=version)
    assert _codes(exc) == [nameplate.CONFIRM_MULTIPLIER]
    assert exc.value.problems[0].value == {"before": D(20), "after": D(40)}
    rows = actions.load_asset_rows(ws, cts)
    assert {r.ratio for r in rows.values()} == {"100/5"} and _multiplier(ws, point_id)[0] == D(20)  # nothing written

    point_version = _multiplier(ws, point_id)[1]
    # A confirm of another multiplier than the point gives (a form's preview of a point changed since) is no confirm.
    with pytest.raises(Rejected) as exc:
        actions.edit_asset(ws, cts[0], {"ratio": "200/5"}, version=version, confirm_multiplier=D(30))
    assert _codes(exc) == [nameplate.CONFIRM_MULTIPLIER]
    done = actions.edit_asset(ws, cts[0], {"ratio": "200/5"}, version=version, confirm_multiplier=D(40))
    assert done.multiplier == (D(20), D(40)) and len(done.followed) == 2  # the point's set moves together
    assert {r.ratio for r in actions.load_asset_rows(ws, cts).values()} == {"200/5"}
    multiplier, new_point_version = _multiplier(ws, point_id)
    assert multiplier == D(40) and new_point_version == point_version + 1
    before, after = _audit(ws, "metering_point", point_id)[-1]
    assert (D(before["multiplier"]), D(after["multiplier"])) == (D(20), D(40))
    for ident in cts:
        assert _audit(ws, "asset", ident)[-1] == ({"ratio": "100/5"}, {"ratio": "200/5"})


def test_a_ct_out_of_line_with_its_point_is_brought_in_line_alone(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace)
    point_id, cts = _installed_cts(ws)
    with ws.sessions.begin() as s:  # an old record: one phase's CT written 150/5
        s.execute(update(Asset).where(Asset.id == cts[2]).values(ratio="150/5"))
    with pytest.raises(Rejected) as exc:
        actions.edit_asset(ws, cts[2], {"ratio": "300/5"}, confirm_multiplier=True)
    assert _codes(exc) == ["ratio_mismatch"]
    done = actions.edit_asset(ws, cts[2], {"ratio": "100/5"}, confirm_multiplier=True)
    assert done.followed == () and {r.ratio for r in actions.load_asset_rows(ws, cts).values()} == {"100/5"}


def test_only_metering_staff_and_the_supervisor_edit_assets(workspace: Workspace) -> None:
    ws = set_up_users(workspace, ("李营业", "clerk"))
    ident = _receive(ws, 1, "meter")
    with pytest.raises(Rejected) as exc:
        actions.edit_asset(dataclasses.replace(ws, operator="李营业", role="clerk"), ident, {"maker": "x"})
    assert _codes(exc) == [NOT_ALLOWED]


# --- the CLI -----------------------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("STATION_PASSWORD", TEST_PASSWORD)
    path = str(tmp_path / "s.db")
    ws = set_up_users(open_workspace(path, operator="setup"), ("王计量", "metering"))
    _installed_cts(ws, 1)
    ws.close()
    return path


def cli(db: str, *args: str) -> int:
    return main(["assets", "edit", *args, "--db", db, "--operator", "王计量"])


def test_cli_edit(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ct = asset_no.make("3310001", 100)
    assert cli(db, ct, "--maker", "正泰", "--made-on", "2023-11-30", "--json") == EXIT_OK
    out = json.loads(capsys.readouterr().out)
    assert (out["changed"], out["version"], out["multiplier"]) == ("maker,made_on", out["version"], None)
    assert cli(db, ct, "--ratio", "200/5") == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "--confirm-multiplier" in err and "20" in err and "40" in err and "拒绝" in err, err
    assert cli(db, ct, "--ratio", "200/5", "--version", "1", "--confirm-multiplier") == EXIT_REJECTED
    assert "--version" in capsys.readouterr().err  # someone (the first edit) changed it since version 1
    assert cli(db, ct, "--ratio", "200/5", "--confirm-multiplier") == EXIT_OK
    assert "multiplier=20->40" in capsys.readouterr().out
    assert cli(db, ct, "--phases", "three") == EXIT_REJECTED
    assert "--phases" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        cli(db, ct)
    assert usage.value.code == 2
