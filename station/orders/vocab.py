"""The words of the work-order ledger: kinds, sources, results, attachment and notice kinds, with their names.

Pure data (no database), read by the rules' validation, the states, the CLI's choices and the PDFs.
"""

from __future__ import annotations

from station.i18n import QT_TRANSLATE_NOOP

#: Order kinds (the CLI's codes) → name. 档案稽查 and 电费核查 are desk work: they skip on site.
KINDS: dict[str, str] = {
    "periodic": QT_TRANSLATE_NOOP("station", "Periodic inspection"),
    "special": QT_TRANSLATE_NOOP("station", "Special inspection"),
    "theft": QT_TRANSLATE_NOOP("station", "Anti-theft inspection"),
    "onsite-test": QT_TRANSLATE_NOOP("station", "On-site test"),
    "rotation": QT_TRANSLATE_NOOP("station", "Meter rotation"),
    "record-audit": QT_TRANSLATE_NOOP("station", "Record audit"),
    "billing-check": QT_TRANSLATE_NOOP("station", "Billing check"),
    "hazard-recheck": QT_TRANSLATE_NOOP("station", "Hazard re-check"),
}
DESK_KINDS = frozenset({"record-audit", "billing-check"})
#: Chinese names printed on the documents (the PDFs speak Chinese whatever the GUI's language).
KIND_ZH: dict[str, str] = {
    "periodic": "周期检查", "special": "专项（突击）检查", "theft": "反窃电检查", "onsite-test": "现场检验",
    "rotation": "轮换", "record-audit": "档案稽查", "billing-check": "电费核查", "hazard-recheck": "隐患复查",
}  # fmt: skip

SOURCES: dict[str, str] = {
    "due": QT_TRANSLATE_NOOP("station", "Due list"),
    "suspect": QT_TRANSLATE_NOOP("station", "Sudden-drop scan"),
    "lineloss": QT_TRANSLATE_NOOP("station", "台区 line loss"),
    "billing-centre": QT_TRANSLATE_NOOP("station", "Billing centre list"),
    "audit": QT_TRANSLATE_NOOP("station", "Audit ticket"),
    "tip-off": QT_TRANSLATE_NOOP("station", "Tip-off"),
    "manual": QT_TRANSLATE_NOOP("station", "Manual"),
    "escalation": QT_TRANSLATE_NOOP("station", "Escalated finding"),  # a supervisor's follow-up order
}
SOURCE_ZH: dict[str, str] = {
    "due": "轮换检定计划", "suspect": "电量突降筛查", "lineloss": "台区线损", "billing-centre": "电费中心清单",
    "audit": "稽查传票", "tip-off": "举报", "manual": "人工", "escalation": "问题升级",
}  # fmt: skip

#: Per target: the result and the customer's signature status (report).
RESULTS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("station", "No problem"),
    "problem": QT_TRANSLATE_NOOP("station", "Problem found"),
    "not-met": QT_TRANSLATE_NOOP("station", "Not met"),
}
RESULT_ZH = {"ok": "无问题", "problem": "有问题", "not-met": "未遇"}
SIGNATURES: dict[str, str] = {
    "signed": QT_TRANSLATE_NOOP("station", "Signed"),
    "refused": QT_TRANSLATE_NOOP("station", "Refused to sign"),
    "absent": QT_TRANSLATE_NOOP("station", "Absent"),
}
SIGNATURE_ZH = {"signed": "已签字", "refused": "拒签（有见证人）", "absent": "不在场"}

ATTACHMENT_KINDS: dict[str, str] = {
    "photo": QT_TRANSLATE_NOOP("station", "Photo"),
    "evidence-record": QT_TRANSLATE_NOOP("station", "On-site inspection (evidence) record"),
    "scan": QT_TRANSLATE_NOOP("station", "Scanned document"),
    "seal": QT_TRANSLATE_NOOP("station", "Seal numbers before/after"),
    "reading": QT_TRANSLATE_NOOP("station", "Register readings"),
    "event-log": QT_TRANSLATE_NOOP("station", "Meter event log"),
    "test-record": QT_TRANSLATE_NOOP("station", "On-site test record"),
    "receipt": QT_TRANSLATE_NOOP("station", "Signed receipt"),
    "other": QT_TRANSLATE_NOOP("station", "Other"),
}
ATTACHMENT_ZH = {
    "photo": "现场照片", "evidence-record": "现场检查（取证）记录", "scan": "扫描件", "seal": "封印记录（前/后）",
    "reading": "示数记录", "event-log": "电能表事件记录", "test-record": "现场检验记录", "receipt": "签收回执",
    "other": "其他",
}  # fmt: skip

