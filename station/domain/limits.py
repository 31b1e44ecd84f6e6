"""The largest values the program takes from a file or a form: beyond them a value is a typing or export error.

Each limit is far above any real station (documented in README's "Limits"), and below what the database
columns hold, so no value overflows a column (PostgreSQL's "numeric field overflow") or becomes infinity.
"""

from __future__ import annotations

from decimal import Decimal

#: Any quantity read from a file: 10^15 (Excel's exact-digit limit), so no float turns into infinity.
MAX_ANY = Decimal("1e15")
#: One month of one customer or one 台区: 10^10 kWh (a 1,000 MW load running the whole month is 7.2×10^8).
MAX_KWH_MONTH = Decimal("1e10")
#: A contract or running capacity: 10^7 kVA (10 GVA); the column holds 12 digits with 2 decimals.
MAX_CAPACITY_KVA = Decimal("1e7")
#: A register reading: the column holds 14 digits with 2 decimals.
MAX_REGISTER_READING = Decimal("1e12")
#: A whole number (常数 imp/kWh, 相线): below 2^31, what an INTEGER column holds on PostgreSQL.
MAX_INTEGER = 2**31
#: A CT or PT ratio: below 10^5 (a 1000 kV PT is 10,000, a 50000/1 CT 50,000), so the multiplier, CT × PT,
#: stays below 10^10 and fits its column (12 digits with 2 decimals).
MAX_RATIO = Decimal("1e5")
