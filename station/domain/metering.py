"""Metering arithmetic and classes: CT/PT ratios, the multiplier (综合倍率), DL/T 448 device classes."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from station.domain.codes import AssetKind

_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(kV|V|A)?\s*/\s*(\d+(?:\.\d+)?)\s*(kV|V|A)?\s*$", re.IGNORECASE)
_UNIT = {None: Decimal(1), "a": Decimal(1), "v": Decimal(1), "kv": Decimal(1000)}


def ratio_value(ratio: str) -> Decimal:
    """The transformation ratio of a nameplate text: "100/5" → 20, "10000/100" or "10kV/100V" → 100.

    Raises ValueError for anything else (an empty or malformed ratio is a data error, never 1).
    """
    m = _RATIO.match(ratio or "")
    if m is None:
        raise ValueError(f"not a ratio like 100/5: {ratio!r}")
    try:
        primary = Decimal(m.group(1)) * _UNIT[(m.group(2) or "").lower() or None]
        secondary = Decimal(m.group(3)) * _UNIT[(m.group(4) or "").lower() or None]
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only numbers
        raise ValueError(f"not a ratio: {ratio!r}") from exc
    if primary <= 0 or secondary <= 0:
        raise ValueError(f"a ratio needs two positive numbers: {ratio!r}")
    return _clean(primary / secondary)


def _clean(value: Decimal) -> Decimal:
    """Decimal division gives 1E+2 for 10000/100; keep plain digits for ledgers and audit rows."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def multiplier(ct_ratio: str | None, pt_ratio: str | None) -> Decimal:
    """综合倍率 = CT ratio × PT ratio; a missing CT or PT counts as 1 (direct connection)."""
    ct = ratio_value(ct_ratio) if ct_ratio else Decimal(1)
    pt = ratio_value(pt_ratio) if pt_ratio else Decimal(1)
    return _clean(ct * pt)


# --- Device classes (计量装置分类) --------------------------------------------------------------

CLASSES: tuple[str, ...] = ("I", "II", "III", "IV", "V")

# DL/T 448-2016 §4.1, by voltage and use (trade settlement): I ≥220 kV; II 110(66)–220 kV; III 10–110 kV;
# IV 380 V–10 kV; V 220 V single-phase. 10 kV appears in both III and IV: a 10 kV customer metered on
# the high side (高供高计) is III, one metered on the low side (高供低计) is IV.
_CLASS_2016_BY_VOLTAGE: dict[str, str] = {
    "220V": "V",
    "380V": "IV",
    "10kV": "III",
    "20kV": "III",
    "35kV": "III",
    "110kV": "II",
    "220kV": "I",
}

# DL/T 448-2000 §5.1, by monthly energy (kWh) or capacity (kVA), largest class first.
CLASS_2000_THRESHOLDS: tuple[tuple[str, Decimal, Decimal], ...] = (
    ("I", Decimal(5_000_000), Decimal(10_000)),
    ("II", Decimal(1_000_000), Decimal(2_000)),
    ("III", Decimal(100_000), Decimal(315)),
)


def device_class(
    voltage_level: str,
    phases: int,
    edition: str = "2016",
    monthly_kwh: Decimal | float | None = None,
    capacity_kva: Decimal | float | None = None,
    metering_method: str | None = None,
) -> str:
    """The metering device class (I–V) of a metering point, after DL/T 448 `edition` ("2016" or "2000")."""
    if phases == 1 and voltage_level in ("220V", ""):
        return "V"  # both editions: 220 V single-phase
    if edition == "2000":
        for cls, kwh, kva in CLASS_2000_THRESHOLDS:
            if (monthly_kwh is not None and Decimal(str(monthly_kwh)) >= kwh) or (
                capacity_kva is not None and Decimal(str(capacity_kva)) >= kva
            ):
                return cls
        return "IV"  # < 315 kVA and < 100,000 kWh/month
    if edition != "2016":
        raise ValueError(f"unknown DL/T 448 edition: {edition!r}")
    if metering_method == "高供低计":
        return "IV"  # metered at 380 V whatever the supply voltage
    cls = _CLASS_2016_BY_VOLTAGE.get(voltage_level)
    if cls is None:
        raise ValueError(f"unknown voltage level: {voltage_level!r}")
    return "IV" if cls == "V" else cls  # 220 V but three-phase (3×220/380 V): IV


# Minimum accuracy classes per device class, DL/T 448-2016 Table 1 (active-energy meter, PT, CT).
# Class V has no PT. An installed device below its minimum is an audit finding.
MIN_ACCURACY: dict[str, dict[AssetKind, str | None]] = {
    "I": {AssetKind.METER: "0.2S", AssetKind.PT: "0.2", AssetKind.CT: "0.2S"},
    "II": {AssetKind.METER: "0.5S", AssetKind.PT: "0.2", AssetKind.CT: "0.2S"},
    "III": {AssetKind.METER: "0.5S", AssetKind.PT: "0.5", AssetKind.CT: "0.5S"},
    "IV": {AssetKind.METER: "1", AssetKind.PT: "0.5", AssetKind.CT: "0.5S"},
    "V": {AssetKind.METER: "2", AssetKind.PT: None, AssetKind.CT: "0.5S"},
}

_ACCURACY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(S?)\s*$", re.IGNORECASE)


def _accuracy_key(accuracy_class: str) -> tuple[Decimal, int] | None:
    """Sort key: smaller is more accurate; at the same number the S class (wider range) is better."""
    m = _ACCURACY.match(accuracy_class or "")
    if m is None:
        return None
    return Decimal(m.group(1)), 0 if m.group(2) else 1


def meets_minimum(kind: str, accuracy_class: str, device_class: str) -> bool:
    """Whether a device of `kind` and `accuracy_class` is good enough for a point of `device_class`.

    An unknown or missing accuracy class does not meet any minimum (the record audit must show it).
    """
    minimum = MIN_ACCURACY[device_class][AssetKind(kind)]
    if minimum is None:
        return True
    have, need = _accuracy_key(accuracy_class), _accuracy_key(minimum)
    return have is not None and need is not None and have <= need


#: Devices of a kind one metering point carries: one meter; a CT and a PT per phase (a three-phase
#: four-wire point has three CTs; a three-wire HV point two or three PTs), all of one ratio so that the
#: point's multiplier is defined.
PER_POINT: dict[str, int] = {"meter": 1, "ct": 3, "pt": 3}
