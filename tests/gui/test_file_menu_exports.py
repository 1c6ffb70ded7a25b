"""File > Export as Web Page…, Interview Guide… and Mark Baseline…: reached from the menu,
they write what they say, and a failed write is one clear message with the map intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.ui.main_window import MainWindow


def _file_menu_entry(window: MainWindow, name: str) -> QAction:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    entries = {a.objectName(): a for a in menus["File"].actions()}
    return entries[name]


def test_export_as_web_page_writes_every_journey(sample_window: MainWindow, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "workshop map"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    _file_menu_entry(sample_window, "export_web_page").trigger()
    page = (tmp_path / "workshop map.html").read_text("utf-8")
    workspace = sample_window.document.workspace  # type: ignore[union-attr]
    assert all(journey.name in page for journey in workspace.journeys)
    assert "workshop map.html" in sample_window.statusBar().currentMessage()


def test_a_web_page_that_cannot_be_written_says_so(sample_window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "no such folder" / "map.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    _file_menu_entry(sample_window, "export_web_page").trigger()
    assert len(warnings) == 1 and "map.html" in warnings[0] and "\n" not in warnings[0]
    assert not target.exists()


def test_interview_guide_and_mark_baseline_open_their_dialogs(
        sample_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _file_menu_entry(sample_window, "mark_baseline").trigger()
    qtbot.waitUntil(lambda: type(_visible_dialog(sample_window)).__name__ == "BaselineNameDialog")
    baseline = _visible_dialog(sample_window)
    assert baseline is not None
    with qtbot.waitSignal(baseline.destroyed):  # closed and gone within the test
        baseline.reject()
    from journey_editor.ui.guide_dialog import GuideDialog

    shown: list[str] = []  # the guide's dialog is modal: seen, not run (tested on its own)
    monkeypatch.setattr(GuideDialog, "exec", lambda dialog: shown.append(dialog.windowTitle()))
    _file_menu_entry(sample_window, "export_guide").trigger()
    assert len(shown) == 1 and shown[0]


def _visible_dialog(window: MainWindow) -> QDialog | None:
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    return shown[0] if shown else None


def test_a_written_guide_is_confirmed_in_the_status_bar(sample_window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from journey_editor.ui import guide_dialog

    target = tmp_path / "guide.md"
    monkeypatch.setattr(guide_dialog, "export_interview_guide",
                        lambda *args: [target])  # the dialog's part is tested on its own
    _file_menu_entry(sample_window, "export_guide").trigger()
    assert "guide.md" in sample_window.statusBar().currentMessage()


def test_view_overlay_emotion_curves_opens_the_chart(sample_window: MainWindow,
                                                     qtbot: QtBot) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in sample_window.menuBar().actions()}
    entries = {a.objectName(): a for a in menus["View"].actions()}
    entries["curves_together"].trigger()
    qtbot.waitUntil(lambda: type(_visible_dialog(sample_window)).__name__
                    == "CurvesOverlayDialog")
    dialog = _visible_dialog(sample_window)
    assert dialog is not None
    with qtbot.waitSignal(dialog.destroyed):  # closed and gone within the test
        dialog.close()
