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

from journey_editor.layout import collector

INTERVAL_MS = 500  # cycles wait at most this long; refcounting frees everything else at once


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        # Python 3.14's incremental collector sets the oldest threshold to 0.
        self.thresholds = tuple(limit or 10 for limit in gc.get_threshold())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)
        app.aboutToQuit.connect(self.last_collection)

    def collect(self) -> None:
        """The collection automatic mode would have made by now, if any: the oldest
        generation whose count has passed its threshold (younger ones come with it)."""
        counts = gc.get_count()
        due = [generation for generation in (0, 1, 2)
               if counts[generation] > self.thresholds[generation]]
        if due:
            gc.collect(due[-1])

    def last_collection(self) -> None:
        """At quit, in this thread; automatic collection stays off, as workers (the
        review's, a session's network thread) may still be running."""
        self.timer.stop()
        gc.collect()


_running: GuiThreadCollector | None = None


def collect_in_gui_thread(app: QCoreApplication) -> None:
    """From the first call on; `collect_automatically` ends it (tests)."""
    global _running
    if _running is None:
        collector.give_to_gui_thread()
        _running = GuiThreadCollector(app)


def collect_automatically() -> None:
    """Automatic collection again, for a test process whose next tests have no window."""
    global _running
    if _running is not None:
        _running.timer.stop()
        _running.deleteLater()
        _running = None
    collector.collect_automatically()
