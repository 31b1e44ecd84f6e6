"""Readings typed by hand for one customer: the readings import's decisions and writer, the columnar copy kept."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from registered import set_up_users
from sqlalchemy import select

from db.schema import ImportBatch, MonthlyConsumption
from station import actions
from station.consumption import matrix_cache
from station.consumption.load import axis_ending, load_matrix, load_population
from station.domain.problems import Rejected
from station.imports.month_parse import current_month
from station.workspace import Workspace

FIRST = 2025


@pytest.fixture
def station(any_workspace: Workspace, tmp_path: Path) -> Workspace:
    """Three customers with 2025's readings from a file, and a registered clerk."""
    customers, readings = tmp_path / "c.csv", tmp_path / "r.csv"
    customers.write_text("户号,户名,用电类别,电压等级\n" + "".join(
        f"330000000{i},用户{i},居民生活,220V\n" for i in range(3)), encoding="utf-8")
    readings.write_text("户号,年月,电量\n" + "".join(
        f"330000000{i},{FIRST}-{m:02d},{100 + i + m}\n" for i in range(3) for m in range(1, 12)), encoding="utf-8")
    actions.import_file(any_workspace, "customers", customers)
    actions.import_file(any_workspace, "readings", readings)
    set_up_users(any_workspace, ("李营业", "clerk"), ("张检查", "inspector"))
    return dataclasses.replace(any_workspace, operator="李营业")


def _stored(ws: Workspace, account: str) -> dict[int, float]:
    cid = actions.find_by_scan(ws, account)[1]  # type: ignore[index]
    with ws.sessions() as s:
        return dict(s.execute(select(MonthlyConsumption.month, MonthlyConsumption.kwh)
                              .where(MonthlyConsumption.customer_id == cid)).all())


def _matrix(ws: Workspace) -> tuple[np.ndarray, bool]:
    with ws.sessions() as s:
        current = matrix_cache.read_columns(s, FIRST * 100 + 1, FIRST * 100 + 12) is not None
        return load_matrix(s, load_population(s, axis_ending(FIRST * 100 + 12, 12))), current


def test_a_month_typed_by_hand_is_written_as_an_import_and_the_copy_stays_current(station: Workspace) -> None:
    _matrix(station)  # builds the columnar copy
    summary = actions.enter_readings(station, "3300000001", [(202512, "１２３.５"), (202506, "77")])
    assert (summary.new, summary.updated) == (1, 1)
    stored = _stored(station, "3300000001")
    assert stored[202512] == 123.5 and stored[202506] == 77.0
    E, current = _matrix(station)
    assert current, "the hand-typed write refreshed the copy in its own transaction"
    assert E[1, 11] == 123.5 and E[1, 5] == 77.0
    with station.sessions() as s:
        batch = s.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).first()
    assert batch is not None and batch.kind == "readings" and batch.file_name.startswith("手工录入")
    assert batch.operator == "李营业"
    again = actions.enter_readings(station, "3300000001", [(202512, "123.5")])
    assert (again.new, again.updated, again.unchanged, again.batch_id) == (0, 0, 1, None)  # nothing to write


def test_the_import_refuses_what_it_refuses_in_a_file_and_nothing_is_written(station: Workspace) -> None:
    later = current_month() + 1 if current_month() % 100 < 12 else current_month() + 89
    with pytest.raises(Rejected) as refused:
        actions.enter_readings(station, "3300000002", [(202512, "-5"), (later, "10"), (202510, "1e12"),
                                                       (202509, "abc")])
    fields = {p.field for p in refused.value.problems}
    assert fields == {"kwh:1", "month:2", "kwh:3", "kwh:4"}, fields
    assert 202512 not in _stored(station, "3300000002")
    with pytest.raises(Rejected) as refused:
        actions.enter_readings(station, "3300000002", [(202512, "5"), ("2025-12", "6")])
    assert [p.field for p in refused.value.problems] == ["month:2"]  # the same month twice: the second entry
    with pytest.raises(Rejected) as refused:
        actions.enter_readings(station, "3399999999", [(202512, "5"), (202511, "6")])
    assert [p.field for p in refused.value.problems] == ["account_no"]
    with pytest.raises(Rejected) as refused:
        actions.enter_readings(station, "3300000002", [])
    assert refused.value.problems[0].code == "required"


def test_an_inspector_may_not_type_readings(station: Workspace) -> None:
    inspector = dataclasses.replace(station, operator="张检查")
    with pytest.raises(Rejected) as refused:
        actions.enter_readings(inspector, "3300000001", [(202512, "5")])
    assert refused.value.problems[0].code == "not_allowed"
