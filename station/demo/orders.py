"""Demo work orders (issue 10): a year of orders in every state, from every source, with findings, cases,
attachments and notices, made through the work-order services (the same decisions as a person's clicks).

Runs inside the demo's transaction after the ledgers; deterministic for a seed. The services stamp their
events with the clock, so an order's history reads "today" while its planned and due dates and its
findings' deadlines spread over the year before `as_of`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Customer, Finding, User, WorkOrder
from station.orders import cases, findings, notices, service, states
from station.orders.attachments import attach
from station.orders.cases import CaseInput
from station.orders.rows import FindingDraft, OrderDraft, TargetDraft, TargetResult

#: Inspectors the demo orders need, each with a 用电检查证 (number, grade 一/二级); added only when the demo has
#: fewer than two certified inspectors of its own (station.users.add_user, audited like a person's).
DEMO_INSPECTORS: tuple[tuple[str, str, str], ...] = (("吴涛", "JC-2018-0306", "1"), ("郑华", "JC-2021-0158", "2"))
#: (kind, source, final state) of each demo order; planned dates spread over the year, oldest first.
PLAN: tuple[tuple[str, str, str], ...] = (
    ("periodic", "due", "closed"), ("onsite-test", "due", "closed"), ("theft", "suspect", "closed"),
    ("special", "tip-off", "closed"), ("record-audit", "audit", "closed"), ("billing-check", "billing-centre", "closed"),
    ("hazard-recheck", "manual", "closed"), ("rotation", "due", "closed"), ("periodic", "lineloss", "closed"),
    ("theft", "suspect", "tracking"), ("special", "lineloss", "closed"), ("periodic", "due", "cancelled"),
    ("onsite-test", "due", "closed"), ("violation", "tip-off", "tracking"), ("periodic", "due", "tracking"),
    ("billing-check", "billing-centre", "reported"), ("theft", "suspect", "tracking"),
    ("hazard-recheck", "manual", "tracking"), ("onsite-test", "due", "reported"), ("special", "tip-off", "onsite"),
    ("periodic", "lineloss", "onsite"), ("record-audit", "audit", "dispatched"), ("theft", "suspect", "dispatched"),
    ("rotation", "due", "dispatched"), ("special", "manual", "cancelled"), ("periodic", "due", "pending"),
    ("theft", "suspect", "pending"), ("onsite-test", "due", "draft"), ("special", "tip-off", "draft"),
    ("billing-check", "billing-centre", "pending"),
)  # fmt: skip
#: Notices issued at most: each is a PDF rendered with its QR code (~0.4 s), and the demo's run time matters.
NOTICES = 6
THEFT_CASE = {"use": "lighting", "voltage": 220, "current": "5(60)A", "price": "0.5653"}
PHOTO = b"\xff\xd8\xff\xe0demo-photo\xff\xd9"


@dataclass(frozen=True, slots=True)
class _Cast:
    author: str  # who creates and works the order (an inspector)
    pair: tuple[str, str]  # the two certified inspectors on site
    supervisor: str  # who approves (never one of the pair)


def _certified(session: Session) -> list[str]:
    return list(session.scalars(select(User.name).where(User.role == "inspector", User.active.is_(True),
                                                        User.cert_no.is_not(None)).order_by(User.id)))


def _ensure_people(session: Session, operator: str) -> _Cast | None:
    """Two certified inspectors and a supervisor: the demo's own when it has them (its users may carry
    用电检查证 already), else DEMO_INSPECTORS added as users."""
    from station.users import add_user

    if len(_certified(session)) < 2:
        have = set(session.scalars(select(User.name)))
        for name, cert, grade in DEMO_INSPECTORS:
            if name not in have:
                add_user(session, name, "inspector", operator, cert_no=cert, cert_grade=grade)
    certified = _certified(session)
    supervisor = next((u.name for u in session.scalars(select(User).where(User.role == "supervisor"))), None)
    if supervisor is None or len(certified) < 2:
        return None
    return _Cast(author=certified[0], pair=(certified[0], certified[1]), supervisor=supervisor)


def _customers(session: Session, rng: np.random.Generator, n: int) -> list[str]:
    accounts = list(session.scalars(select(Customer.account_no).where(Customer.status == "active",
                                                                      Customer.voltage_level.in_(("220V", "380V")))
                                    .order_by(Customer.id)))
    if not accounts:
        return []
    picks = rng.choice(len(accounts), size=min(n, len(accounts)), replace=False)
    return [accounts[int(i)] for i in picks]


def generate_orders(session: Session, *, seed: int, as_of: dt.date, operator: str) -> dict[str, int]:
    """Write the demo's orders; {} when the station has no supervisor or no low-voltage customers."""
    cast = _ensure_people(session, operator)
    rng = np.random.default_rng([seed, 10])
    accounts = _customers(session, rng, len(PLAN) + 8)
    if cast is None or len(accounts) < len(PLAN) + 2:
        return {}
    counts = {"orders": 0, "findings": 0, "cases": 0, "notices": 0, "attachments": 0}
    extra = iter(accounts[len(PLAN):])
    for i, ((kind, source, final), planned) in enumerate(zip(PLAN, _planned_days(as_of), strict=True)):
        targets = [accounts[i]] + ([next(extra)] if kind == "periodic" and i % 3 == 0 else [])
        _Order(session, cast, counts, rng, as_of).run(kind, source, final, planned, targets)
    return counts


