"""The workshop timer on the projector, driven by keys and clicks: start, pause, a
minute more, the last minute and time's up, its corners and sizes, and its cost."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.ui.help_keys import TIMER_KEYS
from journey_editor.ui.language import LANGUAGES
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.workshop import WorkshopMode
from journey_editor.ui.workshop_countdown import Phase
from journey_editor.ui.workshop_timer import (
    LAST_MINUTE,
    MARGIN,
    PLAIN,
    TIMES_UP,
    Corner,
    WorkshopTimer,
)
from tests.gui.conftest import open_sample
from tests.gui.test_ui_language import Interface, interface  # noqa: F401 (the fixture)


class FakeClock:
    """A monotonic clock the test moves on by hand (milliseconds)."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(sample_window: MainWindow, qtbot: QtBot, clock: FakeClock) -> WorkshopTimer:
    """Workshop mode entered, its timer (hidden until asked for) on the fake clock."""
    workshop = _enter(sample_window, qtbot)
    assert workshop.timer is not None and workshop.timer.isHidden()
    workshop.timer.countdown.clock = clock
    return workshop.timer


def _enter(window: MainWindow, qtbot: QtBot) -> WorkshopMode:
    window.actions["workshop"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen()
                    and window.view.width() == window.screen().geometry().width())
    assert window.workshop is not None
    return window.workshop


def _key(window: MainWindow, qtbot: QtBot, key: Qt.Key,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.view.viewport(), key, modifiers)


def _shown(timer: WorkshopTimer) -> tuple[str, str]:
    """What the room reads: the big text and the words beside it."""
    return (timer.face.times_up() if timer.face.done else timer.face.text, timer.status.text())


