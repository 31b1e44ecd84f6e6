"""Quality of a scan against a known truth: precision@k, recall, AUC, start-month error, per-rule table."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from station.analysis.drops import ScanMeta, ScanResult, scan
from station.analysis.reasons import RULE_CODES, Rule
from station.analysis.thresholds import DEFAULT_SETTINGS, ScanSettings


@dataclass(frozen=True, slots=True)
class Quality:
    flagged: int
    precision_at_50: float
    precision_at_100: float
    precision: float  # among all flagged
    recall: float  # true cases flagged / true cases
    auc: float
    start_error_mean: float  # |estimated − true start| in months, over true cases flagged
    start_error_median: float


def precision_at_k(ranked: np.ndarray, truth: np.ndarray, k: int) -> float:
    """Share of true cases among the first k rows of a ranking (NaN when the ranking is empty)."""
    top = ranked[:k]
    return float(truth[top].mean()) if top.size else float("nan")


def auc(score: np.ndarray, truth: np.ndarray) -> float:
    """Area under the ROC curve by ranks (Mann–Whitney U), ties counted half; NaN without both classes."""
    truth = truth.astype(bool)
    n_pos, n_neg = int(truth.sum()), int((~truth).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(score, kind="mergesort")
    s = score[order]
    ranks = np.empty(score.size)
    # Average rank of each run of equal scores.
    edges = np.flatnonzero(np.diff(s) != 0) + 1
    starts = np.concatenate([[0], edges])
    ends = np.concatenate([edges, [s.size]])
    ranks[order] = np.repeat((starts + ends + 1) / 2.0, ends - starts)
    u = ranks[truth].sum() - n_pos * (n_pos + 1) / 2.0
    return float(u / (n_pos * n_neg))


def evaluate(result: ScanResult, truth: np.ndarray, true_start: np.ndarray) -> Quality:
    """Compare one scan with the truth (bool per customer) and the true start columns."""
    ranked = result.ranked()
    hits = result.flagged & truth
    err = np.abs(result.start_month[hits] - true_start[hits]).astype(np.float64)
    return Quality(
        flagged=int(result.flagged.sum()),
        precision_at_50=precision_at_k(ranked, truth, 50),
        precision_at_100=precision_at_k(ranked, truth, 100),
        precision=float(truth[result.flagged].mean()) if result.flagged.any() else float("nan"),
        recall=float(hits.sum() / max(truth.sum(), 1)),
        auc=auc(result.score, truth),
        start_error_mean=float(err.mean()) if err.size else float("nan"),
        start_error_median=float(np.median(err)) if err.size else float("nan"),
    )


def rule_contributions(
    E: np.ndarray,
    meta: ScanMeta,
    truth: np.ndarray,
    true_start: np.ndarray,
    month_index: int | None = None,
    settings: ScanSettings = DEFAULT_SETTINGS,
) -> list[tuple[str, Quality]]:
    """Quality with all rules, each rule alone, and all but one: how each rule contributes.

    The cross-checks (LOSS, EVENT) only move scores, so "alone" rows are given for the detecting rules.
    """
    rows = [("all", evaluate(scan(E, meta, month_index, settings), truth, true_start))]
    detecting = (Rule.MOM, Rule.YOY, Rule.PEER, Rule.ZERO, Rule.CUSUM)
    for r in detecting:
        res = scan(E, meta, month_index, replace(settings, rules=int(r)))
        rows.append((f"only {RULE_CODES[r]}", evaluate(res, truth, true_start)))
    for r in RULE_CODES:
        if r is Rule.SUPPLY:  # an annotation of the LOSS cross-check, not a rule that can be turned off
            continue
        res = scan(E, meta, month_index, replace(settings, rules=int(settings.rules) & ~int(r)))
        rows.append((f"without {RULE_CODES[r]}", evaluate(res, truth, true_start)))
    return rows


def format_table(rows: list[tuple[str, Quality]]) -> str:
    """A plain-text table of rule_contributions() for benchmarks and notes."""
    head = f"{'rules':<16}{'flagged':>8}{'P@50':>7}{'P@100':>7}{'prec':>7}{'recall':>8}{'AUC':>7}{'start±':>8}{'med':>5}"
    lines = [head]
    for name, q in rows:
        lines.append(
            f"{name:<16}{q.flagged:>8}{q.precision_at_50:>7.2f}{q.precision_at_100:>7.2f}{q.precision:>7.2f}"
            f"{q.recall:>8.3f}{q.auc:>7.3f}{q.start_error_mean:>8.2f}{q.start_error_median:>5.0f}"
        )
    return "\n".join(lines)
