"""Rows of an import held by column where they can be: a county's first customer file is 200,000 new rows that
each passed as part of a block, and a dict per row (built, sorted, turned back into driver tuples) was a third
of its import's time (issue 13). A block keeps its columns from the check to the INSERT; a step that must look
at each row (an update, a refused value) takes the block's rows one by one instead."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice, repeat
from typing import Any, overload

Row = tuple[int, dict[str, Any], tuple[Any, ...]]  # (line, fields, the file's cells)


def dicts(columns: dict[str, list[Any]]) -> Iterator[dict[str, Any]]:
    """The rows of `columns` (field → values) as dicts, fields in the columns' order."""
    return map(dict, map(zip, repeat(list(columns)), zip(*columns.values(), strict=True)))


def column(rows: Sequence[Any], key: str) -> list[Any]:
    """Every row's `key`: an Inserts' by its columns, a list's row by row."""
    return rows.column(key) if isinstance(rows, Inserts) else [row[key] for row in rows]


@dataclass(slots=True)
class Block:
    """Rows a check accepted as a whole: their lines, their fields by column and their cells."""

    lines: list[int]
    columns: dict[str, list[Any]]
    cells: list[tuple[Any, ...]]

    def __len__(self) -> int:
        return len(self.lines)

    def rows(self) -> list[Row]:
        return list(zip(self.lines, dicts(self.columns), self.cells, strict=True))


class Inserts(Sequence[dict[str, Any]]):
    """The new records of a preview in file order: single rows (dicts) and blocks of columns.

    Reads as a list of dicts (a block's rows are made when read); the bulk writer takes `column()` instead.
    Every row carries the same fields (bulk.insert_many's rule)."""

    __slots__ = ("_parts", "_len")

    def __init__(self, rows: Iterable[dict[str, Any]] = ()) -> None:
        self._parts: list[list[dict[str, Any]] | dict[str, list[Any]]] = []
        self._len = 0
        for row in rows:
            self.append(row)

    def append(self, row: dict[str, Any]) -> None:
        if not self._parts or not isinstance(self._parts[-1], list):
            self._parts.append([])
        self._parts[-1].append(row)  # type: ignore[union-attr]
        self._len += 1

    def add_columns(self, columns: dict[str, list[Any]]) -> None:
        """A block of rows by column (field → values, every column as long)."""
        size = len(next(iter(columns.values()), []))
        if size:
            self._parts.append(columns)
            self._len += size

    def column(self, key: str) -> list[Any]:
        """Every row's value of `key`, in order."""
        return list(chain.from_iterable(
            (row[key] for row in part) if isinstance(part, list) else part[key] for part in self._parts))

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for part in self._parts:
            yield from part if isinstance(part, list) else dicts(part)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._len)
            return list(islice(self, start, stop, step))
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        for part in self._parts:
            size = len(part) if isinstance(part, list) else len(next(iter(part.values())))
            if index < size:
                if isinstance(part, list):
                    return part[index]
                return {k: v[index] for k, v in part.items()}
            index -= size
        raise IndexError(index)  # pragma: no cover - the length says otherwise

    def __repr__(self) -> str:
        return f"Inserts({self._len} rows in {len(self._parts)} parts)"
