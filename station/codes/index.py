"""Looking values up in the code tables: one spelling key, one index, the 用电类别 and 电压等级 the rules
store, and the 门类 a 行业分类 value belongs to. Pure: built from the seed, or from the database's rows.

The import, the customer form's checks and the CLI all place a value through this module, so they accept
the same forms (交流10kV, AC00101, 一般工商业(及其他)用电, 交通运输业 …).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from station.codes.seed import INDUSTRY, TARIFF_CATEGORY, VOLTAGE_LEVEL, seed_aliases, seed_values

# Separators exports mix up in compound names (农、林、牧、渔业 / 农,林,牧,渔业 / 农，林 …).
_SEPARATORS = re.compile(r"[,，;；/·・]")
_DROPPED = re.compile(r"[\s()（）\[\]【】<>《》\"'“”‘’]")


def spelling_key(text: object) -> str:
    """The form two spellings of one name share: full-width folded (NFKC), no spaces or brackets, one kind
    of separator (、), lower case, and no trailing 业 (批发和零售 = 批发和零售业). Empty for blank text."""
    s = unicodedata.normalize("NFKC", str(text or ""))
    s = _DROPPED.sub("", s)
    s = _SEPARATORS.sub("、", s).casefold()
    s = s.replace("千伏", "kv").replace("伏", "v")
    if len(s) > 2 and s.endswith("业"):
        s = s[:-1]
    return s


def _voltage_key(text: object) -> str:
    key = spelling_key(text)
    return key[2:] if key.startswith("交流") else key


@dataclass(frozen=True, slots=True)
class CodeEntry:
    """One value of a table as the index knows it."""

    table: str
    code: str
    name: str
    parent: str | None
    level: int
    retired: bool = False


@dataclass(frozen=True, slots=True)
class Group:
    """The top of a value's hierarchy: a 门类 (A–T) or a 用电分类 group (城乡居民生活用电)."""

    code: str
    name: str


class CodeIndex:
    """Every value and alias of the code tables by spelling key, per table."""

    def __init__(self, values: Iterable[CodeEntry], aliases: Iterable[tuple[str, str, str]]) -> None:
        self._entries: dict[tuple[str, str], CodeEntry] = {}  # (table, code) → entry
        self._keys: dict[str, dict[str, CodeEntry]] = {}  # table → key → entry
        for entry in values:
            self._entries[entry.table, entry.code] = entry
        # Names before codes and aliases: a name that is also another value's code (房地产业 is K and 70)
        # resolves to the deepest value of that name, which groups to the same 门类 either way.
        for entry in sorted(self._entries.values(), key=lambda e: e.level):
            keys = self._keys.setdefault(entry.table, {})
            keys[self._key(entry.table, entry.name)] = entry
        for entry in self._entries.values():
            self._keys[entry.table].setdefault(self._key(entry.table, entry.code), entry)
        for table, alias, code in aliases:
            target = self._entries.get((table, code))
            if target is not None:
                self._keys.setdefault(table, {}).setdefault(self._key(table, alias), target)

    @staticmethod
    def _key(table: str, text: object) -> str:
        return _voltage_key(text) if table == VOLTAGE_LEVEL else spelling_key(text)

    def lookup(self, table: str, text: object) -> CodeEntry | None:
        """The value `text` names in `table` (by name, code or alias, in any common spelling), or None."""
        key = self._key(table, text)
        return self._keys.get(table, {}).get(key) if key else None

    def entry(self, table: str, code: str) -> CodeEntry | None:
        return self._entries.get((table, code))

    def entries(self, table: str) -> list[CodeEntry]:
        return [e for (t, _c), e in self._entries.items() if t == table]

    def group(self, table: str, text: object) -> Group | None:
        """The top-level value above `text` (itself when it is one); None when it is in no table."""
        entry = self.lookup(table, text)
        seen: set[str] = set()
        while entry is not None and entry.parent and entry.code not in seen:
            seen.add(entry.code)
            parent = self._entries.get((table, entry.parent))
            if parent is None:
                break
            entry = parent
        return None if entry is None else Group(entry.code, entry.name)

    def tariff_category(self, text: object) -> str | None:
        """The 用电类别 the rules store for `text` (居民生活 for 城乡居民生活用电 …), None if none."""
        entry = self.lookup(TARIFF_CATEGORY, text)
        return entry.code if entry is not None else None

    def voltage_level(self, text: object) -> str | None:
        """The 电压等级 the ledger stores for `text` (10kV for 交流10kV and AC00101 …), None if none."""
        entry = self.lookup(VOLTAGE_LEVEL, text)
        return entry.code if entry is not None else None


@lru_cache(maxsize=1)
def builtin_index() -> CodeIndex:
    """The index of the seed alone: what every station knows without asking its database."""
    return CodeIndex(
        (CodeEntry(v.table, v.code, v.name, v.parent, v.level) for v in seed_values()),
        ((a.table, a.alias, a.code) for a in seed_aliases()),
    )


def tariff_category(text: object, index: CodeIndex | None = None) -> str | None:
    return (index or builtin_index()).tariff_category(text)


def voltage_level(text: object, index: CodeIndex | None = None) -> str | None:
    return (index or builtin_index()).voltage_level(text)


def industry_group(value: object, index: CodeIndex | None = None) -> Group | None:
    """The 门类 (or 用电分类 group) of a stored 行业分类 value, for reports, peer groups and rules that
    need the top level: 非金属矿物制品业 → C 制造业, 交通运输业 → G, 乡村居民 → 城乡居民生活用电.
    `index` from station.codes.store.load_index also knows the station's own values; None for a value
    in no table (or one the station added without a parent)."""
    return (index or builtin_index()).group(INDUSTRY, value)
