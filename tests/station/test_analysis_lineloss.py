"""Line loss per 台区: the classes at their band edges, negative loss, not computable, rise, sales by membership."""

from __future__ import annotations

import numpy as np
import pytest

from station.analysis.lineloss import LossClass, area_sales, classify, line_loss
from station.analysis.thresholds import LossBands


def test_loss_rate_and_classes_at_the_band_edges() -> None:
    supplied = np.array([[1000.0, 1000.0, 1000.0, 1000.0, 1000.0]])
    sold = np.array([[900.0, 899.0, 1000.0, 1001.0, 950.0]])
    t = line_loss(supplied, sold)
    assert t.rate[0] == pytest.approx([10.0, 10.1, 0.0, -0.1, 5.0])
    assert t.loss_kwh[0] == pytest.approx([100.0, 101.0, 0.0, -1.0, 50.0])
    assert list(t.klass[0]) == [
        LossClass.NORMAL,
        LossClass.HIGH,
        LossClass.NORMAL,
        LossClass.NEGATIVE,
        LossClass.NORMAL,
    ]


def test_edge_survives_floating_point() -> None:
    # 0.3 − 0.27 is not exactly 0.03 in binary; a rate of "10 %" must still be 合格.
    assert classify(np.array([(0.3 - 0.27) / 0.3 * 100]))[0] == LossClass.NORMAL


def test_missing_or_zero_supply_and_missing_readings_are_not_computable() -> None:
    supplied = np.array([[np.nan, 0.0, 1000.0, 1000.0]])
    sold = np.array([[500.0, 500.0, np.nan, 900.0]])
    missing = np.array([[0, 0, 0, 2]])
    t = line_loss(supplied, sold, missing=missing)
    assert (t.klass[0] == LossClass.NOT_COMPUTABLE).all()
    assert np.isnan(t.rate).all() and np.isnan(t.loss_kwh).all()


def test_bands_per_area_type() -> None:
    supplied = np.full((2, 1), 1000.0)
    sold = np.full((2, 1), 880.0)  # 12 %
    t = line_loss(supplied, sold, (np.array([0.0, 0.0]), np.array([10.0, 15.0])))
    assert list(t.klass[:, 0]) == [LossClass.HIGH, LossClass.NORMAL]
    assert line_loss(supplied, sold, LossBands(upper=12.0)).klass[0, 0] == LossClass.NORMAL


def test_rise_is_the_change_from_the_previous_month_in_points() -> None:
    t = line_loss(np.array([[1000.0, 1000.0, np.nan, 1000.0]]), np.array([[950.0, 920.0, 900.0, 900.0]]))
    assert np.isnan(t.rise[0, 0])
    assert t.rise[0, 1] == pytest.approx(3.0)
    assert np.isnan(t.rise[0, 2]) and np.isnan(t.rise[0, 3])  # a month not computable on either side


def test_sales_follow_membership_of_each_month_and_count_missing_readings() -> None:
    E = np.array([[10.0, 10.0, 10.0], [5.0, np.nan, 5.0], [1.0, 1.0, 1.0]])
    membership = np.array([[0, 0, 1], [0, 0, 0], [-1, 1, 1]])  # customer 0 moves to 台区 1 in month 2
    sold, missing = area_sales(E, membership, 2)
    assert sold.tolist() == [[15.0, 10.0, 5.0], [0.0, 1.0, 11.0]]
    assert missing.tolist() == [[0, 1, 0], [0, 0, 0]]
    # Not yet a customer (inactive) is not a missing reading.
    _, missing2 = area_sales(E, membership, 2, active=np.array([[True] * 3, [True, False, True], [True] * 3]))
    assert missing2.sum() == 0


def test_a_gateway_with_half_its_multiplier_shows_negative_loss() -> None:
    sold = np.array([[950.0]])
    assert line_loss(np.array([[1000.0]]) * 0.5, sold).klass[0, 0] == LossClass.NEGATIVE
