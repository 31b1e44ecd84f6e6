"""The county-scale fast paths give what the plain paths give, on SQLite and PostgreSQL: line loss summed month by
month from the columnar copy, the population's membership, the copy's compact form, and the due list's rows and
order (driver tuples, numpy's lexsort)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from sqlalchemy import select

from db.schema import Asset, ConsumptionColumn, CustomerAreaLink, MeteringPoint
from station.actions import create_demo
from station.analysis.lineloss import area_sales
from station.consumption import matrix_cache
from station.consumption.column_format import Filler, decode, encode
from station.consumption.load import axis_ending, load_matrix, load_population
from station.consumption.loss import _sales_from_copy, station_loss
from station.due import due_items, load
from station.due.service import ordered, ordered_plainly
from station.workspace import Workspace

AS_OF = dt.date(2026, 6, 10)


def _moved(ws: Workspace) -> None:
    """Some customers move between 台区 in mid-history, so membership differs month by month."""
    with ws.sessions.begin() as s:
        links = s.execute(select(CustomerAreaLink.id, CustomerAreaLink.customer_id, CustomerAreaLink.area_id)
                          .order_by(CustomerAreaLink.id).limit(40)).all()
        areas = sorted({a for _, _, a in links})
        for k, (link_id, customer, area) in enumerate(links[::4]):
            s.get(CustomerAreaLink, link_id).valid_to = dt.date(2025, 9 + k % 3, 1 + k % 2)  # type: ignore[union-attr]
            s.add(CustomerAreaLink(customer_id=customer, area_id=areas[(areas.index(area) + 1) % len(areas)],
                                   valid_from=dt.date(2025, 9 + k % 3, 1 + k % 2)))


def test_line_loss_from_the_copy_equals_the_matrix_path(any_workspace: Workspace) -> None:
    ws = any_workspace
    create_demo(ws, customers=700, seed=5, as_of=AS_OF, months=14)
    _moved(ws)
    with ws.sessions() as s:
        plain = station_loss(s)  # the copy is stale after the demo: the matrix path, which rebuilds the copy
        assert plain is not None and matrix_cache.is_current(s)
        pop = load_population(s, plain.axis)
        fast = _sales_from_copy(s, pop)
        assert fast is not None
        sold, missing = area_sales(load_matrix(s, pop), pop.membership, int(pop.area_ids.size))
        again = station_loss(s)
    assert np.array_equal(fast[0], sold) and np.array_equal(fast[1], missing)  # to the bit
    assert again is not None
    for name in ("supplied", "sold", "loss_kwh", "rate", "klass", "rise"):
        np.testing.assert_array_equal(getattr(again.table, name), getattr(plain.table, name))
    np.testing.assert_array_equal(again.members, plain.members)


def test_membership_is_int32_month_major_and_follows_the_links(any_workspace: Workspace) -> None:
    ws = any_workspace
    create_demo(ws, customers=300, seed=4, as_of=AS_OF, months=14)
    _moved(ws)
    with ws.sessions() as s:
        pop = load_population(s, axis_ending(202605, 14))
        links = s.execute(select(CustomerAreaLink.customer_id, CustomerAreaLink.area_id, CustomerAreaLink.valid_from,
                                 CustomerAreaLink.valid_to)).all()
    assert pop.membership.dtype == np.int32 and pop.membership[:, -1].flags.c_contiguous
    # every month of every customer from the links, the slow way
    for cid, area, since, until in links:
        row = int(pop.rows_of(np.array([cid]))[0])
        for j in range(pop.axis.count):
            first = dt.date(pop.axis.month(j) // 100, pop.axis.month(j) % 100, 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            if (since is None or since < nxt) and (until is None or until > first):
                later = [a for c, a, f, t in links if c == cid and f is not None and since is not None and f > since
                         and f < nxt and (t is None or t > first)]
                expected = later[-1] if later else area
                assert int(pop.area_ids[pop.membership[row, j]]) == expected


@pytest.mark.parametrize("values", [
    [120.0, 0.0, 35.5, 1e6 + 0.25],  # hundredths: stored as int32
    [0.1 + 0.2, 7.0],  # not a hundredth: float64
    [-0.0, 4.0],  # −0.0 keeps its sign: float64
])
@pytest.mark.parametrize("ids", [[3, 4, 6, 7], [5, 10**6, 3 * 10**6, 2**31 + 5]])
def test_the_compact_form_gives_back_every_bit(values: list[float], ids: list[int]) -> None:
    ids_arr = np.array(ids[: len(values)], dtype=np.int64)
    kwh = np.array(values[: len(ids_arr)])
    col = decode(*encode(ids_arr, kwh))
    got_ids, got_kwh = col.pairs()
    assert np.array_equal(got_ids, ids_arr)
    assert got_kwh.tobytes() == kwh.tobytes()
    population = np.array(sorted({*ids_arr.tolist(), 1, 2**32}), dtype=np.int64)
    E = np.full((population.size, 1), np.nan)
    Filler(E, population).put(0, col)
    for cid, k in zip(ids_arr, kwh, strict=True):
        assert E[np.searchsorted(population, cid), 0].tobytes() == np.float64(k).tobytes()
    assert np.isnan(E[0, 0]) and np.isnan(E[-1, 0])


def test_the_copy_is_stored_compactly(any_workspace: Workspace) -> None:
    ws = any_workspace
    create_demo(ws, customers=400, seed=3, as_of=AS_OF, months=3)
    with ws.sessions() as s:
        station_loss(s)  # builds the copy
        ids, kwh = s.execute(select(ConsumptionColumn.customer_ids, ConsumptionColumn.kwh).limit(1)).one()
    assert ids[:1] == b"R" and len(ids) == 16  # a range: no id list
    assert kwh[:1] == b"C"  # the demo's whole kWh as int32 hundredths


def test_due_list_rows_and_order_equal_the_plain_paths(any_workspace: Workspace) -> None:
    ws = any_workspace
    create_demo(ws, customers=500, seed=3, as_of=dt.date(2025, 6, 30))
    with ws.sessions() as s:
        fast = load.installed_devices(s)
        stmt = (select(Asset.id).join(MeteringPoint, Asset.metering_point_id == MeteringPoint.id)
                .where(Asset.status == "installed"))
        assert len(fast) == len(s.execute(stmt).all())
        plain = [load.Device._make(row) for row in s.connection().execute(load.devices_query())]
        assert sorted(fast) == sorted(plain)
        items = due_items(s, "2025-06")
    assert len(items) > 100
    assert items == ordered_plainly(items)
    assert ordered(list(reversed(items))) == ordered_plainly(list(reversed(items)))


def test_a_copy_in_the_older_form_is_stale_and_rebuilt(any_workspace: Workspace) -> None:
    from sqlalchemy import update

    from db.schema import ConsumptionMatrixState

    ws = any_workspace
    create_demo(ws, customers=200, seed=6, as_of=AS_OF, months=3)
    with ws.sessions() as s:
        pop = load_population(s, axis_ending(202605, 3))
        expected = load_matrix(s, pop)  # builds the copy
        version = matrix_cache.readings_version(s)
    older = version.split("|", 1)[1]  # what the program before the compact form wrote: no form in the version
    with ws.sessions.begin() as s:
        s.execute(update(ConsumptionMatrixState).values(version=older))
        s.execute(update(ConsumptionColumn).values(customer_ids=np.arange(3, dtype=np.int64).tobytes(),
                                                   kwh=np.zeros(3).tobytes()))
    with ws.sessions() as s:
        assert not matrix_cache.is_current(s)
        np.testing.assert_array_equal(load_matrix(s, pop), expected)  # read from the table, copy rebuilt
    with ws.sessions() as s:
        assert matrix_cache.is_current(s)
        np.testing.assert_array_equal(load_matrix(s, pop), expected)
