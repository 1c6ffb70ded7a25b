"""The Inspector's card form fits the card's lane; lane kinds have one name; the map's
title is edited with nothing selected. Driven through the main window, as a user does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor.commands import make_edit
from journey_editor.editor.document import Document
from journey_editor.editor.workspace_commands import make_set_map_title
from journey_editor.model.types import Card
from journey_editor.render.text import register_fonts
from journey_editor.templates import new_from_template
from journey_editor.ui.inspector import Inspector
from journey_editor.ui.main_window import MainWindow

TOUCHPOINT_ONLY = ("channel", "owner", "control", "direct", "key_touchpoint")


def _window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, template: str) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    register_fonts()
    window = MainWindow(Document(new_from_template(template)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.docks["inspector"].widget() is not None)
    window.docks["inspector"].show()
    return window


@pytest.fixture
def retail(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return _window(qtbot, monkeypatch, "retail")


def _inspector(window: MainWindow) -> Inspector:
    return window.panels.inspector


def _card_in(window: MainWindow, preset: str) -> Card:
    """The first card of the shown journey in a lane with this preset."""
    journey = window.document.journey(window.view.journey_scene().journey_id)
    lanes = {lane.id for lane in journey.lanes if lane.preset == preset}
    return next(card for card in journey.cards if card.lane in lanes)


def _click_card(window: MainWindow, qtbot: QtBot, card_id: str) -> None:
    view = window.view
    rect = view.journey_scene().layout.cards[card_id].rect
    view.centerOn(rect.x + rect.w / 2, rect.y + rect.h / 2)
    at = view.mapFromScene(QPointF(rect.x + 8, rect.y + rect.h / 2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: (_inspector(window).shown_item() or (None, None, None))[2]
                    == card_id)


def _visible(window: MainWindow, name: str) -> bool:
    return _inspector(window).field_widget(name).isVisible()


def _section_titles(window: MainWindow) -> list[str]:
    return [box.title() for box in _inspector(window).findChildren(QGroupBox) if box.isVisible()]


def test_a_goal_card_has_no_touchpoint_fields(retail: MainWindow, qtbot: QtBot) -> None:
    goal = _card_in(retail, "goals")
    _click_card(retail, qtbot, goal.id)
    for name in TOUCHPOINT_ONLY:
        assert not _visible(retail, name), name
    for name in ("title", "notes", "emotion", "expectations", "status", "evidence"):
        assert _visible(retail, name), name
    assert "Customer goal" in _section_titles(retail)


def test_a_touchpoint_card_has_the_whole_form(retail: MainWindow, qtbot: QtBot) -> None:
    _click_card(retail, qtbot, _card_in(retail, "goals").id)
    _click_card(retail, qtbot, _card_in(retail, "touchpoints").id)  # the same page, refitted
    for name in (*TOUCHPOINT_ONLY, "customer_goal", "desired_feel", "metrics"):
        assert _visible(retail, name), name
    assert "Touchpoint" in _section_titles(retail)


def test_a_team_card_names_a_team_without_channel(retail: MainWindow, qtbot: QtBot) -> None:
    _click_card(retail, qtbot, _card_in(retail, "teams").id)
    assert _visible(retail, "title") and not _visible(retail, "channel")
    title = _inspector(retail).field_widget("title")
    assert isinstance(title, QLineEdit) and "team" in title.placeholderText()
    _click_card(retail, qtbot, _card_in(retail, "pain_points").id)
    assert _visible(retail, "emotion") and _visible(retail, "ideas")
    assert not _visible(retail, "owner")


def test_moving_a_touchpoint_to_the_goals_keeps_what_it_holds(retail: MainWindow,
                                                              qtbot: QtBot) -> None:
    card = _card_in(retail, "touchpoints")
    assert card.channel and card.owner and card.direct
    _click_card(retail, qtbot, card.id)
    lane = _inspector(retail).field_widget("lane")
    assert isinstance(lane, QComboBox)
    lane.setFocus()
    qtbot.keyClicks(lane, "Customer goals")  # a closed combo box picks the item typed
    moved = retail.document.find(retail.view.journey_scene().journey_id, "card", card.id)
    assert isinstance(moved, Card) and moved.lane == _card_in(retail, "goals").lane
    assert (moved.channel, moved.owner, moved.direct) == (card.channel, card.owner, True)
    # The values it holds are shown, to be kept or cleared; the default contact is not.
    assert _visible(retail, "channel") and _visible(retail, "owner")
    assert not _visible(retail, "direct")
    owner = _inspector(retail).field_widget("owner")
    assert isinstance(owner, QLineEdit) and owner.text() == card.owner
    qtbot.keyClick(owner, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(owner, Qt.Key.Key_Delete)
    assert moved.owner == "" and _visible(retail, "owner")  # cleared, not whisked away
    retail.document.undo_stack.undo()
    retail.document.undo_stack.undo()
    assert _visible(retail, "direct") and _visible(retail, "key_touchpoint")


def test_the_lane_kind_reads_the_same_in_the_inspector_and_on_the_map(
        retail: MainWindow, qtbot: QtBot) -> None:
    scene = retail.view.journey_scene()
    journey = retail.document.journey(scene.journey_id)
    names: set[str] = set()
    for lane in journey.lanes:
        scene.clearSelection()
        scene.lane_headers[lane.id].setSelected(True)
        kind = _inspector(retail).field_widget("kind")
        assert isinstance(kind, QComboBox)
        header = next(h for h in scene.layout.lane_headers if h.id == lane.id)
        assert header.subtitle is not None
        assert kind.currentText() == header.subtitle.lines[0]
        names.add(kind.currentText())
    assert names == {"Touchpoints", "Sticky notes", "Emotion curve"}


def test_the_map_title_is_edited_with_nothing_selected_and_undone(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, monkeypatch, "blank")
    view, scene = window.view, window.view.journey_scene()
    stage = next(iter(scene.stage_headers.values()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(stage.sceneBoundingRect().center()))
    qtbot.waitUntil(lambda: (_inspector(window).shown_item() or ("", "", ""))[1] == "stage")
    empty = QPointF(scene.layout.width + 20, scene.layout.height + 20)  # the margin
    view.ensureVisible(empty.x(), empty.y(), 1, 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(empty))
    qtbot.waitUntil(lambda: (_inspector(window).shown_item() or ("", "", ""))[1] == "journey")
    title = _inspector(window).field_widget("title")
    assert isinstance(title, QLineEdit) and title.isVisible()
    assert title.text() == "Blank journey map"
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(5, title.height() // 2))
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(title, "Bike repair")
    document = window.document
    assert document.workspace.title == "Bike repair"
    assert document.undo_stack.count() == 1  # the typing is one step
    assert document.undo_stack.undoText() == "Rename map 'Blank journey map'"
    assert document.modified
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert document.workspace.title == "Blank journey map"
    assert title.text() == "Blank journey map"


def test_a_map_title_that_is_too_long_is_refused(qtbot: QtBot, retail: MainWindow) -> None:
    inspector = _inspector(retail)
    journey = retail.view.journey_scene().journey_id
    inspector.show_item(journey, "journey", journey)
    title = inspector.field_widget("title")
    assert isinstance(title, QLineEdit)
    long = "x" * 499
    retail.document.push(make_set_map_title(retail.document, long))
    assert title.text() == long
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton, pos=QPoint(5, title.height() // 2))
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, "yz")
    assert retail.document.workspace.title == long + "y"
    assert "500" in (inspector.field_error("title") or "")
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert inspector.field_error("title") is None
    assert retail.document.undo_stack.count() == 2


def test_a_rename_made_elsewhere_shows_in_the_inspector(retail: MainWindow) -> None:
    inspector = _inspector(retail)
    journey = retail.view.journey_scene().journey_id
    inspector.show_item(journey, "journey", journey)
    title = inspector.field_widget("title")
    assert isinstance(title, QLineEdit)
    # As File > Properties makes it.
    retail.document.push(make_edit(retail.document, None, "workspace", "workspace",
                                   {"title": "Sofa journeys"}))
    assert title.text() == "Sofa journeys"
    retail.document.undo_stack.undo()
    assert title.text() == "Retail purchase journey"


def test_a_lane_added_by_hand_becomes_the_teams_lane_in_the_inspector(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from journey_editor.analysis.review import NO_OWNER, review
    from journey_editor.editor.commands import make_add_card, make_add_header
    from journey_editor.model.types import Lane

    window = _window(qtbot, monkeypatch, "blank")
    doc, journey_id = window.document, window.view.journey_scene().journey_id
    for make in (
            lambda: make_add_card(doc, journey_id, Card(id="web", stage="stage-before",
                                                        lane="lane-touchpoints", title="Website")),
            lambda: make_add_header(doc, journey_id, Lane(id="people", name="Our people")),
            lambda: make_add_card(doc, journey_id, Card(id="support", stage="stage-before",
                                                        lane="people", title="Support team"))):
        command = make()
        assert command is not None
        doc.push(command)

    def unowned() -> list[str]:
        return [i for f in review(doc.journey(journey_id)) if f.kind == NO_OWNER
                for i in f.card_ids]

    assert unowned() == ["web"]  # "Our people" is just notes so far
    scene = window.view.journey_scene()
    scene.clearSelection()
    scene.lane_headers["people"].setSelected(True)
    content = _inspector(window).field_widget("preset")
    assert isinstance(content, QComboBox) and content.isVisible()
    assert not _visible(window, "emotion_values")  # the curve's values: not on notes
    content.setFocus()
    qtbot.keyClicks(content, "Teams")
    assert doc.find(journey_id, "lane", "people").preset == "teams"
    assert unowned() == []  # the stage is staffed now
    _click_card(window, qtbot, "support")
    assert not _visible(window, "channel")
    title = _inspector(window).field_widget("title")
    assert isinstance(title, QLineEdit) and "team" in title.placeholderText()
    scene.clearSelection()
    scene.lane_headers["lane-emotion"].setSelected(True)
    assert _visible(window, "emotion_values")
