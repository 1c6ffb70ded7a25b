"""A big map shows the cards in view first, then its other cards and its arrows right
after the first frame (issue 13): what comes is what a full layout holds, and an edit
made before it comes lands on a whole map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.canvas import scene as scene_module
from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.layout.engine import lay_out
from journey_editor.ui.main_window import MainWindow
from tests.benchmarks.bigmap import big_workspace


@pytest.fixture
def big_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    # A 300-card, 300-arrow map counts as big here.
    monkeypatch.setattr(scene_module, "ROUTE_AFTER_PAINT", 200)
    monkeypatch.setattr(scene_module, "CARDS_AFTER_PAINT", 200)
    monkeypatch.setattr(QMessageBox, "question",  # closing with edits never asks
                        lambda *args: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(big_workspace(cards=300, connections=300, stages=10, lanes=8)))
    qtbot.addWidget(window)
    return window


def _arrows(window: MainWindow) -> dict[str, object]:
    return {i: item.box for i, item in window.view.journey_scene().connections.items()}


def _full_layout(window: MainWindow):  # type: ignore[no-untyped-def]
    scene = window.view.journey_scene()
    return lay_out(window.document.journey(scene.journey_id))  # type: ignore[union-attr]


def test_the_cards_in_view_come_first_and_the_rest_right_after_the_first_frame(
        big_window: MainWindow, qtbot: QtBot) -> None:
    scene = big_window.view.journey_scene()
    assert not scene.cards and not scene.connections  # nothing made before a view paints
    big_window.show()
    qtbot.waitUntil(lambda: not scene.settling)
    full = _full_layout(big_window)
    assert {i: item.box for i, item in scene.cards.items()} == full.cards
    assert _arrows(big_window) == {path.id: path for path in full.connections}


def test_a_frame_gets_exactly_the_cards_it_shows(big_window: MainWindow) -> None:
    scene = big_window.view.journey_scene()
    view = QRectF(0, 0, 900, 500)
    scene.painted(view)
    shown = {i for i, box in scene.layout.cards.items()
             if QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h).intersects(
                 view.adjusted(-100, -100, 100, 100))}
    assert shown and set(scene.cards) == shown
    assert len(shown) < len(scene.layout.cards)  # the others wait for the next turn


def test_an_edit_before_the_first_frame_makes_the_whole_map_first(
        big_window: MainWindow) -> None:
    scene = big_window.view.journey_scene()
    document = big_window.document
    assert document is not None and scene.settling
    journey = document.journey(scene.journey_id)
    card, elsewhere = journey.cards[0], journey.stages[-1].id
    edit_facade.move_cards(document, scene.journey_id, [(card.id, elsewhere, card.lane)])
    edit_facade.rename(document, scene.journey_id, "card", card.id, "A much longer title "
                       "that wraps onto more lines than it had")
    assert not scene.settling
    full = _full_layout(big_window)
    assert {i: item.box for i, item in scene.cards.items()} == full.cards
    assert _arrows(big_window) == {path.id: path for path in full.connections}


def test_cards_selected_before_the_first_frame_stay_selected(big_window: MainWindow) -> None:
    scene = big_window.view.journey_scene()
    last = list(scene.layout.cards)[-1]  # far from any first frame
    scene.select_cards([last])
    assert scene.selected_card_ids() == [last] and not scene.settling


def test_select_all_before_the_big_map_settles_selects_every_card(
        big_window: MainWindow, qtbot: QtBot) -> None:
    big_window.show()
    scene = big_window.view.journey_scene()
    scene.painted(QRectF(0, 0, 900, 500))  # the first frame made only what it shows
    big_window.actions["select_all"].trigger()
    assert len(scene.selected_card_ids()) == 300


def test_deleting_many_selected_cards_announces_one_selection_change(
        big_window: MainWindow, qtbot: QtBot) -> None:
    big_window.show()
    scene = big_window.view.journey_scene()
    qtbot.waitUntil(lambda: not scene.settling)
    big_window.actions["select_all"].trigger()
    heard: list[int] = []
    scene.selectionChanged.connect(lambda: heard.append(len(scene.selectedItems())))
    big_window.edits.delete()
    assert not scene.cards and heard == [0]  # one change, to nothing selected
