"""File > Export…: "Persona sheets" and "Emotion curves together" (issue 18 items 3 and 6):
their own page sizes, a preview painted from the printed layout, and the PDF written."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.model.types import Workspace, clone
from journey_editor.resources import resource_path
from journey_editor.ui.export_dialog import ExportDialog
from tests.factories import with_persona_photo


def retail() -> Workspace:
    return read_workspace(resource_path("templates", "retail.en.journey"))


def open_dialog(qtbot: QtBot, workspace: Workspace) -> ExportDialog:
    document = Document(workspace)
    dialog = ExportDialog(document, workspace.journeys[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot: QtBot, dialog: ExportDialog, kind: str) -> None:
    """Picks the format as a user does: the list opened, then keys down to the entry."""
    combo = dialog.format
    combo.setFocus()
    steps = combo.findData(kind) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert dialog.kind() == kind


def save(qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch,
         path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_persona_sheets_on_a4_with_their_preview(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, retail())
    choose(qtbot, dialog, "personas")
    assert dialog.page.currentText() == "A4"  # a sheet, not the poster's A1
    assert dialog.summary.text() == "210 × 297 mm, a page for each persona: Emma Lind"
    preview = dialog.preview.pixmap()
    assert preview.height() > preview.width()  # portrait
    assert not dialog.tile.isEnabled() and not dialog.handout.isEnabled()
    dialog.page.setCurrentText("A3")
    assert dialog.summary.text().startswith("297 × 420 mm")
    out = tmp_path / "people.pdf"
    save(qtbot, dialog, monkeypatch, out)
    page = PdfReader(out).pages[0]
    assert [round(float(v)) for v in page.mediabox[2:]] == [842, 1191]
    assert "Emma Lind" in page.extract_text()
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_each_kind_keeps_its_page_size(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, retail())
    dialog.page.setCurrentText("A2")
    choose(qtbot, dialog, "curves")
    assert dialog.page.currentText() == "A3"
    choose(qtbot, dialog, "pdf")
    assert dialog.page.currentText() == "A2"
    assert dialog.summary.text().startswith("420 × 594 mm at")  # the poster's preview again


def test_the_curves_of_the_journeys_sharing_its_stages(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    workspace = retail()
    future = clone(workspace.journeys[0])
    future.id, future.name, future.state = "future", "Sofa, future", "future"
    workspace.journeys.append(future)
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, "curves")
    assert dialog.summary.text().startswith("420 × 297 mm: Buying a sofa, Sofa, future.")
    out = tmp_path / "curves.pdf"
    save(qtbot, dialog, monkeypatch, out)
    text = PdfReader(out).pages[0].extract_text()
    assert "Buying a sofa · Emma Lind" in text and "Sofa, future · Emma Lind" in text


def test_a_map_without_personas_cannot_print_sheets(qtbot: QtBot) -> None:
    workspace = retail()
    workspace.personas = []
    workspace.journeys[0].persona = None
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, "personas")
    assert "no persona" in dialog.summary.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    choose(qtbot, dialog, "curves")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_preview_shows_the_persona_photo(qtbot: QtBot) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    photo = QImage(60, 40, QImage.Format.Format_RGB32)
    photo.fill(QColor("#d01010"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "PNG")
    workspace = retail()
    with_persona_photo(workspace, 0, bytes(data))
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, "personas")
    image = dialog.preview.pixmap().toImage()
    frame = [image.pixelColor(x, y) for x in range(image.width() // 4)
             for y in range(image.height() // 5)]
    assert any(c.red() > 180 and c.green() < 60 and c.blue() < 60 for c in frame)
