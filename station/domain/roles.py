"""Who may do what: the matrix of area × action → roles (issue 12), the one decision every action asks.

The actions ask it (`station.actions._common.require`), so the CLI, the GUI and every import obey the same
matrix; the GUI only hides or disables what it would refuse, with the reason from `denial`. The 管理员 admin
keeps users, settings and backups but approves no case and reopens no month: separation of duties, as the
user guides of ERPNext and Odoo put it. A `service` account (the task scheduler's key file) only prints,
exports and backs up.
"""

from __future__ import annotations

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, Message, msg

#: 营业员, 计量员, 用电检查员, 所长/营销主管, 管理员 — the people; `service` is the scheduler's account.
PEOPLE: tuple[str, ...] = ("clerk", "metering", "inspector", "supervisor", "admin")
SERVICE = "service"
ROLES: tuple[str, ...] = (*PEOPLE, SERVICE)

ROLE_NAMES: dict[str, str] = {
    "clerk": QT_TRANSLATE_NOOP("station", "Counter clerk"),
    "metering": QT_TRANSLATE_NOOP("station", "Metering staff"),
    "inspector": QT_TRANSLATE_NOOP("station", "Inspector"),
    "supervisor": QT_TRANSLATE_NOOP("station", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("station", "Administrator"),
    "service": QT_TRANSLATE_NOOP("station", "Service account"),
}

_ALL = frozenset(PEOPLE)
_STAFF = frozenset({"clerk", "metering", "inspector", "supervisor"})
_FIELD = frozenset({"metering", "inspector"})

#: (area, action) → the roles that may. An action not listed is refused to everyone (fail closed).
MATRIX: dict[tuple[str, str], frozenset[str]] = {
    # 客户档案 and 台区: the counter's ledger.
    ("customers", "view"): _ALL,
    ("customers", "create"): frozenset({"clerk", "supervisor"}),
    ("customers", "edit"): frozenset({"clerk", "supervisor"}),
    ("customers", "close"): frozenset({"clerk", "supervisor"}),
    ("areas", "view"): _ALL,
    ("areas", "edit"): frozenset({"clerk", "metering", "supervisor"}),
    # 计量资产 and its lifecycle.
    ("assets", "view"): _ALL,
    ("assets", "create"): frozenset({"metering", "supervisor"}),
    ("assets", "edit"): frozenset({"metering", "supervisor"}),
    ("assets", "lifecycle"): frozenset({"metering", "supervisor"}),
    # Readings and 台区 supply from the collection system.
    ("readings", "view"): _ALL,
    ("readings", "edit"): frozenset({"clerk", "metering", "supervisor"}),
    # 轮换检定计划: completions are the metering staff's.
    ("due", "view"): _ALL,
    ("due", "complete"): frozenset({"metering", "supervisor"}),
    # Analysis reads only.
    ("analysis", "view"): _ALL,
    # 工单 (issue 10): each transition its own action; approve is the supervisor's alone.
    ("orders", "view"): _ALL,
    ("orders", "create"): frozenset({"metering", "inspector", "supervisor"}),
    ("orders", "edit"): frozenset({"metering", "inspector", "supervisor"}),
    ("orders", "submit"): frozenset({"metering", "inspector", "supervisor"}),
    ("orders", "approve"): frozenset({"supervisor"}),
    ("orders", "start"): _FIELD,
    ("orders", "report"): _FIELD,
    ("orders", "return"): frozenset({"supervisor"}),
    ("orders", "close"): frozenset({"metering", "inspector", "supervisor"}),
    ("orders", "cancel"): frozenset({"metering", "inspector", "supervisor"}),
    ("orders", "attach"): _FIELD | {"supervisor"},
    ("orders", "notice"): _FIELD | {"supervisor"},
    ("findings", "create"): _FIELD,
    ("findings", "edit"): _FIELD,
    ("findings", "recheck"): _FIELD,
    ("findings", "extend"): frozenset({"supervisor"}),
    ("findings", "void"): frozenset({"supervisor"}),
    # An escalated finding's follow-up order is the supervisor's decision, like extend and void.
    ("findings", "follow-up"): frozenset({"supervisor"}),
    ("cases", "create"): frozenset({"inspector"}),
    ("cases", "approve"): frozenset({"supervisor"}),
    ("cases", "serve"): frozenset({"inspector", "supervisor"}),
    ("cases", "settle"): frozenset({"clerk", "supervisor"}),
    ("cases", "transfer"): frozenset({"supervisor"}),
    # 稽查 (issue 11).
    ("audit-tickets", "view"): _ALL,
    ("audit-tickets", "create"): frozenset({"supervisor"}),
    ("audit-tickets", "answer"): _STAFF,  # start the check and reply (only the person the ticket names)
    # The supervisor hands a ticket out and judges the reply (查实/未查实); nobody verifies their own reply.
    ("audit-tickets", "assign"): frozenset({"supervisor"}),
    ("audit-tickets", "return"): frozenset({"supervisor"}),
    ("audit-tickets", "verify"): frozenset({"supervisor"}),
    ("audit-tickets", "close"): frozenset({"supervisor"}),
    # Running the record audit stores its findings (and closes the corrected ones): everyone who may look.
    ("audit-tickets", "run"): _ALL,
    # Printing and exporting: every person, and the scheduler's account.
    ("reports", "print"): _ALL | {SERVICE},
    ("reports", "export"): _ALL | {SERVICE},
    # Settings, code tables, users.
    ("rules", "view"): _ALL,
    ("rules", "edit"): frozenset({"supervisor", "admin"}),
    # The working-day calendar (放假, 调休上班) counts every deadline: kept like the rule settings.
    ("holidays", "view"): _ALL,
    ("holidays", "edit"): frozenset({"supervisor", "admin"}),
    ("codes", "view"): _ALL,
    ("codes", "edit"): frozenset({"clerk", "metering", "supervisor", "admin"}),
    ("users", "view"): frozenset({"supervisor", "admin"}),
    ("users", "edit"): frozenset({"admin"}),
    ("audit", "view"): frozenset({"supervisor", "admin"}),
    # 月结: the supervisor closes and reopens; the admin does not (issue 12).
    ("month", "view"): _ALL,
    ("month", "close"): frozenset({"supervisor"}),
    ("month", "reopen"): frozenset({"supervisor"}),
    ("backup", "backup"): frozenset({"supervisor", "admin", SERVICE}),
    ("backup", "restore"): frozenset({"admin"}),
    # The demo fills an empty station wholesale (station demo on a set-up database): its administrator's.
    ("demo", "create"): frozenset({"admin"}),
}

#: The (area, action) each import kind writes as (a kind not listed is refused to everyone: fail closed): a file of customers creates customers, readings and 台区
#: supply are the readings' (the clerk's and the metering staff's).
IMPORT_RIGHTS: dict[str, tuple[str, str]] = {
    "customers": ("customers", "create"),
    "assets": ("assets", "create"),
    "readings": ("readings", "edit"),
    "supply": ("readings", "edit"),
    # The billing centre's anomaly list: brought in by the staff who answer its lines (issue 11).
    "anomalies": ("audit-tickets", "answer"),
}

AREA_NAMES: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("station", "customers"),
    "areas": QT_TRANSLATE_NOOP("station", "transformer areas"),
    "assets": QT_TRANSLATE_NOOP("station", "meter assets"),
    "readings": QT_TRANSLATE_NOOP("station", "readings"),
    "due": QT_TRANSLATE_NOOP("station", "rotation and verification"),
    "analysis": QT_TRANSLATE_NOOP("station", "analysis"),
    "orders": QT_TRANSLATE_NOOP("station", "work orders"),
    "findings": QT_TRANSLATE_NOOP("station", "findings"),
    "cases": QT_TRANSLATE_NOOP("station", "back-billing cases"),
    "audit-tickets": QT_TRANSLATE_NOOP("station", "audit tickets"),
    "reports": QT_TRANSLATE_NOOP("station", "reports"),
    "rules": QT_TRANSLATE_NOOP("station", "rule settings"),
    "codes": QT_TRANSLATE_NOOP("station", "code tables"),
    "holidays": QT_TRANSLATE_NOOP("station", "the holiday calendar"),
    "users": QT_TRANSLATE_NOOP("station", "users"),
    "audit": QT_TRANSLATE_NOOP("station", "audit log"),
    "month": QT_TRANSLATE_NOOP("station", "month close"),
    "backup": QT_TRANSLATE_NOOP("station", "backup and restore"),
    "demo": QT_TRANSLATE_NOOP("station", "the demo station"),
}

