"""Rotation (轮换) and batch sampling (抽检) due dates of every installed meter, vectorised over the whole stock.

Both work on the device columns (station.due.columns): a county's 200,000 meters fall into a few dozen models
and a few hundred batches, so each rule is decided once per model or batch and spread to the meters by index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from station.domain.codes import AssetKind
from station.domain.lifecycle import service_life_key
from station.due.columns import (
    ACCOUNT,
    AREA,
    ASSET_NO,
    ID,
    MAKER,
    MODEL,
    NAME,
    PHASES,
    MeterColumns,
)
from station.due.compute import SMART, Candidates
from station.due.items import DueItem, DueKind, DueStatus, add_months
from station.due.load import Device, LastTest
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
    """Each meter's service-life key (the demo's samplings classify Device tuples)."""
    cache: dict[tuple[str, int], str | None] = {}  # a county has a few dozen models: classify each once
    out = []
    for d in meters:
        k = (d.model, d.phases)
        if k not in cache:
            cache[k] = service_life_key(AssetKind.METER, d.model, d.phases)
        out.append(cache[k])
    return out


@dataclass(frozen=True, slots=True)
class Meters:
    """The verified meters with a service-life class: what rotation and sampling are about."""

    rows: np.ndarray  # positions in the MeterColumns
    life: np.ndarray  # index into `keys` per meter
    keys: list[str]  # service-life keys (station.domain.lifecycle)
    batch: np.ndarray  # index into `batches` per meter
    batches: list[Batch]

    @property
    def smart(self) -> np.ndarray:
        return self.life == self.keys.index(SMART) if SMART in self.keys else np.zeros(len(self.rows), dtype=bool)


def _group(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows grouped by several non-negative integer columns: each row's group and the first row of each group."""
    key = np.zeros(len(codes[0]), dtype="int64")
    for c in codes:
        key = key * (int(c.max()) + 1 if len(c) else 1) + c
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    return inverse.reshape(-1).astype("int64"), first


def meters(cols: MeterColumns) -> Meters:
    """Which rows are verified meters with a service life, their life class and batch (model, maker, year);
    worked out once per columns (rotation and sampling both ask)."""
    got = cols.memo.get("meters")
    if got is None:
        got = cols.memo["meters"] = _meters(cols)
    return got


def _meters(cols: MeterColumns) -> Meters:
    rows = np.arange(len(cols))  # meters_query's rows are the verified meters
    model, models = cols.codes(MODEL)
    phases = cols.column(PHASES)[rows].astype("int64")
    pair, first = _group(model[rows], phases)
    pair_keys = [service_life_key(AssetKind.METER, models[model[rows[f]]], int(phases[f])) for f in first.tolist()]
    known = np.array([k is not None for k in pair_keys], dtype=bool)
    keep = known[pair]
    keys = sorted({k for k in pair_keys if k is not None})
    life_of_pair = np.array([keys.index(k) if k is not None else -1 for k in pair_keys], dtype="int64")
    rows = rows[keep]
    maker, makers = cols.codes(MAKER)
    year = cols.verified[rows].astype("datetime64[Y]").astype("int64") + 1970
    batch, first = _group(model[rows], maker[rows], year)
    batches = [(models[model[rows[f]]], makers[maker[rows[f]]], int(year[f])) for f in first.tolist()]
    return Meters(rows, life_of_pair[pair[keep]], keys, batch, batches)


