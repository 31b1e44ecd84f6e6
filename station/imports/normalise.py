"""Cell values as real exports hold them (stray spaces, full-width digits, numbers as text, Excel dates) → clean values.

Every parser takes what a reader found in a cell (str from a CSV; str, int, float, datetime or None from
a workbook) and returns the clean value, or raises `Invalid` with the reason a clerk can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from station.domain.limits import MAX_ANY, MAX_INTEGER
from station.i18n import QT_TRANSLATE_NOOP, Message, msg


class Invalid(ValueError):
    """A cell value that cannot be read as its field's type; `message` says why."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


# Full-width digits and Latin letters (U+FF10…) and the ideographic space U+3000 → ASCII. Chinese
# punctuation in names and addresses (，（）) is kept: it is part of the text a clerk typed.
_WIDE_ALNUM = {c: c - 0xFEE0 for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)}
_WIDE_ALNUM.update({0x3000: 0x20, 0xA0: 0x20})
# Codes and numbers take every full-width ASCII form (．－／（）＋ too): "１００／５" is the ratio 100/5.
_WIDE_ALL = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDE_ALL.update({0x3000: 0x20, 0xA0: 0x20})

# Any character the tables above change: most non-ASCII text (a Chinese name) has none, and a search for
# them is several times cheaper than translating it.
_HAS_WIDE = re.compile("[\u00a0\u3000\uff01-\uff5e]")

_SPACES = re.compile(r"\s+")
# Excel keeps 15 significant digits of a number; a longer code typed into a number cell is already lost.
EXCEL_EXACT_DIGITS = 15


# What makes a spreadsheet cell a formula once nothing precedes it.
FORMULA_START = ("=", "+", "-", "@")


def raw_text(value: Any) -> str:
    """The value as the file shows it, for messages and for the rejected-rows file."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def text(value: Any) -> str:
    """Free text (户名, 地址): trimmed, inner runs of spaces as one space, full-width letters/digits as ASCII."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return raw_text(value)
    if not value.isascii() and _HAS_WIDE.search(value):
        value = value.translate(_WIDE_ALNUM)
    if value[:1] in ("\t", "\r") and value.lstrip()[:1] in FORMULA_START:
        return value.rstrip()  # kept as written: taking the tab off would make "\t=1+2" a live formula
    value = value.strip()
    if "  " in value or "\t" in value or "\n" in value:
        value = _SPACES.sub(" ", value)
    return value


def compact(value: Any) -> str:
    """A code or short value (型号, 变比, 5(60)A): every full-width form as ASCII and no spaces at all."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return raw_text(value)
    if not value.isascii() and _HAS_WIDE.search(value):
        value = value.translate(_WIDE_ALL)
    value = value.strip()
    if " " in value or "\t" in value:
        value = _SPACES.sub("", value)
    return value


def digits(value: Any) -> str:
    """A number kept as text (户号, 资产编号): leading zeros kept; a number Excel already rounded is refused.

    A workbook cell holding a number is exact only while it has at most 15 digits; text in scientific
    notation ("1.5E+21", what a CSV saved from Excel shows for a long barcode) is exact only when its
    mantissa spells every digit ("1.23456789012E+11").
    """
    if type(value) is str and value.isascii() and value.isdigit():
        return value  # the usual 户号 or 电话 of a CSV, as it is: nothing below would change it
    if value is None:
        return ""
    if isinstance(value, bool):
        raise Invalid(msg(QT_TRANSLATE_NOOP("station", "not a number: {value}"), value=value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 10**EXCEL_EXACT_DIGITS:
            return str(int(value))
        raise Invalid(_rounded(raw_text(value)))
    s = compact(value)
    if s.isdigit() or not s:
        return s
    if "e" in s or "E" in s:
        return _scientific(s)
    if s.endswith(".0") and s[:-2].isdigit():  # a number cell saved by a tool that writes floats
        return s[:-2]
    return s  # not digits at all: the field's validation names the problem


def _plain_column(cells: list[str], inner: tuple[str, ...]) -> bool:
    """True when no cell of a text column holds a full-width form, any of `inner`, or white space at an edge.

    One search over the joined column instead of a parser call per cell; a match made across two cells
    ("a " + " b") only costs the fast path, as a false alarm. strip() returns the cell itself when it has
    nothing to take off, so the list comparison is one identity test per cell.
    """
    joined = "".join(cells)
    if not joined.isascii() and _HAS_WIDE.search(joined):
        return False
    return not any(s in joined for s in inner) and list(map(str.strip, cells)) == cells


def unchanged_column(parse: Any, cells: list[Any]) -> bool:
    """True when `parse` (text, compact or digits) would return every cell of an all-text column as it is.

    The common column of a CSV export (户名, 户号, 电话) is already clean: one pass over the whole column
    tells, and the caller keeps the cells instead of calling the parser 200,000 times. False means only
    "not known": the parser then runs on each cell as before.
    """
    if parse is digits:
        joined = "".join(cells)
        return joined.isascii() and (joined.isdigit() or not joined)
    if parse is text:
        return _plain_column(cells, ("  ", "\t", "\n", "\r"))
    if parse is compact:
        return _plain_column(cells, (" ", "\t", "\n", "\r"))
    return False


def _rounded(shown: str) -> Message:
    return msg(
        QT_TRANSLATE_NOOP(
            "station",
            "stored as a number in Excel ({shown}), so its digits were rounded; format the column as text and export again",
        ),
        shown=shown,
    )


def _scientific(s: str) -> str:
    try:
        number = Decimal(s)
    except InvalidOperation:
        return s
    sign, mantissa, exponent = number.as_tuple()
    if sign or not isinstance(exponent, int):
        raise Invalid(_rounded(s))
    if exponent == 0 or (exponent < 0 and all(d == 0 for d in mantissa[exponent:])):
        return str(int(number))
    raise Invalid(_rounded(s))


def integer(value: Any) -> int | None:
    """An integer field (常数): 1200, "1200", "１２００", "1,200", 1200.0 from Excel; below MAX_INTEGER."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise Invalid(_not_integer(value))
    if isinstance(value, int):
        return _bounded_int(value, value)
    if isinstance(value, float):
        if value.is_integer():  # false for NaN and infinity
            return _bounded_int(int(value), value)
        raise Invalid(_not_integer(value))
    s = compact(value).replace(",", "")
    if not s:
        return None
    if len(s) > 64:  # int() would refuse 4,300 digits with a ValueError of its own; no real value is so long
        raise Invalid(_too_large(value, MAX_INTEGER))
    try:
        return _bounded_int(int(s), value)
    except ValueError:
        pass
    try:
        number = Decimal(s)
    except InvalidOperation:
        raise Invalid(_not_integer(value)) from None
    if number.is_finite() and number == number.to_integral_value():
        return _bounded_int(int(number), value)
    raise Invalid(_not_integer(value))


