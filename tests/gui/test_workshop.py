"""Workshop mode on the projector: full screen and back, stage focus, a dot voting round."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QToolBar
from pytestqt.qtbot import QtBot

from journey_editor.layout.style import PROJECTOR_STYLE
from journey_editor.model.types import Card, Voting
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.voting import VotingDialog
from journey_editor.ui.workshop import WorkshopMode


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    return sample_window


def _chrome(window: MainWindow) -> list[QDockWidget | QToolBar]:
    return [w for kind in (QDockWidget, QToolBar) for w in window.findChildren(kind)
            if w.parentWidget() is window]


def _snapshot(window: MainWindow) -> dict[str, Any]:
    """Everything workshop mode may touch and must give back."""
    view = window.view
    chrome = _chrome(window)
    assert window.document is not None
    return {
        "state": window.windowState(), "geometry": window.geometry(),
        "chrome": {w.objectName(): w.isVisible() for w in chrome},
        "menu": window.menuBar().isVisible(), "status": window.statusBar().isVisible(),
        "scene": view.scene(), "transform": view.transform(),
        "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        "undo": (window.document.undo_stack.count(), window.document.undo_stack.index()),
        "modified": window.document.modified,
        "workspace": msgspec.json.encode(window.document.workspace),
    }


def _key(window: MainWindow, qtbot: QtBot, key: Qt.Key,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.view.viewport(), key, modifiers)


def _enter(window: MainWindow, qtbot: QtBot) -> WorkshopMode:
    window.actions["workshop"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen()
                    and window.view.width() == window.screen().geometry().width())
    assert window.workshop is not None
    return window.workshop


def _stage_center(window: MainWindow, stage_id: str) -> float:
    x, w = window.view.journey_scene().layout.columns[stage_id]
    return x + w / 2


def test_entering_hides_the_chrome_and_leaving_restores_it_without_touching_the_document(
        window: MainWindow, qtbot: QtBot) -> None:
    window.view.set_zoom(0.8)  # a zoom and scroll of the user's own, not the fitted map
    window.view.centerOn(600, 500)
    before = _snapshot(window)
    assert any(before["chrome"].values()) and before["menu"] and before["status"]

    workshop = _enter(window, qtbot)
    assert workshop.active
    assert not any(w.isVisible() for w in _chrome(window))
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    scene = window.view.journey_scene()
    assert scene is not before["scene"] and scene.map_style is PROJECTOR_STYLE
    assert workshop.panel is not None and workshop.panel.isVisible()

    _key(window, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not workshop.active
    after = _snapshot(window)
    assert after == before  # window, docks, bars, scene, zoom, scroll; the document


def test_a_fitted_map_comes_back_fitted_and_the_shortcut_toggles(
        window: MainWindow, qtbot: QtBot) -> None:
    window.view.fit()
    before = _snapshot(window)
    _key(window, qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.workshop.active
    _key(window, qtbot, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert _snapshot(window) == before
    window.resize(window.width() + 200, window.height())  # still fitted: it follows the window
    layout = window.view.journey_scene().layout
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(QRectF(0, 0, layout.width, layout.height))


def test_the_first_stage_in_focus_leaves_the_lane_names_clear(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    workshop = _enter(window, qtbot)
    scene = window.view.journey_scene()
    header = scene.layout.lane_headers[0]
    at = QPointF(header.rect.x + 4, header.rect.y + header.rect.h - 4)  # no text there

    def lane_header_colour() -> str:
        return window.view.viewport().grab().toImage().pixelColor(
            window.view.mapFromScene(at)).name()

    unfocused = lane_header_colour()
    _key(window, qtbot, Qt.Key.Key_Right)
    assert workshop.stage == list(scene.layout.columns)[0]
    assert lane_header_colour() == unfocused  # not washed out with the other stages


def test_arrow_keys_step_the_stage_focus(window: MainWindow, qtbot: QtBot) -> None:
    workshop = _enter(window, qtbot)
    stages = list(window.view.journey_scene().layout.columns)
    assert workshop.stage is None and workshop.focus_item is not None
    assert not workshop.focus_item.isVisible()

    _key(window, qtbot, Qt.Key.Key_Right)
    assert workshop.stage == stages[0]
    _key(window, qtbot, Qt.Key.Key_Right)
    _key(window, qtbot, Qt.Key.Key_Right)
    assert workshop.stage == stages[2]
    x, w = window.view.journey_scene().layout.columns[stages[2]]
    assert workshop.focus_item.isVisible()
    assert workshop.focus_item.column == QRectF(x, 0, w, workshop.focus_item.area.height())
    center = window.view.mapToScene(window.view.viewport().rect().center())
    assert center.x() == pytest.approx(_stage_center(window, stages[2]), abs=2)
    assert window.view.zoom() > 1.0  # the stage reads larger than the whole map
    assert workshop.panel is not None
    assert workshop.panel.stage.text().startswith("Stage 3 of 6")

    _key(window, qtbot, Qt.Key.Key_Left)
    assert workshop.stage == stages[1]
    for _ in range(len(stages) + 2):  # stops at the last stage
        _key(window, qtbot, Qt.Key.Key_Right)
    assert workshop.stage == stages[-1]
    _key(window, qtbot, Qt.Key.Key_Home)
    assert workshop.stage is None and not workshop.focus_item.isVisible()
    assert window.document is not None and window.document.undo_stack.count() == 0


def _card_point(window: MainWindow, card_id: str) -> QPoint:
    rect = window.view.journey_scene().layout.cards[card_id].rect
    return window.view.mapFromScene(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))


def _click(window: MainWindow, qtbot: QtBot, card_id: str, *, right: bool = False,
           shift: bool = False) -> None:
    button = Qt.MouseButton.RightButton if right else Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(window.view.viewport(), button, mods, _card_point(window, card_id))


def _card(window: MainWindow, card_id: str) -> Card:
    assert window.document is not None
    journey = window.document.journey(window.view.journey_scene().journey_id)
    return next(c for c in journey.cards if c.id == card_id)


def test_a_voting_round_places_dots_up_to_the_limit_and_ranks_the_cards(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = window.document
    assert doc is not None
    workshop = _enter(window, qtbot)
    _key(window, qtbot, Qt.Key.Key_V)  # no round yet: voting refuses to start
    assert not workshop.voting.enabled
    assert workshop.panel is not None and workshop.panel.note.text() == \
        "Set up a voting round first."

    monkeypatch.setattr(VotingDialog, "ask", staticmethod(
        lambda parent, journey: (Voting(participants=["Ann", "Bo"], dots_per_participant=2),
                                 False)))
    workshop.panel.bar.setup.click()
    assert workshop.voting.enabled and workshop.voting.participant == "Ann"
    assert doc.undo_stack.count() == 1
    first, second = list(window.view.journey_scene().layout.cards)[:2]

    _click(window, qtbot, first)
    _click(window, qtbot, first)
    assert _card(window, first).votes == {"Ann": 2}
    assert window.view.journey_scene().layout.cards[first].votes == 2  # drawn on the card
    assert workshop.panel.bar.left.text() == "0 of 2 dots left"
    _click(window, qtbot, second)  # Ann has no dots left: refused, nothing pushed
    assert _card(window, second).votes == {}
    assert doc.undo_stack.count() == 3
    assert workshop.panel.note.text() == "Ann has no dots left."
    assert window.view.journey_scene().selectedItems() == []  # a vote is not a selection

    _key(window, qtbot, Qt.Key.Key_2)
    assert workshop.voting.participant == "Bo"
    _click(window, qtbot, second)
    _click(window, qtbot, second, shift=True)  # takes Bo's dot off again
    _click(window, qtbot, first, right=True)  # Bo has no dot there: cannot go below 0
    assert _card(window, second).votes == {} and _card(window, first).votes == {"Ann": 2}
    assert workshop.panel.note.text() == "Bo has no dot on this card."
    _click(window, qtbot, second)
    assert doc.undo_stack.count() == 6

    doc.undo_stack.undo()  # undo takes the last dot off
    assert _card(window, second).votes == {}
    doc.undo_stack.redo()
    assert _card(window, second).votes == {"Bo": 1}

    workshop.show_results()
    results = workshop.voting.results
    assert results is not None
    table = results.table  # the titles in the order the room reads them
    assert [table.topLevelItem(i).text(1) for i in range(table.topLevelItemCount())] == [
        _card(window, first).title, _card(window, second).title]
    top = results.table.topLevelItem(0)
    assert [top.text(i) for i in (0, 3, 4, 5)] == ["1", "2", "2", ""]
    results.close()

    _key(window, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.view.journey_scene().layout.cards[first].votes == 2  # the normal map too
    assert doc.undo_stack.count() == 6


def test_a_new_document_leaves_workshop_mode_first(window: MainWindow, qtbot: QtBot) -> None:
    workshop = _enter(window, qtbot)
    window.files.new_document()
    assert not workshop.active and workshop.scene is None
    assert window.view.journey_scene().map_style is not PROJECTOR_STYLE
    assert window.docks["inspector"].isVisible() and window.menuBar().isVisible()


def test_the_round_dialog_cleans_the_names(qtbot: QtBot) -> None:
    dialog = VotingDialog(Voting(participants=["Ann"], dots_per_participant=3), has_dots=False)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.dots.value() == 3
    dialog.names.setPlainText("  \n")
    assert not ok.isEnabled()
    dialog.names.setPlainText("Ann\n\n Bo \nann\n")
    dialog.dots.setValue(4)
    round_ = dialog.round()
    assert (round_.participants, round_.dots_per_participant) == (["Ann", "Bo"], 4)
    assert dialog.clear.isHidden()


def test_a_voting_message_takes_the_hints_place_and_not_more_of_the_map(
        window: MainWindow, qtbot: QtBot) -> None:
    workshop = _enter(window, qtbot)
    panel = workshop.panel
    assert panel is not None
    top = panel.geometry().top()
    _key(window, qtbot, Qt.Key.Key_V)  # no round yet: a message says so
    assert panel.note.isVisible() and not panel.hints.isVisible()
    assert panel.geometry().top() >= top  # the panel grew no higher over the map
    qtbot.waitUntil(lambda: not panel.note.isVisible(), timeout=6000)
    assert panel.hints.isVisible() and panel.geometry().top() == top


def test_f11_before_the_maps_first_frame_enters_workshop_mode(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from journey_editor.app import create_window

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = create_window()
    qtbot.addWidget(window)
    window.show()  # no event handled yet: the map has not painted
    assert window.workshop is None
    # F11 (the action's key) before any event is handled: the key itself reaches the
    # action only in an active window, which the offscreen platform makes by painting.
    assert "F11" in [key.toString() for key in window.actions["workshop"].shortcuts()]
    window.actions["workshop"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert window.workshop is not None and window.workshop.active
    _key(window, qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
