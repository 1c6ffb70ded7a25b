"""The revision log: a summary asked on save, the history dialog, compare with saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor import commands as cmd
from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, saved: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document.open(saved))
    qtbot.addWidget(window)
    return window


def _rename_card(window: MainWindow, title: str) -> None:
    assert window.document is not None
    window.document.push(cmd.make_edit(window.document, "j1", "card", "a", {"title": title}))


def test_the_summary_prompt_is_off_by_default(window: MainWindow, saved: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("asked"))
    assert not window.actions["ask_summary"].isChecked()
    _rename_card(window, "Poster")
    before = read_workspace(saved).revisions
    assert window.files.save()
    assert read_workspace(saved).revisions == before


def test_a_summary_on_save_is_recorded_and_listed(window: MainWindow, saved: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window.actions["ask_summary"].setChecked(True)
    assert QSettings().value("save/ask_summary") in (True, "true")
    answers = iter([("Renamed the ad", True), ("", True), ("never", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    _rename_card(window, "Poster")
    old = len(read_workspace(saved).revisions)
    assert window.files.save()
    revisions = read_workspace(saved).revisions
    assert [r.summary for r in revisions[old:]] == ["Renamed the ad"]
    assert revisions[-1].date.tzinfo is not None and revisions[-1].author
    _rename_card(window, "Flyer")
    assert window.files.save()  # an empty summary records nothing
    assert len(read_workspace(saved).revisions) == old + 1
    _rename_card(window, "Banner")
    assert not window.files.save()  # Cancel on the prompt cancels the save
    assert window.document.modified  # type: ignore[union-attr]
    dialog = window.file_safety.show_revision_history()
    assert dialog is not None
    rows = dialog.rows()
    assert len(rows) == old + 1
    assert rows[0][2:] == (revisions[-1].author, "Renamed the ad")  # the newest first
    dialog.close()


def test_history_lists_newest_first(window: MainWindow) -> None:
    import datetime as dt

    from journey_editor.model.types import Revision

    assert window.document is not None
    window.document.workspace.revisions = [
        Revision(date=dt.datetime(2026, 1, d, tzinfo=dt.UTC), author="ann", summary=f"day {d}")
        for d in (1, 3, 2)]
    dialog = window.file_safety.show_revision_history()
    assert dialog is not None
    assert [row[3] for row in dialog.rows()] == ["day 3", "day 2", "day 1"]
    dialog.close()


def test_compare_with_saved_lists_the_unsaved_change(window: MainWindow) -> None:
    dialog = window.file_safety.compare_with_saved()
    assert dialog is not None and dialog.lines() == ["No changes since the last save"]
    dialog.close()
    _rename_card(window, "Poster")
    dialog = window.file_safety.compare_with_saved()
    assert dialog is not None
    text = "\n".join(dialog.lines())
    assert "Poster" in text
    dialog.close()
