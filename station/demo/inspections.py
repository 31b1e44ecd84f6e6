"""Demo history of periodic work: inspection visits and on-site tests spaced by their rule's interval.

Without it every periodic customer and HV metering device of a demo is "overdue since it was energised", and
the due list is hundreds of rows a real station never shows. With it most are done within their period, a
few percent are a month or two late, and a couple of on-site tests failed recently (replace within days).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.schema import AssetEvent, BatchSampling, InspectionVisit
from station.domain.codes import AssetKind, AssetStatus, EventKind

#: Share of customers and devices left a month or two past their due date: a station keeps up with most
#: periodic work, and a due list that shows a handful of late items is what a supervisor expects to see.
OVERDUE_SHARE = 0.04
#: Late by this many days (one to two months).
OVERDUE_DAYS = (25, 60)
#: Visits and tests drift around the calendar by up to this many days (weather, workload, the customer).
JITTER_DAYS = 12
#: History kept: older visits add rows and no information to the due list (it reads the last one).
HISTORY_YEARS = 4
#: Recent on-site tests that failed (error out of tolerance): the urgent items of the list.
RECENT_FAILURES = 2
#: Share of sampled batches that failed (the whole batch is then due for rotation).
SAMPLING_FAIL_SHARE = 0.1
#: Share of inspection visits that found something (the rest pass).
FINDINGS_SHARE = 0.06
DAYS_PER_MONTH = 30.44
CHUNK = 2000


def _schedule(
    rng: np.random.Generator, starts: Sequence[dt.date | None], periods: Sequence[int], as_of: dt.date
) -> list[tuple[int, list[dt.date]]]:
    """For item i (in service since starts[i], done every periods[i] months): its completion dates, oldest first.

    The last one is recent for most items and a period plus one or two months ago for `OVERDUE_SHARE`
    of them; the earlier ones step back one period each, with jitter. An item in service for less than one
    period gets none (its first test or visit is pending, as on a real station).
    """
    n = len(periods)
    late = rng.random(n) < OVERDUE_SHARE
    within = rng.uniform(0.05, 0.9, n)
    overdue = rng.uniform(*OVERDUE_DAYS, n)
    jitter = rng.integers(-JITTER_DAYS, JITTER_DAYS + 1, (n, 64))
    floor = as_of - dt.timedelta(days=round(365.25 * HISTORY_YEARS))
    out: list[tuple[int, list[dt.date]]] = []
    for i, months in enumerate(periods):
        if months <= 0:
            continue
        period = months * DAYS_PER_MONTH
        start = starts[i] or floor
        age = period + overdue[i] if late[i] else within[i] * period
        last = as_of - dt.timedelta(days=round(age))
        if last < start:
            continue
        dates = [last]
        k = 0
        while True:
            prev = dates[-1] - dt.timedelta(days=round(period) + int(jitter[i, k % 64]))
            k += 1
            if prev < max(start, floor):
                break
            dates.append(prev)
        out.append((i, dates[::-1]))
    return out


def _insert(session: Session, table: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table.__table__), rows[start : start + CHUNK])


def generate_history(session: Session, *, seed: int, as_of: dt.date, inspectors: Sequence[str],
                     metering_staff: Sequence[str]) -> dict[str, int]:
    """Write the visits and on-site tests of the demo in the session (bulk inserts); returns the counts.

    Which customers and devices are periodic, and how often, comes from the station's rules (the same
    functions the due list uses), so the history matches whatever edition the rules are set to.
    """
    from station.due import load
    from station.rule_settings.store import load_rules

    rng = np.random.default_rng([seed, 448])  # its own stream: the demo's other draws stay as they were
    rules = load_rules(session)

    customers = load.customers_due(session, rules)
    periods = [rules.inspection_interval_months(c.voltage_level, c.capacity_kva) or 0 for c in customers]
    visits = _visits(rng, customers, periods, as_of, inspectors)
    devices = load.installed_devices(session)
    installs = load.install_dates(session, rules)

    def start(d: load.Device) -> dt.date | None:
        dates = [x for x in (d.energised_on, installs.get(d.id)) if x is not None]
        return max(dates) if dates else d.verified_on

    kinds = _test_kinds(devices, rules)
    events, last_onsite = _device_tests(rng, kinds, rules, start, as_of, metering_staff)
    _fail_recent(rng, events, last_onsite, as_of)
    samplings = _samplings(rng, devices, rules, as_of, metering_staff)
    _insert(session, InspectionVisit, visits)
    _insert(session, AssetEvent, events)
    _insert(session, BatchSampling, samplings)
    return {"inspection_visits": len(visits), "device_tests": len(events), "batch_samplings": len(samplings)}


def _visits(
    rng: np.random.Generator, customers: Sequence[Any], periods: list[int], as_of: dt.date, inspectors: Sequence[str]
) -> list[dict[str, Any]]:
    """The periodic inspection visits of each customer due them, a share with findings."""
    visits: list[dict[str, Any]] = []
    for i, dates in _schedule(rng, [c.opened_on for c in customers], periods, as_of):
        for d in dates:
            found = rng.random() < FINDINGS_SHARE
            visits.append({
                "customer_id": customers[i].id, "visited_on": d, "operator": inspectors[len(visits) % len(inspectors)],
                "result": "findings" if found else "pass",
                "note": "隐患已告知，限期整改" if found else "", "work_order_id": None,
            })
    return visits


def _test_kinds(devices: Sequence[Any], rules: Any) -> list[tuple[str, list[Any], int]]:
    """(test kind, the devices it applies to, its period in months or 0 for the meter's own) of each test."""
    from station.due.compute import HV_METHOD

    kinds: list[tuple[str, list[Any], int]] = []
    meters = [d for d in devices if d.kind == AssetKind.METER and rules.onsite_period_months(d.device_class)]
    kinds.append((EventKind.ONSITE_TEST, meters, 0))
    hv = [d for d in devices if d.kind == AssetKind.PT or (d.kind == AssetKind.CT and d.metering_method == HV_METHOD)]
    kinds.append((EventKind.CTPT_CHECK, hv, 12 * int(rules["ctpt.period_years"])))
    first_pt: dict[int, Any] = {}
    for d in sorted(devices, key=lambda d: d.id):
        if d.kind == AssetKind.PT and rules.needs_ptdrop(d.voltage_level):
            first_pt.setdefault(d.point_id, d)
    kinds.append((EventKind.PT_DROP_TEST, list(first_pt.values()), int(rules["ptdrop.period_months"])))
    return kinds


def _device_tests(
    rng: np.random.Generator, kinds: list[tuple[str, list[Any], int]], rules: Any, start: Callable[[Any], Any],
    as_of: dt.date, metering_staff: Sequence[str],
) -> tuple[list[dict[str, Any]], list[int]]:  # fmt: skip
    """The on-site tests, CT/PT checks and PT-drop tests, and the index of each meter's last on-site test."""
    events: list[dict[str, Any]] = []
    last_onsite: list[int] = []  # indexes into events of each meter's last test, for the failures
    for kind, chosen, months in kinds:
        periods = [rules.onsite_period_months(d.device_class) or 0 for d in chosen] if not months \
            else [months] * len(chosen)
        for i, dates in _schedule(rng, [start(d) for d in chosen], periods, as_of):
            d = chosen[i]
            for on in dates:
                events.append({
                    "asset_id": d.id, "kind": kind, "happened_on": on,
                    "operator": metering_staff[len(events) % len(metering_staff)],
                    "metering_point_id": d.point_id, "reading": None, "result": "pass", "certificate_no": None,
                    # Within tolerance: a few tenths of a percent either way, as a class 0.5S meter tests.
                    "error_pct": Decimal(f"{rng.normal(0, 0.12):.3f}") if kind == EventKind.ONSITE_TEST else None,
                    "reason": "", "work_order_id": None, "status_before": AssetStatus.INSTALLED,
                    "status_after": AssetStatus.INSTALLED, "created_at": dt.datetime.combine(on, dt.time(10, d.id % 60)),
                })
            if kind == EventKind.ONSITE_TEST:
                last_onsite.append(len(events) - 1)
    return events, last_onsite


def _fail_recent(rng: np.random.Generator, events: list[dict[str, Any]], last_onsite: list[int], as_of: dt.date) -> None:
    # The failures: a couple of meters tested in the last days and found out of tolerance (replace within 3
    # working days: urgent on the list).
    picks: Any = rng.choice(len(last_onsite), size=min(RECENT_FAILURES, len(last_onsite)), replace=False) \
        if last_onsite else []
    for p in picks:
        ev = events[last_onsite[int(p)]]
        on = as_of - dt.timedelta(days=int(rng.integers(1, 3)))
        ev["happened_on"], ev["created_at"] = on, dt.datetime.combine(on, dt.time(15, 0))
        ev["result"], ev["error_pct"] = "fail", Decimal(f"{rng.choice([-1, 1]) * rng.uniform(1.2, 3.5):.3f}")
        ev["reason"] = "现场检验误差超差"


def _samplings(rng: np.random.Generator, devices: Sequence[Any], rules: Any, as_of: dt.date,
               staff: Sequence[str]) -> list[dict[str, Any]]:
    """A sampling result for each smart-meter batch whose sampling date has passed: taken around that date,
    most passing (the batch gets its extension), a few failing, and `OVERDUE_SHARE` not yet sampled."""
    from station.due.items import add_months, to_dates, to_days
    from station.due.rotation import SMART, _life_keys, batch_of

    meters = [d for d in devices if d.kind == AssetKind.METER and d.verified_on is not None]
    first: dict[tuple[str, str, int], dt.date] = {}
    for d, key in zip(meters, _life_keys(meters), strict=True):
        batch = batch_of(d)
        if key == SMART and batch is not None:
            first[batch] = min(first.get(batch, d.verified_on), d.verified_on)
    batches = sorted(first)
    life = 12 * rules.service_life_years(SMART)  # as the due list's sampling rule reckons it
    lead = int(rules["rotation.sampling_lead_months"])
    due = to_dates(add_months(to_days([first[b] for b in batches]), life - lead))
    rows = []
    for i, (batch, due_on) in enumerate(zip(batches, due, strict=True)):
        assert due_on is not None  # every batch has a first install date
        on = due_on + dt.timedelta(days=int(rng.integers(0, JITTER_DAYS + 1)))
        if on >= as_of or rng.random() < OVERDUE_SHARE:
            continue
        failed = rng.random() < SAMPLING_FAIL_SHARE
        model, maker, year = batch
        rows.append({"model": model, "maker": maker, "verification_year": year, "sampled_on": on,
                     "result": "fail" if failed else "pass", "operator": staff[i % len(staff)],
                     "note": "抽检不合格，整批轮换" if failed else "抽检合格，延长使用"})
    return rows
