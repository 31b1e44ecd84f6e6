"""The sudden-drop scan: combine the rules of rules.py into a score, fired rules, a start month and a reason."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from station.analysis import detectors, onset
from station.analysis.lineloss import area_sales, line_loss
from station.analysis.matrix import MonthAxis
from station.analysis.reasons import Rule, fragment, render, rule_codes
from station.analysis.supply_check import loss_rate_rise, supply_llr
from station.analysis.thresholds import DEFAULT_SETTINGS, ScanSettings
from station.i18n import Message
from station.progress import Cancelled  # noqa: F401 - the one "stop" exception of every long job; re-exported for callers


@dataclass(frozen=True, slots=True)
class AssetEvents:
    """Asset events as parallel arrays: customer row, month column, kind (e.g. 1 = meter swap, 2 = CT change)."""

    customer: np.ndarray
    month: np.ndarray
    kind: np.ndarray

    @classmethod
    def empty(cls) -> AssetEvents:
        z = np.zeros(0, dtype=np.int64)
        return cls(z, z, z)


@dataclass(frozen=True, slots=True)
class ScanMeta:
    """What the scan knows about each row of E besides its readings."""

    axis: MonthAxis
    category: np.ndarray  # category index per customer
    area: np.ndarray  # 台区 index per customer (−1 = none)
    active: np.ndarray  # bool: account active (zero months of an inactive account are no anomaly)
    n_categories: int
    n_areas: int
    # First month column of the account (−1 = before the axis). For callers (plots, lists); the rules read
    # the NaN that E holds before an account opened.
    opened: np.ndarray | None = None
    events: AssetEvents = field(default_factory=AssetEvents.empty)
    # Last open month column of an inactive account (beyond the axis: open; −FAR: closed without a date);
    # None: `active` (today's status) stands for every month.
    closed: np.ndarray | None = None
    supplied: np.ndarray | None = None  # 台区 × months gateway kWh, for the loss cross-check
    # 台区 index per customer and month (customers × months, −1 = none). The loss cross-check counts each
    # month's sales in the 台区 the customer belonged to then, and reads the rise of the 台区 it was in when
    # its drop began; without it, `area` stands for every month.
    membership: np.ndarray | None = None
    # Month column of the customer's latest 减容 (running capacity lowered) or 暂停 (suspension) in the ledger,
    # −1 none: a drop that begins within scan.ledger_window months of it is explained, not listed.
    reduced: np.ndarray | None = None


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Per-customer arrays of one scan of month `month` (a column of meta.axis)."""

    month: int
    axis: MonthAxis
    score: np.ndarray  # 0..100 (also below the flag level, so a ranking of everyone can be measured)
    fired: np.ndarray  # Rule bitmask (uint8)
    start_month: np.ndarray  # column where the drop began, −1 when not flagged
    flagged: np.ndarray  # bool
    yoy: np.ndarray  # drop since the start vs the same months last year (fraction)
    mom: np.ndarray  # drop at the start vs the 3 months before (fraction)
    peer: np.ndarray  # recent level / peers' median
    peer_same_area: np.ndarray  # peers were the same category in the same 台区 (else the whole category)
    peer_z: np.ndarray
    zero_len: np.ndarray
    loss_rise: np.ndarray  # 台区 loss-rate rise in the start month, points
    # Rule 3 held by the level (ratio below scan.peer_ratio) rather than only by the robust z: the reason
    # then quotes the ratio, else the z (a customer back at its peers' level after a zero streak shows
    # "100% of the median" otherwise). None: judge by ratio < 1 (results built without it).
    peer_low: np.ndarray | None = None
    # Rule 6 as evidence: log-likelihood ratio of "the 台区 loss rose by the drop" (theft) against "the
    # supply fell as much" (a real reduction); NaN where it cannot be told (station.analysis.supply_check).
    supply_llr: np.ndarray | None = None
    # A drop the ledger explains (the account is closed or suspended): not flagged, and its reason says so.
    explained: np.ndarray | None = None
    explained_start: np.ndarray | None = None
    # What explains it: EXPLAINED_CLOSED (closed or suspended now) or EXPLAINED_CAPACITY (a 减容/暂停 dated
    # near the start); None: the closed account (results built without it).
    explained_kind: np.ndarray | None = None

    def ranked(self, top: int | None = None) -> np.ndarray:
        """Row indices of flagged customers, highest score first; ties: the larger 台区 loss rise (rule 6),
        then the earlier start, then the row."""
        rows = np.flatnonzero(self.flagged)
        rise = np.nan_to_num(self.loss_rise[rows], nan=-np.inf)
        order = np.lexsort((rows, self.start_month[rows], -rise, -np.round(self.score[rows], 6)))
        rows = rows[order]
        return rows if top is None else rows[:top]

    def codes(self, i: int) -> list[str]:
        return rule_codes(int(self.fired[i]))

    def reason_parts(self, i: int) -> list[Message]:
        bits = int(self.fired[i])
        if not bits and self.explained is not None and self.explained[i]:
            capacity = self.explained_kind is not None and self.explained_kind[i] == EXPLAINED_CAPACITY
            assert self.explained_start is not None  # set with `explained`
            return [fragment("start", start=self.axis.label(int(self.explained_start[i]))),
                    fragment("ledger_capacity" if capacity else "ledger")]
        if not bits:
            return []
        parts = [fragment("start", start=self.axis.label(int(self.start_month[i])))]
        if bits & _YOY:
            parts.append(fragment("yoy", pct=_pct(self.yoy[i])))
        if bits & _MOM:
            parts.append(fragment("mom", pct=_pct(self.mom[i])))
        if bits & _ZERO:
            parts.append(fragment("zero", n=int(self.zero_len[i])))
        if bits & _CUSUM and not bits & (_YOY | _MOM | _ZERO):
            parts.append(fragment("cusum"))
        if bits & _PEER:
            low = self.peer[i] < 1 if self.peer_low is None else self.peer_low[i]
            if low and not np.isnan(self.peer[i]):
                parts.append(
                    fragment("peer_area" if self.peer_same_area[i] else "peer_cat", pct=_pct(self.peer[i]))
                )
            else:
                parts.append(fragment("peer_z", z=f"{self.peer_z[i]:.1f}"))
        if bits & _LOSS:
            parts.append(fragment("loss", pp=f"{self.loss_rise[i]:.1f}"))
        if bits & _EVENT:
            parts.append(fragment("event"))
        if bits & _SUPPLY:
            parts.append(fragment("supply"))
        return parts

    def reason(self, i: int, lang: str = "zh") -> str:
        """'2025-03 起电量较去年同期下降 72%，同台区同类用户中位数的 18%' (lang='en' for English)."""
        return render(self.reason_parts(i), lang)


