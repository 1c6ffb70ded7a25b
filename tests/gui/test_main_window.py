"""The window as a newcomer meets it: sample map, files, title, shortcuts, closing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.app import create_window
from journey_editor.fileformat import read_workspace
from journey_editor.ui.main_window import MainWindow


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Records message boxes instead of blocking on them; questions answer `Discard`."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: Any) -> Any:
        def box(parent: object, title: str, text: str, *args: object) -> Any:
            shown.append((kind, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question",
                        record("question", QMessageBox.StandardButton.Discard))
    return shown


@pytest.fixture
def window(qtbot: QtBot, dialogs: list[tuple[str, str]]) -> MainWindow:
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _press(window: MainWindow, qtbot: QtBot, key: Any,
           modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), key, modifiers)


def test_starts_on_the_sample_journey(window: MainWindow) -> None:
    assert window.windowTitle() == "Untitled[*] — Journey Editor"
    assert not window.isWindowModified()
    assert window.journey_box.currentText() == "Buying a sofa"
    assert len(window.view.journey_scene().cards) == 50


def test_the_map_comes_first_and_stays_put_when_the_docks_fill_in(
        qtbot: QtBot, dialogs: list[tuple[str, str]]) -> None:
    window = create_window()
    qtbot.addWidget(window)
    first_frame: list[tuple[QSize, float, int, int]] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not first_frame:
                filled = sum(dock.widget() is not None for dock in window.docks.values())
                first_frame.append((window.view.size(), window.view.zoom(),
                                    len(window.view.journey_scene().cards), filled))
            return False

    spy = Spy()
    window.view.viewport().installEventFilter(spy)
    window.show()
    qtbot.waitUntil(lambda: all(dock.widget() is not None for dock in window.docks.values()))
    size, zoom, cards, filled = first_frame[0]
    assert cards == 50 and filled == 0  # the whole map was drawn before any dock's content
    assert window.view.size() == size and window.view.zoom() == pytest.approx(zoom)
    assert window.docks["inspector"].widget() is window.panels.inspector
    assert window.panels.inspector.isVisible()


def test_a_bad_file_is_reported_and_the_window_stays_usable(
        window: MainWindow, tmp_path: Path, dialogs: list[tuple[str, str]]) -> None:
    bad = tmp_path / "broken.journey"
    bad.write_bytes(b'{"format": "journey-editor", "version": 1, "title": ')
    assert not window.files.open_path(bad)
    assert dialogs == [("warning", "broken.journey: line 1, column 53: the file ends too early "
                                   "(it may be cut off)")]
    assert len(window.view.journey_scene().cards) == 50


def test_edit_marks_modified_and_save_as_clears_it(window: MainWindow, qtbot: QtBot,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    scene = window.view.journey_scene()
    scene.select_cards(["card-pr"])
    _press(window, qtbot, Qt.Key.Key_Delete)
    assert "card-pr" not in scene.cards
    assert window.isWindowModified()
    target = tmp_path / "workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _press(window, qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "workshop.journey"
    assert not window.isWindowModified()
    assert window.windowTitle() == "workshop.journey[*] — Journey Editor"
    assert "card-pr" not in {c.id for c in read_workspace(saved).journeys[0].cards}
    assert window.settings.recent_files()[0] == saved.resolve()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    scene = window.view.journey_scene()
    scene.select_cards(["card-pr"])
    _press(window, qtbot, Qt.Key.Key_Delete)
    asked: list[str] = []

    def cancel(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_undo_and_redo_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    scene = window.view.journey_scene()
    scene.select_cards(["card-pr"])
    _press(window, qtbot, Qt.Key.Key_Delete)
    _press(window, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "card-pr" in scene.cards and not window.isWindowModified()
    _press(window, qtbot, Qt.Key.Key_Z,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "card-pr" not in scene.cards


def test_duplicate_and_connect_with_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    scene = window.view.journey_scene()
    journey = scene.document.journey(scene.journey_id)
    scene.select_cards(["card-pr"])
    _press(window, qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = [c for c in journey.cards if c.title == "PR"]
    assert len(copies) == 2 and scene.selected_card_ids() == [copies[1].id]
    before = len(journey.connections)
    scene.select_cards(["card-pr", "card-website"])
    _press(window, qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert len(journey.connections) == before + 1
    assert (journey.connections[-1].source, journey.connections[-1].target) == (
        "card-pr", "card-website")


def test_connect_says_why_it_did_nothing(window: MainWindow, qtbot: QtBot) -> None:
    scene = window.view.journey_scene()
    scene.select_cards(["card-pr"])
    _press(window, qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == (
        "Select exactly two cards to connect them (1 selected)")
    scene.select_cards(["card-pr", "card-website"])
    _press(window, qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _press(window, qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "These two cards are already connected"


def test_the_inspector_says_what_is_selected_when_it_has_no_fields(window: MainWindow) -> None:
    scene = window.view.journey_scene()
    scene.select_cards(["card-pr", "card-website", "card-store"])
    hint = window.panels.inspector.findChild(QLabel, "hint")
    assert hint.isVisible()
    assert hint.text().startswith("3 cards selected.")
    scene.clearSelection()
    for link in scene.document.journey(scene.journey_id).connections[:2]:
        scene.connections[link.id].setSelected(True)
    assert hint.text() == "2 items selected.\nSelect one to edit it."  # Delete does not apply
    scene.clearSelection()
    journey = scene.document.journey(scene.journey_id)
    link = journey.connections[0]
    scene.connections[link.id].setSelected(True)
    titles = {card.id: card.title for card in journey.cards}
    assert hint.text().startswith(
        f"Arrow from '{titles[link.source]}' to '{titles[link.target]}'.")


def test_copy_paste_between_two_windows(window: MainWindow, qtbot: QtBot) -> None:
    other = create_window()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.files.new_document()
    scene = window.view.journey_scene()
    scene.select_cards(["card-pr", "card-social-media"])
    _press(window, qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    other_scene = other.view.journey_scene()
    other.view.setFocus()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    qtbot.keyClick(other.view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = other_scene.document.journey(other_scene.journey_id).cards
    assert sorted(c.title for c in pasted) == ["PR", "Social media"]
    assert len(other_scene.cards) == 2


def test_add_stage_names_it_in_place(window: MainWindow, qtbot: QtBot) -> None:
    scene = window.view.journey_scene()
    window.actions["add_stage"].trigger()
    assert window.view.editor is not None
    qtbot.keyClicks(window.view.viewport(), "Recommend")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    journey = scene.document.journey(scene.journey_id)
    stack = scene.document.undo_stack
    assert journey.stages[-1].name == "Recommend"
    assert (stack.count(), stack.undoText()) == (1, "Add stage 'Recommend'")  # one step
    stack.undo()
    assert "Recommend" not in [s.name for s in scene.document.journey(scene.journey_id).stages]


def test_an_added_lane_keeps_its_first_name_when_escape_is_pressed(window: MainWindow,
                                                                   qtbot: QtBot) -> None:
    scene = window.view.journey_scene()
    window.actions["add_lane"].trigger()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    lanes = scene.document.journey(scene.journey_id).lanes
    assert [lane.name for lane in lanes][-1] == "New lane"
    assert scene.document.undo_stack.undoText() == "Add lane 'New lane'"


def test_delete_a_selected_stage_header(window: MainWindow, qtbot: QtBot) -> None:
    scene = window.view.journey_scene()
    scene.clearSelection()
    scene.stage_headers["stage-discover"].setSelected(True)
    _press(window, qtbot, Qt.Key.Key_Delete)
    journey = scene.document.journey(scene.journey_id)
    assert "stage-discover" not in {s.id for s in journey.stages}
    assert not any(c.stage == "stage-discover" for c in journey.cards)


def test_zoom_actions(window: MainWindow, qtbot: QtBot) -> None:
    window.actions["zoom_reset"].trigger()
    assert window.view.zoom() == pytest.approx(1.0)
    window.actions["zoom_in"].trigger()
    assert window.view.zoom() == pytest.approx(1.25)
    assert window.zoom_label.text() == "125%"
    window.actions["fit"].trigger()
    assert window.view.zoom() < 1.0


def test_window_layout_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(611, 477)  # the offscreen screen is small
    assert window.close()
    again = create_window()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (611, 477)


def test_the_map_stays_fitted_as_the_window_grows(window: MainWindow, qtbot: QtBot) -> None:
    for dock in window.docks.values():
        dock.hide()
    window.actions["fit"].trigger()
    window.resize(500, 400)
    small = window.view.zoom()
    window.resize(780, 590)
    qtbot.waitUntil(lambda: window.view.zoom() > small * 1.2)
    window.actions["zoom_in"].trigger()  # the user takes over: no more automatic fitting
    zoomed = window.view.zoom()
    window.resize(600, 450)
    assert window.view.zoom() == pytest.approx(zoomed)


def test_each_journey_keeps_its_zoom_and_whether_it_was_fitted(window: MainWindow) -> None:
    from journey_editor.editor import commands
    from journey_editor.model.types import Card, new_id

    view, doc = window.view, window.document
    assert doc is not None
    window.panels.journeys.actions["duplicate"].trigger()
    first, second = (j.id for j in doc.workspace.journeys)
    window.show_journey(second)
    view.set_zoom(1.5)
    window.show_journey(first)
    view.fit()
    window.show_journey(second)
    journey = doc.journey(second)
    doc.push(commands.make_add_card(doc, second, Card(
        id=new_id("card"), stage=journey.stages[0].id, lane=journey.lanes[0].id, title="New")))
    assert view.zoom() == pytest.approx(1.5)  # an edit does not fit a zoomed journey
    window.show_journey(first)
    assert view.view_state().fit == "whole"  # the fitted one comes back fitted


def test_a_fitted_map_has_nothing_to_scroll(window: MainWindow, qtbot: QtBot) -> None:
    view = window.view
    window.actions["fit"].trigger()
    for width, height in ((1024, 700), (1177, 640), (1400, 900), (1600, 1000)):
        window.resize(width, height)
        qtbot.wait(20)
        assert view.zoom() > 0.3
        assert not view.horizontalScrollBar().isVisible()
        assert not view.verticalScrollBar().isVisible()


def test_journeys_dock_adds_switches_and_deletes_journeys(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.document
    assert doc is not None
    first = window.view.journey_scene().journey_id
    window.panels.journeys.actions["future_state"].trigger()
    future = doc.workspace.journeys[1]
    assert (future.state, future.based_on) == ("future", first)
    window.show_journey(future.id)
    assert window.view.journey_scene().journey_id == future.id
    assert window.journey_box.currentText() == future.name
    window.panels.journeys.actions["delete"].trigger()
    assert [j.id for j in doc.workspace.journeys] == [first]
    assert window.view.journey_scene().journey_id == first  # the canvas left the deleted map
    doc.undo_stack.undo()
    assert len(doc.workspace.journeys) == 2


def test_compare_never_offers_a_journey_against_itself(window: MainWindow) -> None:
    window.docks["compare"].raise_()
    panel = window.panels.compare
    assert panel.lines.item(0).text().startswith("Choose two different journeys.")
    window.panels.journeys.actions["duplicate"].trigger()  # a second, unlinked journey
    assert panel.before.currentData() != panel.after.currentData()
    assert panel.lines.item(0).text() == "~ journey: name 'Buying a sofa' -> 'Buying a sofa (copy)'"


def test_compare_lists_and_marks_what_the_future_state_changed(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    from journey_editor.canvas.compare_overlay import MARK_COLOURS
    from journey_editor.editor import commands
    from journey_editor.model.compare_entries import CHANGED

    doc = window.document
    assert doc is not None
    window.panels.journeys.actions["future_state"].trigger()
    future = doc.workspace.journeys[1]
    doc.push(commands.make_edit(doc, future.id, "card", "card-billing", {"emotion": 2}))
    window.docks["compare"].raise_()  # the comparison runs while its tab shows
    panel = window.panels.compare
    lines = [panel.lines.item(i).text() for i in range(panel.lines.count())]
    assert "~ card 'Billing': emotion -1 -> 2" in lines
    window.show_journey(future.id)
    assert window.view.journey_scene().cards["card-billing"].mark == MARK_COLOURS[CHANGED]
    assert window.view.journey_scene().cards["card-pr"].mark is None
    row = lines.index("~ card 'Billing': emotion -1 -> 2")
    panel.lines.itemClicked.emit(panel.lines.item(row))
    assert window.view.journey_scene().selected_card_ids() == ["card-billing"]


def test_new_from_template_opens_the_chosen_language(window: MainWindow,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from journey_editor.ui.template_gallery import TemplateGallery

    monkeypatch.setattr(TemplateGallery, "pick", staticmethod(lambda parent: ("retail", "da")))
    window.actions["new_from_template"].trigger()
    assert window.document is not None and window.document.path is None
    titles = {c.title for c in window.document.workspace.journeys[0].cards}
    assert "Sociale medier" in titles


def test_validation_filter_action_dims_validated_cards(window: MainWindow) -> None:
    scene = window.view.journey_scene()
    validated = [i for i in scene.cards.values() if i.box.status == "validated"]
    assert validated
    window.actions["unvalidated_only"].trigger()
    assert all(item.dimmed for item in validated)
    assert not any(i.dimmed for i in scene.cards.values() if i.box.status != "validated")
    window.actions["unvalidated_only"].trigger()
    assert not any(item.dimmed for item in scene.cards.values())


def test_no_two_commands_share_a_shortcut(window: MainWindow) -> None:
    """Qt runs neither of two actions with the same keys ("ambiguous shortcut")."""
    owners: dict[str, list[str]] = {}
    for action_id, action in window.actions.items():
        for sequence in action.shortcuts():
            owners.setdefault(sequence.toString(), []).append(action_id)
    assert {keys: ids for keys, ids in owners.items() if len(ids) > 1} == {}
