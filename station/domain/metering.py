"""Metering arithmetic and classes: CT/PT ratios, the multiplier (综合倍率), DL/T 448 device classes."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from station.domain.codes import AssetKind
from station.domain.limits import MAX_RATIO

_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(kV|V|A)?\s*/\s*(\d+(?:\.\d+)?)\s*(kV|V|A)?\s*$", re.IGNORECASE)
_UNIT = {None: Decimal(1), "a": Decimal(1), "v": Decimal(1), "kv": Decimal(1000)}


class RatioTooLarge(ValueError):
    """A CT/PT ratio past MAX_RATIO: a typing error (the multiplier, CT × PT, must fit its column)."""


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
    value = primary / secondary
    if value >= MAX_RATIO:
        raise RatioTooLarge(f"a ratio of {value} is beyond any instrument transformer: {ratio!r}")
    return _clean(value)


def primary_volts(text: str) -> Decimal | None:
    """The primary voltage of a PT's ratio or nameplate: "35000/100" → 35000, "35kV/100V" → 35000, "10kV" →
    10000; None when there is no voltage to read."""
    m = _RATIO.match(text or "")
    if m is not None:
        return Decimal(m.group(1)) * _UNIT[(m.group(2) or "").lower() or None]
    single = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(kV|V)\s*$", text or "", re.IGNORECASE)
    if single is None:
        return None
    return Decimal(single.group(1)) * _UNIT[single.group(2).lower()]


def _clean(value: Decimal) -> Decimal:
    """Decimal division gives 1E+2 for 10000/100; keep plain digits for ledgers and audit rows."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


#: A Decimal with plain digits (20.00 from a Numeric column → 20), for messages and command output.
plain = _clean


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


#: The voltage a point metered on the low side (高供低计) is metered at: the secondary of the customer's
#: transformer. A 10(20) kV customer's is 380 V; a 35 kV or 110 kV customer's transformer steps down to 10 kV.
LOW_SIDE_VOLTAGE: dict[str, str] = {"10kV": "380V", "20kV": "380V", "35kV": "10kV", "66kV": "10kV", "110kV": "10kV"}


def metering_side_voltage(voltage_level: str, metering_method: str | None, metering_voltage: str | None = None) -> str:
    """The voltage the metering point measures: as recorded, else the low side for 高供低计, else the supply's."""
    if metering_voltage:
        return metering_voltage
    if metering_method == "高供低计":
        return LOW_SIDE_VOLTAGE.get(voltage_level, "380V")
    return voltage_level


def device_class(
    voltage_level: str,
    phases: int,
    edition: str = "2016",
    monthly_kwh: Decimal | float | None = None,
    capacity_kva: Decimal | float | None = None,
    metering_method: str | None = None,
    metering_voltage: str | None = None,
) -> str:
    """The metering device class (I–V) of a metering point, after DL/T 448 `edition` ("2016" or "2000").

    2016 classifies by the voltage of the metering side (`metering_side_voltage`): a 10 kV customer metered
    at 380 V (高供低计) is IV, a 35 kV customer metered at 10 kV is III.
    """
    side = metering_side_voltage(voltage_level, metering_method, metering_voltage)
    if phases == 1 and side in ("220V", ""):
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
    found = _CLASS_2016_BY_VOLTAGE.get(side)
    if found is None:
        raise ValueError(f"unknown voltage level: {side!r}")
    return "IV" if found == "V" else found  # 220 V but three-phase (3×220/380 V): IV


#: The reactive-energy meter's entry in the minimum tables (a meter asset's accuracy "0.5S/2" is active/reactive).
REACTIVE = "reactive_meter"

