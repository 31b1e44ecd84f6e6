"""County-scale paths, not timed: the PostgreSQL COPY lane of the bulk writer writes exactly what executemany
writes, and the search indexes of migration 0016 return the same customers as a plain scan, on both databases."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    AssetEvent,
    AuditLog,
    Customer,
    CustomerAreaLink,
    ImportBatch,
    MeteringPoint,
    TransformerArea,
)
from station.audit import verify_chain
from station.customers import CustomerFilter, customer_conditions, customer_ids
from station.domain.asset_no import make
from station.imports import apply_import, bulk, preview_assets, preview_customers
from station.workspace import Workspace, open_workspace
from tests.conftest import _reset_postgres, postgres_url

TABLES = (ImportBatch, TransformerArea, Customer, CustomerAreaLink, MeteringPoint, Asset, AssetEvent, AuditLog)
#: When a row was written (and the audit hash that covers that time): the only fields two runs may differ in.
TIMES = {"at", "imported_at", "created_at", "row_hash"}
HEADER = "户号,户名,用电地址,用电类别,电压等级,合同容量(kVA),台区编号,台区名称,联系电话,立户日期,状态\n"


def _customers_csv(path: Path, n: int = 40) -> Path:
    lines = [
        f"33{i:08d},{'张伟' if i % 5 == 0 else '李'}{i},东街{i}号,{'居民生活' if i % 4 else '一般工商业'},"
        f"{'220V' if i % 4 else '380V'},{8 if i % 4 else 50},T{i % 3:02d},{i % 3}号台区,1380000{i:04d},"
        f"20{10 + i % 14}-0{1 + i % 9}-1{i % 9},正常\n"
        for i in range(n)
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def _assets_csv(path: Path, n: int = 40) -> Path:
    lines = [f"{make('3300001', i + 1)},电能表,2,,2023-06-01,合格,33{i:08d}\n" for i in range(n)]
    lines += [f"{make('3300002', i + 1)},电流互感器,0.5S,100/5,2023-02-01,合格,33{i:08d}\n" for i in range(0, n, 4)]
    path.write_text("资产编号,类别,准确度等级,变比,检定日期,检定结论,安装户号\n" + "".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def pg_workspace() -> Iterator[Workspace]:
    url = postgres_url()
    if not url:
        pytest.skip("DATABASE_URL not set: PostgreSQL tier skipped")
    _reset_postgres(url)
    ws = open_workspace(url, operator="tester")
    yield ws
    ws.close()


def _sequences(s: Session) -> dict[str, tuple[int, bool]]:
    rows = s.execute(text("SELECT schemaname || '.' || sequencename, coalesce(last_value, 1), last_value IS NOT NULL"
                          " FROM pg_sequences WHERE schemaname = 'public'"))
    return {name: (int(value), bool(called)) for name, value, called in rows}


def _restore(ws: Workspace, seqs: dict[str, tuple[int, bool]]) -> None:
    """Sequences are not rolled back with a transaction: put them back, so the next run gets the same ids."""
    with ws.engine.begin() as conn:
        for name, (value, called) in seqs.items():
            conn.execute(text("SELECT setval(:n, :v, :c)"), {"n": name, "v": value, "c": called})


def _tables(s: Session) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in TABLES:
        cols = [c for c in table.__table__.columns if c.name not in TIMES]
        out[table.__tablename__] = [tuple(r) for r in s.execute(select(*cols).order_by(table.__table__.c.id))]
    return out


def _import_and_look(ws: Workspace, tmp_path: Path, copy_min: int, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, int]:
    """Both imports in one transaction; what the tables then hold (rolled back after), and COPYs made."""
    copies: list[str] = []
    real = bulk._copy

    def counted(conn: Any, table: Any, *args: Any) -> None:
        copies.append(table.name)
        real(conn, table, *args)

    monkeypatch.setattr(bulk, "COPY_MIN_ROWS", copy_min)
    monkeypatch.setattr(bulk, "_copy", counted)
    with ws.sessions() as s:
        seqs = _sequences(s)
        s.commit()
        for preview in (preview_customers, preview_assets):
            path = (_customers_csv if preview is preview_customers else _assets_csv)(tmp_path / "f.csv")
            p = preview(s, path)
            assert p.rejected == 0, p.rejections
            apply_import(s, p, ws.operator)
        assert verify_chain(s).broken_at is None
        held = _tables(s)
        s.rollback()  # nothing stays: the other lane starts from the same empty station
    _restore(ws, seqs)
    return held, len(copies)


def test_copy_writes_what_executemany_writes(pg_workspace: Workspace, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    by_copy, copies = _import_and_look(pg_workspace, tmp_path, 1, monkeypatch)
    by_executemany, none = _import_and_look(pg_workspace, tmp_path, 10**9, monkeypatch)
    assert copies >= 4 and none == 0  # customers, assets, events and the audit rows went through COPY
    assert by_copy == by_executemany
    assert len(by_copy["customer"]) == 40 and len(by_copy["asset"]) == 50
    batches = {r[-1] for r in by_copy["customer"]}
    assert len(batches) == 1 and None not in batches  # every customer carries its batch id
    assert by_copy["audit_log"]  # the batch's audit rows, chained (checked inside the transaction)


# --- Search through the indexes -------------------------------------------------------------------

NAMES = ["张伟", "张伟华", "王秀英", "王秀", "李娜", "伟张", "Acme Co", "acme", "城关张伟", "张", "赵四"]
ADDRESSES = ["城关镇12号", "城关镇120号", "东关乡3号", "西河镇张伟巷", "北山乡", "新华街道7号"]
TERMS = ["张伟", "伟华", "王秀英", "秀英", "城关镇12", "关镇", "张伟巷", "acme", "ACME", "Co", "张", "四", "号", "无此人",
         "镇1", "350000001", "3500000069"]


def _people(ws: Workspace, tmp_path: Path) -> None:
    lines = [f"35{i:08d},{NAMES[i % len(NAMES)]},{ADDRESSES[i % len(ADDRESSES)]},居民生活,220V,8,T01,东街,,,正常\n"
             for i in range(70)]
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    with ws.sessions.begin() as s:
        apply_import(s, preview_customers(s, path), ws.operator)


def _scan_ids(s: Session, term: str) -> list[int]:
    """The customers a plain scan finds (every index off, as before migration 0016), in 户号 order."""
    if s.get_bind().dialect.name == "postgresql":
        for knob in ("enable_indexscan", "enable_bitmapscan", "enable_indexonlyscan"):
            s.execute(text(f"SET LOCAL {knob} = off"))
    ids = customer_ids(s, CustomerFilter(term))
    if s.get_bind().dialect.name == "postgresql":
        for knob in ("enable_indexscan", "enable_bitmapscan", "enable_indexonlyscan"):
            s.execute(text(f"SET LOCAL {knob} = on"))
    return ids


def _reference(s: Session, term: str) -> list[int]:
    """What the search means: 户号/phone prefix for digits, else a substring of 户名 or 地址 (ASCII case folded)."""
    rows = s.execute(select(Customer.id, Customer.account_no, Customer.name, Customer.address, Customer.phone)
                     .order_by(Customer.account_no, Customer.id)).all()
    if term.isdigit():
        return [r.id for r in rows if r.account_no.startswith(term) or r.phone.startswith(term)]
    t = term.lower()
    return [r.id for r in rows if t in r.name.lower() or t in r.address.lower()]


def test_search_finds_the_same_customers_through_the_indexes(any_workspace: Workspace, tmp_path: Path) -> None:
    _people(any_workspace, tmp_path)
    with any_workspace.sessions() as s:
        for term in TERMS:
            found = customer_ids(s, CustomerFilter(term))
            assert found == _reference(s, term) == _scan_ids(s, term), term
            assert found or term == "无此人", term


def test_postgres_search_uses_the_indexes(pg_workspace: Workspace, tmp_path: Path) -> None:
    """With scans priced out, a two-character term takes the bigram index and a longer one the trigram index."""
    _people(pg_workspace, tmp_path)
    with pg_workspace.sessions() as s:
        s.execute(text("SET LOCAL enable_seqscan = off"))
        for term, index in (("张伟", "ix_customer_bigrams"), ("王秀英", "ix_customer_name_trgm"),
                            ("城关镇12", "ix_customer_address_trgm"), ("3500", "(uq|ix)_customer_account_no")):
            stmt = select(Customer.id).where(*customer_conditions(CustomerFilter(term), "postgresql"))
            compiled = stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True})
            plan = "\n".join(r[0] for r in s.execute(text(f"EXPLAIN {compiled}")))
            assert re.search(rf"\b{index}", plan), (term, plan)

