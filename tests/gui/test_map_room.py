"""The map owns the screen: a readable zoom, docks that step aside, a grid that stays put."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from pytestqt.qtbot import QtBot

from journey_editor.canvas.view import READABLE_PX
from journey_editor.ui import dock_rails
from journey_editor.ui.main_window import MainWindow
from tests.gui.conftest import open_sample


def test_a_map_opens_with_readable_titles_from_its_first_stage(sample_window: MainWindow) -> None:
    view = sample_window.view
    scene = view.journey_scene()
    assert scene.map_style.card_font * view.zoom() >= READABLE_PX
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    first = scene.layout.lane_headers[0].rect
    assert shown.left() <= first.x and shown.top() <= scene.layout.stage_headers[0].rect.y


def test_actual_size_shows_the_first_stage(sample_window: MainWindow, qtbot: QtBot) -> None:
    view = sample_window.view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)
    layout = view.journey_scene().layout
    stage_x, stage_w = next(iter(layout.columns.values()))
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.left() <= 0 and shown.right() >= stage_x + stage_w


@pytest.mark.parametrize("fit_first", [True, False])
def test_ten_adds_leave_the_zoom_and_the_scroll_alone(sample_window: MainWindow, qtbot: QtBot,
                                                       fit_first: bool) -> None:
    view = sample_window.view
    if fit_first:
        qtbot.keyClick(view, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    zoom = view.zoom()
    doc = sample_window.document
    assert doc is not None
    stages = len(doc.workspace.journeys[0].stages)
    for i in range(10):
        action = "add_stage" if i % 2 else "add_lane"
        sample_window.actions[action].trigger()
        assert view.editor is not None
        qtbot.keyClicks(view.viewport(), f"Added {i}")
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
        qtbot.wait(1)  # scroll bars come and go from the event loop
        assert view.zoom() == pytest.approx(zoom)
        scene = view.journey_scene()  # scrolled only as far as the new header needs
        headers = scene.stage_headers if action == "add_stage" else scene.lane_headers
        added = next(h for h in headers.values() if h.box.text.lines == (f"Added {i}",))
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        assert shown.intersects(added.sceneBoundingRect())
    assert len(doc.workspace.journeys[0].stages) == stages + 5


def test_resizing_the_window_refits_a_fitted_map(sample_window: MainWindow, qtbot: QtBot) -> None:
    sample_window.actions["fit"].trigger()
    before = sample_window.view.zoom()
    sample_window.showNormal()
    sample_window.resize(900, 650)
    qtbot.waitUntil(lambda: sample_window.view.zoom() < before * 0.9)


@pytest.fixture
def compact(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test screen (1920 px) taken for a small one: a laptop's or a projector's."""
    monkeypatch.setattr(dock_rails, "COMPACT_SCREEN", 4000)


def test_on_a_small_screen_the_docks_wait_in_the_rails(compact: None, qtbot: QtBot) -> None:
    window = open_sample(qtbot)
    assert not any(dock.isVisible() for dock in window.docks.values())
    assert window.view.viewport().width() >= 0.9 * window.width()
    inspector = window.rails.buttons["inspector"]
    qtbot.mouseClick(inspector, Qt.MouseButton.LeftButton)
    dock = window.docks["inspector"]
    assert dock.isVisible() and dock.isFloating() and inspector.isChecked()
    view = window.view
    over = QRect(view.mapToGlobal(QPoint(0, 0)), view.size())
    assert over.contains(dock.geometry().center())  # over the map, not beside it
    zoom = view.zoom()
    assert view.viewport().width() >= 0.9 * window.width()  # the map kept its room
    qtbot.mouseClick(window.rails.buttons["history"], Qt.MouseButton.LeftButton)
    assert window.docks["history"].isVisible() and not dock.isVisible()  # one at a time
    qtbot.mouseClick(window.rails.buttons["history"], Qt.MouseButton.LeftButton)
    assert not window.docks["history"].isVisible()
    assert view.zoom() == pytest.approx(zoom)


def test_the_docks_as_the_user_left_them_come_back(compact: None, qtbot: QtBot) -> None:
    window = open_sample(qtbot)
    qtbot.mouseClick(window.rails.buttons["review"], Qt.MouseButton.LeftButton)
    window.docks["review"].setFloating(False)  # docked again by the user
    assert window.close()
    again = open_sample(qtbot)
    assert again.docks["review"].isVisible() and not again.docks["review"].isFloating()
    assert not again.docks["inspector"].isVisible() and again.docks["inspector"].isFloating()


def test_on_full_hd_the_inspector_is_open_and_the_map_keeps_most_of_the_width(
        qtbot: QtBot) -> None:
    window = open_sample(qtbot)
    assert window.docks["inspector"].isVisible() and not window.docks["inspector"].isFloating()
    assert not window.docks["journeys"].isVisible()  # a click away on the left rail
    assert window.view.viewport().width() >= 0.7 * window.width()
    qtbot.mouseClick(window.rails.buttons["journeys"], Qt.MouseButton.LeftButton)
    assert window.docks["journeys"].isVisible()


def test_a_maximised_window_comes_back_maximised_on_its_screen(qtbot: QtBot) -> None:
    window = open_sample(qtbot)
    assert window.isMaximized()
    assert window.close()
    again = open_sample(qtbot)
    assert again.isMaximized()
    assert again.geometry() == again.screen().availableGeometry()


def test_the_in_place_editor_opens_clear_of_a_panel_over_the_map(compact: None,
                                                                  qtbot: QtBot) -> None:
    window = open_sample(qtbot)
    view = window.view
    qtbot.mouseClick(window.rails.buttons["inspector"], Qt.MouseButton.LeftButton)
    dock = window.docks["inspector"]
    scene = view.journey_scene()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    last_stage = scene.layout.cards["card-online-help-center"]  # under the panel, at the end
    assert QRect(view.viewport().mapToGlobal(view.mapFromScene(
        scene.cards[last_stage.id].sceneBoundingRect().center())), QSize(1, 1)).intersects(
        dock.frameGeometry())
    scene.select_cards([last_stage.id])
    window.actions["add_card"].trigger()
    assert view.editor is not None
    shown = view.mapFromScene(view.editor.sceneBoundingRect()).boundingRect()
    on_screen = QRect(view.viewport().mapToGlobal(shown.topLeft()), shown.size())
    assert not on_screen.intersects(dock.frameGeometry())
