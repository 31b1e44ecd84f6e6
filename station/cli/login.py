"""Who runs a command: `--operator NAME` with its password (prompted on a terminal; from `--password-file F`
or $STATION_PASSWORD when there is none), or a service account's `--key-file F` (the task scheduler's).

Every command that opens a station with users logs in first, the reads too (a station's data is not
public); a station with no users yet (a new database) asks nothing, so `station db upgrade` and the first
`station users add NAME --role admin` work. A refused login exits 1 with one line (`LoginFailed`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from station.cli.lang import say
from station.domain.problems import Rejected
from station.i18n import QT_TRANSLATE_NOOP
from station.workspace import Workspace

#: The password of the operator when no terminal can ask (the task scheduler, a script).
PASSWORD_ENV = "STATION_PASSWORD"


class LoginFailed(Exception):
    """The command's operator could not log in; the message is the one line the CLI prints (exit 1)."""


def add_login_options(parser: argparse.ArgumentParser, *, files: bool = True) -> None:
    parser.add_argument(
        "--operator",
        type=_operator,
        default=os.environ.get("STATION_OPERATOR") or None,
        help=QT_TRANSLATE_NOOP("cli", "the user who runs the command (default: $STATION_OPERATOR); its password is asked on a "
             "terminal, else read from --password-file or $STATION_PASSWORD"),
    )
    if files:
        parser.add_argument("--password-file", metavar="F", help=QT_TRANSLATE_NOOP("cli", "read the operator's password from file F"))
        parser.add_argument("--key-file", metavar="F", help=QT_TRANSLATE_NOOP("cli", "a service account's key file (the task scheduler's)"))


#: The audit log's operator column (String(64)): a longer name would fail every write on PostgreSQL.
MAX_OPERATOR = 64


def _operator(text: str) -> str:
    name = text.strip()
    if not name or len(name) > MAX_OPERATOR:
        raise argparse.ArgumentTypeError(say(None, QT_TRANSLATE_NOOP("cli", "an operator name of 1 to {most} characters, not {n}"), most=MAX_OPERATOR, n=len(name)))
    return name


def read_secret_file(path: str) -> str:
    """The first line of `path`, without its line end (a password may hold spaces)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return text.splitlines()[0] if text else ""


def _line(exc: Rejected, lang: str) -> str:
    return "; ".join(p.message.in_language(lang) for p in exc.problems)


def log_in(ws: Workspace, args: argparse.Namespace, lang: str, *, files: bool = True) -> None:
    """Authenticate the command's operator on `ws` (nothing to do on a station with no users yet).

    files=False: --password-file and --key-file are the command's own (a new user's secret), not the login's.
    """
    from station import actions

    if not actions.station_has_users(ws):
        ws.operator = getattr(args, "operator", None) or "cli"
        return
    name = getattr(args, "operator", None)
    if not name:
        raise LoginFailed(say(lang, QT_TRANSLATE_NOOP("cli", "this station has users: name one with --operator NAME (or $STATION_OPERATOR)")))
    key_file = getattr(args, "key_file", None) if files else None
    password_file = getattr(args, "password_file", None) if files else None
    if key_file:
        secret, key = read_secret_file(key_file).strip(), True
    elif password_file:
        secret, key = read_secret_file(password_file), False
    elif sys.stdin.isatty():
        secret, key = getpass.getpass(say(lang, QT_TRANSLATE_NOOP("cli", "password for {name}: "), name=name)), False
    elif os.environ.get(PASSWORD_ENV) is not None:
        secret, key = os.environ[PASSWORD_ENV], False
    else:
        if files:
            raise LoginFailed(say(lang, QT_TRANSLATE_NOOP("cli", "no terminal to ask {name}'s password: give --password-file F or $STATION_PASSWORD"), name=name))
        raise LoginFailed(say(lang, QT_TRANSLATE_NOOP("cli", "no terminal to ask {name}'s password: give $STATION_PASSWORD"), name=name))
    try:
        actions.login(ws, name, secret, key=key)
    except Rejected as exc:
        raise LoginFailed(_line(exc, lang)) from None


def new_secret(args: argparse.Namespace, name: str, *, required: bool) -> str | None:
    """A new password for `name`: from --password-file, asked twice on a terminal, else $STATION_PASSWORD
    when `required` (the first administrator has no one else to set it); None: no password yet."""
    if getattr(args, "password_file", None):
        return read_secret_file(args.password_file)
    if sys.stdin.isatty():
        first = getpass.getpass(say(args, QT_TRANSLATE_NOOP("cli", "new password for {name}: "), name=name))
        if not first and not required:
            return None
        if getpass.getpass(say(args, QT_TRANSLATE_NOOP("cli", "again: "))) != first:
            raise LoginFailed(say(args, QT_TRANSLATE_NOOP("cli", "the two passwords differ")))
        return first
    if required and os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    if required:
        raise LoginFailed(say(args, QT_TRANSLATE_NOOP("cli", "a password for {name} is needed: give --password-file F or $STATION_PASSWORD"), name=name))
    return None


def new_key(path: str) -> str:
    """A service account's key: read from `path`, or generated and written there (owner-only) when missing."""
    from station.auth import new_key as generate

    file = Path(path)
    if file.exists():
        return read_secret_file(path).strip()
    key = generate()
    fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(key + "\n")
    return key
