"""The sudden-drop scan judged on data it was not tuned on, side by side with a plain baseline.

Sets (see tests/benchmarks/evalsets):
- `station`: the independent station generator (`evalsets.station_gen`), 3,000 customers × 36 months a station;
  TUNE = seeds 1–5, REPORT = seeds 101–105.
- `tianchi`: real enterprise daily consumption (Tianchi / 扬中) aggregated to months, theft injected
  (`evalsets.real_data`); enterprises split by a hash of their id, three injections per part (seeds 1–3
  tune, 101–103 report). Skipped, with a note on where to get it, when the data is not in the cache.

`python -m tests.benchmarks eval` prints the REPORT part of each set; with STATION_EVAL_JSON=path the same
figures are written as JSON. A tuning script calls `evaluate_detector(fn, "station", "tune")` instead, and
never looks at the report part.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from tests.benchmarks.evalsets import baseline, metrics, oracle, real_data, station_gen

SETS = ("station", "tianchi")


def _scan(E: np.ndarray, meta: Any) -> Any:
    from station.analysis.drops import scan

    return scan(E, meta)


DETECTORS: dict[str, Callable[[np.ndarray, Any], Any]] = {"scan": _scan, "baseline": baseline.detect}


def stations(set_name: str, part: str) -> Iterator[tuple[np.ndarray, Any, Any]]:
    """(E, meta, truth) of each station of a set's part; truth has theft, start, shape, decoy, decoys."""
    if part not in ("tune", "report"):
        raise ValueError(f"part must be 'tune' or 'report', not {part!r}")
    if set_name == "station":
        for seed in station_gen.TUNE_SEEDS if part == "tune" else station_gen.REPORT_SEEDS:
            yield station_gen.build(seed)
    elif set_name == "tianchi":
        yield from real_data.stations(part)
    else:
        raise ValueError(f"unknown evaluation set {set_name!r}; known: {', '.join(SETS)}")


def evaluate_detector(detector_fn: Callable[[np.ndarray, Any], Any], set_name: str, part: str = "tune") -> dict:
    """Figures of `detector_fn(E, meta)` on one part of one set (empty dict when the set is not available).

    Keys: auc, p_at_50, p_at_100, flagged (per station), recall, recall_by_shape, start_within_1,
    decoys_flagged (per kind, per station), decoys_in_top100, plus stations/customers/thefts.
    """
    parts = []
    for E, meta, truth in stations(set_name, part):
        result = detector_fn(E, meta)
        parts.append(metrics.counts(result, truth.theft, truth.start, truth.shape, truth.decoy, truth.decoys))
    return metrics.combine(parts) if parts else {}


def oracle_start_within_1(set_name: str, part: str) -> tuple[float, float]:
    """(of the scan's hits, of all thefts): the share an oracle told each theft's shape and depth dates within
    ±1 month (evalsets.oracle) — how much of start ±1 the data allows, beside what the scan reaches."""
    from station.analysis.drops import scan
    from station.analysis.thresholds import DEFAULT_SETTINGS

    ok_hits = hits = ok_all = thefts = 0
    for E, meta, truth in stations(set_name, part):
        T = E.shape[1] - 1
        lo = max(0, T - DEFAULT_SETTINGS.window_months + 1)
        rows = np.flatnonzero(truth.theft)
        within = np.abs(oracle.starts(E, truth, rows, lo, T) - truth.start[rows]) <= 1
        hit = scan(E, meta).flagged[rows]
        ok_hits, hits = ok_hits + int((within & hit).sum()), hits + int(hit.sum())
        ok_all, thefts = ok_all + int(within.sum()), thefts + rows.size
    return ok_hits / max(hits, 1), ok_all / max(thefts, 1)


def _f(x: float, fmt: str = ".3f") -> str:
    return "  -  " if x is None or (isinstance(x, float) and np.isnan(x)) else format(x, fmt)


def _print_side_by_side(set_name: str, part: str, figures: dict[str, dict], seconds: dict[str, float]) -> None:
    first = next(iter(figures.values()))
    print(f"-- {set_name} ({part}): {first['stations']} station(s), {first['customers']:,} customers, "
          f"{first['thefts']} thefts --")
    names = list(figures)
    print(f"{'':28}" + "".join(f"{n:>12}" for n in names))

    def row(label: str, get: Callable[[dict], float], fmt: str = ".3f") -> None:
        print(f"{label:28}" + "".join(f"{_f(get(figures[n]), fmt):>12}" for n in names))

    row("AUC", lambda d: d["auc"])
    row("P@50", lambda d: d["p_at_50"], ".2f")
    row("P@100", lambda d: d["p_at_100"], ".2f")
    row("flagged / station", lambda d: d["flagged"], ".0f")
    row("recall", lambda d: d["recall"], ".2f")
    for shape in first["recall_by_shape"]:
        row(f"  recall {shape}", lambda d, s=shape: d["recall_by_shape"][s], ".3f")
    row("start within ±1 (of hits)", lambda d: d["start_within_1"], ".3f")
    row("decoys flagged / station", lambda d: d["decoys_flagged_total"], ".1f")
    for kind in first["decoys_flagged"]:
        row(f"  {kind}", lambda d, k=kind: d["decoys_flagged"][k], ".1f")
    row("decoys in top 100 / station", lambda d: d["decoys_in_top100"], ".1f")
    print(f"{'seconds (with loading)':28}" + "".join(f"{seconds[n]:>12.2f}" for n in names))


def main() -> None:
    out: dict[str, Any] = {"part": "report", "flag_threshold_baseline": baseline.FLAG_SCORE, "sets": {}}
    for set_name in SETS:
        if set_name == "tianchi" and not real_data.available():
            print(real_data.how_to_get())
            out["sets"][set_name] = None
            continue
        figures, seconds = {}, {}
        for name, fn in DETECTORS.items():
            t0 = time.perf_counter()
            figures[name] = evaluate_detector(fn, set_name, "report")
            seconds[name] = time.perf_counter() - t0
        if not figures["scan"]:
            out["sets"][set_name] = None
            continue
        _print_side_by_side(set_name, "report", figures, seconds)
        of_hits, of_all = oracle_start_within_1(set_name, "report")
        print(f"{'start ±1, oracle (told shape':28}  {of_hits:.3f} of the scan's hits, {of_all:.3f} of all thefts")
        print(f"{'  and depth: evalsets.oracle)':28}")
        out["sets"][set_name] = {**figures, "oracle_start_within_1": {"of_scan_hits": of_hits, "of_thefts": of_all}}
    path = os.environ.get("STATION_EVAL_JSON")
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
        print(f"figures written to {path}")


if __name__ == "__main__":
    main()
