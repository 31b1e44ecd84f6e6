"""`station calc theft|violation|meter-error|wiring|multiplier`: back-billing with its working; no database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from decimal import Decimal, InvalidOperation

from station.billing import (
    Edition,
    Result,
    capacity_violation,
    category_violation,
    meter_error,
    sealed_violation,
    tamper_violation,
    theft,
    wrong_multiplier,
    wrong_wiring,
)
from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from station.cli.common import print_json
from station.domain.problems import Rejected

#: Billing field -> the option a CLI user typed, so a refusal names what to fix.
_OPTION = {"date_from": "--from", "date_to": "--to", "kwh": "--kwh", "k": "--k"}


def _number(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def _ratio(text: str) -> Decimal:
    """A ratio as a number (20) or as written on a nameplate (100/5)."""
    if "/" in text:
        top, _, bottom = text.partition("/")
        den = _number(bottom)
        if den == 0:
            raise argparse.ArgumentTypeError(f"zero denominator: {text!r}")
        return _number(top) / den
    return _number(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _common(p: argparse.ArgumentParser, *, price: bool = True) -> None:
    if price:
        p.add_argument(
            "--price", type=_number, help="tariff in force, yuan/kWh (without it: kWh only, amount 0)"
        )
    p.add_argument(
        "--edition",
        choices=[e.value for e in Edition],
        default=None,
        help="供电营业规则 edition (default 2024)",
    )
    p.add_argument(
        "--db",
        default=None,
        help="take the rule settings and the edition from this station's database (default: the built-in rules)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("calc", help="back-billing calculators (追补电费), with the working")
    csub = p.add_subparsers(dest="calc_kind", metavar="KIND")
    csub.required = True

    t = csub.add_parser("theft", help="theft (窃电): capacity × hours/day × days, + penalty")
    t.add_argument("--use", required=True, choices=["lighting", "power"], help="照明 lighting or 动力 power")
    t.add_argument("--kw", type=_number, help="connected equipment capacity, kW (kVA counted as kW)")
    t.add_argument("--voltage", type=_number, help="meter voltage, V (line voltage for three-phase)")
    t.add_argument("--current", help="meter rated current, A, or the nameplate e.g. 5(60)")
    t.add_argument("--phases", type=int, default=1, help="1 or 3 (default 1)")
    t.add_argument(
        "--ratio", type=_ratio, help="CT/PT ratio when the theft went through them, e.g. 20 or 100/5"
    )
    t.add_argument("--days", type=_number, help="days of theft (default 180 when unknown)")
    t.add_argument("--from", dest="date_from", type=_date, help="first day of theft, YYYY-MM-DD")
    t.add_argument(
        "--to", dest="date_to", type=_date, help="last day of theft, YYYY-MM-DD (both days counted)"
    )
    t.add_argument("--hours", type=_number, help="hours per day (default 12 power, 6 lighting)")
    t.add_argument(
        "--multiple", type=_number, help="penalty multiple from the contract (2024 edition; default 3)"
    )
    _common(t)
    t.set_defaults(func=_theft)

    v = csub.add_parser("violation", help="violations (违约用电)")
    v.add_argument("--kind", required=True, choices=["category", "capacity", "sealed", "tamper"])
    v.add_argument("--price-diff", type=_number, help="category: tariff difference, yuan/kWh")
    v.add_argument("--kwh", type=_number, help="category: energy used at the wrong tariff")
    v.add_argument("--kw", type=_number, help="category: equipment kW (with --hours, --days)")
    v.add_argument("--hours", type=_number, help="category: hours per day (default 12)")
    v.add_argument("--days", type=_number, help="category: days (default 3 months = 90)")
    v.add_argument("--kva", type=_number, help="capacity/sealed: kVA (kW) added or used")
    v.add_argument(
        "--basic-price", type=_number, help="capacity/sealed, two-part: basic charge, yuan per kVA·month"
    )
    v.add_argument("--months", type=_number, help="capacity/sealed, two-part: months used")
    v.add_argument("--single-part", action="store_true", help="capacity/sealed: single-part tariff customer")
    who = v.add_mutually_exclusive_group()
    who.add_argument("--residential", action="store_true", help="tamper: residential customer (¥500 each)")
    who.add_argument("--other", action="store_true", help="tamper: other customer (¥5,000 each)")
    v.add_argument("--times", type=_number, help="tamper/sealed single-part: occurrences (default 1)")
    v.add_argument("--multiple", type=_number, help="penalty multiple from the contract (2024 edition)")
    _common(v, price=False)
    v.set_defaults(func=_violation)

    m = csub.add_parser("meter-error", help="meter out of tolerance: half the period, against zero error")
    m.add_argument("--error-pct", type=_number, required=True, help="error in %, negative = slow")
    m.add_argument(
        "--recorded-kwh", type=_number, required=True, help="energy recorded since the last verification"
    )
    _common(m)
    m.set_defaults(func=_meter_error)

    w = csub.add_parser("wiring", help="wrong wiring: (K − 1) × recorded energy")
    w.add_argument("--k", type=_number, help="correction factor K")
    w.add_argument("--correct-power", type=_number, help="power with the correct wiring")
    w.add_argument("--wrong-power", type=_number, help="power with the wrong wiring")
    w.add_argument(
        "--recorded-kwh", type=_number, required=True, help="energy recorded over the whole period"
    )
    _common(w)
    w.set_defaults(func=_wiring)

    x = csub.add_parser("multiplier", help="wrong multiplier: (actual / billed − 1) × billed energy")
    x.add_argument("--actual-ratio", type=_ratio, required=True, help="actual multiplier, e.g. 30 or 150/5")
    x.add_argument("--billed-ratio", type=_ratio, required=True, help="multiplier billed, e.g. 20 or 100/5")
    x.add_argument(
        "--recorded-kwh", type=_number, required=True, help="energy billed with the wrong multiplier"
    )
    _common(x)
    x.set_defaults(func=_multiplier)


def _edition(args: argparse.Namespace) -> dict[str, object]:
    """The edition and rule values to compute with: --edition wins, then the station's (--db), then the defaults."""
    out: dict[str, object] = {}
    if args.db:
        from station.billing.customer_case import load_billing_setup
        from station.workspace import open_workspace

        ws = open_workspace(args.db, operator="cli", create=False)
        try:
            setup = load_billing_setup(ws)
        finally:
            ws.close()
        out = {"rules": setup.rules, "edition": setup.edition}
    if args.edition:
        out["edition"] = args.edition
    return out


