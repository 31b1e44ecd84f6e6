"""月结 month close: the period lock every fact-writing action asks, the checklist, close and reopen.

    from station.month import require_open
    require_open(session, visit_date, "visit")   # Rejected (code month_closed) when that month is closed

Services take a session and never commit; station/actions/month.py owns the transactions.
"""

from __future__ import annotations

from station.month.lock import closed_months, month_status, require_open, require_open_months

__all__ = ["closed_months", "month_status", "require_open", "require_open_months"]
