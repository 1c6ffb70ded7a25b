"""The words Python's argparse prints itself (usage, section titles, its error messages),
marked here so that they sit in the editor's catalogs with every other string.

argparse looks them up with gettext, in the text domain of the process; the packaging
script (packaging/update_translations.py) compiles this context of each catalog into
the gettext file `translations/<lang>/LC_MESSAGES/journey-editor-cli.mo`, and
`terminal_language.speaking_terminal_language` points gettext at it. The texts are
Python 3.12's; one a later Python words differently stays English."""

from __future__ import annotations

from journey_editor.i18n import QT_TRANSLATE_NOOP

DOMAIN = "journey-editor-cli"
CONTEXT = "argparse"

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
)
