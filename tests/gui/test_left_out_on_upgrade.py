"""An older file whose part cannot be carried into this version (a v1 persona photo that
fails the picture checks) opens without it, and the user is told what was left out: on
the command line one line per part, in the window the status bar."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.fileformat.migrations import LeftOut
from journey_editor.ui.main_window import MainWindow

OLD = Path(__file__).parents[1] / "data" / "v1-persona-photos.journey"


def test_reading_names_the_file_and_the_persona_whose_photo_was_left_out() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LeftOut)
        workspace = read_workspace(OLD)
    notes = [str(w.message) for w in caught if issubclass(w.category, LeftOut)]
    assert notes == ["v1-persona-photos.journey: the photo of persona 'Cleo' is damaged or "
                     "too large for this version and was left out"]
    cleo = next(p for p in workspace.personas if p.name == "Cleo")
    assert cleo.picture is None  # the persona itself is kept


def test_validate_says_what_was_left_out_and_still_passes() -> None:
    result = subprocess.run([sys.executable, "-m", "journey_editor", "validate", str(OLD)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "valid" in result.stdout
    assert result.stderr.count("\n") == 1 and "'Cleo'" in result.stderr


def test_the_window_tells_what_was_left_out(qtbot: QtBot) -> None:
    window = MainWindow(Document.open(OLD))
    qtbot.addWidget(window)
    assert "'Cleo'" in window.statusBar().currentMessage()
    assert window.document is not None and len(window.document.left_out) == 1
