"""Taking the database out consistently while the program runs: SQLite's backup API, pg_dump, or portable."""

from __future__ import annotations

import contextlib
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from station.backup import portable
from station.backup.manifest import MEMBERS, PG_DUMP, PORTABLE, SQLITE, BadBackup
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

#: Pages copied per step of the backup API: progress and cancel between steps, the source never blocked long.
PAGES_PER_STEP = 1024


@dataclass(frozen=True, slots=True)
class Dump:
    format: str
    path: Path
    counts: dict[str, int]
    revision: str | None


def sqlite_counts(conn: sqlite3.Connection) -> tuple[dict[str, int], str | None]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    revision = None
    if "alembic_version" in names:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return counts, revision


def integrity(conn: sqlite3.Connection) -> str:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


def dump_sqlite(src: Path, out_dir: Path, *, progress: Progress = no_progress,
                cancelled: IsCancelled = never_cancelled) -> Dump:
    """Copy the live file through the online backup API (what sits in the WAL included; writers carry on)."""
    dst = out_dir / MEMBERS[SQLITE]

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(0.6 * (1 - remaining / total) if total else 0.6, "")

    with contextlib.closing(sqlite3.connect(src)) as s, contextlib.closing(sqlite3.connect(dst)) as d:
        s.backup(d, pages=PAGES_PER_STEP, progress=step)
        verdict = integrity(d)
        if verdict != "ok":
            raise BadBackup(f"the copy failed its integrity check: {verdict}")
        counts, revision = sqlite_counts(d)
    return Dump(SQLITE, dst, counts, revision)


# --- PostgreSQL --------------------------------------------------------------------------------------------


def pg_tool(name: str) -> Path | None:
    """`pg_dump`/`pg_restore` from PATH, else the newest of the usual install folders (Debian, Windows)."""
    found = shutil.which(name)
    if found:
        return Path(found)
    exe = name + (".exe" if sys.platform == "win32" else "")
    patterns = ["/usr/lib/postgresql/*/bin/" + exe, "C:/Program Files/PostgreSQL/*/bin/" + exe]
    hits = [Path(p) for pat in patterns for p in glob.glob(pat)]
    return max(hits, key=lambda p: _major(p.parent.parent.name), default=None)


def _major(text_: str) -> int:
    m = re.search(r"(\d+)", text_)
    return int(m.group(1)) if m else 0


def tool_major(tool: Path) -> int:
    out = subprocess.run([str(tool), "--version"], capture_output=True, text=True, check=False).stdout
    m = re.search(r"(\d+)(?:\.\d+)?", out.split(")", 1)[-1])  # "pg_dump (PostgreSQL) 15.18 (Debian …)"
    return int(m.group(1)) if m else 0


def libpq_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore; the password goes in the environment, never in argv."""
    args = [f"--dbname={url.database}"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def run_tool(argv: list[str], env: dict[str, str], cancelled: IsCancelled) -> None:
    """Run a pg tool to the end, killing it on cancel; BadBackup with its last error line on failure."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while True:
        try:
            _out, err = proc.communicate(timeout=0.25)
            break
        except subprocess.TimeoutExpired:
            if cancelled():
                proc.kill()
                proc.communicate()
                raise Cancelled() from None
    if proc.returncode != 0:
        lines = [ln for ln in (err or "").splitlines() if ln.strip()]
        raise BadBackup(f"{Path(argv[0]).name} failed: {lines[-1] if lines else proc.returncode}")


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SHOW server_version_num")).scalar_one()) // 10000


def dump_postgres(engine: Engine, out_dir: Path, *, progress: Progress = no_progress,
                  cancelled: IsCancelled = never_cancelled, prefer_pg_dump: bool = True) -> Dump:
    """pg_dump -Fc from one exported snapshot (the counts are of the same snapshot), else the portable export."""
    tool = pg_tool("pg_dump") if prefer_pg_dump else None
    if tool is not None and tool_major(tool) < server_major(engine):
        tool = None  # an older pg_dump refuses a newer server: the portable export still works
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if tool is None:
                path = out_dir / MEMBERS[PORTABLE]
                counts = portable.export(conn, path, revision, progress=lambda f, m="": progress(0.6 * f, m),
                                         cancelled=cancelled)
                return Dump(PORTABLE, path, counts, revision)
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            names = conn.execute(text(  # the tables there are (an older schema before a migration has fewer)
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars().all()
            counts = {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()) for n in names}
            path = out_dir / MEMBERS[PG_DUMP]
            args, env = libpq_args(engine.url)
            progress(0.1, "pg_dump")
            # The snapshot lives as long as this transaction: pg_dump sees exactly what was counted.
            run_tool([str(tool), "-Fc", "--no-owner", f"--snapshot={snapshot}", f"--file={path}", *args],
                     env, cancelled)
    return Dump(PG_DUMP, path, counts, revision)
