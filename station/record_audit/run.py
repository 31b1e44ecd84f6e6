"""Running the record audit: the checks not switched off, each with its severity and source from the rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.record_audit.catalogue import CHECKS, AuditReport, CheckResult
from station.rule_settings.ruleset import RuleSet
from station.rule_settings.store import load_rules


def run_audit(session: Session, on: dt.date, only: Iterable[str] | None = None, *,
              progress: Progress = no_progress, cancelled: IsCancelled = never_cancelled) -> AuditReport:
    """Every check (or those in `only`, which may include switched-off ones: asked for by name) as of `on`."""
    wanted = list(only or [])
    unknown = [c for c in wanted if c not in {k.code for k in CHECKS}]
    if unknown:
        raise Rejected([Problem("rule", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                            value=", ".join(unknown), allowed=", ".join(k.code for k in CHECKS)),
                                unknown[0])])
    rules = load_rules(session)
    try:
        return _run(session, rules, on, wanted, progress, cancelled)
    finally:  # what the checks shared in this session (station.record_audit.devices) goes with the run
        for key in [k for k in session.info if isinstance(k, tuple) and k and k[0] == "record_audit.exceptions"]:
            del session.info[key]


def _run(session: Session, rules: RuleSet, on: dt.date, wanted: list[str], progress: Progress,
         cancelled: IsCancelled) -> AuditReport:
    from station.progress import Cancelled

    results, skipped = [], []
    checks = [c for c in CHECKS if not wanted or c.code in wanted]
    for i, check in enumerate(checks):
        if cancelled():
            raise Cancelled()
        severity = str(rules[f"audit.{check.code}"])
        if severity == "off" and not wanted:
            skipped.append(check.code)
            continue
        progress(i / len(checks), check.title)
        hits = check.run(session, rules, on)
        results.append(CheckResult(check.code, check.title, severity, rules.source(f"audit.{check.code}"),
                                   tuple(hits)))
    return AuditReport(on, tuple(results), tuple(skipped))
