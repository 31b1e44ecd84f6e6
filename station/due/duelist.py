"""A due list as columns: its order, statuses and kinds are arrays; a row's DueItem is built when it is asked for.

A county lists 200,000 items of which a screen shows thirty. Building every frozen DueItem up front cost more than
the query behind them (issue 13); here the page's table asks for the rows it paints, the counters and filters
read the columns, and an export that walks the whole list builds each item as it goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import numpy as np

from station.due.compute import Candidates
from station.due.items import STATUS_ORDER, DueItem, DueKind, DueStatus

_STATUSES = tuple(DueStatus)
#: The list sorts kinds by their code text (as it always did): ctpt, inspection, onsite, …
_KIND_RANK = {k: r for r, k in enumerate(sorted(DueKind, key=str))}


def _objects(values: Sequence[str] | np.ndarray) -> np.ndarray:
    if isinstance(values, np.ndarray):
        return values
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _target_bytes(targets: np.ndarray) -> np.ndarray:
    """Target numbers as UTF-8 bytes, whose byte order is the text's code-point order (as Python compares)."""
    try:
        return targets.astype("S")  # asset numbers are ASCII digits: numpy encodes them in bulk
    except UnicodeEncodeError:
        return np.array([t.encode() for t in targets.tolist()], dtype="S")


class _Built:
    """Row makers over items already built (DueList.of)."""

    def __init__(self, items: list[DueItem]) -> None:
        self.items = items

    def make(self, i: int, _status: DueStatus) -> DueItem:
        return self.items[i]

    def haystack(self, i: int) -> str:
        it = self.items[i]
        return f"{it.target_no}\n{it.account_no}\n{it.customer_name}".lower()


class DueList(Sequence[DueItem]):
    """The items of a due list, urgent and overdue first, then by due date, kind and target number."""

    def __init__(self, parts: Iterable[tuple[Candidates, np.ndarray, np.ndarray]]) -> None:
        """`parts`: each kind's candidates, the rows of it listed, and their status codes (index into DueStatus)."""
        parts = [p for p in parts if len(p[1])]
        self._parts = [c for c, _, _ in parts]
        if not parts:
            self._part = self._row = self.due_days = np.zeros(0, dtype="int64")
            self.status_codes = np.zeros(0, dtype=np.int8)
            self.target_keys = np.zeros(0, dtype="S1")
        else:
            part = np.concatenate([np.full(len(rows), k, dtype="int64") for k, (_, rows, _) in enumerate(parts)])
            row = np.concatenate([rows for _, rows, _ in parts])
            status = np.concatenate([codes for _, _, codes in parts]).astype(np.int8)
            due = np.concatenate([c.due[rows] for c, rows, _ in parts]).astype("int64")  # NaT: int64's minimum
            kind = np.array([_KIND_RANK[c.kind] for c, _, _ in parts], dtype=np.int8)[part]
            target = np.concatenate([_target_bytes(_objects(c.targets)[rows]) for c, rows, _ in parts])
            order = np.lexsort((target, kind, due, status))
            self._part, self._row, self.status_codes = part[order], row[order], status[order]
            self.due_days = due[order]  # days since 1970, NaT as int64's minimum: the list's sort keys
            self.target_keys = target[order]
        self._items: dict[int, DueItem] = {}
        self._haystacks: list[str] | None = None

    @classmethod
    def of(cls, items: Sequence[DueItem]) -> DueList:
        """A DueList of items already built (in the list's order, as due_items gives them)."""
        listed = list(items)
        kinds: dict[DueKind, list[int]] = {}
        for i, it in enumerate(listed):
            kinds.setdefault(it.kind, []).append(i)
        parts = []
        for kind, at in kinds.items():
            chosen = [listed[i] for i in at]
            due = np.array([it.due_on for it in chosen], dtype="datetime64[D]")
            codes = np.array([STATUS_ORDER[it.status] for it in chosen], dtype=np.int8)
            flags = np.zeros(len(chosen), dtype=bool)
            c = Candidates(kind, due, np.zeros(len(chosen), dtype="int64"), flags, _Built(chosen).make,
                           targets=[it.target_no for it in chosen], haystack=_Built(chosen).haystack)
            parts.append((c, np.arange(len(chosen)), codes))
        return cls(parts)

    def __len__(self) -> int:
        return len(self._row)

    @overload
    def __getitem__(self, i: int) -> DueItem: ...
    @overload
    def __getitem__(self, i: slice) -> list[DueItem]: ...

    def __getitem__(self, i: int | slice) -> DueItem | list[DueItem]:
        if isinstance(i, slice):
            return [self._item(k) for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._item(i)

    def _item(self, i: int) -> DueItem:
        got = self._items.get(i)
        if got is None:
            c = self._parts[int(self._part[i])]
            got = self._items[i] = c.make(int(self._row[i]), _STATUSES[self.status_codes[i]])
        return got

    def __iter__(self) -> Iterator[DueItem]:
        return (self._item(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (DueList, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"DueList({len(self)} items, {self.built()} built)"

    def built(self) -> int:
        """How many DueItems have been built so far (a screen's worth when a page only shows the list)."""
        return len(self._items)

    def kinds(self) -> np.ndarray:
        """Each row's kind code (str), in the list's order."""
        names = np.array([str(c.kind) for c in self._parts] or [""], dtype=object)
        return names[self._part]

    def count_by_status(self, where: np.ndarray | None = None) -> dict[DueStatus, int]:
        """Rows per status (of the rows where `where` holds), every status present."""
        codes = self.status_codes if where is None else self.status_codes[where]
        counts = np.bincount(codes, minlength=len(_STATUSES))
        return {s: int(counts[k]) for k, s in enumerate(_STATUSES)}

    def matches(self, kinds: Iterable[str] | None, statuses: Iterable[str] | None, text: str = "") -> np.ndarray:
        """Which rows pass a kind, status and search filter (None: any), without building an item."""
        keep = np.ones(len(self), dtype=bool)
        if kinds is not None:
            wanted = {str(k) for k in kinds}
            keep &= np.isin(self._part, [p for p, c in enumerate(self._parts) if str(c.kind) in wanted])
        if statuses is not None:
            keep &= np.isin(self.status_codes, [STATUS_ORDER[DueStatus(s)] for s in statuses])
        if text:
            hay = self.haystacks()
            keep &= np.fromiter((text in h for h in hay), dtype=bool, count=len(hay))
        return keep

    def haystacks(self) -> list[str]:
        """What a search looks in per row: target number, 户号 and name, lower-case (built on the first search)."""
        if self._haystacks is None:
            parts = self._parts
            pairs = zip(self._part.tolist(), self._row.tolist(), strict=True)
            self._haystacks = [parts[p].haystack(r) for p, r in pairs]
        return self._haystacks
