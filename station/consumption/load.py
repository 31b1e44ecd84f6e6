"""Database → numpy: the consumption matrix E, the population the scan knows, asset events and 台区 supply.

Bulk paths read through the driver's own cursor into numpy (np.fromiter over the cursor with a structured
dtype): building SQLAlchemy rows for 7.2 M readings would cost several times the bare SELECT.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import BigInteger, CompoundSelect, Float, Integer, Select, case, cast, func, select
from sqlalchemy.orm import Session

from db.schema import (
    AreaSupply,
    Asset,
    AssetEvent,
    Customer,
    CustomerAreaLink,
    MeteringPoint,
    MonthlyConsumption,
    TransformerArea,
)
from station.analysis.drops import AssetEvents, ScanMeta
from station.analysis.matrix import MonthAxis, yyyymm_to_serial
from station.consumption import matrix_cache
from station.consumption.column_format import Filler, MonthColumn, RowIndex
from station.consumption.ledger_changes import load_reductions
from station.consumption.pgcopy import copy_array, copy_batches, dated_ymd, ymd_of
from station.domain.codes import TARIFF_CATEGORIES, CustomerStatus

#: Months of history a scan of month T reads: rule 5's CUSUM starts a year before the 12-month window and
#: compares with the year before that (station.analysis.drops), so 36 months reach back to T − 35.
SCAN_LOOKBACK_MONTHS = 36

#: Asset-event kinds the scan's cross-check knows (station.analysis.synth uses the same numbers).
EVENT_METER, EVENT_CT_PT = 1, 2
_SWAP_EVENTS = ("installed", "removed")


def raw_cursor(session: Session) -> Any:
    """The DBAPI cursor of the session's connection (same transaction), for bulk reads."""
    return session.connection().connection.cursor()


