"""The actions table as the help pages write it: each command's name without its
mnemonic, its menu, and its keys in the platform's own notation (Ctrl+Z here, ⌘Z on a
Mac), so that no help text can name a key or a menu entry the window does not have."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.ui.actions import GROUPS, create_actions

NATIVE = QKeySequence.SequenceFormat.NativeText

# The workshop timer's keys (WorkshopTimer.handle_key reads them; workshop mode hands
# over the keys it does not use), in MAP_KEYS' shape for the Keyboard Shortcuts dialog.
_TIMER = QT_TRANSLATE_NOOP("Actions", "Workshop timer")
TIMER_KEYS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (_TIMER, ("T",), QT_TRANSLATE_NOOP("Actions", "Show or hide the timer")),
    (_TIMER, ("S",), QT_TRANSLATE_NOOP("Actions", "Start, pause or resume the timer")),
    (_TIMER, ("+", "="), QT_TRANSLATE_NOOP("Actions", "Add a minute to the timer")),
    (_TIMER, ("R",), QT_TRANSLATE_NOOP("Actions", "Reset the timer to its full time")),
    (_TIMER, ("D",), QT_TRANSLATE_NOOP("Actions", "The timer's menu: duration and sound at "
                                                  "the end")),
    (_TIMER, ("C",), QT_TRANSLATE_NOOP("Actions", "Move the timer to the next corner")),
    (_TIMER, ("L",), QT_TRANSLATE_NOOP("Actions", "Large or normal timer digits")),
)


class Command(NamedTuple):
    menu: str  # the menu it sits in, as the Keyboard Shortcuts page groups it
    text: str  # its entry, without '&' and '…'
    keys: str  # every shortcut, comma-separated; "" for none


def plain_text(menu_text: str) -> str:
    """A menu entry's text without its mnemonic '&' and trailing '…'."""
    return menu_text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def native_keys(sequences: Iterable[QKeySequence | str]) -> str:
    """Key sequences as the platform writes them, e.g. 'Ctrl+Z, Ctrl+Shift+Z'."""
    return ", ".join(QKeySequence(s).toString(NATIVE) for s in sequences)


def _typeable(sequence: QKeySequence) -> bool:
    """False for the media keys some keyboards have (New, Open, Save, Help...): Qt adds
    them to the standard shortcuts, but on the list they only hide the keys everyone has."""
    # PySide6's stubs lack QKeySequence.__getitem__, which it has (operator[]).
    return all(sequence[i].key().value < Qt.Key.Key_Help.value  # type: ignore[index]
               for i in range(sequence.count()))


def commands() -> dict[str, Command]:
    """Every action's menu, plain text and keys, straight from the actions table."""
    menus = {action_id: QCoreApplication.translate("Actions", group)
             for group, ids in GROUPS for action_id in ids}
    holder = QObject()  # the actions live only as long as this call
    return {action_id: Command(menus[action_id], plain_text(action.text()),
                               native_keys(s for s in action.shortcuts() if _typeable(s)))
            for action_id, action in create_actions(holder).items()}


def command_html(command: Command) -> str:
    """'<b>File › Export</b> (Ctrl+E)': where to find it, and its first key (one per
    command keeps a sentence readable; the shortcuts page lists them all)."""
    where = f"<b>{escape(command.menu)}&nbsp;› {escape(command.text)}</b>"
    return f"{where} ({escape(command.keys.split(', ')[0])})" if command.keys else where
