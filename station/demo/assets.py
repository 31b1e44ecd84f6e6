"""The demo's metering: one metering point per customer, its meter/CT/PT, 台区 gateway meters, the warehouse.

Rows are plain dicts with explicit ids, ready for bulk Core inserts into an empty database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np

from station.demo import names as N
from station.demo.plan import METHOD_HV_HV, DemoPlan
from station.domain import asset_no
from station.domain.metering import device_class, multiplier

#: Demo barcode prefix: unit "341" + "00" + a 2-digit device type (a convention of this demo only).
UNIT = "341"
TYPE_SINGLE, TYPE_THREE, TYPE_CT, TYPE_PT = "01", "02", "05", "06"
SERIAL_BASE = 20_000_000  #: serials start here so a scanned range never begins at 0

Row = dict[str, Any]


@dataclass(slots=True)
class MeteringRows:
    points: list[Row] = field(default_factory=list)
    assets: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    gateway_asset_no: list[str] = field(default_factory=list)  # per area


@cache
def _multiplier(ct: str | None, pt: str | None) -> float:
    return float(multiplier(ct, pt))


@cache
def _device_class(voltage: str, phases: int, method: str) -> str:
    return device_class(voltage, phases, "2016", metering_method=method)


def _dates(a: np.ndarray) -> list[dt.date | None]:
    return list(a.astype("datetime64[D]").astype(object))


class _Builder:
    """Accumulates assets and events, numbering ids and barcode serials as it goes."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng
        self.out = MeteringRows()
        self._serial = {t: SERIAL_BASE for t in (TYPE_SINGLE, TYPE_THREE, TYPE_CT, TYPE_PT)}
        self._metering_staff = [u for u, role in N.USERS if role == "metering"]

    def asset(self, type_code: str, **fields: Any) -> int:
        self._serial[type_code] += 1
        serial = self._serial[type_code]
        asset_id = len(self.out.assets) + 1
        verified: dt.date | None = fields.get("verified_on")
        received: dt.date = fields["received_on"]
        maker = fields.pop("maker_idx")
        fields.setdefault("made_on", received - dt.timedelta(days=30 + serial % 150))
        row = {
            "id": asset_id,
            "asset_no": asset_no.make(UNIT + "00" + type_code, serial),
            "factory_no": f"{received.year % 100:02d}{maker:02d}{serial:010d}",
            "batch_no": f"{(verified or received).year}Q{((verified or received).month - 1) // 3 + 1}-{maker:02d}",
            "certificate_no": f"JD{verified:%Y%m}{serial % 100000:05d}" if verified else None,
            "verification_result": "pass" if verified else None,
            "metering_point_id": None,
            "import_batch_id": None,
            **fields,
        }
        self.out.assets.append(row)
        return asset_id

    def event(self, asset_id: int, kind: str, on: dt.date, before: str | None, after: str, **fields: Any) -> None:
        self.out.events.append(
            {
                "id": len(self.out.events) + 1,
                "asset_id": asset_id,
                "kind": kind,
                "happened_on": on,
                "operator": self._metering_staff[asset_id % len(self._metering_staff)],
                "metering_point_id": fields.get("metering_point_id"),
                "reading": fields.get("reading"),
                "result": fields.get("result"),
                "certificate_no": fields.get("certificate_no"),
                "error_pct": None,
                "reason": fields.get("reason", ""),
                "work_order_id": None,
                "status_before": before,
                "status_after": after,
                "created_at": dt.datetime.combine(on, dt.time(9, asset_id % 60)),
            }
        )


