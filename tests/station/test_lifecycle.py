"""The asset state machine: each allowed step, each refused step with its reason, service life and expiry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from station.domain.codes import AssetStatus as S
from station.domain.codes import EventKind as E
from station.domain.lifecycle import (
    SERVICE_LIFE_YEARS,
    TRANSITIONS,
    can_install,
    check_transition,
    expiry_date,
    target_status,
)


@dataclass
class FakeAsset:  # the plain attributes can_install reads; an ORM Asset or an AssetRow works the same
    kind: str = "meter"
    model: str = "DDZY102"
    phases: int = 1
    verified_on: dt.date | None = dt.date(2020, 3, 1)
    verification_result: str | None = "pass"
    status: str = S.ISSUED


def test_the_happy_path_of_domain_md() -> None:
    status: str | None = None
    for event, result, expected in [
        (E.RECEIVED, None, S.RECEIVED), (E.VERIFIED, "pass", S.IN_STOCK), (E.ISSUED, None, S.ISSUED),
        (E.INSTALLED, None, S.INSTALLED), (E.ONSITE_TEST, None, S.INSTALLED), (E.REMOVED, None, S.REMOVED),
        (E.VERIFIED, "pass", S.IN_STOCK), (E.ISSUED, None, S.ISSUED), (E.RETURNED, None, S.IN_STOCK),
        (E.TO_SCRAP, None, S.TO_SCRAP), (E.SCRAPPED, None, S.SCRAPPED),
    ]:
        assert check_transition(status, event) is None, (status, event)
        status = target_status(status, event, result)
        assert status == expected


def test_failed_verification_leads_to_failed_then_scrap() -> None:
    assert target_status(S.RECEIVED, E.VERIFIED, "fail") == S.FAILED
    assert target_status(S.REMOVED, E.VERIFIED, "fail") == S.FAILED
    assert check_transition(S.FAILED, E.TO_SCRAP) is None


REFUSED = [
    (S.RECEIVED, E.INSTALLED), (S.IN_STOCK, E.INSTALLED), (S.FAILED, E.ISSUED), (S.INSTALLED, E.ISSUED),
    (S.INSTALLED, E.TO_SCRAP), (S.IN_STOCK, E.REMOVED), (S.SCRAPPED, E.VERIFIED), (S.IN_STOCK, E.SCRAPPED),
    (S.INSTALLED, E.RETURNED), (S.REMOVED, E.ONSITE_TEST), (S.TO_SCRAP, E.ISSUED), (S.ISSUED, E.VERIFIED),
]


@pytest.mark.parametrize(("status", "event"), REFUSED)
def test_each_refused_step_names_the_status_and_what_is_allowed(status: S, event: E) -> None:
    problem = check_transition(status, event)
    assert problem is not None
    assert problem.field == "status" and problem.value == status
    text = str(problem.message)
    assert text.startswith("Cannot ")
    allowed = [s for s in S if s in TRANSITIONS[event].sources]
    assert "allowed only when it is" in text and allowed


def test_refusal_text_reads_well() -> None:
    assert str(check_transition(S.INSTALLED, E.ISSUED).message) == (  # type: ignore[union-attr]
        "Cannot issue: the asset is installed; allowed only when it is verified, in stock")
    assert str(check_transition(S.IN_STOCK, E.RECEIVED).message) == (  # type: ignore[union-attr]
        "The asset has already been received")
    assert str(check_transition(None, E.ISSUED).message) == "The asset has not been received"  # type: ignore[union-attr]


def test_smart_meter_expires_eight_years_after_verification() -> None:
    assert SERVICE_LIFE_YEARS["smart_meter"] == 8
    assert expiry_date(FakeAsset()) == dt.date(2028, 3, 1)
    assert expiry_date(FakeAsset(), sampling_passed=True) == dt.date(2032, 3, 1)  # + 4 years after sampling
    leap = FakeAsset(model="DT862", phases=3, verified_on=dt.date(2020, 2, 29))
    assert expiry_date(leap) == dt.date(2026, 2, 28)  # no 29 February in 2026
    assert expiry_date(FakeAsset(), years={**SERVICE_LIFE_YEARS, "smart_meter": 6}) == dt.date(2026, 3, 1)


def test_induction_meters_and_transformers() -> None:
    assert expiry_date(FakeAsset(model="DD862", phases=1)) == dt.date(2030, 3, 1)  # JJG 307: 10 y
    assert expiry_date(FakeAsset(model="DT862", phases=3)) == dt.date(2026, 3, 1)  # 6 y
    assert expiry_date(FakeAsset(kind="ct", model="LMZ-0.66")) is None
    assert expiry_date(FakeAsset(verified_on=None)) is None


def test_can_install_a_good_issued_meter() -> None:
    assert can_install(FakeAsset(), dt.date(2024, 1, 1)) == []


def test_can_install_refuses_expired_failed_unverified_and_wrong_status() -> None:
    expired = can_install(FakeAsset(), dt.date(2028, 3, 1))
    assert [p.field for p in expired] == ["expires_on"]
    assert str(expired[0].message) == (
        "The asset's service period ended on 2028-03-01 (verified 2020-03-01); it cannot be installed")
    failed = can_install(FakeAsset(verification_result="fail", status=S.FAILED), dt.date(2024, 1, 1))
    assert {p.field for p in failed} == {"status", "verification_result"}
    assert "failed its verification" in str(next(p for p in failed if p.field == "verification_result").message)
    unverified = can_install(FakeAsset(verified_on=None, verification_result=None), dt.date(2024, 1, 1))
    assert [str(p.message) for p in unverified] == ["The asset has not been verified and cannot be installed"]
    in_stock = can_install(FakeAsset(status=S.IN_STOCK), dt.date(2024, 1, 1))
    assert [p.field for p in in_stock] == ["status"]
    assert can_install(FakeAsset(), dt.date(2030, 1, 1), expires_on=dt.date(2032, 3, 1)) == []
