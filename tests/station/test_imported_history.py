"""A station's history from files (not the demo): 台区 membership over time and the line loss it gives.

The test makes its own station — a marketing export of today's ledger (most rows without 立户日期), 36 months
of collection-system readings carrying each month's 台区编号 (some customers moved mid-way), and each 台区's
gateway supply — imports the three files as a station would, then checks supplied, sold, loss, rate and
class of every 台区 and month against sums it computes itself from what it wrote.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from db.schema import Customer, CustomerAreaLink
from station.consumption.loss import area_infos, station_loss
from station.imports import apply_import, preview_file
from station.imports.customers import MOVE_NOTE
from station.imports.membership import DIFFER_NOTE, NOW_NOTE, UNKNOWN_NOTE
from station.workspace import Workspace

AREAS = ["0101", "0102", "0103", "0104"]
N, MONTHS, FIRST = 48, 36, (2023, 11)  # 2023-11 … 2026-10
MOVERS = range(40, 46)  # in 0101 until 2025-04, in 0102 from 2025-05 (the export shows 0102)
MOVED_AT = 18  # column of 2025-05
LATE = range(46, 48)  # opened 2025-06-10, readings from then on
LATE_AT = 19  # column of 2025-06
SUPPLY_LOSS = {"0101": 0.06, "0102": 0.04, "0103": 0.15, "0104": -0.02}  # 0103 high, 0104 negative


def month_of(j: int) -> int:
    y, m = FIRST[0], FIRST[1] + j
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return y * 100 + m


def account(i: int) -> str:
    return f"33000{i:05d}"


def truth() -> tuple[np.ndarray, np.ndarray]:
    """kWh (customers × months, NaN before an account opened) and 台区 index per customer and month."""
    rng = np.random.default_rng(4754)
    kwh = np.round(rng.gamma(3.0, 60.0, size=(N, MONTHS)), 1)
    area = np.repeat((np.arange(N) % len(AREAS))[:, None], MONTHS, axis=1)
    for i in MOVERS:
        area[i, :MOVED_AT], area[i, MOVED_AT:] = 0, 1
    for i in LATE:
        kwh[i, :LATE_AT] = np.nan
    return kwh, area


def write_files(tmp: Path) -> tuple[Path, Path, Path]:
    kwh, area = truth()
    customers, readings, supply = tmp / "客户档案.csv", tmp / "月度电量.csv", tmp / "台区供电量.csv"
    with customers.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["户号", "户名", "用电类别", "电压等级", "台区编号", "台区名称", "立户日期"])
        for i in range(N):
            opened = "2025-06-10" if i in LATE else ""
            w.writerow([account(i), f"用户{i}", "居民生活", "220V", AREAS[area[i, -1]], f"台区{area[i, -1]}", opened])
    with readings.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["户号", "台区编号", "年月", "电量"])
        for i in range(N):
            for j in range(MONTHS):
                if not np.isnan(kwh[i, j]):
                    w.writerow([account(i), AREAS[area[i, j]], f"{month_of(j) // 100}-{month_of(j) % 100:02d}",
                                kwh[i, j]])
    with supply.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["台区编号", "年月", "供电量"])
        for a, code in enumerate(AREAS):
            for j in range(MONTHS):
                sold = np.nansum(kwh[:, j][area[:, j] == a])
                w.writerow([code, f"{month_of(j)}", round(sold * (1 + SUPPLY_LOSS[code]), 1)])
    return customers, readings, supply


def run_import(ws: Workspace, path: Path, kind: str, **options: object):
    with ws.sessions.begin() as s:
        preview = preview_file(s, path, kind, **options)
        assert not preview.rejections, preview.rejections[:3]
        apply_import(s, preview, "测试")
    return preview


def expected_loss() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The test's own supplied / sold / rate per 台区 and month, from the files it wrote."""
    kwh, area = truth()
    sold = np.array([[np.nansum(kwh[:, j][area[:, j] == a]) for j in range(MONTHS)] for a in range(len(AREAS))])
    supplied = np.array([[round(sold[a, j] * (1 + SUPPLY_LOSS[c]), 1) for j in range(MONTHS)]
                         for a, c in enumerate(AREAS)])
    return supplied, sold, (supplied - sold) / supplied * 100


