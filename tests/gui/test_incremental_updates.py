"""An edit lays out only what it can move (issue 13): typing a card's notes in the
Inspector lays out nothing and moves no item; a title edit lays out its cell only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from journey_editor.canvas import scene as scene_module
from journey_editor.ui.main_window import MainWindow


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the scene lays the map out wholly, and incrementally."""
    counts = {"lay_out": 0, "relayout": 0}
    for name in counts:
        real = getattr(scene_module, name)

        def spy(*args: Any, _real: Any = real, _name: str = name) -> Any:
            counts[_name] += 1
            return _real(*args)
        monkeypatch.setattr(scene_module, name, spy)
    return counts


def _select_first_card(window: MainWindow, qtbot: QtBot) -> str:
    view = window.view
    scene = view.journey_scene()
    card_id = next(iter(scene.layout.cards))
    rect = scene.layout.cards[card_id].rect
    view.centerOn(rect.x + rect.w / 2, rect.y + rect.h / 2)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(rect.x + 8, rect.y + rect.h / 2)))
    assert scene.selected_card_ids() == [card_id]
    return card_id


def test_typing_notes_lays_out_nothing_and_moves_no_item(
        sample_window: MainWindow, qtbot: QtBot, calls: dict[str, int]) -> None:
    window = sample_window
    window.docks["inspector"].show()
    card_id = _select_first_card(window, qtbot)
    scene = window.view.journey_scene()
    layout, boxes = scene.layout, {i: item.box for i, item in scene.cards.items()}
    notes = window.panels.inspector.field_widget("notes")
    assert isinstance(notes, QPlainTextEdit | QTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, "Asked twice")
    card = window.document.find(scene.journey_id, "card", card_id)
    assert "Asked twice" in card.notes  # the edits arrived
    assert calls == {"lay_out": 0, "relayout": 0}
    assert scene.layout is layout
    assert all(item.box is boxes[i] for i, item in scene.cards.items())


def test_a_title_edit_lays_out_incrementally_and_lands_as_a_full_layout_would(
        sample_window: MainWindow, qtbot: QtBot, calls: dict[str, int]) -> None:
    window = sample_window
    window.docks["inspector"].show()
    card_id = _select_first_card(window, qtbot)
    title = window.panels.inspector.field_widget("title")
    title.setFocus()
    qtbot.keyClicks(title, " and a few more words to wrap it onto another line")
    scene = window.view.journey_scene()
    assert calls["lay_out"] == 0 and calls["relayout"] > 0
    full = scene_module.lay_out(window.document.journey(scene.journey_id), scene.map_style)
    assert scene.layout == full
    assert scene.cards[card_id].box == full.cards[card_id]
