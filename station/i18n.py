"""User-facing text of the Qt-free core: English source strings, translated through the one catalogue.

`station/` must not import Qt, yet its messages (validation problems, import rejections, the back-billing
working) reach clerks and customers in Chinese. Messages are written in English and wrapped in
`QT_TRANSLATE_NOOP(context, text)`: a no-op here, but `pyside6-lupdate` reads the call from the source and puts
the text into `resources/translations/*.ts`, where the translations are kept.

Two readers of that one catalogue:
- the GUI shows messages with `QCoreApplication.translate(context, text)` (the built `.qm`);
- everything without Qt (the CLI, the PDF sheets) uses `translator(lang)`, which reads the committed `.ts`
  XML itself (finished translations only), once per language. There is no second, hand-kept dictionary.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

CONTEXT = "station"
#: The languages the program speaks: Simplified Chinese by default, English (the source strings).
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

#: translate(context, source text) -> text, the signature of QCoreApplication.translate
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@functools.cache
def catalogue(lang: str) -> Mapping[tuple[str, str], str]:
    """(context, source) -> translation of `lang`, read from resources/translations/station_<lang>.ts.

    English is the source language: its catalogue is empty. Unfinished or obsolete entries are left out, so
    their English source shows, as Qt's lrelease does. A missing file reads as an empty catalogue.
    """
    if lang == "en":
        return MappingProxyType({})
    from station.paths import resources_dir

    path = resources_dir() / "translations" / f"station_{lang}.ts"
    if not path.is_file():
        return MappingProxyType({})
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return MappingProxyType(table)


def translator(lang: str | None = DEFAULT_LANGUAGE) -> Translate | None:
    """A translate(context, text) into `lang` without Qt; None for English (the source strings)."""
    if not lang or lang == "en":
        return None
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang!r} (one of {', '.join(LANGUAGES)})")
    table = catalogue(lang)
    return lambda context, text: table.get((context, text), text)


@dataclass(frozen=True, slots=True)
class Message:
    """A user-facing message: an English template (the translation key) and its parameters.

    `code` names what the message says for programs (ui/ decides on it, never on the wording): "new_area" …;
    "" where nothing decides on it. Set it with `coded`.
    """

    template: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    context: str = CONTEXT
    code: str = ""

    def coded(self, code: str) -> Message:
        """This message carrying `code`."""
        return Message(self.template, self.params, self.context, code)

    def text(self, translate: Translate | None = None) -> str:
        """The message, translated by `translate(context, template)` when given (the GUI passes Qt's,
        the CLI and the PDF sheets `translator(lang)`)."""
        template = translate(self.context, self.template) if translate else self.template
        # Parameters may be messages themselves (a status or step name): translate them too.
        params = {k: (v.text(translate) if isinstance(v, Message) else v) for k, v in self.params.items()}
        return template.format(**params)

    def in_language(self, lang: str | None) -> str:
        """The message in `lang` ("zh_CN", "en"), through the catalogue."""
        return self.text(translator(lang))

    def __str__(self) -> str:
        return self.text()


def msg(template: str, **params: Any) -> Message:
    return Message(template, MappingProxyType(dict(params)))
