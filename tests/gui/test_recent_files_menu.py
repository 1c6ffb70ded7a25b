"""File > Open Recent: numbered entries (Alt+1 opens the newest), and a path with an '&'
shows it rather than taking it as a mnemonic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from journey_editor.ui.main_window import MainWindow


def test_recent_files_are_numbered_and_keep_their_ampersands(sample_window: MainWindow,
                                                             tmp_path: Path) -> None:
    older, newer = tmp_path / "sales.journey", tmp_path / "R&D plans.journey"
    for path in (older, newer):
        sample_window.settings.add_recent_file(path)
    menu = QMenu()
    sample_window.files.fill_recent_menu(menu)
    texts = [action.text() for action in menu.actions()]
    assert texts[:2] == [f"&1 {str(newer).replace('&', '&&')}", f"&2 {older}"]
    assert QKeySequence.mnemonic(texts[0]).toString() == "Alt+1"
