"""The installed meters of a due list as columns of one SELECT: numpy arrays for the whole stock, a row's values
read only when a list shows it.

A county has 200,000 installed meters. Building a tuple per device, then looping over them per rule, cost three
times the SELECT itself (issue 13); the arrays here cost a fraction of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from functools import cached_property
from typing import Any

import numpy as np
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.schema import Asset, Customer, MeteringPoint, TransformerArea
from station.domain.codes import AssetKind
from station.due.load import Device, installed_where, plain_rows

# Positions in meters_query's row.
ID, ASSET_NO, MODEL, MAKER, PHASES, VERIFIED, POINT, ACCOUNT, NAME, AREA = range(10)
_EPOCH = dt.date(1970, 1, 1)


def day_numbers(values: Sequence[Any] | np.ndarray) -> np.ndarray:
    """Dates as datetime64[D] (NaT for None), from date objects or SQLite's 'YYYY-MM-DD' text, each distinct
    value converted once (a county's 200,000 verification dates fall on a few thousand days)."""
    table = {v: _day_number(v) for v in dict.fromkeys(values)}
    return np.fromiter(map(table.__getitem__, values), dtype="int64", count=len(values)).astype("datetime64[D]")


def _day_number(v: Any) -> int:
    if v is None:
        return int(np.iinfo("int64").min)  # the integer behind NaT
    return ((v if isinstance(v, dt.date) else dt.date.fromisoformat(v)) - _EPOCH).days


def factorize(values: Sequence[Hashable] | np.ndarray) -> tuple[np.ndarray, list[Any]]:
    """Each value's index into the list of distinct values (in order of first appearance), and that list.

    dict.fromkeys and map over a bound method run in C: five times faster than a generator of setdefault.
    """
    uniques = list(dict.fromkeys(values))
    index = {v: i for i, v in enumerate(uniques)}
    return np.fromiter(map(index.__getitem__, values), dtype="int32", count=len(values)), uniques


def meters_query(area_id: int | None = None, device_class: str | None = None) -> Select[Any]:
    """The verified installed meters with what rotation and sampling need, and what a list row shows."""
    stmt: Select[Any] = (
        select(  # type: ignore[assignment]
            Asset.id,
            Asset.asset_no,
            Asset.model,
            Asset.maker,
            Asset.phases,
            Asset.verified_on,
            MeteringPoint.id,
            Customer.account_no,
            Customer.name,
            func.coalesce(TransformerArea.code, ""),
        )
        .join(MeteringPoint, Asset.metering_point_id == MeteringPoint.id)
        .join(Customer, MeteringPoint.customer_id == Customer.id)
        .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
        .where(*installed_where(area_id, device_class), Asset.kind == AssetKind.METER, Asset.verified_on.is_not(None))
    )
    return stmt


def meter_columns(session: Session, area_id: int | None = None, device_class: str | None = None) -> MeterColumns:
    """Every verified installed meter as columns: ten of load.devices_query's nineteen, as the rows of that
    query are most of a due list's time and the other columns matter only for the few HV devices
    (load.tested_devices reads those in full)."""
    return _columns(plain_rows(session, meters_query(area_id, device_class)))


def meter_columns_of(devices: Sequence[Device]) -> MeterColumns:
    """meter_columns of devices already loaded (the exceptions list reads every device in full anyway)."""
    return _columns([
        (d.id, d.asset_no, d.model, d.maker, d.phases, d.verified_on, d.point_id, d.account_no, d.customer_name,
         d.area_code)
        for d in devices
        if d.kind == AssetKind.METER and d.verified_on is not None
    ])


def _columns(rows: list[tuple[Any, ...]]) -> MeterColumns:
    # One object array, not tuples, and the row tuples freed at once: the cyclic collector walks every element
    # of a tuple it tracks, and when it resumed after a county's list (service._bulk) that walk over the
    # columns of 200,000 rows cost a sixth of the list; numpy arrays are not tracked. Filled from the rows in
    # one pass in C (transposing through zip, then each column into an array, took twice as long).
    table = np.empty((len(rows), AREA + 1), dtype=object)
    if rows:
        table[:] = rows
    del rows
    return MeterColumns([table[:, k] for k in range(table.shape[1])])


class MeterColumns:
    """The columns of meters_query's rows; `memo` keeps what the rules derive from them (once per load)."""

    def __init__(self, columns: list[np.ndarray]) -> None:
        self.memo: dict[str, Any] = {}
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
        return self._cols[POINT].astype("int64")

    def codes(self, position: int) -> tuple[np.ndarray, list[Any]]:
        """A text column factorized (cached): model and maker have a few dozen distinct values."""
        key = f"codes {position}"
        if key not in self.memo:
            self.memo[key] = factorize(self._cols[position])
        return self.memo[key]

    def pick(self, position: int, rows: np.ndarray) -> np.ndarray:
        """The column's values at `rows` (an object array)."""
        return self._cols[position][rows]

    def haystack(self, i: int) -> str:
        """What a search looks in: asset number, 户号 and name, lower-case (as the due page's filter)."""
        c = self._cols
        return f"{c[ASSET_NO][i]}\n{c[ACCOUNT][i]}\n{c[NAME][i]}".lower()
