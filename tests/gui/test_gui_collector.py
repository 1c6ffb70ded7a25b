"""Garbage is collected in the GUI thread, never in a worker's: a Qt object in a reference
cycle must die in its own thread, or its timers outlive it and crash the editor."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from journey_editor.ui.gui_collector import collect_automatically
from tests.gui.conftest import open_sample


class _Cycle:
    timer: QTimer
    itself: _Cycle


def test_a_workers_allocations_leave_the_windows_garbage_to_the_gui_thread(
        qtbot: QtBot) -> None:
    collect_automatically()  # as before the application starts: the window turns it off
    open_sample(qtbot)
    collected_in: list[str] = []
    gc.collect()
    cycle = _Cycle()
    cycle.timer, cycle.itself = QTimer(), cycle
    cycle.timer.start(60_000)
    weakref.finalize(cycle, lambda: collected_in.append(threading.current_thread().name))
    del cycle

    made: list[list[int]] = []  # a worker's result, as a PDF export's or a review's

    def allocate() -> None:  # past the collector's threshold, many times over
        made.extend([number] for number in range(100_000))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(collected_in), timeout=3000)
    assert collected_in == [threading.main_thread().name]
