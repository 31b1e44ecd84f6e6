"""Imports (客户档案, 计量资产, 月度电量, 台区供电量): the one owner of every import's transaction.

The GUI previews in a read session, shows the preview, then writes with `write_import`, which checks the
file again inside its own transaction. The CLI checks and writes in one transaction with `import_file`.
The kinds are dispatched once, by station.imports.preview_file / apply_import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.domain.roles import IMPORT_RIGHTS
from station.users import require
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.imports.preview import ImportPreview, ImportSummary
    from station.progress import Progress


def preview_file(ws: Workspace, kind: str, path: Path, *, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, **options: Any) -> ImportPreview:
    """Read and check `path` as an import of `kind` against the database (read-only session)."""
    from station import imports
    from station.actions._common import _job_hooks

    with ws.sessions() as s:
        return imports.preview_file(s, path, kind, **_job_hooks(progress, cancelled), **options)


def write_import(ws: Workspace, preview: ImportPreview, *, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportSummary | ImportPreview:
    """Write the accepted rows in one transaction (a cancel rolls everything back).

    The clerk's preview was read in another session, maybe minutes ago: the file is checked again inside
    this transaction, and when the outcome differs (the file was edited, or the database changed) nothing
    is written and the new preview is returned for the clerk to decide on.
    """
    from db.locks import writers_lock
    from station import imports
    from station.actions._common import _job_hooks
    from station.imports.preview import outcome

    hooks = _job_hooks(progress, cancelled)
    # The clerk's refusal of new code values is part of what they decided on: the check runs with it.
    options = {"strict_codes": True} if preview.codes_refused else {}
    with ws.sessions.begin() as s:
        require(s, ws.operator, *IMPORT_RIGHTS.get(preview.kind, ("imports", preview.kind)))  # unknown: refused
        writers_lock(s)  # another counter's import waits, so this check sees what the write will change
        fresh = imports.preview_file(s, preview.path, preview.kind, **hooks, **{**preview.options, **options})
        if outcome(fresh) != outcome(preview):
            return fresh
        return imports.apply_import(s, fresh, ws.operator, **hooks)


@dataclass(frozen=True, slots=True)
class FileImport:
    """What `import_file` did: the preview, and the summary when it wrote (None: nothing written)."""

    preview: ImportPreview
    summary: ImportSummary | None

    @property
    def written(self) -> bool:
        return self.summary is not None


def import_file(ws: Workspace, kind: str, path: Path, *, dry_run: bool = False, accept_valid: bool = False,
                **options: Any) -> FileImport:
    """Check `path` and, in the same transaction, write it: all or nothing unless `accept_valid`.

    A file with a rejected row writes nothing unless `accept_valid` (then the accepted rows are written);
    `dry_run` only checks. Rejected propagates for the file as a whole (unreadable, a required column missing).
    """
    from db.locks import writers_lock
    from station import imports

    with ws.sessions.begin() as s:
        if not dry_run:  # the preview below is what gets written: no other import may come between
            require(s, ws.operator, *IMPORT_RIGHTS.get(kind, ("imports", kind)))
            writers_lock(s)
        preview = imports.preview_file(s, path, kind, **options)
        write = not dry_run and (not preview.rejections or accept_valid)
        summary = imports.apply_import(s, preview, ws.operator) if write else None
    return FileImport(preview, summary)


def enter_readings(ws: Workspace, account_no: str, entries: Sequence[tuple[Any, Any]]) -> ImportSummary:
    """Monthly readings typed by hand for one customer ((month, kWh) pairs as typed), written as the readings
    import writes a file: the same decisions, one batch, the columnar copy refreshed. Rejected with every
    entry's reason (fields "month:N" / "kwh:N", N the entry from 1), nothing written."""
    from db.locks import writers_lock
    from station.domain.problems import REQUIRED, Problem, Rejected
    from station.i18n import QT_TRANSLATE_NOOP, msg
    from station.imports.manual import entry_problems, preview_manual
    from station.imports.readings import apply_monthly
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "readings", "edit")
        writers_lock(s)  # one writer of readings at a time, as an import file
        preview = preview_manual(s, account_no, entries)
        problems = entry_problems(preview)
        if not problems and (preview.plan is None or preview.plan.ids.size == 0):
            problems.append(Problem("kwh:1", msg(QT_TRANSLATE_NOOP("station", "Enter at least one month's kWh")),
                                    None, REQUIRED))
        if problems:
            raise Rejected(problems)
        from station.month.amend import guard_monthly

        guard_monthly(s, preview)  # a month already closed is refused as a file carrying it is
        return apply_monthly(s, preview, ws.operator)
