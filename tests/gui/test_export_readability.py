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


def test_a_wide_map_splits_into_posters_that_read(qtbot: QtBot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from tests.benchmarks.bigmap import big_workspace

    document = Document(big_workspace(cards=300, connections=200, stages=24, lanes=4))
    dialog = ExportDialog(document, document.workspace.journeys[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose_page(dialog, "A3")
    note = dialog.readability
    assert note.use_parts.isVisible() and note.use_parts.text() == "Split into 4"
    QTest.mouseClick(note.use_parts, Qt.MouseButton.LeftButton)
    assert dialog.parts.value() == 4
    assert "Hard to read" not in note.text.text()
    assert dialog.summary.text().startswith("4 posters, the first shown")
    out = tmp_path / "wide.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    QTest.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists() and dialog.result() == 1, timeout=20_000)
    pages = PdfReader(out).pages
    assert len(pages) == 4 and "(4/4: Stage 19 – Stage 24)" in pages[3].extract_text()


def test_the_dialog_names_a_text_no_font_can_print(qtbot: QtBot) -> None:
    import msgspec

    from journey_editor.layout import shaping

    if shaping.shape("\U0001FAE8").missing == "":
        pytest.skip("an installed font has the shaking face emoji")
    workspace = new_from_template("retail")
    journey = workspace.journeys[0]
    journey.cards[0] = msgspec.structs.replace(journey.cards[0], title="Pays \U0001FAE8 here")
    dialog = ExportDialog(Document(workspace), journey.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.missing_glyphs.isVisible() and "U+1FAE8" in dialog.missing_glyphs.text()


def test_a_map_every_font_covers_says_nothing_of_fonts(dialog: ExportDialog) -> None:
    assert not dialog.missing_glyphs.isVisible()


def test_the_sizes_are_written_as_the_locale_writes_numbers(dialog: ExportDialog) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        _choose_page(dialog, "A3")
        assert "5,8\u00a0pt" in dialog.readability.text.text()
        assert "8,4\u00a0pt" in dialog.readability.text.text()  # the page it proposes
    finally:
        QLocale.setDefault(before)
