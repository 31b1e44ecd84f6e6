"""A finding's problem is a `Message` (an English template and its parameters): stored as JSON, so the page
shows it in the reader's language and the CLI and the paper in Chinese, from the one catalogue."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import Any

from station.i18n import Message, msg


def _value(v: Any) -> Any:
    if isinstance(v, Message):
        return {"m": _dump(v)}
    if isinstance(v, bool | int | float | str) or v is None:
        return v
    return str(v)  # dates, Decimals: as the message would print them


def _dump(m: Message) -> dict[str, Any]:
    return {"t": m.template, "c": m.context, "p": {k: _value(v) for k, v in m.params.items()}}


def dump(m: Message) -> str:
    return json.dumps(_dump(m), ensure_ascii=False, sort_keys=True)


def _load(d: dict[str, Any]) -> Message:
    params = {k: _load(v["m"]) if isinstance(v, dict) and "m" in v else v for k, v in d.get("p", {}).items()}
    return Message(d["t"], MappingProxyType(params), d.get("c", "station"))


def load(text: str) -> Message:
    """The stored message; a plain text (not JSON) reads as itself."""
    try:
        data = json.loads(text)
    except ValueError:
        return msg("{text}", text=text)
    return _load(data) if isinstance(data, dict) and "t" in data else msg("{text}", text=text)


def plain(text: str) -> str:
    """A problem typed by a person, stored the same way."""
    return dump(msg("{text}", text=text))
