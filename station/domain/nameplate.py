"""An asset's own fields after receipt (铭牌: maker, model, class, rated values, constant, ratio, phases, made on):
which may be edited, how a typed value reads, and what an edit may not do.

Pure decisions; station.asset_edit applies them under the write lock. The barcode and the kind are the asset's
identity and stay; its status, place and verification change only through the lifecycle steps. A CT's or PT's
ratio must agree with the others of its kind on the point (station.domain.lifecycle.ratio_problems), and a new
ratio on an installed one changes the point's multiplier — which billing multiplies every reading by — so that
is saved only when the editor confirmed it (code confirm_multiplier).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from station.domain.codes import AssetKind, AssetStatus
from station.domain.metering import multiplier
from station.domain.problems import Problem
from station.domain.validation import validate_asset_fields
from station.i18n import QT_TRANSLATE_NOOP, msg

#: The fields an edit may change, in the order a form shows them.
EDITABLE: tuple[str, ...] = (
    "factory_no", "model", "maker", "accuracy_class", "rated_voltage", "rated_current", "constant", "ratio",
    "phases", "made_on",
)
_INTEGERS = frozenset({"constant", "phases"})

#: Problem codes: a field no edit changes; a scrapped asset; a multiplier change not confirmed.
NOT_EDITABLE = "not_editable"
FROZEN = "frozen"
CONFIRM_MULTIPLIER = "confirm_multiplier"


def nameplate(asset: Any) -> dict[str, Any]:
    """The editable fields of a stored asset (an ORM row or an AssetRow)."""
    return {k: getattr(asset, k) for k in EDITABLE}


def parse_value(name: str, text: str) -> tuple[Any, list[Problem]]:
    """A value as typed on the command line or in a form: numbers for constant and phases, ISO dates for made_on,
    text trimmed otherwise; blank is "not recorded" (None) for constant and made_on."""
    text = (text or "").strip()
    if name not in EDITABLE:
        return None, [not_editable(name)]
    if name in _INTEGERS or name == "made_on":
        if not text:
            return None, []
        try:
            return (int(text) if name in _INTEGERS else dt.date.fromisoformat(text)), []
        except ValueError:
            return None, [Problem(name, msg(QT_TRANSLATE_NOOP(
                "station", "{value} is not a whole number") if name in _INTEGERS else QT_TRANSLATE_NOOP(
                "station", "{value} is not a date like 2024-05-01"), value=text), text)]
    return text, []


def not_editable(name: str) -> Problem:
    return Problem(name, msg(QT_TRANSLATE_NOOP(
        "station", "{field} is not edited here (the barcode and the kind stay; status, place and verification "
                   "change through the lifecycle steps)"), field=name), name, NOT_EDITABLE)


def changed(before: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes that change something (a field not editable is kept, so that it is refused)."""
    return {k: v for k, v in changes.items() if k not in EDITABLE or before.get(k) != v}


def edit_problems(asset: Any, changes: Mapping[str, Any]) -> list[Problem]:
    """Every reason `changes` may not be written over `asset` (an ORM row or an AssetRow): fields no edit
    changes, a scrapped asset, and the receipt's own field checks of the fields changed."""
    problems = [not_editable(k) for k in changes if k not in EDITABLE]
    if asset.status == AssetStatus.SCRAPPED:
        problems.append(Problem("status", msg(QT_TRANSLATE_NOOP(
            "station", "The asset is scrapped: its record is kept as it was")), asset.status, FROZEN))
    values = {**nameplate(asset), **{k: v for k, v in changes.items() if k in EDITABLE}, "asset_no": asset.asset_no,
              "kind": asset.kind, "verified_on": asset.verified_on}
    # Only what the edit touches: an old record's other fields may not pass today's checks, and that is the
    # record audit's to show, not a reason to refuse this correction.
    touched = set(changes) | ({"verified_on"} if "made_on" in changes else set())
    problems += [p for p in validate_asset_fields(values) if p.field in touched]
    made = changes.get("made_on")
    if isinstance(made, dt.date) and asset.received_on is not None and made > asset.received_on:
        problems.append(Problem("made_on", msg(QT_TRANSLATE_NOOP(
            "station", "Made on {made}, after it was received on {received}"), made=made,
            received=asset.received_on), made))
    return problems


def point_multiplier(kind: str, ratio: str | None, other_ratio: str | None) -> Decimal:
    """The multiplier of a point whose `kind` (ct or pt) has `ratio` and whose other transformer `other_ratio`."""
    return multiplier(ratio, other_ratio) if kind == AssetKind.CT else multiplier(other_ratio, ratio)


def multiplier_problems(point: str, before: Decimal, after: Decimal, confirmed: bool | Decimal) -> list[Problem]:
    """A new multiplier is saved only when confirmed: billing multiplies every reading of the point by it.

    `confirmed` may name the multiplier the editor saw (a form's preview): a point changed since (a PT installed)
    gives another one, and the editor is asked again instead of confirming a change they never saw."""
    if before == after or confirmed is True or (isinstance(confirmed, Decimal) and confirmed == after):
        return []
    return [Problem("multiplier", msg(QT_TRANSLATE_NOOP(
        "station", "The multiplier of {point} changes from {before} to {after}, and billing uses it: "
                   "confirm the change to save it"), point=point, before=before, after=after),
        {"before": before, "after": after}, CONFIRM_MULTIPLIER)]