def _planned_days(as_of: dt.date) -> list[dt.date]:
    """Finished work spreads over the year; what is still open was planned in the last seven weeks."""
    finished = [i for i, p in enumerate(PLAN) if p[2] in ("closed", "cancelled")]
    still = [i for i, p in enumerate(PLAN) if p[2] not in ("closed", "cancelled")]
    days = {i: as_of - dt.timedelta(days=365 - round(n * 300 / len(finished))) for n, i in enumerate(finished)}
    days.update({i: as_of - dt.timedelta(days=50 - round(n * 56 / len(still))) for n, i in enumerate(still)})
    return [days[i] for i in range(len(PLAN))]


class _Order:
    """One demo order driven from draft to its final state through the services."""

    def __init__(self, session: Session, cast: _Cast, counts: dict[str, int], rng: np.random.Generator,
                 as_of: dt.date) -> None:
        self.s, self.cast, self.counts, self.rng, self.as_of = session, cast, counts, rng, as_of
        self.order: WorkOrder | None = None

    def run(self, kind: str, source: str, final: str, planned: dt.date, accounts: Sequence[str]) -> None:
        kind = "special" if kind == "violation" else kind
        drop = (planned - dt.timedelta(days=75)).strftime("%Y-%m") if source == "suspect" else None
        targets = tuple(TargetDraft(a, drop_start=drop,
                                    score=float(round(self.rng.uniform(60, 95), 1)) if drop else None)
                        for a in accounts)
        draft = OrderDraft(kind=kind, targets=targets, source=source,
                           scan_month=(planned - dt.timedelta(days=20)).strftime("%Y-%m") if drop else None,
                           inspectors=self.cast.pair, planned_on=planned, due_on=planned + dt.timedelta(days=30),
                           note="演示数据")
        self.order = service.create_order(self.s, draft, self.cast.author)
        self.counts["orders"] += 1
        path = ("submit", "approve", "start", "report")
        stop = {"draft": 0, "pending": 1, "dispatched": 2, "onsite": 3}.get(final, 4)
        if final == "cancelled":
            self._move("submit")
            self._move("cancel", "客户已销户，取消检查" if planned.month % 2 else "计划调整")
            return
        for action in path[:stop]:
            if action == "start" and kind in ("record-audit", "billing-check"):
                continue
            if action == "report":
                self._work(kind, source, final)
            else:
                self._move(action)
        # A notice costs a PDF render: the demo issues a few (NOTICES), on the open orders a clerk opens.
        if final in ("dispatched", "onsite") and self.rng.random() < 0.5:
            self._notice("work-sheet")
        if final == "closed":
            self._finish()

    def _who(self, action: str) -> str:
        return self.cast.supervisor if action in ("approve", "return") else self.cast.author

    def _move(self, action: str, reason: str = "") -> None:
        assert self.order is not None
        service.transition(self.s, self.order, action, self._who(action), reason)

    def _work(self, kind: str, source: str, final: str) -> None:
        """On site: evidence, the report, findings and a case where the kind finds them."""
        assert self.order is not None
        o = self.order
        problem = kind in ("theft", "hazard-recheck") or (kind == "special" and source == "tip-off") \
            or final == "tracking"
        for name, what in _evidence(kind):
            attach(self.s, o, what, name, _kind_of(name), self.cast.author, store=None)  # bytes in the database
            self.counts["attachments"] += 1
        refused = kind == "theft" and final == "tracking"
        result = TargetResult(None, "problem" if problem else "ok", "refused" if refused else "signed",
                              "村委会 张主任" if refused else None)  # a refusal to sign names its witness
        service.report(self.s, o, [result], self.cast.author)
        if not problem:
            return
        late = final == "tracking" and self.rng.random() < 0.6
        f = findings.add_finding(self.s, o, _finding(kind, None), self.cast.author)  # the category's deadline
        if late:
            # The services refuse a deadline in the past (rightly: a person records today's findings). The
            # demo's findings were recorded months ago, so a few of them have run past their deadline by now.
            f.rectify_by = self.as_of - dt.timedelta(days=int(self.rng.integers(5, 40)))
            self.s.flush()
        self.counts["findings"] += 1
        if final == "tracking":
            self._notice("result")
        if kind == "theft":
            self._case(final)
        if final == "tracking" and kind in ("hazard-recheck", "periodic"):
            self._escalate(f, follow_up=kind == "periodic")
            return
        if final == "closed" or (not late and self.rng.random() < 0.5):
            if f.status == states.RECORDED:  # told on the spot, without a printed notice
                findings.move_finding(self.s, o, f, "notify", self.cast.author)
            findings.move_finding(self.s, o, f, "acknowledge", self.cast.author)
        if final == "closed":
            findings.recheck(self.s, o, f, True, self.cast.author, note="复查合格")

    def _escalate(self, f: Finding, *, follow_up: bool) -> None:
        """A hazard failed twice (escalated by the rule, waiting for the supervisor); a metering defect the
        inspector escalated at once, for which the supervisor raised a follow-up order (in draft)."""
        from station.orders.escalation import follow_up as raise_follow_up
        from station.orders.escalation import follow_up_kind

        assert self.order is not None
        if follow_up:
            findings.recheck(self.s, self.order, f, False, self.cast.author, note="客户未整改", escalate=True)
            raise_follow_up(self.s, self.order, f, follow_up_kind(f.category), "复查不合格，派现场检验复查",
                            self.cast.supervisor)
            self.counts["orders"] += 1
            return
        for note in ("门窗仍未修复", "仍未整改，客户拒绝配合"):
            findings.recheck(self.s, self.order, f, False, self.cast.author, note=note)

    def _case(self, final: str) -> None:
        assert self.order is not None
        o = self.order
        case = cases.open_case(self.s, o, CaseInput("theft", dict(THEFT_CASE)), self.cast.author)
        self.counts["cases"] += 1
        cases.move_case(self.s, o, case, "approve", self.cast.supervisor)
        self._notice("theft")
        cases.move_case(self.s, o, case, "serve", self.cast.author)
        if final == "closed":
            cases.move_case(self.s, o, case, "settle", self.cast.supervisor)
            cases.move_case(self.s, o, case, "close", self.cast.supervisor)
        elif self.rng.random() < 0.5:
            cases.move_case(self.s, o, case, "refuse", self.cast.author, "用户拒绝缴纳")
            cases.move_case(self.s, o, case, "transfer", self.cast.supervisor, "移送电力管理部门依法处理",
                            "authority")

    def _notice(self, kind: str) -> None:
        assert self.order is not None
        if self.counts["notices"] >= NOTICES:
            return
        notices.issue(self.s, self.order, kind, self.cast.author)
        self.counts["notices"] += 1

    def _finish(self) -> None:
        assert self.order is not None
        service.transition(self.s, self.order, "close", self.cast.author)
        findings.close_rectified(self.s, self.order, self.cast.author)


