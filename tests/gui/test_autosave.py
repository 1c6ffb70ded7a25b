"""Autosave, crash recovery and one editor per file, as the window uses them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor import autosave, commands
from journey_editor.editor.autosave import Autosaver
from journey_editor.editor.document import Document
from journey_editor.editor.session_lock import (
    SessionLock,
    lock_path_for,
    orphaned_recoveries,
    pid_alive,
)
from journey_editor.fileformat import leftovers, read_workspace
from journey_editor.model.types import Workspace
from journey_editor.ui import recovery_dialog
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.recovery_dialog import RecoveryDialog

INTERVAL = 0.2


def _edit(document: Document, title: str) -> None:
    journey = document.workspace.journeys[0].id
    document.push(commands.make_edit(document, journey, "card", "a", {"title": title}))


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*")) if folder.exists() else []


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setattr(autosave, "recovery_folder", lambda: folder)
    return folder


@pytest.fixture
def dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    assert not pid_alive(int(child.stdout))
    return int(child.stdout)


def test_an_edit_is_autosaved_within_the_interval_not_per_keystroke(
        qtbot: QtBot, saved: Path, folder: Path) -> None:
    document = Document.open(saved)
    before = saved.read_bytes()
    saver = Autosaver(document, folder, interval_s=INTERVAL)
    writes: list[object] = []
    saver.saved.connect(writes.append)
    start = time.monotonic()
    for n in range(5):  # a burst of typing: one autosave
        _edit(document, f"Ad {n}")
    qtbot.waitUntil(lambda: saver.sidecar_path.exists(), timeout=3000)
    assert time.monotonic() - start < INTERVAL + 1.0
    qtbot.wait(int(INTERVAL * 1000) + 100)
    assert len(writes) == 1
    recovered = read_workspace(saver.journey_path)
    assert recovered.journeys[0].cards[0].title == "Ad 4"
    info = json.loads(saver.sidecar_path.read_text())
    assert info["original"] == str(saved.resolve()) and info["pid"] == os.getpid()
    assert info["title"] == "Test map" and info["saved_at"]
    assert saved.read_bytes() == before  # the user's file is untouched
    assert not saved.with_name(saved.name + ".bak").exists()


def test_save_removes_the_recovery_files(qtbot: QtBot, saved: Path, folder: Path) -> None:
    document = Document.open(saved)
    saver = Autosaver(document, folder, interval_s=INTERVAL)
    _edit(document, "Changed")
    qtbot.waitUntil(lambda: saver.sidecar_path.exists(), timeout=3000)
    document.save()
    assert _files(folder) == []
    qtbot.wait(int(INTERVAL * 1000) + 100)
    assert _files(folder) == []  # nothing pending after a save


def test_untitled_documents_are_autosaved_too(qtbot: QtBot, workspace: Workspace,
                                              folder: Path) -> None:
    document = Document(workspace)
    saver = Autosaver(document, folder, interval_s=INTERVAL)
    _edit(document, "Changed")
    qtbot.waitUntil(lambda: saver.sidecar_path.exists(), timeout=3000)
    assert json.loads(saver.sidecar_path.read_text())["original"] is None


def test_a_map_whose_file_name_is_not_utf8_is_autosaved_too(
        qtbot: QtBot, workspace: Workspace, folder: Path) -> None:
    """A Latin-1 file name on Linux arrives as a surrogate-escaped str."""
    document = Document(workspace)
    document.path = Path(os.fsdecode(b"/tmp/caf\xe9.journey"))
    saver = Autosaver(document, folder, interval_s=INTERVAL)
    failures: list[str] = []
    saver.failed.connect(failures.append)
    _edit(document, "Changed")
    qtbot.waitUntil(lambda: saver.sidecar_path.exists() or bool(failures), timeout=3000)
    assert failures == []
    original = json.loads(saver.sidecar_path.read_text())["original"]
    assert os.fsencode(original) == b"/tmp/caf\xe9.journey"


def test_a_crash_leaves_orphans_that_restore_modified_at_the_original_path(
        qtbot: QtBot, saved: Path, folder: Path, dead_pid: int) -> None:
    session = SessionLock.create(folder)
    document = Document.open(saved)
    saver = Autosaver(document, folder, interval_s=INTERVAL)
    _edit(document, "Unsaved")
    qtbot.waitUntil(lambda: saver.sidecar_path.exists(), timeout=3000)
    assert orphaned_recoveries(folder) == []  # this session is alive and holds its lock...
    session.release()
    # ...simulate the crash: the sidecar names a process that has died.
    info = json.loads(saver.sidecar_path.read_text())
    saver.sidecar_path.write_text(json.dumps({**info, "pid": dead_pid}))
    found = orphaned_recoveries(folder)
    assert [(r.uid, r.original) for r in found] == [(saver.uid, saved.resolve())]

    restored: list[Document] = []
    dialog = RecoveryDialog(found, restored.append)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Recover")
    assert dialog.table.item(0, 1).text() == str(saved.resolve())
    dialog.restore([0])
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    (doc,) = restored
    assert doc.modified and doc.path == saved.resolve()
    assert doc.workspace.journeys[0].cards[0].title == "Unsaved"
    doc.save()
    assert read_workspace(saved).journeys[0].cards[0].title == "Unsaved"
    assert not doc.modified


def test_discard_deletes_and_later_keeps(qtbot: QtBot, folder: Path, dead_pid: int,
                                         workspace: Workspace) -> None:
    document = Document(workspace)
    for uid in ("one", "two"):
        saver = Autosaver(document, folder, uid=uid)
        document.undo_stack.resetClean()
        assert saver.autosave_now()
        info = json.loads(saver.sidecar_path.read_text())
        saver.sidecar_path.write_text(json.dumps({**info, "pid": dead_pid}))
    found = orphaned_recoveries(folder)
    dialog = RecoveryDialog(found, lambda doc: None)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.discard([0])
    assert dialog.table.rowCount() == 1 and len(orphaned_recoveries(folder)) == 1
    dialog.later()
    assert dialog.result() == RecoveryDialog.DialogCode.Rejected
    assert len(orphaned_recoveries(folder)) == 1


@pytest.fixture
def window(qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    QSettings().setValue("autosave/interval", INTERVAL)
    from journey_editor.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    return window


def test_window_autosaves_and_restores_into_the_untouched_sample(
        qtbot: QtBot, window: MainWindow, saved: Path, folder: Path) -> None:
    assert window.files.open_path(saved)
    assert lock_path_for(saved).exists()
    saver = window.autosaver
    assert saver is not None and saver.timer.interval() == int(INTERVAL * 1000)
    _edit(window.document, "From the window")
    qtbot.waitUntil(lambda: saver.sidecar_path.exists(), timeout=3000)
    assert window.files.save()
    assert _files(folder) == []
    window.close()
    assert not lock_path_for(saved).exists()


def test_the_start_clears_what_killed_autosaves_and_saves_left_behind(
        qtbot: QtBot, saved: Path, folder: Path) -> None:
    folder.mkdir()
    old = time.time() - leftovers.STALE_TEMP_S - 60
    litter = [folder / ".4f1c.journey.k3j2h1x0.tmp", folder / ".4f1c.json.a1b2c3d4.tmp",
              saved.parent / f".{saved.name}.p9q8r7_y.tmp"]
    young = folder / ".77.journey.zz11yy22.tmp"  # another editor's autosave, running now
    for path in (*litter, young):
        path.write_bytes(b"{")
    for path in litter:
        os.utime(path, (old, old))
    from journey_editor.app import create_window

    window = create_window()
    qtbot.addWidget(window)
    assert not litter[0].exists() and not litter[1].exists() and litter[2].exists()
    assert window.files.open_path(saved)  # as app.run opens the map named on the command line
    assert not any(path.exists() for path in litter) and young.exists()


def test_restore_into_window(qtbot: QtBot, window: MainWindow, saved: Path,
                             folder: Path, dead_pid: int) -> None:
    document = Document.open(saved)
    document.undo_stack.resetClean()
    saver = Autosaver(document, folder)
    assert saver.autosave_now()
    info = json.loads(saver.sidecar_path.read_text())
    saver.sidecar_path.write_text(json.dumps({**info, "pid": dead_pid}))
    (found,) = orphaned_recoveries(folder)
    recovery_dialog.restore_into(window, recovery_dialog.restored_document(found))
    assert window.document.path == saved.resolve() and window.isWindowModified()
    assert window.autosaver.uid == found.uid  # its next autosave replaces the orphan


def test_a_file_held_by_another_editor_asks_and_read_only_saves_as(
        qtbot: QtBot, window: MainWindow, saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    asked: list[Any] = []
    try:
        lock_path_for(saved).write_text(json.dumps(
            {"user": "ann", "host": socket.gethostname(), "pid": other.pid, "time": "09:00"}))
        monkeypatch.setattr(recovery_dialog, "ask_about_holder",
                            lambda parent, path, info: asked.append(info) or None)
        assert not window.files.open_path(saved)  # Cancel
        assert asked[0].user == "ann" and window.document.path is None
        monkeypatch.setattr(recovery_dialog, "ask_about_holder", lambda *a: "read_only")
        assert window.files.open_path(saved) and window.read_only
        save_as: list[bool] = []
        monkeypatch.setattr(window.files, "save_as", lambda: save_as.append(True) or False)
        assert not window.files.save() and save_as == [True]
        assert json.loads(lock_path_for(saved).read_text())["pid"] == other.pid
    finally:
        other.kill()
        other.wait()


def test_marking_modified_without_a_command_is_autosaved(
        qtbot: QtBot, workspace: Workspace, folder: Path) -> None:
    document = Document(workspace)
    saver = Autosaver(document, folder, interval_s=INTERVAL)
    document.undo_stack.resetClean()  # as after a restore, or a failed command
    qtbot.waitUntil(lambda: saver.sidecar_path.exists(), timeout=3000)


def test_an_autosave_clears_other_documents_killed_autosaves(
        qtbot: QtBot, workspace: Workspace, folder: Path) -> None:
    document = Document(workspace)
    saver = Autosaver(document, folder)
    folder.mkdir()
    old = time.time() - leftovers.STALE_TEMP_S - 60
    litter, young = folder / ".4f1c.journey.k3j2h1x0.tmp", folder / ".77.json.zz11yy22.tmp"
    for path in (litter, young):
        path.write_bytes(b"{")
    os.utime(litter, (old, old))
    document.undo_stack.resetClean()
    assert saver.autosave_now()
    assert not litter.exists() and young.exists()
