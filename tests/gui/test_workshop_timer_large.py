"""L makes the workshop timer's digits visibly larger on the projectors a room has
(1024 x 768, 1280 x 720, 1366 x 768) in every language we ship: at 1024 px the panel
leaves the timer so little width that large digits used to be no larger than normal ones
(Danish, Finnish, Dutch, Swedish)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.ui.language import LANGUAGES
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.workshop_timer import WorkshopTimer
from tests.gui.conftest import open_sample
from tests.gui.test_ui_language import Interface, interface  # noqa: F401 (the fixture)
from tests.gui.test_workshop_timer import _enter, _key

PROJECTORS = ((1024, 768), (1280, 720), (1366, 768))
VISIBLY = 1.4  # larger digits by at least this much: what a room notices from the back


def _inked_height(timer: WorkshopTimer) -> int:
    """How tall the digits are drawn on the face, in pixels (dark on the light face)."""
    image = timer.face.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = [y for y in range(image.height())
            if any(image.pixelColor(x, y).lightness() < 100 for x in range(image.width()))]
    return rows[-1] - rows[0] + 1 if rows else 0


def _on_projector(window: MainWindow, qtbot: QtBot, size: tuple[int, int]) -> None:
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.view.width(), window.view.height()) == size)


@pytest.mark.parametrize("size", PROJECTORS, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_l_makes_the_digits_visibly_larger_and_they_still_cover_no_card(
        language: str, size: tuple[int, int], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, interface: Interface) -> None:  # noqa: F811
    interface.switch(language)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = open_sample(qtbot)
    workshop = _enter(window, qtbot)
    _on_projector(window, qtbot, size)
    _key(window, qtbot, Qt.Key.Key_Right)  # a stage's name on the panel, as in a workshop
    _key(window, qtbot, Qt.Key.Key_T)
    timer, panel = workshop.timer, workshop.panel
    assert timer is not None and timer.isVisible() and panel is not None
    normal = _inked_height(timer)
    assert normal > 0

    _key(window, qtbot, Qt.Key.Key_L)
    large = _inked_height(timer)
    assert large >= VISIBLY * normal, (normal, large)
    assert not timer.geometry().intersects(panel.geometry())
    assert window.view.rect().contains(timer.geometry())
    assert not timer.geometry().intersects(window.view.viewport().geometry())  # no card under it

    _key(window, qtbot, Qt.Key.Key_L)
    assert _inked_height(timer) == normal  # and back
