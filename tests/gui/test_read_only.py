"""A map opened read-only takes no edits from anywhere, says so, and saves only as a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor import session_lock
from journey_editor.ui import file_actions, recovery_dialog
from journey_editor.ui.main_window import MainWindow


@pytest.fixture
def read_only(sample_window: MainWindow, saved: Path,
              monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The small test map, held by another editor, opened read-only."""
    monkeypatch.setattr(file_actions, "holder",  # another editor has this file, no other
                        lambda path: object() if path.resolve() == saved.resolve() else None)
    monkeypatch.setattr(recovery_dialog, "ask_about_holder", lambda *args: "read_only")
    assert sample_window.files.open_path(saved)
    return sample_window


def _cards(window: MainWindow) -> list[tuple[str, str, str]]:
    doc = window.document
    assert doc is not None
    return [(c.title, c.stage, c.lane) for j in doc.workspace.journeys for c in j.cards]


def test_it_says_so_and_the_edit_actions_are_off(read_only: MainWindow) -> None:
    window = read_only
    assert window.read_only_mode.banner.isVisible()
    assert "read-only" in window.windowTitle()
    for action_id in ("add_card", "add_stage", "add_lane", "delete", "paste", "connect"):
        assert not window.actions[action_id].isEnabled()
    assert not window.panels.inspector.isEnabled()
    journeys = window.panels.journeys.actions
    assert not any(journeys[name].isEnabled() for name in ("add", "duplicate", "future_state"))


def test_keys_clicks_and_drags_change_nothing(read_only: MainWindow, qtbot: QtBot) -> None:
    window, view = read_only, read_only.view
    before = _cards(window)
    scene = view.journey_scene()
    card_id = next(iter(scene.cards))
    scene.select_cards([card_id])
    view.setFocus()
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Return):
        qtbot.keyClick(view, key)
    assert view.editor is None
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # move
    layout = scene.layout
    x, y, w, h = layout.cells[(list(layout.columns)[-1], list(layout.rows)[-1])]
    view.ensureVisible(x, y, w, h)
    empty = view.mapFromScene(QPointF(x + w - 6, y + h - 6))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert view.editor is None
    box = layout.cards[card_id].rect
    view.ensureVisible(box.x, box.y, box.w, box.h)
    start = view.mapFromScene(QPointF(box.x + 10, box.y + 10))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(step * 40, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    window.panels.journeys.actions["add"].trigger()
    assert _cards(window) == before
    assert len(window.document.workspace.journeys) == 1
    assert "read-only" in window.statusBar().currentMessage()
    assert not window.isWindowModified()


def test_save_offers_save_as_and_the_copy_is_editable(
        read_only: MainWindow, saved: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = read_only
    original = saved.read_bytes()
    copy = tmp_path / "copy.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(copy), ""))
    monkeypatch.setattr(file_actions, "lock_file", session_lock.lock_file)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert copy.exists() and saved.read_bytes() == original
    assert window.document.path == copy.resolve()
    assert not window.read_only and not window.read_only_mode.banner.isVisible()
    assert window.actions["add_card"].isEnabled() and window.panels.inspector.isEnabled()
    assert window.panels.journeys.actions["add"].isEnabled()


def test_save_as_never_overwrites_the_held_file(
        read_only: MainWindow, saved: Path, monkeypatch: pytest.MonkeyPatch,
        dialogs_seen: list[str]) -> None:
    window = read_only
    original = saved.read_bytes()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, start, *rest: asked.append(start) or
                        (str(saved), ""))
    assert not window.files.save()
    assert Path(asked[0]).name == "map (copy).journey"  # a copy is what it offers
    assert saved.read_bytes() == original and window.read_only
    assert "another window" in dialogs_seen[0]


def test_a_journey_renamed_in_the_list_keeps_its_name(read_only: MainWindow,
                                                       qtbot: QtBot) -> None:
    journeys = read_only.panels.journeys
    item = journeys.list.item(0)
    name = item.text()
    item.setText("Renamed")  # as the list's editor does on Enter
    assert item.text() == name
    assert not read_only.actions["properties"].isEnabled()


@pytest.fixture
def dialogs_seen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *args: seen.append(text))
    return seen


def test_workshop_voting_is_off_on_a_read_only_map(read_only: MainWindow, qtbot: QtBot) -> None:
    from tests.gui.test_workshop import _enter

    mode = _enter(read_only, qtbot)
    assert mode.panel is not None
    bar = mode.panel.bar
    assert not bar.toggle.isEnabled() and not bar.setup.isEnabled()
    read_only.statusBar().clearMessage()
    qtbot.keyClick(read_only.view, Qt.Key.Key_V)  # the key that turns voting on
    assert not mode.voting.enabled
    assert "read-only" in read_only.statusBar().currentMessage()
    mode.leave()
