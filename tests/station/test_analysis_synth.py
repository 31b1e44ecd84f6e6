"""The synthetic consumption generator: deterministic, and it holds the cases the scan must face."""

from __future__ import annotations

import numpy as np

from station.analysis.lineloss import LossClass, area_sales, line_loss
from station.analysis.synth import EVENT_CT_CHANGE, EVENT_METER_SWAP, THEFT_SHAPES, synth_consumption


def test_same_seed_same_data_other_seed_other_data() -> None:
    a, b, c = (synth_consumption(2_000, seed=s) for s in (1, 1, 2))
    assert np.array_equal(a.E, b.E, equal_nan=True) and np.array_equal(a.supply, b.supply, equal_nan=True)
    assert np.array_equal(a.truth.start, b.truth.start)
    assert not np.array_equal(a.E, c.E, equal_nan=True)


def test_population_shapes() -> None:
    d = synth_consumption(20_000, areas=100, months=36, seed=4)
    E, t = d.E, d.truth
    assert E.shape == (20_000, 36) and d.supply.shape == (100, 36)
    assert 0.02 <= t.theft.mean() <= 0.04
    assert set(np.unique(t.shape[t.theft])) == set(range(len(THEFT_SHAPES)))
    assert ((t.start[t.theft] >= 24) & (t.start[t.theft] <= 34)).all()
    # New customers have no readings before they opened; everyone else has every month.
    new = t.opened >= 0
    assert new.any() and np.isnan(E[new, 0]).all() and not np.isnan(E[~new]).any()
    assert set(np.unique(d.events.kind)) == {EVENT_METER_SWAP, EVENT_CT_CHANGE}
    # Stolen energy exists exactly for the thieves from their start.
    assert (t.stolen_kwh[~t.theft] == 0).all() and (t.stolen_kwh[t.theft].sum(axis=1) > 0).all()


def test_supply_makes_some_areas_high_loss_and_the_wrong_multiplier_negative() -> None:
    d = synth_consumption(20_000, areas=100, seed=4)
    sold, _ = area_sales(d.E, d.truth.area, d.truth.n_areas)
    table = line_loss(d.supply, sold)
    # the wrong gateway multiplier starts in the last year and stays: negative from then on, never before
    wrong = table.klass[d.truth.wrong_multiplier_areas]
    assert (wrong[:, -1] == LossClass.NEGATIVE).all() and (wrong[:, :24] != LossClass.NEGATIVE).all()
    assert (table.klass == LossClass.HIGH).any(axis=1).sum() >= len(d.truth.high_loss_areas)
    assert (table.klass == LossClass.NOT_COMPUTABLE).sum() == 1
    normal = np.setdiff1d(
        np.arange(100), np.concatenate([d.truth.wrong_multiplier_areas, d.truth.high_loss_areas])
    )
    assert np.nanmedian(table.rate[normal]) > 2.0
