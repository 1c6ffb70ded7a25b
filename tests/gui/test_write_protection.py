"""A write-protected map opens read-only and says why; a map protected while it is open is
never replaced by Save, which says so and offers Save As (issue 12, item 3).

The permission check is stubbed at the OS boundary (see tests/unit/test_write_protection)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor.session_lock import lock_path_for
from journey_editor.fileformat import encode_workspace, read_workspace
from journey_editor.ui.main_window import MainWindow
from tests.conftest import Protect
from tests.gui.conftest import Answers


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mode


def _open(window: MainWindow, path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Open (Ctrl+O) and the file chosen in the dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.document is not None and window.document.path == path.resolve()


def _save_as_returns(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The Save As dialog answers `target`; returns the names it proposed."""
    proposed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, caption, start, *a:
                        proposed.append(Path(start).name) or (str(target), ""))
    return proposed


def _ctrl_s(window: MainWindow, qtbot: QtBot) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_write_protected_map_opens_read_only_and_saves_as_a_copy(
        sample_window: MainWindow, saved: Path, tmp_path: Path, protect: Protect,
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = sample_window
    protect(saved)
    before = _state(saved)
    _open(window, saved, qtbot, monkeypatch)
    banner = window.read_only_mode.label.text()
    assert window.read_only_mode.banner.isVisible() and "read-only" in window.windowTitle()
    assert "map.journey" in banner and "write-protected" in banner
    assert "another window" not in banner
    assert not window.actions["add_card"].isEnabled()
    assert not lock_path_for(saved).exists()  # not claimed: this window never writes it
    copy = tmp_path / "mine.journey"
    proposed = _save_as_returns(monkeypatch, copy)
    _ctrl_s(window, qtbot)
    assert proposed == ["map (copy).journey"]
    assert read_workspace(copy) == read_workspace(saved) and _state(saved) == before
    assert window.document is not None and window.document.path == copy.resolve()
    assert not window.read_only and window.actions["add_card"].isEnabled()


def test_another_users_map_opens_read_only(sample_window: MainWindow, saved: Path,
                                           someone_else: None, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _open(sample_window, saved, qtbot, monkeypatch)
    assert sample_window.read_only
    assert "belongs to" in sample_window.read_only_mode.label.text()
    assert not sample_window.actions["add_card"].isEnabled()


@pytest.fixture
def edited(sample_window: MainWindow, saved: Path, qtbot: QtBot,
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The map opened while writable, and a card deleted (Delete key): unsaved work."""
    window = sample_window
    _open(window, saved, qtbot, monkeypatch)
    assert not window.read_only
    scene = window.view.journey_scene()
    scene.select_cards([next(iter(scene.cards))])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert window.document is not None and window.document.modified
    return window


def test_save_on_a_map_protected_since_opening_says_so_and_keeps_the_file(
        edited: MainWindow, saved: Path, protect: Protect, qtbot: QtBot,
        answers: Answers) -> None:
    window, (shown, plan) = edited, answers
    protect(saved)  # chmod 444 by someone while the map is open
    before, beside = _state(saved), set(saved.parent.iterdir())
    plan.append("Cancel")
    _ctrl_s(window, qtbot)
    assert len(shown) == 1 and "\n" not in shown[0]
    assert shown[0].startswith("map.journey: ") and "write-protected" in shown[0]
    assert _state(saved) == before
    assert window.read_only and "write-protected" in window.read_only_mode.label.text()
    assert window.document is not None and window.document.modified  # the work is kept
    assert window.autosaver is not None and window.autosaver.autosave_now()
    assert set(saved.parent.iterdir()) == beside  # the recovery copy is elsewhere


def test_save_as_is_offered_and_keeps_the_work(
        edited: MainWindow, saved: Path, tmp_path: Path, protect: Protect, qtbot: QtBot,
        answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    window, (shown, plan) = edited, answers
    cards_left = len(window.document.workspace.journeys[0].cards)  # type: ignore[union-attr]
    protect(saved)
    before = _state(saved)
    copy = tmp_path / "mine.journey"
    proposed = _save_as_returns(monkeypatch, copy)
    plan.append("Save As…")
    _ctrl_s(window, qtbot)
    assert "write-protected" in shown[0] and proposed == ["map (copy).journey"]
    assert _state(saved) == before
    assert len(read_workspace(copy).journeys[0].cards) == cards_left
    assert not window.read_only and not window.isWindowModified()


def test_a_reload_keeps_a_protected_map_read_only(
        quick_file_watch: None, sample_window: MainWindow, saved: Path, protect: Protect,
        qtbot: QtBot, answers: Answers, monkeypatch: pytest.MonkeyPatch) -> None:
    window, (shown, plan) = sample_window, answers
    protect(saved)
    _open(window, saved, qtbot, monkeypatch)
    qtbot.waitUntil(lambda: str(saved.resolve()) in window.file_safety.watch.watcher.files())
    plan.append("Reload")
    workspace = read_workspace(saved)
    workspace.title = "Changed by its owner"
    saved.write_bytes(encode_workspace(workspace))  # root may; its owner could
    qtbot.waitUntil(lambda: window.document is not None
                    and window.document.workspace.title == "Changed by its owner")
    assert len(shown) == 1 and not plan  # the reload was offered once, and taken
    assert window.read_only and "write-protected" in window.read_only_mode.label.text()
    assert not window.actions["add_card"].isEnabled()