def _meter_fields(phases: int, ct: str | None, method: str, cap: float, maker: int) -> tuple[str, dict[str, Any]]:
    """Nameplate of the meter a point of this kind gets."""
    if phases == 1:
        return TYPE_SINGLE, {
            "model": N.SINGLE_PHASE_MODELS[maker % len(N.SINGLE_PHASE_MODELS)],
            "rated_voltage": "220V", "rated_current": "5(60)A", "accuracy_class": "2",
            "constant": 1200, "phases": 1,
        }
    if method == METHOD_HV_HV:
        return TYPE_THREE, {
            "model": N.HV_METER_MODELS[maker % len(N.HV_METER_MODELS)],
            "rated_voltage": "3×100V", "rated_current": "3×1.5(6)A", "accuracy_class": "0.5S",
            "constant": 20000, "phases": 3,
        }
    if ct:
        return TYPE_THREE, {
            "model": N.THREE_PHASE_MODELS[maker % len(N.THREE_PHASE_MODELS)],
            "rated_voltage": "3×220/380V", "rated_current": "3×1.5(6)A", "accuracy_class": "0.5S",
            "constant": 6400, "phases": 3,
        }
    return TYPE_THREE, {
        "model": N.THREE_PHASE_MODELS[maker % len(N.THREE_PHASE_MODELS)],
        "rated_voltage": "3×220/380V", "rated_current": "3×10(100)A" if cap > 20 else "3×5(60)A",
        "accuracy_class": "1", "constant": 400, "phases": 3,
    }


def build_metering(plan: DemoPlan) -> MeteringRows:
    """Metering points, installed meters/CTs/PTs with their events, gateway meters and warehouse stock."""
    rng = np.random.default_rng([plan.seed, 11])
    b = _Builder(rng)
    c = plan.customers
    n = len(c)
    today = plan.as_of
    opened, closed = _dates(c.opened), _dates(c.closed)
    installed, verified = _dates(c.installed), _dates(c.verified)
    makers = rng.integers(0, len(N.METER_MAKERS), n)
    ct_makers = rng.integers(0, len(N.CT_MAKERS), n)
    opening = np.round(rng.random(n) * 2, 2)
    daily_kwh = c.capacity_kva * rng.uniform(0.4, 1.6, n)  # register advance per day, for closing readings
    oldest = today - dt.timedelta(days=365 * 20)

    for i in range(n):
        pid = i + 1
        method, ct, pt, phases = c.method[i], c.ct_ratio[i], c.pt_ratio[i], int(c.phases[i])
        b.out.points.append({
            "id": pid, "customer_id": pid, "name": "主计量点", "metering_method": method,
            "device_class": _device_class(c.voltage[i], phases, method),
            "multiplier": _multiplier(ct, pt), "energised_on": opened[i],
        })
        gone = closed[i]
        type_code, nameplate = _meter_fields(phases, ct, method, float(c.capacity_kva[i]), int(makers[i]))
        ver, put_in, since = verified[i], installed[i], opened[i]
        assert ver is not None and put_in is not None and since is not None
        if gone is None:
            status, where = "installed", pid
        else:
            # Meters of closed accounts came back: recent ones wait for a check, older ones for scrapping.
            status = "removed" if (today - gone).days < 365 else ("to_scrap" if (today - gone).days < 1500 else "scrapped")
            where = None
        meter = b.asset(
            type_code, kind="meter", maker=N.METER_MAKERS[makers[i]], maker_idx=int(makers[i]),
            received_on=ver - dt.timedelta(days=10), verified_on=ver, status=status, **nameplate,
        )
        b.out.assets[meter - 1]["metering_point_id"] = where
        reason = "新装" if (put_in - since).days < 30 else "周期轮换"
        b.event(meter, "installed", put_in, "issued", "installed", metering_point_id=pid,
                reading=float(opening[i]), reason=reason)
        if gone is not None:
            reading = round(float(opening[i]) + daily_kwh[i] * (gone - put_in).days / _multiplier(ct, pt), 2)
            b.event(meter, "removed", gone, "installed", "removed", metering_point_id=pid, reading=reading,
                    reason="销户拆表")
            if status in ("to_scrap", "scrapped"):
                b.event(meter, "to_scrap", gone + dt.timedelta(days=200), "removed", "to_scrap", reason="拆回表超期，申请报废")
            if status == "scrapped":
                b.event(meter, "scrapped", gone + dt.timedelta(days=400), "to_scrap", "scrapped", reason="批量报废")
        if ct:
            _instrument_transformers(b, pid, method, ct, pt, max(since, oldest), int(ct_makers[i]),
                                     installed_here=gone is None)
    _gateways(b, plan)
    _warehouse(b, plan, n)
    return b.out


