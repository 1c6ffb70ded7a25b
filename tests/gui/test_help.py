"""The Help menu's dialogs, made from the actions table: shortcuts, getting started."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from journey_editor.ui import help as help_menu
from journey_editor.ui.actions import GROUPS, SPECS, create_actions
from journey_editor.ui.help_keys import plain_text
from journey_editor.ui.main_window import MainWindow

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def shortcuts(qtbot: QtBot) -> Iterator[help_menu.ShortcutsDialog]:
    parent = QWidget()  # kept alive here: the dialog goes with its parent
    qtbot.addWidget(parent)
    dialog = help_menu.show_shortcuts(parent)
    qtbot.waitExposed(dialog)
    yield dialog


def _native(key: str) -> str:
    return QKeySequence(key).toString(NATIVE)


def test_the_shortcuts_list_undo_and_every_command_with_keys(
        shortcuts: help_menu.ShortcutsDialog) -> None:
    rows = shortcuts.rows()
    undo = next(keys for group, text, keys in rows if (group, text) == ("Edit", "Undo"))
    assert _native("Ctrl+Z") in undo.split(", ")
    assert ("Map", "Add Stage", _native("Ctrl+Shift+T")) in rows
    assert ("Help", "Keyboard Shortcuts", _native("Ctrl+/")) in rows
    listed = {text for _, text, _ in rows}
    actions = create_actions(shortcuts)
    for action_id, action in actions.items():
        if action.shortcuts():
            assert plain_text(action.text()) in listed, action_id
    assert "Properties" not in listed  # no keys: not on a list of keys


def test_typing_in_the_filter_keeps_the_matching_rows(
        shortcuts: help_menu.ShortcutsDialog, qtbot: QtBot) -> None:
    qtbot.keyClicks(shortcuts.filter, "ctrl+d")
    assert [text for _, text, _ in shortcuts.rows()] == ["Duplicate"]
    shortcuts.filter.clear()
    qtbot.keyClicks(shortcuts.filter, "redo")
    assert [(g, t) for g, t, _ in shortcuts.rows()] == [("Edit", "Redo")]
    shortcuts.filter.clear()
    qtbot.keyClicks(shortcuts.filter, "workshop mode")  # a group's name shows all of it
    assert {g for g, _, _ in shortcuts.rows()} == {"View", "Workshop mode"}
    assert ("Workshop mode", "Leave workshop mode", _native("Esc")) in shortcuts.rows()
    shortcuts.filter.clear()
    assert len(shortcuts.rows()) > 30


def test_the_help_menu_opens_one_shortcuts_dialog_per_window(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = help_menu.show_shortcuts(parent)
    assert help_menu.show_shortcuts(parent) is first
    assert not first.isModal()  # it stays open beside the map
    qtbot.mouseClick(first.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parent.findChild(help_menu.ShortcutsDialog) is None)


def test_every_action_is_in_one_group_of_the_list() -> None:
    grouped = [action_id for _, ids in GROUPS for action_id in ids]
    assert sorted(grouped) == sorted(SPECS)


def test_the_help_keys_do_not_collide_in_the_window(sample_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    """F1 and Ctrl+/ reach their own actions, and nothing else claims them."""
    triggered: list[str] = []
    for action_id in ("getting_started", "help_shortcuts"):
        sample_window.actions[action_id].triggered.connect(
            lambda _=False, a=action_id: triggered.append(a))
    sample_window.activateWindow()
    qtbot.waitUntil(sample_window.isActiveWindow)
    sample_window.view.setFocus()
    qtbot.keyClick(sample_window.view.viewport(), Qt.Key.Key_F1)
    qtbot.keyClick(sample_window.view.viewport(), Qt.Key.Key_Slash,
                   Qt.KeyboardModifier.ControlModifier)
    assert triggered == ["getting_started", "help_shortcuts"]


def test_getting_started_names_the_real_keys(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = help_menu.show_getting_started(parent)
    qtbot.waitExposed(dialog)
    text = dialog.findChild(QTextBrowser, "guide").toPlainText()
    for heading in ("Stages, lanes and cards", "Connecting cards", "Workshop mode and dot voting",
                    "Export and posters"):
        assert heading in text
    for key in ("Ctrl+Shift+T", "Ctrl+Shift+L", "Ctrl+L", "F11", "Ctrl+E", "Ctrl+Z"):
        assert _native(key) in text
