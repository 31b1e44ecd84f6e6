"""The readable side of the demo customers: 户号, 户名, 用电地址, phone and 行业 for each planned account."""

from __future__ import annotations

from dataclasses import dataclass

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
    r_num = rng.integers(1, 300, n)
    r_grp = rng.integers(1, 12, n)
    r_estate = rng.integers(0, len(N.ESTATES), n)
    r_bld = rng.integers(1, 30, n)
    r_unit = rng.integers(1, 4, n)
    r_room = rng.integers(1, 19, n) * 100 + rng.integers(1, 5, n)
    r_in_estate = rng.random(n) < 0.55
    r_word = rng.integers(0, len(N.SHOP_WORDS), n)
    r_trade = rng.integers(0, len(N.SHOP_TRADES), n)
    r_factory = rng.integers(0, len(N.FACTORY_TRADES), n)
    r_street = rng.integers(0, len(N.STREETS), n)
    r_pump = rng.random(n) < 0.5

    names: list[str] = []
    addresses: list[str] = []
    industries: list[str] = []
    for i in range(n):
        cat = int(c.category[i])
        town = N.TOWNS[int(towns[i])]
        a = int(c.area[i])
        place = places[a] if a >= 0 else ""
        if a < 0:
            street = N.STREETS[r_street[i]]
            address = f"{county}{town}{street}{r_num[i]}号"
        elif int(towns[i]) == 0:
            if cat == RESIDENTIAL and r_in_estate[i]:
                address = (
                    f"{county}{town}{place}{N.ESTATES[r_estate[i]]}{r_bld[i]}栋{r_unit[i]}单元{r_room[i]}室"
                )
            else:
                address = f"{county}{town}{place}{r_num[i]}号"
        else:
            address = f"{county}{town}{place}{r_grp[i]}组{r_num[i]}号"
        if cat == RESIDENTIAL:
            name, industry = persons[i], "城乡居民生活"
        elif cat == COMMERCIAL:
            trade, industry = N.SHOP_TRADES[r_trade[i]]
            name = f"{town[:2]}{N.SHOP_WORDS[r_word[i]]}{trade}"
        elif cat == AGRICULTURE:
            industry = "农、林、牧、渔业"
            if a >= 0 and int(towns[i]) != 0 and r_pump[i]:
                name = f"{place}{r_grp[i]}组排灌站"
            else:
                name = f"{persons[i]}（农灌）"
        else:
            assert cat == LARGE_INDUSTRY
            trade = N.FACTORY_TRADES[r_factory[i]]
            name = f"{county[:-1]}{N.SHOP_WORDS[r_word[i]]}{trade}"
            industry = "电力、热力、燃气及水生产和供应业" if trade in ("自来水公司", "污水处理厂") else "制造业"
        names.append(name)
        addresses.append(address)
        industries.append(industry)
    return CustomerTexts(account_no=accounts, name=names, address=addresses, phone=phones, industry=industries)