def _instrument_transformers(
    b: _Builder, pid: int, method: str, ct: str, pt: str | None, on: dt.date, maker: int, *, installed_here: bool
) -> None:
    """Three CTs on a low-voltage point; two CTs and two PTs (V/V) on a 10 kV three-wire point."""
    hv = method == METHOD_HV_HV
    status = "installed" if installed_here else "removed"
    ver = on - dt.timedelta(days=20)
    common = {"received_on": ver - dt.timedelta(days=5), "verified_on": ver, "status": status,
              "maker": N.CT_MAKERS[maker], "maker_idx": maker, "phases": 1, "constant": None}
    units = [("ct", ct)] * (2 if hv else 3) + ([("pt", pt)] * 2 if hv and pt else [])
    for kind, ratio in units:
        if kind == "ct":
            fields = {"model": N.HV_CT_MODELS[maker % 2] if hv else N.LV_CT_MODELS[maker % 2],
                      "rated_voltage": "10kV" if hv else "0.66kV", "rated_current": "",
                      "accuracy_class": "0.2S" if hv else "0.5S", "ratio": ratio}
        else:
            fields = {"model": N.PT_MODELS[maker % 2], "rated_voltage": "10kV", "rated_current": "",
                      "accuracy_class": "0.2", "ratio": ratio}
        aid = b.asset(TYPE_CT if kind == "ct" else TYPE_PT, kind=kind, **common, **fields)
        b.out.assets[aid - 1]["metering_point_id"] = pid if installed_here else None
        b.event(aid, "installed", on, "issued", "installed", metering_point_id=pid, reason="新装")


def _gateways(b: _Builder, plan: DemoPlan) -> None:
    """One three-phase CT-connected gateway (关口) meter per 台区; it sits on no customer's point."""
    rng = b.rng
    today = plan.as_of
    for _ in range(len(plan.areas.code)):
        maker = int(rng.integers(len(N.METER_MAKERS)))
        ver = today - dt.timedelta(days=int(rng.integers(30, 365 * 8)))
        aid = b.asset(
            TYPE_THREE, kind="meter", maker=N.METER_MAKERS[maker], maker_idx=maker,
            model=N.THREE_PHASE_MODELS[maker % len(N.THREE_PHASE_MODELS)], rated_voltage="3×220/380V",
            rated_current="3×1.5(6)A", accuracy_class="0.5S", constant=6400, phases=3,
            received_on=ver - dt.timedelta(days=10), verified_on=ver, status="installed",
        )
        b.out.gateway_asset_no.append(b.out.assets[aid - 1]["asset_no"])
        b.event(aid, "installed", ver + dt.timedelta(days=15), "issued", "installed",
                reading=round(float(rng.random()) * 2, 2), reason="台区关口表安装")


def _warehouse(b: _Builder, plan: DemoPlan, n: int) -> None:
    """Stock: a delivery not yet verified, verified meters in stock, a few issued, failed ones."""
    today = plan.as_of
    counts = {  # status -> how many single-phase meters (three-phase: a fifth as many)
        "received": max(5, n // 200),
        "in_stock": max(10, n // 50),
        "issued": max(2, n // 1000),
        "failed": max(2, n // 1000),
    }
    delivered = today - dt.timedelta(days=12)
    for status, count in counts.items():
        for phases, how_many in ((1, count), (3, max(1, count // 5))):
            maker = (len(status) + phases) % len(N.METER_MAKERS)
            type_code, nameplate = _meter_fields(phases, None, "低供低计", 10.0, maker)
            received_on = delivered if status == "received" else today - dt.timedelta(days=75)
            ver = None if status == "received" else received_on + dt.timedelta(days=6)
            for _ in range(how_many):
                aid = b.asset(
                    type_code, kind="meter", maker=N.METER_MAKERS[maker], maker_idx=maker,
                    received_on=received_on, verified_on=ver, status=status, **nameplate,
                )
                b.event(aid, "received", received_on, None, "received", reason="到货入库")
                if ver is None:
                    continue
                ok = status != "failed"
                row = b.out.assets[aid - 1]
                row["verification_result"] = "pass" if ok else "fail"
                b.event(aid, "verified", ver, "received", "in_stock" if ok else "failed",
                        result=row["verification_result"], certificate_no=row["certificate_no"],
                        reason="首次检定" if ok else "首次检定不合格")
                if status == "issued":
                    b.event(aid, "issued", today - dt.timedelta(days=3), "in_stock", "issued", reason="装表领用")