def _choose(window: MainWindow, qtbot: QtBot, mnemonic: Qt.Key) -> None:
    """D opens the timer's menu; the entry is picked by its underlined key."""
    _key(window, qtbot, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), mnemonic)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_s_starts_and_pauses_and_a_paused_timer_keeps_its_time(
        sample_window: MainWindow, timer: WorkshopTimer, clock: FakeClock,
        qtbot: QtBot) -> None:
    _key(sample_window, qtbot, Qt.Key.Key_T)
    assert timer.isVisible() and _shown(timer) == ("5:00", "Ready: S starts")

    _key(sample_window, qtbot, Qt.Key.Key_S)
    clock.now += 10_200  # an event loop that stalled for 10 s: the time left stays true
    qtbot.waitUntil(lambda: _shown(timer) == ("4:50", "Running"), timeout=3000)

    _key(sample_window, qtbot, Qt.Key.Key_S)
    assert _shown(timer) == ("4:50", "Paused") and timer.start.text() == "Resume"
    clock.now += 60_000
    qtbot.wait(1100)  # longer than a tick
    assert _shown(timer) == ("4:50", "Paused")

    _key(sample_window, qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert _shown(timer)[0] == "5:50"
    qtbot.mouseClick(timer.plus, Qt.MouseButton.LeftButton)
    assert _shown(timer)[0] == "6:50"

    _key(sample_window, qtbot, Qt.Key.Key_R)
    assert _shown(timer) == ("5:00", "Ready: S starts")


def test_the_last_minute_and_times_up_show_in_colour_and_in_words(
        sample_window: MainWindow, timer: WorkshopTimer, clock: FakeClock, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    _choose(sample_window, qtbot, Qt.Key.Key_1)  # 1 min
    _choose(sample_window, qtbot, Qt.Key.Key_S)  # sound at the end
    assert timer.sound.isChecked() and _shown(timer)[0] == "1:00"

    _key(sample_window, qtbot, Qt.Key.Key_S)
    assert timer.look == LAST_MINUTE and _shown(timer) == ("1:00", "Last minute")
    clock.now += 59_500
    qtbot.waitUntil(lambda: _shown(timer)[0] == "0:01", timeout=3000)
    assert timer.look == LAST_MINUTE and not beeps
    clock.now += 500
    qtbot.waitUntil(lambda: timer.face.done, timeout=3000)
    assert _shown(timer) == ("Time's up!", "Ended") and timer.look == TIMES_UP
    assert timer.face.accessibleName() == "Time's up" and beeps == [1]
    assert timer.look.frame_width > PLAIN.frame_width  # a cue that is not a colour

    heard: list[str] = []
    timer.announced.connect(heard.append)
    _key(sample_window, qtbot, Qt.Key.Key_Equal)
    assert heard == ["A minute added, 1:00 left"]
    assert _shown(timer) == ("1:00", "Last minute")  # the added minute runs at once
    assert timer.countdown.phase() is Phase.RUNNING


def test_screen_readers_hear_the_phases_not_the_seconds(
        sample_window: MainWindow, timer: WorkshopTimer, clock: FakeClock,
        qtbot: QtBot) -> None:
    heard: list[str] = []
    timer.announced.connect(heard.append)
    _choose(sample_window, qtbot, Qt.Key.Key_3)
    _key(sample_window, qtbot, Qt.Key.Key_S)
    names = set()
    for _ in range(4):  # 3:00 down to 0:00, 45 s at a time
        clock.now += 45_000
        timer.countdown.refresh()
        names.add(timer.face.accessibleName())
    assert heard == ["Timer set to 3:00", "Timer running, 3:00 left", "One minute left",
                     "Time's up"]
    assert timer.accessibleName() == "Workshop timer"
    assert names == {"Timer: 3 min left", "Timer: 2 min left",
                     "Timer: less than a minute left", "Time's up"}


def test_the_timer_sits_beside_the_panel_and_the_map_ends_above_it(
        sample_window: MainWindow, timer: WorkshopTimer, qtbot: QtBot) -> None:
    view = sample_window.view
    _key(sample_window, qtbot, Qt.Key.Key_T)
    panel = sample_window.workshop.panel  # type: ignore[union-attr]
    assert panel is not None
    assert timer.geometry().bottom() < view.height() and timer.x() == MARGIN
    assert not timer.geometry().intersects(panel.geometry())
    assert view.height() - view.viewportMargins().bottom() <= timer.y()

    small = timer.face.height()
    _key(sample_window, qtbot, Qt.Key.Key_L)
    assert timer.face.height() > 1.8 * small
    assert view.height() - view.viewportMargins().bottom() <= timer.y()  # still no card under it

    _key(sample_window, qtbot, Qt.Key.Key_C)  # the timer on the right, the panel on the left
    assert timer.geometry().right() == view.width() - MARGIN - 1 and panel.x() == MARGIN
    assert not timer.geometry().intersects(panel.geometry())
    assert view.height() - view.viewportMargins().bottom() <= timer.y()

    _key(sample_window, qtbot, Qt.Key.Key_T)
    assert timer.isHidden() and panel.geometry().right() == view.width() - MARGIN - 1
    _key(sample_window, qtbot, Qt.Key.Key_C)  # back to the left, shown again
    assert timer.x() == MARGIN and timer.isVisible()


def test_a_running_timer_carries_on_outside_workshop_mode(
        sample_window: MainWindow, timer: WorkshopTimer, clock: FakeClock,
        qtbot: QtBot) -> None:
    _key(sample_window, qtbot, Qt.Key.Key_S)  # S also shows the timer
    assert timer.isVisible()
    _key(sample_window, qtbot, Qt.Key.Key_Escape)
    assert not timer.isVisible()
    clock.now += 90_000
    _enter(sample_window, qtbot)
    assert timer.isVisible()
    qtbot.waitUntil(lambda: _shown(timer) == ("3:30", "Running"), timeout=3000)


def test_the_digits_repaint_each_second_and_the_map_does_not(
        sample_window: MainWindow, timer: WorkshopTimer, qtbot: QtBot) -> None:
    qtbot.wait(50)
    timer.countdown.clock = timer.countdown._monotonic.elapsed  # the real clock
    paints = _PaintCounter({sample_window.view.viewport(): "map", timer.face: "face"})
    _key(sample_window, qtbot, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: timer.face.text == "4:58", timeout=4000)
    assert paints.counts["face"] >= 2 and paints.counts["map"] == 0


class _PaintCounter(QObject):
    """Counts the paint events of the widgets it watches, by their names."""

    def __init__(self, watched: dict[QObject, str]) -> None:
        super().__init__()
        self.watched = watched
        self.counts = dict.fromkeys(watched.values(), 0)
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.counts[self.watched[watched]] += 1
        return False


def test_every_documented_key_works_and_no_command_takes_it(
        sample_window: MainWindow, timer: WorkshopTimer, qtbot: QtBot) -> None:
    taken = {s.toString() for a in sample_window.findChildren(QAction) for s in a.shortcuts()
             if a.shortcutContext() != Qt.ShortcutContext.WidgetShortcut}
    _key(sample_window, qtbot, Qt.Key.Key_T)
    for _, keys, _ in TIMER_KEYS:
        for key in keys:
            assert key not in taken
            before = _state(timer)
            sequence = QKeySequence(key)[0]
            _key(sample_window, qtbot, sequence.key(), sequence.keyboardModifiers())
            assert _state(timer) != before, f"{key} did nothing"
            popup = QApplication.activePopupWidget()
            if popup is not None:  # D: the menu, closed again by Esc
                qtbot.keyClick(popup, Qt.Key.Key_Escape)
            if timer.isHidden():  # T: shown again for the next key
                _key(sample_window, qtbot, Qt.Key.Key_T)


def _state(timer: WorkshopTimer) -> tuple[object, ...]:
    countdown = timer.countdown
    return (timer.isVisible(), countdown.phase(), countdown.duration_ms, timer.corner,
            timer.large, QApplication.activePopupWidget() is timer.menu)


def test_another_duration_is_asked_in_minutes(
        sample_window: MainWindow, timer: WorkshopTimer, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("journey_editor.ui.workshop_timer.QInputDialog.getInt",
                        lambda *args: (25, True))
    _choose(sample_window, qtbot, Qt.Key.Key_O)
    assert _shown(timer) == ("25:00", "Ready: S starts")
    assert not any(a.isChecked() for a in timer.presets.actions())



def test_the_timer_loads_when_workshop_mode_starts_not_with_the_window(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    timer_modules = ("journey_editor.ui.workshop_timer", "journey_editor.ui.workshop_countdown")
    for name in (*timer_modules, "journey_editor.ui.workshop"):  # as in a fresh process
        monkeypatch.delitem(sys.modules, name)  # (and back after the test)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = open_sample(qtbot)
    assert window.workshop is not None  # the window is complete
    assert not set(timer_modules) & set(sys.modules)
    _enter(window, qtbot)
    assert set(timer_modules) <= set(sys.modules)


def test_the_facilitators_choices_come_back_in_the_next_workshop(
        sample_window: MainWindow, timer: WorkshopTimer, qtbot: QtBot) -> None:
    _choose(sample_window, qtbot, Qt.Key.Key_0)  # 10 min
    _choose(sample_window, qtbot, Qt.Key.Key_S)  # sound at the end
    _key(sample_window, qtbot, Qt.Key.Key_C)
    _key(sample_window, qtbot, Qt.Key.Key_L)
    later = WorkshopTimer(sample_window.view)  # as the next window's timer
    assert _shown(later) == ("10:00", "Ready: S starts")
    assert (later.corner, later.large) == (timer.corner, True)
    assert later.sound.isChecked() and later.large_action.isChecked()


PROJECTOR = (1280, 720)


def _on_projector(window: MainWindow, qtbot: QtBot) -> None:
    """Workshop mode as on a 1280 x 720 projector (the tests' screen is larger)."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*PROJECTOR)
    qtbot.waitUntil(lambda: (window.view.width(), window.view.height()) == PROJECTOR)


def _map_height(window: MainWindow) -> int:
    return window.view.viewport().height()


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_at_1280_the_timer_sits_beside_the_panel_and_costs_the_map_no_height(
        language: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        interface: Interface) -> None:  # noqa: F811 (the fixture imported above)
    interface.switch(language)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = open_sample(qtbot)
    workshop = _enter(window, qtbot)
    _on_projector(window, qtbot)
    _key(window, qtbot, Qt.Key.Key_Right)  # a stage's name on the panel
    without = _map_height(window)
    _key(window, qtbot, Qt.Key.Key_T)
    timer, panel = workshop.timer, workshop.panel
    assert timer is not None and timer.isVisible() and panel is not None
    assert _map_height(window) == without
    assert not timer.geometry().intersects(panel.geometry())
    box = timer.geometry()
    timer.countdown.set_minutes(1)
    timer.countdown.start()
    timer.countdown.clock = lambda: 10**12  # long past the end
    timer.countdown.refresh()
    assert timer.face.done
    assert timer.geometry() == box and _map_height(window) == without  # "Time's up!" fits

    _key(window, qtbot, Qt.Key.Key_L)  # large digits: a taller band, still one row
    assert timer.face.height() > 1.5 * box.height() - 2 * MARGIN
    assert not timer.geometry().intersects(panel.geometry())
    assert timer.geometry().bottom() == panel.geometry().bottom()
    view = window.view
    assert view.height() - view.viewportMargins().bottom() == timer.y()  # the map ends there


def test_in_every_corner_and_size_the_timer_covers_none_of_the_map(
        sample_window: MainWindow, timer: WorkshopTimer, qtbot: QtBot) -> None:
    _on_projector(sample_window, qtbot)
    _key(sample_window, qtbot, Qt.Key.Key_Right)  # a stage in focus: its header at the top
    _key(sample_window, qtbot, Qt.Key.Key_T)
    viewport = sample_window.view.viewport()
    places = set()
    for size in ("normal", "large"):
        for _ in Corner:
            places.add((size, timer.x()))
            assert not timer.geometry().intersects(viewport.geometry()), (size, timer.corner)
            _key(sample_window, qtbot, Qt.Key.Key_C)
        _key(sample_window, qtbot, Qt.Key.Key_L)
    assert len(places) == 2 * len(Corner) > 2  # C did move it each time
