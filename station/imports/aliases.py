"""The Chinese column headers a marketing-system export uses, mapped to our field names (the README prints this).

The first header of each field is the one our exports write, so an export re-imports unchanged. A header
matches after trimming, full-width → ASCII, case folding and, failing that, dropping a trailing unit in
brackets: "合同容量（kVA）" and "合同容量(千伏安)" both find 合同容量.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

#: 客户档案 columns: field → accepted headers (the first is the one exports write).
CUSTOMER_ALIASES: dict[str, tuple[str, ...]] = {
    "account_no": ("户号", "用户编号", "客户编号"),
    "name": ("户名", "用户名称", "客户名称"),
    "address": ("用电地址", "地址"),
    "tariff_category": ("用电类别",),
    "voltage_level": ("电压等级", "供电电压"),
    "contract_capacity_kva": ("合同容量", "合同容量(kVA)"),
    "running_capacity_kva": ("运行容量", "运行容量(kVA)"),
    "area_code": ("台区编号",),
    "area_name": ("台区名称",),
    "industry": ("行业分类",),
    "phone": ("联系电话", "手机", "电话"),
    "opened_on": ("立户日期",),
    "status": ("状态", "用户状态", "客户状态"),
}

#: 计量资产 columns.
ASSET_ALIASES: dict[str, tuple[str, ...]] = {
    "asset_no": ("资产编号", "条形码"),
    "factory_no": ("出厂编号",),
    "kind": ("类别", "设备类别"),
    "model": ("型号",),
    "maker": ("厂家", "生产厂家"),
    "accuracy_class": ("准确度等级",),
    "rated_voltage": ("额定电压",),
    "rated_current": ("标定电流", "电流规格"),
    "constant": ("常数",),
    "ratio": ("变比",),
    "phases": ("相数", "相线"),
    "made_on": ("出厂日期",),
    "verified_on": ("检定日期",),
    "verification_result": ("检定结论",),
    "status": ("状态", "资产状态"),
    "batch_no": ("批次号",),
    "install_account_no": ("安装户号",),
}

#: 采集系统 monthly readings: long form (户号, 年月, 电量); the wide form has 户号 and a column per month.
#: "抄见电量" also matches "抄见电量(kWh)": a trailing unit in brackets is dropped when matching.
READING_ALIASES: dict[str, tuple[str, ...]] = {
    "account_no": ("户号", "用户编号"),
    "month": ("年月", "月份", "抄表年月"),
    "kwh": ("电量", "用电量", "结算电量", "抄见电量"),
    # optional: the 台区 of the customer in that month, which collection-system exports carry on each row
    "area_code": ("台区编号",),
}

#: 台区 supply from the gateway meter (关口表).
SUPPLY_ALIASES: dict[str, tuple[str, ...]] = {
    "area_code": ("台区编号",),
    "month": ("年月", "月份", "抄表年月"),
    "supplied_kwh": ("供电量", "台区供电量", "关口电量"),
}

#: The billing centre's anomaly list (电费管理中心异常清单, issue 11).
ANOMALY_ALIASES: dict[str, tuple[str, ...]] = {
    "account_no": ("户号", "用户编号", "客户编号"),
    "anomaly_type": ("异常类型", "异常分类", "疑点类型"),
    "description": ("异常描述", "异常说明", "疑点描述", "异常内容"),
    "kwh": ("电量", "异常电量", "结算电量"),
    "amount": ("电费", "异常电费", "金额"),
    "period": ("期间", "年月", "电费年月", "账期", "发行年月"),
}

#: Every table by import kind, as the README and the tests read them.
ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": CUSTOMER_ALIASES, "assets": ASSET_ALIASES, "readings": READING_ALIASES, "supply": SUPPLY_ALIASES,
    "anomalies": ANOMALY_ALIASES,
}

#: Columns a file must have: without them no row can be stored.
REQUIRED: dict[str, tuple[str, ...]] = {
    "customers": ("account_no", "name", "tariff_category", "voltage_level"),
    "assets": ("asset_no", "kind"),
    "readings": ("account_no",),  # plus 年月 and 电量 in the long form, or month columns in the wide form
    "supply": ("area_code", "month", "supplied_kwh"),
    "anomalies": ("account_no", "anomaly_type", "period"),
}

#: The field that identifies a row (upsert key).
KEY: dict[str, str] = {"customers": "account_no", "assets": "asset_no"}


_UNIT = re.compile(r"\([^()]*\)$")


def _norm(header: str) -> str:
    h = unicodedata.normalize("NFKC", header)
    return "".join(h.split()).rstrip("*").casefold()


@cache
def _lookup(kind: str) -> dict[str, str]:
    return {_norm(alias): field for field, aliases in ALIASES[kind].items() for alias in aliases}


def match_header(kind: str, header: object) -> str | None:
    """The field a header names, or None for a column we do not read."""
    if header is None:
        return None
    table = _lookup(kind)
    h = _norm(str(header))
    if h in table:
        return table[h]
    bare = _UNIT.sub("", h)
    return table.get(bare) if bare else None


# --- Values: the labels a marketing export writes for our codes (exports write the first one) --------

CUSTOMER_STATUS_LABELS: dict[str, tuple[str, ...]] = {
    "active": ("正常", "在用", "运行"),
    "suspended": ("暂停", "暂拆"),
    "closed": ("销户", "已销户"),
}
ASSET_KIND_LABELS: dict[str, tuple[str, ...]] = {
    "meter": ("电能表", "电表", "智能电能表", "智能电表"),
    "ct": ("电流互感器", "CT", "TA", "低压电流互感器", "高压电流互感器"),
    "pt": ("电压互感器", "PT", "TV", "高压电压互感器"),
}
# The lifecycle of DOMAIN.md, in its Chinese names.
ASSET_STATUS_LABELS: dict[str, tuple[str, ...]] = {
    "received": ("新购待检", "待检", "新购"),
    "in_stock": ("合格在库", "在库", "库存"),
    "failed": ("不合格",),
    "issued": ("领出待装", "领出", "待装"),
    "installed": ("运行", "在运", "运行中", "已安装", "装出"),
    "removed": ("拆回待检", "拆回"),
    "to_scrap": ("待报废",),
    "scrapped": ("已报废", "报废"),
}
VERIFICATION_RESULT_LABELS: dict[str, tuple[str, ...]] = {"pass": ("合格",), "fail": ("不合格",)}
PHASE_LABELS: dict[int, tuple[str, ...]] = {1: ("单相", "单相二线"), 3: ("三相", "三相四线", "三相三线")}


def reader_of(labels: dict[Any, tuple[str, ...]]) -> dict[str, Any]:
    """label (or the code itself) → code, with labels compared case-folded."""
    table: dict[str, Any] = {str(code).casefold(): code for code in labels}
    for code, names in labels.items():
        for name in names:
            table[name.casefold()] = code
    return table


def label_of(labels: dict[Any, tuple[str, ...]], code: Any) -> str:
    """The label an export writes for a code (the code itself when it has none)."""
    names = labels.get(code)
    return names[0] if names else ("" if code is None else str(code))


def alias_table_markdown() -> str:
    """The alias tables as the README prints them: one line per field, required fields marked."""
    lines = []
    for kind, title in (("customers", "客户档案 (customers)"), ("assets", "计量资产 (assets)"),
                        ("readings", "月度电量 (readings)"), ("supply", "台区供电量 (supply)"),
                        ("anomalies", "电费管理中心异常清单 (anomalies)")):
        lines += [f"**{title}**", "", "| field | headers accepted (exports write the first) |", "|---|---|"]
        for field, aliases in ALIASES[kind].items():
            mark = " (required)" if field in REQUIRED[kind] else ""
            lines.append(f"| `{field}`{mark} | {' / '.join(aliases)} |")
        lines.append("")
    return "\n".join(lines)
