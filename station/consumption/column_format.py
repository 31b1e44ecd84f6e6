"""How one month of the columnar copy is laid out in its two byte strings, and how it goes into E.

Measured on a county of 1,000,000 customers × 36 months on PostgreSQL (tests/benchmarks/bench_county.py):
the first form (int64 ids + float64 kWh, 16 bytes a customer) sent 576 MB over the wire for every scan and
held all 36 months at once, which made reading the copy slower than the numpy scan and put the scan's peak
above 2 GB. Two facts of real stations make it four times smaller without losing a bit:

- **ids**: a customer's id is its row id, so a month's ids are nearly one range. Then the month is stored as
  its first id and one value per id of the range (a hole where a customer has no reading); the value of the
  customer with id `first + k` is at position k, so no id travels at all and filling E is one gather.
  Scattered ids (a station that deleted most of its customers) keep an explicit id list (int32 when they fit).
- **kWh**: meters give whole kWh or hundredths, so a month's values are stored as int32 hundredths when
  `round(kwh × 100) / 100` gives back every value exactly (the check runs the decoder's own arithmetic, so the
  float64 in E is the one the table holds); otherwise as float64. float32 was not chosen: it does not hold
  123.45 exactly, and line loss sums must not move.

Each string starts with an 8-byte header (a letter and padding, so the numbers after it stay aligned).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_RANGE, _IDS32, _IDS64 = b"R", b"I", b"L"
_CENTI, _FLOAT = b"C", b"D"
_HEAD = 8
_HOLE = np.iinfo(np.int32).min  # a customer of the range without a reading, in the hundredths form
_CENTI_MAX = float(np.iinfo(np.int32).max - 1)


def _header(letter: bytes) -> bytes:
    return letter.ljust(_HEAD, b"\0")


@dataclass(frozen=True, slots=True)
class MonthColumn:
    """One month: either a range of ids from `first` with a value (NaN: none) per id, or explicit `ids`."""

    kwh: np.ndarray  # float64
    first: int | None = None  # the range form
    ids: np.ndarray | None = None  # int64, ascending: the list form

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(customer ids, kWh) of the readings the month holds."""
        if self.ids is not None:
            return self.ids, self.kwh
        held = np.flatnonzero(~np.isnan(self.kwh))
        return held + int(self.first or 0), self.kwh[held]


def encode(ids: np.ndarray, kwh: np.ndarray) -> tuple[bytes, bytes]:
    """A month's readings (ids ascending, their kWh) as the two stored strings."""
    ids = np.ascontiguousarray(ids, dtype=np.int64)
    kwh = np.ascontiguousarray(kwh, dtype=np.float64)
    if ids.size and int(ids[-1]) - int(ids[0]) + 1 <= 2 * ids.size:
        first = int(ids[0])
        dense = np.full(int(ids[-1]) - first + 1, np.nan)
        dense[ids - first] = kwh
        return _header(_RANGE) + np.int64(first).tobytes(), _encode_kwh(dense)
    if not ids.size or int(ids[-1]) < 2**31:
        return _header(_IDS32) + ids.astype(np.int32).tobytes(), _encode_kwh(kwh)
    return _header(_IDS64) + ids.tobytes(), _encode_kwh(kwh)


def _encode_kwh(kwh: np.ndarray) -> bytes:
    hole = np.isnan(kwh)
    with np.errstate(invalid="ignore"):
        centi = np.rint(kwh * 100.0)
        fits = bool(np.all(hole | (np.abs(centi) <= _CENTI_MAX)))
    if fits:
        back = centi / 100.0
        # −0.0 would come back as 0.0: equal, but not the same bits, so such a month stays float64
        exact = np.array_equal(back[~hole], kwh[~hole]) and not np.any((kwh == 0) & np.signbit(kwh))
        if exact:
            stored = np.where(hole, _HOLE, np.nan_to_num(centi)).astype(np.int32)
            return _header(_CENTI) + stored.tobytes()
    return _header(_FLOAT) + kwh.tobytes()


def decode(ids_blob: bytes, kwh_blob: bytes) -> MonthColumn:
    kwh = _decode_kwh(kwh_blob)
    kind = bytes(ids_blob[:1])
    if kind == _RANGE:
        return MonthColumn(kwh, first=int(np.frombuffer(ids_blob, np.int64, 1, _HEAD)[0]))
    dtype = np.int32 if kind == _IDS32 else np.int64
    if kind not in (_IDS32, _IDS64):
        raise ValueError(f"unknown column form {kind!r}")
    return MonthColumn(kwh, ids=np.frombuffer(ids_blob, dtype, offset=_HEAD).astype(np.int64))


def _decode_kwh(blob: bytes) -> np.ndarray:
    kind = bytes(blob[:1])
    if kind == _FLOAT:
        return np.frombuffer(blob, np.float64, offset=_HEAD)
    if kind != _CENTI:
        raise ValueError(f"unknown kWh form {kind!r}")
    stored = np.frombuffer(blob, np.int32, offset=_HEAD)
    out = stored.astype(np.float64)
    out /= 100.0
    out[stored == _HOLE] = np.nan
    return out


class RowIndex:
    """Row of each id among ascending `ids` (−1 for an id not among them), the look-up built once for
    every query: ids are row ids, so nearly dense, and a table beats a binary search over 7 M readings."""

    def __init__(self, ids: np.ndarray) -> None:
        self.ids = np.asarray(ids, dtype=np.int64)
        self._table: np.ndarray | None = None
        top = int(self.ids[-1]) if self.ids.size else 0
        if self.ids.size and top <= 4 * self.ids.size + 1_000:
            self._table = np.full(top + 2, -1, dtype=np.int64)
            self._table[self.ids] = np.arange(self.ids.size)

    def __call__(self, query: np.ndarray) -> np.ndarray:
        query = np.asarray(query, dtype=np.int64)
        ids = self.ids
        if not ids.size:
            return np.full(query.shape, -1, dtype=np.int64)
        if self._table is not None:
            return self._table[np.clip(query, 0, self._table.size - 1)]
        pos = np.minimum(np.searchsorted(ids, query), ids.size - 1)
        return np.where(ids[pos] == query, pos, -1)


class Filler:
    """Puts months into the columns of E (rows: the population's ids, ascending), reusing the row mapping
    between months: every month of a station has the same range or nearly the same ids."""

    def __init__(self, E: np.ndarray, customer_ids: np.ndarray) -> None:
        self.E, self.ids = E, np.asarray(customer_ids, dtype=np.int64)
        self._range: tuple[int, int, np.ndarray | None, np.ndarray | None] | None = None
        self._rows: RowIndex | None = None

    def put(self, j: int, col: MonthColumn) -> None:
        if col.ids is not None:
            if self._rows is None:
                self._rows = RowIndex(self.ids)
            rows = self._rows(col.ids)
            ok = rows >= 0
            self.E[rows[ok], j] = col.kwh[ok]
            return
        first, size = int(col.first or 0), col.kwh.size
        if self._range is None or self._range[:2] != (first, size):
            self._range = (first, size, *self._positions(first, size))
        _, _, at, pos = self._range
        if at is None:  # the population is exactly the range: one contiguous copy
            self.E[:, j] = col.kwh
        else:
            self.E[at, j] = col.kwh[pos]

    def _positions(self, first: int, size: int) -> tuple[np.ndarray | None, np.ndarray | None]:
        ids = self.ids
        if ids.size == size and size and int(ids[0]) == first and int(ids[-1]) == first + size - 1:
            return None, None
        pos = ids - first
        rows = np.flatnonzero((pos >= 0) & (pos < size))
        return rows, pos[rows]
