"""Tune the sudden-drop scan on the TUNE parts of the evaluation sets only (never the report parts).

    python -m tests.benchmarks.tune_scan                       # today's settings beside the baseline
    python -m tests.benchmarks.tune_scan loss_llr_weight=0.3 flag_score=30   # a variant

Prints, per set, AUC, P@50, P@100, recall (and partial), start within ±1, decoys flagged per station. The
figures to quote are the REPORT parts, printed by `python -m tests.benchmarks eval`.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Any

import numpy as np

from tests.benchmarks.bench_eval import evaluate_detector, oracle_start_within_1
from tests.benchmarks.evalsets import baseline, real_data


def _line(name: str, d: dict[str, Any]) -> str:
    if not d:
        return f"{name:>10}  (set not available)"
    return (f"{name:>10}  AUC {d['auc']:.3f}  P@50 {d['p_at_50']:.2f}  P@100 {d['p_at_100']:.2f}  "
            f"recall {d['recall']:.2f} (partial {d['recall_by_shape']['partial']:.2f}, "
            f"gradual {d['recall_by_shape']['gradual']:.2f})  start±1 {d['start_within_1']:.3f}  "
            f"flagged {d['flagged']:.0f}  decoys {d['decoys_flagged_total']:.1f} "
            + " ".join(f"{k}={v:.1f}" for k, v in d["decoys_flagged"].items()))


def main(argv: list[str]) -> int:
    from station.analysis.drops import scan
    from station.analysis.thresholds import DEFAULT_SETTINGS

    overrides: dict[str, Any] = {}
    for arg in argv:
        key, _, value = arg.partition("=")
        current = getattr(DEFAULT_SETTINGS, key)
        overrides[key] = type(current)(value)
    settings = dataclasses.replace(DEFAULT_SETTINGS, **overrides)
    sets = ["station"] + (["tianchi"] if real_data.available() else [])
    for set_name in sets:
        print(f"-- {set_name} (tune) --")
        print(_line("scan", evaluate_detector(lambda E, meta: scan(E, meta, settings=settings), set_name, "tune")))
        print(_line("baseline", evaluate_detector(baseline.detect, set_name, "tune")))
        of_hits, of_all = oracle_start_within_1(set_name, "tune")
        print(f"{'oracle':>10}  start±1 {of_hits:.3f} of the scan's hits, {of_all:.3f} of all thefts (told shape and depth)")
    np.seterr(all="ignore")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