def _bounded_int(number: int, shown: Any) -> int:
    if abs(number) >= MAX_INTEGER:
        raise Invalid(_too_large(shown, MAX_INTEGER))
    return number


def _not_integer(value: Any) -> Message:
    return msg(QT_TRANSLATE_NOOP("station", "not a whole number: {value}"), value=raw_text(value))


def decimal(value: Any) -> Decimal | None:
    """A quantity (合同容量 315, "315.00", "３１５", "1,250"); a float cell is read by its shortest repr."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise Invalid(_not_number(value))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    else:
        s = compact(value).replace(",", "")
        if not s:
            return None
        if len(s) > 64:  # no real quantity is written with more characters; Decimal would take any length
            raise Invalid(_too_large(value))
        try:
            number = Decimal(s)
        except InvalidOperation:
            raise Invalid(_not_number(value)) from None
    if not number.is_finite():  # NaN, Infinity (a float cell too)
        raise Invalid(_not_number(value))
    return bounded(number, MAX_ANY, value)


def bounded(number: Decimal, limit: Decimal, shown: Any) -> Decimal:
    """`number` when its size is below `limit` (station.domain.limits), else Invalid naming the limit."""
    if abs(number) >= limit:
        raise Invalid(_too_large(shown, limit))
    return number


def _too_large(value: Any, limit: Decimal | int = MAX_ANY) -> Message:
    return msg(QT_TRANSLATE_NOOP("station", "too large: {value} (the limit is {limit})"),
               value=raw_text(value)[:40], limit=f"{limit:,.0f}")


def _not_number(value: Any) -> Message:
    return msg(QT_TRANSLATE_NOOP("station", "not a number: {value}"), value=raw_text(value))


# 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, each optionally followed by a time ("2024-01-05 00:00:00").
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
# Excel's day 0 is 1899-12-30 once its phantom 1900-02-29 is passed (serial 61 is 1900-03-01).
EXCEL_EPOCH = dt.date(1899, 12, 30)
# Serials of 1950…2100: a wider range would read a stray 5-digit number as a date.
_SERIAL_MIN, _SERIAL_MAX = 18264, 73051


def date(value: Any) -> dt.date | None:
    """A date as exports write it: 2024-01-05, 2024/1/5, 20240105, 2024年1月5日, an Excel date cell or serial."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value, value)
    s = str(value).translate(_WIDE_ALL).strip()  # not compact(): "2024-01-05 00:00:00" keeps its space
    if not s:
        return None
    m = _DATE.match(s)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if len(s) == 8 and s.isdigit():
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
    except ValueError:
        raise Invalid(msg(QT_TRANSLATE_NOOP("station", "no such date: {value}"), value=s)) from None
    if s.replace(".", "", 1).isdigit() and len(s.split(".")[0]) == 5:
        return _serial(float(s), s)
    raise Invalid(
        msg(QT_TRANSLATE_NOOP("station", "not a date: {value} (write it as 2024-01-05)"), value=s)
    )


def _serial(number: float, shown: Any) -> dt.date:
    if not _SERIAL_MIN <= number <= _SERIAL_MAX:
        raise Invalid(msg(QT_TRANSLATE_NOOP("station", "not a date: {value} (write it as 2024-01-05)"), value=raw_text(shown)))
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def is_blank(values: tuple[Any, ...] | list[Any]) -> bool:
    """A row with nothing in it but spaces (Excel leaves such rows between blocks of data)."""
    try:
        return not "".join(values).strip()  # a CSV row: all text (str.strip knows U+3000 too)
    except TypeError:
        pass
    for v in values:
        if v is None:
            continue
        if isinstance(v, str):
            if v and not v.translate(_WIDE_ALNUM).isspace():
                return False
        else:
            return False
    return True
