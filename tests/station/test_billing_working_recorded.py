"""Every back-billing calculator gives, for a spread of inputs, exactly the working, figures and refusals recorded.

The record (billing_working_recorded.json) was taken before the calculators were split into short functions
(issue 9); a change of any working line, figure or refusal shows here as the case that changed.
"""

from __future__ import annotations

import json

import pytest
from billing_recorded import RECORDED, outcome

_CASES = json.loads(RECORDED.read_text(encoding="utf-8"))


def test_the_record_covers_every_calculator_with_results_and_refusals() -> None:
    from station.billing.dispatch import CALCULATORS

    for name in CALCULATORS:
        mine = [case for case in _CASES if case["calculator"] == name]
        assert any("result" in case for case in mine), name
        assert any("rejected" in case for case in mine), name


@pytest.mark.parametrize("case", _CASES, ids=[f"{i}-{case['calculator']}" for i, case in enumerate(_CASES)])
def test_calculator_gives_the_recorded_working_and_figures(case: dict) -> None:
    expected = {key: value for key, value in case.items() if key in ("result", "rejected")}
    assert outcome(case["calculator"], case["params"]) == expected
