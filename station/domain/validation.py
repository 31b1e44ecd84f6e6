"""Field checks of customers and assets, without a database: every problem named, with its value.

Callers pass normalised values keyed by code name (an import after cleaning a row, a form's draft).
Uniqueness and lookups (户号 taken, 台区 exists) need the database and are the callers' checks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from station.codes.index import tariff_category, voltage_level
from station.domain import asset_no as barcode
from station.domain.codes import (
    ACCURACY_CLASSES,
    TARIFF_CATEGORIES,
    VOLTAGE_LEVELS,
    AssetKind,
    AssetStatus,
    CustomerStatus,
)
from station.domain.limits import MAX_RATIO
from station.domain.metering import RatioTooLarge, ratio_value
from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg

REQUIRED_CUSTOMER_FIELDS: tuple[str, ...] = ("account_no", "name", "tariff_category", "voltage_level")
REQUIRED_ASSET_FIELDS: tuple[str, ...] = ("asset_no", "kind")

#: 户号: digits only; 10 is usual, but older rural accounts are shorter and some provinces use up to 20.
ACCOUNT_NO_DIGITS = (6, 20)

# Column widths of db.schema: a longer value would be cut or refused by PostgreSQL.
_CUSTOMER_LENGTHS = {"name": 100, "address": 200, "phone": 32, "industry": 32, "area_code": 32}
_ASSET_LENGTHS = {
    "factory_no": 40, "model": 40, "maker": 80, "rated_voltage": 24, "rated_current": 24,
    "batch_no": 40, "certificate_no": 40,
}

_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{4,30}$")
# Meter nameplate current: basic (maximum) current, e.g. 5(60)A, 1.5(6)A, 10(40).
# Three-phase nameplates prefix the phase count: 3×1.5(6)A (also written 3x1.5(6)A).
_METER_CURRENT = re.compile(r"^(3\s*[×xX*]\s*)?\d+(\.\d+)?\s*(\(\s*\d+(\.\d+)?\s*\))?\s*A?$", re.IGNORECASE)
VERIFICATION_RESULTS: tuple[str, ...] = ("pass", "fail")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _required(values: Mapping[str, Any], fields: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(f, msg(QT_TRANSLATE_NOOP("station", "This field is required")), values.get(f))
        for f in fields
        if _blank(values.get(f))
    ]


def _lengths(values: Mapping[str, Any], limits: Mapping[str, int]) -> list[Problem]:
    return [
        Problem(f, msg(QT_TRANSLATE_NOOP("station", "At most {limit} characters are allowed"), limit=n), v)
        for f, n in limits.items()
        if isinstance(v := values.get(f), str) and len(v) > n
    ]


def _one_of(field: str, value: Any, allowed: tuple[str, ...]) -> list[Problem]:
    if _blank(value) or value in allowed:
        return []
    return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                               value=value, allowed=", ".join(allowed)), value)]


def _dates(values: Mapping[str, Any], fields: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(f, msg(QT_TRANSLATE_NOOP("station", "{value} is not a date"), value=v), v)
        for f in fields
        if not _blank(v := values.get(f)) and (not isinstance(v, dt.date) or isinstance(v, dt.datetime))
    ]


def _capacity(field: str, value: Any) -> list[Problem]:
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, Decimal | int) or (
        isinstance(value, Decimal) and not value.is_finite()
    ):
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "{value} is not a number"), value=value), value)]
    if value < 0:
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "A capacity cannot be negative")), value)]
    return []


def check_account_no(value: Any) -> list[Problem]:
    """户号: 6 to 20 ASCII digits (full-width digits are the normaliser's job)."""
    if _blank(value):
        return []
    lo, hi = ACCOUNT_NO_DIGITS
    text = str(value)
    if not (text.isascii() and text.isdigit() and lo <= len(text) <= hi):
        return [Problem("account_no", msg(QT_TRANSLATE_NOOP(
            "station", "An account number is {lo} to {hi} digits, nothing else"), lo=lo, hi=hi), value)]
    return []


def check_asset_no(value: Any) -> list[Problem]:
    """资产编号: 22 digits with a valid check digit."""
    if _blank(value):
        return []
    text = str(value)
    if not (text.isascii() and text.isdigit() and len(text) == barcode.LENGTH):
        return [Problem("asset_no", msg(QT_TRANSLATE_NOOP(
            "station", "An asset number is 22 digits; this one has {n} characters"), n=len(text)), value)]
    if not barcode.is_valid(text):
        return [Problem("asset_no", msg(QT_TRANSLATE_NOOP(
            "station", "The check digit is wrong (expected {expected}): mistyped or misread"),
            expected=barcode.check_digit(text[:-1])), value)]
    return []


# Membership sets built once: an import checks 200,000 rows against the same code tables.
_TARIFF_SET = frozenset(TARIFF_CATEGORIES)
_VOLTAGE_SET = frozenset(VOLTAGE_LEVELS)
_CUSTOMER_STATUSES: tuple[str, ...] = tuple(CustomerStatus)
_CUSTOMER_STATUS_SET = frozenset(_CUSTOMER_STATUSES)
# 用电类别 and 电压等级 drive the rules: a value is one the rules know, in any form station.codes places
# (居民生活用电, 交流10kV, AC00101 …; the caller stores the placed form). 行业分类 is open: any value the
# station's code table holds or the import adds, so its check (known, retired) is the database's
# (station.customers.stored_problems, station.imports.codes); here only its length.
_CUSTOMER_CODE_FIELDS: tuple[tuple[str, Any, tuple[str, ...]], ...] = (
    ("tariff_category", tariff_category, TARIFF_CATEGORIES),
    ("voltage_level", voltage_level, VOLTAGE_LEVELS),
    ("status", _CUSTOMER_STATUS_SET.__contains__, _CUSTOMER_STATUSES),
)


def _unplaced(place: Any, value: Any) -> bool:
    """True when `place` (a code look-up or a set's membership test) cannot place `value`."""
    try:
        return not place(value)
    except TypeError:  # unhashable: certainly not a code
        return True


_ACCOUNT_LO, _ACCOUNT_HI = ACCOUNT_NO_DIGITS
_NAME_MAX, _ADDRESS_MAX, _PHONE_MAX, _AREA_CODE_MAX, _INDUSTRY_MAX = (
    _CUSTOMER_LENGTHS[f] for f in ("name", "address", "phone", "area_code", "industry"))


def _plainly_valid(get: Any) -> bool:
    """The common row of an import, recognised cheaply: every check below would pass. False decides nothing."""
    account_no, name, address, phone = get("account_no"), get("name"), get("address"), get("phone")
    industry, status, area_code = get("industry"), get("status"), get("area_code")
    contract, running, opened = get("contract_capacity_kva"), get("running_capacity_kva"), get("opened_on")
    return (
        account_no.__class__ is str and _ACCOUNT_LO <= len(account_no) <= _ACCOUNT_HI
        and account_no.isascii() and account_no.isdigit()
        and name.__class__ is str and len(name) <= _NAME_MAX and name.strip() != ""
        and (tariff := get("tariff_category")).__class__ is str and tariff in _TARIFF_SET
        and (voltage := get("voltage_level")).__class__ is str and voltage in _VOLTAGE_SET
        and (address is None or (address.__class__ is str and len(address) <= _ADDRESS_MAX))
        and (phone is None or phone == "" or (phone.__class__ is str and len(phone) <= _PHONE_MAX and _PHONE.match(phone) is not None))
        and (industry is None or (industry.__class__ is str and len(industry) <= _INDUSTRY_MAX))
        and (status is None or (status.__class__ is str and (status == "" or status in _CUSTOMER_STATUS_SET)))
        and (area_code is None or (area_code.__class__ is str and len(area_code) <= _AREA_CODE_MAX))
        and (contract is None or (contract.__class__ is Decimal and contract.is_finite() and not contract.is_signed()))
        and (running is None or (running.__class__ is Decimal and running.is_finite() and not running.is_signed()))
        and (opened is None or opened == "" or opened.__class__ is dt.date)
    )


_TEXT_OR_NONE = frozenset({str, type(None)})
_BLANK_CODES = frozenset({None, ""})


def _texts_within(column: Sequence[Any], limit: int) -> bool:
    return set(map(type, column)) <= _TEXT_OR_NONE and max(map(len, filter(None, column)), default=0) <= limit


def customer_columns_valid(columns: Mapping[str, Sequence[Any]]) -> bool:
    """True when every row of these columns (field → values, one per row) passes validate_customer_fields.

    An import checks a block of rows a column at a time, at the speed of set and map, and calls
    validate_customer_fields row by row only for a block this cannot vouch for: False decides nothing.
    """
    try:
        if any(f not in columns for f in REQUIRED_CUSTOMER_FIELDS):
            return False
        accounts, names = columns["account_no"], columns["name"]
        if not (
            set(map(type, accounts)) == {str} and all(map(str.isascii, accounts)) and all(map(str.isdigit, accounts))
            and _ACCOUNT_LO <= min(map(len, accounts), default=_ACCOUNT_LO)
            and max(map(len, accounts), default=0) <= _ACCOUNT_HI
            and set(map(type, names)) == {str} and all(map(str.strip, names))
            and max(map(len, names), default=0) <= _NAME_MAX
            and set(columns["tariff_category"]) <= _TARIFF_SET and set(columns["voltage_level"]) <= _VOLTAGE_SET
        ):
            return False
        for f, limit in (("address", _ADDRESS_MAX), ("area_code", _AREA_CODE_MAX), ("phone", _PHONE_MAX),
                         ("industry", _INDUSTRY_MAX)):
            if f in columns and not _texts_within(columns[f], limit):
                return False
        phones = list(filter(None, columns.get("phone", ())))
        if not (all(map(str.isascii, phones)) and all(map(str.isdigit, phones))
                and min(map(len, phones), default=5) >= 5 and max(map(len, phones), default=0) <= 31):
            # digits only, 5 to 31 of them: what _PHONE accepts without looking
            return False
        if "status" in columns and not set(columns["status"]) - _BLANK_CODES <= _CUSTOMER_STATUS_SET:
            return False
        for f in ("contract_capacity_kva", "running_capacity_kva"):
            for c in set(columns.get(f, ())) - {None}:
                if not (c.__class__ is Decimal and c.is_finite() and not c.is_signed()):
                    return False
        return all(d.__class__ is dt.date for d in set(columns.get("opened_on", ())) - _BLANK_CODES)
    except TypeError:  # an unhashable or unsized value: leave it to the row check
        return False


def validate_customer_fields(values: Mapping[str, Any]) -> list[Problem]:
    """Every problem of one customer's fields; an empty list means they may be written.

    One pass over the row, each value read and tested for blankness once; the problems come in the
    order of the separate checks (required, 户号, lengths, phone, codes, capacities, dates).
    """
    get = values.get
    if _plainly_valid(get):
        return []
    blank: dict[str, bool] = {}
    for f in ("account_no", "name", "tariff_category", "voltage_level", "phone", "status", "opened_on"):
        v = get(f)
        blank[f] = v is None or (isinstance(v, str) and not v.strip())
    problems = [
        Problem(f, msg(QT_TRANSLATE_NOOP("station", "This field is required")), get(f))
        for f in REQUIRED_CUSTOMER_FIELDS
        if blank[f]
    ]
    if not blank["account_no"]:
        problems += check_account_no(get("account_no"))
    for f, limit in _CUSTOMER_LENGTHS.items():
        v = get(f)
        if isinstance(v, str) and len(v) > limit:
            problems.append(Problem(f, msg(QT_TRANSLATE_NOOP("station", "At most {limit} characters are allowed"),
                                           limit=limit), v))
    phone = get("phone")
    if not blank["phone"] and not _PHONE.match(str(phone)):
        problems.append(Problem("phone", msg(QT_TRANSLATE_NOOP(
            "station", "A phone number holds digits, spaces, dashes and brackets only")), phone))
    for f, place, listed in _CUSTOMER_CODE_FIELDS:
        v = get(f)
        if not blank[f] and _unplaced(place, v):
            problems += _one_of(f, v, listed)
    for f in ("contract_capacity_kva", "running_capacity_kva"):
        v = get(f)
        if v is not None and not (v.__class__ is Decimal and v.is_finite() and v >= 0):
            problems += _capacity(f, v)
    opened = get("opened_on")
    if not blank["opened_on"] and (not isinstance(opened, dt.date) or isinstance(opened, dt.datetime)):
        problems += _dates(values, ("opened_on",))
    return problems


def _check_ratio(kind: Any, ratio: Any) -> list[Problem]:
    if _blank(ratio):
        if kind in (AssetKind.CT, AssetKind.PT):
            return [Problem("ratio", msg(QT_TRANSLATE_NOOP(
                "station", "A CT or PT needs its ratio, like 100/5 or 10000/100")), ratio)]
        return []
    try:
        ratio_value(str(ratio))
    except RatioTooLarge:
        return [Problem("ratio", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is beyond any instrument transformer (the limit is a ratio of {limit})"),
            value=ratio, limit=f"{MAX_RATIO:,.0f}"), ratio)]
    except ValueError:
        return [Problem("ratio", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not a ratio like 100/5 or 10000/100"), value=ratio), ratio)]
    return []


def _check_verification(values: Mapping[str, Any]) -> list[Problem]:
    problems = _one_of("verification_result", values.get("verification_result"), VERIFICATION_RESULTS)
    made, verified = values.get("made_on"), values.get("verified_on")
    if not _blank(values.get("verification_result")) and _blank(verified):
        problems.append(Problem("verified_on", msg(QT_TRANSLATE_NOOP(
            "station", "A verification result needs its verification date")), verified))
    if isinstance(made, dt.date) and isinstance(verified, dt.date) and verified < made:
        problems.append(Problem("verified_on", msg(QT_TRANSLATE_NOOP(
            "station", "Verified on {verified}, before it was made on {made}"), verified=verified, made=made),
            verified))
    return problems


def validate_asset_fields(values: Mapping[str, Any]) -> list[Problem]:
    """Every problem of one asset's fields; an empty list means they may be written."""
    problems = _required(values, REQUIRED_ASSET_FIELDS)
    problems += check_asset_no(values.get("asset_no"))
    problems += _lengths(values, _ASSET_LENGTHS)
    kind = values.get("kind")
    problems += _one_of("kind", kind, tuple(AssetKind))
    problems += _one_of("status", values.get("status"), tuple(AssetStatus))
    accuracy = values.get("accuracy_class")
    if kind in tuple(AssetKind):
        problems += _one_of("accuracy_class", accuracy, ACCURACY_CLASSES[AssetKind(kind)])
        current = values.get("rated_current")
        if kind == AssetKind.METER and not _blank(current) and not _METER_CURRENT.match(str(current)):
            problems.append(Problem("rated_current", msg(QT_TRANSLATE_NOOP(
                "station", "{value} is not a meter current like 5(60)A"), value=current), current))
    problems += _check_ratio(kind, values.get("ratio"))
    phases = values.get("phases")
    if phases is not None and phases not in (1, 3):
        problems.append(Problem("phases", msg(QT_TRANSLATE_NOOP("station", "Phases are 1 or 3")), phases))
    constant = values.get("constant")
    if constant is not None and (isinstance(constant, bool) or not isinstance(constant, int) or constant <= 0):
        problems.append(Problem("constant", msg(QT_TRANSLATE_NOOP(
            "station", "A meter constant is a whole number of impulses per kWh")), constant))
    problems += _dates(values, ("made_on", "verified_on"))
    problems += _check_verification(values)
    return problems