EXPLAINED_CLOSED, EXPLAINED_CAPACITY = 1, 2

# The rule bits as plain ints: IntFlag's `&` costs a microsecond, and a county's reasons test 100,000 of them.
_MOM, _YOY, _PEER, _ZERO, _CUSUM, _LOSS, _EVENT, _SUPPLY = (
    int(r) for r in (Rule.MOM, Rule.YOY, Rule.PEER, Rule.ZERO, Rule.CUSUM, Rule.LOSS, Rule.EVENT, Rule.SUPPLY))


def _pct(x: float) -> int:
    return int(round(float(x) * 100))


def _nanmean(a: np.ndarray) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # rows without any reading stay NaN
        return np.nanmean(a, axis=1)


def _stage(
    progress: Callable[..., None] | None, cancelled: Callable[[], bool] | None, f: float, text: str
) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(f, text)


def scan(
    E: np.ndarray,
    meta: ScanMeta,
    month_index: int | None = None,
    settings: ScanSettings = DEFAULT_SETTINGS,
    progress: Callable[..., None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanResult:
    """Scan month `month_index` (a column of E; default the last) for drops that began in the year before.

    E: customers × months kWh (NaN = no reading or not yet a customer). Only columns ≤ month_index are read,
    so a scan of a past month sees what the station saw then.
    """
    st = settings
    on = Rule(st.rules)
    T = E.shape[1] - 1 if month_index is None else int(month_index)
    Ec = np.asarray(E[:, : T + 1], dtype=np.float64)
    n = Ec.shape[0]
    lo = max(0, T - st.window_months + 1)

    # Each customer's own history is judged in row chunks: the arrays of a chunk stay in the CPU cache
    # (about twice as fast as whole-matrix passes at 200,000 rows), and progress and cancel get a beat.
    own: dict[str, np.ndarray] = {k: np.empty(n, dtype=t) for k, t in _OWN_FIELDS.items()}
    chunks = range(0, n, _CHUNK_ROWS)
    for c, r0 in enumerate(chunks):
        _stage(progress, cancelled, 0.7 * c / max(len(chunks), 1), "own history")
        # a month read late and the month that caught it up count as two ordinary months (detectors.py)
        rows = detectors.billed_late_spread(Ec[r0 : r0 + _CHUNK_ROWS])
        part = _own_history(rows, meta.active[r0 : r0 + _CHUNK_ROWS], lo, T, st)
        for k, v in part.items():
            own[k][r0 : r0 + _CHUNK_ROWS] = v
    start, yoy, mom, zero_len = own["start"], own["yoy"], own["mom"], own["zero_len"]
    cus_fired, zero_fired, yoy_fired, mom_fired = (
        own["cusum"],
        own["zero"],
        own["yoy_fired"],
        own["mom_fired"],
    )
    has = start >= 0
    s_eff = np.where(has, start, T)

    _stage(progress, cancelled, 0.7, "peers")
    ratio, same_area, z = _peers(Ec, meta, T, st.min_peers)
    peer_fired = has & ((ratio < st.peer_ratio) | (z < st.peer_z)) & bool(on & Rule.PEER)

    _stage(progress, cancelled, 0.85, "cross-checks")
    loss_rise = np.full(n, np.nan)
    supply = np.full(n, np.nan)  # LLR of "the area's loss rose by the drop" (theft) vs "its supply fell too"
    if meta.supplied is not None and on & Rule.LOSS:
        start_col = np.where(has, start, -1)
        if meta.membership is not None:
            member = meta.membership[:, : T + 1]
            area_then = np.where(has, member[np.arange(n), np.maximum(start_col, 0)], -1)
        else:
            member, area_then = meta.area, meta.area
        sold, _ = area_sales(Ec, member, meta.n_areas)
        table = line_loss(meta.supplied[:, : T + 1], sold)
        supply, _drop_kwh = supply_llr(Ec, table.loss_kwh, area_then, start_col, T, meta.supplied)
        loss_rise = loss_rate_rise(table.rate, area_then, start_col, T)
    loss_fired = has & (supply >= st.supply_llr_fire) & (loss_rise > 0)
    supply_fell = has & (supply <= -st.supply_llr_fire)
    ev = meta.events
    event_fired = has & detectors.events_near(n, ev.customer, ev.month, np.where(has, start, -1), st.event_window)
    event_fired &= bool(on & Rule.EVENT)

    # Score out of 100: how strong the evidence of a lasting drop is (weights: choice of this module, tuned
    # on synthetic data). The seasonal comparison and the change point carry most; peers and zeros confirm.
    # A drop's severity saturates at `full_drop`: falling to nothing is no more suspicious than falling to
    # a fifth (an empty home falls to nothing; a bypass leaves some consumption).
    sev = lambda x: np.clip(np.nan_to_num(x) / st.full_drop, 0.0, 1.0)  # noqa: E731
    score = (
        _WEIGHTS[Rule.YOY] * sev(yoy) * yoy_fired
        + _WEIGHTS[Rule.MOM] * sev(mom) * mom_fired
        + _WEIGHTS[Rule.CUSUM] * cus_fired  # its size is the drop's depth × duration, already counted above
        + _WEIGHTS[Rule.ZERO] * zero_fired
        + _WEIGHTS[Rule.PEER] * peer_fired
    )
    # With some rules turned off the attainable score shrinks; rescale so flag_score keeps its meaning.
    score *= _BASE_MAX / max(sum(w for r, w in _WEIGHTS.items() if on & r), 1.0)
    lasting = np.minimum(T - s_eff + 1, 3) / 3.0  # a drop seen in one month only weighs less
    score *= 0.4 + 0.6 * lasting
    # Below any rule, the depth of the drop since the start (or of the last 3 months against last year)
    # still orders the customers, so every customer has a score a ranking can be measured on.
    score += _BACKGROUND * sev(np.where(has, yoy, own["recent_yoy"]))
    # Rule 6: the 台区 says theft (its loss rose by the drop) or a real fall (its supply fell as much).
    factor = np.clip(np.exp(st.supply_weight * np.nan_to_num(supply)), st.supply_factor_min, st.supply_factor_max)
    discount = np.where(event_fired, st.event_discount, 1.0)
    # A drop the ledger explains: the account is closed or suspended (销户 / 暂停).
    # (as of the month scanned: an account closed later was open when its drop began)
    closed = ~meta.active if meta.closed is None else ~meta.active & (meta.closed <= T)
    # … or its running capacity was lowered (减容) or it was suspended (暂停) about when the drop began.
    cut = np.zeros(n, dtype=bool) if meta.reduced is None else (
        has & (meta.reduced >= 0) & (meta.reduced <= T) & (np.abs(meta.reduced - s_eff) <= st.ledger_window))
    cut &= ~closed
    discount = np.where(closed | cut, st.ledger_discount, discount)
    score = _soft_cap(score * factor * discount)
    primary = Rule.MOM | Rule.YOY | Rule.ZERO
    evidence = (yoy_fired | mom_fired | zero_fired) if on & primary else (cus_fired | peer_fired)
    # A change point whose fall is below rule 2's level still counts when the 台区 does not say "a real
    # reduction" (its LLR is not negative): a partial theft in a noisy enterprise series (tuned on the tune
    # parts: Tianchi partial recall 0.57 → 0.63, nothing else moved).
    evidence |= cus_fired & (supply >= 0) & (np.nan_to_num(yoy) >= st.yoy_drop_min)
    # An explained drop is still listed (an inspector may want it), only lower; a closed account is not.
    flagged = has & evidence & ~closed & ~cut & (score >= st.flag_score * np.where(event_fired, st.event_discount, 1.0))

    fired = (
        Rule.MOM * mom_fired
        + Rule.YOY * yoy_fired
        + Rule.PEER * peer_fired
        + Rule.ZERO * zero_fired
        + Rule.CUSUM * cus_fired
        + Rule.LOSS * loss_fired
        + Rule.EVENT * event_fired
        + Rule.SUPPLY * supply_fell
    ).astype(np.uint8)
    fired[~flagged] = 0
    # The start month of a flagged drop from a ramp fit: a gradual drop is dated where its ramp begins.
    start = onset.refine(Ec, start, flagged, lo, T, st.min_baseline_kwh, st.onset_evidence)
    _stage(progress, cancelled, 1.0, "done")
    return ScanResult(
        month=T,
        axis=meta.axis,
        score=score,
        fired=fired,
        start_month=np.where(flagged, start, -1).astype(np.int32),
        flagged=flagged,
        yoy=yoy,
        mom=mom,
        peer=ratio,
        peer_same_area=same_area,
        peer_z=z,
        zero_len=zero_len.astype(np.int32),
        loss_rise=loss_rise,
        peer_low=ratio < st.peer_ratio,
        supply_llr=supply,
        explained=has & (closed | cut),
        explained_start=np.where(has & (closed | cut), start, -1).astype(np.int32),
        explained_kind=np.select([has & closed, cut], [EXPLAINED_CLOSED, EXPLAINED_CAPACITY], 0).astype(np.int8),
    )


_CHUNK_ROWS = 16_384
_OWN_FIELDS: dict[str, type] = {
    "start": np.int64,
    "yoy": np.float64,
    "mom": np.float64,
    "zero_len": np.int64,
    "cusum": bool,
    "zero": bool,
    "yoy_fired": bool,
    "mom_fired": bool,
    "recent_yoy": np.float64,
}


def _own_history(
    Ec: np.ndarray, active: np.ndarray, lo: int, T: int, st: ScanSettings
) -> dict[str, np.ndarray]:
    """Rules 1, 2, 4 and 5 on each customer's own readings, and the month the drop began."""
    on = Rule(st.rules)
    cols = np.arange(T + 1)
    expected = detectors.expected_kwh(Ec, st.mom_months, first=max(0, lo - 12))  # columns lo−12..T
    # The CUSUM runs from a year before the window, so a drop that began earlier keeps its true start
    # (and is left to the scans of those months) instead of appearing to begin at the window's edge.
    # Each customer's own month-to-month noise (the spread of its residual against the expectation in the
    # year before the window): a steady customer's 35 % fall is as clear as a household's 70 %.
    noise = _noise(Ec, expected, max(0, lo - 12), lo, st.min_baseline_kwh)
    allowance = np.where(np.isnan(noise), st.cusum_allowance,
                         np.clip(st.cusum_k_sigma * noise, st.cusum_allowance_min, st.cusum_allowance))
    threshold = np.where(np.isnan(noise), st.cusum_threshold,
                         np.clip(st.cusum_h_sigma * noise, st.cusum_threshold_min, st.cusum_threshold))
    cus, cus_start = detectors.cusum_drop(
        Ec,
        max(0, lo - 12),
        T,
        allowance=allowance,  # type: ignore[arg-type]
        min_baseline_kwh=st.min_baseline_kwh,
        expected=expected,
    )
    cus_fired = (cus >= threshold) & (cus_start >= lo) & bool(on & Rule.CUSUM)

    zero_len, zero_start = _zero_streaks(Ec, lo, st.zero_kwh)
    zero_fired = (zero_len >= st.zero_months) & active & bool(on & Rule.ZERO)

    mom_m = detectors.mom_drop(Ec, st.mom_months, st.min_baseline_kwh, first=lo)  # columns lo..T
    yoy_m = detectors.yoy_drop(Ec, st.min_baseline_kwh, first=lo)
    # The month the drop began: the change point; else the zero streak's first month; else the first
    # month in the window where rule 1 or 2 holds (the drop must then last to pass rule 2 on the segment).
    hit = np.zeros(mom_m.shape, dtype=bool)
    if on & Rule.MOM:
        hit |= mom_m >= st.mom_drop
    if on & Rule.YOY:
        hit |= yoy_m >= st.yoy_drop
    first_hit = np.where(hit.any(axis=1), hit.argmax(axis=1) + lo, -1)
    start = np.where(cus_fired, cus_start, np.where(zero_fired, zero_start, -1)).astype(np.int64)
    start = np.where(start < 0, first_hit, start)
    has = start >= 0
    s_eff = np.where(has, start, T)
    yoy = detectors.segment_yoy_drop(Ec, s_eff, T, st.min_baseline_kwh)
    # Rule 2 with the customer's own noise: a smaller drop counts when it lies far outside its usual
    # variation over the months since the start (a z of the log ratio; NaN noise → the plain rule only).
    months = np.minimum(T - s_eff + 1, 12)
    with np.errstate(invalid="ignore", divide="ignore"):
        z = -np.log(np.clip(1.0 - yoy, 1e-3, None)) * np.sqrt(months) / noise
    steady = (yoy >= st.yoy_drop_min) & (z >= st.yoy_z)
    yoy_fired = has & ((yoy >= st.yoy_drop) | steady) & bool(on & Rule.YOY)
    # Rule 1 at the start month or the two after it: a gradual start shows its steep month a little later.
    wcols = cols[lo:]
    near = (wcols[None, :] >= s_eff[:, None]) & (wcols[None, :] <= s_eff[:, None] + 2)
    mom = np.nanmax(np.where(near & ~np.isnan(mom_m), mom_m, -np.inf), axis=1)
    mom[np.isinf(mom)] = np.nan
    mom_fired = has & (mom >= st.mom_drop) & bool(on & Rule.MOM)

    recent = np.full_like(s_eff, max(lo, T - 2))
    return {
        "recent_yoy": detectors.segment_yoy_drop(Ec, recent, T, st.min_baseline_kwh),
        "start": start,
        "yoy": yoy,
        "mom": mom,
        "zero_len": zero_len,
        "cusum": cus_fired,
        "zero": zero_fired,
        "yoy_fired": yoy_fired,
        "mom_fired": mom_fired,
    }


#: Points of each rule in the score (choice of this module). They add up to 80 so that the loss
#: cross-check's boost (×1.25) still separates customers at the top instead of being cut off at 100.
_WEIGHTS: dict[Rule, float] = {
    Rule.YOY: 28.0,
    Rule.MOM: 12.0,
    Rule.CUSUM: 24.0,
    Rule.ZERO: 8.0,
    Rule.PEER: 8.0,
}
_BASE_MAX = 80.0
#: Points of the depth of a drop that no rule flags (below any flag level: it only orders the rest).
_BACKGROUND = 10.0


def _noise(Ec: np.ndarray, expected: np.ndarray, first: int, lo: int, min_baseline_kwh: float) -> np.ndarray:
    """Robust spread (1.4826 · MAD) of E/expected − 1 over columns first..lo−1; NaN with fewer than 6 months.

    expected holds columns first.. (detectors.expected_kwh(E, first=first)).
    """
    if lo - first < 6:
        return np.full(Ec.shape[0], np.nan)
    e, x = Ec[:, first:lo], expected[:, : lo - first]
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.where((x >= min_baseline_kwh) & ~np.isnan(e), e / x - 1.0, np.nan)
    med = _row_nanmedian(r)
    mad = _row_nanmedian(np.abs(r - med[:, None]))
    enough = (~np.isnan(r)).sum(axis=1) >= 6
    return np.where(enough, np.maximum(1.4826 * mad, 0.02), np.nan)


def _soft_cap(raw: np.ndarray, knee: float = 60.0) -> np.ndarray:
    """The score as it is up to `knee`, then bending towards 100 without reaching it: the strongest
    suspects stay in order instead of tying at a hard cap (the flag level lies below the knee)."""
    room = 100.0 - knee
    return np.where(raw <= knee, raw, knee + room * (1.0 - np.exp(-(raw - knee) / room)))


def _row_nanmedian(a: np.ndarray) -> np.ndarray:
    """Median of each row ignoring NaN (NaN for a row without values): one sort, several times faster than
    np.nanmedian on short rows (NaN sorts last, so the k present values lead each row)."""
    k = (~np.isnan(a)).sum(axis=1)
    ordered = np.sort(a, axis=1)
    lo = np.clip((k - 1) // 2, 0, a.shape[1] - 1)[:, None]
    hi = np.clip(k // 2, 0, a.shape[1] - 1)[:, None]
    med = (np.take_along_axis(ordered, lo, axis=1) + np.take_along_axis(ordered, hi, axis=1))[:, 0] / 2
    return np.where(k > 0, med, np.nan)


def _zero_streaks(Ec: np.ndarray, lo: int, zero_kwh: float) -> tuple[np.ndarray, np.ndarray]:
    """Longest zero streak that began inside the window right after a real (present, non-zero) reading,
    and its first month (−1 without one). A home empty since before the window is not a new drop."""
    n = Ec.shape[0]
    off = max(0, lo - 1)
    zlen, zfirst = detectors.zero_run(Ec[:, off:], zero_kwh)
    zbegin = np.where(zfirst >= 0, zfirst + off, -1)
    prev = np.where(zbegin >= 1, Ec[np.arange(n)[:, None], np.maximum(zbegin - 1, 0)], np.nan)
    zl = np.where((zbegin >= lo) & (prev > zero_kwh), zlen, 0)
    length = zl.max(axis=1)
    first = np.where(length > 0, zbegin[np.arange(n), zl.argmax(axis=1)], -1)
    return length, first


def _peers(
    Ec: np.ndarray, meta: ScanMeta, T: int, min_peers: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rule 3: the last 3 months' level against the peers' median, and the robust z of the change against
    the same months last year among the same peers (so a mild winter that lowers everyone flags no one)."""
    n = Ec.shape[0]
    recent = _nanmean(Ec[:, max(0, T - 2) :])
    ratio, same_area = detectors.peer_ratio(
        recent, meta.category, meta.area, meta.n_categories, meta.n_areas, min_peers
    )
    before = _nanmean(Ec[:, max(0, T - 14) : max(0, T - 11)]) if T >= 12 else np.full(n, np.nan)
    change = np.log1p(np.maximum(recent, 0)) - np.log1p(np.maximum(before, 0))
    n_cat, n_area = max(meta.n_categories, 1), max(meta.n_areas, 1)
    # One group id: category × 台区 where that group is big enough, else the whole category.
    cat = meta.category.astype(np.int64)
    key = np.where(same_area, cat * n_area + meta.area, n_cat * n_area + cat)
    z = detectors.robust_z(change, key, n_cat * n_area + n_cat)
    return ratio, same_area, z
