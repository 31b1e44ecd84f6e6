"""Due lists on hand-made stations: each kind's date and status around month boundaries, completions, sampling."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    AssetEvent,
    AuditLog,
    Customer,
    InspectionVisit,
    MeteringPoint,
    TransformerArea,
)
from station.cli import main as cli
from station.domain.problems import Rejected
from station.due import (
    DueStatus,
    count_by_status,
    due_items,
    exceptions,
    record_completion,
    record_sampling,
    workload_by_month,
)
from station.rule_settings import set_rule

D = dt.date
_SERIAL = itertools.count(1)


class Station:
    """Builds a small station row by row: 台区, customers, metering points, installed devices, events."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def _no(self) -> str:
        return f"{next(_SERIAL):022d}"  # unique across the builders of one test

    def area(self, code: str = "T01") -> TransformerArea:
        a = TransformerArea(code=code, name=f"台区{code}", area_type="public")
        self.s.add(a)
        self.s.flush()
        return a

    def customer(
        self,
        account_no: str,
        area: TransformerArea | None = None,
        *,
        voltage: str = "220V",
        kva: str = "8",
        opened: dt.date | None = dt.date(2015, 1, 1),  # noqa: B008 - an immutable date
    ) -> Customer:
        c = Customer(
            account_no=account_no,
            name=f"户{account_no}",
            tariff_category="一般工商业",
            voltage_level=voltage,
            contract_capacity_kva=Decimal(kva),
            area_id=area.id if area else None,
            status="active",
            opened_on=opened,
        )
        self.s.add(c)
        self.s.flush()
        return c

    def point(
        self, c: Customer, device_class: str = "V", method: str = "低供低计", energised: dt.date | None = None
    ) -> MeteringPoint:
        p = MeteringPoint(
            customer_id=c.id, device_class=device_class, metering_method=method, energised_on=energised
        )
        self.s.add(p)
        self.s.flush()
        return p

    def device(
        self,
        p: MeteringPoint,
        *,
        kind: str = "meter",
        model: str = "DDZY71",
        maker: str = "华立",
        accuracy: str = "2",
        phases: int = 1,
        verified: dt.date | None = dt.date(2022, 3, 1),  # noqa: B008 - an immutable date
        installed: dt.date | None = None,
        ratio: str = "",
    ) -> Asset:
        a = Asset(
            asset_no=self._no(),
            ratio=ratio,
            kind=kind,
            model=model,
            maker=maker,
            accuracy_class=accuracy,
            phases=phases,
            verified_on=verified,
            verification_result="pass",
            status="installed",
            metering_point_id=p.id,
        )
        self.s.add(a)
        self.s.flush()
        if installed:
            self.event(a, "installed", installed)
        return a

    def event(self, a: Asset, kind: str, on: dt.date, result: str | None = None) -> None:
        self.s.add(
            AssetEvent(
                asset_id=a.id,
                kind=kind,
                happened_on=on,
                operator="t",
                metering_point_id=a.metering_point_id,
                result=result,
                created_at=dt.datetime(2020, 1, 1),
            )
        )
        self.s.flush()


def one(items, kind: str, target_no: str):  # type: ignore[no-untyped-def]
    found = [it for it in items if it.kind == kind and it.target_no == target_no]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def hv(workspace):  # type: ignore[no-untyped-def]
    """A class III 10 kV meter last tested 2024-01-15 (due 2026-01-15 under DL/T 448-2016)."""
    with workspace.sessions.begin() as s:
        st = Station(s)
        p = st.point(
            st.customer("1000000001", st.area(), voltage="10kV", kva="50"),
            "III",
            "高供高计",
            energised=D(2020, 6, 1),
        )
        meter = st.device(p, accuracy="0.5S", phases=3, model="DTZY71", installed=D(2020, 6, 1))
        st.event(meter, "onsite_test", D(2024, 1, 15), "pass")
        return meter.id, meter.asset_no


@pytest.mark.parametrize(
    ("month", "status"),
    [
        ("2025-09", "ok"),
        ("2025-10", "upcoming"),
        ("2025-12", "upcoming"),
        ("2026-01", "due"),
        ("2026-02", "overdue"),
    ],
)
def test_onsite_test_status_around_month_boundaries(workspace, hv, month, status) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        item = one(due_items(s, month, kinds=["onsite"]), "onsite", hv[1])
    assert item.due_on == D(2026, 1, 15) and item.status == status and item.last_done == D(2024, 1, 15)
    assert "DL/T 448-2016" in item.rule