#: Problem.code of a refusal by role (the CLI exits 3 with it; the GUI disables the control).
NOT_ALLOWED = "not_allowed"


def may(role: str | None, area: str, action: str) -> bool:
    """Whether a user of `role` may do `action` in `area`; unknown pairs and no role are refused."""
    return role is not None and role in MATRIX.get((area, action), frozenset())


ACTION_NAMES: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("station", "view"), "create": QT_TRANSLATE_NOOP("station", "create"),
    "edit": QT_TRANSLATE_NOOP("station", "edit"), "close": QT_TRANSLATE_NOOP("station", "close"),
    "lifecycle": QT_TRANSLATE_NOOP("station", "install, remove or verify"),
    "complete": QT_TRANSLATE_NOOP("station", "record completions of"),
    "submit": QT_TRANSLATE_NOOP("station", "submit"), "approve": QT_TRANSLATE_NOOP("station", "approve"),
    "start": QT_TRANSLATE_NOOP("station", "start"), "report": QT_TRANSLATE_NOOP("station", "report"),
    "return": QT_TRANSLATE_NOOP("station", "return"), "cancel": QT_TRANSLATE_NOOP("station", "cancel"),
    "attach": QT_TRANSLATE_NOOP("station", "attach files to"),
    "notice": QT_TRANSLATE_NOOP("station", "issue notices of"),
    "recheck": QT_TRANSLATE_NOOP("station", "re-check"), "extend": QT_TRANSLATE_NOOP("station", "extend"),
    "void": QT_TRANSLATE_NOOP("station", "void"), "serve": QT_TRANSLATE_NOOP("station", "serve"),
    "settle": QT_TRANSLATE_NOOP("station", "settle"), "transfer": QT_TRANSLATE_NOOP("station", "transfer"),
    "answer": QT_TRANSLATE_NOOP("station", "answer"), "assign": QT_TRANSLATE_NOOP("station", "assign"),
    "verify": QT_TRANSLATE_NOOP("station", "verify"), "run": QT_TRANSLATE_NOOP("station", "run"), "print": QT_TRANSLATE_NOOP("station", "print"),
    "export": QT_TRANSLATE_NOOP("station", "export"), "reopen": QT_TRANSLATE_NOOP("station", "reopen"),
    "backup": QT_TRANSLATE_NOOP("station", "back up"), "restore": QT_TRANSLATE_NOOP("station", "restore"),
    "follow-up": QT_TRANSLATE_NOOP("station", "raise follow-up orders for"),
}


def _names(names: dict[str, str], key: str) -> Message:
    return msg(names[key]) if key in names else msg("{key}", key=key)


def denial(role: str | None, area: str, action: str) -> Problem:
    """The reason `may` said no, for the user: which roles may instead."""
    allowed = sorted(MATRIX.get((area, action), frozenset()), key=ROLES.index)
    # A list of translated role names: a template of placeholders only (nothing to translate in it).
    listed = msg("{sep}".join(f"{{r{i}}}" for i in range(len(allowed))) or "-",
                 sep=msg(QT_TRANSLATE_NOOP("station", ", ")),
                 **{f"r{i}": msg(ROLE_NAMES[r]) for i, r in enumerate(allowed)})
    return Problem(
        "role",
        msg(QT_TRANSLATE_NOOP("station", "A user with the role {role} may not {action} {area}; "
                                         "this needs the role: {allowed}"),
            role=_names(ROLE_NAMES, role or "?"), action=_names(ACTION_NAMES, action),
            area=_names(AREA_NAMES, area), allowed=listed),
        role, NOT_ALLOWED)
