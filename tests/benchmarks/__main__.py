"""Run every benchmark module (bench_*.py), or those named: `python -m tests.benchmarks customers pdf`.

Names come first; from the first option on (`county --customers 100000 --parts import`) the arguments are
left in sys.argv for the modules to read, and never select a module.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    first_option = next((i for i, a in enumerate(argv) if a.startswith("-")), len(argv))
    picked = argv[:first_option]
    if picked:
        names = [n for n in names if any(a in n for a in picked)]
    for name in names:
        print(f"== {name[len('bench_'):]} ==", flush=True)
        t0 = time.perf_counter()
        importlib.import_module(f"tests.benchmarks.{name}").main()
        print(f"   ({time.perf_counter() - t0:.1f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
