"""The whole window with the keyboard alone: F6 walks the panes, Alt+Return takes a
card's fields, Escape brings the focus back to the card; every menu entry has its
mnemonic and no two commands share a key."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from journey_editor.model.types import Card
from journey_editor.ui.actions import MAP_KEYS
from journey_editor.ui.main_window import MainWindow

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key as the keyboard sends it: to whatever has the focus now."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def focus_map(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def pane_of(window: MainWindow) -> str:
    """Where the focus is: 'map', a dock's name, 'toolbar', or the widget's class."""
    focus = QApplication.focusWidget()
    assert focus is not None
    if focus is window.view or window.view.isAncestorOf(focus):
        return "map"
    for name, dock in window.docks.items():
        if dock.isAncestorOf(focus):
            return name
    if window.toolbar.isAncestorOf(focus):
        return "toolbar"
    return type(focus).__name__


def open_docks_in_f6_order(window: MainWindow) -> list[str]:
    right = Qt.DockWidgetArea.RightDockWidgetArea
    shown = [name for name, dock in window.docks.items() if not dock.isHidden()]
    on_right = [n for n in shown if window.dockWidgetArea(window.docks[n]) == right]
    return on_right + [n for n in shown if n not in on_right]


def test_f6_walks_the_map_every_open_dock_and_the_toolbar_then_wraps(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    window.docks["journeys"].show()  # a dock on the left joins the round
    focus_map(qtbot, window)
    expected = ["map", *open_docks_in_f6_order(window), "toolbar", "map"]
    assert expected.index("inspector") == 1 and "journeys" in expected
    visited = ["map"]
    for _ in expected[1:]:
        press(qtbot, Qt.Key.Key_F6)
        visited.append(pane_of(window))
    assert visited == expected
    # Each dock came forward when the focus went to it, its tab in front: the last of the
    # right side's tabs is in front now.
    last_on_right = open_docks_in_f6_order(window)[-2]  # (the last is the left's Journeys)
    assert last_on_right == "conflicts"
    assert not window.docks[last_on_right].visibleRegion().isEmpty()
    backwards = ["map"]
    for _ in expected[1:]:
        press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        backwards.append(pane_of(window))
    assert backwards == list(reversed(expected))


def test_a_closed_dock_is_not_a_stop(sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    window.docks["review"].close()
    focus_map(qtbot, window)
    seen = set()
    for _ in range(len(window.docks) + 2):
        press(qtbot, Qt.Key.Key_F6)
        seen.add(pane_of(window))
    assert "review" not in seen and {"inspector", "toolbar", "map"} <= seen


def test_f6_and_escape_reach_a_dock_floating_over_the_map(sample_window: MainWindow,
                                                         qtbot: QtBot) -> None:
    """On a laptop the docks float over the map (windows of their own): the focus still
    goes there and back."""
    window = sample_window
    inspector = window.docks["inspector"]
    inspector.setFloating(True)
    inspector.show()
    qtbot.waitExposed(inspector)
    focus_map(qtbot, window)
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: pane_of(window) == "inspector")  # once the window is active
    press(qtbot, Qt.Key.Key_F6)  # the key works from the floating window too
    qtbot.waitUntil(lambda: pane_of(window) == open_docks_in_f6_order(window)[1])
    window.view.journey_scene().select_cards([next(iter(window.view.journey_scene().cards))])
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane_of(window) == "inspector")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane_of(window) == "map")


def test_tab_still_walks_the_cards_and_ctrl_tab_leaves_the_map(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    scene = window.view.journey_scene()
    focus_map(qtbot, window)
    press(qtbot, Qt.Key.Key_Tab)
    first = scene.selected_card_ids()
    press(qtbot, Qt.Key.Key_Tab)
    assert pane_of(window) == "map" and len(first) == 1
    assert scene.selected_card_ids() != first
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert pane_of(window) != "map"


def test_alt_return_takes_the_card_to_the_inspector_and_escape_brings_it_back(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    scene = window.view.journey_scene()
    focus_map(qtbot, window)
    press(qtbot, Qt.Key.Key_Tab)
    (card_id,) = scene.selected_card_ids()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.objectName() == "title"
    assert field.text() == _card(window, card_id).title
    press(qtbot, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert scene.selected_card_ids() == [card_id]


def _card(window: MainWindow, card_id: str) -> Card:
    scene = window.view.journey_scene()
    return next(c for c in scene.document.journey(scene.journey_id).cards if c.id == card_id)


def test_a_cards_emotion_is_set_with_the_keyboard_alone(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    scene = window.view.journey_scene()
    focus_map(qtbot, window)
    for _ in range(60):  # Tab walks the cards until one whose form has an emotion
        press(qtbot, Qt.Key.Key_Tab)
        (card_id,) = scene.selected_card_ids()
        lane = next(la for la in scene.document.journey(scene.journey_id).lanes
                    if la.id == _card(window, card_id).lane)
        if lane.kind == "channel":
            break
    before = _card(window, card_id).emotion
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Edit in Inspector
    for _ in range(40):  # Tab through the fields to the emotion's list
        focus = QApplication.focusWidget()
        if isinstance(focus, QComboBox) and focus.objectName() == "emotion":
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() == "emotion"
    press(qtbot, Qt.Key.Key_Up if before == 3 else Qt.Key.Key_Down)
    assert _card(window, card_id).emotion != before
    press(qtbot, Qt.Key.Key_Escape)
    assert window.view.hasFocus() and scene.selected_card_ids() == [card_id]


def test_f2_edits_the_selected_card_in_place(sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    focus_map(qtbot, window)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_F2)
    assert window.view.editor is not None


# --- the keys and the menus -------------------------------------------------------------------

def _menu_entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


# Lists of the user's things (files, metrics): walked with the arrow keys, like any list.
DATA_MENUS = {"Open &Recent", "&Heat Overlay"}


def _menus(window: MainWindow) -> list[QMenu]:
    """Every menu of the menu bar and their submenus, dynamic ones left out."""
    found: list[QMenu] = []
    stack = [a.menu() for a in window.menuBar().actions()]
    while stack:
        menu = stack.pop()
        if isinstance(menu, QMenu) and menu.title() not in DATA_MENUS:
            found.append(menu)
            stack.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    return found


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").casefold()


def test_every_menu_entry_has_a_mnemonic_of_its_own(sample_window: MainWindow) -> None:
    missing, clashes = [], []
    titles = [_mnemonic(a.text()) for a in sample_window.menuBar().actions()]
    assert "" not in titles and len(set(titles)) == len(titles), titles
    for menu in _menus(sample_window):
        if menu.title() == "&Journey":
            continue  # see test_the_journey_menu_has_mnemonics
        seen: dict[str, str] = {}
        for action in _menu_entries(menu):
            letter = _mnemonic(action.text())
            if not letter:
                missing.append(f"{menu.title()} > {action.text()}")
            elif letter in seen:
                clashes.append(f"{menu.title()}: '{seen[letter]}' and '{action.text()}'")
            seen.setdefault(letter, action.text())
    assert not missing, f"menu entries without a mnemonic: {missing}"
    assert not clashes, f"mnemonics used twice in a menu: {clashes}"


def test_the_journey_menu_has_mnemonics(sample_window: MainWindow) -> None:
    menu = next(m for m in _menus(sample_window) if m.title() == "&Journey")
    assert all(_mnemonic(a.text()) for a in _menu_entries(menu))


def _window_shortcuts(window: MainWindow) -> dict[str, list[str]]:
    """Every key sequence the window's actions answer to (menus, toolbar, docks), and
    who answers to it."""
    owners: dict[str, list[str]] = defaultdict(list)
    actions = set(window.findChildren(QAction)) | set(QWidget.actions(window))
    for action in actions:
        context = action.shortcutContext()
        if context == Qt.ShortcutContext.WidgetShortcut:
            continue  # a widget's own key, alive only while it has the focus
        for sequence in action.shortcuts():
            owners[sequence.toString()].append(action.objectName() or action.text())
    return owners


def test_no_two_commands_share_a_key(sample_window: MainWindow) -> None:
    shared = {keys: who for keys, who in _window_shortcuts(sample_window).items()
              if len(set(who)) > 1}
    assert not shared, f"keys bound to two commands: {shared}"


def test_the_maps_own_keys_are_not_taken_by_a_command(sample_window: MainWindow) -> None:
    """A window shortcut would swallow the key before the map sees it."""
    taken = _window_shortcuts(sample_window)
    for place, keys, _ in MAP_KEYS:
        if place == "On the map":
            stolen = {k: taken[QKeySequence(k).toString()] for k in keys
                      if QKeySequence(k).toString() in taken}
            assert not stolen, f"the map's keys taken by commands: {stolen}"


def test_every_command_is_reachable_by_key_or_menu(sample_window: MainWindow) -> None:
    in_menus = {a for menu in _menus(sample_window) for a in _menu_entries(menu)}
    unreachable = [action_id for action_id, action in sample_window.actions.items()
                   if not action.shortcuts() and action not in in_menus]
    assert not unreachable


def test_a_dock_opens_from_the_view_menu_by_its_mnemonic(sample_window: MainWindow) -> None:
    view_menu = next(m for m in _menus(sample_window) if m.title() == "&View")
    entry = next(a for a in _menu_entries(view_menu)
                 if a is sample_window.docks["library"].toggleViewAction())
    assert _mnemonic(entry.text()) == "l"
    dock: QDockWidget = sample_window.docks["library"]
    was_shown = dock.isVisible()
    entry.trigger()
    assert dock.isVisible() != was_shown
