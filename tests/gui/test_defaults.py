"""Good defaults, driven as a facilitator would: new stages and lanes land where they belong,
a new persona goes to the journey that has none, the map's title can be edited."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from journey_editor.canvas.items import HeaderItem
from journey_editor.editor.document import Document
from journey_editor.model.types import Persona
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.personas import PersonasPanel
from journey_editor.ui.properties_dialog import PropertiesDialog
from tests.factories import small_journey, small_workspace


def _click_header(window: MainWindow, header: HeaderItem, qtbot: QtBot) -> None:
    view = window.view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.ensureVisible(header, 10, 10)
    point = view.mapFromScene(header.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert header.isSelected()


def _add_and_name(window: MainWindow, qtbot: QtBot, key: Qt.Key, name: str) -> None:
    """The Add Stage / Add Lane shortcut, then the name typed into the in-place editor."""
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view.viewport(), key, shift_ctrl)
    assert window.view.editor is not None
    qtbot.keyClicks(window.view.viewport(), name)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)


def test_a_new_stage_after_a_selected_one_shares_its_phase(sample_window: MainWindow,
                                                           qtbot: QtBot) -> None:
    scene = sample_window.view.journey_scene()
    _click_header(sample_window, scene.stage_headers["stage-buy"], qtbot)
    _add_and_name(sample_window, qtbot, Qt.Key.Key_T, "Pay")
    journey = scene.document.journey(scene.journey_id)
    names = [s.name for s in journey.stages]
    assert names[names.index("Buy") + 1] == "Pay"
    assert next(s for s in journey.stages if s.name == "Pay").phase == "during"
    header = next(h for h in scene.layout.stage_headers if h.text.lines == ("Pay",))
    assert header.subtitle is not None and header.subtitle.lines == ("During purchase",)


def test_a_new_stage_at_the_end_is_after_the_purchase(sample_window: MainWindow,
                                                      qtbot: QtBot) -> None:
    scene = sample_window.view.journey_scene()
    scene.clearSelection()
    sample_window.view.setFocus()
    _add_and_name(sample_window, qtbot, Qt.Key.Key_T, "Recommend")
    last = scene.document.journey(scene.journey_id).stages[-1]
    assert (last.name, last.phase) == ("Recommend", "after")


@pytest.mark.parametrize(("selected", "name", "zone"), [("lane-teams", "Partners", "backstage"),
                                                    ("lane-online", "App", "frontstage")])
def test_a_new_lane_goes_next_to_the_selected_one_in_its_zone(
        sample_window: MainWindow, qtbot: QtBot, selected: str, name: str, zone: str) -> None:
    scene = sample_window.view.journey_scene()
    lines_before = [z.label for z in scene.layout.zone_lines]
    _click_header(sample_window, scene.lane_headers[selected], qtbot)
    _add_and_name(sample_window, qtbot, Qt.Key.Key_L, name)
    lanes = scene.document.journey(scene.journey_id).lanes
    added = lanes[[lane.id for lane in lanes].index(selected) + 1]
    assert (added.name, added.zone) == (name, zone)
    # The blueprint's lines are still one of each: no lane crossed the line of visibility.
    assert [z.label for z in scene.layout.zone_lines] == lines_before
    scene.document.undo_stack.undo()
    assert name not in [lane.name for lane in scene.document.journey(scene.journey_id).lanes]


def _personas_panel(qtbot: QtBot, doc: Document, journey_id: str) -> PersonasPanel:
    panel = PersonasPanel(doc)
    qtbot.addWidget(panel)
    panel.resize(360, 800)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.set_journey(journey_id)  # the journey on the canvas
    return panel


def _add_persona_named(qtbot: QtBot, panel: PersonasPanel, name: str) -> str:
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    field = panel.fields["name"].input
    assert isinstance(field, QLineEdit) and field.hasFocus()
    qtbot.keyClicks(field, name)
    item = panel.list.currentItem()  # the new persona, highlighted
    persona_id = None if item is None else item.data(Qt.ItemDataRole.UserRole)
    assert persona_id is not None
    return persona_id


def test_a_new_persona_becomes_the_persona_of_a_journey_without_one(qtbot: QtBot) -> None:
    workspace = small_workspace()
    workspace.journeys[0].persona = None
    doc = Document(workspace)
    panel = _personas_panel(qtbot, doc, "j1")
    persona_id = _add_persona_named(qtbot, panel, "Bo")
    assert doc.journey("j1").persona == persona_id
    assert doc.workspace.persona(persona_id).name == "Bo"
    doc.undo_stack.undo()  # the typing
    assert doc.undo_stack.undoText() == "Add persona 'New persona'"
    doc.undo_stack.undo()  # adding and assigning were one step
    assert doc.journey("j1").persona is None and [p.id for p in workspace.personas] == ["p1"]
    doc.undo_stack.redo()
    assert doc.journey("j1").persona == persona_id


def test_a_new_persona_leaves_a_journey_that_has_one_alone(qtbot: QtBot) -> None:
    workspace = small_workspace()
    other = small_journey("j2")
    other.persona = None
    workspace.journeys.append(other)
    workspace.personas.append(Persona(id="p2", name="Cy"))
    doc = Document(workspace)
    panel = _personas_panel(qtbot, doc, "j1")  # shows j1, whose persona is Ann
    _add_persona_named(qtbot, panel, "Bo")
    assert (doc.journey("j1").persona, doc.journey("j2").persona) == ("p1", None)


def _answer_properties(qtbot: QtBot, title: str, button: QDialogButtonBox.StandardButton) -> None:
    """Once File > Properties is up: types a title and presses OK or Cancel."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PropertiesDialog)
        field = dialog.findChild(QLineEdit, "title")
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, title)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(button),
                         Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, act)


@pytest.mark.parametrize("button", [QDialogButtonBox.StandardButton.Ok,
                                    QDialogButtonBox.StandardButton.Cancel])
def test_file_properties_renames_the_map_in_one_undo_step(
        sample_window: MainWindow, qtbot: QtBot, button: QDialogButtonBox.StandardButton) -> None:
    doc = sample_window.document
    assert doc is not None
    old = doc.workspace.title
    _answer_properties(qtbot, "Sofa journeys, spring workshop", button)
    sample_window.actions["properties"].trigger()  # File > Properties
    if button == QDialogButtonBox.StandardButton.Cancel:
        assert doc.workspace.title == old and doc.undo_stack.count() == 0
        return
    assert doc.workspace.title == "Sofa journeys, spring workshop"
    assert doc.undo_stack.count() == 1 and sample_window.isWindowModified()
    doc.undo_stack.undo()
    assert doc.workspace.title == old


def test_file_properties_shows_what_the_map_holds(qtbot: QtBot) -> None:
    dialog = PropertiesDialog(Document(small_workspace()))
    qtbot.addWidget(dialog)
    dialog.show()
    facts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Not saved yet" in facts and "4" in facts  # no file; four cards
    started = small_workspace().revisions[0].date.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"{started} — me" in facts
