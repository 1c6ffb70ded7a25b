"""Two laptops, one file: Save warns before overwriting someone else's changes, and an
unmodified window offers to reload a file that changed on disk (issue 7, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.fileformat.identity import disk_identity, same_content
from journey_editor.model.types import Workspace
from journey_editor.ui import file_watch
from journey_editor.ui.main_window import MainWindow

OTHER_TITLE = "Written on another laptop"


@pytest.fixture
def window(quick_file_watch: None, qtbot: QtBot, saved: Path) -> MainWindow:
    window = MainWindow(Document.open(saved))
    qtbot.addWidget(window)
    return window


def _write_from_another_laptop(path: Path, workspace: Workspace) -> bytes:
    from journey_editor.fileformat import encode_workspace

    other = read_workspace(path)
    other.title = OTHER_TITLE
    data = encode_workspace(other)
    path.write_bytes(data)
    return data


def _edit(window: MainWindow, title: str = "Mine") -> None:
    from journey_editor.editor import commands as cmd

    assert window.document is not None
    window.document.push(cmd.make_edit(window.document, "j1", "card", "a", {"title": title}))


def test_disk_identity_tells_a_touch_from_a_change(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"one")
    first = disk_identity(path)
    path.write_bytes(b"one")
    assert same_content(first, disk_identity(path))
    path.write_bytes(b"two")
    assert not same_content(first, disk_identity(path))
    assert disk_identity(tmp_path / "missing") is None


@pytest.mark.parametrize("answer", ["Cancel", "Overwrite"])
def test_save_warns_when_the_file_changed_on_disk(
        window: MainWindow, saved: Path, workspace: Workspace,
        answers: tuple[list[str], list[str]], answer: str) -> None:
    shown, plan = answers
    _edit(window)
    theirs = _write_from_another_laptop(saved, workspace)
    plan.append(answer)
    assert window.files.save() is (answer == "Overwrite")
    assert len(shown) == 1 and "changed on disk" in shown[0]
    if answer == "Cancel":
        assert saved.read_bytes() == theirs and window.document.modified  # type: ignore[union-attr]
    else:
        assert read_workspace(saved).journey("j1").cards[0].title == "Mine"
        assert not window.document.modified  # type: ignore[union-attr]
        plan.append("Cancel")
        _edit(window, "Mine again")
        assert window.files.save()  # our own save is no conflict
        assert len(shown) == 1


def test_save_as_is_offered_instead(window: MainWindow, saved: Path, workspace: Workspace,
                                    answers: tuple[list[str], list[str]],
                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    shown, plan = answers
    _edit(window)
    theirs = _write_from_another_laptop(saved, workspace)
    copy = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    plan.append("Save As…")
    assert window.files.save()
    assert saved.read_bytes() == theirs
    assert read_workspace(copy).journey("j1").cards[0].title == "Mine"
    assert window.document.path == copy.resolve()  # type: ignore[union-attr]


def test_an_unmodified_window_offers_to_reload(window: MainWindow, qtbot: QtBot, saved: Path,
                                               workspace: Workspace,
                                               answers: tuple[list[str], list[str]]) -> None:
    shown, plan = answers
    plan.append("Reload")
    qtbot.waitUntil(lambda: str(saved.resolve()) in window.file_safety.watch.watcher.files())
    _write_from_another_laptop(saved, workspace)
    qtbot.waitUntil(lambda: window.document.workspace.title == OTHER_TITLE)  # type: ignore[union-attr]
    assert len(shown) == 1 and "Reload it?" in shown[0]
    assert not window.document.modified  # type: ignore[union-attr]


def test_a_modified_window_is_not_asked_but_save_warns(
        window: MainWindow, qtbot: QtBot, saved: Path, workspace: Workspace,
        answers: tuple[list[str], list[str]]) -> None:
    shown, plan = answers
    _edit(window)
    qtbot.waitUntil(lambda: str(saved.resolve()) in window.file_safety.watch.watcher.files())
    _write_from_another_laptop(saved, workspace)
    qtbot.waitUntil(lambda: "changed on disk" in window.statusBar().currentMessage())
    assert shown == []
    plan.append("Cancel")
    assert not window.files.save()
    assert len(shown) == 1


def test_keep_does_not_ask_again_for_the_same_change(
        window: MainWindow, qtbot: QtBot, saved: Path, workspace: Workspace,
        answers: tuple[list[str], list[str]]) -> None:
    shown, plan = answers
    plan.append("Keep")
    qtbot.waitUntil(lambda: str(saved.resolve()) in window.file_safety.watch.watcher.files())
    _write_from_another_laptop(saved, workspace)
    qtbot.waitUntil(lambda: len(shown) == 1)
    qtbot.wait(3 * (file_watch.SETTLE_MS + file_watch.FOLLOW_MS))  # a second question's time
    window.file_safety.watch.check()
    assert len(shown) == 1 and window.document.workspace.title != OTHER_TITLE  # type: ignore[union-attr]
    _edit(window)
    plan.append("Cancel")
    assert not window.files.save()  # kept: Save still knows the file changed
    assert len(shown) == 2

