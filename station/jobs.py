"""The old name of station.progress (kept while other branches still import it; new code imports progress)."""

from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

__all__ = ["Cancelled", "IsCancelled", "Progress", "never_cancelled", "no_progress"]
