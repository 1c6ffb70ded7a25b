"""Opening a map whose lock file cannot be read (half written, damaged): the question says
that an unknown editor holds it, not "? on ?" (issue 12, item 4)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.editor.session_lock import lock_path_for
from journey_editor.model.types import Workspace
from journey_editor.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the questions asked; each is answered "Open Read-Only"."""
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Open &Read-Only").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(Document(workspace))
    qtbot.addWidget(window)
    return window


@pytest.fixture
def other_editor() -> Iterator[int]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def test_an_unreadable_lock_is_held_by_an_unknown_editor(
        window: MainWindow, saved: Path, shown: list[str]) -> None:
    lock = lock_path_for(saved)
    lock.write_bytes(b'{"user": "ann", "ho')  # its writer was killed mid-write
    assert window.files.open_path(saved) and window.read_only
    (text,) = shown
    assert saved.name in text and "unknown editor" in text and "cannot be read" in text
    assert "?" not in text
    assert lock.read_bytes() == b'{"user": "ann", "ho'  # held: never taken over


def test_a_readable_lock_names_who_holds_the_file(
        window: MainWindow, saved: Path, shown: list[str], other_editor: int) -> None:
    lock_path_for(saved).write_text(json.dumps({"user": "ann", "host": socket.gethostname(),
                                                "pid": other_editor, "time": "2026-12-03T09:00"}))
    assert window.files.open_path(saved) and window.read_only
    (text,) = shown
    assert f"ann on {socket.gethostname()}, since 2026-12-03 09:00" in text
    assert "unknown" not in text
