"""`station export customers|assets -o FILE`: a ledger view to .xlsx or .csv, in the headers the import reads."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station.cli.common import add_db_options, open_from_args
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help=QT_TRANSLATE_NOOP("cli", "export the customer or asset ledger to .xlsx/.csv (re-importable), or the "
                                      "回执 of a billing-centre anomaly list (.xlsx/.csv/.pdf)"))
    p.add_argument("kind", choices=("customers", "assets", "receipts"))
    p.add_argument("--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("cli", "receipts: the lines of this 期间"))
    p.add_argument("--batch", type=int, metavar="ID", help=QT_TRANSLATE_NOOP("cli", "receipts: the lines of this imported list"))
    p.add_argument("--format", choices=("xlsx", "csv"), help=QT_TRANSLATE_NOOP("cli", "file type (default: from the -o suffix, else xlsx)"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.add_argument("--area", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "only this 台区 (customers of it; assets installed in it)"))
    p.add_argument("--status", metavar="S", help=QT_TRANSLATE_NOOP("cli", "status code or label (active/正常, installed/运行 …)"))
    p.add_argument("--search", metavar="TEXT", default="", help=QT_TRANSLATE_NOOP("cli", "the ledger's search: 户号/电话 prefix or name text"))
    p.add_argument("--sort", metavar="KEY", help=QT_TRANSLATE_NOOP("cli", "sort key of the ledger (default: 户号 / 资产编号)"))
    p.add_argument("--desc", action="store_true", help=QT_TRANSLATE_NOOP("cli", "sort descending"))
    add_db_options(p)
    p.set_defaults(func=_run)


def _output(args: argparse.Namespace) -> Path | None:
    out: Path = args.output
    suffix = out.suffix.lower().lstrip(".")
    if args.format is None:
        return out if suffix in ("xlsx", "csv") else out.with_name(out.name + ".xlsx")
    if suffix == args.format:
        return out
    if suffix in ("xlsx", "csv"):
        return None  # -o names one type, --format another
    return out.with_name(f"{out.name}.{args.format}")


def _status(kind: str, text: str | None) -> str | None:
    if not text:
        return None
    from station.imports.aliases import ASSET_STATUS_LABELS, CUSTOMER_STATUS_LABELS, reader_of

    table = reader_of(CUSTOMER_STATUS_LABELS if kind == "customers" else ASSET_STATUS_LABELS)
    return table.get(text.strip().casefold())


def _run(args: argparse.Namespace) -> int:
    from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE

    if args.kind == "receipts":
        from station.cli.anomalies_cmd import export_receipts

        return export_receipts(args)
    out = _output(args)
    if out is None:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{file}: the suffix does not match --format {format}"), file=args.output, format=args.format), file=sys.stderr)
        return EXIT_USAGE
    status = _status(args.kind, args.status)
    if args.status and status is None:
        print(say(args, QT_TRANSLATE_NOOP("cli", "unknown status {status!r}"), status=args.status), file=sys.stderr)
        return EXIT_REJECTED
    from station import actions

    ws = open_from_args(args)
    try:
        try:
            n = actions.export_ledger(ws, args.kind, out, area_code=args.area, status=status, search=args.search,
                                      sort_key=args.sort, descending=args.desc)
        except actions.NoSuchArea:
            print(say(args, QT_TRANSLATE_NOOP("cli", "no 台区 with code {code!r}"), code=args.area), file=sys.stderr)
            return EXIT_REJECTED
        except ValueError as exc:  # an unknown sort key
            print(str(exc), file=sys.stderr)
            return EXIT_USAGE
    except OSError as exc:
        print(f"{out}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        ws.close()
    print(say(args, QT_TRANSLATE_NOOP("cli", "wrote {n} {kind} to {file}"), n=n, kind=args.kind, file=out))
    return EXIT_OK
