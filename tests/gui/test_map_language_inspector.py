"""The journey's 'Labels in' field (Inspector) puts the map's own words in that language
on screen at once, and undo takes them back (issue 15 item 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor.document import Document
from journey_editor.i18n import translate_in
from journey_editor.templates import new_from_template
from journey_editor.ui.inspector import Inspector


def _kinds(scene: JourneyScene) -> set[str]:
    return {item.box.subtitle.lines[0] for item in scene.lane_headers.values()
            if item.box.subtitle}


def test_picking_a_language_relabels_the_map_and_undo_restores(qtbot: QtBot) -> None:
    document = Document(new_from_template("retail", "en"))
    journey = document.workspace.journeys[0]
    scene = JourneyScene(document, journey.id)
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.show_item(None, "journey", journey.id)
    combo = inspector.field_widget("language")
    assert isinstance(combo, QComboBox) and combo.currentText() == "English"
    assert "Touchpoints" in _kinds(scene)
    combo.setCurrentIndex(combo.findText("Suomi"))
    assert document.journey(journey.id).language == "fi"
    finnish = translate_in("fi", "Layout", "Touchpoints")
    assert finnish in _kinds(scene) and "Touchpoints" not in _kinds(scene)
    document.undo_stack.undo()
    assert "Touchpoints" in _kinds(scene) and combo.currentText() == "English"
