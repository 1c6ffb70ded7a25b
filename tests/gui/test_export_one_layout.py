"""One layout per export (issue 13): the Export dialog borrows the window's layout, its
page setup only re-places the map, and the PDF it writes is the one the CLI writes."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGraphicsScene
from pytestqt.qtbot import QtBot
from reportlab import rl_config

from journey_editor.canvas import scene as scene_module
from journey_editor.canvas.compare_overlay import CompareMarks
from journey_editor.canvas.scene import JourneyScene
from journey_editor.cli import main
from journey_editor.editor import commands
from journey_editor.editor.document import Document
from journey_editor.export import pdf
from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.layout import engine
from journey_editor.model.compare_entries import Ghost
from journey_editor.resources import resource_path
from journey_editor.ui import export_dialog
from journey_editor.ui.export_dialog import ExportDialog


class Spy:
    """Counts layouts (wherever the dialog, the PDF code and the scene call the engine)
    and graphics scenes alive."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.layouts = 0
        real = engine.lay_out

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.layouts += 1
            return real(*args, **kwargs)

        for module in (engine, pdf, scene_module, export_dialog):
            monkeypatch.setattr(module, "lay_out", counted)

    @staticmethod
    def scenes() -> set[int]:
        return {id(o) for o in gc.get_objects() if isinstance(o, QGraphicsScene)}


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Spy:
    return Spy(monkeypatch)


@pytest.fixture
def document(tmp_path: Path) -> Document:
    path = tmp_path / "retail.journey"
    path.write_bytes(resource_path("templates", "retail.en.journey").read_bytes())
    return Document.open(path)


@pytest.fixture
def window_scene(document: Document) -> JourneyScene:
    return JourneyScene(document, document.workspace.journeys[0].id)


def _open(qtbot: QtBot, document: Document, scene: JourneyScene | None) -> ExportDialog:
    dialog = ExportDialog(document, document.workspace.journeys[0].id, scene=scene)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_opening_with_the_windows_scene_lays_out_nothing(qtbot: QtBot, document: Document,
                                                         window_scene: JourneyScene,
                                                         spy: Spy) -> None:
    before = spy.scenes()
    dialog = _open(qtbot, document, window_scene)
    assert spy.layouts == 0
    assert spy.scenes() <= before
    assert dialog.map_layout is window_scene.layout
    assert not dialog.preview.pixmap().isNull()


def test_opening_alone_lays_out_once(qtbot: QtBot, document: Document, spy: Spy) -> None:
    before = spy.scenes()
    dialog = _open(qtbot, document, None)
    assert spy.layouts == 1
    assert spy.scenes() <= before
    assert not dialog.preview.pixmap().isNull()


def test_a_scene_showing_the_compare_views_ghosts_is_not_borrowed(
        qtbot: QtBot, document: Document, window_scene: JourneyScene, spy: Spy) -> None:
    journey = document.workspace.journeys[0]
    card = journey.cards[0]
    window_scene.set_marks(CompareMarks({}, [Ghost("gone", "A card removed since",
                                                   card.stage, card.lane)]))
    spy.layouts = 0
    dialog = _open(qtbot, document, window_scene)
    assert spy.layouts == 1  # its own layout: the ghost's room does not print
    assert dialog.map_layout.height < window_scene.layout.height
    assert dialog.map_layout == engine.lay_out(journey)


def test_page_setup_changes_only_re_place_the_map(qtbot: QtBot, document: Document,
                                                 window_scene: JourneyScene, spy: Spy) -> None:
    dialog = _open(qtbot, document, window_scene)
    before = spy.scenes()
    shown = [dialog.preview.pixmap().cacheKey()]

    def changed(summary: str) -> None:
        assert dialog.summary.text().startswith(summary)
        assert dialog.preview.pixmap().cacheKey() not in shown  # a new preview
        shown.append(dialog.preview.pixmap().cacheKey())

    dialog.page.lineEdit().selectAll()
    qtbot.keyClicks(dialog.page.lineEdit(), "A3")
    changed("297 × 420 mm")  # A3, automatic: portrait shows this tall map larger
    qtbot.keyClick(dialog.orientation, Qt.Key.Key_Down)  # Automatic -> Landscape
    changed("420 × 297 mm")
    qtbot.keyClick(dialog.orientation, Qt.Key.Key_Down)  # -> Portrait
    changed("297 × 420 mm")
    fitted = dialog.summary.text()
    qtbot.keyClick(dialog.margin, Qt.Key.Key_Up)  # 10 -> 11 mm: the map shrinks a little
    assert dialog.summary.text() != fitted
    changed("297 × 420 mm")
    qtbot.mouseClick(dialog.fit, Qt.MouseButton.LeftButton)
    dialog.scale.lineEdit().selectAll()
    qtbot.keyClicks(dialog.scale.lineEdit(), "20")
    changed("297 × 420 mm at 20 %")
    qtbot.mouseClick(dialog.tile, Qt.MouseButton.LeftButton)
    assert "sheets" in dialog.summary.text()
    assert spy.layouts == 0
    assert spy.scenes() <= before


def test_the_pdf_job_takes_the_dialogs_layout(qtbot: QtBot, document: Document,
                                             window_scene: JourneyScene, spy: Spy,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _open(qtbot, document, window_scene)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "poster.pdf"), ""))
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.export()
    assert spy.layouts == 0
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("tiled", [False, True])
def test_the_pdf_is_the_one_the_command_line_writes(qtbot: QtBot, document: Document,
                                                   window_scene: JourneyScene, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tiled: bool) -> None:
    """After edits the window's layout followed (a title that wraps anew, a card moved),
    the dialog's PDF equals, byte for byte, the CLI's of the saved file, laid out afresh."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids in the bytes
    journey = document.workspace.journeys[0]
    first, second = journey.cards[0], journey.cards[-1]
    document.push(commands.make_edit(document, journey.id, "card", first.id, {
        "title": "A much longer title that now needs three lines or more on its card"}))
    document.push(commands.make_move_cards(document, journey.id,
                                           [(second.id, first.stage, first.lane)]))
    save_workspace(document.workspace, document.path)
    dialog = _open(qtbot, document, window_scene)
    dialog.page.setCurrentText("A2")
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("landscape"))
    dialog.tile.setChecked(tiled)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "dialog.pdf"), ""))
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.export()
    assert dialog.map_layout is window_scene.layout
    tile = ["--tile", "A4"] if tiled else []
    assert main(["export", str(document.path), "--pdf", str(tmp_path / "cli.pdf"),
                 "--page-size", "A2", "--orientation", "landscape", *tile]) == 0
    assert (tmp_path / "dialog.pdf").read_bytes() == (tmp_path / "cli.pdf").read_bytes()
    assert read_workspace(document.path) == document.workspace


def test_file_export_in_the_window_borrows_the_maps_layout(
        sample_window: Any, qtbot: QtBot, spy: Spy, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    sample_window.view.setFocus()
    qtbot.keyClick(sample_window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and spy.layouts == 0
    assert opened[0].map_layout is sample_window.view.journey_scene().layout
