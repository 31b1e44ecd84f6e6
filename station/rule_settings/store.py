"""Reading and changing the rule settings: defaults overlaid by stored values, every change audit-logged."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.locks import write_lock
from db.schema import RuleSetting
from station import audit, settings
from station.domain.problems import Problem, Rejected
from station.domain.stale import bump, version_problems
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.rule_settings.defaults import BY_KEY, RULES, STATION_SETTING_KEYS
from station.rule_settings.ruleset import RuleSet
from station.rule_settings.validate import problems_for


@dataclass(frozen=True, slots=True)
class RuleRow:
    """One line of the settings page: the value in force, its default, unit, source and who changed it."""

    key: str
    label: str  # English, marked for translation in station.rule_settings.defaults
    value: Any
    default: Any
    unit: str
    source: str
    edition: str
    is_default: bool
    updated_at: dt.datetime | None
    updated_by: str | None
    version: int = 0  #: the stored setting's (station.domain.stale); 0 while the rule is at its built-in default


def _stored(session: Session) -> dict[str, RuleSetting]:
    return {row.key: row for row in session.scalars(select(RuleSetting))}


def _station_setting_values(session: Session) -> dict[str, Any]:
    values = settings.get_all(session)
    return {key: values.get(skey, BY_KEY[key].default) for key, skey in STATION_SETTING_KEYS.items()}


def load_rules(session: Session) -> RuleSet:
    """The rules in force: DOMAIN.md defaults overlaid by what the station stored (one query each table)."""
    values = {r.key: r.default for r in RULES}
    sources = {r.key: r.source for r in RULES}
    for key, row in _stored(session).items():
        if key in BY_KEY:  # a key a newer program wrote is ignored rather than trusted
            values[key] = json.loads(row.value)
            sources[key] = row.source or sources[key]
    values.update(_station_setting_values(session))
    return RuleSet.of(values, sources)


def list_rules(session: Session) -> list[RuleRow]:
    """Every rule, in the order of DOMAIN.md, for the settings page and `station rules list`."""
    stored = _stored(session)
    in_settings = _station_setting_values(session)
    rows: list[RuleRow] = []
    for r in RULES:
        row = stored.get(r.key)
        value = in_settings[r.key] if r.key in in_settings else (json.loads(row.value) if row else r.default)
        rows.append(
            RuleRow(
                key=r.key,
                label=r.label,
                value=value,
                default=r.default,
                unit=r.unit,
                source=(row.source if row is not None and row.source else r.source),
                edition=r.edition,
                is_default=value == r.default,
                updated_at=row.updated_at if row is not None else None,
                updated_by=row.updated_by if row is not None else None,
                version=(row.version or 1) if row is not None else 0,
            )
        )
    return rows


def set_rule(session: Session, key: str, value: Any, operator: str, *, source: str | None = None,
             version: int | None = None) -> RuleRow:
    """Store a new value for rule `key` (validated; `source` cites a provincial rule), with its audit row.

    Raises Rejected listing every reason the value is refused; nothing is written then. `version`: the one
    the editor loaded (RuleRow.version); someone else's change since is refused (code stale).
    """
    rule = BY_KEY.get(key)
    if rule is None:
        raise Rejected(
            [Problem("key", msg(QT_TRANSLATE_NOOP("station", "No rule is called {key}"), key=key), key)]
        )
    if rule.kind == "choice" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # an edition typed as 2000 on the command line parses as a number
    problems = problems_for(rule, value)
    if problems:
        raise Rejected(problems)
    if key in STATION_SETTING_KEYS:  # settings.put writes its own audit row
        settings.put(session, STATION_SETTING_KEYS[key], value, operator=operator)
    else:
        write_lock(session)
        row = session.get(RuleSetting, key, with_for_update=True, populate_existing=True)
        _reject_stale(row, version, rule.default, rule.source)
        old = json.loads(row.value) if row is not None else rule.default
        old_source = row.source if row is not None and row.source else rule.source
        now = dt.datetime.now()
        text = json.dumps(value, ensure_ascii=False)
        if row is None:
            row = RuleSetting(
                key=key,
                value=text,
                unit=rule.unit,
                source=source or rule.source,
                edition=rule.edition,
                updated_at=now,
                updated_by=operator,
            )
            session.add(row)
        else:
            row.value, row.updated_at, row.updated_by = text, now, operator
            bump(row)
            if source:
                row.source = source
        before: dict[str, Any] = {key: old}
        after: dict[str, Any] = {key: value}
        if row.source != old_source:  # the citation printed on plans changed: the audit must say so
            before["source"], after["source"] = old_source, row.source
        audit.record(
            session,
            operator=operator,
            action="update",
            entity="rule_setting",
            entity_id=None,
            before=before,
            after=after,
        )
        session.flush()
    return next(r for r in list_rules(session) if r.key == key)


def _reject_stale(row: RuleSetting | None, version: int | None, default: Any, source: str) -> None:
    problems = version_problems(version, (row.version or 1) if row is not None else 0, lambda: {
        "value": json.loads(row.value) if row is not None else default,
        "source": (row.source or source) if row is not None else source,
        "updated_by": row.updated_by if row is not None else None,
        "updated_at": row.updated_at if row is not None else None})
    if problems:
        raise Rejected(problems)


def parse_value(text: str) -> Any:
    """A value typed on the command line: JSON when it parses (6, null, {"I": 3}), else the plain text (2000)."""
    try:
        # NaN/Infinity are not numbers a rule can hold, and a 5,000-digit integer is past Python's
        # conversion limit: both stay text, which the rule's own check then refuses with its reason.
        return json.loads(text, parse_constant=_no_constant)
    except ValueError:  # JSONDecodeError, or the int digit limit
        return text


def _no_constant(name: str) -> Any:
    raise ValueError(name)
