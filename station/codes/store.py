"""The station's code tables in the database: the index the import and the form check against, the rows
the code-table page shows, and the writes (add a value, add an alias, retire). Each write takes the
caller's session, audits itself through station.audit and never commits (station.actions owns that).

Nothing here deletes a value: a customer row may hold it. Retiring takes a 行业分类 value out of use for
new rows and changes, while the rows that already hold it stay valid (an edit that keeps it is allowed).
用电类别 and 电压等级 drive the rules (tariffs, device classes, periods), so their values are fixed in
station.domain.codes: a station adds aliases for them (an odd export spelling), not values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import CodeAlias, CodeValue, Customer
from station import audit
from station.codes.index import CodeEntry, CodeIndex
from station.codes.seed import FINDING_CATEGORY, INDUSTRY, TABLES, TARIFF_CATEGORY, VOLTAGE_LEVEL
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

ENTITY = "code_value"
ALIAS_ENTITY = "code_alias"
#: Column widths of db.schema.codes.
CODE_MAX, NAME_MAX, SOURCE_MAX = 32, 64, 64
#: The customer column each table's values are stored in (for the page's count of customers per value).
CUSTOMER_COLUMN = {INDUSTRY: Customer.industry, TARIFF_CATEGORY: Customer.tariff_category,
                   VOLTAGE_LEVEL: Customer.voltage_level}
#: Tables whose values the rules know: aliases may be added, values may not (nor retired). Each finding
#: category has its rectification deadline in the rule settings.
FIXED_TABLES = frozenset({TARIFF_CATEGORY, VOLTAGE_LEVEL, FINDING_CATEGORY})


@dataclass(frozen=True, slots=True)
class CodeRow:
    """One value of a code table as the page shows it."""

    table: str
    code: str
    name: str
    parent_code: str | None
    level: int
    source: str
    aliases: tuple[str, ...]
    retired: bool
    origin: str  # seeded | added
    added_by: str | None
    added_at: dt.datetime | None
    customers: int  # customer rows holding this value (by name, code or alias)


def load_index(session: Session) -> CodeIndex:
    """Every value and alias of every table, as the import and the form look values up."""
    values = [
        CodeEntry(t, c, n, p, lv, bool(r))
        for t, c, n, p, lv, r in session.execute(select(
            CodeValue.table_name, CodeValue.code, CodeValue.name, CodeValue.parent_code, CodeValue.level,
            CodeValue.retired))
    ]
    aliases = [(t, a, c) for t, a, c in session.execute(
        select(CodeAlias.table_name, CodeAlias.alias, CodeAlias.code))]
    return CodeIndex(values, aliases)


def _usage(session: Session, table: str, index: CodeIndex) -> dict[str, int]:
    """Customers per code: one GROUP BY over the stored texts, each text placed through the index."""
    column = CUSTOMER_COLUMN.get(table)
    if column is None:  # finding categories: no customer column holds them
        return {}
    counts: dict[str, int] = {}
    for text, n in session.execute(select(column, func.count()).group_by(column)):
        entry = index.lookup(table, text) if text else None
        if entry is not None:
            counts[entry.code] = counts.get(entry.code, 0) + n
    return counts


def code_rows(session: Session, table: str) -> list[CodeRow]:
    """Every value of `table`, parents before children in code order, with aliases and customer counts."""
    _check_table(table)
    index = load_index(session)
    aliases: dict[str, list[str]] = {}
    for alias, code in session.execute(select(CodeAlias.alias, CodeAlias.code)
                                       .where(CodeAlias.table_name == table).order_by(CodeAlias.id)):
        aliases.setdefault(code, []).append(alias)
    usage = _usage(session, table, index)
    values = session.scalars(select(CodeValue).where(CodeValue.table_name == table).order_by(CodeValue.id))
    return [
        CodeRow(v.table_name, v.code, v.name, v.parent_code, v.level, v.source, tuple(aliases.get(v.code, ())),
                v.retired, v.origin, v.added_by, v.added_at, usage.get(v.code, 0))
        for v in values
    ]


def _check_table(table: str) -> None:
    if table not in TABLES:
        raise Rejected([Problem("table", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                             value=table, allowed=", ".join(TABLES)), table)])


def _text(field: str, value: str, limit: int) -> list[Problem]:
    if not value:
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "This field is required")), value)]
    if len(value) > limit:
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "At most {limit} characters are allowed"),
                                   limit=limit), value)]
    return []


def _taken(index: CodeIndex, table: str, field: str, text: str) -> list[Problem]:
    known = index.lookup(table, text)
    if known is None:
        return []
    return [Problem(field, msg(QT_TRANSLATE_NOOP(
        "station", "{value} is already in the code table, as {code} {name}"), value=text, code=known.code,
        name=known.name), text)]


def _value(session: Session, table: str, code: str) -> CodeValue:
    value = session.scalar(select(CodeValue).where(CodeValue.table_name == table, CodeValue.code == code))
    if value is None:
        raise Rejected([Problem("code", msg(QT_TRANSLATE_NOOP("station", "No such code: {value}"), value=code),
                                code)])
    return value


def add_value(session: Session, table: str, code: str, name: str, operator: str, *, parent: str | None = None,
              source: str = "") -> CodeRow:
    """A station's own value (origin added), under `parent` when given; Rejected with every reason."""
    _check_table(table)
    code, name, parent = code.strip(), name.strip(), (parent or "").strip() or None
    problems: list[Problem] = []
    if table in FIXED_TABLES:
        problems.append(Problem("table", msg(QT_TRANSLATE_NOOP(
            "station", "用电类别 and 电压等级 drive the rules, so their values are fixed: add an alias instead")),
            table))
    problems += _text("code", code, CODE_MAX) + _text("name", name, NAME_MAX)
    index = load_index(session)
    if code and index.entry(table, code) is not None:
        problems.append(Problem("code", msg(QT_TRANSLATE_NOOP("station", "Code {value} is taken"), value=code),
                                code))
    elif code:
        problems += _taken(index, table, "code", code) if code != name else []
    if name:
        problems += _taken(index, table, "name", name)
    parent_entry = index.entry(table, parent) if parent else None
    if parent and parent_entry is None:
        problems.append(Problem("parent_code", msg(QT_TRANSLATE_NOOP("station", "No such code: {value}"),
                                                   value=parent), parent))
    if problems:
        raise Rejected(problems)
    level = parent_entry.level + 1 if parent_entry is not None else 1
    _insert(session, table, [(code, name, parent, level)], operator, source[:SOURCE_MAX])
    return next(r for r in code_rows(session, table) if r.code == code)


