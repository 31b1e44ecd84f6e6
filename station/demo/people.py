"""The readable side of the demo customers: 户号, 户名, 用电地址, phone and 行业 for each planned account."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from station.demo import names as N
from station.demo.plan import AGRICULTURE, COMMERCIAL, LARGE_INDUSTRY, RESIDENTIAL, DemoPlan

ACCOUNT_DIGITS = 10  #: 户号 of a county marketing system: 10 digits


@dataclass(frozen=True, slots=True)
class CustomerTexts:
    account_no: list[str]
    name: list[str]
    address: list[str]
    phone: list[str]
    industry: list[str]


def _surname_weights() -> np.ndarray:
    # Zipf-like: the first surnames are much commoner than the last (王 ≈ 7 %, 李 ≈ 7 % …).
    w = 1.0 / (np.arange(len(N.SURNAMES)) + 3.0)
    return w / w.sum()


def person_names(rng: np.random.Generator, n: int) -> list[str]:
    """n Chinese personal names: a surname and one or two given characters."""
    s = rng.choice(len(N.SURNAMES), n, p=_surname_weights())
    g1 = rng.integers(0, len(N.GIVEN_CHARS), n)
    g2 = rng.integers(0, len(N.GIVEN_CHARS), n)
    two = rng.random(n) < 0.7
    sur, giv = N.SURNAMES, N.GIVEN_CHARS
    return [sur[s[i]] + giv[g1[i]] + (giv[g2[i]] if two[i] else "") for i in range(n)]


def mobile_phones(rng: np.random.Generator, n: int) -> list[str]:
    """11-digit mainland mobile numbers (13x, 15x, 17x, 18x, 19x)."""
    second = np.array(list("35789"))[rng.integers(0, 5, n)]
    third = rng.integers(0, 10, n)
    rest = rng.integers(0, 100_000_000, n)
    return [f"1{second[i]}{third[i]}{rest[i]:08d}" for i in range(n)]


def account_numbers(rng: np.random.Generator, n: int, station_code: str) -> list[str]:
    """Unique 10-digit 户号, increasing with the opening date, prefixed by the county's two digits."""
    body_digits = ACCOUNT_DIGITS - 2
    picks = np.sort(rng.choice(10**body_digits, n, replace=False))
    prefix = station_code[:2]
    return [f"{prefix}{v:0{body_digits}d}" for v in picks]


def customer_texts(plan: DemoPlan) -> CustomerTexts:
    """Names, addresses and phones for the planned customers; a stream of its own so the plan's
    numeric draws do not move when a word list changes."""
    rng = np.random.default_rng([plan.seed, 7])
    c = plan.customers
    n = len(c)
    persons = person_names(rng, n)
    phones = mobile_phones(rng, n)
    accounts = account_numbers(rng, n, plan.station_code)
    county = plan.county
    towns = np.where(c.area >= 0, plan.areas.town[np.maximum(c.area, 0)], 0)
    places = plan.areas.place
    # The draws of every row, in this order (a new one goes last, so the others do not move).
    r = {
        "num": rng.integers(1, 300, n), "grp": rng.integers(1, 12, n), "estate": rng.integers(0, len(N.ESTATES), n),
        "bld": rng.integers(1, 30, n), "unit": rng.integers(1, 4, n),
        "room": rng.integers(1, 19, n) * 100 + rng.integers(1, 5, n), "in_estate": rng.random(n) < 0.55,
        "word": rng.integers(0, len(N.SHOP_WORDS), n), "trade": rng.integers(0, len(N.SHOP_TRADES), n),
        "factory": rng.integers(0, len(N.FACTORY_TRADES), n), "street": rng.integers(0, len(N.STREETS), n),
        "pump": rng.random(n) < 0.5,
    }  # fmt: skip
    names: list[str] = []
    addresses: list[str] = []
    industries: list[str] = []
    for i in range(n):
        row = _Row(int(c.category[i]), N.TOWNS[int(towns[i])], int(towns[i]), int(c.area[i]), county, r, i)
        place = places[row.area] if row.area >= 0 else ""
        addresses.append(_address(row, place))
        name, industry = _name_and_industry(row, place, persons[i])
        names.append(name)
        industries.append(industry)
    return CustomerTexts(account_no=accounts, name=names, address=addresses, phone=phones, industry=industries)


@dataclass(frozen=True, slots=True)
class _Row:
    """What a customer's name and address are made of: its category, town, 台区 and its row's draws."""

    category: int
    town: str
    town_index: int
    area: int
    county: str
    r: dict[str, np.ndarray]  #: every row's draws
    i: int  #: this row

    def draw(self, name: str) -> Any:
        return self.r[name][self.i]


def _address(row: _Row, place: str) -> str:
    """A street number in the seat town, a flat or a number in a 城关 台区, or a group and number in a village."""
    county, town = row.county, row.town
    if row.area < 0:
        return f"{county}{town}{N.STREETS[row.draw('street')]}{row.draw('num')}号"
    if row.town_index == 0:
        if row.category == RESIDENTIAL and row.draw("in_estate"):
            return f"{county}{town}{place}{N.ESTATES[row.draw('estate')]}{row.draw('bld')}栋{row.draw('unit')}单元{row.draw('room')}室"
        return f"{county}{town}{place}{row.draw('num')}号"
    return f"{county}{town}{place}{row.draw('grp')}组{row.draw('num')}号"


def _name_and_industry(row: _Row, place: str, person: str) -> tuple[str, str]:
    """The account's name and 行业分类 by its category: a person, a shop, a pumping station or farmer, a plant."""
    if row.category == RESIDENTIAL:
        return person, "城乡居民生活"
    if row.category == COMMERCIAL:
        trade, industry = N.SHOP_TRADES[row.draw("trade")]
        return f"{row.town[:2]}{N.SHOP_WORDS[row.draw('word')]}{trade}", industry
    if row.category == AGRICULTURE:
        if row.area >= 0 and row.town_index != 0 and row.draw("pump"):
            return f"{place}{row.draw('grp')}组排灌站", "农、林、牧、渔业"
        return f"{person}（农灌）", "农、林、牧、渔业"
    assert row.category == LARGE_INDUSTRY
    trade = N.FACTORY_TRADES[row.draw("factory")]
    industry = "电力、热力、燃气及水生产和供应业" if trade in ("自来水公司", "污水处理厂") else "制造业"
    return f"{row.county[:-1]}{N.SHOP_WORDS[row.draw('word')]}{trade}", industry
