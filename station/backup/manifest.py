"""The manifest inside every backup zip: what wrote it, the schema, the row counts and the files' sha256."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

#: The `program` a manifest names: retention deletes only zips whose manifest says this program wrote them.
PROGRAM = "station-workstation"
MANIFEST = "manifest.json"
#: Format of the zip's layout (bump when members change meaning).
FORMAT = 1

#: The database member by format: a SQLite file, a pg_dump custom-format archive, the portable JSON lines.
SQLITE, PG_DUMP, PORTABLE = "sqlite", "pg_dump", "portable"
MEMBERS = {SQLITE: "database.sqlite", PG_DUMP: "database.pgdump", PORTABLE: "database.jsonl"}


class BadBackup(ValueError):
    """A file that is not a usable backup: unreadable zip, no manifest, a hash or a count that differs."""


@dataclass(frozen=True, slots=True)
class Manifest:
    program: str
    program_version: str
    schema_revision: str | None
    database_format: str  # sqlite | pg_dump | portable
    created_at: str
    created_by: str
    host: str
    reason: str  # manual | daily | exit | before-close | before-restore | before-migration
    automatic: bool
    source: str  # the database it was taken of (a file name, or the URL without password)
    counts: dict[str, int]
    files: dict[str, dict[str, Any]]  # member name → {sha256, size}
    attachments: dict[str, dict[str, Any]] = field(default_factory=dict)  # relative path → {sha256, size}
    format: int = FORMAT

    @property
    def created(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.created_at)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def read_manifest(zf: zipfile.ZipFile) -> Manifest:
    try:
        data = json.loads(zf.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise BadBackup("no manifest.json in it: not a Station Workstation backup") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadBackup(f"its manifest.json is not readable: {exc}") from None
    if not isinstance(data, dict) or data.get("program") != PROGRAM:
        raise BadBackup("its manifest was not written by Station Workstation")
    try:
        return Manifest(**{k: data[k] for k in Manifest.__dataclass_fields__ if k in data})
    except TypeError as exc:
        raise BadBackup(f"its manifest is incomplete: {exc}") from None


def manifest_of(path: Path) -> Manifest:
    """The manifest of the zip at `path`; BadBackup when it is not one of ours or is damaged."""
    try:
        with zipfile.ZipFile(path) as zf:
            return read_manifest(zf)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise BadBackup(f"not a readable zip file ({exc})") from None