def _kind_of(name: str) -> str:
    return {"照片": "photo", "取证": "evidence-record", "检验": "test-record", "示数": "reading"}.get(
        next((k for k in ("照片", "取证", "检验", "示数") if k in name), ""), "other")


def _evidence(kind: str) -> list[tuple[str, bytes]]:
    """The files the kind needs before it closes (station.rule_settings.order_rules.EVIDENCE_DEFAULT), and a photo."""
    files = [("现场照片.jpg", PHOTO)]
    if kind == "theft":
        files.append(("现场检查取证记录.pdf", "%PDF-1.4 demo 取证记录".encode()))
    if kind == "onsite-test":
        files.append(("现场检验记录.txt", "误差 +0.3%，合格".encode()))
    if kind == "rotation":
        files.append(("拆装示数.txt", "旧表示数 12345.6，新表示数 0.0".encode()))
    return files


_FINDINGS: dict[str, tuple[str, str, str]] = {
    "theft": ("theft", "", "电能表接线盒封印被破坏，表尾短接，存在窃电行为"),
    "hazard-recheck": ("hazard", "配电室", "配电室门窗破损，防小动物措施缺失"),
    "special": ("violation", "", "私自增加用电容量约10kVA"),
    "periodic": ("metering", "计量箱", "计量箱门锁损坏，封印缺失"),
    "onsite-test": ("faulty-meter", "", "电能表误差超差（-3.2%）"),
    "billing-check": ("record", "", "档案倍率与现场互感器变比不符"),
}


def _finding(kind: str, by: dt.date | None) -> FindingDraft:
    category, location, text = _FINDINGS.get(kind, _FINDINGS["periodic"])
    return FindingDraft(category, text, location=location, rectify_by=by)


def demo_order_states(session: Session) -> dict[str, int]:
    """Orders per state (the demo's tests read it)."""
    out: dict[str, int] = {s: 0 for s in states.ORDER_STATES}
    for status in session.scalars(select(WorkOrder.status)):
        out[status] += 1
    return out


__all__: list[Any] = ["DEMO_INSPECTORS", "demo_order_states", "generate_orders"]
