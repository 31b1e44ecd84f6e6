"""Where a SQLite file may be opened from: not a network share, and by one program at a time (a lock file).

SQLite's locking relies on the file system's byte-range locks, which SMB/CIFS and NFS do not keep reliably:
two PCs writing one file on a share corrupt it (sqlite.org, "How To Corrupt An SQLite Database File", 2.1).
A station with several counters uses PostgreSQL instead, so a file on a share is **refused** with that advice
rather than opened read-only: read-only would still read torn pages while another PC writes, and a counter
that cannot save is no use at the counter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

from db.engine import BadDatabaseLocation

#: File-system types of /proc/mounts that are network shares.
NETWORK_FS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "9p",
                        "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "lustre", "gpfs"})


class NetworkShare(BadDatabaseLocation):
    """A SQLite file on a network share: refused (use PostgreSQL for several PCs)."""

    def __init__(self, path: PurePath, where: str) -> None:
        super().__init__(
            f"{path} is on a network share ({where}): SQLite's locking is not safe there and two PCs would "
            "corrupt the file. Copy it to this PC's disk, or let every counter use the station's PostgreSQL "
            "server (--db postgresql://…)")
        self.path, self.where = path, where


def _unescape(field: str) -> str:
    # /proc/mounts writes a space as \040, a tab \011, a backslash \134.
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def _linux_share(path: PurePath, mounts: str) -> str | None:
    best: tuple[int, str] | None = None
    text = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        source, point, fstype = _unescape(parts[0]), _unescape(parts[1]), parts[2]
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), f"{fstype} {source}" if fstype in NETWORK_FS else "")
    return best[1] or None if best else None


def _windows_share(path: PureWindowsPath, drive_type: int | None) -> str | None:
    if str(path).startswith("\\\\") or path.drive.startswith("\\\\"):
        return path.drive or str(path)
    return f"mapped drive {path.drive}" if drive_type == 4 else None  # DRIVE_REMOTE


def _drive_type(drive: str) -> int | None:  # pragma: no cover - Windows only
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\"))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None


def network_share(path: str | PurePath, *, mounts: str | None = None, windows: bool | None = None,
                  drive_type: int | None = None) -> str | None:
    """Where `path` is shared from (e.g. "cifs //server/share", "\\\\server\\share"), or None on a local disk.

    Linux reads /proc/mounts (`mounts` gives another table, for tests); Windows takes a UNC path, or a mapped
    drive (GetDriveTypeW; `drive_type` gives the answer, for tests).
    """
    windows = sys.platform == "win32" if windows is None else windows
    if windows:
        wp = PureWindowsPath(str(path))
        return _windows_share(wp, drive_type if drive_type is not None or not wp.drive else _drive_type(wp.drive))
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        path = Path(path).resolve()
    return _linux_share(PurePath(path), mounts)


def refuse_network_share(path: str | PurePath, **kwargs: object) -> None:
    where = network_share(path, **kwargs)  # type: ignore[arg-type]
    if where:
        raise NetworkShare(PurePath(path), where)


# --- The lock file: who has this SQLite file open --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Holder:
    host: str
    user: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


class HeldByOther(RuntimeError):
    """Another program has the SQLite file open (its lock file names it)."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(f"{path} is open in another Station Workstation: {holder.describe()}. Close it there "
                         "first (or, if that program crashed on that PC, delete the lock file " + str(lock_path(path))
                         + ")")
        self.path, self.holder = path, holder


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no login name (a service)
        user = "?"
    return Holder(socket.gethostname(), user, os.getpid(), dt.datetime.now().isoformat(timespec="seconds"))


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def holder_of(db: Path) -> Holder | None:
    """Who holds `db` now; None when nobody does, or the lock file is stale (a dead process on this host)."""
    try:
        data = json.loads(lock_path(db).read_text(encoding="utf-8"))
        holder = Holder(str(data["host"]), str(data["user"]), int(data["pid"]), str(data.get("since", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if holder.host == socket.gethostname() and not _alive(holder.pid):
        return None  # the program that wrote it died without cleaning up (a crash, a kill, a power cut)
    return holder


@dataclass(slots=True)
class FileLock:
    """This program's hold on a SQLite file; `release()` (or the with-block's end) removes the lock file."""

    db: Path
    holder: Holder

    def release(self) -> None:
        current = holder_of(self.db)
        if current is not None and (current.host, current.pid) == (self.holder.host, self.holder.pid):
            with contextlib.suppress(OSError):
                lock_path(self.db).unlink()

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(db: Path) -> FileLock:
    """Hold `db` for this process: HeldByOther names who else has it; a stale lock file is taken over."""
    me = _me()
    other = holder_of(db)
    if other is not None and (other.host, other.pid) != (me.host, me.pid):
        raise HeldByOther(db, other)
    path = lock_path(db)
    part = path.with_name(path.name + f".{me.pid}")
    part.write_text(json.dumps({"host": me.host, "user": me.user, "pid": me.pid, "since": me.since}),
                    encoding="utf-8")
    os.replace(part, path)
    return FileLock(db, me)