def test_line_loss_of_imported_history_is_right_in_every_area_and_month(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = any_workspace
    customers, readings, supply = write_files(tmp_path)
    run_import(ws, customers, "customers", as_of=dt.date(2026, 10, 31))
    first = run_import(ws, readings, "readings")
    run_import(ws, supply, "supply")

    # the movers were in 0101 before 2025-05 though the export shows 0102: the readings say so, and the
    # preview told the clerk before anything was written
    differ = [n for n in first.notes if n.template == DIFFER_NOTE]
    assert len(differ) == 1 and differ[0].params["count"] == len(MOVERS)
    assert differ[0].params["months"] == len(MOVERS) * MOVED_AT
    assert not [n for n in first.notes if n.template == NOW_NOTE]  # the latest month agrees with the ledger

    with ws.sessions() as s:
        loss = station_loss(s)
        by_id = {a.id: a.code for a in area_infos(s).values()}
    assert loss is not None and loss.axis.first == month_of(0) and loss.axis.count == MONTHS
    rows = [AREAS.index(by_id[int(a)]) for a in loss.area_ids]
    supplied, sold, rate = expected_loss()
    t = loss.table
    np.testing.assert_allclose(t.supplied, supplied[rows], atol=0.01)
    np.testing.assert_allclose(t.sold, sold[rows], atol=0.01)
    np.testing.assert_allclose(t.loss_kwh, (supplied - sold)[rows], atol=0.02)
    np.testing.assert_allclose(t.rate, rate[rows], atol=1e-6)
    klass = np.where(rate > 10, 1, np.where(rate < 0, 2, 0))  # the default band 0–10 %: 合格 / 高损 / 负损
    assert (t.klass == klass[rows]).all()
    # members per month: the movers counted where they were, the late customers only once open
    kwh, area = truth()
    members = np.array([[int(((area[:, j] == a) & ~np.isnan(kwh[:, j])).sum()) for j in range(MONTHS)]
                        for a in range(len(AREAS))])
    assert (loss.members == members[rows]).all()


def test_reimporting_the_readings_changes_nothing(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = any_workspace
    customers, readings, _ = write_files(tmp_path)
    run_import(ws, customers, "customers", as_of=dt.date(2026, 10, 31))
    run_import(ws, readings, "readings")
    with ws.sessions() as s:
        again = preview_file(s, readings, "readings")
        links = s.execute(select(CustomerAreaLink.customer_id, CustomerAreaLink.area_id,
                                 CustomerAreaLink.valid_from, CustomerAreaLink.valid_to)).all()
    assert not again.writes_anything and again.new == again.updated == 0
    assert not [n for n in again.notes if n.template == DIFFER_NOTE]
    # each mover: one link since ever (cut at the file's first month), the file's two runs
    per_customer: dict[int, int] = {}
    for c, *_ in links:
        per_customer[c] = per_customer.get(c, 0) + 1
    assert sorted(per_customer.values()).count(3) == len(MOVERS)


def test_a_later_export_moves_customers_on_its_as_of_date(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = any_workspace
    customers, readings, _ = write_files(tmp_path)
    run_import(ws, customers, "customers", as_of=dt.date(2026, 10, 31))
    run_import(ws, readings, "readings")
    text = customers.read_text(encoding="utf-8-sig").splitlines()
    moved = [account(0), account(4)]  # both in 0101, now in 0104
    text = [line.replace(",0101,台区0,", ",0104,台区3,") if line.split(",")[0] in moved else line for line in text]
    later = tmp_path / "客户档案-2026-11.csv"
    later.write_text("\n".join(text) + "\n", encoding="utf-8-sig")
    preview = run_import(ws, later, "customers", as_of=dt.date(2026, 11, 1))
    note = [n for n in preview.notes if n.template == MOVE_NOTE]
    assert len(note) == 1 and note[0].params == {"count": 2, "date": "2026-11-01"}
    with ws.sessions() as s:
        ids = dict(s.execute(select(Customer.account_no, Customer.id).where(Customer.account_no.in_(moved))).all())
        links = s.execute(select(CustomerAreaLink.customer_id, CustomerAreaLink.valid_from, CustomerAreaLink.valid_to)
                          .where(CustomerAreaLink.customer_id.in_(ids.values()))
                          .order_by(CustomerAreaLink.customer_id, CustomerAreaLink.id)).all()
        loss = station_loss(s)
    # the old link ends on the as-of date, the new one starts there: October's sales stay in 0101
    assert [(f, t) for _c, f, t in links] == [(None, dt.date(2026, 11, 1)), (dt.date(2026, 11, 1), None)] * 2
    assert loss is not None
    supplied, sold, _rate = expected_loss()
    assert loss.table.sold.sum() == pytest.approx(sold.sum(), abs=0.05)


def test_an_unknown_area_code_in_readings_is_a_note_and_the_readings_still_import(
    workspace: Workspace, tmp_path: Path
) -> None:
    customers, readings, _ = write_files(tmp_path)
    run_import(workspace, customers, "customers", as_of=dt.date(2026, 10, 31))
    lines = readings.read_text(encoding="utf-8-sig").splitlines()
    lines[1] = lines[1].replace(",0101,", ",9999,")  # one reading names a 台区 the station does not have
    readings.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    preview = run_import(workspace, readings, "readings")
    assert preview.new == int((~np.isnan(truth()[0])).sum())  # every reading, that one too
    unknown = [n for n in preview.notes if n.template == UNKNOWN_NOTE]
    assert len(unknown) == 1 and unknown[0].params["codes"] == "9999"


def _links_of(ws: Workspace, account: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    from db.schema import TransformerArea

    with ws.sessions() as s:
        return [tuple(r) for r in s.execute(
            select(TransformerArea.code, CustomerAreaLink.valid_from, CustomerAreaLink.valid_to)
            .join(TransformerArea, TransformerArea.id == CustomerAreaLink.area_id)
            .join(Customer, Customer.id == CustomerAreaLink.customer_id)
            .where(Customer.account_no == account)
            .order_by(CustomerAreaLink.valid_from.asc().nulls_first()))]


def _csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


CUSTOMER_HEADER = ["户号", "户名", "用电类别", "电压等级", "台区编号", "台区名称"]
READING_HEADER = ["户号", "台区编号", "年月", "电量"]


def test_readings_that_undo_a_recorded_move_leave_one_link(workspace: Workspace, tmp_path: Path) -> None:
    # moved 0101 → 0102 on 2024-03-10 by an export; the collection system says 0101 all half-year long
    run_import(workspace, _csv(tmp_path / "c.csv", CUSTOMER_HEADER, [["3300000001", "a", "居民生活", "220V", "0101", "A"]]),
               "customers")
    run_import(workspace, _csv(tmp_path / "c2.csv", CUSTOMER_HEADER, [["3300000001", "a", "居民生活", "220V", "0102", "B"]]),
               "customers", as_of=dt.date(2024, 3, 10))
    rows = [["3300000001", "0101", f"2024-{m:02d}", 11] for m in range(1, 7)]
    run_import(workspace, _csv(tmp_path / "r.csv", READING_HEADER, rows), "readings")
    assert _links_of(workspace, "3300000001") == [("0101", None, dt.date(2024, 7, 1)), ("0102", dt.date(2024, 7, 1), None)]


def test_readings_that_confirm_the_ledger_after_a_wrong_file_restore_one_link(workspace: Workspace, tmp_path: Path) -> None:
    run_import(workspace, _csv(tmp_path / "c.csv", CUSTOMER_HEADER, [["3300000001", "a", "居民生活", "220V", "0101", "A"],
                                                                    ["3300000002", "b", "居民生活", "220V", "0102", "C"]]),
               "customers")
    wrong = [["3300000001", "0102", "2024-03", 10], ["3300000001", "0102", "2024-04", 10]]
    run_import(workspace, _csv(tmp_path / "r1.csv", READING_HEADER, wrong), "readings")
    right = [["3300000001", "0101", f"2024-{m:02d}", 11] for m in range(1, 7)]
    run_import(workspace, _csv(tmp_path / "r2.csv", READING_HEADER, right), "readings")
    assert _links_of(workspace, "3300000001") == [("0101", None, None)]
