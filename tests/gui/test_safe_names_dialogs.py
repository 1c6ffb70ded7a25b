"""The window's error dialogs show a file name with line breaks, terminal escapes or bytes
that are not UTF-8 escaped, on the one line the message was written as."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.fileformat import save_workspace
from journey_editor.ui.main_window import MainWindow
from tests.conftest import Protect
from tests.factories import small_workspace
from tests.gui.conftest import open_sample
from tests.unit.test_safe_names import NAMES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="names with control characters")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings and errors shown, instead of blocking on them."""
    shown: list[str] = []

    def box(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", box)
    monkeypatch.setattr(QMessageBox, "critical", box)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    return shown


@pytest.mark.parametrize(("raw", "shown"), NAMES, ids=["newline", "ansi", "not utf-8"])
def test_open_and_save_errors_show_the_name_escaped_on_one_line(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialogs: list[str],
        raw: str, shown: str) -> None:
    window = open_sample(qtbot)
    broken = tmp_path / f"{raw}.journey"
    broken.write_bytes(b'{"format": "journey-editor", "version": 1e999}')
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    window.actions["open"].trigger()
    nowhere = tmp_path / raw / "map.journey"  # its folder does not exist
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(nowhere), ""))
    window.actions["save_as"].trigger()
    assert len(dialogs) == 2
    opened, saved = dialogs
    assert opened == f"{shown}.journey: version: the format version must be a whole number, " \
                     "found 1e999"
    assert saved.startswith("map.journey: ") and f"{shown}" in saved
    for text in dialogs:
        text.encode("utf-8")  # no lone surrogate left for Qt to mangle
        assert "\n" not in text and "\x1b" not in text and "\x07" not in text
    assert window.document is not None and window.document.path is None  # still the sample


@pytest.mark.parametrize(("raw", "shown"), NAMES[:2], ids=["newline", "ansi"])
def test_the_reload_question_shows_the_name_escaped(
        quick_file_watch: None, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        raw: str, shown: str) -> None:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Keep").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    path = tmp_path / f"{raw}.journey"
    save_workspace(small_workspace(), path, backup=False)
    window = MainWindow(Document.open(path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: str(path.resolve()) in window.file_safety.watch.watcher.files())
    changed = small_workspace()
    changed.title = "Changed on another laptop"
    save_workspace(changed, path, backup=False)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked[0].startswith(f"{shown}.journey changed on disk. Reload it?")
    assert "\n" not in asked[0] and "\x1b" not in asked[0]


@pytest.mark.parametrize(("raw", "shown"), NAMES, ids=["newline", "ansi", "not utf-8"])
def test_an_open_map_is_named_escaped_in_the_title_banner_and_status_bar(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialogs: list[str],
        protect: Protect, raw: str, shown: str) -> None:
    path = tmp_path / f"<b>{raw}.journey"
    save_workspace(small_workspace(), path, backup=False)
    window = open_sample(qtbot)
    protect(path)  # opens read-only: the banner names it
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions["open"].trigger()
    name = f"<b>{shown}.journey"
    assert name in window.windowTitle()
    banner = window.read_only_mode.label
    assert banner.text().startswith(name)
    assert banner.textFormat() == Qt.TextFormat.PlainText  # "<b>" is not markup
    texts = [window.windowTitle(), banner.text()]
    assert not any(c in text for text in texts for c in "\n\x1b\x07")
    assert dialogs == []
