"""argparse's own words (usage:, options:, error messages), marked for lupdate so the catalogue translates them.

argparse says them through gettext `_()`; `station.cli.lang.argparse_speaking` answers those calls from the
catalogue (context "cli"), so they must be there under the exact English argparse uses. This list is what
Python 3.11's argparse says to a user; tests/station/test_cli_language.py compares it with the running
argparse, so a Python whose argparse words differ is noticed. Messages only a programmer meets (a conflicting
option string, a bad `add_argument`) stay English and are not listed.
"""

from station.i18n import QT_TRANSLATE_NOOP

WORDS = (
    QT_TRANSLATE_NOOP("cli", "usage: "),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("cli", "expected one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("cli", "expected at least one argument"),
    QT_TRANSLATE_NOOP("cli", "expected %s argument"),
    QT_TRANSLATE_NOOP("cli", "expected %s arguments"),
    QT_TRANSLATE_NOOP("cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("cli", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("cli", "ignored explicit argument %r"),
)

#: Said by argparse only to a programmer who built a parser wrongly (left in English), or never said here
#: (station.cli._Parser.error writes the error line itself).
PROGRAMMER_ONLY = frozenset({
    "%(prog)s: error: %(message)s\n",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    ".__call__() not defined",
    "'required' is an invalid argument for positionals",
    "mutually exclusive arguments must be optional",
    "%r is not callable",
    "cannot merge actions - two groups are named %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "cannot have multiple subparser arguments",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "argument \"-\" with mode %r",
    "unexpected option string: %s",
})
