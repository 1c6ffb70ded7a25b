"""In the editor, a map grown past a file limit is neither saved over the user's file
nor autosaved: Save says why in one line and the work stays open (issue 12, item 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor import autosave, commands
from journey_editor.editor.autosave import Autosaver
from journey_editor.editor.document import Document
from journey_editor.fileformat import writer
from journey_editor.ui.main_window import MainWindow


def _grow(document: Document, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Long notes on one card; the size limit set just below what the map now takes."""
    monkeypatch.setattr(writer, "MAX_FILE_BYTES", len(path.read_bytes()) + 1_000)
    journey = document.workspace.journeys[0].id
    document.push(commands.make_edit(document, journey, "card", "a", {"notes": "n" * 5_000}))


def test_save_refuses_a_map_over_the_limit_and_keeps_the_file(
        qtbot: QtBot, saved: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shown: list[str] = []

    def box(parent: object, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(autosave, "recovery_folder", lambda: tmp_path / "recovery")
    window = MainWindow(Document.open(saved))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = saved.read_bytes()
    assert window.document is not None
    _grow(window.document, monkeypatch, saved)
    window.actions["save"].trigger()  # File > Save
    assert len(shown) == 1 and shown[0].startswith("map.journey: not saved")
    assert "\n" not in shown[0]
    assert saved.read_bytes() == before
    assert window.isWindowModified()  # the work is still there, unsaved


def test_autosave_writes_no_recovery_copy_that_would_not_open(
        qtbot: QtBot, saved: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    document = Document.open(saved)
    saver = Autosaver(document, tmp_path / "recovery", interval_s=60)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    _grow(document, monkeypatch, saved)
    assert not saver.autosave_now()
    assert len(failures) == 1 and "not saved" in failures[0]
    assert not saver.journey_path.exists()
