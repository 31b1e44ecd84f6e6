"""Work-arounds for bugs of the installed Qt binding, applied once when `ui` is imported.

PySide6 6.12.0 on Python 3.11 returns a *borrowed* reference from `SignalInstance.emit()` and
`SignalInstance.disconnect()`: each call drops one reference to `True`, and after a few thousand signals
the interpreter aborts with "Fatal Python error: bool_dealloc". (Signals emitted by Qt's C++ side are not
affected.) The probe below detects the bug, and the wrappers add the missing reference back, so the
program works on the broken release and on a fixed one alike.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _loses_refs(call: Any) -> bool:
    before = sys.getrefcount(True)
    for _ in range(4):
        call()
    lost = before - sys.getrefcount(True)
    for _ in range(max(0, lost)):  # give back what the probe itself took
        _incref(True)
    return lost > 0


def _patch() -> list[str]:
    patched: list[str] = []
    probe = _Probe()

    def slot() -> None:
        pass

    if _loses_refs(probe.fired.emit):
        original_emit = SignalInstance.emit

        def emit(self: SignalInstance, *args: Any) -> Any:
            result = original_emit(self, *args)
            _incref(result)
            return result

        SignalInstance.emit = emit  # type: ignore[method-assign]
        patched.append("emit")

    def connect_disconnect() -> None:
        probe.fired.connect(slot)
        probe.fired.disconnect(slot)

    if _loses_refs(connect_disconnect):
        original_disconnect = SignalInstance.disconnect

        def disconnect(self: SignalInstance, *args: Any) -> Any:
            result = original_disconnect(self, *args)
            if isinstance(result, bool):
                _incref(result)
            return result

        SignalInstance.disconnect = disconnect  # type: ignore[method-assign]
        patched.append("disconnect")
    return patched


PATCHED: list[str] = _patch()
