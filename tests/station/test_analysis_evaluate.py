"""Quality measures: AUC on known rankings, precision@k, start-month error, the per-rule table."""

from __future__ import annotations

import numpy as np
import pytest

from station.analysis.evaluate import auc, evaluate, format_table, precision_at_k, rule_contributions
from station.analysis.synth import synth_consumption


def test_auc_on_a_known_ranking() -> None:
    truth = np.array([0, 0, 1, 1], dtype=bool)
    assert auc(np.array([0.1, 0.4, 0.35, 0.8]), truth) == pytest.approx(0.75)
    assert auc(np.array([0.1, 0.2, 0.3, 0.4]), truth) == pytest.approx(1.0)
    assert auc(np.array([0.4, 0.3, 0.2, 0.1]), truth) == pytest.approx(0.0)
    assert auc(np.ones(4), truth) == pytest.approx(0.5)  # ties count half
    assert np.isnan(auc(np.ones(3), np.ones(3, dtype=bool)))


def test_precision_at_k() -> None:
    truth = np.array([True, False, True, True])
    assert precision_at_k(np.array([0, 1, 2]), truth, 2) == 0.5
    assert precision_at_k(np.array([2, 3, 1]), truth, 2) == 1.0
    assert np.isnan(precision_at_k(np.array([], dtype=int), truth, 5))


def test_scan_on_synthetic_data_finds_theft_and_its_start_month() -> None:
    d = synth_consumption(20_000, seed=3)
    meta = d.truth.meta(d.supply, d.events)
    from station.analysis.drops import scan

    q = evaluate(scan(d.E, meta), d.truth.theft, d.truth.start)
    # Loose floors: the benchmark prints the real figures; these guard against a detector gone blind.
    assert q.precision_at_50 >= 0.7 and q.recall >= 0.5 and q.auc >= 0.85
    assert q.start_error_median <= 1


def test_rule_table_has_all_alone_and_all_but_one_rows() -> None:
    d = synth_consumption(3_000, seed=5)
    rows = rule_contributions(d.E, d.truth.meta(d.supply, d.events), d.truth.theft, d.truth.start)
    names = [name for name, _ in rows]
    assert names[0] == "all" and "only CUSUM" in names and "without LOSS" in names and len(names) == 13
    assert "P@100" in format_table(rows).splitlines()[0]
