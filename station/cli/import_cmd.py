"""`station import customers|assets|readings|supply FILE`: preview an export and write it, all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from station.cli.common import add_db_options, open_from_args, print_json, translate_of
from station.cli.lang import say, shown
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP("cli", "import customers, assets, monthly readings or 台区 supply from .xlsx/.csv (Chinese headers)"),
        description=(
            QT_TRANSLATE_NOOP("cli", "Reads the file, checks every row and prints every rejected one on stderr as "
            "FILE:LINE: COLUMN=VALUE: reason. A file with any rejected row writes nothing (exit 3) unless "
            "--accept-valid is given, which writes the accepted rows (still exit 3, so scripts notice).")
        ),
    )
    isub = p.add_subparsers(dest="import_kind", metavar="KIND")
    isub.required = True
    for kind, text in (("customers", QT_TRANSLATE_NOOP("cli", "客户档案: upsert by 户号")), ("assets", QT_TRANSLATE_NOOP("cli", "计量资产: upsert by 资产编号")),
                       ("readings", QT_TRANSLATE_NOOP("cli", "月度电量: 户号, 年月, 电量 (or 户号 and a column per month); replaces changed months")),
                       ("supply", QT_TRANSLATE_NOOP("cli", "台区供电量: 台区编号, 年月, 供电量; replaces changed months")),
                       ("anomalies", QT_TRANSLATE_NOOP("cli", "电费管理中心异常清单: 户号, 异常类型, 期间 (异常描述, 电量, 电费); a line "
                                     "already imported is found again"))):
        k = isub.add_parser(kind, help=text)
        k.add_argument("file", type=Path, metavar="FILE", help=QT_TRANSLATE_NOOP("cli", ".xlsx or .csv (UTF-8, UTF-8 with BOM, GBK/GB18030)"))
        k.add_argument("--dry-run", action="store_true", help=QT_TRANSLATE_NOOP("cli", "check and count only; write nothing"))
        k.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print a machine-readable summary on stdout"))
        k.add_argument("--accept-valid", action="store_true", help=QT_TRANSLATE_NOOP("cli", "write the accepted rows even if some are rejected"))
        k.add_argument("--save-rejected", type=Path, metavar="OUT", help=QT_TRANSLATE_NOOP("cli", "save the rejected rows (.xlsx/.csv) to fix and re-import"))
        if kind in ("readings", "supply"):
            k.add_argument("--correction", action="store_true",
                           help=QT_TRANSLATE_NOOP("cli", "values of closed months become corrections (amendments) booked in this month, "
                                "pointing to the original; without it a file carrying a closed month is refused"))
        if kind == "customers":
            k.add_argument("--as-of", type=_date, metavar="DATE", dest="as_of",
                           help=QT_TRANSLATE_NOOP("cli", "the date the export shows the ledger on (default today): a customer whose 台区 "
                                "differs moves on that date"))
            k.add_argument("--strict-codes", action="store_true",
                           help=QT_TRANSLATE_NOOP("cli", "reject the rows whose 行业分类 is in no code table instead of adding the value"))
        add_db_options(k)
        k.set_defaults(func=_run, kind=kind)


def _date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "not a date (YYYY-MM-DD): {text}"), text=text)) from None


def _options(args: argparse.Namespace) -> dict[str, Any]:
    """The kind's options as the import takes them (only those given)."""
    options: dict[str, Any] = {}
    if getattr(args, "as_of", None):
        options["as_of"] = args.as_of
    for flag in ("strict_codes", "correction"):  # correction: closed months' values become amendments
        if getattr(args, flag, False):
            options[flag] = True
    return options


def _run(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE
    from station.domain.problems import Rejected
    from station.imports import save_rejections

    path: Path = args.file
    if not path.is_file():
        print(say(args, QT_TRANSLATE_NOOP("cli", "{path}: no such file"), path=path), file=sys.stderr)
        return EXIT_USAGE
    if args.save_rejected:
        from station.exports import output_problem

        problem = output_problem(args.save_rejected)
        if problem:  # checked before anything is written: never commit rows and then fail on the report
            print(f"--save-rejected: {shown(args, problem)}", file=sys.stderr)
            return EXIT_USAGE
    options = _options(args)
    ws = open_from_args(args)
    try:
        try:
            done = actions.import_file(ws, args.kind, path, dry_run=args.dry_run, accept_valid=args.accept_valid,
                                       **options)
        except Rejected as exc:  # the file as a whole: unreadable, no header, a required column missing
            for p in exc.problems:
                print(f"{path}: {p.field}: {p.message.text(translate_of(args))}", file=sys.stderr)
            if args.json:
                print_json({"file": str(path), "kind": args.kind, "written": False,
                            "error": [{"column": p.field, "reason": str(p.message)} for p in exc.problems]})
            return EXIT_REJECTED
        preview, summary, write = done.preview, done.summary, done.written
        for r in preview.rejections:
            print(f"{path}:{r.line}: {r.column}={r.value}: {shown(args, r.message)}", file=sys.stderr)
        if args.save_rejected and preview.rejections:
            save_rejections(preview, args.save_rejected)
    except OSError as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        ws.close()
    _report(args, preview, summary, written=write)
    return EXIT_REJECTED if preview.rejections else EXIT_OK


def _report(args: argparse.Namespace, preview: Any, summary: Any, *, written: bool) -> None:
    if args.json:
        print_json({
            "file": str(args.file),
            "kind": args.kind,
            "new": preview.new,
            "updated": preview.updated,
            "unchanged": preview.unchanged,
            "rejected_rows": preview.rejected,
            "rejected": [{"line": r.line, "column": r.column, "value": r.value, "reason": r.reason}
                         for r in preview.rejections],
            "unknown_columns": preview.unknown_columns,
            "notes": [str(n) for n in preview.notes],
            "unknown_codes": [{"table": u.table, "column": u.column, "value": u.value, "count": u.count,
                               "first_lines": list(u.first_lines)} for u in preview.unknown_codes],
            "codes_refused": preview.codes_refused,
            "written": written,
            "batch_id": summary.batch_id if summary else None,
            "codes_added": summary.codes_added if summary else 0,
        })
        return
    verb = say(args, QT_TRANSLATE_NOOP("cli", "written") if written else (QT_TRANSLATE_NOOP("cli", "checked (dry run)") if args.dry_run else QT_TRANSLATE_NOOP("cli", "NOT written")))
    print(say(args, QT_TRANSLATE_NOOP("cli", "{file}: {verb}: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected"),
              file=args.file, verb=verb, new=preview.new, updated=preview.updated, unchanged=preview.unchanged, rejected=preview.rejected))
    if preview.unknown_columns:
        print(say(args, QT_TRANSLATE_NOOP("cli", "ignored columns: {columns}"), columns=", ".join(preview.unknown_columns)))
    for note in preview.notes:
        print(say(args, QT_TRANSLATE_NOOP("cli", "note: {note}"), note=shown(args, note)))
    if summary is not None and summary.codes_added:
        print(say(args, QT_TRANSLATE_NOOP("cli", "code tables: {n} value(s) added"), n=summary.codes_added))
    if preview.rejections and not written and not args.dry_run:
        print(say(args, QT_TRANSLATE_NOOP("cli", "nothing was written: fix the rejected rows, or pass --accept-valid to write the others")),
              file=sys.stderr)