def test_2000_edition_halves_the_onsite_period(workspace, hv) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        set_rule(s, "edition.dlt448", "2000", "supervisor")
    with workspace.sessions.begin() as s:
        item = one(due_items(s, "2025-01", kinds=["onsite"]), "onsite", hv[1])
    assert item.due_on == D(2025, 1, 15) and item.status == "due" and "2000" in item.rule


def test_a_recorded_test_moves_the_next_date(workspace, hv) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        record_completion(s, "onsite", hv[0], D(2026, 1, 20), "王工", result="pass", error_pct="0.12")
    with workspace.sessions.begin() as s:
        item = one(due_items(s, "2026-01", kinds=["onsite"]), "onsite", hv[1])
        event = s.scalars(
            select(AssetEvent).where(AssetEvent.kind == "onsite_test").order_by(AssetEvent.id.desc())
        ).first()
        audited = s.scalars(select(AuditLog).where(AuditLog.entity == "asset_event")).one()
    assert item.due_on == D(2028, 1, 20) and item.status == "ok" and item.last_done == D(2026, 1, 20)
    assert event.error_pct == Decimal("0.12") and event.operator == "王工" and audited.operator == "王工"


def test_a_failed_onsite_test_makes_the_device_urgent(workspace, hv) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        record_completion(
            s, "onsite", hv[0], D(2025, 3, 7), "王工", result="fail", error_pct="-2.4"
        )  # a Friday
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-03")
    item = one(items, "onsite", hv[1])
    assert item.status == DueStatus.URGENT and item.due_on == D(2025, 3, 12)  # 3 working days: Wed 12 March
    assert "3个工作日内更换" in item.rule and "§7.3 d)" in item.rule
    assert items[0] == item  # urgent first
    assert count_by_status(items)[DueStatus.URGENT] == 1


def test_a_completion_is_refused_with_every_reason(workspace, hv) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Rejected) as err, workspace.sessions.begin() as s:
        record_completion(s, "ptdrop", hv[0], dt.date.today() + dt.timedelta(days=2), "x", result="maybe")
    assert {p.field for p in err.value.problems} == {"on", "result", "kind"}
    with pytest.raises(Rejected), workspace.sessions.begin() as s:
        record_completion(s, "onsite", hv[0], D(2025, 1, 1), "x")  # no result


