"""The sudden-drop scan over a county (200,000 customers × 36 months of synthetic data) and its quality.

Prints the scan's time beside a bare numpy pass over the same matrix (one year-over-year division), the
quality against the injected truth, and the per-rule table. Loading from the database joins in a later phase.
"""

from __future__ import annotations

import time

import numpy as np

from tests.benchmarks.common import best_of, report

N_CUSTOMERS, MONTHS, SEED = 200_000, 36, 2026  # the detector was tuned on seed 11, not this one


def main() -> None:
    from station.analysis.drops import scan
    from station.analysis.evaluate import evaluate, format_table, rule_contributions
    from station.analysis.lineloss import area_sales, line_loss
    from station.analysis.synth import THEFT_SHAPES, synth_consumption

    t0 = time.perf_counter()
    data = synth_consumption(N_CUSTOMERS, months=MONTHS, seed=SEED)
    report(f"synth {N_CUSTOMERS:,} × {MONTHS}", time.perf_counter() - t0, aim="a few seconds")
    E, truth = data.E, data.truth
    meta = truth.meta(data.supply, data.events)

    def bare() -> None:
        # the floor of any vectorised rule: one year-over-year pass over the same matrix
        with np.errstate(invalid="ignore", divide="ignore"):
            (E[:, 12:] / E[:, :-12]).min(axis=1)

    baseline = best_of(bare)
    seconds = best_of(lambda: scan(E, meta))
    report("scan (numpy only; baseline: one vectorised year-over-year pass)", seconds, baseline,
           aim="< 1 s, leaving room for loading in the 2 s budget")
    t_loss = best_of(lambda: line_loss(data.supply, area_sales(E, truth.area, truth.n_areas)[0]))
    report(f"line loss, {truth.n_areas} 台区 × {MONTHS} months (same baseline)", t_loss, baseline)

    result = scan(E, meta)
    q = evaluate(result, truth.theft, truth.start)
    print(
        f"theft cases {int(truth.theft.sum())}, flagged {q.flagged}; precision@50 {q.precision_at_50:.2f}, "
        f"@100 {q.precision_at_100:.2f}, overall {q.precision:.2f}; recall {q.recall:.3f}; AUC {q.auc:.3f}; "
        f"start month error mean {q.start_error_mean:.2f}, median {q.start_error_median:.0f} months"
    )
    hits = result.flagged & truth.theft
    print(
        "recall by theft shape: "
        + ", ".join(
            f"{name} {hits[truth.shape == k].sum() / max((truth.shape == k).sum(), 1):.2f}"
            for k, name in enumerate(THEFT_SHAPES)
        )
    )
    false = result.ranked(100)[~truth.theft[result.ranked(100)]]
    print(
        f"false alarms in the top 100: {false.size} ({int((truth.vacated[false] >= 0).sum())} homes that became empty)"
    )
    print(format_table(rule_contributions(E, meta, truth.theft, truth.start)), flush=True)


if __name__ == "__main__":
    main()