#: Documents: the CLI's --kind → the title printed. case-sheet is the 追补电费计算单 of one case.
NOTICE_KINDS: dict[str, str] = {
    "work-sheet": "用电检查工作单",
    "result": "用电检查结果通知书",
    "theft": "违约用电、窃电通知书",
    "rectify": "整改通知书",
    "evidence": "现场检查（取证）记录",
    "case-sheet": "追补电费计算单",
}
#: Number prefix of each document kind (GD2026-0001 is the order itself).
NOTICE_PREFIX = {"work-sheet": "GZ", "result": "JG", "theft": "QD", "rectify": "ZG", "evidence": "QZ",
                 "case-sheet": "JS"}
#: Documents printed in two copies (第一联 the customer's, 第二联 the station's).
TWO_COPIES = frozenset({"result", "theft", "evidence"})

#: Where a case may be transferred to, after the customer refuses (拒不承认/拒交).
TRANSFER_TO: dict[str, str] = {
    "authority": QT_TRANSLATE_NOOP("station", "Electric power authority"),
    "police": QT_TRANSLATE_NOOP("station", "Public security"),
    "court": QT_TRANSLATE_NOOP("station", "Court"),
}
TRANSFER_ZH = {"authority": "电力管理部门", "police": "公安机关", "court": "人民法院"}

# Every table keyed by a finding category (the seeded code table, the deadlines, the follow-up kinds, what a
# notice cites and requires) is keyed by these; tests/station/orders/test_finding_categories.py holds them to it.
#: The finding categories (问题类别: the codes of the finding_category code table, in the order offered) → name.
FINDING_CATEGORIES: dict[str, str] = {
    "metering": QT_TRANSLATE_NOOP("station", "Metering installation"),
    "wiring": QT_TRANSLATE_NOOP("station", "Wrong wiring"),
    "faulty-meter": QT_TRANSLATE_NOOP("station", "Faulty meter"),
    "violation": QT_TRANSLATE_NOOP("station", "Violation"),
    "theft": QT_TRANSLATE_NOOP("station", "Theft"),
    "hazard": QT_TRANSLATE_NOOP("station", "Safety hazard"),
    "record": QT_TRANSLATE_NOOP("station", "Record error"),
    "other": QT_TRANSLATE_NOOP("station", "Other"),
}
#: The Chinese names: the code table's seeded names, printed on the documents.
FINDING_CATEGORY_ZH: dict[str, str] = {
    "metering": "计量装置", "wiring": "接线错误", "faulty-meter": "故障表计", "violation": "违约用电",
    "theft": "窃电", "hazard": "安全隐患", "record": "档案差错", "other": "其他",
}  # fmt: skip

#: What a finding of each category cites and requires when the inspector writes nothing else (printed on
#: the 用电检查结果通知书 and the 整改通知书).
FINDING_RULE_ZH: dict[str, str] = {
    "metering": "DL/T 448-2016 电能计量装置技术管理规程", "wiring": "供电营业规则 第八十一条",
    "faulty-meter": "DL/T 448-2000 §7.3 d)", "violation": "供电营业规则 第一百条（2024年版第一百零一条）",
    "theft": "供电营业规则 第一百零二条、第一百零三条；电力供应与使用条例 第三十一条",
    "hazard": "用电检查管理办法 第四条；DL/T 572 电力变压器运行规程", "record": "供用电合同；营销业务管理规定",
    "other": "",
}  # fmt: skip
FINDING_REQUIREMENT_ZH: dict[str, str] = {
    "metering": "修复或更换计量装置，恢复准确计量", "wiring": "更正接线，恢复正确计量，追补电量另行计算",
    "faulty-meter": "更换故障电能表，恢复正常计量", "violation": "停止违约用电行为，到供电所办理相关手续",
    "theft": "立即停止窃电，恢复原计量方式，接受处理", "hazard": "消除安全隐患，经复查合格",
    "record": "核对并更正客户档案", "other": "按检查意见整改",
}  # fmt: skip
