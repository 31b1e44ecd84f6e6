"""The rule defaults of DOMAIN.md, each with its unit, the rule it comes from and the edition it belongs to.

A supervisor may change any of them (provinces differ, the rules were revised); a stored value in
`rule_setting` overlays the default here. Sources are citations printed on Chinese plans and notices, so
they are written in Chinese; they name the clause where it is known, and 惯例 marks a provincial or
station habit rather than a national rule.
"""

from __future__ import annotations

from station.domain.lifecycle import SAMPLING_EXTENSION_YEARS, SERVICE_LIFE_YEARS
from station.i18n import QT_TRANSLATE_NOOP
from station.rule_settings.audit_defaults import AUDIT_RULES
from station.rule_settings.ruledef import (
    AREA_TYPES,
    DEVICE_CLASSES,
    DLT448_2000,
    DLT448_2016,
    KINDS,
    RULES_1996,
    RULES_2024,
    RuleDef,
)
from station.rule_settings.ruledef import rule as _d

__all__ = ["AREA_TYPES", "DEVICE_CLASSES", "DLT448_2000", "DLT448_2016", "KINDS", "RULES_1996", "RULES_2024",
           "RULES", "BY_KEY", "RuleDef", "STATION_SETTING_KEYS"]
from station.rule_settings.order_rules import ORDER_RULES

