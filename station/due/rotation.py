"""Rotation (轮换) and batch sampling (抽检) due dates of every installed meter, vectorised over the whole stock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from station.domain.codes import AssetKind
from station.domain.lifecycle import service_life_key
from station.due.compute import METER, SMART, Candidates
from station.due.items import DueItem, DueKind, DueStatus, add_months, to_dates, to_days
from station.due.load import HV_METHOD, Device, LastTest
from station.rule_settings.ruleset import RuleSet

Batch = tuple[str, str, int]  # model, maker, verification year
#: What a rotation of a meter behind low-voltage CTs also does (DL/T 448-2016: 低压电流互感器宜在电能表轮换时检查).
CT_CHECK_TEXT = "DL/T 448-2016：经低压电流互感器接入的，轮换电能表时同时检查电流互感器（变比、二次回路及接线）"
#: How a citation names each service-life class of station.domain.lifecycle.
LIFE_NAMES = {
    "smart_meter": "智能电能表",
    "induction_meter_3": "三相机电式",
    "induction_meter_1": "单相机电式",
}


def batch_of(d: Device) -> Batch | None:
    return None if d.verified_on is None else (d.model, d.maker, d.verified_on.year)


def _life_keys(meters: Sequence[Device]) -> list[str | None]:
    cache: dict[tuple[str, int], str | None] = {}  # a county has a few dozen models: classify each once
    out = []
    for d in meters:
        k = (d.model, d.phases)
        if k not in cache:
            cache[k] = service_life_key(AssetKind.METER, d.model, d.phases)
        out.append(cache[k])
    return out


def rotation(devices: Sequence[Device], samplings: dict[Batch, LastTest], rules: RuleSet) -> Candidates:
    """End of service life from the verification date; +extension for a batch that passed sampling;
    a batch that failed sampling is due for rotation from the sampling date."""
    meters = [d for d in devices if d.kind == METER and d.verified_on is not None]
    chosen = [(d, k) for d, k in zip(meters, _life_keys(meters), strict=True) if k is not None]
    life = {k: rules.service_life_years(k) for k in {k for _, k in chosen}}
    years = np.fromiter((life[k] for _, k in chosen), dtype="int64", count=len(chosen))
    ext = int(rules["rotation.sampling_extension_years"])
    failed_on: list[dt.date | None] = [None] * len(chosen)
    notes: dict[int, LastTest] = {}
    if samplings:  # most stations have sampled few batches: skip the per-meter lookup when none
        for i, (d, key) in enumerate(chosen):
            s = samplings.get((d.model, d.maker, d.verified_on.year)) if key == SMART else None  # type: ignore[union-attr]
            if s is not None:
                notes[i] = s
                if s.result == "pass":
                    years[i] += ext
                else:
                    failed_on[i] = s.on
    verified = to_days([d.verified_on for d, _ in chosen])
    due = add_months(verified, years * 12)
    failed = to_days(failed_on)
    has_failed = ~np.isnat(failed)
    due[has_failed] = np.minimum(due[has_failed], failed[has_failed])
    source = rules.source("rotation.service_life_years")
    dates = to_dates(due)
    # A meter connected through low-voltage CTs: the CTs are checked at each rotation (DL/T 448).
    lv_ct_points = {d.point_id for d in devices if d.kind == AssetKind.CT and d.metering_method != HV_METHOD}

    texts: dict[tuple[str, int, LastTest | None, bool], str] = {}  # a county has a handful of distinct citations

    def citation(key: str, life: int, s: LastTest | None, ct: bool) -> str:
        text = f"{source}（{LIFE_NAMES.get(key, key)}，检定后{life}年）"
        if s is not None and s.result == "pass":
            text += f"；批次抽检合格（{s.on.isoformat()}），延长{ext}年"
        elif s is not None:
            text += f"；批次抽检不合格（{s.on.isoformat()}），整批轮换"
        if ct:
            text += f"；{CT_CHECK_TEXT}"
        return text

    life_years = years.tolist()  # plain ints for make: a numpy item per row costs more than the row

    def make(i: int, status: DueStatus) -> DueItem:
        d, key = chosen[i]
        k = (key, life_years[i], notes.get(i), d.point_id in lv_ct_points)
        rule = texts.get(k) or texts.setdefault(k, citation(*k))
        return DueItem(
            DueKind.ROTATION,
            "asset",
            d.id,
            d.asset_no,
            d.account_no,
            d.customer_name,
            d.area_code,
            dates[i],
            status,
            rule,
            d.verified_on,
        )

    return Candidates(
        DueKind.ROTATION, due, np.zeros(len(chosen), dtype="int64"), np.zeros(len(chosen), dtype=bool), make
    )


def sampling(devices: Sequence[Device], samplings: dict[Batch, LastTest], rules: RuleSet) -> Candidates:
    """Each smart-meter batch not yet sampled: sample `lead` months before its earliest meter's life ends."""
    meters = [d for d in devices if d.kind == METER and d.verified_on is not None]
    groups: dict[Batch, list[Device]] = {}
    for d, key in zip(meters, _life_keys(meters), strict=True):
        batch = batch_of(d)
        if key == SMART and batch is not None and batch not in samplings:
            groups.setdefault(batch, []).append(d)
    batches = sorted(groups)
    verified = [to_days([d.verified_on for d in groups[b]]) for b in batches]
    first = np.array([v.min() for v in verified], dtype="datetime64[D]")
    life = 12 * rules.service_life_years(SMART)
    lead = int(rules["rotation.sampling_lead_months"])
    due = add_months(first, life - lead)
    # Once the batch's last meter has reached its end, sampling cannot extend anything: rotation takes over.
    until = add_months(np.array([v.max() for v in verified], dtype="datetime64[D]"), life)
    rule = f"{rules.source('rotation.sampling_lead_months')}（到期前{lead}个月）"
    dates = to_dates(due)

    def make(i: int, status: DueStatus) -> DueItem:
        model, maker, year = batches[i]
        members = groups[batches[i]]
        areas = {d.area_code for d in members}
        return DueItem(
            DueKind.SAMPLING,
            "batch",
            None,
            f"{model} / {maker} / {year}",
            "",
            "",
            areas.pop() if len(areas) == 1 else "",
            dates[i],
            status,
            rule,
            None,
            devices=len(members),
        )

    n = len(batches)
    return Candidates(DueKind.SAMPLING, due, np.zeros(n, dtype="int64"), np.zeros(n, dtype=bool), make, until)
