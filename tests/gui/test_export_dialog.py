"""File > Export…: options, live preview, PDF in the background, PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.resources import resource_path
from journey_editor.ui.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot: QtBot) -> ExportDialog:
    document = Document(read_workspace(resource_path("templates", "retail.en.journey")))
    dialog = ExportDialog(document, document.workspace.journeys[0].id)
    qtbot.addWidget(dialog)
    return dialog


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_preview_follows_the_page_setup(dialog: ExportDialog) -> None:
    assert not dialog.preview.pixmap().isNull()
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    assert dialog.summary.text().startswith("841 × 594 mm")  # A1 landscape, fitted
    wide = dialog.preview.pixmap().size()
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    assert dialog.summary.text().startswith("594 × 841 mm")
    tall = dialog.preview.pixmap().size()
    assert wide.width() > wide.height() and tall.width() < tall.height()
    dialog.tile.setChecked(True)
    assert "sheets" in dialog.summary.text()


def test_the_greyed_scale_shows_what_fitting_comes_to(dialog: ExportDialog) -> None:
    fitted = dialog.summary.text().split(" at ")[1].split(" %")[0]
    assert not dialog.scale.isEnabled()
    assert dialog.scale.value() == int(fitted)
    dialog.fit.setChecked(False)  # from there the user goes on by hand
    assert dialog.summary.text().split(" at ")[1].startswith(f"{fitted} %")


def test_tiling_names_the_grid_as_the_preview_shows_it(dialog: ExportDialog) -> None:
    dialog.page.setCurrentText("A1")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.tile.setChecked(True)
    from journey_editor.export.pdf import compose
    from journey_editor.export.sheet_content import tile_plan

    journey = dialog.document.journey(dialog.journey_id)
    setup = dialog.tile_setup()
    assert setup is not None
    poster = compose(dialog.document.workspace, journey, dialog.page_setup(), tiles=setup)
    grid = tile_plan(poster.layout, poster.scale, setup)
    assert grid.columns != grid.rows
    assert f"({grid.columns} across, {grid.rows} down)" in dialog.summary.text()


def test_a_map_too_large_for_the_page_disables_save(dialog: ExportDialog) -> None:
    dialog.fit.setChecked(False)
    dialog.scale.setValue(400)
    dialog.page.setCurrentText("A4")
    assert "does not fit" in dialog.summary.text()
    assert dialog.summary.text()[0].isupper()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_pdf_export_runs_in_the_background(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _save_to(monkeypatch, tmp_path / "poster")
    dialog.page.setCurrentText("A2")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.export()
    reader = PdfReader(tmp_path / "poster.pdf")
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 1684  # A2 landscape, in points


def test_png_export(dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _save_to(monkeypatch, tmp_path / "map.png")
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    dialog.dpi.setValue(72)
    dialog.export()
    assert (tmp_path / "map.png").read_bytes().startswith(b"\x89PNG")


def test_pdf_with_handout_pages(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    _save_to(monkeypatch, tmp_path / "with-handout.pdf")
    dialog.handout.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.export()
    pages = PdfReader(tmp_path / "with-handout.pdf").pages
    assert len(pages) > 2 and "Workshop handout" in pages[1].extract_text()
