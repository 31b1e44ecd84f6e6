"""Monthly readings typed by hand (手工录入) for one customer: a station without a collection-system file.

The entries become the rows of a long-form readings file (户号 | 年月 | 电量, one line per month) and go
through the readings import's own decisions (station.imports.readings.preview_rows: unknown 户号, a month to
come, a negative or impossible kWh, a month given twice, what is stored already) and its writer
(apply_monthly: one ImportBatch, replacements audited per month, the columnar copy refreshed in the same
transaction). Nothing is validated twice: a rule the import gains holds here too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from station.domain.problems import Problem
from station.imports.aliases import ALIASES
from station.imports.month_parse import current_month, month_label
from station.imports.monthly_file import LONG, Layout
from station.imports.readings import READINGS, MonthlyPreview, preview_rows

#: The ImportBatch's file name of hand-typed readings (the batch list tells them from files by it).
MANUAL_SOURCE = "手工录入"
_KEY, _MONTH, _VALUE = 0, 1, 2


def manual_rows(account_no: str, entries: Sequence[tuple[Any, Any]]) -> list[tuple[int, tuple[Any, ...]]]:
    """(line, cells) of the file these entries would be: line n is entry n (1-based), after a header line 0."""
    return [(i + 1, (account_no.strip(), m if not isinstance(m, int) else month_label(m), v))
            for i, (m, v) in enumerate(entries)]


def preview_manual(session: Session, account_no: str, entries: Sequence[tuple[Any, Any]], *,
                   today: int | None = None) -> MonthlyPreview:
    """The readings import's preview of hand-typed `entries` ((month, kWh) pairs, as typed) for 户号 `account_no`."""
    names = ALIASES["readings"]
    headers = [names["account_no"][0], names["month"][0], names["kwh"][0]]
    rows = manual_rows(account_no, entries)
    layout = Layout(LONG, 0, headers, _KEY, month=_MONTH, value=_VALUE)
    digest = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
    cells = dict(rows)
    return preview_rows(session, iter(rows), layout, READINGS, path=Path(f"{MANUAL_SOURCE} {account_no.strip()}"),
                        sha256=digest, estimate=len(rows), today=today or current_month(),
                        cells_at=lambda lines: {n: cells[n] for n in lines if n in cells})


def entry_problems(preview: MonthlyPreview) -> list[Problem]:
    """The preview's rejections as problems a form can place: "month:N" / "kwh:N" for entry N, "account_no".

    A rejection in the 户号 column on every entry is the customer's (an unknown 户号): one problem. On some
    entries only it is the entry's (its month is given twice: the import names the 户号 column for that).
    """
    keyed = {r.line for r in preview.rejections if r.column == preview.headers[_KEY]}
    whole = bool(keyed) and keyed >= set(range(1, preview.rows_read + 1))
    out: list[Problem] = []
    for r in preview.rejections:
        column = preview.headers.index(r.column) if r.column in preview.headers else _VALUE
        if column == _KEY and whole:
            if not any(p.field == "account_no" for p in out):
                out.append(Problem("account_no", r.message, r.value, "rejected"))
            continue
        field = f"kwh:{r.line}" if column == _VALUE else f"month:{r.line}"
        out.append(Problem(field, r.message, r.value, "rejected"))
    return out
