"""The "已被他人修改" panel for a form with fields of its own (the customer form, the asset editor): the
refusal's field names shown as the form labels them, coded values in words, and what the form does not show
taken over from the version saved now (so Save again replaces only what the editor sees)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from station.domain.stale import STALE, StaleValues
from ui.dialogs.stale_view import show_stale, value_text
from ui.text import problems_of

Labels = Callable[[str], str]
#: field name → how its stored value reads (a code table's label), for the fields that hold codes.
Coded = Mapping[str, Callable[[Any], str]]


def stale_values(exc: BaseException) -> StaleValues | None:
    """The values saved now a stale refusal carries (None: the refusal was for another reason)."""
    return next((p.value for p in problems_of(exc) if p.code == STALE and isinstance(p.value, StaleValues)), None)


def _shown(values: Mapping[str, Any], labels: Labels, coded: Coded) -> dict[str, Any]:
    return {labels(k): coded[k](v) if k in coded and v is not None else v for k, v in values.items()}


def differing(saved: Mapping[str, Any], mine: Mapping[str, Any]) -> dict[str, Any]:
    """The saved fields worth a row: where the input differs, and what the form does not show. A form of a dozen
    fields would otherwise list every one of them, and its panel no longer fit a 1366×768 screen."""
    return {k: v for k, v in saved.items() if k not in mine or value_text(k, mine[k]) != value_text(k, v)}


def show_labelled(dialog: QWidget, problem_label: QLabel, exc: BaseException, mine: Mapping[str, Any],
                  labels: Labels, coded: Coded | None = None, hide: tuple[str, ...] = (),
                  rows: list[str] | None = None) -> int | None:
    """Show a refusal like ui.dialogs.stale_view.show_stale, the fields named by `labels`, only those that differ
    (or `rows`, when the caller decided); `hide`: fields the form reads but a clerk does not, such as an id.
    Returns the version saved now (None: not stale)."""
    coded = coded or {}

    def kept(values: Mapping[str, Any]) -> dict[str, Any]:
        wanted = differing(values, mine) if rows is None else {k: values[k] for k in rows if k in values}
        return {k: v for k, v in wanted.items() if k not in hide}

    problems = [dataclasses.replace(p, value=StaleValues(p.value.version, _shown(kept(p.value.values), labels, coded)))
                if p.code == STALE and isinstance(p.value, StaleValues) else p for p in problems_of(exc)]
    return show_stale(dialog, problem_label, problems, _shown(mine, labels, coded))
