"""Edit > Preferences…: the autosave interval and the save summary prompt."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.app import create_window
from journey_editor.editor.autosave import autosave_interval
from journey_editor.ui.preferences import PreferencesDialog


def test_preferences_change_the_running_autosave_and_the_prompt(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = create_window()
    qtbot.addWidget(window)
    assert window.autosaver is not None and window.autosaver.timer.interval() == 60_000

    def choose(dialog: PreferencesDialog) -> int:
        dialog.interval.setValue(120)
        dialog.ask_summary.setChecked(True)
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.actions["preferences"].trigger()
    assert autosave_interval() == 120
    assert window.autosaver.timer.interval() == 120_000
    assert window.settings.ask_summary() and window.actions["ask_summary"].isChecked()
