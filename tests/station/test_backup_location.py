"""A SQLite file on a network share is refused; a second program is told who holds the file; retention deletes
only the automatic backups our manifests name (issue 12)."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from station.backup.location import (
    HeldByOther,
    NetworkShare,
    acquire,
    holder_of,
    lock_path,
    network_share,
    refuse_network_share,
)
from station.backup.retention import daily_due, list_backups, prune
from station.workspace import Workspace, open_workspace

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/station /mnt/station cifs rw,vers=3.0 0 0
nas:/export/counter /srv/counter\\040share nfs4 rw 0 0
tmpfs /mnt/station/local tmpfs rw 0 0
"""


def test_network_shares_from_a_faked_mount_table() -> None:
    assert network_share(PurePosixPath("/mnt/station/data/station.db"), mounts=MOUNTS) == "cifs //fileserver/station"
    assert network_share(PurePosixPath("/srv/counter share/s.db"), mounts=MOUNTS) == "nfs4 nas:/export/counter"
    assert network_share(PurePosixPath("/mnt/station/local/s.db"), mounts=MOUNTS) is None  # a deeper local mount
    assert network_share(PurePosixPath("/home/clerk/station.db"), mounts=MOUNTS) is None
    assert network_share(PurePosixPath("/mnt/stationery/s.db"), mounts=MOUNTS) is None  # a prefix, not inside


def test_windows_unc_paths_and_mapped_drives() -> None:
    assert network_share(r"\\server\share\station.db", windows=True) == "\\\\server\\share"
    assert network_share(r"Z:\station.db", windows=True, drive_type=4) == "mapped drive Z:"
    assert network_share(r"C:\data\station.db", windows=True, drive_type=3) is None


def test_a_share_is_refused_with_the_way_out() -> None:
    with pytest.raises(NetworkShare, match="PostgreSQL"):
        refuse_network_share(PurePosixPath("/mnt/station/s.db"), mounts=MOUNTS)


def test_the_cli_refuses_a_database_on_a_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from station.cli import main

    fake = f"/dev/sda1 / ext4 rw 0 0\n//srv/share {tmp_path} cifs rw 0 0\n"
    real = Path.read_text

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        return fake if str(self) == "/proc/mounts" else real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", read_text)
    assert main(["month", "status", "--db", str(tmp_path / "s.db")]) == 1
    err = capsys.readouterr().err
    assert "network share" in err and err.count("\n") == 1


def _write_holder(db: Path, pid: int, host: str | None = None) -> None:
    lock_path(db).write_text(json.dumps({"host": host or socket.gethostname(), "user": "clerk", "pid": pid,
                                         "since": "2026-12-01T08:00:00"}), encoding="utf-8")


def test_a_second_program_is_told_who_holds_the_file(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _write_holder(db, os.getppid())  # a live process on this host: the pytest runner's parent
    with pytest.raises(HeldByOther) as caught:
        acquire(db)
    assert caught.value.holder.user == "clerk" and str(os.getppid()) in str(caught.value)
    _write_holder(db, os.getpid() + 10_000_000)  # no such process: a crashed program's stale lock
    assert holder_of(db) is None
    with acquire(db) as held:
        assert holder_of(db) == held.holder
    assert not lock_path(db).exists()  # cleaned on exit
    _write_holder(db, 1, host="another-pc")  # another PC: its pid cannot be checked from here, so it holds
    with pytest.raises(HeldByOther, match="another-pc"):
        acquire(db)


def test_restore_is_refused_while_another_program_holds_the_file(workspace: Workspace, tmp_path: Path) -> None:
    from station import actions

    made = actions.backup_database(workspace, tmp_path / "bk")
    assert workspace.file is not None
    _write_holder(workspace.file, os.getppid())
    with pytest.raises(HeldByOther):
        actions.restore_database(workspace, made.path)


def _zip(folder: Path, name: str, manifest: dict[str, object] | None) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    with zipfile.ZipFile(path, "w") as zf:
        if manifest is not None:
            zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("database.sqlite", b"x")
    return path


def _ours(days_ago: int, automatic: bool) -> dict[str, object]:
    at = (dt.datetime(2026, 12, 1, 12) - dt.timedelta(days=days_ago)).isoformat()
    return {"program": "station-workstation", "program_version": "0.1.0", "schema_revision": "0011",
            "database_format": "sqlite", "created_at": at, "created_by": "x", "host": "h", "reason": "daily",
            "automatic": automatic, "source": "s.db", "counts": {}, "files": {}}


def test_retention_deletes_only_what_its_manifest_says_it_wrote(tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    fresh = _zip(folder, "a.zip", _ours(0, True))
    old = _zip(folder, "b.zip", _ours(40, True))
    manual = _zip(folder, "c.zip", _ours(90, False))
    foreign = _zip(folder, "d.zip", {"program": "someone-else", "created_at": "2020-01-01T00:00:00"})
    nothing = _zip(folder, "e.zip", None)
    deleted = prune(folder, 30, now=dt.datetime(2026, 12, 1, 13))
    assert deleted == [old]
    assert all(p.exists() for p in (fresh, manual, foreign, nothing))
    assert [b.path for b in list_backups(folder)] == [fresh, manual]
    assert not daily_due(folder, now=dt.datetime(2026, 12, 1, 13))
    assert daily_due(folder, now=dt.datetime(2026, 12, 3))
    # The newest automatic backup stays, however old.
    assert prune(folder, 1, now=dt.datetime(2027, 6, 1)) == []


def test_open_workspace_takes_no_lock_but_knows_the_epoch(db_path: Path) -> None:
    ws = open_workspace(db_path, operator="x")
    try:
        assert ws.epoch is not None and ws.epoch.known is None and not lock_path(db_path).exists()
    finally:
        ws.close()
