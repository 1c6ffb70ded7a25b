"""A big map shows its cards first and its arrows right after the first frame (issue 13):
the arrows that come are those a full layout routes, and an edit made before they come
lands on a whole map."""

from __future__ import annotations

import pytest
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
    monkeypatch.setattr(scene_module, "ROUTE_AFTER_PAINT", 200)  # a 300-arrow map is "big"
    monkeypatch.setattr(QMessageBox, "question",  # closing with edits never asks
                        lambda *args: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(big_workspace(cards=300, connections=300, stages=10, lanes=8)))
    qtbot.addWidget(window)
    return window


def _arrows(window: MainWindow) -> dict[str, object]:
    return {i: item.box for i, item in window.view.journey_scene().connections.items()}


def test_the_cards_come_first_and_the_arrows_right_after_the_first_frame(
        big_window: MainWindow, qtbot: QtBot) -> None:
    scene = big_window.view.journey_scene()
    journey = big_window.document.journey(scene.journey_id)  # type: ignore[union-attr]
    assert len(scene.cards) == 300 and not scene.connections  # nothing routed yet
    big_window.show()
    qtbot.waitUntil(lambda: len(scene.connections) == len(journey.connections) > 250)
    expected = {path.id: path for path in lay_out(journey).connections}
    assert _arrows(big_window) == expected


def test_an_edit_before_the_arrows_come_routes_them_with_it(big_window: MainWindow) -> None:
    scene = big_window.view.journey_scene()
    document = big_window.document
    assert document is not None and scene.routes_pending
    journey = document.journey(scene.journey_id)
    card, elsewhere = journey.cards[0], journey.stages[-1].id
    edit_facade.move_cards(document, scene.journey_id, [(card.id, elsewhere, card.lane)])
    edit_facade.rename(document, scene.journey_id, "card", card.id, "A much longer title "
                       "that wraps onto more lines than it had")
    assert not scene.routes_pending
    expected = {path.id: path for path in lay_out(document.journey(scene.journey_id)).connections}
    assert _arrows(big_window) == expected
