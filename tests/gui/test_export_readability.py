"""The Export dialog says when the poster's card text is too small for a wall and
offers the page that reads (issue 15 item 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.templates import new_from_template
from journey_editor.ui.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> ExportDialog:
    document = Document(new_from_template("retail"))
    dialog = ExportDialog(document, document.workspace.journeys[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose_page(dialog: ExportDialog, name: str) -> None:
    dialog.page.lineEdit().selectAll()
    QTest.keyClicks(dialog.page.lineEdit(), name)


def test_a3_warns_and_one_click_takes_the_page_that_reads(dialog: ExportDialog) -> None:
    _choose_page(dialog, "A3")
    note = dialog.readability
    assert "Hard to read on a wall" in note.text.text() and "5.8\u00a0pt" in note.text.text()
    assert note.use_page.isVisible() and note.use_page.text() == "Use A2"
    QTest.mouseClick(note.use_page, Qt.MouseButton.LeftButton)
    assert dialog.page.currentText() == "A2"
    assert note.text.text().startswith("Card text prints at 8.4\u00a0pt")
    assert not note.use_page.isVisible()


def test_a_stricter_minimum_warns_on_a_larger_page(dialog: ExportDialog) -> None:
    _choose_page(dialog, "A1")
    note = dialog.readability
    assert "Hard to read" not in note.text.text()
    dialog.min_text.setValue(14)
    assert "Hard to read" in note.text.text() and note.use_page.text() == "Use A0"


def test_pictures_say_nothing_about_print_sizes(dialog: ExportDialog) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert not dialog.readability.isVisible() and not dialog.min_text.isEnabled()
