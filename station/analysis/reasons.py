"""Rule codes and the reason text a clerk reads for a flagged customer (Chinese, and English for the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntFlag

from station.i18n import CONTEXT, QT_TRANSLATE_NOOP, Message, msg


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


# Each fragment: an English template (the translation key; lupdate reads it) and the Chinese the station
# prints without Qt. Parameters are formatted the same way in both.
_FRAGMENTS: dict[str, tuple[str, str]] = {
    "start": (QT_TRANSLATE_NOOP("station", "From {start}"), "{start} 起"),
    "yoy": (
        QT_TRANSLATE_NOOP("station", "consumption {pct}% below the same months last year"),
        "电量较去年同期下降 {pct}%",
    ),
    "mom": (
        QT_TRANSLATE_NOOP("station", "{pct}% below the mean of the 3 months before"),
        "较前 3 个月均值下降 {pct}%",
    ),
    "cusum": (
        QT_TRANSLATE_NOOP("station", "consumption stays below its usual level"),
        "电量持续低于往常水平",
    ),
    "peer_area": (
        QT_TRANSLATE_NOOP("station", "{pct}% of the median of the same category in the area"),
        "同台区同类用户中位数的 {pct}%",
    ),
    "peer_cat": (
        QT_TRANSLATE_NOOP("station", "{pct}% of the median of the same category"),
        "同类用户中位数的 {pct}%",
    ),
    "peer_z": (
        QT_TRANSLATE_NOOP("station", "change far below its peers (z = {z})"),
        "变化幅度远低于同类用户 (z = {z})",
    ),
    "zero": (QT_TRANSLATE_NOOP("station", "{n} months in a row at zero"), "连续 {n} 个月电量为零"),
    "loss": (
        QT_TRANSLATE_NOOP("station", "the area's loss rate rose {pp} points over the same months"),
        "所在台区线损率同期上升 {pp} 个百分点",
    ),
    "ledger": (
        QT_TRANSLATE_NOOP("station", "the account is closed or suspended in the ledger: the drop is explained"),
        "台账已销户或暂停，电量下降已有说明",
    ),
    "supply": (
        QT_TRANSLATE_NOOP("station", "the area's supply fell as much: more likely a real reduction"),
        "所在台区供电量同步下降，更可能为正常减少用电",
    ),
    "event": (
        QT_TRANSLATE_NOOP("station", "a meter or CT change at that time may explain it"),
        "同期有换表/互感器变更，可能为计量原因",
    ),
}


def fragment(key: str, **params: object) -> Message:
    return msg(_FRAGMENTS[key][0], **params)


# How fragments are joined: "From 2025-03, A; B" in English, "2025-03 起A，B" in Chinese.
_JOIN = (QT_TRANSLATE_NOOP("station", "{start}, {rest}"), "{start}{rest}")
_SEP = (QT_TRANSLATE_NOOP("station", "; "), "，")


def render(parts: list[Message], lang: str = "zh", translate: Callable[[str, str], str] | None = None) -> str:
    """Join fragments: Chinese ("2025-03 起电量较去年同期下降 72%，…"), English, or Qt-translated.

    translate: the GUI passes QCoreApplication.translate (lang is then ignored).
    """
    if not parts:
        return ""
    if translate is not None:
        tr: Callable[[str], str] = lambda en: translate(CONTEXT, en)  # noqa: E731
    elif lang == "zh":
        zh = {en: cn for en, cn in (*_FRAGMENTS.values(), _JOIN, _SEP)}
        tr = zh.__getitem__
    else:
        tr = lambda en: en  # noqa: E731
    texts = [tr(p.template).format(**p.params) for p in parts]
    if parts[0].template != _FRAGMENTS["start"][0]:
        return tr(_SEP[0]).join(texts)
    return tr(_JOIN[0]).format(start=texts[0], rest=tr(_SEP[0]).join(texts[1:]))
