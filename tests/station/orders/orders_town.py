"""A small station for the work-order tests, built through the actions: an admin, a supervisor, two certified
inspectors (grade 2: up to 10 kV) and a clerk; three customers, one of them 10 kV with a class III meter."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.orders.rows import OrderDraft, TargetDraft, TargetResult
from station.workspace import Workspace

SUPERVISOR, INSPECTOR_A, INSPECTOR_B, CLERK, ADMIN = "张所长", "李检查", "王检查", "赵营业", "钱管理"


@dataclass
class Town:
    ws: Workspace
    meter_id: int
    meter_no: str

    def as_(self, name: str) -> Workspace:
        return dataclasses.replace(self.ws, operator=name)

    @property
    def supervisor(self) -> Workspace:
        return self.as_(SUPERVISOR)

    @property
    def inspector(self) -> Workspace:
        return self.as_(INSPECTOR_A)

    def order(self, kind: str = "special", accounts: tuple[str, ...] = ("3100000001",), **kw: object) -> str:
        draft = OrderDraft(kind=kind, targets=tuple(TargetDraft(a) for a in accounts),
                           inspectors=kw.pop("inspectors", (INSPECTOR_A, INSPECTOR_B)), **kw)  # type: ignore[arg-type]
        return actions.create_order(self.inspector, draft).number

    def on_site(self, kind: str = "special", **kw: object) -> str:
        number = self.order(kind, **kw)
        actions.submit_order(self.inspector, number)
        actions.approve_order(self.supervisor, number)
        if kind not in ("record-audit", "billing-check"):
            actions.start_order(self.inspector, number)
        return number

    def reported(self, kind: str = "special", result: str = "problem", **kw: object) -> str:
        number = self.on_site(kind, **kw)
        actions.report_order(self.inspector, number, [TargetResult(None, result, "signed")])
        return number


#: Every town user's password (the CLI tests log in with it through $STATION_PASSWORD).
TOWN_PASSWORD = "town-pw"


def build_town(ws: Workspace) -> Town:
    actions.add_user(ws, ADMIN, "admin", password=TOWN_PASSWORD)  # the first user: the station has none yet
    admin = dataclasses.replace(ws, operator=ADMIN)
    actions.add_user(admin, SUPERVISOR, "supervisor", password=TOWN_PASSWORD)
    actions.add_user(admin, INSPECTOR_A, "inspector", cert_no="JC-2024-0117", cert_grade="2", password=TOWN_PASSWORD)
    actions.add_user(admin, INSPECTOR_B, "inspector", cert_no="JC-2024-0118", cert_grade="2", password=TOWN_PASSWORD)
    actions.add_user(admin, CLERK, "clerk", password=TOWN_PASSWORD)
    clerk = dataclasses.replace(ws, operator=CLERK)
    for account, name, voltage, kva in (("3100000001", "城东五金厂", "380V", "80"),
                                        ("3100000002", "李家小卖部", "220V", "8"),
                                        ("3100000003", "恒达机械厂", "10kV", "400")):
        actions.create_customer(clerk, CustomerDraft(account, name, address=f"城东路{account[-1]}号",
                                                     tariff_category="一般工商业", voltage_level=voltage,
                                                     contract_capacity_kva=Decimal(kva), opened_on=dt.date(2015, 1, 1),
                                                     phases=1 if voltage == "220V" else 3))
    meter_no = "3130001000000000000015"
    meter_id = _meter(ws, meter_no)
    return Town(ws, meter_id, meter_no)


def _meter(ws: Workspace, asset_no: str) -> int:
    """A class III meter on 恒达机械厂's point, last tested on site two years ago (due now)."""
    from sqlalchemy import select, update

    from db.schema import Customer, MeteringPoint

    metering = dataclasses.replace(ws, operator=SUPERVISOR)
    [asset_id] = actions.receive_assets(metering, [AssetDraft(asset_no=asset_no, kind="meter", model="DTZY71",
                                                              maker="华立", accuracy_class="0.5S", phases=3)],
                                        dt.date(2023, 1, 5), "B2023-01")
    actions.verify_asset(metering, asset_id, dt.date(2023, 1, 6), "pass", "JD-1")
    actions.issue_asset(metering, asset_id, dt.date(2023, 1, 7))
    with ws.sessions.begin() as s:  # the device class is the metering point's, set by the metering staff's form
        point = s.scalars(select(MeteringPoint.id).join(Customer, Customer.id == MeteringPoint.customer_id)
                          .where(Customer.account_no == "3100000003")).one()
        s.execute(update(MeteringPoint).where(MeteringPoint.id == point).values(device_class="III"))
    actions.install_asset(metering, asset_id, point, dt.date(2023, 1, 8), Decimal("0"))
    actions.record_completion(metering, "onsite", asset_id, dt.date.today() - dt.timedelta(days=740),
                              result="pass")
    return asset_id
