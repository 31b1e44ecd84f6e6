"""The 22-digit asset barcode: GS1 check digit, parsing, scanned ranges."""

from __future__ import annotations

import pytest

from station.domain import asset_no
from station.domain.problems import Rejected


def test_check_digit_matches_a_published_gs1_example() -> None:
    # EAN-13 4006381333931: weights 3,1 from the right make the check digit 1; leading zeros change nothing.
    assert asset_no.check_digit("000000000400638133393") == "1"


def test_check_digit_worked_by_hand() -> None:
    # 331000100000000012345 read from the right: weight-3 digits 5+3+1+1+1+3 = 14, weight-1 digits
    # 4+2+3 = 9; 3·14 + 9 = 51, so the check digit 9 makes 60.
    assert asset_no.check_digit("331000100000000012345") == "9"
    with pytest.raises(ValueError):
        asset_no.check_digit("33100010000000001234")  # 20 digits


def test_valid_and_invalid_numbers() -> None:
    good = asset_no.make("3310001", 12345)
    assert good == "3310001000000000123459"
    assert asset_no.is_valid(good)
    assert not asset_no.is_valid(good[:-1] + "0")  # wrong check digit
    assert not asset_no.is_valid(good[:-1])  # 21 digits
    assert not asset_no.is_valid("３" + good[1:])  # full-width digit is not a scan
    assert not asset_no.is_valid("A" + good[1:])


def test_parse_splits_the_fields() -> None:
    parts = asset_no.parse("3310001000000000123459")
    assert (parts.unit, parts.fixed, parts.type_code) == ("331", "00", "01")
    assert parts.serial == "00000000012345" and parts.check == "9"
    assert parts.prefix == "3310001"
    with pytest.raises(ValueError):
        asset_no.parse("3310001000000000123450")


def test_expand_range_recomputes_check_digits() -> None:
    first, last = asset_no.make("3310001", 98), asset_no.make("3310001", 102)
    numbers = asset_no.expand_range(first, last)
    assert len(numbers) == 5
    assert numbers[0] == first and numbers[-1] == last
    assert all(asset_no.is_valid(n) for n in numbers)
    assert [asset_no.parse(n).serial[-3:] for n in numbers] == ["098", "099", "100", "101", "102"]
    assert asset_no.expand_range(first, first) == [first]


def test_expand_range_refusals_say_why() -> None:
    a = asset_no.make("3310001", 1)
    with pytest.raises(Rejected) as exc:
        asset_no.expand_range(a, asset_no.make("3310002", 5))
    assert "differ" in str(exc.value)
    with pytest.raises(Rejected) as exc:
        asset_no.expand_range(asset_no.make("3310001", 5), a)
    assert "comes before" in str(exc.value)
    with pytest.raises(Rejected) as exc:
        asset_no.expand_range(a, asset_no.make("3310001", asset_no.MAX_RANGE + 1))
    assert "at most 10000" in str(exc.value)
    with pytest.raises(Rejected) as exc:
        asset_no.expand_range(a[:-1] + "0", a)
    assert exc.value.problems[0].field == "first"
    assert len(asset_no.expand_range(a, asset_no.make("3310001", asset_no.MAX_RANGE))) == asset_no.MAX_RANGE