# Minimum accuracy classes per device class: active-energy meter, reactive-energy meter, PT, CT.
# DL/T 448-2016 Table 1. Class V has no PT and no reactive meter. An installed device below its minimum is an
# audit finding.
MIN_ACCURACY_2016: dict[str, dict[str, str | None]] = {
    "I": {AssetKind.METER: "0.2S", REACTIVE: "2", AssetKind.PT: "0.2", AssetKind.CT: "0.2S"},
    "II": {AssetKind.METER: "0.5S", REACTIVE: "2", AssetKind.PT: "0.2", AssetKind.CT: "0.2S"},
    "III": {AssetKind.METER: "0.5S", REACTIVE: "2", AssetKind.PT: "0.5", AssetKind.CT: "0.5S"},
    "IV": {AssetKind.METER: "1", REACTIVE: "2", AssetKind.PT: "0.5", AssetKind.CT: "0.5S"},
    "V": {AssetKind.METER: "2", REACTIVE: None, AssetKind.PT: None, AssetKind.CT: "0.5S"},
}
# DL/T 448-2000 Table 1 ("0.2S或0.5S" and the like: the lesser of the two is the minimum): I 0.5S/2/0.2/0.2;
# II 0.5/2/0.2/0.2; III 1/2/0.5/0.5S; IV 2/3/0.5/0.5S; V 2/–/–/0.5S.
MIN_ACCURACY_2000: dict[str, dict[str, str | None]] = {
    "I": {AssetKind.METER: "0.5S", REACTIVE: "2", AssetKind.PT: "0.2", AssetKind.CT: "0.2"},
    "II": {AssetKind.METER: "0.5", REACTIVE: "2", AssetKind.PT: "0.2", AssetKind.CT: "0.2"},
    "III": {AssetKind.METER: "1", REACTIVE: "2", AssetKind.PT: "0.5", AssetKind.CT: "0.5S"},
    "IV": {AssetKind.METER: "2", REACTIVE: "3", AssetKind.PT: "0.5", AssetKind.CT: "0.5S"},
    "V": {AssetKind.METER: "2", REACTIVE: None, AssetKind.PT: None, AssetKind.CT: "0.5S"},
}
MIN_ACCURACY_BY_EDITION: dict[str, dict[str, dict[str, str | None]]] = {
    "2016": MIN_ACCURACY_2016,
    "2000": MIN_ACCURACY_2000,
}
#: The 2016 table, under its old name.
MIN_ACCURACY = MIN_ACCURACY_2016

#: Accuracy grades of GB/T 17215.321-2021 (IR 46 style letters) and the classes they stand for.
GRADE_CLASSES: dict[str, str] = {"A": "2", "B": "1", "C": "0.5S", "D": "0.2S"}

_ACCURACY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(S?)\s*$", re.IGNORECASE)


def accuracy_parts(accuracy_class: str) -> tuple[str, str | None]:
    """(active, reactive) of a meter's accuracy text: "0.5S/2" → ("0.5S", "2"); "1" → ("1", None)."""
    head, _, tail = (accuracy_class or "").partition("/")
    return head.strip(), (tail.strip() or None)


def normalise_accuracy(accuracy_class: str) -> str | None:
    """A class as the tables write it: "B" → "1", "0.5s" → "0.5S", "2.0" → "2"; None when unreadable."""
    text = (accuracy_class or "").strip().upper().removeprefix("CLASS").strip().removesuffix("级").strip()
    text = GRADE_CLASSES.get(text, text)
    m = _ACCURACY.match(text)
    if m is None:
        return None
    number = Decimal(m.group(1)).normalize()
    return f"{number:f}" + ("S" if m.group(2) else "")


def _accuracy_key(accuracy_class: str) -> tuple[Decimal, int] | None:
    """Sort key: smaller is more accurate; at the same number the S class (wider range) is better."""
    text = normalise_accuracy(accuracy_class)
    if text is None:
        return None
    return Decimal(text.removesuffix("S")), 0 if text.endswith("S") else 1


def permitted_error_pct(accuracy_class: str) -> Decimal | None:
    """The error a meter of this class may have, in % (± the class number): class 2 / grade A → 2; None: unreadable."""
    key = _accuracy_key(accuracy_parts(accuracy_class)[0])
    return None if key is None else key[0]


def minimum_accuracy(kind: str, device_class: str, edition: str = "2016") -> str | None:
    """The least accuracy class DL/T 448 `edition` allows for a `kind` (meter, reactive_meter, ct, pt) at a point."""
    return MIN_ACCURACY_BY_EDITION.get(edition, MIN_ACCURACY_2016)[device_class][kind]


def _meets(have_text: str | None, need: str | None) -> bool:
    if need is None:
        return True
    have, want = _accuracy_key(have_text or ""), _accuracy_key(need)
    return have is not None and want is not None and have <= want


def meets_minimum(kind: str, accuracy_class: str, device_class: str, edition: str = "2016") -> bool:
    """Whether a device of `kind` and `accuracy_class` is good enough for a point of `device_class`.

    A meter written "0.5S/2" is checked as active 0.5S and reactive 2; a `reactive_meter` takes its own row.
    An unknown or missing accuracy class does not meet any minimum (the record audit must show it).
    """
    if kind == AssetKind.METER:
        active, reactive = accuracy_parts(accuracy_class)
        ok = _meets(active, minimum_accuracy(kind, device_class, edition))
        return ok and (reactive is None or _meets(reactive, minimum_accuracy(REACTIVE, device_class, edition)))
    key = kind if kind == REACTIVE else str(AssetKind(kind))
    return _meets(accuracy_class, minimum_accuracy(key, device_class, edition))
#: Devices of a kind one metering point carries: one meter; a CT and a PT per phase (a three-phase
#: four-wire point has three CTs; a three-wire HV point two or three PTs), all of one ratio so that the
#: point's multiplier is defined.
PER_POINT: dict[str, int] = {"meter": 1, "ct": 3, "pt": 3}
