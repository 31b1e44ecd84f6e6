"""台区 (transformer areas): list, find, create and edit; every change audit-logged."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import TransformerArea
from station import audit
from station.domain.problems import Problem, Rejected
from station.domain.rows import AreaRow
from station.i18n import QT_TRANSLATE_NOOP, msg

AREA_TYPES: tuple[str, ...] = ("public", "dedicated", "rural")  # 公变 / 专变 / 农网
_FIELDS = ("code", "name", "feeder", "transformer_kva", "gateway_meter", "area_type")


def to_row(a: TransformerArea) -> AreaRow:
    return AreaRow(a.id, a.code, a.name, a.feeder, a.transformer_kva, a.gateway_meter, a.area_type)


def list_areas(session: Session) -> list[AreaRow]:
    """Every 台区, by code (a station has tens to a few hundred)."""
    return [to_row(a) for a in session.scalars(select(TransformerArea).order_by(TransformerArea.code))]


def find_area(session: Session, code: str) -> AreaRow | None:
    a = session.scalars(select(TransformerArea).where(TransformerArea.code == code.strip())).first()
    return None if a is None else to_row(a)


def area_field_problems(values: dict[str, Any]) -> list[Problem]:
    """The checks of a 台区's fields that need no database (the form runs them as the clerk types)."""
    problems: list[Problem] = []
    for f, limit, required in (("code", 32, True), ("name", 100, True), ("feeder", 100, False),
                               ("gateway_meter", 32, False)):
        v = (values.get(f) or "").strip()
        if not v and required:
            problems.append(Problem(f, msg(QT_TRANSLATE_NOOP("station", "This field is required")), v, "required"))
        elif len(v) > limit:
            problems.append(Problem(f, msg(QT_TRANSLATE_NOOP(
                "station", "At most {limit} characters are allowed"), limit=limit), v))
    kva = values.get("transformer_kva")
    if kva is not None and (not isinstance(kva, Decimal | int) or kva < 0):
        problems.append(Problem("transformer_kva", msg(QT_TRANSLATE_NOOP(
            "station", "A capacity cannot be negative")), kva))
    elif kva is not None and kva >= Decimal("1e9"):  # Numeric(10, 1)
        problems.append(Problem("transformer_kva", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is too large"), value=kva), kva))
    return problems


def validate_area(session: Session, values: dict[str, Any], existing_id: int | None = None) -> list[Problem]:
    problems = area_field_problems(values)
    if values.get("area_type") not in AREA_TYPES:
        problems.append(Problem("area_type", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not one of: {allowed}"), value=values.get("area_type"),
            allowed=", ".join(AREA_TYPES)), values.get("area_type")))
    code = (values.get("code") or "").strip()
    if code:
        other = session.scalar(select(TransformerArea.id).where(TransformerArea.code == code))
        if other is not None and other != existing_id:
            problems.append(Problem("code", msg(QT_TRANSLATE_NOOP(
                "station", "Area code {value} is already used"), value=code), code))
    return problems


def create_area(
    session: Session,
    *,
    code: str,
    name: str,
    operator: str,
    feeder: str | None = None,
    transformer_kva: Decimal | None = None,
    gateway_meter: str | None = None,
    area_type: str = "public",
) -> int:
    """Add a 台区; Rejected with every problem when a field is wrong or the code is taken."""
    values = {"code": code.strip(), "name": name.strip(), "feeder": feeder, "transformer_kva": transformer_kva,
              "gateway_meter": gateway_meter, "area_type": area_type}
    problems = validate_area(session, values)
    if problems:
        raise Rejected(problems)
    area = TransformerArea(**values)
    session.add(area)
    session.flush()
    audit.record(session, operator=operator, action="create", entity="transformer_area", entity_id=area.id,
                 after=values)
    return area.id


def update_area(session: Session, area_id: int, *, operator: str, **changes: Any) -> None:
    """Change some fields of a 台区 (code, name, feeder, transformer_kva, gateway_meter, area_type)."""
    area = session.get(TransformerArea, area_id, with_for_update=True)
    if area is None:
        raise Rejected([Problem("id", msg(QT_TRANSLATE_NOOP("station", "No such area")), area_id)])
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"not area fields: {sorted(unknown)}")
    before = {f: getattr(area, f) for f in _FIELDS}
    after = {**before, **changes}
    problems = validate_area(session, after, existing_id=area_id)
    if problems:
        raise Rejected(problems)
    old, new = audit.changes(before, after)
    if not new:
        return
    for f, v in new.items():
        setattr(area, f, v)
    audit.record(session, operator=operator, action="update", entity="transformer_area", entity_id=area_id,
                 before=old, after=new)
