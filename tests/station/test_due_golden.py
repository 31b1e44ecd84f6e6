"""The due list, its exceptions and the year's workload, item for item as written before the columnar rewrite.

tests/station/data/due_golden.json holds what the row-by-row code (main at 64b65d9) listed for a small demo
station and for a hand-made one with every edge the rules know (failed and never-done tests, sampled, failed
and unsampled batches, a batch past its life, removed and scrapped devices, HV CTs and PTs, CTs behind a
low-voltage meter, the 2000 edition's first test). `DUE_GOLDEN_WRITE=1 pytest tests/station/test_due_golden.py`
writes it again — only when a rule change is meant to change the list.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.schema import Asset, TransformerArea
from station.actions import create_demo
from station.due import count_by_status, due_items, exceptions, record_sampling, workload_by_month
from station.i18n import Message
from station.rule_settings import set_rule
from tests.station.test_due import Station

D = dt.date
GOLDEN = Path(__file__).parent / "data" / "due_golden.json"
MONTHS = ("2021-01", "2025-03", "2025-06", "2026-01")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Message):
        return [value.template, {k: _plain(v) for k, v in sorted(value.params.items())}]
    return str(value) if value is not None and not isinstance(value, (int, str)) else value


def _rows(items: Any) -> list[list[Any]]:
    return [[_plain(getattr(it, f.name)) for f in dataclasses.fields(it)] for it in items]


class _Numbered(Station):
    """Station with its own asset numbers from 1: the golden file's, whichever tests ran before."""

    def __init__(self, s: Any) -> None:
        super().__init__(s)
        self._serial = itertools.count(1)

    def _no(self) -> str:
        return f"{next(self._serial):022d}"


def _edge_station(ws: Any) -> None:
    with ws.sessions.begin() as s:
        st = _Numbered(s)
        t1, t2 = st.area("T01"), st.area("T02")
        hv_c = st.customer("9000000001", t1, voltage="10kV", kva="630")
        hv = st.point(hv_c, "III", "高供高计", energised=D(2020, 6, 1))
        tested = st.device(hv, accuracy="0.5S", phases=3, model="DTZY71", installed=D(2020, 6, 1))
        st.event(tested, "onsite_test", D(2023, 1, 15), "pass")  # overdue by 2025
        st.device(hv, kind="ct", accuracy="0.2S", ratio="50/5", verified=D(2015, 2, 1), installed=D(2015, 3, 1))
        st.device(hv, kind="pt", accuracy="0.2", ratio="10000/100", installed=D(2020, 5, 1))
        hv2 = st.point(hv_c, "III", "高供高计", energised=D(2020, 6, 1))
        failed = st.device(hv2, accuracy="0.5S", phases=3, model="DTZY71", installed=D(2020, 6, 1))
        st.event(failed, "onsite_test", D(2025, 3, 7), "fail")  # urgent
        never = st.point(st.customer("9000000002", t1, voltage="110kV", kva="20000"), "I", "高供高计")
        st.device(never, accuracy="0.2S", phases=3, model="DTZY71", verified=None)  # never done, no start: NaT
        p35 = st.point(st.customer("9000000003", t2, voltage="35kV", kva="8000"), "II", "高供高计", energised=D(2016, 4, 1))
        pts = [st.device(p35, kind="pt", accuracy="0.2", ratio="35000/100", installed=D(2016, 4, 1)) for _ in range(2)]
        st.event(pts[1], "pt_drop_test", D(2023, 6, 5), "pass")
        st.event(pts[0], "pt_drop_test", D(2025, 2, 5), "fail")
        lv = st.point(st.customer("9000000004", t2, voltage="380V", kva="80"), "IV", "低供低计")
        st.device(lv, accuracy="1", phases=3, model="DTZY71", verified=D(2017, 5, 1))
        st.device(lv, kind="ct", accuracy="0.5S", ratio="100/5")
        iv = st.point(st.customer("9000000005", t1, voltage="10kV", kva="200"), "IV", "高供高计", energised=D(2025, 3, 10))
        st.device(iv, accuracy="1", phases=3, model="DTZY71", installed=D(2025, 3, 10))
        for i in range(6):  # two batches of smart meters, an induction meter, a batch long past its life
            c = st.customer(f"90000001{i:02d}", t1 if i % 2 else t2)
            st.device(st.point(c), model="DDZY71", verified=D(2017, 5, 20 + i))
            st.device(st.point(c), model="DDZY102", maker="威胜", verified=D(2018 + i % 2, 1, 31))
            st.device(st.point(c), model="DT862", phases=3, verified=D(2019, 8, 1 + i))
            st.device(st.point(c), model="DDZY11", maker="林洋", verified=D(2005, 2, 28))
            st.device(st.point(c), model="DD862", verified=None)  # unverified: an exception, no rotation
        gone = st.customer("9000000200", t2)
        for status in ("removed", "scrapped", "in_stock"):
            a = st.device(st.point(gone), verified=D(2010, 1, 1))
            a.status = status
        st.device(st.point(st.customer("9000000300", t1, voltage="10kV", kva="400"), "V"))  # a 10 kV inspection
        big = st.customer("9000000400", t2, voltage="380V", kva="400", opened=None)
        st.device(st.point(big, "IV"), accuracy="0.5", phases=3, model="DTZY71", verified=D(2024, 1, 1))
        s.flush()
        record_sampling(s, "DDZY102", "威胜", 2018, D(2025, 1, 10), "pass", "t")
        record_sampling(s, "DDZY102", "威胜", 2019, D(2025, 1, 10), "fail", "t")


