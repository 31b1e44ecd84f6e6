"""Rule codes and the reason text a clerk reads for a flagged customer (Chinese, and English for the GUI)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from enum import IntFlag
from types import MappingProxyType

from station.i18n import CONTEXT, QT_TRANSLATE_NOOP, Message, translator


class Rule(IntFlag):
    """Bits of ScanResult.fired; the code letters are what lists and the CLI show."""

    MOM = 1  # month-over-month drop
    YOY = 2  # year-over-year drop
    PEER = 4  # far below peers
    ZERO = 8  # zero streak
    CUSUM = 16  # change point found
    LOSS = 32  # the 台区 loss rate rose in the start month
    EVENT = 64  # an asset event may explain the drop
    SUPPLY = 128  # the 台区's supply fell with the drop: more like a real reduction than theft


RULE_CODES: dict[Rule, str] = {
    Rule.MOM: "MOM",
    Rule.YOY: "YOY",
    Rule.PEER: "PEER",
    Rule.ZERO: "ZERO",
    Rule.CUSUM: "CUSUM",
    Rule.LOSS: "LOSS",
    Rule.EVENT: "EVENT",
    Rule.SUPPLY: "SUPPLY",
}


_CODE_BITS = tuple((int(rule), code) for rule, code in RULE_CODES.items())  # ints: IntFlag's & is slow


def rule_codes(bits: int) -> list[str]:
    """['YOY', 'PEER', …] for a fired bitmask, in rule order."""
    return [code for bit, code in _CODE_BITS if bits & bit]


# Each fragment: an English template (the translation key; lupdate reads it). Its Chinese is the one
# catalogue's (resources/translations/station_zh_CN.ts, read by station.i18n without Qt), as the GUI shows it.
_FRAGMENTS: dict[str, str] = {
    "start": QT_TRANSLATE_NOOP("station", "From {start}"),
    "yoy": QT_TRANSLATE_NOOP("station", "consumption {pct}% below the same months last year"),
    "mom": QT_TRANSLATE_NOOP("station", "{pct}% below the mean of the 3 months before"),
    "cusum": QT_TRANSLATE_NOOP("station", "consumption stays below its usual level"),
    "peer_area": QT_TRANSLATE_NOOP("station", "{pct}% of the median of the same category in the area"),
    "peer_cat": QT_TRANSLATE_NOOP("station", "{pct}% of the median of the same category"),
    "peer_z": QT_TRANSLATE_NOOP("station", "change far below its peers (z = {z})"),
    "zero": QT_TRANSLATE_NOOP("station", "{n} months in a row at zero"),
    "loss": QT_TRANSLATE_NOOP("station", "the area's loss rate rose {pp} points over the same months"),
    "ledger": QT_TRANSLATE_NOOP(
        "station", "the account is closed or suspended in the ledger: the drop is explained"),
    "ledger_capacity": QT_TRANSLATE_NOOP(
        "station", "the ledger reduced its capacity or suspended it at that time: the drop is explained"),
    "supply": QT_TRANSLATE_NOOP("station", "the area's supply fell as much: more likely a real reduction"),
    "event": QT_TRANSLATE_NOOP("station", "a meter or CT change at that time may explain it"),
}


def fragment(key: str, **params: object) -> Message:
    """The reason fragment `key` with its parameters; its code is the key ("start", "yoy" …).

    One Message built directly (msg(…).coded(key) builds two): a county's scan makes 27,000 of them.
    """
    return Message(_FRAGMENTS[key], MappingProxyType(params), CONTEXT, key)


# How fragments are joined: "From 2025-03, A; B" in English, "2025-03 起A，B" in Chinese.
_JOIN = QT_TRANSLATE_NOOP("station", "{start}, {rest}")
_SEP = QT_TRANSLATE_NOOP("station", "; ")


@functools.cache
def _templates(lang: str) -> tuple[dict[str, str], str, str]:
    """Every fragment's template, the join and the separator in `lang`, looked up in the catalogue once
    (rendering 13,000 reasons of a county's suspects looked each one up again)."""
    translate = translator(lang) or (lambda _context, en: en)
    table = {en: translate(CONTEXT, en) for en in _FRAGMENTS.values()}
    return table, translate(CONTEXT, _JOIN), translate(CONTEXT, _SEP)


def render(parts: Sequence[Message], lang: str = "zh", translate: Callable[[str, str], str] | None = None) -> str:
    """Join fragments: Chinese ("2025-03 起电量较去年同期下降 72%，…"), English, or Qt-translated.

    lang: "zh" (or "zh_CN") through the catalogue, "en" the source strings. translate: the GUI passes
    QCoreApplication.translate (lang is then ignored).
    """
    if not parts:
        return ""
    if translate is None:
        table, join, sep = _templates("zh_CN" if lang in ("zh", "zh_CN") else "en")
        texts = [table.get(p.template, p.template).format_map(p.params) for p in parts]
    else:
        join, sep = translate(CONTEXT, _JOIN), translate(CONTEXT, _SEP)
        texts = [translate(CONTEXT, p.template).format_map(p.params) for p in parts]
    if parts[0].template != _FRAGMENTS["start"]:
        return sep.join(texts)
    return join.format(start=texts[0], rest=sep.join(texts[1:]))
