"""The due list (轮换检定计划) of a month, the exceptions list and the year's workload per month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np
from sqlalchemy.orm import Session

from station.collector import collector_paused
from station.domain.codes import AssetKind
from station.domain.metering import MIN_ACCURACY, meets_minimum, minimum_accuracy
from station.due import compute, load, rotation
from station.due.columns import meter_columns, meter_columns_of
from station.due.compute import Candidates
from station.due.duelist import DueList
from station.due.items import (
    STATUS_ORDER,
    DueItem,
    DueKind,
    DueStatus,
    ExceptionItem,
    MonthWindow,
    add_months,
    to_days,
)
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.rule_settings.ruleset import RuleSet
from station.rule_settings.store import load_rules

_STATUSES = tuple(DueStatus)


def candidates(
    session: Session,
    kinds: Iterable[str] | None = None,
    area_id: int | None = None,
    device_class: str | None = None,
    rules: RuleSet | None = None,
) -> list[Candidates]:
    """Due dates of the asked kinds, from a handful of bulk queries (no query per device or customer)."""
    rules = rules or load_rules(session)
    wanted = {DueKind(k) for k in kinds} if kinds else set(DueKind)
    out: list[Candidates] = []
    device_kinds = wanted - {DueKind.INSPECTION}
    if device_kinds:
        if device_kinds & {DueKind.ONSITE, DueKind.CTPT, DueKind.PTDROP}:
            devices = load.tested_devices(session, rules, area_id, device_class)
            ids = [d.id for d in devices]
            tests, installs = load.last_tests_of(session, ids), load.install_dates_of(session, ids)
            if DueKind.ONSITE in wanted:
                out.append(compute.onsite(devices, tests, installs, rules))
            if DueKind.PTDROP in wanted:
                out.append(compute.ptdrop(devices, tests, installs, rules))
            if DueKind.CTPT in wanted:
                out.append(compute.ctpt(devices, tests, installs, rules))
        if device_kinds & {DueKind.ROTATION, DueKind.SAMPLING}:
            cols = meter_columns(session, area_id, device_class)
            samplings = load.last_samplings(session)
            if DueKind.ROTATION in wanted:
                lv_cts = load.lv_ct_points(session, area_id, device_class)
                out.append(rotation.rotation(cols, samplings, rules, lv_cts))
            if DueKind.SAMPLING in wanted:
                out.append(rotation.sampling(cols, samplings, rules))
    # Inspection is per customer and has no device class; a class filter leaves it out.
    if DueKind.INSPECTION in wanted and device_class is None:
        out.append(compute.inspection(load.customers_due(session, rules, area_id), rules))
    return out


def due_items(
    session: Session,
    month: dt.date | str,
    kinds: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    area_id: int | None = None,
    device_class: str | None = None,
) -> DueList:
    """Everything due around `month` ("YYYY-MM" or a date in it), urgent and overdue first, then by date.

    Status: urgent (failed its last on-site test), overdue (due before the month), due (within it),
    upcoming (within the next 3 months), ok (later). Only the statuses asked for are listed; a row's DueItem is
    built when it is read (station.due.duelist).
    """
    window = MonthWindow.of(month)
    wanted = np.array([STATUS_ORDER[DueStatus(s)] for s in statuses] if statuses else range(len(_STATUSES)))
    parts = []
    with collector_paused():
        for c in candidates(session, kinds, area_id, device_class):
            codes = window.statuses(c.due, c.urgent)
            keep = np.flatnonzero(np.isin(codes, wanted) & c.live(window.first))
            parts.append((c, keep, codes[keep]))
        return DueList(parts)


def ordered(items: list[DueItem]) -> list[DueItem]:
    """The list's order: status (urgent first), due date (none first), kind, target number.

    The same order as sorting by (STATUS_ORDER[status], due_on or date.min, kind, target_no), from numpy's
    stable lexsort over the four columns: a county's 200,000 items sorted by a Python key took a quarter of
    the list's time (ordered_plainly is that sort, kept for the test that the two agree).
    """
    if len(items) < 2:
        return list(items)
    status = np.fromiter((STATUS_ORDER[it.status] for it in items), dtype=np.int8, count=len(items))
    due = to_days([it.due_on for it in items]).astype(np.int64)  # NaT is int64's minimum: before any day
    kind = np.array([str(it.kind) for it in items])
    target = np.array([it.target_no for it in items])
    order = np.lexsort((target, kind, due, status))
    return [items[i] for i in order.tolist()]


def ordered_plainly(items: list[DueItem]) -> list[DueItem]:
    return sorted(items, key=lambda it: (STATUS_ORDER[it.status], it.due_on or dt.date.min, it.kind, it.target_no))


def count_by_status(items: Iterable[DueItem]) -> dict[DueStatus, int]:
    """How many items per status, every status present (the page's counters); a DueList counts its column."""
    if isinstance(items, DueList):
        return items.count_by_status()
    counts = dict.fromkeys(DueStatus, 0)
    for it in items:
        counts[it.status] += 1
    return counts


def workload_by_month(session: Session, year: int, area_id: int | None = None) -> dict[int, dict[str, int]]:
    """Jobs per month (1–12) and kind in `year`, periodic work repeated at its period.

    Overdue and never-done work is counted in January (when it must be caught up), and periodic work
    repeats from there at its period, so a station head sees how the year's load falls month by month.
    """
    start = np.datetime64(dt.date(year, 1, 1), "D")
    end = np.datetime64(dt.date(year + 1, 1, 1), "D")
    table = {m: dict.fromkeys((str(k) for k in DueKind), 0) for m in range(1, 13)}
    with collector_paused():
        found = candidates(session, None, area_id)
    for c in found:
        keep = c.live(start)
        if not keep.any():
            continue
        due = np.where(np.isnat(c.due) | (c.due < start), start, c.due)[keep]
        step = np.where(c.period > 0, c.period, 0)[keep]
        for k in range(13):  # a monthly period repeats at most 12 times in a year
            at = due if k == 0 else add_months(due, step * k)
            inside = (at < end) & ((k == 0) | (step > 0))
            if not inside.any():
                break
            # one job per item: a batch sampling is one job however many meters the batch holds
            counts = np.bincount(at[inside].astype("datetime64[M]").astype(int) % 12 + 1, minlength=13)
            for m in range(1, 13):
                table[m][str(c.kind)] += int(counts[m])
    return table


def exceptions(
    session: Session, on: dt.date | None = None, area_id: int | None = None
) -> list[ExceptionItem]:
    """Installed devices below their class's minimum accuracy (DL/T 448-2016 Table 1), unverified, or past life."""
    on = on or dt.date.today()
    rules = load_rules(session)
    with collector_paused():
        devices = load.installed_devices(session, area_id)
        lv_cts = [d.point_id for d in devices if d.kind == AssetKind.CT and d.metering_method != load.HV_METHOD]
        rot = rotation.rotation(meter_columns_of(devices), load.last_samplings(session), rules, lv_cts)
    out: list[ExceptionItem] = []
    for d in devices:
        edition = rules.dlt448_edition
        if d.device_class in MIN_ACCURACY and not meets_minimum(d.kind, d.accuracy_class, d.device_class, edition):
            need = minimum_accuracy(d.kind, d.device_class, edition)
            out.append(
                _exception(
                    "below_minimum",
                    d,
                    msg(
                        QT_TRANSLATE_NOOP(
                            "station",
                            "Accuracy {have} is below the minimum {need} of a class {cls} point (DL/T 448-{edition})",
                        ),
                        have=d.accuracy_class or "?",
                        need=need,
                        cls=d.device_class,
                        edition=edition,
                    ),
                )
            )
        elif d.verified_on is None:
            out.append(
                _exception(
                    "unverified",
                    d,
                    msg(
                        QT_TRANSLATE_NOOP("station", "No verification date on record for an installed device")
                    ),
                )
            )
    today = np.datetime64(on, "D")
    by_id = {d.id: d for d in devices}
    for i in np.flatnonzero(rot.due <= today):
        item = rot.make(int(i), DueStatus.OVERDUE)
        d = by_id[item.target_id]  # type: ignore[index]
        out.append(
            _exception(
                "past_life",
                d,
                msg(
                    QT_TRANSLATE_NOOP("station", "Service life ended on {end} (verified {verified}): {rule}"),
                    end=item.due_on,
                    verified=d.verified_on,
                    rule=item.rule,
                ),
            )
        )
    out.sort(key=lambda e: (e.reason, e.area_code, e.asset_no))
    return out


def _exception(reason: str, d: load.Device, detail) -> ExceptionItem:  # type: ignore[no-untyped-def]
    return ExceptionItem(
        reason,
        d.id,
        d.asset_no,
        d.kind,
        d.accuracy_class,
        d.device_class,
        d.account_no,
        d.customer_name,
        d.area_code,
        detail,
    )
