"""Print-shop ready (issue 15, item 5) in the dialogs: the author name in Preferences, and
"Bleed and crop marks" in File > Export…."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.export.cropmarks import SLUG
from journey_editor.fileformat import read_workspace
from journey_editor.resources import resource_path
from journey_editor.ui.export_dialog import ExportDialog
from journey_editor.ui.preferences import PreferencesDialog
from journey_editor.ui.settings import Settings


@pytest.fixture
def export_dialog(qtbot: QtBot) -> ExportDialog:
    document = Document(read_workspace(resource_path("templates", "retail.en.journey")))
    dialog = ExportDialog(document, document.workspace.journeys[0].id)
    qtbot.addWidget(dialog)
    return dialog


def _press_ok(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _export_pdf(qtbot: QtBot, dialog: ExportDialog, path: Path,
                monkeypatch: pytest.MonkeyPatch) -> PdfReader:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    return PdfReader(path)


def test_the_author_field_starts_empty_and_keeps_what_is_typed(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "jdoe42")
    first = PreferencesDialog()
    qtbot.addWidget(first)
    assert first.author.text() == ""  # not the login name
    qtbot.keyClicks(first.author, "  Fiona Facilitator ")
    _press_ok(qtbot, first)
    assert Settings().export_author() == "Fiona Facilitator"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.author.text() == "Fiona Facilitator"


def test_a_pdf_names_no_author_until_preferences_give_one(
        qtbot: QtBot, export_dialog: ExportDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "jdoe42")
    reader = _export_pdf(qtbot, export_dialog, tmp_path / "anonymous.pdf", monkeypatch)
    assert reader.metadata is not None and reader.metadata.author in (None, "")
    Settings().set_export_author("Fiona Facilitator")
    document = export_dialog.document
    second = ExportDialog(document, document.workspace.journeys[0].id)
    qtbot.addWidget(second)
    reader = _export_pdf(qtbot, second, tmp_path / "signed.pdf", monkeypatch)
    assert reader.metadata is not None and reader.metadata.author == "Fiona Facilitator"
    assert reader.xmp_metadata is not None
    assert reader.xmp_metadata.dc_creator == ["Fiona Facilitator"]


def test_bleed_and_crop_marks_for_a_single_poster_only(
        qtbot: QtBot, export_dialog: ExportDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = export_dialog
    dialog.page.setCurrentText("A2")
    assert dialog.bleed.isEnabled() and not dialog.bleed.isChecked()
    plain = dialog.summary.text()
    qtbot.mouseClick(dialog.bleed, Qt.MouseButton.LeftButton)
    assert dialog.bleed.isChecked()
    assert "bleed and crop marks" in dialog.summary.text() and dialog.summary.text() != plain
    qtbot.mouseClick(dialog.tile, Qt.MouseButton.LeftButton)  # tiled sheets: no bleed
    assert not dialog.bleed.isEnabled() and "bleed" not in dialog.summary.text()
    qtbot.mouseClick(dialog.tile, Qt.MouseButton.LeftButton)
    assert dialog.bleed.isEnabled()
    page = _export_pdf(qtbot, dialog, tmp_path / "shop.pdf", monkeypatch).pages[0]
    trim = [float(v) for v in page.trimbox]
    assert trim[0] == pytest.approx(SLUG, abs=0.01)  # the poster sits inside the marks
    assert float(page.mediabox.width) == pytest.approx(trim[2] - trim[0] + 2 * SLUG, abs=0.01)


def test_tiling_with_a_checked_bleed_box_exports_plain_sheets(
        qtbot: QtBot, export_dialog: ExportDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = export_dialog
    qtbot.mouseClick(dialog.bleed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.tile, Qt.MouseButton.LeftButton)
    reader = _export_pdf(qtbot, dialog, tmp_path / "tiles.pdf", monkeypatch)
    assert len(reader.pages) > 2
    assert all(list(p.trimbox) == list(p.mediabox) for p in reader.pages)