RULES: tuple[RuleDef, ...] = (
    # --- editions --------------------------------------------------------------------------------
    _d(
        "edition.dlt448",
        "2016",
        "",
        f"{DLT448_2016} / {DLT448_2000}",
        "",
        "choice",
        QT_TRANSLATE_NOOP("station", "DL/T 448 edition (device classes, on-site test periods)"),
        choices=("2016", "2000"),
    ),
    _d(
        "edition.business_rules",
        "2024",
        "",
        f"{RULES_2024} / {RULES_1996}",
        "",
        "choice",
        QT_TRANSLATE_NOOP("station", "供电营业规则 edition (back-billing, penalties)"),
        choices=("2024", "1996"),
    ),
    # --- on-site tests and instrument transformer checks ----------------------------------------
    _d(
        "onsite.period_months.2016",
        {"I": 6, "II": 12, "III": 24, "IV": None, "V": None},
        "months",
        f"{DLT448_2016} 现场检验（IV、V类不做）",
        "2016",
        "class_periods",
        QT_TRANSLATE_NOOP("station", "On-site test period per device class (2016 edition)"),
    ),
    _d(
        "onsite.period_months.2000",
        {"I": 3, "II": 6, "III": 12, "IV": None, "V": None},
        "months",
        f"{DLT448_2000} §7.3 f)",
        "2000",
        "class_periods",
        QT_TRANSLATE_NOOP("station", "On-site test period per device class (2000 edition)"),
    ),
    _d(
        "onsite.first_within_months",
        1,
        "months",
        f"{DLT448_2000} §7.3 e); {DLT448_2016}",
        "",
        "count",
        QT_TRANSLATE_NOOP("station", "First on-site test of a new or rebuilt HV metering device, within"),
    ),
    _d(
        "onsite.replace_within_working_days",
        3,
        "working days",
        f"{DLT448_2000} §7.3 d)",
        "2000",
        "count",
        QT_TRANSLATE_NOOP("station", "Replace a meter out of tolerance on site within"),
    ),
    _d(
        "ptdrop.period_months",
        24,
        "months",
        f"{DLT448_2000} §7.3 h)",
        "",
        "count",
        QT_TRANSLATE_NOOP("station", "PT secondary voltage-drop test period"),
    ),
    _d(
        "ptdrop.retest_within_months",
        1,
        "months",
        f"{DLT448_2000} §7.3 h)：压降超差应查明原因、处理后复测（本程序取1个月内）",
        "",
        "count",
        QT_TRANSLATE_NOOP("station", "Re-test after a failed PT voltage-drop test, within"),
    ),
    _d(
        "ptdrop.min_voltage",
        "35kV",
        "",
        f"{DLT448_2000} §7.3 h)",
        "",
        "voltage",
        QT_TRANSLATE_NOOP("station", "PT voltage-drop tests from this voltage level up"),
    ),
    _d(
        "ctpt.period_years",
        10,
        "years",
        f"{DLT448_2000} §7.3 g)",
        "2000",
        "count",
        QT_TRANSLATE_NOOP("station", "HV CT/PT on-site check period"),
    ),
    # --- rotation and batch sampling -------------------------------------------------------------
    # Keys as station.domain.lifecycle.service_life_key returns them (smart_meter, induction_meter_1/3).
    _d(
        "rotation.service_life_years",
        dict(SERVICE_LIFE_YEARS),
        "years",
        "JJG 596-2012（电子式）、JJG 307-2006（机电式）",
        "",
        "life_map",
        QT_TRANSLATE_NOOP("station", "Meter service life from verification, per meter type"),
    ),
    _d(
        "rotation.sampling_extension_years",
        SAMPLING_EXTENSION_YEARS,
        "years",
        "省公司状态轮换（状态更换）惯例：抽检合格延长",
        "",
        "count",
        QT_TRANSLATE_NOOP("station", "Extension a batch earns by passing sampling"),
    ),
    _d(
        "rotation.sampling_lead_months",
        12,
        "months",
        "省公司惯例：检定周期届满前1年抽检",
        "",
        "count",
        QT_TRANSLATE_NOOP("station", "Batch sampling before the end of the service life"),
    ),
    # --- periodic customer inspection ------------------------------------------------------------
    _d(
        "inspection.large_capacity_kva",
        100,
        "kVA",
        "供电所惯例：100 kVA及以上客户",
        "",
        "number",
        QT_TRANSLATE_NOOP("station", "Capacity from which a customer is inspected as large"),
    ),
    _d(
        "inspection.interval_months",
        {"large_capacity": 3, "10kV": 12, "20kV": 12, "35kV+": 6, "low_voltage": None},
        "months",
        "供电所惯例：100 kVA及以上每季度一次；低压按专项检查",
        "",
        "interval_map",
        QT_TRANSLATE_NOOP("station", "Periodic inspection interval (the shortest that applies)"),
    ),
    # --- line loss -------------------------------------------------------------------------------
    _d(
        "lineloss.bands",
        {t: [0, 10] for t in AREA_TYPES},
        "%",
        "省公司台区线损管理惯例（合格 0–10 %）",
        "",
        "bands",
        QT_TRANSLATE_NOOP("station", "Normal line-loss band per 台区 type"),
    ),
    # --- sudden-drop scan (DOMAIN.md "Spotting sudden drops"; read by station.consumption.service.scan_settings) --
    _d("scan.mom_drop", 0.5, "fraction", "电量突降规则1：环比下降 ≥ 50 %（供电所惯例）", "", "number",
       QT_TRANSLATE_NOOP("station", "Month-over-month drop that flags a customer")),
    _d("scan.min_baseline_kwh", 20, "kWh", "电量突降规则1：基数过小不判（本程序取值）", "", "number",
       QT_TRANSLATE_NOOP("station", "Smallest baseline a drop is judged on")),
    _d("scan.yoy_drop", 0.4, "fraction", "电量突降规则2：同比下降 ≥ 40 %", "", "number",
       QT_TRANSLATE_NOOP("station", "Year-over-year drop that flags a customer")),
    _d("scan.peer_ratio", 0.3, "fraction", "电量突降规则3：低于同台区同类用户中位数的 30 %", "", "number",
       QT_TRANSLATE_NOOP("station", "Share of the peers' median below which a customer is flagged")),
    _d("scan.peer_z", 3, "", "电量突降规则3：稳健 z < −3", "", "number",
       QT_TRANSLATE_NOOP("station", "Robust z (magnitude) below the peers that flags a customer")),
    _d("scan.zero_months", 3, "months", "电量突降规则4：连续 ≥ 3 个月为零", "", "count",
       QT_TRANSLATE_NOOP("station", "Months in a row at zero that flag an active account")),
    _d("scan.zero_kwh", 1, "kWh", "电量突降规则4：≤ 1 kWh 视为零", "", "number",
       QT_TRANSLATE_NOOP("station", "Monthly kWh counted as zero")),
    _d("scan.window_months", 12, "months", "本程序取值：回溯一年", "", "count",
       QT_TRANSLATE_NOOP("station", "How far back a drop may have begun")),
    _d("scan.yoy_drop_min", 0.2, "fraction", "电量突降规则2（平稳用户）：同比下降 ≥ 20 % 且超出该户往常波动（本程序取值）", "",
       "number", QT_TRANSLATE_NOOP("station", "Smallest year-over-year drop of a steady customer that flags it")),
    _d("scan.yoy_z", 4, "", "电量突降规则2（平稳用户）：下降幅度达该户往常波动的 4 倍（本程序取值，评估集调校）", "", "number",
       QT_TRANSLATE_NOOP("station", "How many times its usual variation a steady customer's drop must be")),
    _d("scan.supply_weight", 0.25, "", "电量突降规则6：台区线损与供电量交叉核对的权重（本程序取值，评估集调校）", "", "number",
       QT_TRANSLATE_NOOP("station", "Weight of the 台区 loss and supply cross-check in the score")),
    _d("scan.flag_score", 46, "points", "本程序取值（独立评估集调校，tests/benchmarks/tune_scan.py）", "", "number",
       QT_TRANSLATE_NOOP("station", "Score from which a customer is listed")),
    # --- back-billing and penalties (1996 numbers; the 2024 edition uses the contract multiple) --
    _d(
        "penalty.theft_multiple",
        3,
        "×",
        f"{RULES_1996} 第一百零二条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Theft penalty, multiple of the back-billed charge"),
    ),
    _d(
        "penalty.contract_multiple_default",
        3,
        "×",
        f"{RULES_2024}：按供用电合同约定",
        "2024",
        "number",
        QT_TRANSLATE_NOOP("station", "Penalty multiple when the contract names none"),
    ),
    _d(
        "penalty.category_change_multiple",
        2,
        "×",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Changed tariff category, multiple of the difference"),
    ),
    _d(
        "penalty.added_capacity_multiple",
        3,
        "×",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Added capacity (two-part), multiple of the basic charge"),
    ),
    _d(
        "penalty.added_capacity_yuan_per_kva",
        50,
        "yuan/kVA",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Added capacity (single-part), per kW or kVA"),
    ),
    _d(
        "penalty.sealed_multiple",
        2,
        "×",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP(
            "station", "Sealed or suspended equipment used (two-part), multiple of the basic charge"
        ),
    ),
    _d(
        "penalty.sealed_yuan_per_kva",
        30,
        "yuan/kVA",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Sealed or suspended equipment used (single-part), per kW or kVA"),
    ),
    _d(
        "penalty.tamper_residential_yuan",
        500,
        "yuan",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP(
            "station", "Metering or load-control equipment touched, residential, per occurrence"
        ),
    ),
    _d(
        "penalty.tamper_other_yuan",
        5000,
        "yuan",
        f"{RULES_1996} 第一百条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Metering or load-control equipment touched, others, per occurrence"),
    ),
    _d(
        "penalty.source_yuan_per_kw",
        500,
        "yuan/kVA",
        f"{RULES_1996} 第一百条第6项；{RULES_2024} 第一百零一条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Outside source connected or supplied, or own generation paralleled, per kW or kVA"),
    ),
    _d(
        "backbill.category_unknown_months",
        3,
        "months",
        f"{RULES_1996} 第一百条",
        "1996",
        "count",
        QT_TRANSLATE_NOOP("station", "Changed category, period when the start is unknown"),
    ),
    _d(
        "backbill.theft_unknown_days",
        180,
        "days",
        f"{RULES_1996} 第一百零三条",
        "1996",
        "count",
        QT_TRANSLATE_NOOP("station", "Theft, period when the start is unknown"),
    ),
    _d(
        "backbill.theft_hours_power",
        12,
        "h/day",
        f"{RULES_1996} 第一百零三条",
        "1996",
        "count",
        QT_TRANSLATE_NOOP("station", "Theft, hours per day for power customers"),
    ),
    _d(
        "backbill.theft_hours_lighting",
        6,
        "h/day",
        f"{RULES_1996} 第一百零三条",
        "1996",
        "count",
        QT_TRANSLATE_NOOP("station", "Theft, hours per day for lighting customers"),
    ),
    _d(
        "backbill.use_by_category",
        {"居民生活": "lighting", "一般工商业": "lighting", "工商业": "power", "大工业": "power", "农业生产": "power"},
        "",
        f"{RULES_1996} 第一百零三条（照明用户每日6小时、电力用户12小时）；按用电类别的默认值，检查人员可逐案更改（供电所惯例）",
        "1996",
        "use_map",
        QT_TRANSLATE_NOOP("station", "Theft, lighting or power use by tariff category (the default the form shows)"),
    ),
    _d(
        "backbill.pt_drop_allowed_pct",
        0.2,
        "%",
        f"{DLT448_2016}：电压互感器二次回路压降不大于额定二次电压的0.2%（2000版：I、II类0.2%，其他0.5%）；{RULES_1996} 第八十条第2项",
        "",
        "number",
        QT_TRANSLATE_NOOP("station", "PT secondary voltage drop permitted, % of the rated secondary voltage"),
    ),
    _d(
        "backbill.meter_error_fraction",
        0.5,
        "",
        f"{RULES_1996} 第八十条",
        "1996",
        "number",
        QT_TRANSLATE_NOOP("station", "Meter out of tolerance, share of the time since the last verification"),
    ),
    # --- work orders (issue 10): deadlines by finding category, certificate grades, evidence -------
    *(_d(key, default, unit, source, edition, kind, label, **extra)
      for key, default, unit, source, edition, kind, label, extra in ORDER_RULES),
)

