"""台区 by hand: create and edit through the actions, audit-logged, the matrix asked, every field checked."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from registered import set_up_users
from sqlalchemy import select

from db.schema import AuditLog
from station import actions
from station.domain.problems import Rejected
from station.workspace import Workspace


@pytest.fixture
def clerk(any_workspace: Workspace) -> Workspace:
    set_up_users(any_workspace, ("李营业", "clerk"), ("张检查", "inspector"))
    return dataclasses.replace(any_workspace, operator="李营业")


def test_an_area_is_edited_by_hand_and_the_change_is_audited(clerk: Workspace) -> None:
    area = actions.create_area(clerk, code="TQ01", name="东街1号台区", transformer_kva=Decimal(400))
    row = actions.update_area(clerk, area.id, code="TQ01", name="东街1号台区", feeder="10kV城关线",
                              transformer_kva=Decimal(630), gateway_meter="3410001000000200000013",
                              area_type="public")
    assert (row.feeder, row.transformer_kva, row.gateway_meter) == ("10kV城关线", Decimal(630),
                                                                    "3410001000000200000013")
    with clerk.sessions() as s:
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "transformer_area",
                                                 AuditLog.action == "update")).one()
    assert audit.operator == "李营业" and "630" in audit.after and "400" in audit.before
    assert [a.code for a in actions.load_areas(clerk)] == ["TQ01"]


def test_an_edit_is_refused_with_every_reason_and_nothing_changes(clerk: Workspace) -> None:
    first = actions.create_area(clerk, code="TQ01", name="一号")
    actions.create_area(clerk, code="TQ02", name="二号")
    with pytest.raises(Rejected) as refused:
        actions.update_area(clerk, first.id, code="TQ02", name="", feeder="x" * 101,
                            transformer_kva=Decimal(-5))
    assert {p.field for p in refused.value.problems} == {"code", "name", "feeder", "transformer_kva"}
    assert actions.load_areas(clerk)[0].name == "一号"


def test_an_inspector_may_not_edit_areas(clerk: Workspace) -> None:
    area = actions.create_area(clerk, code="TQ01", name="一号")
    inspector = dataclasses.replace(clerk, operator="张检查")
    with pytest.raises(Rejected) as refused:
        actions.update_area(inspector, area.id, code="TQ01", name="改名")
    assert refused.value.problems[0].code == "not_allowed"
