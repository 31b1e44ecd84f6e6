"""`station calc theft|violation|meter-error|pt-drop|fault|wiring|multiplier`: back-billing with its working.

No database unless `--db` names one (the station's rule settings and edition; with `--account`, the tariffs
of that customer over the period). The working and the reasons of a refusal print in Chinese by default,
in English with `--lang en`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from station.billing import (
    PricePeriod,
    periods_of,
)
from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from station.cli.calc_args import (
    add_common,
    cause_arg,
    date_arg,
    load_arg,
    number_arg,
    ratio_arg,
)
from station.cli.calc_output import as_json, print_result, text_of
from station.cli.common import print_json, translate_of
from station.cli.lang import say
from station.domain.problems import Rejected
from station.i18n import QT_TRANSLATE_NOOP

#: Billing field -> the option a CLI user typed, so a refusal names what to fix.
_OPTION = {"date_from": "--from", "date_to": "--to", "kwh": "--kwh", "k": "--k", "tariffs": "--tariff",
           "loads": "--load", "limiter_current": "--limiter"}  # fmt: skip

_REFUSED = QT_TRANSLATE_NOOP("station", "Refused, nothing computed:")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calc", help=QT_TRANSLATE_NOOP("cli", "back-billing calculators (追补电费), with the working"))
    csub = p.add_subparsers(dest="calc_kind", metavar="KIND")
    csub.required = True
    add_kinds(csub)


Extra = Callable[[argparse.ArgumentParser], None]


def add_kinds(csub: argparse._SubParsersAction[argparse.ArgumentParser], *, extra: Extra | None = None) -> None:
    """The calculator kinds and their options, each setting `params_of` (args → calculator name, params).

    `station calc` calls it with no `extra`; `station orders case` passes `extra` to add its own options (--db,
    --operator) to each kind, and reads the same parameters."""
    standalone = extra is None

    def common(p: argparse.ArgumentParser, **kw: bool) -> None:
        add_common(p, standalone=standalone, **kw)
        if extra is not None:
            extra(p)

    _add_theft(csub, common)
    _add_violation(csub, common)
    _add_meter_error_and_pt_drop(csub, common)
    _add_fault(csub, common)
    _add_wiring_and_multiplier(csub, common)


# Adds the options every kind shares (and a work order's own) to a kind's parser.
_Common = Callable[..., None]


def _add_theft(csub: argparse._SubParsersAction[argparse.ArgumentParser], common: _Common) -> None:
    t = csub.add_parser("theft", help=QT_TRANSLATE_NOOP("cli", "theft (窃电): capacity × hours/day × days, + penalty"))
    t.add_argument("--use", choices=["lighting", "power"], help=QT_TRANSLATE_NOOP("cli", "照明 lighting or 动力 power"))
    t.add_argument("--category", help=QT_TRANSLATE_NOOP("cli", "用电类别: the use its rule setting names (when --use is not given)"))
    t.add_argument("--kw", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "connected equipment capacity, kW (kVA counted as kW)"))
    t.add_argument("--voltage", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "meter voltage, V (line voltage for three-phase)"))
    t.add_argument("--current", help=QT_TRANSLATE_NOOP("cli", "meter rated current, A, or the nameplate e.g. 5(60)"))
    t.add_argument("--limiter", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "current limiter setting, A (replaces the rated current)"))
    t.add_argument("--phases", type=int, default=1, help=QT_TRANSLATE_NOOP("cli", "1 or 3 (default 1)"))
    t.add_argument(
        "--ratio", type=ratio_arg, help=QT_TRANSLATE_NOOP("cli", "CT/PT ratio when the theft went through them, e.g. 20 or 100/5")
    )
    t.add_argument("--days", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "days of theft (default 180 when unknown)"))
    t.add_argument("--hours", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "hours per day (default 12 power, 6 lighting)"))
    t.add_argument(
        "--multiple", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "penalty multiple from the contract (2024 edition; default 3)")
    )
    common(t)
    t.set_defaults(func=_calc, params_of=_theft_params)


def _add_violation(csub: argparse._SubParsersAction[argparse.ArgumentParser], common: _Common) -> None:
    v = csub.add_parser("violation", help=QT_TRANSLATE_NOOP("cli", "violations (违约用电)"))
    v.add_argument("--kind", required=True, choices=list(_VIOLATION_OPTIONS))
    v.add_argument(
        "--load",
        type=load_arg,
        action="append",
        metavar="KW:USE:DIFF[:HOURS]",
        help=QT_TRANSLATE_NOOP("cli", "category: one load line, repeated (e.g. --load 5:power:0.1972 --load 3:lighting:0.3242)"),
    )
    v.add_argument("--price-diff", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "category: tariff difference, yuan/kWh (one line)"))
    v.add_argument("--kwh", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "category: energy used at the wrong tariff"))
    v.add_argument(
        "--kw", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "category: equipment kW of one line; source: the source's kW (kVA)")
    )
    v.add_argument(
        "--use", choices=["lighting", "power"], help=QT_TRANSLATE_NOOP("cli", "category: the use of the one line (default power)")
    )
    v.add_argument(
        "--hours", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "category: hours per day (default by use: 6 lighting, 12 power)")
    )
    v.add_argument("--days", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "category: days (default 3 months = 90)"))
    v.add_argument("--from", dest="date_from", type=date_arg, help=QT_TRANSLATE_NOOP("cli", "category: first day of use"))
    v.add_argument("--to", dest="date_to", type=date_arg, help=QT_TRANSLATE_NOOP("cli", "category: last day of use"))
    v.add_argument("--kva", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "capacity/sealed: kVA (kW) added or used"))
    v.add_argument(
        "--basic-price", type=number_arg,
        help=QT_TRANSLATE_NOOP("cli", "capacity/sealed, two-part: basic (2024: 容(需)量) charge, yuan per kVA·month (per kW·month with --basis demand)"),
    )  # fmt: skip
    v.add_argument(
        "--basis",
        choices=["capacity", "demand"],
        help=QT_TRANSLATE_NOOP("cli", "capacity/sealed, two-part: by capacity (default) or by demand"),
    )
    v.add_argument("--months", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "capacity/sealed, two-part: months used"))
    v.add_argument("--single-part", action="store_true", help=QT_TRANSLATE_NOOP("cli", "capacity/sealed: single-part tariff customer"))
    v.add_argument("--added", action="store_true", help=QT_TRANSLATE_NOOP("cli", "sealed: the equipment was sealed as added capacity"))
    who = v.add_mutually_exclusive_group()
    who.add_argument("--residential", action="store_true", help=QT_TRANSLATE_NOOP("cli", "tamper: residential customer (¥500 each)"))
    who.add_argument("--other", action="store_true", help=QT_TRANSLATE_NOOP("cli", "tamper: other customer (¥5,000 each)"))
    v.add_argument("--times", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "tamper/sealed single-part: occurrences (default 1)"))
    v.add_argument("--multiple", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "penalty multiple from the contract (2024 edition)"))
    common(v, price=False, dates=False)
    v.set_defaults(func=_calc, params_of=_violation_params)


def _add_meter_error_and_pt_drop(csub: argparse._SubParsersAction[argparse.ArgumentParser], common: _Common) -> None:
    m = csub.add_parser("meter-error", help=QT_TRANSLATE_NOOP("cli", "meter out of tolerance: half the period, against zero error"))
    m.add_argument("--error-pct", type=number_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "error in %, negative = slow"))
    m.add_argument(
        "--accuracy-class", required=True,
        help=QT_TRANSLATE_NOOP("cli", "the meter's accuracy class (2, 1, 0.5S … or grade A–D): an error within it is refused"),
    )  # fmt: skip
    m.add_argument(
        "--recorded-kwh", type=number_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "energy recorded since the last verification")
    )
    common(m)
    m.set_defaults(func=_calc, params_of=_meter_error_params)

    d = csub.add_parser(
        "pt-drop", help=QT_TRANSLATE_NOOP("cli", "PT secondary voltage drop beyond the permitted value: the whole period")
    )
    d.add_argument(
        "--drop-pct", type=number_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "voltage drop measured, % of the rated secondary")
    )
    d.add_argument("--allowed-pct", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "permitted drop, % (default: the rule setting, 0.2)"))
    d.add_argument("--recorded-kwh", type=number_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "energy recorded over the period"))
    common(d)
    d.set_defaults(func=_calc, params_of=_pt_drop_params)


def _add_fault(csub: argparse._SubParsersAction[argparse.ArgumentParser], common: _Common) -> None:
    f = csub.add_parser("fault", help=QT_TRANSLATE_NOOP("cli", "PT fuse, instrument-transformer fault or other non-human cause"))
    f.add_argument("--cause", type=cause_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "pt-fuse, ct-pt-fault (互感器故障) or other"))
    f.add_argument("--rate-pct", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "theoretical difference rate, % of the energy recorded"))
    f.add_argument("--recorded-kwh", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "with --rate-pct: energy recorded during the fault"))
    f.add_argument("--normal-kwh", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "the normal month's energy"))
    f.add_argument(
        "--fault-kwh",
        type=number_arg,
        action="append",
        help=QT_TRANSLATE_NOOP("cli", "a fault month's recorded energy, repeated per month"),
    )
    common(f)
    f.set_defaults(func=_calc, params_of=_fault_params)


def _add_wiring_and_multiplier(csub: argparse._SubParsersAction[argparse.ArgumentParser], common: _Common) -> None:
    w = csub.add_parser("wiring", help=QT_TRANSLATE_NOOP("cli", "wrong wiring: (K − 1) × recorded energy (K and W may be negative)"))
    w.add_argument("--k", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "correction factor K (negative when the meter ran backward)"))
    w.add_argument("--correct-power", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "power with the correct wiring"))
    w.add_argument("--wrong-power", type=number_arg, help=QT_TRANSLATE_NOOP("cli", "power with the wrong wiring"))
    w.add_argument(
        "--recorded-kwh", type=number_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "energy recorded over the whole period")
    )
    common(w)
    w.set_defaults(func=_calc, params_of=_wiring_params)

    x = csub.add_parser("multiplier", help=QT_TRANSLATE_NOOP("cli", "wrong multiplier: (actual / billed − 1) × billed energy"))
    x.add_argument("--actual-ratio", type=ratio_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "actual multiplier, e.g. 30 or 150/5"))
    x.add_argument("--billed-ratio", type=ratio_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "multiplier billed, e.g. 20 or 100/5"))
    x.add_argument(
        "--recorded-kwh", type=number_arg, required=True, help=QT_TRANSLATE_NOOP("cli", "energy billed with the wrong multiplier")
    )
    common(x)
    x.set_defaults(func=_calc, params_of=_multiplier_params)


class _Usage(Exception):
    """A combination of options that cannot work: exit 2 with the message."""


CalcUsage = _Usage  # what `station orders case` catches


def _setup(args: argparse.Namespace) -> dict[str, Any]:
    """Edition, rule values and tariffs to compute with: --edition wins, then the station's (--db), then the
    defaults; --tariff or --account (from the database) give the tariffs of the period."""
    out: dict[str, Any] = {}
    account = getattr(args, "account", None)
    if account and not args.db:
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "--account needs --db")))
    if args.db:
        from station.actions import load_billing_setup
        from station.cli.common import opened

        ws = opened(args.db, operator="cli", create=False)
        try:
            setup = load_billing_setup(ws)
            out = {"rules": setup.rules, "edition": setup.edition}
            if account:
                out["tariffs"] = _account_tariffs(ws, args, account)
        finally:
            ws.close()
    if args.edition:
        out["edition"] = args.edition
    if getattr(args, "tariff", None):
        if account or getattr(args, "price", None) is not None:
            raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "give --tariff, --account or --price, not more than one")))
        if args.date_from is None or args.date_to is None:
            raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "--tariff needs --from and --to")))
        try:
            out["tariffs"] = periods_of(args.tariff, args.date_from, args.date_to)
        except ValueError as exc:
            raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "--tariff: no tariff in force on {day}"), day=args.date_from)) from exc
    return out


def _account_tariffs(ws: Any, args: argparse.Namespace, account: str) -> list[PricePeriod]:
    from station.actions import find_account, load_customer_case, load_tariff_periods

    if args.date_from is None or args.date_to is None:
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "--account needs --from and --to")))
    if getattr(args, "price", None) is not None:
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "give --account or --price, not both")))
    customer_id = find_account(ws, account)
    case = load_customer_case(ws, customer_id) if customer_id is not None else None
    if case is None:
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "no customer with account no. {account}"), account=account))
    periods = load_tariff_periods(ws, case.tariff_category, case.voltage_level, args.date_from, args.date_to)
    if not periods:
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "no tariff of {category} {voltage} covers the period: give --price"),
                         category=case.tariff_category, voltage=case.voltage_level))
    return periods


Params = tuple[str, dict[str, Any]]


def _theft_params(args: argparse.Namespace) -> Params:
    if args.use is None and not args.category:
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "give --use lighting|power, or --category")))
    return "theft", {
        "use": args.use, "category": args.category, "kw": args.kw, "voltage": args.voltage, "current": args.current,
        "phases": args.phases, "ratio": args.ratio, "limiter_current": args.limiter, "days": args.days,
        "date_from": args.date_from, "date_to": args.date_to, "hours": args.hours, "price": args.price,
        "multiple": args.multiple,
    }  # fmt: skip


#: Options each violation kind reads; any other given is a usage error rather than silently ignored.
_VIOLATION_OPTIONS = {
    "category": {
        "load",
        "price_diff",
        "kwh",
        "kw",
        "use",
        "hours",
        "days",
        "date_from",
        "date_to",
        "multiple",
    },
    "capacity": {"kva", "basic_price", "basis", "months", "single_part", "multiple"},
    "sealed": {"kva", "basic_price", "basis", "months", "single_part", "times", "added", "multiple"},
    "tamper": {"residential", "other", "times"},
    "source": {"kw"},
}


def _violation_params(args: argparse.Namespace) -> Params:
    every = set().union(*_VIOLATION_OPTIONS.values())
    stray = sorted(o for o in every - _VIOLATION_OPTIONS[args.kind] if getattr(args, o) not in (None, False))
    if stray:
        names = ", ".join("--" + o.replace("_", "-") for o in stray)
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "--kind {kind} does not take {names}"), kind=args.kind, names=names))
    if args.kind == "tamper" and not (args.residential or args.other):
        raise _Usage(say(args, QT_TRANSLATE_NOOP("cli", "--kind tamper needs --residential or --other")))
    basis = {"basis": args.basis} if args.basis else {}
    name = f"violation-{args.kind}"
    if args.kind == "category":
        return name, {
            "loads": args.load, "price_diff": args.price_diff, "kwh": args.kwh, "kw": args.kw,
            "use": args.use or "power", "hours": args.hours, "days": args.days, "date_from": args.date_from,
            "date_to": args.date_to, "multiple": args.multiple,
        }  # fmt: skip
    if args.kind == "capacity":
        return name, {"kva": args.kva, "basic_price": args.basic_price, "months": args.months,
                      "single_part": args.single_part, "multiple": args.multiple, **basis}  # fmt: skip
    if args.kind == "sealed":
        return name, {"kva": args.kva, "basic_price": args.basic_price, "months": args.months,
                      "single_part": args.single_part, "times": args.times, "added_capacity": args.added,
                      "multiple": args.multiple, **basis}  # fmt: skip
    if args.kind == "source":
        return name, {"kw": args.kw}
    return name, {"residential": args.residential, "times": args.times}


def _priced(args: argparse.Namespace) -> dict[str, Any]:
    return {"price": args.price, "date_from": args.date_from, "date_to": args.date_to}


def _meter_error_params(args: argparse.Namespace) -> Params:
    return "meter-error", {"error_pct": args.error_pct, "recorded_kwh": args.recorded_kwh,
                           "accuracy_class": args.accuracy_class, **_priced(args)}


def _pt_drop_params(args: argparse.Namespace) -> Params:
    return "pt-drop", {"drop_pct": args.drop_pct, "allowed_pct": args.allowed_pct,
                       "recorded_kwh": args.recorded_kwh, **_priced(args)}


def _fault_params(args: argparse.Namespace) -> Params:
    return "fault", {"cause": args.cause, "rate_pct": args.rate_pct, "recorded_kwh": args.recorded_kwh,
                     "normal_kwh": args.normal_kwh, "fault_kwh": args.fault_kwh, **_priced(args)}


def _wiring_params(args: argparse.Namespace) -> Params:
    return "wiring", {"recorded_kwh": args.recorded_kwh, "k": args.k, "correct_power": args.correct_power,
                      "wrong_power": args.wrong_power, **_priced(args)}


def _multiplier_params(args: argparse.Namespace) -> Params:
    return "multiplier", {"actual_ratio": args.actual_ratio, "billed_ratio": args.billed_ratio,
                          "recorded_kwh": args.recorded_kwh, **_priced(args)}


def calc_params(args: argparse.Namespace) -> Params:
    """The calculator's name and parameters from the parsed options of a kind (raises CalcUsage)."""
    params: Params = args.params_of(args)
    return params


def _calc(args: argparse.Namespace) -> int:
    from station.billing.dispatch import compute

    translate = translate_of(args)
    try:
        name, params = calc_params(args)
        result = compute(name, params, **_setup(args))
    except _Usage as exc:
        print(say(args, QT_TRANSLATE_NOOP("cli", "station calc {kind}: error: {reason}"), kind=args.calc_kind, reason=exc), file=sys.stderr)
        return EXIT_USAGE
    except Rejected as exc:
        print(text_of(_REFUSED, translate), file=sys.stderr)
        print_refusal(exc, translate)
        return EXIT_REJECTED
    if args.json:
        print_json(as_json(result, translate))
    else:
        print_result(result, translate)
    return EXIT_OK


def print_refusal(exc: Rejected, translate: Any) -> None:
    """Each refused field with the option it came from, on stderr."""
    for problem in exc.problems:
        print(f"  {_option(problem.field)}: {problem.message.text(translate)}", file=sys.stderr)


def _option(field: str) -> str:
    """The option a refused field came from: "load2" is the second --load."""
    if field.startswith("load") and field[4:].isdigit():
        return f"--load #{field[4:]}"
    return _OPTION.get(field, "--" + field.replace("_", "-"))
