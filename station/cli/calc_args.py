"""The argument types and shared options of `station calc` (and of a work order's case, `station orders case`)."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation

from station.billing import Cause, Edition, Load
from station.cli.common import add_lang_option
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP


def number_arg(text: str) -> Decimal:
    try:
        value = Decimal(text.replace("−", "-"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a number: {text!r}"), text=text)) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a number: {text!r}"), text=text))
    return value


def ratio_arg(text: str) -> Decimal:
    """A ratio as a number (20) or as written on a nameplate (100/5)."""
    if "/" in text:
        top, _, bottom = text.partition("/")
        den = number_arg(bottom)
        if den == 0:
            raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "zero denominator: {text!r}"), text=text))
        return number_arg(top) / den
    return number_arg(text)


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): {text!r}"), text=text)) from None


def tariff_arg(text: str) -> tuple[dt.date, Decimal]:
    """`2024-07-01:0.5583`: the price in force from that day."""
    day, sep, price = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not DATE:PRICE: {text!r}"), text=text))
    return date_arg(day), number_arg(price)


def load_arg(text: str) -> Load:
    """`5:power:0.1972` or `3:lighting:0.3242:8` (kW : use : tariff difference [: hours per day])."""
    parts = text.split(":")
    if len(parts) not in (3, 4) or parts[1] not in ("lighting", "power"):
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not KW:lighting|power:DIFF[:HOURS]: {text!r}"), text=text))
    return Load(
        number_arg(parts[0]), parts[1], number_arg(parts[2]), number_arg(parts[3]) if len(parts) == 4 else None
    )


def cause_arg(text: str) -> str:
    value = text.replace("-", "_")
    if value not in {c.value for c in Cause}:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not one of pt-fuse, ct-pt-fault, other: {text!r}"), text=text))
    return value


def add_common(p: argparse.ArgumentParser, *, price: bool = True, dates: bool = True, standalone: bool = True) -> None:
    """The options every kind shares; `standalone` (station calc) adds --db for the rules and --account, which a
    work order's case (station orders case) takes from its order instead."""
    if dates:
        p.add_argument("--from", dest="date_from", type=date_arg, help=QT_TRANSLATE_NOOP("cli", "first day of the period, YYYY-MM-DD"))
        p.add_argument(
            "--to", dest="date_to", type=date_arg, help=QT_TRANSLATE_NOOP("cli", "last day of the period, YYYY-MM-DD (both days counted)")
        )
    if price:
        p.add_argument(
            "--price", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "tariff in force, yuan/kWh (without it: kWh only, amount 0)")
        )
        p.add_argument(
            "--tariff",
            type=tariff_arg,
            action="append",
            metavar="DATE:PRICE",
            help=QT_TRANSLATE_NOOP("cli", "with --from/--to: a price and the day it took effect, repeated where it changed "
            "(e.g. --tariff 2024-01-01:0.5283 --tariff 2024-07-01:0.5583)"),
        )
        if standalone:
            p.add_argument(
                "--account",
                help=QT_TRANSLATE_NOOP("cli", "with --db and --from/--to: price at this customer's tariffs over the period (split where they changed)"),
            )
    p.add_argument(
        "--edition",
        choices=[e.value for e in Edition],
        default=None,
        help=QT_TRANSLATE_NOOP("cli", "供电营业规则 edition (default 2024)"),
    )
    if standalone:
        p.add_argument(
            "--db",
            default=None,
            help=QT_TRANSLATE_NOOP("cli", "take the rule settings and the edition from this station's database (default: the built-in rules)"),
        )
    p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print JSON"))
    add_lang_option(p)
