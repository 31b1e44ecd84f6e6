"""Code tables of the customer ledger: the values a field may take, as a marketing system exports them.

Codes are stored as the Chinese terms themselves (居民生活, 10kV …): that is what every export, form and
printed ledger shows, and what the glossary in DOMAIN.md names.
"""

from __future__ import annotations

from enum import StrEnum

# 用电类别. Since 2023 the tariff groups are 居民生活 / 工商业 / 农业生产; the older split of 工商业 into
# 一般工商业 and 大工业 is kept because two-part tariffs and older exports still use it.
TARIFF_CATEGORIES: tuple[str, ...] = ("居民生活", "一般工商业", "大工业", "农业生产", "工商业")

# 电压等级, lowest first.
VOLTAGE_LEVELS: tuple[str, ...] = ("220V", "380V", "10kV", "20kV", "35kV", "110kV", "220kV")

# Nominal line voltage in volts for each 电压等级 (220V is single-phase phase voltage).
VOLTAGE_VOLTS: dict[str, int] = {
    "220V": 220,
    "380V": 380,
    "10kV": 10_000,
    "20kV": 20_000,
    "35kV": 35_000,
    "110kV": 110_000,
    "220kV": 220_000,
}

# 行业分类 of the 1.0 program (a short list after GB/T 4754 sections). The 行业分类 a station accepts are now its
# code table (station.codes: GB/T 4754-2017, 用电分类, older editions, the station's own values); every value
# here is one of them, so ledgers written by 1.0 stay valid (tests/station/test_code_tables.py).
INDUSTRIES: tuple[str, ...] = (
    "城乡居民生活",
    "农、林、牧、渔业",
    "采矿业",
    "制造业",
    "电力、热力、燃气及水生产和供应业",
    "建筑业",
    "批发和零售业",
    "交通运输、仓储和邮政业",
    "住宿和餐饮业",
    "信息传输、软件和信息技术服务业",
    "金融业",
    "房地产业",
    "租赁和商务服务业",
    "公共服务及管理组织",
    "其他",
)

METERING_METHODS: tuple[str, ...] = ("高供高计", "高供低计", "低供低计")


class CustomerStatus(StrEnum):
    ACTIVE = "active"  # 正常
    SUSPENDED = "suspended"  # 暂停
    CLOSED = "closed"  # 销户


class AssetKind(StrEnum):
    METER = "meter"  # 电能表
    CT = "ct"  # 电流互感器
    PT = "pt"  # 电压互感器


class AssetStatus(StrEnum):
    """The lifecycle states of DOMAIN.md."""

    RECEIVED = "received"  # 新购待检
    IN_STOCK = "in_stock"  # 合格在库
    FAILED = "failed"  # 不合格
    ISSUED = "issued"  # 领出待装
    INSTALLED = "installed"  # 运行
    REMOVED = "removed"  # 拆回待检
    TO_SCRAP = "to_scrap"  # 待报废
    SCRAPPED = "scrapped"  # 已报废


class EventKind(StrEnum):
    """Kinds of asset events. The first group are lifecycle steps; the rest are tests on installed devices."""

    RECEIVED = "received"  # 到货入库
    VERIFIED = "verified"  # 检定 (result pass/fail, certificate_no)
    ISSUED = "issued"  # 领出
    INSTALLED = "installed"  # 安装 (metering point, opening reading)
    REMOVED = "removed"  # 拆除 (metering point, closing reading)
    RETURNED = "returned"  # 退库 (issued but not installed, back to stock)
    TO_SCRAP = "to_scrap"  # 报废申请
    SCRAPPED = "scrapped"  # 报废
    ONSITE_TEST = "onsite_test"  # 现场检验 (error_pct, result)
    PT_DROP_TEST = "pt_drop_test"  # PT二次压降测试
    CTPT_CHECK = "ctpt_check"  # 高压互感器现场检验


ACCURACY_CLASSES: dict[AssetKind, tuple[str, ...]] = {
    AssetKind.METER: ("0.2S", "0.5S", "1", "2"),
    AssetKind.CT: ("0.2S", "0.5S", "0.2", "0.5"),
    AssetKind.PT: ("0.2", "0.5"),
}
