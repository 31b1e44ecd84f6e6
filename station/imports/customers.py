"""Importing the customer ledger (客户档案) from a marketing-system export: preview, then upsert by 户号."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Numeric, String, and_, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from db.schema import Customer, CustomerAreaLink, MeteringPoint, TransformerArea
from station.codes.store import load_index
from station.collector import collector_paused
from station.domain.codes import CustomerStatus
from station.domain.limits import MAX_CAPACITY_KVA
from station.domain.problems import Problem
from station.domain.validation import customer_columns_valid, validate_customer_fields
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.imports import normalise as n
from station.imports.aliases import CUSTOMER_STATUS_LABELS, reader_of
from station.imports.bulk import (
    created_audit,
    insert_many,
    select_in,
    start_batch,
    update_rows,
    write_audit,
    write_updates,
)
from station.imports.codes import add_codes, check_codes, placing_parsers, refuse_unknown_codes
from station.imports.file_rows import read_sheet
from station.imports.installs import MAIN_POINT, main_point_row, point_edition
from station.imports.preview import (
    NOTE_NEW_AREA,
    ImportPreview,
    ImportSummary,
    RowChecker,
    Update,
    diff,
    new_preview,
)
from station.imports.rowsets import Block, Inserts, Row, column
from station.progress import Cancelled, Progress, never_cancelled, no_progress

KIND = "customers"
LINK_SOURCE = "import"  # CustomerAreaLink.source of the links a customer file writes
ENTITY = "customer"  # the audit log's entity name for a customer row

#: Numeric(12, 2) in db.schema: capacities are compared and stored at that scale, so a re-import is unchanged.
_CAPACITY_SCALE = Decimal("0.01")
_STATUS = reader_of(CUSTOMER_STATUS_LABELS)

#: The preview's note for each 台区 the file creates (the GUI lists new areas from `new_areas` instead).
NEW_AREA_NOTE = QT_TRANSLATE_NOOP("station", "台区 {code} {name} is new and will be created")

#: The preview's note on customers whose 台区 the file changes (their membership moves on the as-of date).
MOVE_NOTE = QT_TRANSLATE_NOOP("station", "{count} customers move 台区 as of {date}")

#: The reason a row creating a customer with 状态 销户 is refused.
NEW_CLOSED_REFUSED = QT_TRANSLATE_NOOP(
    "station", "a new account is not created closed; import it as 正常 and close it with 销户")

# Fields stored in the customer table that an import compares and writes.
STORED_FIELDS: tuple[str, ...] = (
    "name", "address", "phone", "tariff_category", "industry", "voltage_level",
    "contract_capacity_kva", "running_capacity_kva", "area_id", "status", "opened_on",
)
# The file's field of a stored field whose name differs (a rejection names the file's column).
_COLUMN_OF = {"area_id": "area_code"}
# Defaults of a new customer for columns the file lacks or leaves empty (db.schema's defaults).
_NEW_DEFAULTS: dict[str, Any] = {
    "address": "", "phone": "", "industry": "", "contract_capacity_kva": Decimal(0),
    "running_capacity_kva": None, "status": "active", "opened_on": None, "area_id": None,
}


def _capacity(value: Any) -> Decimal | None:
    number = n.decimal(value)
    return None if number is None else n.bounded(number, MAX_CAPACITY_KVA, value).quantize(_CAPACITY_SCALE)


def _status(value: Any) -> str:
    s = n.compact(value)
    return _STATUS.get(s.casefold(), s)


# 用电类别 and 电压等级 are placed through the station's code tables (station.imports.codes.placing_parsers,
# one look-up shared with the customer form): 居民生活用电 → 居民生活, 交流10kV / AC00101 → 10kV.
PARSERS: dict[str, Callable[[Any], Any]] = {
    "account_no": n.digits,
    "name": n.text,
    "address": n.text,
    "tariff_category": n.compact,
    "voltage_level": n.compact,
    "contract_capacity_kva": _capacity,
    "running_capacity_kva": _capacity,
    "area_code": n.digits,
    "area_name": n.text,
    "industry": n.compact,
    "phone": n.digits,
    "opened_on": n.date,
    "status": _status,
}


@collector_paused()
def preview_customers(
    session: Session,
    path: str | Path,
    *,
    as_of: dt.date | None = None,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
    strict_codes: bool = False,
) -> ImportPreview:
    """Read and check a customer file against the database; nothing is written.

    A marketing export is a snapshot of the ledger on `as_of` (default today): a customer whose 台区
    differs from the stored one moves on that date; a new customer's first 台区 holds from its 立户日期,
    or since before any record when the file has none (so imported history has its members).

    A 行业分类 value in no code table is listed in `unknown_codes` and added on apply; with `strict_codes`
    the rows holding one are rejected instead (station.imports.codes)."""
    sheet = read_sheet(KIND, path)
    codes = load_index(session)
    preview = new_preview(KIND, sheet)
    as_of = as_of or dt.date.today()
    preview.options["as_of"] = as_of
    areas = dict(session.execute(select(TransformerArea.code, TransformerArea.id)).all())
    pending: dict[str, str] = {}  # 台区 named in the file but not in the database: code → name
    resolve_area, resolve_block = _area_resolver(areas, pending)
    checker = RowChecker(
        sheet, preview, "account_no", {**PARSERS, **placing_parsers(codes)}, validate_customer_fields,
        resolve_area, progress=progress, cancelled=cancelled,
        validate_columns=customer_columns_valid, lookup_columns=resolve_block,
    )  # fmt: skip
    rows = checker.blocks()
    _sort_rows(checker, preview, rows, _stored(session, rows), pending)
    preview = check_codes(preview, sheet, codes)
    if strict_codes:
        preview = refuse_unknown_codes(preview)
    _add_notes(preview, as_of)
    progress(0.9, str(msg(QT_TRANSLATE_NOOP("station", "Checked"))))
    return preview


def _area_resolver(areas: dict[str, int], pending: dict[str, str]) -> tuple[
    Callable[[dict[str, Any]], list[Problem]], Callable[[dict[str, list[Any]]], bool]
]:
    """The check of a 台区 (a known code gives its id; an unknown one with a name is created on apply), for a
    row and for a block of rows whose codes all place (a county's 800 codes, not its 200,000 cells)."""

    def place(code: str, name: str | None) -> int | tuple[str, str] | None:
        known = areas.get(code)
        if known is not None:
            return known
        if name or code in pending:
            pending.setdefault(code, name or "")
            return ("new", code)  # resolved to an id when the area is created
        return None

    def resolve_area(values: dict[str, Any]) -> list[Problem]:
        code = values.pop("area_code", None)
        name = values.pop("area_name", None)
        if not code:
            return []
        placed = place(code, name)
        if placed is None:
            return [Problem("area_code", msg(QT_TRANSLATE_NOOP(
                "station", "unknown 台区 {code}: add its 台区名称 to create it, or correct the code"), code=code), code)]  # fmt: skip
        values["area_id"] = placed
        return []

    def resolve_block(columns: dict[str, list[Any]]) -> bool:
        # The distinct (code, name) pairs in the order they first appear, as the rows would meet them; at the
        # first that does not place (or a row without a code, which has no area_id at all) the block goes row
        # by row, and `pending` holds only what the rows before it would have added.
        codes = columns.get("area_code")
        if codes is None:
            columns.pop("area_name", None)
            return True
        names = columns.get("area_name") or [None] * len(codes)
        placed: dict[tuple[str, Any], Any] = {}
        for pair in dict.fromkeys(zip(codes, names, strict=True)):
            if not pair[0] or (where := place(*pair)) is None:
                return False
            placed[pair] = where
        columns["area_id"] = list(map(placed.__getitem__, zip(codes, names, strict=True)))
        del columns["area_code"]
        columns.pop("area_name", None)
        return True

    return resolve_area, resolve_block


_Rows = list[Row | Block]


def _account_nos(rows: _Rows) -> Iterator[str]:
    for item in rows:
        if isinstance(item, Block):
            yield from item.columns["account_no"]
        else:
            yield item[1]["account_no"]


def _stored(session: Session, rows: _Rows) -> dict[str, tuple[Any, ...]]:
    """account_no → (id, stored fields…) of the file's customers already in the ledger."""
    # A new station's first import (the 200,000-row case) has nothing to compare against: skip the look-up.
    if session.scalar(select(Customer.id).limit(1)) is None:
        return {}
    cols = [getattr(Customer, f) for f in STORED_FIELDS]
    return {
        r[0]: r[1:]
        for r in select_in(session, [Customer.account_no, Customer.id, *cols], Customer.account_no, _account_nos(rows))
    }  # fmt: skip


def _sort_rows(
    checker: RowChecker, preview: ImportPreview, rows: _Rows, stored: dict[str, tuple[Any, ...]],
    pending: dict[str, str],
) -> None:  # fmt: skip
    """Each accepted row becomes an insert, an update or unchanged; a refused change is rejected."""
    inserts, insert_lines, new_areas = preview.inserts, preview.insert_lines, preview.new_areas
    # Defaults of the columns the file does not have (area_id: a row without 台区编号 has none either).
    absent = {k: v for k, v in _NEW_DEFAULTS.items() if k not in preview.columns and k != "area_id"}
    status_at = 1 + STORED_FIELDS.index("status")
    for item in _rows_of(rows, stored, new_areas, pending, inserts, insert_lines, absent):
        line, values, cells = item
        area = values.get("area_id")
        old = stored.get(values["account_no"])
        if old is not None:
            account_no = values.pop("account_no")
            before, after = diff(dict(zip(STORED_FIELDS, old[1:], strict=True)), values)
            if refused := _refused_update(old[status_at], after):
                checker.reject(line, cells, *refused)
                continue
        elif values.get("status") == CustomerStatus.CLOSED:
            # A closed account carries its closing date and reason (station.customers.close_customer); the
            # file has neither, so a 销户 row for an unknown 户号 would be a closed account without them.
            checker.reject(line, cells, "status", msg(NEW_CLOSED_REFUSED))
            continue
        if area.__class__ is tuple:  # only areas of accepted rows are created
            new_areas[area[1]] = pending[area[1]]
        if old is None:
            inserts.append(_new_customer(values, absent, area))
            insert_lines.append(line)
        elif after:
            preview.updates.append(Update(old[0], account_no, line, before, after))
        else:
            preview.unchanged += 1


def _rows_of(rows: _Rows, stored: dict[str, tuple[Any, ...]], new_areas: dict[str, str], pending: dict[str, str],
             inserts: Inserts, insert_lines: list[int], absent: dict[str, Any]) -> Iterator[Row]:
    """The rows _sort_rows must look at one by one: a block of new customers none of whom is closed is taken
    whole (`_new_block`), in its place among the rows; any other block gives its rows."""
    for item in rows:
        if not isinstance(item, Block):
            yield item
            continue
        block, columns = item, item.columns
        if stored.keys().isdisjoint(columns["account_no"]) and CustomerStatus.CLOSED not in columns.get("status", ()):
            for area in dict.fromkeys(columns.get("area_id", ())):
                if area.__class__ is tuple:  # only areas of accepted rows are created
                    new_areas[area[1]] = pending[area[1]]
            inserts.add_columns(_new_block(columns, absent))
            insert_lines.extend(block.lines)
        else:
            yield from block.rows()


def _new_block(columns: dict[str, list[Any]], absent: dict[str, Any]) -> dict[str, list[Any]]:
    """_new_customer for a block's columns: an empty cell takes the new customer's default, the absent columns
    their defaults."""
    size = len(columns["account_no"])
    out = {}
    for k, values in columns.items():
        default = _NEW_DEFAULTS.get(k, _NO_DEFAULT)
        # all() first: `in` compares each Decimal with None and "" through its slow mixed-type equality
        if default is not _NO_DEFAULT and not all(values) and (None in values or "" in values):
            values = [default if v is None or v == "" else v for v in values]
        out[k] = values
    for k, v in absent.items():
        out[k] = [v] * size
    if "area_id" not in out:
        out["area_id"] = [None] * size
    return out


_NO_DEFAULT = object()


def _new_customer(values: dict[str, Any], absent: dict[str, Any], area: object) -> dict[str, Any]:
    """The insert of a new customer: an empty cell takes the new customer's default; a row without one (most
    rows) is taken as it is, with the defaults of the absent columns: no second dict per row."""
    cells = values.values()
    # all() first: a row of truthy values holds neither None nor "", and `in` would compare each Decimal
    # with None and "" through its slow mixed-type equality (200,000 rows × 2).
    if not all(cells) and (None in cells or "" in cells):
        new = dict(_NEW_DEFAULTS)
        new.update({k: v for k, v in values.items() if v is not None and v != ""})
        return new
    values.update(absent)
    if area is None:
        values["area_id"] = None
    return values


def _add_notes(preview: ImportPreview, as_of: dt.date) -> None:
    """Notes of the 台区 the apply creates and of the customers who move to another 台区 on `as_of`."""
    for code, name in preview.new_areas.items():
        preview.notes.append(msg(NEW_AREA_NOTE, code=code, name=name).coded(NOTE_NEW_AREA))
    moves = sum(1 for u in preview.updates if "area_id" in u.after)
    if moves:
        preview.notes.append(msg(MOVE_NOTE, count=moves, date=as_of.isoformat()))

def _refused_update(stored_status: str, after: dict[str, Any]) -> tuple[str, Message] | None:
    """(field, reason) when an import may not make the change `after` to a stored customer, else None.

    Closing takes a date, a reason and the removal of the installed assets (station.customers.close_customer),
    a closed account is never edited, and a new voltage level re-classifies the metering points
    (update_customer): all three belong to the customer ledger, so the import refuses the row and says why.
    """
    if not after:
        return None
    if stored_status == CustomerStatus.CLOSED:
        if "status" in after:
            return "status", msg(QT_TRANSLATE_NOOP("station", "a closed account is not reopened by an import"))
        field = next(iter(after))
        return _COLUMN_OF.get(field, field), msg(QT_TRANSLATE_NOOP(
            "station", "the account is closed (销户); a closed account is not changed by an import"))
    if after.get("status") == CustomerStatus.CLOSED:
        return "status", msg(QT_TRANSLATE_NOOP("station", "use 销户 in the customer ledger to close an account"))
    if "voltage_level" in after:
        return "voltage_level", msg(QT_TRANSLATE_NOOP(
            "station", "电压等级 changes re-classify the metering points: change it in the customer ledger"))
    return None


@collector_paused()
def apply_customers(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportSummary:
    """Write the accepted rows of `preview` in the caller's transaction, with one ImportBatch and the audit rows."""
    if not preview.writes_anything:
        return ImportSummary(KIND, None, 0, 0, preview.unchanged, preview.rejected)
    batch_id, audit_rows = start_batch(session, preview, operator)
    codes_added = add_codes(session, preview, operator)
    new_area_ids = _create_areas(session, preview.new_areas, audit_rows)
    as_of: dt.date = preview.options.get("as_of") or dt.date.today()

    def area_id(value: Any) -> Any:
        return new_area_ids[value[1]] if isinstance(value, tuple) else value

    rows = preview.inserts
    if cancelled():
        raise Cancelled()
    progress(0.92, str(msg(QT_TRANSLATE_NOOP("station", "Writing customers"))))
    # Every id above this one that carries the batch is a row just inserted: the points and links below are
    # written from them by INSERT … SELECT, one statement each instead of 200,000 parameter sets.
    last_id = session.scalar(select(func.max(Customer.id))) or 0
    insert_many(
        session, Customer.__table__, rows,  # type: ignore[arg-type]
        constants={"import_batch_id": batch_id},
        replace={"area_id": {("new", code): area for code, area in new_area_ids.items()}},
    )
    created = and_(Customer.id > last_id, Customer.import_batch_id == batch_id)

    def resolved(after: dict[str, Any]) -> dict[str, Any]:
        after = dict(after)
        if "area_id" in after:
            after["area_id"] = area_id(after["area_id"])
        return after

    changes = [(u, resolved(u.after)) for u in preview.updates]
    write_updates(session, Customer.__table__, changes, audit_rows, entity=ENTITY)  # type: ignore[arg-type]
    progress(0.95, str(msg(QT_TRANSLATE_NOOP("station", "Writing metering points and the audit log"))))

    if rows:
        _insert_new_customers_points_and_areas(session, rows, created)
    links: list[dict[str, Any]] = []
    moved = {u.id: a["area_id"] for u, a in changes if "area_id" in a}
    _move_links(session, moved, as_of, links)
    insert_many(session, CustomerAreaLink.__table__, links)  # type: ignore[arg-type]
    if rows:
        audit_rows.append(created_audit(preview, batch_id, rows, entity=ENTITY, key="account_no"))
    write_audit(session, audit_rows, operator=operator)
    progress(1.0, "")
    return ImportSummary(
        KIND, batch_id, preview.new, preview.updated, preview.unchanged, preview.rejected,
        areas_created=len(new_area_ids), codes_added=codes_added,
    )


def _insert_new_customers_points_and_areas(
    session: Session, rows: Inserts, created: ColumnElement[bool]
) -> None:
    """Every new customer gets its main metering point, as create_customer gives it, and its first 台区 link.

    The points' audit row is the batch's (bulk.created_audit): a separate row per point would double the audit
    log of a county's first import. A new customer's first 台区 holds from its 立户日期, else since before any
    record (NULL): the export says where a customer is now, and the readings that come with it are that area's
    history."""
    _insert_main_points(session, rows, created)
    session.execute(
        insert(CustomerAreaLink.__table__).from_select(  # type: ignore[arg-type]
            ["customer_id", "area_id", "valid_from", "source"],
            select(Customer.id, Customer.area_id, Customer.opened_on, literal(LINK_SOURCE, String))
            .where(created, Customer.area_id.is_not(None))
            .order_by(Customer.id),
        )
    )


def _insert_main_points(session: Session, rows: Inserts, created: ColumnElement[bool]) -> None:
    """The main metering point of each new customer, one INSERT … SELECT per kind of point (method, class).

    The class depends on the voltage (and, in the 2000 edition, on the capacity), so the few distinct
    (voltage, capacity) pairs of the file are classified here and each kind selects its customers by them.
    """
    edition = point_edition(session)
    kinds: dict[tuple[str, str], dict[str, set[Any]]] = {}  # (method, class) → voltage → capacities
    voltage_kinds: dict[str, set[tuple[str, str]]] = {}
    for voltage, capacity in set(zip(column(rows, "voltage_level"), column(rows, "contract_capacity_kva"), strict=True)):
        point = main_point_row(0, voltage, capacity, edition)
        kind = (point["metering_method"], point["device_class"])
        kinds.setdefault(kind, {}).setdefault(voltage, set()).add(capacity)
        voltage_kinds.setdefault(voltage, set()).add(kind)
    for (method, cls), voltages in kinds.items():
        which = [
            Customer.voltage_level == v if len(voltage_kinds[v]) == 1
            else and_(Customer.voltage_level == v, Customer.contract_capacity_kva.in_(sorted(capacities)))
            for v, capacities in voltages.items()
        ]
        session.execute(
            insert(MeteringPoint.__table__).from_select(  # type: ignore[arg-type]
                ["customer_id", "name", "metering_method", "device_class", "multiplier"],
                select(
                    Customer.id, literal(MAIN_POINT, String), literal(method, String), literal(cls, String),
                    literal(Decimal(1), Numeric(12, 2)),
                )
                .where(created, or_(*which))
                .order_by(Customer.id),
            )
        )



def _create_areas(session: Session, new_areas: dict[str, str], audit_rows: list[dict[str, Any]]) -> dict[str, int]:
    if not new_areas:
        return {}
    insert_many(
        session,
        TransformerArea.__table__,  # type: ignore[arg-type]
        [{"code": c, "name": name or c, "area_type": "public"} for c, name in new_areas.items()],
    )
    ids = {c: i for c, i in select_in(session, [TransformerArea.code, TransformerArea.id], TransformerArea.code, new_areas)}
    for code, area in ids.items():
        audit_rows.append({"action": "create", "entity": "transformer_area", "entity_id": area,
                           "after": {"code": code, "name": new_areas[code] or code}})
    return ids


def _move_links(session: Session, moved: dict[int, int | None], on: dt.date, links: list[dict[str, Any]]) -> None:
    """A customer whose 台区 changed leaves the old area's membership on `on` and joins the new one.

    When the open link started after `on` (the ledger already knows a later move than the file's date),
    the move takes that start instead: a link never ends before it begins.
    """
    if not moved:
        return
    open_links = select_in(
        session,
        [CustomerAreaLink.id, CustomerAreaLink.customer_id, CustomerAreaLink.valid_from],
        CustomerAreaLink.customer_id,
        moved,
        CustomerAreaLink.valid_to.is_(None),
    )
    starts = {c: max(on, since) if since is not None else on for _, c, since in open_links}
    update_rows(
        session,
        CustomerAreaLink.__table__,  # type: ignore[arg-type]
        [(link_id, {"valid_to": starts[c]}) for link_id, c, _ in open_links],
    )
    links.extend(
        {"customer_id": c, "area_id": a, "valid_from": starts.get(c, on), "valid_to": None, "source": LINK_SOURCE}
        for c, a in moved.items() if a is not None
    )
