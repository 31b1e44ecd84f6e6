"""The language the command line speaks: its help, argparse's own words and each command's lines.

Chinese by default, English with `--lang en` (or `STATION_LANG=en`). The help has to be in that language
before the arguments are parsed (`station due --help` prints while parsing), so `language_of(argv)` reads
`--lang` from argv itself, then `$STATION_LANG`, then zh_CN.

Every string the CLI says is an English source marked `QT_TRANSLATE_NOOP("cli", ...)` (lupdate extracts it;
`tools/mark_cli_strings.py` marks the help= strings of new commands) and is looked up in the one catalogue
(`station.i18n.catalogue`, context "cli") at the moment it is shown:
- help, description, epilog and group titles by `Formatter`;
- argparse's own words (usage:, options:, error: …, "invalid choice") by swapping argparse's module-level
  gettext `_`/`ngettext` for a catalogue lookup while one of our parsers parses or formats. Those messages are
  built deep inside argparse before `error()` sees them, already formatted; the swap is the one place they
  can be translated without copying argparse's code, and it is undone as soon as the call returns;
- a command's own lines by `say(args, template, **params)`.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from station.i18n import DEFAULT_LANGUAGE, LANGUAGES, catalogue

CONTEXT = "cli"
#: The language of the command line being run (main() sets it from argv); unset: $STATION_LANG, else zh_CN.
_SPEAKING: contextvars.ContextVar[str] = contextvars.ContextVar("station_cli_lang")


def language_of(argv: Sequence[str]) -> str:
    """The language asked for: the last `--lang X` / `--lang=X` in argv, else $STATION_LANG, else zh_CN.

    An unknown value is left to argparse to refuse (in the default language)."""
    lang = ""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    if lang in LANGUAGES:
        return lang
    env = os.environ.get("STATION_LANG") or ""
    return env if env in LANGUAGES else DEFAULT_LANGUAGE


def cli_text(source: str, lang: str) -> str:
    """`source` (an English string of context "cli") in `lang`; the source itself when it has no translation."""
    return catalogue(lang).get((CONTEXT, source), source)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """The command line speaks `lang` while the block runs (what `say(None, …)` and tables use)."""
    token = _SPEAKING.set(lang)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def lang_in(where: argparse.Namespace | str | None = None) -> str:
    """The language of a parsed command line (its --lang), `where` itself when it is a language, or (None)
    the language of the command line being run."""
    if isinstance(where, str):
        return where if where in LANGUAGES else DEFAULT_LANGUAGE
    lang = getattr(where, "lang", None) if where is not None else None
    if lang in LANGUAGES:
        return str(lang)
    return _SPEAKING.get(None) or language_of([])


def say(where: argparse.Namespace | str | None, template: str, /, **params: Any) -> str:
    """A command's own line: `template` (marked QT_TRANSLATE_NOOP("cli", ...)) in the language of `where`
    (the parsed args, or a language), then `str.format(**params)`. Parameters are data, never translated."""
    return cli_text(template, lang_in(where)).format(**params)


#: A run of non-space text without wide characters (an English word, an option), one wide character, or spaces.
_TOKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\S|\s+")
#: Wide punctuation that must not begin a line (it stays with the character before it).
_NO_LINE_START = set("，。、；：？！）》」』】")
#: Wide punctuation that must not end a line (it goes with the character after it).
_NO_LINE_END = set("（《「『【")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_wide(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` columns, a wide (Chinese) character counting two and a line
    breaking between any two of them (textwrap breaks only at spaces and counts characters)."""
    lines: list[str] = []
    line, space = "", False
    for token in _TOKEN.findall(text):
        if token.isspace():
            space = bool(line)
            continue
        joined = line + (" " if space else "") + token
        if line and _width(joined) > width and token not in _NO_LINE_START:
            carried = line[-1] if line[-1] in _NO_LINE_END and len(line) > 1 else ""
            lines.append(line[: len(line) - len(carried)])
            line = carried + token
        else:
            line = joined
        space = False
    if line:
        lines.append(line)
    return lines


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter, each help/description/epilog/group title looked up in the catalogue,
    lines wrapped by display width (wrap_wide)."""

    def __init__(self, prog: str, lang: str = DEFAULT_LANGUAGE, **kw: Any) -> None:
        super().__init__(prog, **kw)
        self._lang = lang

    def _tr(self, text: str | None) -> str | None:
        return cli_text(text, self._lang) if text else text

    def add_text(self, text: str | None) -> None:  # description, epilog
        super().add_text(self._tr(text))

    def start_section(self, heading: str | None) -> None:  # "positional arguments", "options", group titles
        super().start_section(self._tr(heading))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return self._tr(action.help)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_wide(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap_wide(" ".join(text.split()), width - len(indent)))


@contextlib.contextmanager
def argparse_speaking(lang: str) -> Iterator[None]:
    """argparse's own messages in `lang` while the block runs (see the module docstring for why a swap)."""
    if lang == "en":
        with speaking(lang):
            yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def ngettext(singular: str, plural: str, n: int) -> str:
        return cli_text(singular if n == 1 else plural, lang)

    argparse._ = lambda text: cli_text(text, lang)  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
    try:
        with speaking(lang):  # a type= function's refusal (ArgumentTypeError) speaks it too
            yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def shown(where: argparse.Namespace | str | None, value: object) -> str:
    """A value that may be a station Message (a note, a reason) in the language of `where`; else its str."""
    from station.i18n import Message

    return value.in_language(lang_in(where)) if isinstance(value, Message) else str(value)


def rejected_line(where: argparse.Namespace | str | None, problem: Any) -> str:
    """"rejected: FIELD: REASON" of a station Problem, in the language of `where`."""
    from station.i18n import QT_TRANSLATE_NOOP

    return say(where, QT_TRANSLATE_NOOP("cli", "rejected: {field}: {reason}"), field=problem.field,
               reason=shown(where, problem.message))


def yes_no(where: argparse.Namespace | str | None, flag: object) -> str:
    """"yes" or "no" in the language of `where` (a table's flag column)."""
    from station.i18n import QT_TRANSLATE_NOOP

    return say(where, QT_TRANSLATE_NOOP("cli", "yes") if flag else QT_TRANSLATE_NOOP("cli", "no"))
