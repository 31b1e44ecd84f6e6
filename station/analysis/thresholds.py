"""The scan's and the line-loss classes' thresholds: named defaults a supervisor can change, each with its source."""

from __future__ import annotations

from dataclasses import dataclass

# Every default below comes from DOMAIN.md ("Spotting sudden drops", "Line loss per 台区") unless the
# comment says it is a choice of this module (tuned on the synthetic demo data, never on its truth inside
# the detector).


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """Thresholds of the sudden-drop rules. `dataclasses.replace(s, yoy_drop=0.5)` gives a variant."""

    # Rule 1, month-over-month: 1 − E_m / mean(E_{m−3..m−1}) ≥ 50 % (DOMAIN.md rule 1).
    mom_drop: float = 0.50
    mom_months: int = 3
    # Below this baseline kWh a drop is not judged: a 4 → 1 kWh "drop" is noise (DOMAIN.md rule 1,
    # "minimum baseline kWh"; 20 kWh is this module's choice: a vacant flat's fridge-only month).
    min_baseline_kwh: float = 20.0
    # Rule 2, year-over-year: 1 − E_m / E_{m−12} ≥ 40 % (DOMAIN.md rule 2).
    yoy_drop: float = 0.40
    # Rule 3, peers: below 0.3 × the median of the same category and 台区, or robust z < −3 (DOMAIN.md rule 3).
    peer_ratio: float = 0.30
    peer_z: float = -3.0
    # A 台区 × category group smaller than this falls back to the whole category (choice of this module:
    # a median of a handful of customers is not a peer norm).
    min_peers: int = 10
    # Rule 4, zero streak: ≥ 3 months at ≤ 1 kWh while the account is active (DOMAIN.md rule 4).
    zero_months: int = 3
    zero_kwh: float = 1.0
    # Rule 5, change point: one-sided CUSUM of the relative residual against last year (else the rolling
    # median). Allowance k and alarm level h in units of "fraction of the expected kWh" (choice of this
    # module, tuned on synthetic data of another seed than the benchmark's: k = 0.2 ignores a household's
    # ±20 % month-to-month noise; h = 1.0 ≈ two months at −70 % or three at −55 %).
    cusum_allowance: float = 0.20
    cusum_threshold: float = 1.0
    # … scaled to each customer's own noise σ (robust spread of its residual in the year before): allowance
    # k·σ and alarm h·σ, within [min, the values above]; a customer without a year of history keeps those.
    cusum_k_sigma: float = 0.5
    cusum_h_sigma: float = 5.0
    cusum_allowance_min: float = 0.10
    cusum_threshold_min: float = 0.4
    # Rule 2 for steady customers: a drop of at least yoy_drop_min counts when its z against the
    # customer's own noise over the months since the start is ≥ yoy_z (choice of this module).
    yoy_drop_min: float = 0.20
    yoy_z: float = 4.0
    # Rule 6, cross-check (DOMAIN.md rule 6): the 台区 loss rate rose by at least this many percentage points
    # in the start month (vs the mean of the 3 months before) → rank higher by `loss_boost`; an asset event
    # (meter swap, CT change) within `event_window` months of the start → rank lower by `event_discount`.
    loss_rise_pp: float = 0.5
    loss_boost: float = 1.25
    event_window: int = 1
    event_discount: float = 0.3
    # Rule 6 as evidence (station.analysis.supply_check): the score is multiplied by exp(weight × LLR), held
    # within [min, max]; |LLR| ≥ fire names it in the reason (loss rose / supply fell). Choice of this module,
    # tuned on the tune parts of the evaluation sets (tests/benchmarks/tune_scan.py).
    supply_weight: float = 0.25
    supply_factor_min: float = 0.4
    supply_factor_max: float = 1.6
    supply_llr_fire: float = 2.0
    # The start month of a flagged drop from a ramp fit of its residual (station.analysis.onset): moved from
    # the change point's run start when the fit is better by this log-likelihood ratio (choice of this
    # module, tuned on the tune parts of the evaluation sets).
    onset_evidence: float = 4.0
    # A closed or suspended account (销户 / 暂停): its drop is explained by the ledger and not listed.
    ledger_discount: float = 0.2
    # A 减容 (running capacity lowered) or 暂停 recorded within this many months of a drop's start explains
    # it in the same way (choice of this module: the ledger may be updated a month or two after the fact).
    ledger_window: int = 2
    # A drop of this fraction counts in full in the score; deeper drops add nothing (choice of this module:
    # an empty home falls to nothing, a bypass usually leaves some consumption, and a partial theft of a third
    # is as much a theft as one of two thirds. Tuned with flag_score on the tune parts of the evaluation sets:
    # 0.7 → 0.45 with the flag level 40 → 46 raised partial recall 0.77 → 0.79 (station) and 0.63 → 0.70
    # (Tianchi), AUC 0.972 → 0.974 and 0.880 → 0.884, about as many flagged and no start month worse).
    full_drop: float = 0.45
    # How far back a drop may have begun and still be reported by a scan of month T (choice of this module:
    # one year, the span the year-over-year comparison covers without comparing theft with theft).
    window_months: int = 12
    # The rules in use (a Rule bitmask; all by default). Turning one off shows what it contributes.
    rules: int = 255
    # A customer is flagged (listed) at or above this score out of 100 (choice of this module, tuned with
    # full_drop; the rule setting scan.flag_score holds the same default).
    flag_score: float = 46.0


@dataclass(frozen=True, slots=True)
class LossBands:
    """Loss-rate band of a 台区 type in percent: 合格 when lower ≤ rate ≤ upper (DOMAIN.md: default 0–10 %)."""

    lower: float = 0.0
    upper: float = 10.0


DEFAULT_SETTINGS = ScanSettings()
DEFAULT_BANDS = LossBands()
