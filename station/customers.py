"""The customer ledger (客户台账): search, rows a page at a time, detail, and the clerk's edits."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from db.locks import write_lock
from db.schema import (
    Asset,
    Customer,
    CustomerAreaLink,
    MeteringPoint,
    TransformerArea,
)
from station import audit, settings
from station.codes import tariff_category, voltage_level
from station.codes.checks import industry_problems
from station.codes.store import load_index
from station.domain.codes import AssetStatus, CustomerStatus
from station.domain.metering import device_class
from station.domain.problems import Problem, Rejected
from station.domain.rows import CustomerDetail, CustomerRow, MeteringPointRow
from station.domain.stale import bump, version_problems
from station.domain.validation import check_account_no, validate_customer_fields
from station.history import customer_history
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.ledger_pg import bigrams_hold, ids_as_binary_array

# --- Search ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    text: str = ""
    area_id: int | None = None
    tariff_category: str | None = None
    voltage_level: str | None = None
    status: str | None = None


CUSTOMER_SORT_KEYS: tuple[str, ...] = (
    "account_no", "name", "address", "phone", "tariff_category", "voltage_level",
    "contract_capacity_kva", "area", "status", "opened_on",
)
_SORT_COLUMNS: dict[str, Any] = {
    "account_no": Customer.account_no, "name": Customer.name, "address": Customer.address,
    "phone": Customer.phone, "tariff_category": Customer.tariff_category,
    "voltage_level": Customer.voltage_level, "contract_capacity_kva": Customer.contract_capacity_kva,
    "area": TransformerArea.code, "status": Customer.status, "opened_on": Customer.opened_on,
}
_NULLABLE_SORTS = frozenset({"area", "opened_on"})
#: IN lists are cut to this size: SQLite's bound-parameter limit, and plans stay simple on PostgreSQL.
CHUNK = 1000


def normalise_search(text: str) -> str:
    """What a clerk typed or a scanner sent: full-width digits and spaces folded (NFKC), trimmed."""
    return unicodedata.normalize("NFKC", text or "").strip()


def digit_prefix_upper(prefix: str) -> str | None:
    """The smallest digit string after every string starting with `prefix` ("129" → "13"; "99" → None).

    Comparing `col >= prefix AND col < upper` lets the btree index answer a prefix search on SQLite and
    on PostgreSQL whatever the collation, which `LIKE 'p%'` does not (it needs C collation there).
    Digits only, so the bound stays a digit string that sorts the same under every collation.
    """
    digits = prefix.rstrip("9")
    if not digits:
        return None
    return digits[:-1] + str(int(digits[-1]) + 1)


def prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    upper = digit_prefix_upper(prefix)
    return column >= prefix if upper is None else and_(column >= prefix, column < upper)


def no_index(column: Any, dialect: str | None) -> Any:
    """`+column` on SQLite: the same value, but the planner may not use the column's index for it.

    SQLite otherwise walks the sort column's index and looks up every row of the table to test the
    WHERE terms (0.9 s on 200,000 customers), or searches a low-cardinality index (status, tariff) that
    matches most rows; a plain scan and a sort of the matches takes a tenth of that. PostgreSQL's
    planner weighs this itself.
    """
    if dialect != "sqlite":
        return column
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def contains_text(column: Any, text: str, dialect: str | None) -> ColumnElement[bool]:
    """Substring match, ASCII case-insensitive on both databases: SQLite's LIKE already folds ASCII
    case (and lower() on every row would double the scan), PostgreSQL needs ILIKE."""
    if dialect == "sqlite":
        return column.contains(text, autoescape=True)
    return column.icontains(text, autoescape=True)


def customer_conditions(flt: CustomerFilter, dialect: str | None = None) -> list[ColumnElement[bool]]:
    """WHERE terms of a filter, shared with exports and reports of the same view (`dialect`: the
    session's, e.g. `session.get_bind().dialect.name`, for the fastest plan)."""
    where: list[ColumnElement[bool]] = []
    text = normalise_search(flt.text)
    if text and text.isascii() and text.isdigit():
        where.append(or_(prefix_range(Customer.account_no, text), prefix_range(Customer.phone, text)))
    elif text:
        # A name prefix is a name substring too, so one substring test covers both; on SQLite it scans, but a
        # scan of 200,000 short rows stays inside the 150 ms budget (tests/benchmarks/bench_queries.py); on
        # PostgreSQL trigram and bigram indexes answer it for a county (station.ledger_pg, migration 0016).
        where.append(or_(contains_text(Customer.name, text, dialect), contains_text(Customer.address, text, dialect)))
        if dialect == "postgresql" and len(text) == 2:
            where.append(bigrams_hold(text))
    if flt.area_id is not None:  # a 台区 holds under 1 % of the customers: its index pays
        where.append(Customer.area_id == flt.area_id)
    for column, value in ((Customer.tariff_category, flt.tariff_category),
                          (Customer.voltage_level, flt.voltage_level), (Customer.status, flt.status)):
        if value:  # a handful of values, each matching many rows: scanning beats the index
            where.append(no_index(column, dialect) == value)
    return where


def customer_ids(session: Session, flt: CustomerFilter, sort_key: str = "account_no",
                 descending: bool = False) -> list[int]:
    """The ids of matching customers in display order: one query; ties broken by id."""
    if sort_key not in _SORT_COLUMNS:
        raise ValueError(f"unknown sort key {sort_key!r}; one of {CUSTOMER_SORT_KEYS}")
    dialect = session.get_bind().dialect.name
    where = customer_conditions(flt, dialect)
    stmt = select(Customer.id).where(*where)
    if sort_key == "area":
        stmt = stmt.outerjoin(TransformerArea, TransformerArea.id == Customer.area_id)
    column = _SORT_COLUMNS[sort_key]
    # Unfiltered, the sort column's index gives the order for free; filtered, sort the matches.
    order = sort_order(no_index(column, dialect) if where else column, Customer.id, descending,
                       sort_key in _NULLABLE_SORTS)
    return fetch_ids(session, stmt.order_by(*order))


def fetch_ids(session: Session, stmt: Select[Any]) -> list[int]:
    """The ids an ordered one-column select returns, as fast as the bare driver.

    On SQLite, building 200,000 result rows costs three times the query itself; the ids come back
    instead as one group_concat string of the ordered subquery (SQLite does not flatten an ordered
    subquery into an aggregate, so the order holds; tests/db/test_ledger_queries.py checks every key).
    On PostgreSQL likewise one array_agg over the ordered subquery (the aggregate takes the subquery's
    rows in order; the same test checks it there), read in binary: about 2.5× faster than a million result
    rows at county scale (station.ledger_pg, tests/benchmarks/bench_county.py).
    """
    bind = session.get_bind()
    dialect = bind.dialect.name
    if dialect == "postgresql" and bind.dialect.driver == "psycopg":
        return ids_as_binary_array(session, select(func.array_agg(stmt.subquery().c[0])))
    if dialect != "sqlite":
        return list(session.scalars(stmt))
    sub = stmt.subquery()
    text = session.scalar(select(func.group_concat(sub.c[0])))
    return list(map(int, text.split(","))) if text else []


def sort_order(column: Any, id_column: Any, descending: bool, nullable: bool) -> tuple[Any, Any]:
    """ORDER BY terms: the column, blanks last (first when descending) on SQLite and PostgreSQL alike,
    then the id, so equal values keep one order and descending is exactly ascending reversed."""
    order = column.desc() if descending else column.asc()
    if nullable:
        order = order.nulls_first() if descending else order.nulls_last()
    return order, id_column.desc() if descending else id_column.asc()


_ROW_COLUMNS = (
    Customer.id, Customer.account_no, Customer.name, Customer.address, Customer.phone, Customer.tariff_category,
    Customer.industry, Customer.voltage_level, Customer.contract_capacity_kva, Customer.running_capacity_kva,
    Customer.area_id, TransformerArea.code, TransformerArea.name, Customer.status, Customer.opened_on,
    Customer.closed_on, Customer.close_reason, Customer.penalty_multiple, Customer.version,
)


def customer_rows(session: Session, ids: Iterable[int]) -> dict[int, CustomerRow]:
    """Rows for `ids` (a page), one query per CHUNK ids."""
    wanted = list(ids)
    out: dict[int, CustomerRow] = {}
    for i in range(0, len(wanted), CHUNK):
        stmt = (select(*_ROW_COLUMNS).outerjoin(TransformerArea, TransformerArea.id == Customer.area_id)
                .where(Customer.id.in_(wanted[i:i + CHUNK])))
        found: Iterable[tuple[Any, ...]] = session.execute(stmt)
        for r in found:
            out[r[0]] = CustomerRow(*r)
    return out


def customer_row(session: Session, customer_id: int) -> CustomerRow | None:
    return customer_rows(session, [customer_id]).get(customer_id)


def find_customer(session: Session, account_no: str) -> int | None:
    return session.scalar(select(Customer.id).where(Customer.account_no == normalise_search(account_no)))


# --- Detail ---------------------------------------------------------------------------------------


def customer_detail(session: Session, customer_id: int) -> CustomerDetail | None:
    """Profile, metering points with their installed devices, and the history newest first."""
    from station.assets import asset_rows  # assets imports this module's search helpers

    row = customer_row(session, customer_id)
    if row is None:
        return None
    points = list(session.scalars(
        select(MeteringPoint).where(MeteringPoint.customer_id == customer_id).order_by(MeteringPoint.id)))
    point_ids = [p.id for p in points]
    installed = asset_rows(session, session.scalars(select(Asset.id).where(
        Asset.metering_point_id.in_(point_ids), Asset.status == AssetStatus.INSTALLED)))
    by_point: dict[tuple[int, str], Any] = {(a.metering_point_id or 0, a.kind): a for a in installed.values()}
    point_rows = tuple(
        MeteringPointRow(p.id, p.customer_id, p.name, p.metering_method, p.device_class, p.multiplier,
                         p.energised_on, by_point.get((p.id, "meter")), by_point.get((p.id, "ct")),
                         by_point.get((p.id, "pt")))
        for p in points
    )
    return CustomerDetail(row, point_rows, tuple(customer_history(session, customer_id, point_ids, list(installed))))


# --- Edits ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """What the new/edit form returns; `phases` sets the default metering point's device class."""

    account_no: str
    name: str
    address: str = ""
    phone: str = ""
    tariff_category: str = ""
    industry: str = ""
    voltage_level: str = ""
    contract_capacity_kva: Decimal = Decimal(0)
    running_capacity_kva: Decimal | None = None
    area_id: int | None = None
    opened_on: dt.date | None = None
    penalty_multiple: Decimal | None = None
    phases: int = 1


_STORED = ("account_no", "name", "address", "phone", "tariff_category", "industry", "voltage_level",
           "contract_capacity_kva", "running_capacity_kva", "area_id", "opened_on", "penalty_multiple")


def draft_of(row: CustomerRow) -> CustomerDraft:
    """The draft an edit form starts from (phases: 220 V is single-phase, every other level three)."""
    return CustomerDraft(row.account_no, row.name, row.address, row.phone, row.tariff_category, row.industry,
                         row.voltage_level, row.contract_capacity_kva, row.running_capacity_kva, row.area_id,
                         row.opened_on, row.penalty_multiple, 1 if row.voltage_level == "220V" else 3)


def placed(draft: CustomerDraft) -> CustomerDraft:
    """The draft with its 用电类别 and 电压等级 in the form the rules store (居民生活用电 → 居民生活,
    交流10kV → 10kV), through the same look-up the import uses; what cannot be placed is left for the checks."""
    tariff = tariff_category(draft.tariff_category) or draft.tariff_category
    voltage = voltage_level(draft.voltage_level) or draft.voltage_level
    if (tariff, voltage) == (draft.tariff_category, draft.voltage_level):
        return draft
    return replace(draft, tariff_category=tariff, voltage_level=voltage)


def draft_problems(draft: CustomerDraft) -> list[Problem]:
    """The checks that need no database (fields, phases, penalty multiple): cheap enough for every keystroke."""
    problems = validate_customer_fields(asdict(draft))
    if draft.phases not in (1, 3):
        problems.append(Problem("phases", msg(QT_TRANSLATE_NOOP("station", "Phases are 1 or 3")), draft.phases))
    if draft.penalty_multiple is not None and draft.penalty_multiple < 0:
        problems.append(Problem("penalty_multiple", msg(QT_TRANSLATE_NOOP(
            "station", "A penalty multiple cannot be negative")), draft.penalty_multiple))
    return problems


def stored_problems(session: Session, draft: CustomerDraft, existing_id: int | None = None) -> list[Problem]:
    """The checks that need the database: 户号 unique (`existing_id` may keep its own), 台区 exists, 行业分类
    in the station's code table (a retired value only where the record already holds it)."""
    problems: list[Problem] = []
    if draft.account_no and not check_account_no(draft.account_no):
        other = find_customer(session, draft.account_no)
        if other is not None and other != existing_id:
            problems.append(Problem("account_no", msg(QT_TRANSLATE_NOOP(
                "station", "Account number {value} belongs to another customer"), value=draft.account_no),
                draft.account_no))
    if draft.area_id is not None and session.get(TransformerArea, draft.area_id) is None:
        problems.append(Problem("area_id", msg(QT_TRANSLATE_NOOP("station", "No such area")), draft.area_id))
    if draft.industry:
        stored = session.scalar(select(Customer.industry).where(Customer.id == existing_id)) \
            if existing_id is not None else None
        problems += industry_problems(load_index(session), draft.industry, stored)
    return problems


def validate_customer(session: Session, draft: CustomerDraft, existing_id: int | None = None) -> list[Problem]:
    """Field checks plus what needs the database: 户号 unique, 台区 exists."""
    return draft_problems(draft) + stored_problems(session, draft, existing_id)


def _edition(session: Session) -> str:
    return str(settings.get(session, "metering.device_class_edition"))


def _point_class(session: Session, draft: CustomerDraft, method: str) -> str:
    return device_class(draft.voltage_level, draft.phases, _edition(session),
                        capacity_kva=draft.contract_capacity_kva, metering_method=method)


def default_metering_method(voltage_level: str) -> str:
    """Low-voltage supply is metered low (低供低计); 10 kV and above metered high (高供高计) until edited."""
    return "低供低计" if voltage_level in ("220V", "380V") else "高供高计"


def create_customer(session: Session, draft: CustomerDraft, operator: str) -> int:
    """A new active customer with its default metering point (主计量点); Rejected with every problem."""
    draft = placed(draft)
    problems = validate_customer(session, draft)
    if problems:
        raise Rejected(problems)
    values = _stored(draft)
    customer = Customer(**values, status=CustomerStatus.ACTIVE)
    session.add(customer)
    session.flush()
    if draft.area_id is not None:
        session.add(CustomerAreaLink(customer_id=customer.id, area_id=draft.area_id,
                                     valid_from=draft.opened_on or dt.date.today()))
    method = default_metering_method(draft.voltage_level)
    point = MeteringPoint(customer_id=customer.id, name="主计量点", metering_method=method,
                          device_class=_point_class(session, draft, method), multiplier=Decimal(1))
    session.add(point)
    session.flush()
    audit.record(session, operator=operator, action="create", entity="customer", entity_id=customer.id,
                 after={**values, "status": CustomerStatus.ACTIVE})
    audit.record(session, operator=operator, action="create", entity="metering_point", entity_id=point.id,
                 after={"customer_id": customer.id, "name": point.name, "metering_method": method,
                        "device_class": point.device_class, "multiplier": point.multiplier})
    return customer.id


def _stored(record: CustomerDraft | Customer) -> dict[str, Any]:
    return {k: getattr(record, k) for k in _STORED}


def _customer(session: Session, customer_id: int, version: int | None = None) -> Customer:
    """The customer an edit starts from, read under the write lock (BEGIN IMMEDIATE on SQLite, SELECT … FOR
    UPDATE on PostgreSQL), so its version cannot move before this transaction writes it; populate_existing
    re-reads a row the session may hold from before the lock.

    `version`: the one the form loaded; a save from an older one is refused (code stale) with the customer as
    saved now, instead of writing every field of the form over a record the clerk never saw."""
    write_lock(session)
    customer = session.get(Customer, customer_id, with_for_update=True, populate_existing=True)
    if customer is None:
        raise Rejected([Problem("id", msg(QT_TRANSLATE_NOOP("station", "No such customer")), customer_id)])
    stale = version_problems(version, customer.version, lambda: _now_values(session, customer))
    if stale:
        raise Rejected(stale)
    return customer


def _now_values(session: Session, customer: Customer) -> dict[str, Any]:
    """What a stale refusal carries of the customer: the form's fields as saved now (the 台区 by id and code)."""
    area = session.get(TransformerArea, customer.area_id) if customer.area_id is not None else None
    return {**_stored(customer), "area_code": area.code if area is not None else None, "status": customer.status}


def update_customer(session: Session, customer_id: int, draft: CustomerDraft, operator: str,
                    *, on: dt.date | None = None, version: int | None = None) -> None:
    """Save an edited customer. A new 台区 takes effect `on` (today): the dated area link is closed and
    a new one opened. A new voltage level re-classifies the metering points. Closed customers stay closed.

    `version` is the customer's version the form loaded: every field is written, so a record changed by
    someone else since would be silently reverted; it is refused instead (station.domain.stale)."""
    customer = _customer(session, customer_id, version)
    draft = placed(draft)
    problems = validate_customer(session, draft, existing_id=customer_id)
    before = _stored(customer)
    if customer.status == CustomerStatus.CLOSED:
        problems.append(Problem("status", msg(QT_TRANSLATE_NOOP(
            "station", "The customer was closed on {day}; a closed account is not edited"),
            day=customer.closed_on), customer.status))
    if problems:
        raise Rejected(problems)
    old, new = audit.changes(before, _stored(draft))
    for k, v in new.items():
        setattr(customer, k, v)
    if "area_id" in new:
        _move_area(session, customer_id, draft.area_id, on or dt.date.today())
    if new:
        bump(customer)
        audit.record(session, operator=operator, action="update", entity="customer", entity_id=customer_id,
                     before=old, after=new)
    for point in session.scalars(select(MeteringPoint).where(MeteringPoint.customer_id == customer_id)):
        cls = _point_class(session, draft, point.metering_method)
        if cls != point.device_class:
            audit.record(session, operator=operator, action="update", entity="metering_point", entity_id=point.id,
                         before={"device_class": point.device_class}, after={"device_class": cls})
            point.device_class = cls
            bump(point)


def _move_area(session: Session, customer_id: int, area_id: int | None, on: dt.date) -> None:
    open_links = session.scalars(select(CustomerAreaLink).where(
        CustomerAreaLink.customer_id == customer_id, CustomerAreaLink.valid_to.is_(None)))
    for link in open_links:
        link.valid_to = on
    if area_id is not None:
        session.add(CustomerAreaLink(customer_id=customer_id, area_id=area_id, valid_from=on))


def close_customer(session: Session, customer_id: int, closed_on: dt.date | None, reason: str,
                   operator: str, *, version: int | None = None) -> None:
    """销户: the account is closed with a date and a reason, never deleted (its history stays); an edit form
    open on it is told on its save (the version moves)."""
    customer = _customer(session, customer_id, version)
    problems: list[Problem] = []
    if customer.status == CustomerStatus.CLOSED:
        problems.append(Problem("status", msg(QT_TRANSLATE_NOOP(
            "station", "The customer was already closed on {day}"), day=customer.closed_on), customer.status))
    if closed_on is None:
        problems.append(Problem("closed_on", msg(QT_TRANSLATE_NOOP("station", "This field is required")), None))
    elif customer.opened_on is not None and closed_on < customer.opened_on:
        problems.append(Problem("closed_on", msg(QT_TRANSLATE_NOOP(
            "station", "Closed on {day}, before the account was opened on {opened}"),
            day=closed_on, opened=customer.opened_on), closed_on))
    if not (reason or "").strip():
        problems.append(Problem("close_reason", msg(QT_TRANSLATE_NOOP(
            "station", "A reason for closing the account is required")), reason))
    still = session.execute(select(Asset.asset_no, Asset.kind, MeteringPoint.name)
                            .join(MeteringPoint, MeteringPoint.id == Asset.metering_point_id)
                            .where(MeteringPoint.customer_id == customer_id,
                                   Asset.status == AssetStatus.INSTALLED).order_by(Asset.asset_no))
    problems += [
        Problem("status", msg(QT_TRANSLATE_NOOP(
            "station", "{kind} {asset_no} is still installed at {point}; remove it (with its closing reading) "
                       "before closing the account"), kind=kind, asset_no=asset_no, point=point), asset_no)
        for asset_no, kind, point in still
    ]
    if problems:
        raise Rejected(problems)
    before = {"status": customer.status, "closed_on": None, "close_reason": None}
    customer.status, customer.closed_on, customer.close_reason = CustomerStatus.CLOSED, closed_on, reason.strip()
    bump(customer)
    for link in session.scalars(select(CustomerAreaLink).where(
            CustomerAreaLink.customer_id == customer_id, CustomerAreaLink.valid_to.is_(None))):
        link.valid_to = closed_on
    audit.record(session, operator=operator, action="close", entity="customer", entity_id=customer_id,
                 before=before, after={"status": customer.status, "closed_on": closed_on,
                                       "close_reason": customer.close_reason})
