"""How a detector does against a known truth: ranking (AUC, precision@k), flags (recall by shape, decoys
flagged) and the start month.

A detector is any callable `(E, meta) -> result` whose result has per-customer `score`, `flagged` and
`start_month` (the scan's ScanResult, the baseline's Detection). The ranking for precision@k puts the flagged
first, in the detector's own order (`ranked()` when it has one, else by score), then everyone else by score:
so P@100 counts misses when fewer than 100 are flagged rather than dividing by fewer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from station.analysis.evaluate import auc
from tests.benchmarks.evalsets.theft import SHAPES

Detector = Callable[[np.ndarray, Any], Any]


def ranking(result: Any) -> np.ndarray:
    score = np.asarray(result.score, dtype=np.float64)
    flagged = np.asarray(result.flagged, dtype=bool)
    if hasattr(result, "ranked"):
        top = np.asarray(result.ranked(), dtype=np.int64)
    else:
        rows = np.flatnonzero(flagged)
        top = rows[np.argsort(-score[rows], kind="stable")]
    rest = np.flatnonzero(~flagged)
    rest = rest[np.argsort(-score[rest], kind="stable")]
    return np.concatenate([top, rest])


def counts(result: Any, theft: np.ndarray, start: np.ndarray, shape: np.ndarray,
           decoy: np.ndarray, decoy_names: tuple[str, ...]) -> dict:
    """Raw figures of one set (one station): summed over stations before they become rates."""
    score = np.nan_to_num(np.asarray(result.score, dtype=np.float64), nan=0.0)
    flagged = np.asarray(result.flagged, dtype=bool)
    order = ranking(result)
    hits = flagged & theft
    err = np.abs(np.asarray(result.start_month)[hits] - start[hits])
    out = {
        "customers": int(theft.size),
        "thefts": int(theft.sum()),
        "flagged": int(flagged.sum()),
        "hits": int(hits.sum()),
        "auc": auc(score, theft),
        "top50": int(theft[order[:50]].sum()),
        "top100": int(theft[order[:100]].sum()),
        "start_ok": int((err <= 1).sum()),
        "by_shape": {name: [int(hits[shape == k].sum()), int((shape == k).sum())] for k, name in enumerate(SHAPES)},
        "decoys": {name: [int((flagged & (decoy == k)).sum()), int((decoy == k).sum())]
                   for k, name in enumerate(decoy_names)},
        "decoys_top100": int((decoy[order[:100]] >= 0).sum()),
    }
    return out


def combine(parts: list[dict]) -> dict:
    """Rates over several stations: AUC and P@k averaged per station; recall and start ±1 pooled."""
    thefts = sum(p["thefts"] for p in parts)
    hits = sum(p["hits"] for p in parts)
    shapes = {k: [sum(p["by_shape"][k][0] for p in parts), sum(p["by_shape"][k][1] for p in parts)]
              for k in parts[0]["by_shape"]}
    decoys = {k: [sum(p["decoys"][k][0] for p in parts), sum(p["decoys"][k][1] for p in parts)]
              for k in parts[0]["decoys"]}
    n = len(parts)
    return {
        "stations": n,
        "customers": sum(p["customers"] for p in parts),
        "thefts": thefts,
        "auc": float(np.nanmean([p["auc"] for p in parts])),
        "p_at_50": sum(p["top50"] for p in parts) / (50 * n),
        "p_at_100": sum(p["top100"] for p in parts) / (100 * n),
        "flagged": sum(p["flagged"] for p in parts) / n,
        "recall": hits / max(thefts, 1),
        "recall_by_shape": {k: (v[0] / v[1] if v[1] else float("nan")) for k, v in shapes.items()},
        "start_within_1": sum(p["start_ok"] for p in parts) / max(hits, 1),
        "decoys_flagged": {k: v[0] / n for k, v in decoys.items()},
        "decoys_flagged_total": sum(v[0] for v in decoys.values()) / n,
        "decoys_in_top100": sum(p["decoys_top100"] for p in parts) / n,
    }
