"""档案稽查 (issue 11): checks over the station's own ledgers, each a rule setting with its source and severity.

`run_audit(session, on)` runs every check the station has not switched off and returns the findings grouped
by check; `CHECKS` lists them in the order the page and the CLI show them. A check is a function over a session
returning `Hit`s; the ledger, not the check, is what a clerk corrects, and a finding disappears with the fix.
"""

from station.record_audit.catalogue import CHECKS, AuditReport, Check, CheckResult, Hit
from station.record_audit.run import run_audit

__all__ = ["CHECKS", "AuditReport", "Check", "CheckResult", "Hit", "run_audit"]
