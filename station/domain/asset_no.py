"""The 22-digit asset barcode (资产编号, Q/GDW 1205): parse it, check it, expand a scanned range."""

from __future__ import annotations

from dataclasses import dataclass

from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

LENGTH = 22
#: 3-digit unit + "00" + 2-digit type: what every barcode of one batch shares.
PREFIX_LENGTH = 7
SERIAL_LENGTH = 14
#: A receiving clerk scans the first and last barcode of a batch; more than this is a mistyped scan,
#: not a delivery (a pallet of single-phase meters is a few hundred).
MAX_RANGE = 10_000


@dataclass(frozen=True, slots=True)
class AssetNo:
    unit: str  # 3-digit code of the owning unit (provincial company)
    fixed: str  # "00" in Q/GDW 1205; not enforced, see is_valid
    type_code: str  # 2-digit device type
    serial: str  # 14 digits
    check: str  # 1 digit

    @property
    def prefix(self) -> str:
        return self.unit + self.fixed + self.type_code


def check_digit(first21: str) -> str:
    """The check digit of the first 21 digits.

    The province's algorithm is assumed to be GS1's mod-10 (the EAN/UPC rule that barcode scanners and
    the Q/GDW 1205 label printers implement): weights 3, 1, 3 … from the rightmost digit, and the check
    digit brings the weighted sum up to a multiple of ten.
    """
    if len(first21) != LENGTH - 1 or not first21.isascii() or not first21.isdigit():
        raise ValueError(f"need {LENGTH - 1} digits, got {first21!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(first21)))
    return str((10 - total % 10) % 10)


def is_valid(asset_no: str) -> bool:
    """22 ASCII digits whose last digit is the check digit of the others.

    The "00" in positions 4–5 is not enforced: older labels of some provinces carry a version digit
    there, and the check digit is what catches a mistyped or misread scan.
    """
    return (
        len(asset_no) == LENGTH
        and asset_no.isascii()
        and asset_no.isdigit()
        and check_digit(asset_no[:-1]) == asset_no[-1]
    )


def parse(asset_no: str) -> AssetNo:
    """Split a valid barcode into its parts; ValueError when it is not valid."""
    if not is_valid(asset_no):
        raise ValueError(f"not a valid {LENGTH}-digit asset number: {asset_no!r}")
    return AssetNo(asset_no[:3], asset_no[3:5], asset_no[5:7], asset_no[7:21], asset_no[21])


def make(prefix: str, serial: int) -> str:
    """The full barcode for a 7-digit prefix and a serial number, check digit included."""
    first21 = f"{prefix}{serial:0{SERIAL_LENGTH}d}"
    return first21 + check_digit(first21)


def expand_range(first: str, last: str) -> list[str]:
    """Every barcode from `first` to `last` (serials inclusive, same prefix), check digits recomputed.

    Raises Rejected when either end is not a valid barcode, the prefixes differ, the range runs
    backwards or holds more than MAX_RANGE barcodes.
    """
    problems = [
        Problem(field, msg(QT_TRANSLATE_NOOP("station", "{value} is not a valid 22-digit asset number"), value=v), v)
        for field, v in (("first", first), ("last", last))
        if not is_valid(v)
    ]
    if problems:
        raise Rejected(problems)
    a, b = parse(first), parse(last)
    if a.prefix != b.prefix:
        raise Rejected([Problem("last", msg(QT_TRANSLATE_NOOP(
            "station", "The range must stay within one unit and type: {first} and {last} differ before the serial"),
            first=a.prefix, last=b.prefix), last)])
    lo, hi = int(a.serial), int(b.serial)
    if hi < lo:
        raise Rejected([Problem("last", msg(QT_TRANSLATE_NOOP(
            "station", "The last asset number {last} comes before the first {first}"), first=first, last=last), last)])
    if hi - lo + 1 > MAX_RANGE:
        raise Rejected([Problem("last", msg(QT_TRANSLATE_NOOP(
            "station", "The range holds {count} asset numbers; at most {limit} can be received at once"),
            count=hi - lo + 1, limit=MAX_RANGE), last)])
    return [make(a.prefix, s) for s in range(lo, hi + 1)]
