"""Deleting a stage or lane with cards says what went, with an Undo button beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from journey_editor.ui.main_window import MainWindow


def _click_header(window: MainWindow, qtbot: QtBot, kind: str, item_id: str) -> None:
    view = window.view
    scene = view.journey_scene()
    header = (scene.stage_headers if kind == "stage" else scene.lane_headers)[item_id]
    view.ensureVisible(header, 40, 40)
    rect = header.sceneBoundingRect()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(rect.center().x(), rect.bottom() - 6)))
    assert header.isSelected()


@pytest.mark.parametrize(("kind", "item_id", "name"), [("stage", "stage-choose", "Choose"),
                                                       ("lane", "lane-social", "Social and media")])
def test_deleting_a_header_with_cards_says_so_and_undoes(
        sample_window: MainWindow, qtbot: QtBot, kind: str, item_id: str, name: str) -> None:
    window = sample_window
    doc = window.document
    assert doc is not None
    journey = doc.workspace.journeys[0]
    inside = [c.id for c in journey.cards if getattr(c, kind) == item_id]
    assert len(inside) >= 3
    _click_header(window, qtbot, kind, item_id)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    notice = window.undo_notice
    assert notice.isVisible()
    assert notice.label.text() == f"Deleted {kind} '{name}' and its {len(inside)} cards."
    assert not any(c.id in inside for c in doc.workspace.journeys[0].cards)
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    cards = {c.id for c in doc.workspace.journeys[0].cards}
    assert set(inside) <= cards


def test_the_undo_button_goes_when_something_else_happens(sample_window: MainWindow,
                                                          qtbot: QtBot) -> None:
    window = sample_window
    _click_header(window, qtbot, "stage", "stage-buy")
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.undo_notice.isVisible()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.undo_notice.isVisible()  # undone already: nothing left to offer
    stages = [s.id for s in window.document.workspace.journeys[0].stages]
    assert "stage-buy" in stages
