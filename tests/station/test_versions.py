"""Concurrent edits (issue 12): two counters on one database; the second save from an older version is told.

A loads, B saves, A's save is refused (code stale) with the values B saved; A saving again with the version
the refusal carried replaces them on purpose. On SQLite (one file, two engines) and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest

from station import actions
from station.assets import AssetDraft
from station.domain import asset_no
from station.domain.problems import Rejected
from station.domain.stale import STALE, StaleValues
from station.workspace import Workspace, open_workspace
from tests.station.registered import set_up_users

DAY = dt.date(2024, 1, 2)


@pytest.fixture
def two(any_workspace: Workspace) -> Iterator[tuple[Workspace, Workspace]]:
    """Counter A (any_workspace) and counter B: a second program on the same database, both 所长."""
    a = set_up_users(any_workspace)
    b = open_workspace(a.engine.url.render_as_string(hide_password=False), operator=a.operator)
    b.role = a.role
    yield a, b
    b.close()


def _stale(exc: pytest.ExceptionInfo[Rejected]) -> StaleValues:
    [p] = [p for p in exc.value.problems if p.code == STALE]
    assert isinstance(p.value, StaleValues)
    return p.value


def test_an_asset_step_from_an_older_version_is_refused_with_the_asset_as_it_is_now(two) -> None:
    a, b = two
    [ident] = actions.receive_assets(a, [AssetDraft(asset_no.make("3310001", 1), "meter")], DAY, "B1")
    seen = actions.load_asset_rows(a, [ident])[ident]  # A opens the verify dialog
    assert seen.version == 1
    actions.verify_asset(b, ident, DAY, "fail", "C-B", version=seen.version)  # B was quicker
    with pytest.raises(Rejected) as exc:
        actions.verify_asset(a, ident, DAY, "pass", "C-A", version=seen.version)
    now = _stale(exc)
    assert now.version == 2
    assert now.values["status"] == "failed" and now.values["verification_result"] == "fail"
    assert now.values["last_step"] == "verified" and now.values["last_step_by"] == "所长"
    row = actions.load_asset_rows(a, [ident])[ident]
    assert (row.verification_result, row.certificate_no, row.version) == ("fail", "C-B", 2)  # nothing of A's written
    # Scrapping what B failed, from the version the refusal showed, goes through.
    actions.mark_to_scrap(a, ident, DAY, "failed verification", version=now.version)
    assert actions.load_asset_rows(b, [ident])[ident].status == "to_scrap"


def test_every_lifecycle_step_checks_the_version(two) -> None:
    a, b = two
    [ident] = actions.receive_assets(a, [AssetDraft(asset_no.make("3310001", 2), "meter")], DAY, "B1")
    actions.verify_asset(b, ident, DAY, "pass", "C-1")
    for step in (lambda v: actions.issue_asset(a, ident, DAY, version=v),
                 lambda v: actions.mark_to_scrap(a, ident, DAY, "old", version=v),
                 lambda v: actions.scrap_asset(a, ident, DAY, version=v),
                 lambda v: actions.return_asset(a, ident, DAY, version=v),
                 lambda v: actions.remove_asset(a, ident, DAY, Decimal(1), "fault", version=v),
                 lambda v: actions.install_asset(a, ident, 1, DAY, Decimal(0), version=v)):
        with pytest.raises(Rejected) as exc:
            step(1)
        assert _stale(exc).version == 2


def test_a_rule_saved_by_someone_else_is_told(two) -> None:
    a, b = two
    key = "auth.idle_lock_minutes"
    seen = next(r for r in actions.list_rules(a) if r.key == key)
    assert seen.version == 0  # still the built-in default
    actions.set_rule(b, key, 30, "B's notice", version=seen.version)
    with pytest.raises(Rejected) as exc:
        actions.set_rule(a, key, 5, version=seen.version)
    now = _stale(exc)
    assert (now.version, now.values["value"], now.values["source"], now.values["updated_by"]) == (
        1, 30, "B's notice", "所长")
    assert next(r for r in actions.list_rules(a) if r.key == key).value == 30
    actions.set_rule(a, key, 5, version=now.version)  # A saves again, knowingly
    row = next(r for r in actions.list_rules(b) if r.key == key)
    assert (row.value, row.version) == (5, 2)


def test_a_tariff_corrected_by_someone_else_is_told(two) -> None:
    a, b = two
    kw = {"tariff_category": "居民生活", "voltage_level": "220V", "effective_from": dt.date(2025, 1, 1)}
    made = actions.set_tariff(a, price=Decimal("0.55"), **kw)
    assert made.version == 1
    actions.set_tariff(b, price=Decimal("0.56"), edited=(made.id, made.version), **kw)
    with pytest.raises(Rejected) as exc:
        actions.set_tariff(a, price=Decimal("0.57"), edited=(made.id, made.version), **kw)
    now = _stale(exc)
    assert now.version == 2 and now.values["price"] == Decimal("0.56")
    stored = [t for t in actions.load_rules_and_tariffs(a)[1] if t.id == made.id]
    assert stored[0].price == Decimal("0.5600")


def test_a_second_writer_without_a_version_is_not_checked(two) -> None:
    """The CLI and the imports name no version: they act on the record as it is (the state machine still guards)."""
    a, b = two
    [ident] = actions.receive_assets(a, [AssetDraft(asset_no.make("3310001", 3), "meter")], DAY, "B1")
    actions.verify_asset(b, ident, DAY, "pass", "C-1")
    actions.issue_asset(a, ident, DAY)
    assert actions.load_asset_rows(a, [ident])[ident].version == 3
