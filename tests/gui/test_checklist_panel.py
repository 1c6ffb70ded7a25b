"""The checklist dock: answers and notes go into the journey, undo, file, and handout."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.app import create_window
from journey_editor.editor.document import Document
from journey_editor.export.pdf import render_pdf
from journey_editor.fileformat.reader import read_workspace
from journey_editor.fileformat.writer import save_workspace
from journey_editor.model.types import ChecklistItem
from journey_editor.ui.checklist_panel import ChecklistPanel
from tests.factories import small_workspace

Q1, Q2 = "customer-confirmation", "touchpoints-quality"


@pytest.fixture
def panel(qtbot: QtBot, doc: Document) -> ChecklistPanel:
    panel = ChecklistPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_journey("j1")
    return panel


def _answer(panel: ChecklistPanel, question: str, answer: str) -> None:
    box = panel.answers[question]
    index = box.findData(answer)
    box.setCurrentIndex(index)
    box.activated.emit(index)  # as when the user picks it


def test_answering_stores_it_in_the_journey_as_one_undo_step(
        panel: ChecklistPanel, doc: Document) -> None:
    assert panel.progress.text() == "0 of 12 answered"
    _answer(panel, Q2, "partly")
    _answer(panel, Q1, "yes")
    assert doc.journey("j1").checklist == [ChecklistItem(question=Q1, answer="yes"),
                                           ChecklistItem(question=Q2, answer="partly")]
    assert doc.undo_stack.count() == 2
    assert panel.progress.text() == "2 of 12 answered"
    doc.undo_stack.undo()
    assert doc.journey("j1").checklist == [ChecklistItem(question=Q2, answer="partly")]
    assert panel.answers[Q1].currentData() == "unchecked"
    _answer(panel, Q2, "unchecked")  # unchecked without a note: not kept in the file
    assert doc.journey("j1").checklist == []


def test_typing_a_note_is_one_undo_step_per_visit_and_keeps_the_cursor(
        qtbot: QtBot, panel: ChecklistPanel, doc: Document) -> None:
    note = panel.notes[Q1]
    note.setFocus()
    qtbot.keyClicks(note, "Mail only")
    assert doc.journey("j1").checklist == [ChecklistItem(question=Q1, note="Mail only")]
    assert doc.undo_stack.count() == 1
    note.setCursorPosition(4)
    qtbot.keyClicks(note, "!")
    assert doc.journey("j1").checklist[0].note == "Mail! only"
    assert note.cursorPosition() == 5 and doc.undo_stack.count() == 1
    panel.notes[Q2].setFocus()  # another visit: another step
    qtbot.keyClicks(panel.notes[Q2], "ok")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.journey("j1").checklist == []
    assert note.text() == "" and panel.notes[Q2].text() == ""
    doc.undo_stack.redo()
    assert note.text() == "Mail! only"


def test_unknown_answers_of_a_newer_file_are_kept(panel: ChecklistPanel, doc: Document) -> None:
    future = ChecklistItem(question="future-question", answer="no")
    doc.journey("j1").checklist = [future]
    panel.refresh()
    assert panel.other.isVisibleTo(panel)
    _answer(panel, Q1, "no")
    assert doc.journey("j1").checklist == [ChecklistItem(question=Q1, answer="no"), future]


def test_answers_survive_save_and_load_and_print_in_the_handout(
        qtbot: QtBot, panel: ChecklistPanel, doc: Document, tmp_path: Path) -> None:
    _answer(panel, Q1, "partly")
    panel.notes[Q1].setFocus()
    qtbot.keyClicks(panel.notes[Q1], "Zebra note")
    path = tmp_path / "map.journey"
    save_workspace(doc.workspace, path)
    loaded = read_workspace(path)
    assert loaded.journey("j1").checklist == [
        ChecklistItem(question=Q1, answer="partly", note="Zebra note")]
    other = ChecklistPanel(Document(loaded))
    qtbot.addWidget(other)
    assert other.answers[Q1].currentData() == "partly"
    assert other.notes[Q1].text() == "Zebra note"
    pdf = render_pdf(loaded, handout=True)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Review checklist" in text and "partly" in text and "Zebra note" in text


def test_the_window_has_a_checklist_dock_that_follows_the_journey(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    window = create_window()
    qtbot.addWidget(window)
    window.show()  # the docks fill in after the map's first frame
    qtbot.waitUntil(lambda: window.docks["checklist"].widget() is not None)
    assert window.docks["checklist"].widget() is window.panels.checklist
    assert window.docks["checklist"] in window.tabifiedDockWidgets(window.docks["review"])
    window.set_document(Document(small_workspace()))
    assert window.panels.checklist.document is window.document
    assert window.panels.checklist.journey_id == "j1"
    assert window.dockWidgetArea(window.docks["checklist"]) == Qt.DockWidgetArea.RightDockWidgetArea
