"""An import's code-table check: values in no table are listed (each with its count and first lines) and
added on apply, unless refused; retired values are refused where a row would write them; 用电类别 and
电压等级 are placed in the form the rules store (居民生活用电 → 居民生活, AC00101 → 10kV)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from itertools import chain
from typing import Any

from sqlalchemy.orm import Session

from station.codes import INDUSTRY, CodeIndex
from station.codes.checks import RETIRED
from station.codes.seed import OTHER_VOLTAGE_CODES
from station.codes.store import add_unknown
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.imports import normalise as n
from station.imports.file_rows import Sheet
from station.imports.preview import NOTE_UNKNOWN_CODE, ImportPreview, Rejection, UnknownCode
from station.imports.rowsets import Inserts

#: The preview's note of each unknown value, and the same note once the value is refused.
UNKNOWN_NOTE = QT_TRANSLATE_NOOP(
    "station", "{column} {value} is in no code table ({count} rows, lines {lines}): the import adds it")
REFUSED_NOTE = QT_TRANSLATE_NOOP(
    "station", "{column} {value} is in no code table ({count} rows, lines {lines}): refused, its rows are rejected")
#: The reason of each row rejected because its value was refused.
REFUSED = QT_TRANSLATE_NOOP(
    "station", "{value} is in no code table and adding it was refused (--strict-codes, or unticked in the preview)")
#: Fields of an import whose open values live in a code table: field → table.
OPEN_FIELDS = {"industry": INDUSTRY}


def placing_parsers(index: CodeIndex) -> dict[str, Callable[[Any], Any]]:
    """Parsers that place 用电类别 and 电压等级 in the stored form; an unplaced text stays for the checks."""

    def tariff(value: Any) -> str:
        s = n.compact(value)
        return index.tariff_category(s) or s

    def voltage(value: Any) -> str:
        s = n.compact(value)
        return index.voltage_level(s) or OTHER_VOLTAGE_CODES.get(s.upper()) or s

    return {"tariff_category": tariff, "voltage_level": voltage}


def check_codes(preview: ImportPreview, sheet: Sheet, index: CodeIndex) -> ImportPreview:
    """`preview` with its unknown values listed (and noted) and the rows writing a retired value rejected.

    Only rows that write a value count: a new record, or an update that changes it. A row that keeps what
    the ledger holds is unchanged, whatever the table says now.
    """
    for fld, table in OPEN_FIELDS.items():
        column = sheet.columns.get(fld)
        if column is None:
            continue
        header = sheet.headers[column]
        values = preview.inserts.column(fld) + [u.after.get(fld) for u in preview.updates]
        # Each distinct value looked up once (a county's 200,000 rows hold a few dozen); only the lines of the
        # values that are unknown or retired are gathered.
        entries = {v: index.lookup(table, v) for v in dict.fromkeys(values) if v}
        odd = {v: e for v, e in entries.items() if e is None or e.retired}
        unknown: dict[str, list[int]] = {}
        retired: dict[int, str] = {}
        where = chain(preview.insert_lines, (u.line for u in preview.updates))
        for value, line in zip(values, where, strict=True) if odd else ():
            if value not in odd:
                continue
            if (entry := odd[value]) is None:
                unknown.setdefault(value, []).append(line)
            elif entry.retired:
                retired[line] = value
        if retired:
            reasons = {line: msg(RETIRED, value=value) for line, value in retired.items()}
            preview = _drop(preview, reasons, header, retired, _cells(sheet, set(retired)))
        if unknown:
            lines = {line for ls in unknown.values() for line in ls}
            codes = sorted((UnknownCode(table, fld, header, v, tuple(sorted(ls))) for v, ls in unknown.items()),
                           key=lambda u: (-u.count, u.value))
            preview.unknown_codes += codes
            preview.unknown_code_rows.update(_cells(sheet, lines))
            preview.notes += [_note(UNKNOWN_NOTE, u) for u in codes]
    return preview


def refuse_unknown_codes(preview: ImportPreview) -> ImportPreview:
    """A copy of `preview` in which the unknown values are refused: their rows are rejected with the reason
    and nothing is added to the code tables (the CLI's --strict-codes, the preview's unticked box)."""
    if preview.codes_refused or not preview.unknown_codes:
        return preview
    values = {line: u.value for u in preview.unknown_codes for line in u.lines}
    column = {line: u.column for u in preview.unknown_codes for line in u.lines}
    reasons = {line: msg(REFUSED, value=value) for line, value in values.items()}
    out = _drop(preview, reasons, column, values, preview.unknown_code_rows)
    notes = {(u.column, u.value) for u in preview.unknown_codes}
    out.notes = [m for m in out.notes if not (m.template == UNKNOWN_NOTE and (m.params.get("column"), m.params.get(
        "value")) in notes)] + [_note(REFUSED_NOTE, u) for u in preview.unknown_codes]
    out.codes_refused = True
    return out


def add_codes(session: Session, preview: ImportPreview, operator: str) -> int:
    """On apply: add the preview's unknown values to the station's tables (audited), unless refused."""
    if preview.codes_refused:
        return 0
    added = 0
    for table in dict.fromkeys(u.table for u in preview.unknown_codes):
        values = [u.value for u in preview.unknown_codes if u.table == table]
        added += add_unknown(session, table, values, operator, source=f"导入 {preview.path.name}")
    return added


def _note(template: str, u: UnknownCode) -> Message:
    lines = "、".join(map(str, u.first_lines)) + ("…" if u.count > len(u.first_lines) else "")
    return msg(template, column=u.column, value=u.value, count=u.count, lines=lines).coded(NOTE_UNKNOWN_CODE)


def _cells(sheet: Sheet, lines: set[int]) -> dict[int, tuple[Any, ...]]:
    return {line: tuple(cells) for line, cells in sheet.rows if line in lines}


def _drop(preview: ImportPreview, reasons: dict[int, Message], column: str | dict[int, str],
          values: dict[int, str], cells: dict[int, tuple[Any, ...]]) -> ImportPreview:
    """A copy of `preview` without the rows of `reasons`' lines, each rejected with its reason; 台区 only
    those rows would have created are no longer created."""
    from station.imports.customers import NEW_AREA_NOTE

    kept = [(r, line) for r, line in zip(preview.inserts, preview.insert_lines, strict=True) if line not in reasons]
    updates = [u for u in preview.updates if u.line not in reasons]
    rejections = preview.rejections + [
        Rejection(line, column if isinstance(column, str) else column[line], values[line], reason)
        for line, reason in reasons.items()
    ]
    used = {a[1] for r, _ in kept if (a := r.get("area_id")).__class__ is tuple}
    used |= {a[1] for u in updates if (a := u.after.get("area_id")).__class__ is tuple}
    return dataclasses.replace(
        preview,
        inserts=Inserts(r for r, _ in kept), insert_lines=[line for _, line in kept], updates=updates,
        rejections=sorted(rejections, key=lambda r: r.line),
        rejected_rows={**preview.rejected_rows, **{line: cells[line] for line in reasons if line in cells}},
        new_areas={c: name for c, name in preview.new_areas.items() if c in used},
        notes=[m for m in preview.notes if m.template != NEW_AREA_NOTE or m.params.get("code") in used],
        unknown_codes=list(preview.unknown_codes), unknown_code_rows=dict(preview.unknown_code_rows),
    )