def rotation(
    cols: MeterColumns, samplings: dict[Batch, LastTest], rules: RuleSet, lv_ct_points: Sequence[int] = ()
) -> Candidates:
    """End of service life from the verification date; +extension for a batch that passed sampling;
    a batch that failed sampling is due for rotation from the sampling date. A meter at one of `lv_ct_points`
    is connected through low-voltage CTs, checked at each rotation (DL/T 448)."""
    m = meters(cols)
    life_years = np.array([rules.service_life_years(k) for k in m.keys], dtype="int64")
    years = life_years[m.life]
    ext = int(rules["rotation.sampling_extension_years"])
    # Per batch (a few hundred): its last sampling, if the batch is of smart meters.
    sampled = [samplings.get(b) for b in m.batches] if samplings else [None] * len(m.batches)
    passed = np.array([s is not None and s.result == "pass" for s in sampled], dtype=bool)
    failed_on = np.array([s.on if s is not None and s.result != "pass" else None for s in sampled], dtype="datetime64[D]")
    smart = m.smart
    has_note = smart & np.array([s is not None for s in sampled], dtype=bool)[m.batch]
    years = years + np.where(smart & passed[m.batch], ext, 0)
    due = add_months(cols.verified[m.rows], years * 12)
    failed = np.where(smart, failed_on[m.batch], np.datetime64("NaT"))
    has_failed = ~np.isnat(failed)
    due[has_failed] = np.minimum(due[has_failed], failed[has_failed])
    ct = np.isin(cols.point_id[m.rows], np.asarray(lv_ct_points, dtype="int64"))
    source = rules.source("rotation.service_life_years")
    texts: dict[tuple[str, int, LastTest | None, bool], str] = {}  # a county has a handful of distinct citations

    def citation(key: str, life: int, s: LastTest | None, with_ct: bool) -> str:
        text = f"{source}（{LIFE_NAMES.get(key, key)}，检定后{life}年）"
        if s is not None and s.result == "pass":
            text += f"；批次抽检合格（{s.on.isoformat()}），延长{ext}年"
        elif s is not None:
            text += f"；批次抽检不合格（{s.on.isoformat()}），整批轮换"
        if with_ct:
            text += f"；{CT_CHECK_TEXT}"
        return text

    rows = m.rows

    def make(i: int, status: DueStatus) -> DueItem:
        j = int(rows[i])
        k = (m.keys[m.life[i]], int(years[i]), sampled[m.batch[i]] if has_note[i] else None, bool(ct[i]))
        rule = texts.get(k) or texts.setdefault(k, citation(*k))
        return DueItem(
            DueKind.ROTATION, "asset", cols.value(ID, j), cols.value(ASSET_NO, j), cols.value(ACCOUNT, j),
            cols.value(NAME, j), cols.value(AREA, j), due[i].item(), status, rule, cols.verified[j].item(),
        )  # fmt: skip

    return Candidates(
        DueKind.ROTATION, due, np.zeros(len(rows), dtype="int64"), np.zeros(len(rows), dtype=bool), make,
        targets=cols.pick(ASSET_NO, rows), haystack=lambda i: cols.haystack(int(rows[i])),
    )  # fmt: skip


def sampling(cols: MeterColumns, samplings: dict[Batch, LastTest], rules: RuleSet) -> Candidates:
    """Each smart-meter batch not yet sampled: sample `lead` months before its earliest meter's life ends."""
    m = meters(cols)
    # Each batch's smart meters, by one sort (a batch of smart meters has no other kind: the model decides).
    smart = np.flatnonzero(m.smart)
    by_batch = smart[np.argsort(m.batch[smart], kind="stable")]
    bounds = np.searchsorted(m.batch[by_batch], np.arange(len(m.batches) + 1))
    chosen = sorted(
        (
            (m.batches[b], m.rows[by_batch[bounds[b] : bounds[b + 1]]])
            for b in range(len(m.batches))
            if bounds[b + 1] > bounds[b] and m.batches[b] not in samplings
        ),
        key=lambda pair: pair[0],
    )
    batches = [b for b, _ in chosen]
    members = [r for _, r in chosen]
    first = np.array([cols.verified[r].min() for r in members], dtype="datetime64[D]")
    life = 12 * rules.service_life_years(SMART)
    lead = int(rules["rotation.sampling_lead_months"])
    due = add_months(first, life - lead)
    # Once the batch's last meter has reached its end, sampling cannot extend anything: rotation takes over.
    until = add_months(np.array([cols.verified[r].max() for r in members], dtype="datetime64[D]"), life)
    rule = f"{rules.source('rotation.sampling_lead_months')}（到期前{lead}个月）"
    targets = [f"{model} / {maker} / {year}" for model, maker, year in batches]

    def make(i: int, status: DueStatus) -> DueItem:
        areas = set(cols.pick(AREA, members[i]).tolist())
        return DueItem(
            DueKind.SAMPLING, "batch", None, targets[i], "", "", areas.pop() if len(areas) == 1 else "",
            due[i].item(), status, rule, None, devices=len(members[i]),
        )  # fmt: skip

    n = len(batches)
    return Candidates(
        DueKind.SAMPLING, due, np.zeros(n, dtype="int64"), np.zeros(n, dtype=bool), make, until,
        targets=targets, haystack=lambda i: targets[i].lower() + "\n\n",
    )  # fmt: skip
