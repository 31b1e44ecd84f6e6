"""The Qt binding keeps Python's reference counts: a release that leaks them aborts the program in a day's use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def test_emitting_and_disconnecting_signals_keeps_reference_counts() -> None:
    # PySide6 6.12.0 drops a reference to True per Python-side emit()/disconnect() (pyproject pins it out).
    probe = _Probe()

    def slot() -> None:
        pass

    before = sys.getrefcount(True)
    for _ in range(200):
        probe.fired.connect(slot)
        probe.fired.emit()
        probe.fired.disconnect(slot)
    assert sys.getrefcount(True) >= before - 5
