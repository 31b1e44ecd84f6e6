"""The database password kept out of the settings (issue 15): in the operating system's keyring where it has one.

On Windows `keyring` stores it in the Credential Manager, on macOS the Keychain, on a Linux desktop the Secret
Service. Where none is usable (a server, a locked-down PC) nothing is stored and the program asks for the
password when the server wants one. The settings keep the URL without its password either way, so a settings
file copied or shown on screen gives nothing away.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

#: The keyring's service name; the entry's user name is the URL without its password.
SERVICE = "station-workstation"


def split_password(location: str) -> tuple[str, str | None]:
    """(location without its password, the password) — a file path or a URL without one comes back as is."""
    if "://" not in location:
        return location, None
    try:
        url = make_url(location)
    except ArgumentError:
        return location, None
    if url.password is None:
        return location, None
    # URL.set() takes None as "leave it": a NamedTuple replace clears it.
    return url._replace(password=None).render_as_string(hide_password=False), str(url.password)


def with_password(location: str, password: str | None) -> str:
    """`location` carrying `password` (unchanged when there is none to add or it already has one)."""
    if not password or "://" not in location:
        return location
    url = make_url(location)
    if url.password is not None:
        return location
    return url.set(password=password).render_as_string(hide_password=False)


def _keyring():  # type: ignore[no-untyped-def]
    """The keyring module when it has a usable backend, else None (imported late: it probes the desktop)."""
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoBackend
    except ImportError:  # pragma: no cover - a dependency; missing only in a broken install
        return None
    return None if isinstance(keyring.get_keyring(), NoBackend) else keyring


def remember(location: str, password: str) -> bool:
    """Keep `password` for `location` (a URL without password); False when there is no keyring to keep it in."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, location, password)
    except Exception:  # noqa: BLE001 - a locked or refusing keyring is the same as none: ask next time
        return False
    return True


def recall(location: str) -> str | None:
    """The password kept for `location`, or None."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(SERVICE, location)
    except Exception:  # noqa: BLE001 - as above
        return None
    return str(value) if value is not None else None


def forget(location: str) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(SERVICE, location)
    except Exception:  # noqa: BLE001 - nothing kept, or the keyring refuses: nothing to forget
        return


def needs_password(exc: BaseException) -> bool:
    """Whether opening failed because the server wants a password it was not given (or a wrong one)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "no password supplied" in text or "password authentication failed" in text
