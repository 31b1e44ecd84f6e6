"""Marking user-facing text in the Qt-free core so the GUI can translate it.

`station/` must not import Qt, yet its messages (validation problems, import rejections) reach clerks in
Chinese. Messages are written in English and wrapped in `QT_TRANSLATE_NOOP(context, text)`: a no-op here,
but `pyside6-lupdate` reads the call from the source and puts the text into `resources/translations/*.ts`.
The GUI shows them with `QCoreApplication.translate(context, text)`; the CLI prints the English text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

CONTEXT = "station"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True, slots=True)
class Message:
    """A user-facing message: an English template (the translation key) and its parameters."""

    template: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    context: str = CONTEXT

    def text(self, translate: Any = None) -> str:
        """The message, translated by `translate(context, template)` when given (the GUI passes Qt's)."""
        template = translate(self.context, self.template) if translate else self.template
        # Parameters may be messages themselves (a status or step name): translate them too.
        params = {k: (v.text(translate) if isinstance(v, Message) else v) for k, v in self.params.items()}
        return template.format(**params)

    def __str__(self) -> str:
        return self.text()


def msg(template: str, **params: Any) -> Message:
    return Message(template, MappingProxyType(dict(params)))
