"""`journey-editor NEW.journey` for a missing file: asks to create it, never opens the sample."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor import app as app_module
from journey_editor.cli import main
from journey_editor.editor import session_lock
from journey_editor.fileformat import read_workspace
from journey_editor.ui import missing_file
from journey_editor.ui.main_window import MainWindow


def _windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def event_loop_runs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Stands in for the app's event loop: lets the window open what it was given, records
    it, closes it. No recovery offer from other test runs' leftovers gets in the way."""
    seen: list[MainWindow] = []

    def run_once(self: QApplication) -> int:
        qtbot.waitUntil(lambda: bool(_windows()) and _windows()[0].document is not None
                        and _windows()[0].document.path is not None)
        window = _windows()[0]
        seen.append(window)
        qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_once)
    monkeypatch.setattr(session_lock, "orphaned_recoveries", lambda folder: [])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    return seen


def test_yes_creates_the_map_and_the_window_shows_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, event_loop_runs: list[MainWindow]) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(missing_file, "ask_to_create",
                        lambda path: asked.append(path) or ("blank", "en"))
    target = tmp_path / "workshop.journey"
    assert main([str(target)]) == 0
    assert asked == [target]
    assert target.exists() and read_workspace(target).title == "Blank journey map"
    (window,) = event_loop_runs
    assert window.document is not None and window.document.path == target.resolve()
    assert window.windowTitle().startswith("workshop.journey")
    assert window.journey_box.currentText() == "New journey"  # not "Buying a sofa"


def test_a_chosen_template_in_another_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, event_loop_runs: list[MainWindow]) -> None:
    monkeypatch.setattr(missing_file, "ask_to_create", lambda path: ("retail", "da"))
    target = tmp_path / "butik.journey"
    assert main([str(target)]) == 0
    assert len(read_workspace(target).journeys[0].cards) == 50
    assert event_loop_runs[0].document is not None
    assert event_loop_runs[0].document.path == target.resolve()


def test_no_exits_without_a_window_or_a_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, event_loop_runs: list[MainWindow]) -> None:
    monkeypatch.setattr(missing_file, "ask_to_create", lambda path: None)
    target = tmp_path / "workshop.journey"
    assert main([str(target)]) == 1
    assert not target.exists()
    assert event_loop_runs == [] and _windows() == []  # the sample did not open either


@pytest.mark.parametrize(("name", "words"), [
    ("no-folder/map.journey", "the folder"),
    ("notes.txt", "ends in .journey"),
])
def test_a_name_that_could_never_be_created_is_one_line_and_no_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        name: str, words: str) -> None:
    monkeypatch.setattr(app_module, "run", lambda *args: pytest.fail("the editor started"))
    target = tmp_path / name
    assert main([str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and words in err
    assert err.startswith("journey-editor: ")
    assert not target.exists()


def _answer_with(qtbot: QtBot, button_text: str | None) -> None:
    """Once the question is up: clicks the button with that text (None: Cancel)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "workshop.journey" in box.text()
        button = (box.button(QMessageBox.StandardButton.Cancel) if button_text is None else
                  next(b for b in box.buttons() if b.text().replace("&", "") == button_text))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, click)


def test_the_question_offers_a_blank_map_first(tmp_path: Path, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "name", lambda self: "en_GB")
    _answer_with(qtbot, "Create Blank Map")
    assert missing_file.ask_to_create(tmp_path / "workshop.journey") == ("blank", "en")
    _answer_with(qtbot, None)
    assert missing_file.ask_to_create(tmp_path / "workshop.journey") is None


def test_the_question_can_lead_to_the_template_gallery(tmp_path: Path, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from journey_editor.ui.template_gallery import TemplateGallery

    monkeypatch.setattr(TemplateGallery, "pick", staticmethod(lambda parent=None: ("retail", "sv")))
    _answer_with(qtbot, "Choose a Template…")
    assert missing_file.ask_to_create(tmp_path / "workshop.journey") == ("retail", "sv")
