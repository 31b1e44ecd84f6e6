"""The work orders' rule settings (issue 10): rectification deadlines by finding category, the 用电检查证
grade check, and the evidence each order kind needs before it closes. Plain rows that station.rule_settings.defaults
turns into RuleDefs (kept apart so that module stays readable).
"""

from __future__ import annotations

from typing import Any

from station.i18n import QT_TRANSLATE_NOOP

DLT448_2000 = "DL/T 448-2000 电能计量装置技术管理规程"
INSPECTION_RULES = "用电检查管理办法（电力工业部令第6号）"

#: Finding category → the rule key of its rectification deadline (working days). A faulty meter shares the
#: DL/T 448 rule the due list already has (replace within 3 working days).
DEADLINE_KEYS: dict[str, str] = {
    "metering": "finding.deadline.metering",
    "wiring": "finding.deadline.wiring",
    "faulty-meter": "onsite.replace_within_working_days",
    "violation": "finding.deadline.violation",
    "theft": "finding.deadline.theft",
    "hazard": "finding.deadline.hazard",
    "record": "finding.deadline.record",
    "other": "finding.deadline.other",
}

#: Order kind → the attachment kinds it must have before it closes.
EVIDENCE_DEFAULT: dict[str, list[str]] = {
    "periodic": [], "special": [], "theft": ["photo", "evidence-record"], "onsite-test": ["test-record"],
    "rotation": ["reading"], "record-audit": [], "billing-check": [], "hazard-recheck": ["photo"],
}  # fmt: skip

#: (key, default, unit, source, edition, kind, label, extra) as station.rule_settings.defaults._d takes them.
ORDER_RULES: tuple[tuple[str, Any, str, str, str, str, str, dict[str, Any]], ...] = (
    ("finding.deadline.metering", 10, "working days", "供电所惯例：计量装置缺陷10个工作日内处理", "", "count",
     QT_TRANSLATE_NOOP("station", "Rectify a metering-device defect within"), {}),
    ("finding.deadline.wiring", 3, "working days", f"{DLT448_2000} §7.3 d)（比照故障处理时限，供电所惯例）", "2000",
     "count", QT_TRANSLATE_NOOP("station", "Correct a wrong wiring within"), {}),
    ("finding.deadline.violation", 15, "working days", f"{INSPECTION_RULES}；限期改正（供电所惯例15个工作日）", "",
     "count", QT_TRANSLATE_NOOP("station", "Correct a violation (违约用电) within"), {}),
    ("finding.deadline.theft", 3, "working days", "供电所惯例：窃电现场制止，3个工作日内恢复正常计量", "", "count",
     QT_TRANSLATE_NOOP("station", "Restore correct metering after theft within"), {}),
    ("finding.deadline.hazard", 30, "working days", f"{INSPECTION_RULES}：用户受电装置安全隐患限期整改（供电所惯例30个工作日）",
     "", "count", QT_TRANSLATE_NOOP("station", "Rectify a safety hazard within"), {}),
    ("finding.deadline.record", 10, "working days", "供电所惯例：档案差错10个工作日内更正", "", "count",
     QT_TRANSLATE_NOOP("station", "Correct a record error within"), {}),
    ("finding.deadline.other", 15, "working days", "供电所惯例", "", "count",
     QT_TRANSLATE_NOOP("station", "Rectify any other finding within"), {}),
    ("orders.theft_report_within_days", 3, "days", "供电所惯例：违约用电、窃电通知书送达之日起3日内到供电所接受处理", "",
     "count", QT_TRANSLATE_NOOP("station", "Days a customer has to come in after a theft or violation notice"), {}),
    ("orders.check_cert_grade", "on", "", f"{INSPECTION_RULES}：一级检查证220kV及以下、二级10kV及以下、三级0.4kV及以下",
     "", "choice", QT_TRANSLATE_NOOP("station", "Check each inspector's 用电检查证 grade against the customer's voltage"),
     {"choices": ("on", "off")}),
    ("orders.escalate_after_failed_rechecks", 2, "times", "供电所惯例：同一问题复查两次不合格，提请所长决定"
     "（延期、作废或派后续工单）；不填为不自动升级", "", "count",
     QT_TRANSLATE_NOOP("station", "Escalate a finding to the supervisor after this many failed re-checks (none: never)"),
     {"nullable": True}),
    ("orders.required_evidence", EVIDENCE_DEFAULT, "", "反窃电工作惯例：窃电须有现场照片和现场检查（取证）记录；其余供电所惯例",
     "", "evidence_map", QT_TRANSLATE_NOOP("station", "Evidence an order needs before it closes, per kind"), {}),
)
