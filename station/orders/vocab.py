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
}
SOURCE_ZH: dict[str, str] = {
    "due": "轮换检定计划", "suspect": "电量突降筛查", "lineloss": "台区线损", "billing-centre": "电费中心清单",
    "audit": "稽查传票", "tip-off": "举报", "manual": "人工",
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
    "case-sheet": "追补电费计算单",
}
#: Number prefix of each document kind (GD2026-0001 is the order itself).
NOTICE_PREFIX = {"work-sheet": "GZ", "result": "JG", "theft": "QD", "rectify": "ZG", "case-sheet": "JS"}
#: Documents printed in two copies (第一联 the customer's, 第二联 the station's).
TWO_COPIES = frozenset({"result", "theft"})

#: Where a case may be transferred to, after the customer refuses (拒不承认/拒交).
TRANSFER_TO: dict[str, str] = {
    "authority": QT_TRANSLATE_NOOP("station", "Electric power authority"),
    "police": QT_TRANSLATE_NOOP("station", "Public security"),
    "court": QT_TRANSLATE_NOOP("station", "Court"),
}
TRANSFER_ZH = {"authority": "电力管理部门", "police": "公安机关", "court": "人民法院"}
