"""One-line reasons for the failures a command line can meet: no traceback reaches the user (issue 15)."""

from __future__ import annotations

import argparse
import os
import traceback

from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP


def _flat(text: object) -> str:
    return " ".join(str(text).split())


def undecodable_argument(args: argparse.Namespace) -> str | None:
    """The first text argument holding bytes the system's encoding could not decode (argv's surrogates).

    Paths keep them (the file system takes them back as they were); a name, an operator or a value would be
    written to the database, where they cannot be encoded.
    """
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and name != "func":
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:
                    shown = v.encode("utf-8", "replace").decode("utf-8")
                    return say(None, QT_TRANSLATE_NOOP("cli", "argument {name}: {shown!r} holds bytes that are not valid text in this system's encoding"), name=name, shown=shown)
    return None


class OpeningFailed(Exception):
    """The database named on the command line could not be opened; the database's error is `__cause__`.

    Told apart from an error of an open database (a lost connection, a lock timeout mid-command), which
    must not be reported as "cannot open the database"."""


def database_failure(exc: BaseException, *, opening: bool) -> str:
    from db.redact import redact

    if isinstance(exc, OpeningFailed) and exc.__cause__ is not None:
        exc = exc.__cause__
    reason = _flat(str(getattr(exc, "orig", None) or exc).strip().splitlines()[0])
    if "database is locked" in reason or "database table is locked" in reason:
        return say(None, QT_TRANSLATE_NOOP("cli", "the database is locked: another counter or program is writing to it; "
                                                  "try again when it has finished"))
    if opening:
        return say(None, QT_TRANSLATE_NOOP("cli", "cannot open the database: {reason}"), reason=redact(reason))
    return say(None, QT_TRANSLATE_NOOP("cli", "database error: {reason}"), reason=redact(reason))


def os_failure(exc: OSError) -> str:
    reason = exc.strerror or _flat(exc)
    where = exc.filename if exc.filename is not None else ""
    return say(None, QT_TRANSLATE_NOOP("cli", "cannot use {where}: {reason}"), where=where, reason=reason) if where else _flat(reason)


def unexpected(exc: BaseException) -> str:
    if os.environ.get("STATION_DEBUG"):
        traceback.print_exc()
    return say(None, QT_TRANSLATE_NOOP("cli", "failed: {kind}: {what} (set STATION_DEBUG=1 to see where)"),
               kind=type(exc).__name__, what=_flat(exc)[:300])
