"""Add Card, Add Stage and Add Lane put the in-place editor where the keyboard says and
what is typed lands there, whichever widget had the focus before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from journey_editor.ui.main_window import MainWindow


def _type(qtbot: QtBot, text: str) -> None:
    """Keystrokes as the keyboard sends them: to whatever has the focus now."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClicks(target, char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _press(qtbot: QtBot, key: Qt.Key,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def _focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _titles(window: MainWindow, stage: str, lane: str) -> list[str]:
    journey = window.view.journey_scene().document.journey(window.view.journey_scene().journey_id)
    return [c.title for c in journey.cards if (c.stage, c.lane) == (stage, lane)]


def test_typing_after_an_inspector_edit_lands_in_the_selected_cards_cell(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    scene = window.view.journey_scene()
    scene.select_cards(["card-website"])
    box = scene.layout.cards["card-website"]
    emotion = window.panels.inspector.field_widget("emotion")
    combo = emotion if isinstance(emotion, QComboBox) else emotion.findChild(QComboBox)
    assert combo is not None
    _focus(qtbot, window, combo)
    before = scene.document.journey(scene.journey_id).cards
    old_emotion = next(c.emotion for c in before if c.id == "card-website")
    _press(qtbot, Qt.Key.Key_Down)  # a new emotion for the card
    _press(qtbot, Qt.Key.Key_Insert)  # Add Card
    editor = window.view.editor
    assert editor is not None  # where the new card goes: below the cell's cards, on none
    assert not any(editor.sceneBoundingRect().intersects(item.sceneBoundingRect())
                   for card_id, item in scene.cards.items()
                   if (scene.layout.cards[card_id].stage, scene.layout.cards[card_id].lane)
                   == (box.stage, box.lane))
    _type(qtbot, "Chat with an advisor")
    assert "Chat with an advisor" in _titles(window, box.stage, box.lane)
    website = next(c for c in scene.document.journey(scene.journey_id).cards
                   if c.id == "card-website")
    assert website.emotion != old_emotion  # the inspector's edit was kept too


def test_typing_after_picking_in_the_library_lands_in_the_keyboard_cursor_cell(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    view = window.view
    layout = view.journey_scene().layout
    stage, lane = list(layout.columns)[2], list(layout.rows)[3]
    x, y, w, h = layout.cells[(stage, lane)]
    view.ensureVisible(x, y, w, h)
    empty = view.mapFromScene(x + w - 8, y + h - 8)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert view.cursor_cell == (stage, lane)
    window.docks["library"].show()
    _focus(qtbot, window, window.panels.library.tree)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Insert)
    _type(qtbot, "Pop-up store")
    assert "Pop-up store" in _titles(window, stage, lane)


@pytest.mark.parametrize(("action", "kind"), [("add_stage", "stage"), ("add_lane", "lane")])
def test_a_new_stage_or_lane_is_named_from_the_journey_list(
        sample_window: MainWindow, qtbot: QtBot, action: str, kind: str) -> None:
    window = sample_window
    window.docks["journeys"].show()
    journeys = window.panels.journeys
    _focus(qtbot, window, journeys.list)
    keys = window.actions[action].shortcut()
    qtbot.keyClick(QApplication.focusWidget(), keys[0].key(), keys[0].keyboardModifiers())
    _type(qtbot, "Repair")
    journey = window.document.journey(window.view.journey_scene().journey_id)
    names = [s.name for s in (journey.stages if kind == "stage" else journey.lanes)]
    assert "Repair" in names


@pytest.mark.parametrize(("action", "kind"), [("add_stage", "stage"), ("add_lane", "lane")])
def test_a_new_stage_or_lane_goes_next_to_the_selected_card(
        sample_window: MainWindow, qtbot: QtBot, action: str, kind: str) -> None:
    window = sample_window
    scene = window.view.journey_scene()
    scene.select_cards(["card-website"])
    box = scene.layout.cards["card-website"]
    window.actions[action].trigger()
    _type(qtbot, "Next to it")
    journey = window.document.journey(scene.journey_id)
    items = journey.stages if kind == "stage" else journey.lanes
    names = [item.id for item in items]
    after = box.stage if kind == "stage" else box.lane
    assert items[names.index(after) + 1].name == "Next to it"
