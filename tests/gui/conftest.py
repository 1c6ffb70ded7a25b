"""Fixtures for tests that drive the whole window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor import i18n
from journey_editor.app import create_window
from journey_editor.editor.document import Document
from journey_editor.ui.gui_collector import collect_automatically, collect_in_gui_thread
from journey_editor.ui.locale_format import decimal
from journey_editor.ui.main_window import MainWindow
from tests.factories import small_workspace


@pytest.fixture(autouse=True)
def collector_in_gui_thread(qapp: QApplication) -> Iterator[None]:
    """Garbage collected in the GUI thread only and numbers written as the locale writes
    them, as create_window sets up the application, for windows and dialogs made without
    it too; as before after the test."""
    numbers = i18n.installed_decimal()
    collect_in_gui_thread(qapp)
    i18n.install_decimal(decimal)
    yield
    collect_automatically()
    i18n.install_decimal(numbers)


@pytest.fixture
def quick_file_watch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file watcher's timers at a tenth, for windows made after this fixture: a change
    on disk is noticed in ~0.03 s instead of 0.3 s, in the same order of events (the test
    waits for the question or the reload, never for a time)."""
    from journey_editor.ui import file_watch

    monkeypatch.setattr(file_watch, "SETTLE_MS", file_watch.SETTLE_MS // 10)
    monkeypatch.setattr(file_watch, "FOLLOW_MS", file_watch.FOLLOW_MS // 10)


@pytest.fixture
def doc() -> Document:
    """A document on the small hand-made workspace of tests.factories."""
    return Document(small_workspace())


@pytest.fixture
def sample_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The window on the sample map, shown; closing it never blocks on a question."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    return open_sample(qtbot)


Answers = tuple[list[str], list[str]]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """(the texts of the boxes shown, the button labels to click, in order)."""
    shown: list[str] = []
    plan: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        wanted = plan.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question",  # closing the window at the end of a test
                        lambda *a: QMessageBox.StandardButton.Discard)
    return shown, plan


def open_sample(qtbot: QtBot) -> MainWindow:
    """A window on the sample map, shown, its docks filled in."""
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The docks fill in just after the map's first frame, as a user sees them.
    qtbot.waitUntil(lambda: window.docks["inspector"].widget() is not None)
    return window
