"""Issue 11, item 7: a future state you can see, and a comparison you can click.

The sample journey gets a future state in which one card is added, one changed and
one removed; the compare dock, the map and the journey list are then driven and read
as a facilitator would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTransform
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from journey_editor.canvas.compare_overlay import MARK_COLOURS, GhostItem
from journey_editor.editor import commands
from journey_editor.model.compare_entries import ADDED, CHANGED
from journey_editor.model.types import Card, Journey, Lane
from journey_editor.render.picture import FUTURE_COLOUR
from journey_editor.ui.compare_side_by_side import SideBySideDialog
from journey_editor.ui.main_window import MainWindow


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    return sample_window


def _lonely_card(journey: Journey) -> Card:
    """A card without arrows: removing it removes nothing else."""
    linked = {end for link in journey.connections for end in (link.source, link.target)}
    return next(card for card in journey.cards if card.id not in linked)


@pytest.fixture
def future(window: MainWindow) -> tuple[Journey, dict[str, str]]:
    """The sample's future state with one card added, one changed, one removed."""
    doc = window.document
    assert doc is not None
    window.panels.journeys.actions["future_state"].trigger()
    journey = doc.workspace.journeys[1]
    first = journey.cards[0]
    added = Card(id="card-chatbot", stage=first.stage, lane=first.lane, title="Chat bot")
    changed = next(c for c in journey.cards if c.id != first.id)
    removed = _lonely_card(journey)
    assert len({first.id, changed.id, removed.id}) == 3
    for command in (commands.make_add_card(doc, journey.id, added),
                    commands.make_edit(doc, journey.id, "card", changed.id, {"emotion": 3}),
                    commands.make_remove_cards(doc, journey.id, [removed.id])):
        assert command is not None
        doc.push(command)
    window.docks["compare"].show()
    window.docks["compare"].raise_()  # the comparison runs while its tab shows
    return journey, {"added": added.id, "changed": changed.id, "removed": removed.id}


def _groups(window: MainWindow) -> dict[str, list[QListWidgetItem]]:
    """The dock's headings (bold, not selectable) -> the rows under each."""
    entries = window.panels.compare.entries
    groups: dict[str, list[QListWidgetItem]] = {}
    rows: list[QListWidgetItem] = []
    for row in range(entries.count()):
        item = entries.item(row)
        if item.flags() & Qt.ItemFlag.ItemIsSelectable:
            rows.append(item)
        else:
            groups[item.text()] = rows = []
    return groups


def test_the_three_card_differences_are_listed_under_their_kinds_with_counts(
        window: MainWindow, future: tuple[Journey, dict[str, str]]) -> None:
    groups = _groups(window)
    cards = [name for name in groups if name.startswith("Cards")]
    assert cards == ["Cards added (1)", "Cards changed (1)", "Cards removed (1)"]
    assert [len(groups[name]) for name in cards] == [1, 1, 1]
    assert groups["Cards added (1)"][0].text().startswith("'Chat bot' in ")
    assert "emotion" in groups["Cards changed (1)"][0].text()
    removed = next(c for c in window.document.workspace.journeys[0].cards
                   if c.id == future[1]["removed"])
    assert groups["Cards removed (1)"][0].text().startswith(f"'{removed.title}' in ")
    assert "Journey details changed (2)" in groups  # its name and state


def test_clicking_a_difference_selects_its_card_on_the_map(
        window: MainWindow, future: tuple[Journey, dict[str, str]], qtbot: QtBot) -> None:
    journey, ids = future
    entries = window.panels.compare.entries
    window.show_journey(window.document.workspace.journeys[0].id)  # the dock brings it back
    for group, card_id in (("Cards changed (1)", ids["changed"]),
                           ("Cards added (1)", ids["added"])):
        entry = _groups(window)[group][0]
        entries.scrollToItem(entry)
        qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton,
                         pos=entries.visualItemRect(entry).center())
        scene = window.view.journey_scene()
        assert scene.journey_id == journey.id
        assert scene.selected_card_ids() == [card_id]
        shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        assert shown.intersects(scene.cards[card_id].sceneBoundingRect())


def _click_entry(window: MainWindow, qtbot: QtBot, group: str) -> None:
    entries = window.panels.compare.entries
    entry = _groups(window)[group][0]
    entries.scrollToItem(entry)
    qtbot.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton,
                     pos=entries.visualItemRect(entry).center())


