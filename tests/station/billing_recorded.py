"""The back-billing calculators run over a spread of inputs, and their outputs recorded as JSON.

`test_billing_working_recorded.py` compares every calculator against `billing_working_recorded.json`, which
was written by running this module (`PYTHONPATH=. python tests/station/billing_recorded.py`) BEFORE the calculators'
working functions were split (issue 9): the split must not change a figure, a working line or a refusal.
Re-record only for a deliberate change of behaviour, and say so in the commit.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from station.billing.category import Load
from station.billing.common import PricePeriod, Result
from station.billing.dispatch import CALCULATORS
from station.domain.problems import Rejected

RECORDED = Path(__file__).with_name("billing_working_recorded.json")

_DATES = {"date_from": "2024-01-01", "date_to": "2024-03-31"}
_CHANGED = [
    {"start": "2024-01-01", "end": "2024-02-14", "price": "0.5283", "source": "皖发改价格〔2023〕1号"},
    {"start": "2024-02-15", "end": "2024-03-31", "price": "0.5583", "source": ""},
]
_ONE_TARIFF = [{"start": "2024-01-01", "end": "2024-03-31", "price": "0.6", "source": "price file 7"}]
_GAP = [
    {"start": "2024-01-01", "end": "2024-01-31", "price": "0.5"},
    {"start": "2024-02-02", "end": "2024-03-31", "price": "0.6"},
]


def _priced(base: dict[str, Any]) -> list[dict[str, Any]]:
    """`base` with no price, one price, one tariff, a changed tariff, and the tariff refusals."""
    return [
        base,
        {**base, "price": "0.5683"},
        {**base, **_DATES, "tariffs": _ONE_TARIFF},
        {**base, **_DATES, "tariffs": _CHANGED},
        {**base, **_DATES, "tariffs": _GAP},
        {**base, "tariffs": _CHANGED},
        {**base, **_DATES, "price": "0.5", "tariffs": _CHANGED},
        {**base, "price": "-1"},
        {**base, "date_from": "2024-03-01", "date_to": "2024-01-01"},
        {**base, "date_from": "2024-03-01"},
    ]


def _both_editions(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for case in cases for c in (case, {**case, "edition": "1996"})]


def cases() -> list[tuple[str, dict[str, Any]]]:
    """(calculator, params as JSON values) for every calculator, good inputs and refused ones."""
    theft = _both_editions(
        [
            {"use": "lighting", "kw": "3.5"},
            {"use": "power", "kw": "12", "days": "30", "hours": "8", "price": "0.6"},
            {"use": "power", "kw": "12", **_DATES, "tariffs": _CHANGED, "multiple": "5"},
            {"use": "lighting", "voltage": "220", "current": "5(60)A", "price": "0.5653"},
            {"use": "lighting", "voltage": "220", "current": "10", "ratio": "20", "days": "45"},
            {"use": "power", "voltage": "380", "current": "1.5(6)", "phases": 3, "price": "0.6"},
            {"use": "power", "voltage": "10000", "current": "5", "phases": 3, "ratio": "40", "days": "7"},
            {
                "use": "lighting",
                "voltage": "220",
                "current": "5(60)A",
                "limiter_current": "20",
                "price": "0.5",
            },
            {"use": "power", "voltage": "380", "limiter_current": "32", "phases": 3},
            {"use": "power", "voltage": "380", "current": "nameplate", "phases": 3},
            {"use": "power", "kw": "5", "voltage": "220"},
            {"use": "power"},
            {"use": "power", "kw": "5", "limiter_current": "10", "ratio": "20"},
            {"use": "power", "voltage": "220", "current": "5", "phases": 2},
            {"use": "power", "voltage": "220", "current": "5", "ratio": "x"},
            {"use": "heating", "kw": "-1", "hours": "25", "multiple": "0.5"},
            {"use": "power", "kw": "1e999999", "days": "3", "date_from": "2024-01-01"},
            {"use": "power", "kw": "2", "multiple": "7"},
        ]
    ) + [
        {"use": "lighting", "kw": "3", **_DATES, "price": "0.5"},
        {"use": "power", "kw": "3", **_DATES, "tariffs": _ONE_TARIFF},
        *_priced({"use": "power", "kw": "2", "days": "10"})[4:],
    ]
    category = _both_editions(
        [
            {"price_diff": "0.3", "kwh": "1234.5"},
            {"price_diff": "0.3", "kwh": "1000", "multiple": "2"},
            {"price_diff": "0.3", "kwh": "1000", "kw": "3"},
            {"price_diff": "0.25", "kw": "5"},
            {"price_diff": "0.25", "kw": "5", "use": "lighting", "days": "30"},
            {"price_diff": "0.25", "kw": "5", "use": "power", "hours": "10", **_DATES},
            {
                "loads": [
                    {"kw": "5", "use": "lighting", "price_diff": "0.2"},
                    {"kw": "10", "use": "power", "price_diff": "0.35", "hours": "16"},
                ],
                "days": "60",
            },
            {
                "loads": [
                    {"kw": "5", "use": "heating", "price_diff": "-1", "hours": "30"},
                    {"kw": "x", "use": "power", "price_diff": "0.1"},
                ]
            },
            {"loads": [{"kw": "5", "use": "power", "price_diff": "0.2"}], "kw": "3"},
            {},
            {"price_diff": "0"},
            {"price_diff": "0.3", "kwh": "-5", "multiple": "9"},
        ]
    )
    basic = [
        {"kva": "50", "basic_price": "28", "months": "3"},
        {"kva": "50", "basic_price": "38", "months": "2", "basis": "demand"},
        {"kva": "50", "single_part": True},
        {"kva": "50", "basic_price": "28", "months": "3", "multiple": "2"},
        {"kva": "50"},
        {"kva": "50", "basic_price": "28", "months": "3", "single_part": True},
        {"kva": "50", "basic_price": "28", "months": "3", "basis": "energy"},
        {"kva": "-5", "basic_price": "x", "months": "0"},
        {"kva": None},
    ]
    capacity = _both_editions(basic)
    sealed = _both_editions(
        [
            *basic,
            {"kva": "50", "single_part": True, "times": "3"},
            {"kva": "50", "single_part": True, "added_capacity": True},
            {"kva": "50", "basic_price": "28", "months": "3", "added_capacity": True},
            {"kva": "50", "basic_price": "28", "months": "3", "times": "2"},
            {"kva": "50", "single_part": True, "times": "1.5"},
        ]
    )
    tamper = _both_editions(
        [{"residential": True}, {"residential": False, "times": "3"}, {"residential": True, "times": "0"}]
    )
    source = _both_editions([{"kw": "12.5"}, {"kw": "0"}, {"kw": None}])
    meter_error = _both_editions(
        [
            *_priced({"error_pct": "-5", "recorded_kwh": "12000", "accuracy_class": "2"}),
            {"error_pct": "4", "recorded_kwh": "12000", "accuracy_class": "1", "price": "0.6"},
            {"error_pct": "0.8", "recorded_kwh": "12000", "accuracy_class": "0.5S"},
            {"error_pct": "-0.8", "recorded_kwh": "12000", "accuracy_class": "B"},
            {"error_pct": "-3", "recorded_kwh": "12000", "accuracy_class": "C"},
            {"error_pct": "-3", "recorded_kwh": "12000", "accuracy_class": "9"},
            {"error_pct": "-3", "recorded_kwh": "12000", "accuracy_class": None},
            {"error_pct": "-100", "recorded_kwh": "-1", "accuracy_class": "2"},
            {"error_pct": None, "recorded_kwh": None, "accuracy_class": "2"},
        ]
    )
    pt_drop = _both_editions(
        [
            *_priced({"drop_pct": "1.5", "recorded_kwh": "80000"}),
            {"drop_pct": "2", "recorded_kwh": "80000", "allowed_pct": "0.2", "price": "0.6"},
            {"drop_pct": "0.3", "recorded_kwh": "80000"},
            {"drop_pct": "100", "recorded_kwh": "80000"},
            {"drop_pct": "1", "recorded_kwh": "-3", "allowed_pct": "-1"},
            {"drop_pct": None, "recorded_kwh": None},
        ]
    )
    fault = _both_editions(
        [
            *_priced({"cause": "pt_fuse", "rate_pct": "33.3", "recorded_kwh": "20000"}),
            {"cause": "ct_pt_fault", "rate_pct": "50", "recorded_kwh": "20000", "price": "0.6"},
            {"cause": "other", "normal_kwh": "3000", "fault_kwh": ["1200", "800", "2500"], "price": "0.6"},
            {"cause": "pt_fuse", "normal_kwh": "3000", "fault_kwh": ["1000"], **_DATES, "tariffs": _CHANGED},
            {"cause": "other", "rate_pct": "10", "recorded_kwh": "100"},
            {"cause": "other", "rate_pct": "10", "normal_kwh": "100"},
            {"cause": "other"},
            {"cause": "fire", "normal_kwh": "100"},
            {"cause": "other", "normal_kwh": "-1", "fault_kwh": ["x"]},
            {"cause": "ct_pt_fault", "rate_pct": "x", "recorded_kwh": "-1"},
        ]
    )
    wiring = _both_editions(
        [
            *_priced({"recorded_kwh": "15000", "k": "1.5"}),
            {"recorded_kwh": "15000", "correct_power": "3", "wrong_power": "2", "price": "0.6"},
            {"recorded_kwh": "-15000", "k": "-3", "price": "0.6"},
            {"recorded_kwh": "15000", "k": "0.75"},
            {"recorded_kwh": "15000", "k": "0"},
            {"recorded_kwh": "15000", "correct_power": "3", "wrong_power": "0"},
            {"recorded_kwh": "15000", "correct_power": "0", "wrong_power": "2"},
            {"recorded_kwh": "15000", "correct_power": "3"},
            {"recorded_kwh": "15000", "k": "2", "correct_power": "3", "wrong_power": "2"},
            {"recorded_kwh": "15000"},
            {"recorded_kwh": None, "k": "x"},
            {"recorded_kwh": "15000", "k": "1"},
        ]
    )
    multiplier = _both_editions(
        [
            *_priced({"actual_ratio": "40", "billed_ratio": "30", "recorded_kwh": "9000"}),
            {"actual_ratio": "30", "billed_ratio": "40", "recorded_kwh": "9000", "price": "0.6"},
            {"actual_ratio": "30", "billed_ratio": "30", "recorded_kwh": "9000"},
            {"actual_ratio": "0", "billed_ratio": "-1", "recorded_kwh": "-9"},
            {"actual_ratio": None, "billed_ratio": None, "recorded_kwh": None},
        ]
    )
    by_name = {
        "theft": theft,
        "violation-category": category,
        "violation-capacity": capacity,
        "violation-sealed": sealed,
        "violation-tamper": tamper,
        "violation-source": source,
        "meter-error": meter_error,
        "pt-drop": pt_drop,
        "fault": fault,
        "wiring": wiring,
        "multiplier": multiplier,
    }
    return [(name, params) for name, spread in by_name.items() for params in spread]


def arguments(params: dict[str, Any]) -> dict[str, Any]:
    """The calculator's keyword arguments from the JSON params (dates, tariffs and load lines rebuilt)."""
    args = dict(params)
    for key in ("date_from", "date_to"):
        if key in args:
            args[key] = dt.date.fromisoformat(args[key])
    if "tariffs" in args:
        args["tariffs"] = [
            PricePeriod(
                dt.date.fromisoformat(t["start"]),
                dt.date.fromisoformat(t["end"]),
                Decimal(t["price"]),
                t.get("source", ""),
            )
            for t in args["tariffs"]
        ]
    if "loads" in args:
        args["loads"] = [Load(**load) for load in args["loads"]]
    return args


def _result(result: Result) -> dict[str, Any]:
    return {
        "kind": str(result.kind),
        "kwh": str(result.kwh),
        "amount": str(result.amount),
        "penalty": str(result.penalty),
        "total": str(result.total),
        "rule": str(result.rule),
        "inputs": [list(pair) for pair in result.inputs],
        "working": result.working_text(),
    }


def outcome(name: str, params: dict[str, Any]) -> dict[str, Any]:
    """What calculator `name` gives for `params`: its result, or the problems it refused them with."""
    try:
        result = CALCULATORS[name](**arguments(params))
    except Rejected as exc:
        return {"rejected": [[p.field, p.code, p.message.text(), str(p.value)] for p in exc.problems]}
    return {"result": _result(result)}


def record() -> list[dict[str, Any]]:
    return [{"calculator": name, "params": params, **outcome(name, params)} for name, params in cases()]


if __name__ == "__main__":
    RECORDED.write_text(json.dumps(record(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"recorded {RECORDED}")
