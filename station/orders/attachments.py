"""Attachments: stored by content (sha256), never overwritten or deleted.

SQLite: the bytes go to a folder next to the database file (`station.db` → `station-files/ab/abcd…`), so the
database stays small and a backup of the folder is a copy of files; PostgreSQL (no shared folder between
counters): the bytes go into `attachment_blob.data`. Either way the row is the same and a second attach of
the same content stores nothing new.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Attachment, AttachmentBlob, WorkOrder
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.orders import history, states
from station.orders.vocab import ATTACHMENT_KINDS

#: Largest file accepted (a phone photo or a scanned record is far below it).
MAX_BYTES = 50 * 1024 * 1024


class DamagedAttachment(Exception):
    """The stored bytes of an attachment no longer match their hash (the file store was tampered with)."""


def store_dir_for(db_file: Path | None) -> Path | None:
    """The file store of a SQLite database; None on PostgreSQL (bytes in the database)."""
    return None if db_file is None else db_file.with_name(f"{db_file.stem}-files")


def _blob_path(store: Path, sha: str) -> Path:
    return store / sha[:2] / sha


def _write_file(store: Path, sha: str, data: bytes) -> None:
    """Write the content once; an existing file of that hash is kept as it is (never overwritten)."""
    path = _blob_path(store, sha)
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)  # fails if another writer got there first: theirs is the same content
        except FileExistsError:
            pass
    finally:
        Path(tmp).unlink(missing_ok=True)
    path.chmod(0o444)


def guess_kind(file_name: str) -> str:
    suffix = Path(file_name).suffix.lower()
    return "photo" if suffix in (".jpg", ".jpeg", ".png", ".heic", ".webp") else "other"


def attach(session: Session, order: WorkOrder, data: bytes, file_name: str, kind: str, operator: str, *,
           store: Path | None, note: str = "", finding_id: int | None = None) -> Attachment:
    """Attach `data` to `order` as `kind`; the content is stored once by its hash."""
    problems: list[Problem] = []
    if kind not in ATTACHMENT_KINDS:
        problems.append(Problem("kind", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                            value=kind, allowed=", ".join(ATTACHMENT_KINDS)), kind, "invalid"))
    if not data or len(data) > MAX_BYTES:
        problems.append(Problem("file", msg(QT_TRANSLATE_NOOP(
            "station", "A file of 1 byte to {limit} MB is needed"), limit=MAX_BYTES // (1024 * 1024)),
            len(data), "invalid"))
    if order.status in (states.CLOSED, states.CANCELLED):
        problems.append(states.state_problem(order.status, "attach", states.ORDER_STATE_NAMES))
    if problems:
        raise Rejected(problems)
    sha = hashlib.sha256(data).hexdigest()
    if session.get(AttachmentBlob, sha) is None:
        if store is not None:
            _write_file(store, sha, data)
        session.add(AttachmentBlob(sha256=sha, size=len(data), data=None if store is not None else data,
                                   stored_at=dt.datetime.now()))
        session.flush()
    row = Attachment(order_id=order.id, finding_id=finding_id, kind=kind, file_name=Path(file_name).name[:260],
                     sha256=sha, size=len(data), note=note[:200], added_by=operator, added_at=dt.datetime.now())
    session.add(row)
    session.flush()
    history.record(session, order_id=order.id, number=order.number, entity="attachment", entity_id=row.id,
                   action="attach", operator=operator, from_state=None, to_state=None,
                   details={"kind": kind, "file": row.file_name, "sha256": sha})
    return row


def content(session: Session, attachment_id: int, store: Path | None) -> tuple[str, bytes]:
    """(file name, bytes) of an attachment, checked against its hash."""
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise Rejected([Problem("attachment", msg(QT_TRANSLATE_NOOP("station", "No attachment {value}"),
                                                  value=attachment_id), attachment_id, "unknown")])
    blob = session.get(AttachmentBlob, row.sha256)
    data = blob.data if blob is not None and blob.data is not None else None
    if data is None and store is not None:
        data = _blob_path(store, row.sha256).read_bytes()
    if data is None or hashlib.sha256(data).hexdigest() != row.sha256:
        raise DamagedAttachment(row.sha256)
    return row.file_name, data


def kinds_of(session: Session, order_id: int) -> set[str]:
    return set(session.scalars(select(Attachment.kind).where(Attachment.order_id == order_id)))
