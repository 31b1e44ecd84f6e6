"""Real public consumption with theft injected: placeholder until the loader lands (next commit)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    return Path(os.environ.get("STATION_EVAL_DATA", Path.home() / ".cache" / "station-eval"))


def available() -> bool:
    return False


def how_to_get() -> str:
    return "-- sgcc: real data loader not written yet --"


def load(part: str):  # noqa: ANN201
    return None
