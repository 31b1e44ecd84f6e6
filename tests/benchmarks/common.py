"""Timing helpers: best-of-N wall time, and one line that sets a figure beside its baseline."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def report(name: str, seconds: float, baseline: float | None = None, *, aim: str = "") -> None:
    """Print `name: 1.23 s  (baseline 0.50 s, 2.46×)  aim …`."""
    line = f"{name}: {seconds * 1000:.0f} ms" if seconds < 1 else f"{name}: {seconds:.2f} s"
    if baseline:
        line += f"   (baseline {baseline:.3f} s, {seconds / baseline:.2f}×)"
    if aim:
        line += f"   aim {aim}"
    print(line, flush=True)
