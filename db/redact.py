"""Database URLs without their password, for every message, log line and setting shown (issue 15)."""

from __future__ import annotations

import re

#: user:password@ in anything that looks like a URL's authority.
_PASSWORD = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<pw>[^@\s]*)@")
#: password=… in a libpq keyword string.
_KEYWORD = re.compile(r"(?i)\b(password\s*=\s*)(\S+)")


def redact(text: str) -> str:
    """`text` with every URL password replaced by ***: postgresql://station:***@host/db."""
    text = _PASSWORD.sub(lambda m: f"{m['scheme']}{m['user']}:***@", text)
    return _KEYWORD.sub(lambda m: m.group(1) + "***", text)
