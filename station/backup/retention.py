"""Which backups to keep: automatic ones for N days; never a file whose manifest does not say we wrote it."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from station.backup.manifest import BadBackup, Manifest, manifest_of

#: Leftovers of a backup that was killed mid-way (`*.zip.part`, `.backup-*/`) older than this are removed.
STALE_PART = dt.timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    manifest: Manifest


def list_backups(folder: Path) -> list[BackupFile]:
    """The zips in `folder` whose manifest says this program wrote them, newest first."""
    out = []
    for path in folder.glob("*.zip") if folder.is_dir() else ():
        try:
            out.append(BackupFile(path, manifest_of(path)))
        except BadBackup:
            continue  # not ours, or damaged: listed nowhere, deleted never
    return sorted(out, key=lambda b: b.manifest.created_at, reverse=True)


def prune(folder: Path, keep_days: int, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups older than `keep_days` (the newest automatic one always stays); manual
    backups and files of any other origin are never deleted. Returns what was deleted."""
    now = now or dt.datetime.now()
    limit = now - dt.timedelta(days=max(1, keep_days))
    automatic = [b for b in list_backups(folder) if b.manifest.automatic]
    deleted = []
    for b in automatic[1:]:
        if b.manifest.created < limit:
            b.path.unlink(missing_ok=True)
            deleted.append(b.path)
    for leftover in [*folder.glob("station-*.zip.part"), *folder.glob(".backup-*")] if folder.is_dir() else ():
        if now - dt.datetime.fromtimestamp(leftover.stat().st_mtime) > STALE_PART:
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            deleted.append(leftover)
    return deleted


def daily_due(folder: Path, *, now: dt.datetime | None = None) -> bool:
    """True when no backup of ours in `folder` is younger than a day."""
    now = now or dt.datetime.now()
    newest = next(iter(list_backups(folder)), None)
    return newest is None or now - newest.manifest.created >= dt.timedelta(days=1)
