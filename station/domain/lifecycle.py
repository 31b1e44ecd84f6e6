"""The asset lifecycle of DOMAIN.md as data: allowed transitions with their guards, service life, expiry."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

from station.domain.codes import AssetKind, AssetStatus, EventKind
from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

S = AssetStatus


@dataclass(frozen=True, slots=True)
class Transition:
    """Which statuses an event may start from and where it leads (None: stays; VERIFIED: by result)."""

    sources: frozenset[AssetStatus]
    target: AssetStatus | None


# 新购待检 received → 检定 → 合格在库 in_stock | 不合格 failed → 领出待装 issued → 运行 installed →
# 拆回待检 removed → 合格在库 (reuse after re-verification) | 待报废 to_scrap → 已报废 scrapped.
TRANSITIONS: dict[EventKind, Transition] = {
    EventKind.RECEIVED: Transition(frozenset(), S.RECEIVED),  # only a new asset: no status before
    # Stock is re-verified before reuse and after long storage; a failed asset may be re-tested once repaired.
    EventKind.VERIFIED: Transition(frozenset({S.RECEIVED, S.REMOVED, S.IN_STOCK, S.FAILED}), None),
    EventKind.ISSUED: Transition(frozenset({S.IN_STOCK}), S.ISSUED),
    EventKind.RETURNED: Transition(frozenset({S.ISSUED}), S.IN_STOCK),
    EventKind.INSTALLED: Transition(frozenset({S.ISSUED}), S.INSTALLED),
    EventKind.REMOVED: Transition(frozenset({S.INSTALLED}), S.REMOVED),
    EventKind.TO_SCRAP: Transition(frozenset({S.FAILED, S.REMOVED, S.IN_STOCK, S.RECEIVED}), S.TO_SCRAP),
    EventKind.SCRAPPED: Transition(frozenset({S.TO_SCRAP}), S.SCRAPPED),
    # Tests of a device in service leave its status alone.
    EventKind.ONSITE_TEST: Transition(frozenset({S.INSTALLED}), None),
    EventKind.PT_DROP_TEST: Transition(frozenset({S.INSTALLED}), None),
    EventKind.CTPT_CHECK: Transition(frozenset({S.INSTALLED}), None),
}

#: Human names of the statuses for messages (the GUI translates the whole message).
STATUS_NAMES: dict[AssetStatus, str] = {
    S.RECEIVED: QT_TRANSLATE_NOOP("station", "received, awaiting verification"),
    S.IN_STOCK: QT_TRANSLATE_NOOP("station", "verified, in stock"),
    S.FAILED: QT_TRANSLATE_NOOP("station", "failed verification"),
    S.ISSUED: QT_TRANSLATE_NOOP("station", "issued for installation"),
    S.INSTALLED: QT_TRANSLATE_NOOP("station", "installed"),
    S.REMOVED: QT_TRANSLATE_NOOP("station", "removed, awaiting verification"),
    S.TO_SCRAP: QT_TRANSLATE_NOOP("station", "awaiting scrapping"),
    S.SCRAPPED: QT_TRANSLATE_NOOP("station", "scrapped"),
}


def target_status(status: str | None, event_kind: str, result: str | None = None) -> str | None:
    """The status after `event_kind` (call check_transition first); verification leads by its result."""
    kind = EventKind(event_kind)
    if kind is EventKind.VERIFIED:
        return S.IN_STOCK if result == "pass" else S.FAILED
    return TRANSITIONS[kind].target or status


#: What each event does, for messages ("Cannot install: …").
EVENT_NAMES: dict[EventKind, str] = {
    EventKind.RECEIVED: QT_TRANSLATE_NOOP("station", "receive"),
    EventKind.VERIFIED: QT_TRANSLATE_NOOP("station", "record a verification"),
    EventKind.ISSUED: QT_TRANSLATE_NOOP("station", "issue"),
    EventKind.RETURNED: QT_TRANSLATE_NOOP("station", "return to stock"),
    EventKind.INSTALLED: QT_TRANSLATE_NOOP("station", "install"),
    EventKind.REMOVED: QT_TRANSLATE_NOOP("station", "remove"),
    EventKind.TO_SCRAP: QT_TRANSLATE_NOOP("station", "mark for scrapping"),
    EventKind.SCRAPPED: QT_TRANSLATE_NOOP("station", "scrap"),
    EventKind.ONSITE_TEST: QT_TRANSLATE_NOOP("station", "record an on-site test"),
    EventKind.PT_DROP_TEST: QT_TRANSLATE_NOOP("station", "record a PT voltage-drop test"),
    EventKind.CTPT_CHECK: QT_TRANSLATE_NOOP("station", "record a CT/PT on-site check"),
}


def status_name(status: str | None) -> Message | str:
    """The status as a translatable message ("installed"); unknown codes as they are."""
    return msg(STATUS_NAMES[S(status)]) if status in tuple(S) else str(status)


def check_transition(status: str | None, event_kind: str) -> Problem | None:
    """None when an asset in `status` may undergo `event_kind`; else the reason, naming the allowed statuses."""
    kind = EventKind(event_kind)
    rule = TRANSITIONS[kind]
    if (status is None and not rule.sources) or (status is not None and status in rule.sources):
        return None
    if not rule.sources:
        return Problem("status", msg(QT_TRANSLATE_NOOP("station", "The asset has already been received")), status)
    if status is None:
        return Problem("status", msg(QT_TRANSLATE_NOOP("station", "The asset has not been received")), status)
    names = [status_name(s) for s in S if s in rule.sources]
    # The allowed statuses joined as one message of messages, so each is shown in the reader's language.
    allowed = msg(" / ".join(f"{{s{i}}}" for i in range(len(names))), **{f"s{i}": n for i, n in enumerate(names)})
    return Problem("status", msg(QT_TRANSLATE_NOOP(
        "station", "Cannot {action}: the asset is {status}; allowed only when it is {allowed}"),
        action=msg(EVENT_NAMES[kind]), status=status_name(status), allowed=allowed), status)


# --- Service life -------------------------------------------------------------------------------

#: Electronic/smart meters: rotation due 8 years after verification (JJG 596 practice, provincial
#: state-based rotation); a batch that passes sampling 12 months before the end gets 4 more years.
SMART_METER_YEARS = 8
SAMPLING_EXTENSION_YEARS = 4
#: Electromechanical (induction) meters: three-phase 6 years, single-phase 10 years (JJG 307).
INDUCTION_THREE_PHASE_YEARS = 6
INDUCTION_SINGLE_PHASE_YEARS = 10

SERVICE_LIFE_YEARS: dict[str, int] = {
    "smart_meter": SMART_METER_YEARS,
    "induction_meter_3": INDUCTION_THREE_PHASE_YEARS,
    "induction_meter_1": INDUCTION_SINGLE_PHASE_YEARS,
}

# Induction meters carry model codes like DD862, DT862, DS862 (letters then digits); electronic and
# smart meters add S/Z/Y letters (DDS, DTSD, DDZY, DTZY). Anything else counts as electronic.
_INDUCTION_MODEL = re.compile(r"^D[DST]\d", re.IGNORECASE)


class HasServiceLife(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def model(self) -> str: ...
    @property
    def phases(self) -> int: ...
    @property
    def verified_on(self) -> dt.date | None: ...


def service_life_key(kind: str, model: str, phases: int) -> str | None:
    """Which SERVICE_LIFE_YEARS entry applies; None for CTs and PTs (no fixed rotation period)."""
    if kind != AssetKind.METER:
        return None
    if _INDUCTION_MODEL.match(model or ""):
        return "induction_meter_3" if phases == 3 else "induction_meter_1"
    return "smart_meter"


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def expiry_date(
    asset: HasServiceLife, *, sampling_passed: bool = False, years: dict[str, int] | None = None
) -> dt.date | None:
    """The day a meter's service period ends (rotation due), counted from its verification date.

    None for CTs/PTs and for meters never verified (those are refused as unverified, not as expired).
    `years` overrides SERVICE_LIFE_YEARS with the station's settings.
    """
    key = service_life_key(asset.kind, asset.model, asset.phases)
    if key is None or asset.verified_on is None:
        return None
    life = (years or SERVICE_LIFE_YEARS)[key]
    if sampling_passed and key == "smart_meter":
        life += SAMPLING_EXTENSION_YEARS
    return _add_years(asset.verified_on, life)


class Installable(HasServiceLife, Protocol):
    @property
    def status(self) -> str: ...
    @property
    def verification_result(self) -> str | None: ...


def can_install(asset: Installable, on: dt.date, *, expires_on: dt.date | None = None) -> list[Problem]:
    """Every reason `asset` may not be installed on `on`: wrong status, unverified, failed, expired.

    `expires_on` overrides expiry_date(asset) (a batch extended by sampling).
    """
    problems: list[Problem] = []
    wrong = check_transition(asset.status, EventKind.INSTALLED)
    if wrong is not None:
        problems.append(wrong)
    if asset.verification_result == "fail":
        problems.append(Problem("verification_result", msg(QT_TRANSLATE_NOOP(
            "station", "The asset failed its verification and cannot be installed")), asset.verification_result))
    elif asset.verified_on is None or asset.verification_result != "pass":
        problems.append(Problem("verified_on", msg(QT_TRANSLATE_NOOP(
            "station", "The asset has not been verified and cannot be installed")), asset.verified_on))
    end = expires_on if expires_on is not None else expiry_date(asset)
    if end is not None and on >= end:
        problems.append(Problem("expires_on", msg(QT_TRANSLATE_NOOP(
            "station", "The asset's service period ended on {end} (verified {verified}); it cannot be installed"),
            end=end, verified=asset.verified_on), end))
    return problems


# --- Installing onto a metering point: one decision for the ledger and the bulk import ------------------


@dataclass(frozen=True, slots=True)
class Occupant:
    """An asset of the same kind already installed on the point."""

    asset_no: str
    ratio: str | None


def install_problems(kind: str, ratio: str | None, occupants: list[Occupant], *, customer_closed: bool,
                     account: str | None = None) -> list[Problem]:
    """May an asset of `kind` with `ratio` go onto a point that carries `occupants` (same kind, installed)?

    Refused on a closed account, on a point that already carries PER_POINT of that kind (one meter, a CT/PT per
    phase), and when the phases' ratios would differ (the point's multiplier would be undefined). The ledger
    (station.assets.install_asset) and the import (station.imports.installs) both decide here; `account` names
    the customer in the import's wording ("the main point of 户号 …"). Fields: metering_point_id, ratio.
    """
    from station.domain.metering import PER_POINT

    problems: list[Problem] = []
    if customer_closed:
        problems.append(Problem("metering_point_id", msg(QT_TRANSLATE_NOOP(
            "station", "The customer's account is closed")) if account is None else msg(QT_TRANSLATE_NOOP(
                "station", "户号 {account} is closed (销户): nothing is installed on a closed account"),
                account=account), account, code="customer_closed"))
    taken = "、".join(sorted(o.asset_no for o in occupants))
    if len(occupants) >= PER_POINT.get(kind, 1):
        problems.append(Problem("metering_point_id", msg(QT_TRANSLATE_NOOP(
            "station", "{asset_no} ({kind}) is already installed on this metering point; remove it first"),
            asset_no=taken, kind=kind) if account is None else msg(QT_TRANSLATE_NOOP(
                "station", "{asset_no} ({kind}) is already installed on the main point of 户号 {account}; "
                           "remove it first"), asset_no=taken, kind=kind, account=account),
            taken, code="point_occupied"))
    else:
        problems += ratio_problems(kind, ratio, occupants)
    return problems


def ratio_problems(kind: str, ratio: str | None, others: list[Occupant]) -> list[Problem]:
    """May a CT or PT of `ratio` sit on a point beside `others` (the same kind installed there)? The phases of
    a point share one ratio, or its multiplier would be undefined. Installing (install_problems) and editing a
    nameplate (station.domain.nameplate) both decide here. Field ratio, code ratio_mismatch."""
    if not others or all(o.ratio == ratio for o in others):
        return []
    return [Problem("ratio", msg(QT_TRANSLATE_NOOP(
        "station", "Its ratio {ratio} differs from the {kind} already on this point ({other})"),
        ratio=ratio, kind=kind, other=sorted(others, key=lambda o: o.asset_no)[0].ratio), ratio,
        code="ratio_mismatch")]


# --- Batch scrapping --------------------------------------------------------------------------------------


def scrap_path(status: str | None) -> tuple[EventKind, ...]:
    """The steps that scrap an asset in `status` at once (the asset ledger's batch 报废): straight to 已报废
    from 待报废, through 待报废 from where it may be set aside; () when it may not be scrapped at all."""
    if check_transition(status, EventKind.SCRAPPED) is None:
        return (EventKind.SCRAPPED,)
    if check_transition(status, EventKind.TO_SCRAP) is None:
        return (EventKind.TO_SCRAP, EventKind.SCRAPPED)
    return ()


#: The steps the ledger offers on many selected assets, and which first step each status allows.
BATCH_STEPS: tuple[EventKind, ...] = (EventKind.VERIFIED, EventKind.ISSUED, EventKind.SCRAPPED)


def batch_step_allowed(kind: str, status: str | None) -> bool:
    """May the batch step `kind` start from `status` (the ledger enables its batch actions on this)?"""
    if EventKind(kind) is EventKind.SCRAPPED:
        return bool(scrap_path(status))
    return check_transition(status, kind) is None
