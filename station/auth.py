"""Logging in (issue 12): scrypt password and key hashes, failed-login lockout, passwords set by the admin.

A secret is stored as `scrypt$n$r$p$salt$hash` (salt and hash base64): the parameters travel with the hash,
so raising the cost later leaves every stored hash verifiable. A person logs in with a password, the task
scheduler's `service` account with a key file; the key's hash is stored like a password. An account with no
password yet cannot log in (the admin sets one). Failures and lockouts are audit-logged; the count and the
lock time are rule settings (auth.max_failed_logins, auth.lockout_minutes).

`authenticate` returns a Rejected instead of raising it: the caller's transaction must commit the failure
count and its audit row, which a raised Rejected would roll back.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import User
from station import audit
from station.domain.problems import Problem, Rejected
from station.domain.roles import SERVICE
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.users import UserRow, row_of

#: scrypt cost: n=2**14, r=8, p=1 takes ~50 ms and 16 MiB here, the parameters hashlib's docs and OWASP's
#: password storage cheat sheet give as the interactive-login minimum.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
#: A password shorter than this is refused (the demo's "demo" is the shortest allowed).
MIN_PASSWORD = 4
#: Bytes of a generated service key (256 bits, written hex into the key file).
KEY_BYTES = 32

#: Problem.code of a refused login: unknown user or wrong secret (one code: which one is not told).
WRONG_LOGIN = "wrong_login"
LOCKED = "locked"
NO_PASSWORD = "no_password"
DISABLED = "disabled"
WRONG_METHOD = "wrong_method"


def hash_secret(secret: str, *, salt: bytes | None = None) -> str:
    """`secret` hashed with scrypt and a fresh salt, with its parameters: what `password_hash` stores."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_secret(secret: str, stored: str | None) -> bool:
    """Whether `secret` matches `stored` (the parameters are read from it); False for no or a malformed hash."""
    try:
        scheme, n, r, p, salt64, hash64 = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt64), base64.b64decode(hash64)
        digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p),
                                dklen=len(expected), maxmem=256 * 1024 * 1024)
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)


#: What an unknown name is checked against, so a wrong name costs as long as a wrong password.
_DUMMY = hash_secret("", salt=b"\0" * SALT_BYTES)


def new_key() -> str:
    """A fresh service key (hex), to be written into the scheduler's key file."""
    return secrets.token_hex(KEY_BYTES)


def password_problems(password: str) -> list[Problem]:
    """The one decision on a new password: long enough (scrypt takes any text)."""
    if len(password) < MIN_PASSWORD:
        return [Problem("password", msg(QT_TRANSLATE_NOOP(
            "station", "A password needs at least {limit} characters"), limit=MIN_PASSWORD), None, "too_short")]
    return []


def has_users(session: Session) -> bool:
    """Whether the station is set up (has any user): before that, nothing is checked (the first start)."""
    return bool(session.scalar(select(func.count()).select_from(User)))


def _refusal(code: str, template: str, **params: object) -> Rejected:
    return Rejected([Problem("login", msg(template, **params), None, code)])


def _wrong() -> Rejected:
    return _refusal(WRONG_LOGIN, QT_TRANSLATE_NOOP("station", "Wrong user name or password"))


def _locked(until: dt.datetime) -> Rejected:
    return _refusal(LOCKED, QT_TRANSLATE_NOOP(
        "station", "Too many failed logins: this account is locked until {until}"),
        until=until.strftime("%Y-%m-%d %H:%M"))


def authenticate(session: Session, name: str, secret: str, *, key: bool = False,
                 now: dt.datetime | None = None) -> UserRow | Rejected:
    """The user `name` when `secret` is theirs, else the refusal (returned: the caller commits the count).

    key=True: `secret` came from a key file (the service account's only way in); a person logs in with a
    password. Each wrong secret counts; the auth.max_failed_logins-th locks the account for
    auth.lockout_minutes (audited). A locked account is refused even with the right secret until then.
    """
    now = now or dt.datetime.now()
    user = session.scalar(select(User).where(User.name == (name or "").strip()))
    if user is None:
        verify_secret(secret, _DUMMY)
        return _wrong()
    if user.locked_until is not None and user.locked_until > now:
        return _locked(user.locked_until)
    if not user.active:
        return _refusal(DISABLED, QT_TRANSLATE_NOOP("station", "The account {name} is disabled"), name=user.name)
    if user.password_hash is None:
        return _refusal(NO_PASSWORD, QT_TRANSLATE_NOOP(
            "station", "{name} has no password yet: the administrator sets one"), name=user.name)
    if key != (user.role == SERVICE):
        return _refusal(WRONG_METHOD, QT_TRANSLATE_NOOP(
            "station", "A service account logs in with its key file, a person with a password"))
    if verify_secret(secret, user.password_hash):
        if user.failed_logins or user.locked_until is not None:
            user.failed_logins, user.locked_until = 0, None
        # Successes are audited as failures are: who worked when is the first question after a dispute.
        user.last_login_at = now
        audit.record(session, operator=user.name, action="login", entity="user", entity_id=user.id,
                     after={"method": "key" if key else "password"})
        return row_of(user)
    return _count_failure(session, user, now)


def _count_failure(session: Session, user: User, now: dt.datetime) -> Rejected:
    from station.rule_settings import load_rules

    rules = load_rules(session)
    limit = max(1, int(rules["auth.max_failed_logins"]))
    user.failed_logins = (user.failed_logins or 0) + 1
    audit.record(session, operator=user.name, action="login_failed", entity="user", entity_id=user.id,
                 after={"failed_logins": user.failed_logins})
    if user.failed_logins < limit:
        return _wrong()
    user.locked_until = now + dt.timedelta(minutes=max(1, int(rules["auth.lockout_minutes"])))
    user.failed_logins = 0  # the next round after the lock counts from zero again
    audit.record(session, operator=user.name, action="locked", entity="user", entity_id=user.id,
                 after={"locked_until": user.locked_until})
    return _locked(user.locked_until)


def set_password(session: Session, name: str, secret: str, operator: str) -> UserRow:
    """A new password (or service key) for `name`; clears a lockout. Audited without the secret."""
    user = session.scalar(select(User).where(User.name == (name or "").strip()))
    if user is None:
        raise Rejected([Problem("name", msg(QT_TRANSLATE_NOOP("station", "No user {value}"), value=name), name)])
    problems = [] if user.role == SERVICE else password_problems(secret)
    if problems:
        raise Rejected(problems)
    user.password_hash = hash_secret(secret)
    user.failed_logins, user.locked_until = 0, None
    user.version = (user.version or 1) + 1
    audit.record(session, operator=operator, action="set_password", entity="user", entity_id=user.id,
                 after={"password": "set"})
    session.flush()
    return row_of(user)
