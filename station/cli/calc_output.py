"""What `station calc` prints: the working and the four figures (human), or the keys scripts read (--json)."""

from __future__ import annotations

import unicodedata

from station.billing import Result
from station.i18n import QT_TRANSLATE_NOOP, Translate

#: The labels of the human output (context "station", translated like the working).
_LABELS = (
    QT_TRANSLATE_NOOP("station", "Energy back-billed (kWh)"),
    QT_TRANSLATE_NOOP("station", "Charge (补交电费)"),
    QT_TRANSLATE_NOOP("station", "Penalty (违约使用电费)"),
    QT_TRANSLATE_NOOP("station", "Total"),
)


def text_of(source: str, translate: Translate | None) -> str:
    return translate("station", source) if translate else source


def as_json(result: Result, translate: Translate | None = None) -> dict[str, object]:
    """The keys the issue names; Decimals stay exact (printed as strings); the working in the language asked."""
    return {
        "kind": result.kind.value,
        "kwh": result.kwh,
        "amount": result.amount,
        "penalty": result.penalty,
        "total": result.total,
        "working": result.working_text(translate),
        "rule": str(result.rule),
    }


def print_result(result: Result, translate: Translate | None = None) -> None:
    for line in result.working_text(translate):
        print(line)
    print()
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    values = (str(result.kwh), f"¥{result.amount}", f"¥{result.penalty}", f"¥{result.total}")
    labels = [text_of(label, translate) for label in _LABELS]
    pad = max(width(label) for label in labels)
    for label, value in zip(labels, values, strict=True):
        print(f"{label}{' ' * (pad - width(label))}  {value}")
