"""The record audit's (档案稽查, issue 11) settings: each check's severity, citing the rule it enforces, and its limits.

A severity of `off` switches a check off for the station; `high` findings come first in the list and raise a
稽查工作传票 by default. Checks that enforce no national text cite the station practice they stand for.
"""

from __future__ import annotations

from station.i18n import QT_TRANSLATE_NOOP
from station.rule_settings.ruledef import DLT448_2016, RULES_1996, RuleDef, rule

SEVERITIES: tuple[str, ...] = ("high", "medium", "low", "off")
PRICE_973 = "国家发展改革委《关于调整销售电价分类结构有关问题的通知》（发改价格〔2013〕973号）"


def _severity(code: str, default: str, source: str, label: str) -> RuleDef:
    return rule(f"audit.{code}", default, "", source, "", "choice", label, choices=SEVERITIES)


AUDIT_RULES: tuple[RuleDef, ...] = (
    _severity("category_industry", "high", PRICE_973,
              QT_TRANSLATE_NOOP("station", "Record audit: tariff category against industry")),
    _severity("multiplier", "high", f"{DLT448_2016}；综合倍率 = 电流互感器变比 × 电压互感器变比",
              QT_TRANSLATE_NOOP("station", "Record audit: multiplier against the installed CT/PT ratios")),
    _severity("class_minimum", "medium", f"{DLT448_2016} 表1（各类电能计量装置应配准确度等级）",
              QT_TRANSLATE_NOOP("station", "Record audit: device below its class minimum")),
    _severity("expired_in_service", "high", "JJG 596-2012 / JJG 307-2006；未经检定或检定不合格的计量器具不得使用（计量法第九条）",
              QT_TRANSLATE_NOOP("station", "Record audit: expired or unverified device in service")),
    _severity("swap_reading", "medium", f"{RULES_1996} 第八十一条（换表应抄录止码）；供电所惯例",
              QT_TRANSLATE_NOOP("station", "Record audit: register reading missing at an install or removal")),
    _severity("metering_method", "medium", f"{RULES_1996} 第二十三条、第七十四条",
              QT_TRANSLATE_NOOP("station", "Record audit: a large customer's supply and metering method")),
    _severity("large_not_inspected", "medium", "供电所惯例：100 kVA及以上客户每季度检查一次",
              QT_TRANSLATE_NOOP("station", "Record audit: large customer not inspected within its interval")),
    _severity("no_meter", "high", f"{RULES_1996} 第七十三条（用户应装设计量装置）",
              QT_TRANSLATE_NOOP("station", "Record audit: customer in supply without a meter")),
    _severity("closed_with_meter", "medium", f"{RULES_1996} 第三十三条（销户应拆除计量装置）",
              QT_TRANSLATE_NOOP("station", "Record audit: closed account still with an installed meter")),
    _severity("area_gateway", "medium", "台区线损管理：台区考核表（关口表）必须在档",
              QT_TRANSLATE_NOOP("station", "Record audit: transformer area without a gateway meter")),
    _severity("area_capacity", "low", "供电所惯例：台区用户合同容量之和与配变容量相比",
              QT_TRANSLATE_NOOP("station", "Record audit: customers' capacity against the transformer")),
    _severity("duplicates", "low", "营销档案治理惯例：户名与地址、联系电话重复",
              QT_TRANSLATE_NOOP("station", "Record audit: duplicate names, addresses and phones")),
    rule("audit.low_supply_max_kva", 100, "kVA", f"{RULES_1996} 第二十三条（100千瓦、50千伏安以下可低压供电）", "1996",
         "number", QT_TRANSLATE_NOOP("station", "Record audit: largest capacity that may be supplied at low voltage")),
    rule("audit.low_side_metering_max_kva", 315, "kVA", f"{RULES_1996} 第七十四条（315千伏安及以下可在低压侧计量）",
         "1996", "number",
         QT_TRANSLATE_NOOP("station", "Record audit: largest capacity that may be metered on the low side")),
    # Households' contract capacities add up to several times a public transformer (they never all draw at
    # once); only a multiple far above that points at customers on the wrong 台区 or a wrong transformer size.
    rule("audit.area_capacity_ratio", 10.0, "", "本程序取值：用户合同容量之和超过配变容量的倍数（考虑同时率）", "", "number",
         QT_TRANSLATE_NOOP("station", "Record audit: customers' capacity above this multiple of the transformer")),
    rule("audit.shared_phone_accounts", 5, "accounts", "营销档案治理惯例", "", "count",
         QT_TRANSLATE_NOOP("station", "Record audit: accounts sharing one phone number from which it is listed")),
    # The reply deadline a new 稽查工作传票 gets (the raiser may shorten or extend it, with the ticket).
    rule("audit.ticket_reply_days", 10, "working days", "营销稽查工作惯例：稽查工作传票自下发之日起10个工作日内回复", "",
         "count", QT_TRANSLATE_NOOP("station", "Audit ticket: reply within")),
)
