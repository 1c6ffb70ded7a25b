"""The window's good defaults: Save As suggests a name, Help and Properties are in the menus,
the journey box shows whole names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.ui.main_window import MainWindow


def test_save_as_suggests_a_name_from_the_map_title(
        sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, start, *rest: asked.append(start) or ("", ""))
    sample_window.actions["save_as"].trigger()
    title = sample_window.document.workspace.title
    assert Path(asked[0]).name == f"{title}.journey"


def test_the_help_menu_lists_its_pages(sample_window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in sample_window.menuBar().actions()}
    help_menu = menus["Help"]
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["getting_started", "help_shortcuts", "file_format", "about"]
    file_names = [a.objectName() for a in menus["File"].actions()]
    assert "properties" in file_names


def test_keyboard_shortcuts_open_from_the_help_menu(sample_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    sample_window.actions["help_shortcuts"].trigger()
    dialogs = [w for w in sample_window.findChildren(QDialog) if w.isVisible()]
    assert dialogs
    for dialog in dialogs:
        dialog.close()


def test_the_journey_box_shows_a_long_name_whole(sample_window: MainWindow) -> None:
    from journey_editor.editor import workspace_commands as wc

    doc = sample_window.document
    journey = doc.workspace.journeys[0]
    name = "Booking a bike repair (future state)"
    doc.push(wc.make_rename_journey(doc, journey.id, name))
    box = sample_window.journey_box
    assert box.currentText() == name
    assert box.sizeHint().width() > box.fontMetrics().horizontalAdvance(name)


def test_open_recent_sits_right_under_open(sample_window: MainWindow) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in sample_window.menuBar().actions()}
    entries = menus["File"].actions()
    below_open = entries[entries.index(sample_window.actions["open"]) + 1]
    assert below_open.menu() is sample_window.recent_menu
