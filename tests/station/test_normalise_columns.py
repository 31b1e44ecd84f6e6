"""A clean column is kept as it is without the per-cell parser (station.imports.normalise.unchanged_column):
it may only say so when the parser would indeed give every cell back unchanged."""

from __future__ import annotations

import random

import pytest

from station.imports import normalise as n

#: What real exports hold in a cell, and what makes a parser change it: spaces of every kind, full-width
#: forms, formula starts, control characters, scientific notation.
ALPHABET = ["a", "1", "0", " ", "  ", "\t", "\n", "\r", "\u3000", "\xa0", "１", "Ａ", "（", "张", "\x00", "\x1f",
            "\u2003", "=", "-", ".", "e", "E", "'", "\x0b"]


@pytest.mark.parametrize("parse", [n.text, n.compact, n.digits], ids=lambda p: p.__name__)
def test_a_column_said_unchanged_is_what_the_parser_gives_back(parse) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(1)
    said = 0
    for _ in range(20_000):
        cells = ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 4))) for _ in range(rnd.randint(1, 4))]
        if not n.unchanged_column(parse, cells):
            continue
        said += 1
        for cell in cells:
            assert parse(cell) == cell, (parse.__name__, cells, cell)
    assert said > 100  # the fast path is taken, not only refused


def test_the_usual_export_columns_take_the_fast_path() -> None:
    assert n.unchanged_column(n.digits, ["3300000001", "3300000002", ""])
    assert n.unchanged_column(n.text, ["客户1", "城关镇东街 1 号"])
    assert not n.unchanged_column(n.digits, ["３３００", "3300"])  # full-width digits are parsed
    assert not n.unchanged_column(n.text, [" 客户1"])  # a cell to trim
