"""Due dates of every kind, in bulk: loaded rows in, one `Candidates` (numpy arrays + row makers) per kind out."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from station.domain.codes import VOLTAGE_VOLTS, AssetKind, EventKind
from station.domain.metering import primary_volts
from station.due.items import (
    DueItem,
    DueKind,
    DueStatus,
    add_months,
    add_working_days,
    to_dates,
    to_days,
)
from station.due.load import HV_METHOD, CustomerDue, Device, LastTest
from station.rule_settings.defaults import DEVICE_CLASSES
from station.rule_settings.ruleset import RuleSet

METER = str(AssetKind.METER)  # a plain str compares faster than the enum over 200,000 rows
SMART = "smart_meter"  # the service-life key sampling can extend (station.domain.lifecycle)


@dataclass(frozen=True, slots=True)
class Candidates:
    """Due dates of one kind; `make(i, status)` builds the DueItem of row i only when a list shows it."""

    kind: DueKind
    due: np.ndarray  # datetime64[D]; NaT: never done, no start known
    period: np.ndarray  # int months until the next one after a completion; 0: not recurring
    urgent: np.ndarray  # bool
    make: Callable[[int, DueStatus], DueItem]
    until: np.ndarray | None = None  # datetime64[D]: after this day the item is moot (a batch past its life)
    targets: Sequence[str] | np.ndarray = ()  # target_no of each row (the list's last sort key)
    haystack: Callable[[int], str] = str  # what a search looks in: target_no, 户号, name, lower-case

    def live(self, first: np.datetime64) -> np.ndarray:
        """Which rows still matter on `first` (a sampling is pointless once its batch's life is over)."""
        if self.until is None:
            return np.ones(len(self.due), dtype=bool)
        return ~(self.until < first)

    def __len__(self) -> int:
        return len(self.due)


def _max_date(*dates: dt.date | None) -> dt.date | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def _device_item(
    kind: DueKind, d: Device, due: dt.date | None, status: DueStatus, rule: str, last: dt.date | None
) -> DueItem:
    return DueItem(
        kind, "asset", d.id, d.asset_no, d.account_no, d.customer_name, d.area_code, due, status, rule, last
    )


def _periodic(
    kind: DueKind,
    devices: Sequence[Device],
    starts: Sequence[dt.date | None],
    lasts: Sequence[LastTest | None],
    period: Sequence[int],
    first_months: Sequence[int],
    rule: Sequence[str],
    urgent_days: int | None = None,
    first_rule: str = "",
    urgent_rule: str = "",
    fail_months: int | None = None,
) -> Candidates:
    """Next due = last completion + period; never done since `start` → start + first_months.

    `rule` cites the periodic rule of each row; `first_rule` the first test after energising (when it
    differs), `urgent_rule` what follows a failed test: a replacement within `urgent_days` working days
    (urgent), or a re-test within `fail_months` months (due then, not urgent).
    """
    n = len(devices)
    base: list[dt.date | None] = [None] * n
    months = np.zeros(n, dtype="int64")
    urgent = np.zeros(n, dtype=bool)
    failed = np.zeros(n, dtype=bool)
    last_done: list[dt.date | None] = [None] * n
    for i in range(n):
        t, start = lasts[i], starts[i]
        if t is not None and (start is None or t.on >= start):
            base[i], months[i], last_done[i] = t.on, period[i], t.on
            if t.result == "fail":
                failed[i] = True
                if urgent_days is not None:
                    urgent[i] = True
                elif fail_months is not None:
                    months[i] = fail_months
        else:
            base[i], months[i] = start, first_months[i]
    due = add_months(to_days(base), months)
    if urgent_days is not None:
        for k in map(int, np.flatnonzero(urgent)):
            done = last_done[k]
            assert done is not None  # urgent only after a failed test, which has its date
            due[k] = np.datetime64(add_working_days(done, urgent_days), "D")
    dates = to_dates(due)

    def make(i: int, status: DueStatus) -> DueItem:
        text = rule[i]
        if failed[i] and urgent_rule:
            text = urgent_rule
        elif last_done[i] is None and first_rule:
            text = first_rule
        return _device_item(kind, devices[i], dates[i], status, text, last_done[i])

    return Candidates(
        kind, due, np.asarray(period, dtype="int64"), urgent, make,
        targets=[d.asset_no for d in devices], haystack=lambda i: _haystack(devices[i]),
    )  # fmt: skip


def _haystack(d: Device) -> str:
    return f"{d.asset_no}\n{d.account_no}\n{d.customer_name}".lower()


def _first_only(d: Device, rules: RuleSet) -> bool:
    """DL/T 448-2000 §7.3 e): a new class IV point metered on the high side gets its first on-site test within a
    month of energising too, though class IV has no periodic test."""
    return rules.dlt448_edition == "2000" and d.device_class == "IV" and d.metering_method == HV_METHOD


def onsite(devices: Sequence[Device], tests: dict, installs: dict, rules: RuleSet) -> Candidates:
    """Meters at points of a class with on-site tests: first within a month of energising, then per class."""
    classes = {c for c in DEVICE_CLASSES if rules.onsite_period_months(c)}
    chosen = []
    for d in devices:
        if d.kind != METER:
            continue
        if d.device_class in classes:
            chosen.append(d)
        elif _first_only(d, rules):
            t, start = tests.get((d.id, EventKind.ONSITE_TEST)), _max_date(d.energised_on, installs.get(d.id))
            if t is None or (start is not None and t.on < start):  # not tested since it was energised
                chosen.append(d)
    first = int(rules["onsite.first_within_months"])
    days = int(rules["onsite.replace_within_working_days"])
    source = rules.onsite_source()
    return _periodic(
        DueKind.ONSITE,
        chosen,
        [_max_date(d.energised_on, installs.get(d.id)) for d in chosen],
        [tests.get((d.id, EventKind.ONSITE_TEST)) for d in chosen],
        [rules.onsite_period_months(d.device_class) or 0 for d in chosen],
        [first] * len(chosen),
        [
            f"{source}（{d.device_class}类，每{rules.onsite_period_months(d.device_class)}个月）"
            if rules.onsite_period_months(d.device_class)
            else f"{rules.source('onsite.first_within_months')}（{d.device_class}类高压计量，仅首检）"
            for d in chosen
        ],
        urgent_days=days,
        first_rule=f"{rules.source('onsite.first_within_months')}（新投运{first}个月内首检）",
        urgent_rule=f"{rules.source('onsite.replace_within_working_days')}（误差超差，{days}个工作日内更换）",
    )


def ctpt(devices: Sequence[Device], tests: dict, installs: dict, rules: RuleSet) -> Candidates:
    """HV CTs and PTs (metered on the high side, and every PT): an on-site check every 10 years."""
    chosen = [
        d
        for d in devices
        if d.kind == AssetKind.PT or (d.kind == AssetKind.CT and d.metering_method == HV_METHOD)
    ]
    months = 12 * int(rules["ctpt.period_years"])
    return _periodic(
        DueKind.CTPT,
        chosen,
        [_max_date(d.energised_on, installs.get(d.id)) or d.verified_on for d in chosen],
        [tests.get((d.id, EventKind.CTPT_CHECK)) for d in chosen],
        [months] * len(chosen),
        [months] * len(chosen),
        [f"{rules.source('ctpt.period_years')}（每{months // 12}年）"] * len(chosen),
    )


def pt_voltage_level(d: Device) -> str:
    """The voltage level of a PT itself (its ratio's primary, else its nameplate), else the customer's."""
    volts = primary_volts(d.ratio) or primary_volts(d.rated_voltage)
    if volts is not None:
        for level, v in VOLTAGE_VOLTS.items():
            if Decimal(v) == volts:
                return level
    return d.voltage_level


def ptdrop(devices: Sequence[Device], tests: dict, installs: dict, rules: RuleSet) -> Candidates:
    """One PT secondary voltage-drop test per metering point whose PTs are of 35 kV and above (by the PT's own
    voltage: a 35 kV customer metered through 10 kV PTs has none), on its first PT; a failed test is followed
    by a re-test within a month."""
    by_point: dict[int, list[Device]] = defaultdict(list)
    for d in devices:
        if d.kind == AssetKind.PT and rules.needs_ptdrop(pt_voltage_level(d)):
            by_point[d.point_id].append(d)
    chosen, lasts, starts = [], [], []
    for pts in by_point.values():
        pts.sort(key=lambda d: d.id)
        done = [t for d in pts if (t := tests.get((d.id, EventKind.PT_DROP_TEST))) is not None]
        chosen.append(pts[0])
        lasts.append(max(done, key=lambda t: t.on) if done else None)
        starts.append(_max_date(pts[0].energised_on, *(installs.get(d.id) for d in pts)))
    months = int(rules["ptdrop.period_months"])
    retest = int(rules["ptdrop.retest_within_months"])
    return _periodic(
        DueKind.PTDROP,
        chosen,
        starts,
        lasts,
        [months] * len(chosen),
        [months] * len(chosen),
        [f"{rules.source('ptdrop.period_months')}（每{months}个月）"] * len(chosen),
        fail_months=retest,
        urgent_rule=f"{rules.source('ptdrop.retest_within_months')}（压降超差，{retest}个月内复测）",
    )


def inspection(customers: Sequence[CustomerDue], rules: RuleSet) -> Candidates:
    """Periodic inspection of each customer: the shortest interval that applies, from the last visit."""
    chosen = [
        (c, m) for c in customers if (m := rules.inspection_interval_months(c.voltage_level, c.capacity_kva))
    ]
    months = np.array([m for _, m in chosen], dtype="int64")
    base = to_days([c.last_visit or c.opened_on for c, _ in chosen])
    due = add_months(base, months)
    source = rules.source("inspection.interval_months")
    dates = to_dates(due)

    def make(i: int, status: DueStatus) -> DueItem:
        c, m = chosen[i]
        return DueItem(
            DueKind.INSPECTION,
            "customer",
            c.id,
            c.account_no,
            c.account_no,
            c.name,
            c.area_code,
            dates[i],
            status,
            f"{source}（每{m}个月）",
            c.last_visit,
        )

    return Candidates(
        DueKind.INSPECTION, due, months, np.zeros(len(chosen), dtype=bool), make,
        targets=[c.account_no for c, _ in chosen],
        haystack=lambda i: f"{chosen[i][0].account_no}\n{chosen[i][0].account_no}\n{chosen[i][0].name}".lower(),
    )  # fmt: skip