def raw_sql(session: Session, stmt: Select[Any]) -> str:
    """A Core SELECT as SQL text for the driver's cursor. Only ints and fixed strings are ever bound here."""
    dialect = session.get_bind().dialect
    return str(stmt.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _wide(session: Session, stmt: Select[Any], dtype: list[tuple[str, str]]) -> str:
    """The SELECT as PostgreSQL's COPY reads it: each column cast to the dtype's int8/float8."""
    wide = [cast(c, BigInteger if kind == "i8" else Float)
            for c, (_, kind) in zip(stmt.selected_columns, dtype, strict=True)]
    return raw_sql(session, stmt.with_only_columns(*wide))


#: Which customers a load reads: a SELECT (or UNION) of their ids, the ids themselves, or None for all.
Customers = Select[Any] | CompoundSelect[Any] | Sequence[int] | None


def fetch_array(session: Session, stmt: Select[*tuple[Any, ...]], dtype: list[tuple[str, str]]) -> np.ndarray:
    """Run a SELECT through the driver's cursor straight into a structured numpy array (on PostgreSQL as a
    binary COPY, each column cast to the dtype's int8/float8: station.consumption.pgcopy)."""
    cur = raw_cursor(session)
    try:
        if session.get_bind().dialect.name == "postgresql":
            return copy_array(cur, _wide(session, stmt, dtype), dtype)
        cur.execute(raw_sql(session, stmt))
        return np.fromiter(cur, dtype=dtype)  # NULLs would not convert: callers coalesce them in SQL
    finally:
        cur.close()


def fetch_batches(
    session: Session, stmt: Select[Any], dtype: list[tuple[str, str]], rows: int = 1 << 18
) -> Iterator[np.ndarray]:
    """fetch_array's result about `rows` rows at a time, for a caller that folds each batch into arrays of
    its own and so never holds the whole result (on PostgreSQL: the binary COPY parsed as it arrives)."""
    cur = raw_cursor(session)
    try:
        if session.get_bind().dialect.name == "postgresql":
            wire_row = 2 + 12 * len(dtype)  # a field count, then a length and 8 bytes per column
            yield from copy_batches(cur, _wide(session, stmt, dtype), dtype, chunk_bytes=rows * wire_row)
            return
        cur.execute(raw_sql(session, stmt))
        while (batch := np.fromiter(itertools.islice(cur, rows), dtype=dtype)).size:
            yield batch
    finally:
        cur.close()


def _first_day(yyyymm: int) -> dt.date:
    return dt.date(yyyymm // 100, yyyymm % 100, 1)


def ymd(session: Session, column: Any) -> Any:
    """A date column as the integer YYYYMMDD (NULL stays NULL), in the dialect's own words."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.to_char(column, "YYYYMMDD"), Integer)
    # Dates are stored as 'YYYY-MM-DD' text on SQLite: dropping the dashes is cheaper than strftime's parse.
    return cast(func.replace(column, "-", ""), Integer)


def parse_month(text: str | int) -> int:
    """'2025-03', '202503' or 202503 → 202503; ValueError otherwise."""
    if isinstance(text, int):
        value = text
    else:
        t = text.strip().replace("-", "").replace("/", "")
        if len(t) != 6 or not t.isdigit():
            raise ValueError(f"not a month: {text!r} (YYYY-MM)")
        value = int(t)
    if not 1 <= value % 100 <= 12 or value // 100 < 1900:
        raise ValueError(f"not a month: {text!r} (YYYY-MM)")
    return value


def month_label(yyyymm: int) -> str:
    return f"{yyyymm // 100:04d}-{yyyymm % 100:02d}"


def data_months(session: Session) -> tuple[int, int] | None:
    """(first, last) YYYYMM with readings or supply, None in a station without any.

    One aggregate per query: SQLite answers a lone min() or max() from the index, but scans the whole
    table for min() and max() together.
    """
    ends = [
        session.scalar(select(agg(col)))
        for col in (MonthlyConsumption.month, AreaSupply.month)
        for agg in (func.min, func.max)
    ]
    firsts = [m for m in ends[0::2] if m is not None]
    lasts = [m for m in ends[1::2] if m is not None]
    return (min(firsts), max(lasts)) if firsts else None


def last_reading_month(session: Session) -> int | None:
    """YYYYMM of the last month with readings (supply alone does not count), None without any.

    The analysis pages open on it: a month whose gateway supply arrived before the readings has nothing to
    scan yet.
    """
    return session.scalar(select(func.max(MonthlyConsumption.month)))


def axis_ending(last: int, months: int) -> MonthAxis:
    first = MonthAxis(last, 1).month(-(months - 1))
    return MonthAxis(first, months)


@dataclass(frozen=True, slots=True)
class Population:
    """Every customer as a row of E (ids ascending) and every 台区 as an index (ids ascending)."""

    axis: MonthAxis
    customer_ids: np.ndarray  # int64, row i
    categories: tuple[str, ...]
    category: np.ndarray  # index into categories
    area_ids: np.ndarray  # transformer_area.id per area index
    membership: np.ndarray  # customers × months int32: area index as of each month (−1: in none)
    active: np.ndarray  # bool: status active
    opened: np.ndarray  # month column the account opened (−1: before the axis or unknown)
    # Month column of the last month the account was open (its 销户 date's month before the 1st); beyond the
    # axis for an open account or one closed without a date: a scan of month T explains by it only drops of
    # accounts closed by then.
    closed: np.ndarray | None = None

    def rows_of(self, customer_ids: np.ndarray) -> np.ndarray:
        """Row of each customer id (−1 for an id not in the population)."""
        return RowIndex(self.customer_ids)(customer_ids)

    def area_index(self, area_ids: np.ndarray) -> np.ndarray:
        pos = np.searchsorted(self.area_ids, area_ids)
        if self.area_ids.size == 0:
            return np.full(np.shape(area_ids), -1)
        pos = np.minimum(pos, self.area_ids.size - 1)
        return np.where(self.area_ids[pos] == area_ids, pos, -1)


def _month_columns(axis: MonthAxis, yyyymm: np.ndarray) -> np.ndarray:
    return np.asarray(yyyymm_to_serial(yyyymm)).astype(np.int64) - int(yyyymm_to_serial(axis.first))


def _months_of_ymd(ymd_int: np.ndarray) -> np.ndarray:
    return ymd_int // 100


_FAR = 1_000_000  # a column beyond any axis, for "no end" / "no start"


def _first_column(axis: MonthAxis, start_ymd: np.ndarray) -> np.ndarray:
    """Month column a span starting on start_ymd begins in; 0 (since ever) → far before the axis."""
    return np.where(start_ymd > 0, _month_columns(axis, _months_of_ymd(start_ymd)), -_FAR)


def _last_column(axis: MonthAxis, end_ymd: np.ndarray) -> np.ndarray:
    """Last month column of a span that ends (exclusive) on end_ymd: the month of the day before, so an end
    on the 1st closes the month before; 0 (no end) → far beyond the axis."""
    col = _month_columns(axis, _months_of_ymd(end_ymd)) - (end_ymd % 100 == 1)
    return np.where(end_ymd > 0, col, _FAR)


def _membership(months: int, ledger: np.ndarray, first_col: np.ndarray, closed_col: np.ndarray,
                links: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]) -> np.ndarray:
    """Area index per customer and month (−1: none), customers × months, built month by month.

    int32 and laid out month-major (the array is the transpose of a C-ordered months × customers one): a
    month's column is contiguous, which is how it is built here and read by line loss and the scan's 台区
    sums (area_sales, the last column as `area`), and a county's 1,000,000 × 36 takes 144 MB instead of the
    several int64 copies (1.2 GB) the whole-matrix build held at once.
    """
    row, area, start, end = links
    by_month = np.empty((months, ledger.size), dtype=np.int32)
    for j in range(months):
        by_month[j] = np.where((first_col <= j) & (closed_col >= j), ledger, -1)
        on = (start <= j) & (end >= j)
        # Links come ordered by valid_from: a later link overwrites an earlier one in a shared month.
        by_month[j, row[on]] = area[on]
    return by_month.T


_HALF = 2**31


def _two_in_one(a: Any, b: Any) -> Any:
    """Two never-NULL int32 columns (dated_ymd's) as one int64, (b + 2³¹) + a × 2³²: one value less a row.

    In that order, so that no partial sum leaves int64 (SQL drops the parentheses and adds left to right;
    PostgreSQL's NULL day is −2³¹, and −2³¹ × 2³² is int64's least value already)."""
    return (b + _HALF) + a * (2 * _HALF)


def _split(packed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two columns of _two_in_one."""
    return packed >> 32, (packed & 0xFFFF_FFFF) - _HALF


def load_population(
    session: Session, axis: MonthAxis, customers: Customers = None
) -> Population:
    """Customers (all, or those whose ids `customers` selects) with category, area as of each month, status.

    Area membership comes from the dated customer–area links (membership on a month's days: a customer
    who moved within a month counts in the area it moved to); a customer without links counts in its
    ledger area over the months its account was open.
    """
    c = Customer
    # Every column as a number (categories and status mapped in SQL), so the rows go straight into numpy.
    distinct = select(c.tariff_category).distinct()
    held = set(session.scalars(distinct if customers is None else distinct.where(c.id.in_(customers))))
    categories = TARIFF_CATEGORIES + tuple(sorted(held.difference(TARIFF_CATEGORIES)))
    # Three numbers a customer instead of six: SQLite's cursor pays for each value it hands over (a Python int
    # each), more than for the SQL that computes it (tests/benchmarks/README.md, County scale).
    kinds = 2 * len(categories)  # area × kinds + category × 2 + active
    kind = (cast(func.coalesce(c.area_id, 0), BigInteger) * kinds
            + case({name: i for i, name in enumerate(categories)}, value=c.tariff_category, else_=0) * 2
            + case((c.status == CustomerStatus.ACTIVE.value, 1), else_=0))
    stmt = select(c.id, kind, _two_in_one(dated_ymd(session, c.opened_on), dated_ymd(session, c.closed_on)))
    stmt = stmt.order_by(c.id)
    if customers is not None:
        stmt = stmt.where(c.id.in_(customers))
    got = fetch_array(session, stmt, [("id", "i8"), ("kind", "i8"), ("dates", "i8")])
    n = got.size
    ids, ledger_area = got["id"].copy(), got["kind"] // kinds
    category, active = (got["kind"] % kinds) // 2, got["kind"] % 2 == 1
    opened_ymd, closed_ymd = (ymd_of(session, d) for d in _split(got["dates"]))

    area_ids = np.array(sorted(session.scalars(select(TransformerArea.id))), dtype=np.int64)
    pop = Population(
        axis, ids, categories, category, area_ids, np.empty((0, 0), np.int64), active, np.empty(0, np.int64)
    )
    first_col = _first_column(axis, opened_ymd)
    opened = np.where(first_col >= 0, first_col, -1)
    closed_col = _last_column(axis, closed_ymd)

    link_stmt = select(
        CustomerAreaLink.customer_id,
        CustomerAreaLink.area_id,
        _two_in_one(dated_ymd(session, CustomerAreaLink.valid_from), dated_ymd(session, CustomerAreaLink.valid_to)),
        CustomerAreaLink.id,
    )
    if customers is not None:
        link_stmt = link_stmt.where(CustomerAreaLink.customer_id.in_(customers))
    got_links = fetch_array(session, link_stmt, [("c", "i8"), ("a", "i8"), ("ft", "i8"), ("id", "i8")])
    valid_from, valid_to = _split(got_links["ft"])
    # Ordered by valid_from (NULL, "since ever", first: dated_ymd gives it the lowest value), then id, in numpy:
    # SQLite's ORDER BY sorted 200,000 links through a temporary b-tree, a fifth of the query's time.
    order = np.lexsort((got_links["id"], valid_from))
    links = np.empty(order.size, dtype=[("c", "i8"), ("a", "i8"), ("f", "i8"), ("t", "i8")])
    links["c"], links["a"] = got_links["c"][order], got_links["a"][order]
    links["f"], links["t"] = valid_from[order], valid_to[order]
    row = pop.rows_of(links["c"])
    links, row = links[row >= 0], row[row >= 0]
    has_link = np.zeros(n, dtype=bool)
    has_link[row] = True
    spans = (row, pop.area_index(links["a"]).astype(np.int32),
             _first_column(axis, ymd_of(session, links["f"])), _last_column(axis, ymd_of(session, links["t"])))
    # A customer without links counts in its ledger area over the months its account was open.
    ledger = np.where(has_link, -1, pop.area_index(ledger_area)).astype(np.int32)
    member = _membership(axis.count, ledger, first_col, closed_col, spans)
    # A suspended (暂停) or undated closed account counts as closed in every month: the ledger has no date.
    closed = np.where(active, _FAR, np.where(closed_ymd > 0, closed_col, -_FAR))
    return Population(axis, ids, categories, category, area_ids, member, active, opened, closed)


def load_matrix(
    session: Session, pop: Population, customers: Customers = None
) -> np.ndarray:
    """E: customers × months kWh, NaN where no reading.

    The whole station's matrix comes from the columnar copy (station.consumption.matrix_cache) when it
    matches the readings; otherwise the copy is built from the readings in batches (column_build) and stored,
    and E is filled from the same pass.
    A subset of customers (a curve, one 台区) is always one indexed SELECT.
    """
    axis = pop.axis
    mc = MonthlyConsumption
    last = axis.month(axis.count - 1)
    if customers is None and axis.count:
        E = np.full((pop.customer_ids.size, axis.count), np.nan)
        if matrix_cache.read_into(session, E, axis, pop.customer_ids):
            return E
        from station.consumption import column_build  # it reads through this module's fetch helpers

        version = matrix_cache.readings_version(session)
        filler = Filler(E, pop.customer_ids)

        def into_e(month: int, ids: np.ndarray, kwh: np.ndarray) -> None:
            if axis.first <= month <= last:
                filler.put(axis.index_of(month), MonthColumn(kwh, ids=ids))

        matrix_cache.store(session, column_build.build_columns(session, into_e), version)
        return E
    stmt = select(mc.customer_id, mc.month, mc.kwh)
    span = data_months(session)
    if span is not None and (span[0] < axis.first or span[1] > last):
        months_held = int(yyyymm_to_serial(span[1]) - yyyymm_to_serial(span[0])) + 1
        column: Any = mc.month
        if axis.count * 2 >= months_held:
            # Most of the table is wanted: a plain scan beats walking the month index row by row (by 3×
            # on SQLite), so the unary + keeps SQLite's planner off the index.
            column = mc.month.op("+")(0) if session.get_bind().dialect.name == "sqlite" else mc.month
        stmt = stmt.where(column >= axis.first, column <= last)
    if customers is not None:
        stmt = stmt.where(mc.customer_id.in_(customers))
    data = fetch_array(session, stmt, [("c", "i8"), ("m", "i8"), ("k", "f8")])
    E = np.full((pop.customer_ids.size, axis.count), np.nan)
    if data.size:
        row = pop.rows_of(data["c"])
        col = _month_columns(axis, data["m"])
        ok = (row >= 0) & (col >= 0) & (col < axis.count)
        E[row[ok], col[ok]] = data["k"][ok]
    return E


def load_events(
    session: Session, pop: Population, customers: Customers = None, *, with_ids: bool = False
) -> tuple[AssetEvents, np.ndarray]:
    """Meter installs/removals (kind 1) and CT/PT changes (kind 2) on the customers' metering points within
    the axis, as (customer row, month column, kind); with_ids: in date order, and the events' asset-event ids
    (same order; else an empty array: the scan needs neither, and SQLite sorted 75,000 events for them)."""
    axis = pop.axis
    last = axis.month(axis.count - 1)
    after = MonthAxis(last, 1).month(1)
    stmt = (
        select(
            MeteringPoint.customer_id,
            ymd(session, AssetEvent.happened_on),
            case((Asset.kind == "meter", EVENT_METER), else_=EVENT_CT_PT),
            *([AssetEvent.id] if with_ids else []),
        )
        .join(MeteringPoint, MeteringPoint.id == AssetEvent.metering_point_id)
        .join(Asset, Asset.id == AssetEvent.asset_id)
        .where(AssetEvent.happened_on >= _first_day(axis.first), AssetEvent.happened_on < _first_day(after))
    )
    if with_ids:
        stmt = stmt.order_by(AssetEvent.happened_on, AssetEvent.id)
    if customers is None:
        # Most events are installs and removals: one pass over the table beats the kind index's look-ups
        # (SQLite, 200,000 customers: 0.65 s against 0.8–1.5 s), so the column is wrapped to keep SQLite off it.
        stmt = stmt.where(func.coalesce(AssetEvent.kind, "").in_(_SWAP_EVENTS))
    else:
        # A few customers: start from their metering points (indexed), and keep SQLite's planner off the
        # kind index (most events are installs and removals) by wrapping the column in a function.
        points = select(MeteringPoint.id).where(MeteringPoint.customer_id.in_(customers))
        stmt = stmt.where(AssetEvent.metering_point_id.in_(points))
        stmt = stmt.where(func.coalesce(AssetEvent.kind, "").in_(_SWAP_EVENTS))
    got = fetch_array(session, stmt, [("c", "i8"), ("d", "i8"), ("k", "i8"), *([("id", "i8")] if with_ids else [])])
    cid, month, kind = got["c"], _month_columns(axis, got["d"] // 100), got["k"]
    row = pop.rows_of(cid)
    ok = row >= 0
    return AssetEvents(row[ok], month[ok], kind[ok]), got["id"][ok] if with_ids else np.empty(0, dtype=np.int64)


def load_supply(session: Session, pop: Population, area_ids: list[int] | None = None) -> np.ndarray:
    """台区 × months gateway kWh, NaN where the month was not collected."""
    axis = pop.axis
    s = AreaSupply
    stmt = select(s.area_id, s.month, s.supplied_kwh).where(
        s.month >= axis.first, s.month <= axis.month(axis.count - 1)
    )
    if area_ids is not None:
        stmt = stmt.where(s.area_id.in_(area_ids))
    data = fetch_array(session, stmt, [("a", "i8"), ("m", "i8"), ("k", "f8")])
    out = np.full((pop.area_ids.size, axis.count), np.nan)
    if data.size:
        a = pop.area_index(data["a"])
        ok = a >= 0
        out[a[ok], _month_columns(axis, data["m"][ok])] = data["k"][ok]
    return out


@dataclass(frozen=True, slots=True)
class ScanInput:
    """What one scan reads: E, the scan's meta (area as of the scanned month), and the population."""

    E: np.ndarray
    meta: ScanMeta
    population: Population


def load_scan_input(session: Session, month: int, months: int = SCAN_LOOKBACK_MONTHS) -> ScanInput:
    """Everything the scan of `month` (YYYYMM, the last column) needs, in six queries."""
    axis = axis_ending(month, months)
    pop = load_population(session, axis)
    E = load_matrix(session, pop)
    events, _ = load_events(session, pop)
    supplied = load_supply(session, pop)
    meta = ScanMeta(
        axis=axis,
        category=pop.category,
        area=pop.membership[:, -1] if axis.count else np.full(pop.customer_ids.size, -1),
        active=pop.active,
        n_categories=len(pop.categories),
        n_areas=int(pop.area_ids.size),
        opened=pop.opened,
        closed=pop.closed,
        events=events,
        supplied=supplied,
        membership=pop.membership,
        reduced=load_reductions(session, pop),
    )
    return ScanInput(E, meta, pop)