def test_first_onsite_test_within_a_month_of_energising(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        st = Station(s)
        p = st.point(
            st.customer("1000000002", voltage="110kV", kva="20000"),
            "II",
            "高供高计",
            energised=D(2025, 1, 31),
        )
        new = st.device(p, accuracy="0.5S", phases=3, model="DTZY71", installed=D(2025, 1, 31))
        low = st.device(st.point(st.customer("1000000003"), "V"))  # class V: no on-site tests
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-02", kinds=["onsite"])
    assert one(items, "onsite", new.asset_no).due_on == D(2025, 2, 28)  # 31 Jan + 1 month, clamped
    assert one(items, "onsite", new.asset_no).status == "due"
    assert "首检" in one(items, "onsite", new.asset_no).rule
    assert all(it.target_no != low.asset_no for it in items)


def test_pt_drop_test_for_35kv_and_ctpt_check_every_ten_years(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        st = Station(s)
        p35 = st.point(
            st.customer("1000000004", voltage="35kV", kva="8000"), "III", "高供高计", energised=D(2016, 4, 1)
        )
        pts = [
            st.device(p35, kind="pt", accuracy="0.2", verified=D(2016, 3, 1), installed=D(2016, 4, 1))
            for _ in range(2)
        ]
        ct = st.device(p35, kind="ct", accuracy="0.2S", verified=D(2016, 3, 1), installed=D(2016, 4, 1))
        st.event(pts[1], "pt_drop_test", D(2023, 6, 5), "pass")  # either PT of the point counts
        p10 = st.point(
            st.customer("1000000005", voltage="10kV", kva="400"), "IV", "高供低计", energised=D(2019, 1, 1)
        )
        lv_ct = st.device(p10, kind="ct", accuracy="0.5S")  # low-side CT: no HV check
        pt10 = st.device(
            st.point(st.customer("1000000006", voltage="10kV", kva="630"), "III", "高供高计"),
            kind="pt",
            accuracy="0.5",
            installed=D(2020, 5, 1),
        )
    with workspace.sessions.begin() as s:
        drops = due_items(s, "2025-06", kinds=["ptdrop"])
        checks = due_items(s, "2026-04", kinds=["ctpt"])
    assert [(it.target_no, it.due_on, it.status) for it in drops] == [(pts[0].asset_no, D(2025, 6, 5), "due")]
    assert (
        one(checks, "ctpt", ct.asset_no).due_on == D(2026, 4, 1)
        and one(checks, "ctpt", ct.asset_no).status == "due"
    )
    assert one(checks, "ctpt", pt10.asset_no).due_on == D(2030, 5, 1)
    assert all(it.target_no != lv_ct.asset_no for it in checks)


@pytest.fixture
def batch(workspace):  # type: ignore[no-untyped-def]
    """Three smart meters of one batch (verified 2017) and an electromechanical three-phase meter."""
    with workspace.sessions.begin() as s:
        st = Station(s)
        area = st.area("T09")
        meters = [
            st.device(st.point(st.customer(f"20000000{i:02d}", area)), verified=D(2017, 5, 20 + i))
            for i in range(3)
        ]
        old = st.device(
            st.point(st.customer("2000000099", area), "IV"),
            model="DT862",
            phases=3,
            accuracy="2",
            verified=D(2019, 8, 1),
        )
        return [m.asset_no for m in meters], old.asset_no


def test_rotation_at_the_end_of_service_life(workspace, batch) -> None:  # type: ignore[no-untyped-def]
    nos, old = batch
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-05", kinds=["rotation"])
    assert (
        one(items, "rotation", nos[0]).due_on == D(2025, 5, 20)
        and one(items, "rotation", nos[0]).status == "due"
    )
    assert one(items, "rotation", old).due_on == D(2025, 8, 1)  # DT862: induction three-phase, 6 years
    assert one(items, "rotation", old).status == "upcoming"


def test_sampling_due_12_months_before_the_end_and_a_pass_extends_the_batch_by_4_years(
    workspace, batch
) -> None:  # type: ignore[no-untyped-def]
    nos, _ = batch
    with workspace.sessions.begin() as s:
        sampling = due_items(s, "2024-05", kinds=["sampling"])
    assert [(it.target_no, it.due_on, it.status, it.devices) for it in sampling] == [
        ("DDZY71 / 华立 / 2017", D(2024, 5, 20), "due", 3)
    ]
    with workspace.sessions.begin() as s:
        assert len(due_items(s, "2025-05", kinds=["sampling"])) == 1  # overdue until the batch's life is over
        assert due_items(s, "2025-06", kinds=["sampling"]) == []  # then rotation takes over
    with workspace.sessions.begin() as s:
        row = record_sampling(s, "DDZY71", "华立", 2017, D(2024, 5, 28), "pass", "计量班")
    assert row.devices == 3
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-05", kinds=["rotation", "sampling"])
    assert [it.kind for it in items if it.kind == "sampling"] == []
    assert [one(items, "rotation", n).due_on for n in nos] == [D(2029, 5, 20), D(2029, 5, 21), D(2029, 5, 22)]
    assert "抽检合格" in one(items, "rotation", nos[0]).rule


def test_a_failed_sampling_makes_the_whole_batch_due(workspace, batch) -> None:  # type: ignore[no-untyped-def]
    nos, old = batch
    with workspace.sessions.begin() as s:
        record_sampling(s, "DDZY71", "华立", 2017, D(2024, 6, 3), "fail", "计量班")
    with workspace.sessions.begin() as s:
        items = due_items(s, "2024-06", kinds=["rotation"], statuses=["due"])
    assert sorted(it.target_no for it in items) == sorted(nos)
    assert {it.due_on for it in items} == {D(2024, 6, 3)}


def test_sampling_of_an_unknown_batch_is_refused(workspace, batch) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Rejected), workspace.sessions.begin() as s:
        record_sampling(s, "DDZY71", "华立", 2018, D(2024, 6, 3), "pass", "计量班")


def test_large_customers_are_inspected_quarterly(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        st = Station(s)
        big = st.customer("3000000001", voltage="380V", kva="160")
        st.customer("3000000002", voltage="10kV", kva="80", opened=D(2024, 11, 30))
        st.customer("3000000003", voltage="220V", kva="8")  # low voltage: by campaign, never listed
        s.add(InspectionVisit(customer_id=big.id, visited_on=D(2025, 1, 10), operator="t"))
        big_id = big.id
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-04", kinds=["inspection"])
    assert [(it.target_no, it.due_on, it.status) for it in items] == [
        ("3000000001", D(2025, 4, 10), "due"),
        ("3000000002", D(2025, 11, 30), "ok"),
    ]
    with workspace.sessions.begin() as s:
        record_completion(s, "inspection", big_id, D(2025, 4, 2), "检查员甲", result="pass")
    with workspace.sessions.begin() as s:
        again = one(due_items(s, "2025-04", kinds=["inspection"]), "inspection", "3000000001")
    assert again.due_on == D(2025, 7, 2) and again.status == "upcoming" and again.last_done == D(2025, 4, 2)


def test_filters_by_status_and_area(workspace, batch, hv) -> None:  # type: ignore[no-untyped-def]
    nos, old = batch
    with workspace.sessions.begin() as s:
        t09 = s.scalar(select(TransformerArea.id).where(TransformerArea.code == "T09"))
        in_area = due_items(s, "2025-05", area_id=t09)
        overdue = due_items(s, "2026-03", statuses=["overdue"])
    assert {it.area_code for it in in_area} == {"T09"} and hv[1] not in {it.target_no for it in in_area}
    assert {it.status for it in overdue} == {"overdue"} and hv[1] in {it.target_no for it in overdue}


def test_exceptions_list_devices_below_class_minimum_or_past_life(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        st = Station(s)
        weak = st.device(st.point(st.customer("4000000001", voltage="380V"), "IV"), accuracy="2", phases=3)
        good = st.device(st.point(st.customer("4000000002", voltage="380V"), "IV"), accuracy="1", phases=3)
        expired = st.device(st.point(st.customer("4000000003")), verified=D(2012, 2, 29))
    with workspace.sessions.begin() as s:
        found = {(e.reason, e.asset_no) for e in exceptions(s, on=D(2025, 6, 1))}
    assert ("below_minimum", weak.asset_no) in found and ("past_life", expired.asset_no) in found
    assert all(no != good.asset_no for _, no in found)


def test_workload_by_month_repeats_periodic_work(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        st = Station(s)
        p = st.point(
            st.customer("5000000001", voltage="220kV", kva="50000"), "I", "高供高计", energised=D(2020, 1, 1)
        )
        m = st.device(
            p, accuracy="0.2S", phases=3, model="DTZY71", verified=D(2024, 10, 1), installed=D(2020, 1, 1)
        )
        st.event(m, "onsite_test", D(2024, 11, 10), "pass")
    with workspace.sessions.begin() as s:
        load = workload_by_month(s, 2025)
    assert [load[month]["onsite"] for month in range(1, 13)] == [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0]
    # never inspected since 2015: caught up in January, then quarterly (≥100 kVA)
    assert [load[month]["inspection"] for month in range(1, 13)] == [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0]


def test_cli_due_json(db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from station.workspace import open_workspace

    ws = open_workspace(db_path, operator="t")
    with ws.sessions.begin() as s:
        st = Station(s)
        st.device(st.point(st.customer("6000000001", st.area("T07"))), verified=D(2017, 3, 5))
    ws.close()
    assert (
        cli(
            [
                "due",
                "--month",
                "2025-03",
                "--kind",
                "rotation",
                "--area",
                "T07",
                "--json",
                "--db",
                str(db_path),
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert [(o["kind"], o["account_no"], o["area"], o["due_on"], o["status"]) for o in out] == [
        ("rotation", "6000000001", "T07", "2025-03-05", "due")
    ]
    assert out[0]["rule"]
    assert cli(["due", "--month", "2025-13", "--db", str(db_path)]) == 2
    assert cli(["due", "--month", "2025-03", "--area", "NOPE", "--db", str(db_path)]) == 3


def test_2000_edition_first_onsite_test_of_a_class_iv_high_side_point(workspace) -> None:  # type: ignore[no-untyped-def]
    # DL/T 448-2000 §7.3 e): a new class IV HV point gets its first on-site test within a month of energising,
    # though class IV has no periodic test; a low-side class IV point does not; once tested, nothing more.
    with workspace.sessions.begin() as s:
        set_rule(s, "edition.dlt448", "2000", "supervisor")
        st = Station(s)
        hv_point = st.point(st.customer("1000000011", voltage="10kV", kva="200"), "IV", "高供高计", energised=D(2025, 3, 10))
        new = st.device(hv_point, accuracy="1", phases=3, model="DTZY71", installed=D(2025, 3, 10))
        lv_point = st.point(st.customer("1000000012", voltage="10kV", kva="200"), "IV", "高供低计", energised=D(2025, 3, 10))
        low = st.device(lv_point, accuracy="1", phases=3, model="DTZY71", installed=D(2025, 3, 10))
        tested_point = st.point(st.customer("1000000013", voltage="10kV", kva="200"), "IV", "高供高计", energised=D(2025, 1, 5))
        tested = st.device(tested_point, accuracy="1", phases=3, model="DTZY71", installed=D(2025, 1, 5))
        st.event(tested, "onsite_test", D(2025, 1, 20), "pass")
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-04", kinds=["onsite"])
    first = one(items, "onsite", new.asset_no)
    assert (first.due_on, first.status) == (D(2025, 4, 10), "due")
    assert "首检" in first.rule
    assert all(it.target_no not in (low.asset_no, tested.asset_no) for it in items)
    with workspace.sessions.begin() as s:
        set_rule(s, "edition.dlt448", "2016", "supervisor")
        assert all(it.target_no != new.asset_no for it in due_items(s, "2025-04", kinds=["onsite"]))


def test_a_failed_pt_drop_test_is_retested_within_a_month(workspace) -> None:  # type: ignore[no-untyped-def]
    # passed 2023-06-05 → next in 24 months; failed 2025-06-05 → re-test by 2025-07-05, not in 2027
    with workspace.sessions.begin() as s:
        st = Station(s)
        p = st.point(st.customer("1000000014", voltage="35kV", kva="8000"), "III", "高供高计", energised=D(2016, 4, 1))
        pt = st.device(p, kind="pt", accuracy="0.2", ratio="35000/100", installed=D(2016, 4, 1))
        st.event(pt, "pt_drop_test", D(2023, 6, 5), "pass")
        st.event(pt, "pt_drop_test", D(2025, 6, 5), "fail")
    with workspace.sessions.begin() as s:
        item = one(due_items(s, "2025-07", kinds=["ptdrop"]), "ptdrop", pt.asset_no)
    assert (item.due_on, item.status) == (D(2025, 7, 5), "due")
    assert "复测" in item.rule


def test_pt_drop_test_goes_by_the_pts_own_voltage(workspace) -> None:  # type: ignore[no-untyped-def]
    # a 35 kV customer metered through 10 kV PTs (on its transformer's low side) has no drop test;
    # a 10 kV-level record whose PT is 35000/100 has one
    with workspace.sessions.begin() as s:
        st = Station(s)
        p1 = st.point(st.customer("1000000015", voltage="35kV", kva="8000"), "III", "高供低计", energised=D(2020, 1, 1))
        pt10 = st.device(p1, kind="pt", accuracy="0.5", ratio="10000/100", installed=D(2020, 1, 1))
        p2 = st.point(st.customer("1000000016", voltage="10kV", kva="8000"), "III", "高供高计", energised=D(2020, 1, 1))
        pt35 = st.device(p2, kind="pt", accuracy="0.2", ratio="35kV/100V", installed=D(2020, 1, 1))
    with workspace.sessions.begin() as s:
        items = due_items(s, "2022-01", kinds=["ptdrop"])
    assert [it.target_no for it in items] == [pt35.asset_no]
    assert pt10.asset_no not in [it.target_no for it in items]


def test_rotation_of_a_meter_behind_low_voltage_cts_checks_the_cts(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        st = Station(s)
        p = st.point(st.customer("1000000017", voltage="380V", kva="80"), "IV", "低供低计")
        meter = st.device(p, accuracy="1", phases=3, model="DTZY71", verified=D(2017, 5, 1))
        st.device(p, kind="ct", accuracy="0.5S", ratio="100/5")
        direct = st.device(st.point(st.customer("1000000018")), verified=D(2017, 5, 1))
    with workspace.sessions.begin() as s:
        items = due_items(s, "2025-05", kinds=["rotation"])
    assert "电流互感器" in one(items, "rotation", meter.asset_no).rule
    assert "电流互感器" not in one(items, "rotation", direct.asset_no).rule
