"""Code tables (行业分类, 用电类别, 电压等级): the seed, the look-ups every face shares, and (in
station.codes.store) the station's own table in the database. This package root stays free of SQLAlchemy
so that field checks can import it cheaply."""

from station.codes.index import (
    CodeEntry,
    CodeIndex,
    Group,
    builtin_index,
    industry_group,
    spelling_key,
    tariff_category,
    voltage_level,
)
from station.codes.seed import FINDING_CATEGORY, INDUSTRY, TABLES, TARIFF_CATEGORY, VOLTAGE_LEVEL

__all__ = [
    "FINDING_CATEGORY",
    "INDUSTRY",
    "TABLES",
    "TARIFF_CATEGORY",
    "VOLTAGE_LEVEL",
    "CodeEntry",
    "CodeIndex",
    "Group",
    "builtin_index",
    "industry_group",
    "spelling_key",
    "tariff_category",
    "voltage_level",
]
