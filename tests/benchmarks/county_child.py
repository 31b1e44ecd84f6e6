"""One scan of the county in a process of its own, for its time and peak resident memory (VmHWM).

`python -m tests.benchmarks.county_child URL MONTH` prints one JSON line: seconds, peak_mb, suspects.
A process of its own, so the peak is the scan's (plus the interpreter and the imports it needs), not the
benchmark's.
"""

from __future__ import annotations

import json
import sys
import time


def peak_mb() -> float:
    """VmHWM (the resident high-water mark) of this process, MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(url: str, month: int) -> None:
    from station.consumption.service import run_scan
    from station.workspace import open_workspace

    ws = open_workspace(url, operator="bench", upgrade=False)
    try:
        before = peak_mb()
        t0 = time.perf_counter()
        with ws.sessions() as s:
            suspects = run_scan(s, month)
        seconds = time.perf_counter() - t0
    finally:
        ws.close()
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "start_mb": before, "suspects": len(suspects)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