def test_clicking_a_lane_or_a_removed_stage_shows_it_on_its_map(
        window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document
    assert doc is not None
    window.panels.journeys.actions["future_state"].trigger()
    current, future = doc.workspace.journeys
    gone = future.stages[-1]
    for command in (commands.make_add_header(doc, future.id, Lane(id="lane-chat", name="Chat")),
                    commands.make_remove_header(doc, future.id, "stage", gone.id)):
        assert command is not None
        doc.push(command)
    window.docks["compare"].show()
    window.docks["compare"].raise_()

    _click_entry(window, qtbot, "Lanes added (1)")
    scene = window.view.journey_scene()
    assert scene.journey_id == future.id
    assert scene.lane_headers["lane-chat"].isSelected()

    _click_entry(window, qtbot, "Stages removed (1)")  # the future has no place for it
    scene = window.view.journey_scene()
    assert scene.journey_id == current.id
    header = scene.stage_headers[gone.id]
    assert header.isSelected()
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.intersects(header.sceneBoundingRect())


def test_added_and_changed_cards_are_outlined_and_the_removed_one_is_a_ghost(
        window: MainWindow, future: tuple[Journey, dict[str, str]]) -> None:
    journey, ids = future
    window.show_journey(journey.id)
    scene = window.view.journey_scene()
    assert scene.cards[ids["added"]].mark == MARK_COLOURS[ADDED]
    assert scene.cards[ids["changed"]].mark == MARK_COLOURS[CHANGED]
    assert MARK_COLOURS[ADDED] != MARK_COLOURS[CHANGED]
    ghosts = [item for item in scene.items() if isinstance(item, GhostItem)]
    assert [g.item_id for g in ghosts] == [ids["removed"]]
    assert ids["removed"] not in scene.cards  # drawn by the scene, not a card of the map
    removed = next(c for c in window.document.workspace.journeys[0].cards
                   if c.id == ids["removed"])
    cell = scene.layout.cells[(removed.stage, removed.lane)]
    ghost = ghosts[0].box.rect
    assert cell.contains(ghost.x, ghost.y) and ghost.bottom < cell.bottom  # where it stood
    assert all(not ghosts[0].sceneBoundingRect().intersects(card.sceneBoundingRect())
               for card in scene.cards.values())
    window.panels.compare.highlight.setChecked(False)
    assert not [item for item in scene.items() if isinstance(item, GhostItem)]
    assert scene.cards[ids["added"]].mark is None


def test_the_future_state_carries_a_badge_on_the_map_and_in_the_journey_list(
        window: MainWindow, future: tuple[Journey, dict[str, str]]) -> None:
    journey, _ = future
    window.show_journey(window.document.workspace.journeys[0].id)
    assert not window.view.journey_scene().state_frame.isVisible()
    window.show_journey(journey.id)
    scene = window.view.journey_scene()
    frame = scene.state_frame
    assert frame.isVisible() and frame.label == "Future state"
    corner = scene.itemAt(frame.pill().center(), QTransform())
    assert corner is frame  # the badge sits in the corner above the lane names
    card = next(iter(scene.cards.values()))
    assert scene.itemAt(card.sceneBoundingRect().center(), QTransform()) is card  # not covered
    window.docks["journeys"].show()
    window.docks["journeys"].raise_()
    journeys = window.panels.journeys.list
    teal = QColor(FUTURE_COLOUR)

    def row_has_badge(row: int) -> bool:
        image = journeys.viewport().grab(journeys.visualItemRect(journeys.item(row))).toImage()
        return any(image.pixelColor(x, y) == teal
                   for x in range(image.width()) for y in range(image.height()))

    assert [row_has_badge(0), row_has_badge(1)] == [False, True]
    doc = window.document
    command = commands.make_edit(doc, None, "journey", journey.id, {"state": "current"})
    assert command is not None
    doc.push(command)
    assert not frame.isVisible()
    assert not row_has_badge(1)


def test_side_by_side_shows_both_journeys_stage_by_stage(
        window: MainWindow, future: tuple[Journey, dict[str, str]], qtbot: QtBot) -> None:
    journey, ids = future
    removed = next(c for c in window.document.workspace.journeys[0].cards
                   if c.id == ids["removed"])
    panel = window.panels.compare
    qtbot.mouseClick(panel.side_by_side, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(SideBySideDialog)
    assert dialog is not None
    text = dialog.browser.toPlainText()
    assert all(stage.name in text for stage in journey.stages)
    assert "+ Chat bot" in text and f"\u2212 {removed.title}" in text
    dialog.only_differences.click()
    short = dialog.browser.toPlainText()
    assert "+ Chat bot" in short and len(short) < len(text) / 2
    # A title is a link to the card on the future state's map.
    found = dialog.browser.document().find("Chat bot")
    dialog.browser.setTextCursor(found)
    at = dialog.browser.cursorRect(found).center()
    at.setX(at.x() - 10)  # inside the title, not just past its end
    qtbot.mouseClick(dialog.browser.viewport(), Qt.MouseButton.LeftButton, pos=at)
    scene = window.view.journey_scene()
    assert (scene.journey_id, scene.selected_card_ids()) == (journey.id, [ids["added"]])