def _snapshot(ws: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with ws.sessions.begin() as s:
        for month in MONTHS:
            items = due_items(s, month)
            out[f"all {month}"] = _rows(items)
            out[f"counts {month}"] = {str(k): v for k, v in count_by_status(items).items()}
        out["due 2025-06"] = _rows(due_items(s, "2025-06", statuses=["urgent", "overdue", "due"]))
        out["rotation+sampling 2025-06"] = _rows(due_items(s, "2025-06", kinds=["rotation", "sampling"]))
        out["class IV 2025-06"] = _rows(due_items(s, "2025-06", device_class="IV"))
        area = s.execute(_first_area()).scalar()
        out["area 2025-06"] = _rows(due_items(s, "2025-06", area_id=area))
        out["exceptions"] = _rows(exceptions(s, on=D(2025, 6, 30)))
        out["workload 2025"] = {str(m): v for m, v in workload_by_month(s, 2025).items()}
        set_rule(s, "edition.dlt448", "2000", "supervisor")
    with ws.sessions.begin() as s:
        out["2000 edition 2025-04"] = _rows(due_items(s, "2025-04"))
    return out


def _first_area():  # type: ignore[no-untyped-def]
    return select(func.min(TransformerArea.id))


def _first_batch():  # type: ignore[no-untyped-def]
    return (
        select(Asset.model, Asset.maker, func.min(Asset.verified_on))
        .where(Asset.kind == "meter", Asset.verified_on.is_not(None), Asset.model.like("DDZY%"))
        .group_by(Asset.model, Asset.maker)
        .order_by(Asset.model, Asset.maker)
        .limit(1)
    )


def _compare(name: str, got: dict[str, Any]) -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.exists() else {}
    if os.environ.get("DUE_GOLDEN_WRITE"):
        golden[name] = got
        GOLDEN.parent.mkdir(exist_ok=True)
        text = json.dumps(golden, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        GOLDEN.write_text(text.replace("],[", "],\n[") + "\n", encoding="utf-8")  # one item a line
    want = json.loads(json.dumps(golden[name]))
    got = json.loads(json.dumps(got))
    for key in want:
        assert got[key] == want[key], key
    assert got.keys() == want.keys()


def test_the_edge_station_lists_as_before(any_workspace) -> None:  # type: ignore[no-untyped-def]
    _edge_station(any_workspace)
    _compare("edge", _snapshot(any_workspace))


def test_the_demo_station_lists_as_before(any_workspace) -> None:  # type: ignore[no-untyped-def]
    create_demo(any_workspace, customers=150, seed=11, as_of=D(2025, 6, 30))
    with any_workspace.sessions.begin() as s:
        model, maker, on = s.execute(_first_batch()).one()
        record_sampling(s, model, maker, on.year, D(2025, 1, 10), "fail", "t")
    _compare("demo", _snapshot(any_workspace))