def _insert(session: Session, table: str, values: Iterable[tuple[str, str, str | None, int]], operator: str,
            source: str) -> None:
    now = dt.datetime.now()
    for code, name, parent, level in values:
        row = CodeValue(table_name=table, code=code, name=name, parent_code=parent, level=level, source=source,
                        retired=False, origin="added", added_by=operator, added_at=now)
        session.add(row)
        session.flush()
        audit.record(session, operator=operator, action="create", entity=ENTITY, entity_id=row.id,
                     after={"table": table, "code": code, "name": name, "parent_code": parent, "level": level,
                            "source": source})


def add_unknown(session: Session, table: str, values: Iterable[str], operator: str, *, source: str) -> int:
    """Values an import found in no table, each added as given (its own code, no parent); returns how many."""
    index = load_index(session)
    new = [v for v in dict.fromkeys(values) if v and index.lookup(table, v) is None]
    _insert(session, table, [(v[:CODE_MAX], v[:NAME_MAX], None, 1) for v in new], operator, source[:SOURCE_MAX])
    return len(new)


def add_alias(session: Session, table: str, code: str, alias: str, operator: str, *, source: str = "") -> CodeRow:
    """Another name for the value `code` (an older edition's name, an export's spelling); audited."""
    _check_table(table)
    alias = alias.strip()
    value = _value(session, table, code)
    problems = _text("alias", alias, NAME_MAX)
    if alias:
        problems += _taken(load_index(session), table, "alias", alias)
    if problems:
        raise Rejected(problems)
    row = CodeAlias(table_name=table, alias=alias, code=value.code, source=source[:SOURCE_MAX], origin="added",
                    added_by=operator, added_at=dt.datetime.now())
    session.add(row)
    session.flush()
    audit.record(session, operator=operator, action="create", entity=ALIAS_ENTITY, entity_id=row.id,
                 after={"table": table, "alias": alias, "code": value.code})
    return next(r for r in code_rows(session, table) if r.code == value.code)


def set_retired(session: Session, table: str, code: str, retired: bool, operator: str) -> CodeRow:
    """Retire a value (no new row or change may take it; rows holding it stay valid), or bring it back."""
    _check_table(table)
    if table in FIXED_TABLES:
        raise Rejected([Problem("table", msg(QT_TRANSLATE_NOOP(
            "station", "用电类别 and 电压等级 drive the rules, so their values are fixed: add an alias instead")),
            table)])
    value = _value(session, table, code)
    if value.retired != retired:
        audit.record(session, operator=operator, action="update", entity=ENTITY, entity_id=value.id,
                     before={"retired": value.retired}, after={"retired": retired})
        value.retired = retired
        session.flush()
    return next(r for r in code_rows(session, table) if r.code == code)
