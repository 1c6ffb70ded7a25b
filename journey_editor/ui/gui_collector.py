"""Python's cyclic garbage collector, run in the GUI thread only, on a timer.

Left automatic, the collector runs in whichever thread happens to allocate past its
threshold: the PDF worker, the review worker, the session's network thread. A reference
cycle holding a Qt object that it collects there destroys that object outside its own
thread: Qt cannot stop the object's timers from there, and they later fire on freed
memory (the segfault a test run met in `QTimerInfoList::activateTimers`). pyqtgraph and
Spyder fix it the same way: automatic collection off, the GUI thread collects instead."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # cycles wait at most this long; refcounting frees everything else at once


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    def collect(self) -> None:
        """The collection automatic mode would have made by now, if any: the oldest
        generation whose count has passed its threshold (younger ones come with it)."""
        counts = gc.get_count()
        due = [generation for generation in (0, 1, 2)
               if counts[generation] > self.thresholds[generation]]
        if due:
            gc.collect(due[-1])


_running: GuiThreadCollector | None = None


def collect_in_gui_thread(app: QCoreApplication) -> None:
    """From the first call on, until `collect_automatically` or the application quits."""
    global _running
    if _running is None:
        gc.disable()
        _running = GuiThreadCollector(app)
        app.aboutToQuit.connect(collect_automatically)


def collect_automatically() -> None:
    """Collection is automatic again (the application quits, or a test that drove a
    window is over)."""
    global _running
    if _running is not None:
        _running.timer.stop()
        _running.deleteLater()
        _running = None
    gc.enable()