RULES += AUDIT_RULES  # the record audit's own (station/rule_settings/audit_defaults.py)
#: GB/T 22239-2019 (网络安全等级保护基本要求) 8.1.4.1 a)–b) asks for login-failure handling, a limit on failed
#: logins and automatic exit on idle, but sets no numbers: 5 tries, 15 minutes locked and a 15-minute idle
#: lock are common practice (Windows' account-lockout baseline, most provincial marketing systems).
GBT22239 = "GB/T 22239-2019 网络安全等级保护基本要求 8.1.4.1 身份鉴别"
AUTH_RULES: tuple[RuleDef, ...] = (
    _d("auth.max_failed_logins", 5, "times", f"{GBT22239} b)（次数未规定，5次为惯例）", "", "count",
       QT_TRANSLATE_NOOP("station", "Failed logins before an account is locked")),
    _d("auth.lockout_minutes", 15, "minutes", f"{GBT22239} b)（时长未规定，15分钟为惯例）", "", "count",
       QT_TRANSLATE_NOOP("station", "A locked account opens again after")),
    _d("auth.idle_lock_minutes", 15, "minutes", f"{GBT22239} b)（登录连接超时自动退出；15分钟为惯例）", "", "count",
       QT_TRANSLATE_NOOP("station", "The program locks itself when idle for")),
)
RULES += AUTH_RULES

BY_KEY: dict[str, RuleDef] = {r.key: r for r in RULES}

#: Rules kept in `station_setting` rather than `rule_setting`, so one switch serves every module.
STATION_SETTING_KEYS: dict[str, str] = {"edition.dlt448": "metering.device_class_edition"}