def _theft(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda: theft(
            use=args.use, kw=args.kw, voltage=args.voltage, current=args.current, phases=args.phases,
            ratio=args.ratio, days=args.days, date_from=args.date_from, date_to=args.date_to, hours=args.hours,
            price=args.price, multiple=args.multiple, **_edition(args),
        ),
    )  # fmt: skip


#: Options each violation kind reads; any other given is a usage error rather than silently ignored.
_VIOLATION_OPTIONS = {
    "category": {"price_diff", "kwh", "kw", "hours", "days", "multiple"},
    "capacity": {"kva", "basic_price", "months", "single_part", "multiple"},
    "sealed": {"kva", "basic_price", "months", "single_part", "times", "multiple"},
    "tamper": {"residential", "other", "times"},
}


def _violation(args: argparse.Namespace) -> int:
    every = set().union(*_VIOLATION_OPTIONS.values())
    stray = sorted(o for o in every - _VIOLATION_OPTIONS[args.kind] if getattr(args, o) not in (None, False))
    if stray:
        names = ", ".join("--" + o.replace("_", "-") for o in stray)
        print(f"station calc violation: error: --kind {args.kind} does not take {names}", file=sys.stderr)
        return EXIT_USAGE
    if args.kind == "category":
        return _run(
            args,
            lambda: category_violation(
                price_diff=args.price_diff, kwh=args.kwh, kw=args.kw, hours=args.hours, days=args.days,
                multiple=args.multiple, **_edition(args),
            ),
        )  # fmt: skip
    if args.kind in ("capacity", "sealed"):
        extra = {"times": args.times} if args.kind == "sealed" else {}
        fn = capacity_violation if args.kind == "capacity" else sealed_violation
        return _run(
            args,
            lambda: fn(
                kva=args.kva, basic_price=args.basic_price, months=args.months, single_part=args.single_part,
                multiple=args.multiple, **extra, **_edition(args),
            ),
        )  # fmt: skip
    if not (args.residential or args.other):
        print("station calc violation: error: --kind tamper needs --residential or --other", file=sys.stderr)
        return EXIT_USAGE
    return _run(
        args, lambda: tamper_violation(residential=args.residential, times=args.times, **_edition(args))
    )


def _meter_error(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda: meter_error(
            error_pct=args.error_pct, recorded_kwh=args.recorded_kwh, price=args.price, **_edition(args)
        ),
    )


def _wiring(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda: wrong_wiring(
            recorded_kwh=args.recorded_kwh, k=args.k, correct_power=args.correct_power,
            wrong_power=args.wrong_power, price=args.price, **_edition(args),
        ),
    )  # fmt: skip


def _multiplier(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda: wrong_multiplier(
            actual_ratio=args.actual_ratio, billed_ratio=args.billed_ratio, recorded_kwh=args.recorded_kwh,
            price=args.price, **_edition(args),
        ),
    )  # fmt: skip


def _run(args: argparse.Namespace, calculate: object) -> int:
    try:
        result: Result = calculate()  # type: ignore[operator]
    except Rejected as exc:
        print("rejected:", file=sys.stderr)
        for problem in exc.problems:
            option = _OPTION.get(problem.field, "--" + problem.field.replace("_", "-"))
            print(f"  {option}: {problem.message}", file=sys.stderr)
        return EXIT_REJECTED
    if args.json:
        print_json(as_json(result))
    else:
        print_result(result)
    return EXIT_OK


def as_json(result: Result) -> dict[str, object]:
    """The keys the issue names; Decimals stay exact (printed as strings)."""
    return {
        "kind": result.kind.value,
        "kwh": result.kwh,
        "amount": result.amount,
        "penalty": result.penalty,
        "total": result.total,
        "working": result.working_text(),
        "rule": str(result.rule),
    }


def print_result(result: Result) -> None:
    for line in result.working_text():
        print(line)
    print()
    print(f"kWh      {result.kwh}")
    print(f"amount   ¥{result.amount}")
    print(f"penalty  ¥{result.penalty}")
    print(f"total    ¥{result.total}")
