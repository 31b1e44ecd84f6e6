"""The installed devices of a due list as columns of one SELECT: codes and numpy arrays for the whole stock, a
`Device` tuple only for the rows a rule looks at one by one (the few HV devices) or a list shows.

A county has 230,000 installed devices. Building a tuple per device, then looping over them per rule, cost
three times the SELECT itself (issue 13); the arrays here cost a fraction of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from station.due.load import Device, devices_query, plain_rows

# Positions in load.devices_query's row (the fields of Device).
ID, ASSET_NO, KIND, MODEL, MAKER, _ACC, PHASES, VERIFIED, POINT, CLASS, METHOD, ENERGISED = range(12)
ACCOUNT, NAME, AREA = 13, 14, 16
_DATES = (VERIFIED, ENERGISED)
_EPOCH = dt.date(1970, 1, 1)


def day_numbers(values: Sequence[Any]) -> np.ndarray:
    """Dates as datetime64[D] (NaT for None), from date objects or SQLite's 'YYYY-MM-DD' text, each distinct
    value converted once (a county's 230,000 verification dates fall on a few thousand days)."""
    table = {v: _day_number(v) for v in dict.fromkeys(values)}
    return np.fromiter(map(table.__getitem__, values), dtype="int64", count=len(values)).astype("datetime64[D]")


def _day_number(v: Any) -> int:
    if v is None:
        return np.iinfo("int64").min  # the integer behind NaT
    return ((v if isinstance(v, dt.date) else dt.date.fromisoformat(v)) - _EPOCH).days


def factorize(values: Sequence[Hashable]) -> tuple[np.ndarray, list[Any]]:
    """Each value's index into the list of distinct values (in order of first appearance), and that list.

    dict.fromkeys and map over a bound method run in C: five times faster than a generator of setdefault.
    """
    uniques = list(dict.fromkeys(values))
    index = {v: i for i, v in enumerate(uniques)}
    return np.fromiter(map(index.__getitem__, values), dtype="int32", count=len(values)), uniques


def device_columns(session: Session, area_id: int | None = None, device_class: str | None = None) -> DeviceColumns:
    """Every installed device with its metering point, customer and 台区, in one query, as columns."""
    rows = plain_rows(session, devices_query(area_id, device_class))
    # Object arrays, not tuples, and the row tuples freed at once: the cyclic collector walks every element of
    # a tuple it tracks, and when it resumed after a county's list (service._bulk) that walk over 19 columns
    # of 230,000 cost a sixth of the list. numpy arrays are not tracked.
    columns = [_objects(c) for c in zip(*rows, strict=True)] if rows else [_objects(())] * len(Device._fields)
    del rows
    return DeviceColumns(columns)


def _objects(values: Sequence[Any]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


class DeviceColumns:
    """The columns of load.devices_query's rows (the fields of Device); `device(i)` is row i as a Device."""

    def __init__(self, columns: list[np.ndarray]) -> None:
        self.memo: dict[str, Any] = {}  # what the rules derive from the columns, once per load
        self._cols = columns
        self._n = len(columns[0])

    def __len__(self) -> int:
        return self._n

    def value(self, position: int, i: int) -> Any:
        return self._cols[position][i]

    def column(self, position: int) -> np.ndarray:
        return self._cols[position]

    @cached_property
    def verified(self) -> np.ndarray:
        return day_numbers(self._cols[VERIFIED])

    @cached_property
    def point_id(self) -> np.ndarray:
        return np.fromiter(self._cols[POINT], dtype="int64", count=self._n)

    def codes(self, position: int) -> tuple[np.ndarray, list[Any]]:
        """A text column factorized (cached): kind, model, maker, class, method have a few distinct values."""
        got = self._codes.get(position)
        if got is None:
            got = self._codes[position] = factorize(self._cols[position])
        return got

    @cached_property
    def _codes(self) -> dict[int, tuple[np.ndarray, list[Any]]]:
        return {}

    def isin(self, position: int, values: Sequence[Any]) -> np.ndarray:
        """Which rows have one of `values` in the column."""
        codes, uniques = self.codes(position)
        wanted = [i for i, v in enumerate(uniques) if v in set(values)]
        return np.isin(codes, wanted)

    def pick(self, position: int, rows: np.ndarray | list[int]) -> np.ndarray:
        """The column's values at `rows` (an object array)."""
        return self._cols[position][rows]  # type: ignore[no-any-return]

    def haystack(self, i: int) -> str:
        """What a search looks in: asset number, 户号 and name, lower-case (as the due page's filter)."""
        c = self._cols
        return f"{c[ASSET_NO][i]}\n{c[ACCOUNT][i]}\n{c[NAME][i]}".lower()

    def device(self, i: int) -> Device:
        row = [c[i] for c in self._cols]
        for k in _DATES:
            if row[k] is not None and not isinstance(row[k], dt.date):
                row[k] = dt.date.fromisoformat(row[k])
        return Device._make(row)

    def devices(self, where: np.ndarray | None = None) -> list[Device]:
        """The Devices of the rows where `where` holds (every row without it), in row order."""
        rows = range(self._n) if where is None else np.flatnonzero(where).tolist()
        return [self.device(i) for i in rows]
