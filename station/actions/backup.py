"""Backup, verify and restore (issue 12); each takes the workspace, a backup is not a transaction of its own.

A manual backup and a restore ask the role matrix (backup/backup, backup/restore). The automatic ones (daily,
on exit, before a month close or a restore) run whoever is logged in: they are the program's duty, not a
choice a role may be denied, and a clerk's day must still end with a backup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.backup.make import BackupResult
    from station.backup.restore import RestoreResult
    from station.backup.retention import BackupFile
    from station.backup.verify import VerifyResult
    from station.progress import IsCancelled, Progress


def _require(ws: Workspace, action: str) -> None:
    from station.users import require

    with ws.sessions() as s:
        require(s, ws.operator, "backup", action)


def backup_folder(ws: Workspace) -> Path:
    """The folder automatic backups go to: the setting, else `backups/` beside the SQLite file (else the data
    folder's `backups/` for PostgreSQL)."""
    from station import settings
    from station.paths import data_dir

    with ws.sessions() as s:
        chosen = str(settings.get(s, "backup.folder") or "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return (ws.file.parent if ws.file is not None else data_dir()) / "backups"


def backup_database(ws: Workspace, out_dir: Path | None = None, *, reason: str = "manual",
                    progress: Progress | None = None, cancelled: IsCancelled | None = None) -> BackupResult:
    """Back the database up into `out_dir` (default the backup folder); automatic unless `reason` is manual.

    After it, the folder's automatic backups older than the keep-days setting are pruned.
    """
    from station import settings
    from station.actions._common import _job_hooks
    from station.backup.make import take_backup
    from station.backup.retention import prune

    automatic = reason != "manual"
    if not automatic:
        _require(ws, "backup")
    folder = Path(out_dir) if out_dir is not None else backup_folder(ws)
    result = take_backup(ws.engine, folder, operator=ws.operator, reason=reason, automatic=automatic,
                         **_job_hooks(progress, cancelled))
    with ws.sessions() as s:
        keep = int(settings.get(s, "backup.keep_days") or 30)
    prune(folder, keep)
    return result


def daily_backup_if_due(ws: Workspace, *, progress: Progress | None = None,
                        cancelled: IsCancelled | None = None) -> BackupResult | None:
    """The daily automatic backup, when the setting is on and no backup of ours is younger than a day."""
    from station import settings
    from station.backup.retention import daily_due

    with ws.sessions() as s:
        on = bool(settings.get(s, "backup.daily"))
    if not on or not daily_due(backup_folder(ws)):
        return None
    return backup_database(ws, reason="daily", progress=progress, cancelled=cancelled)


def data_marker(ws: Workspace) -> int:
    """A number every write raises (the audit log's last id): the exit backup runs only if it moved."""
    from sqlalchemy import func, select

    from db.schema import AuditLog

    with ws.sessions() as s:
        return int(s.scalar(select(func.max(AuditLog.id))) or 0)


def backup_if_changed(ws: Workspace, since: int) -> BackupResult | None:
    """The backup on exit: only when data changed since `since` (a `data_marker`)."""
    return backup_database(ws, reason="exit") if data_marker(ws) != since else None


def verify_backup_file(path: Path, *, ws: Workspace | None = None, progress: Progress | None = None,
                       cancelled: IsCancelled | None = None) -> VerifyResult:
    """Test-restore `path` (BadBackup with the reason when it is not usable); a PostgreSQL workspace's server
    takes the scratch database a pg_dump archive is restored into."""
    from station.actions._common import _job_hooks
    from station.backup.verify import verify_backup

    server = ws.engine.url.render_as_string(hide_password=False) if ws is not None else None
    return verify_backup(Path(path), server=server if server and server.startswith("postgresql") else None,
                         **_job_hooks(progress, cancelled))


def restore_database(ws: Workspace, path: Path, *, progress: Progress | None = None,
                     cancelled: IsCancelled | None = None) -> RestoreResult:
    """Replace the database by the backup `path` (administrators): verified first, a safety backup taken."""
    from station.actions._common import _job_hooks
    from station.backup.restore import restore_backup

    _require(ws, "restore")
    watch = ws.epoch
    if watch is not None:
        watch.paused = True  # our own restore changes the epoch: we are not "told" of it
    try:
        result = restore_backup(
            ws.engine, ws.sessions, Path(path), operator=ws.operator,
            safety=lambda: backup_database(ws, reason="before-restore").path, **_job_hooks(progress, cancelled))
        if watch is not None:
            watch.accept(result.epoch)  # before the watch runs again: a read starting now must not be "told"
    finally:
        if watch is not None:
            watch.paused = False
    return result


def load_backups(ws: Workspace) -> tuple[Path, list[BackupFile]]:
    """The backup folder and the backups of ours in it, newest first (the GUI's list)."""
    from station.backup.retention import list_backups

    folder = backup_folder(ws)
    return folder, list_backups(folder)
