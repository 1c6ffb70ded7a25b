"""The Review dock's worker: reviews a copy of the journey on another thread.

A review of a big map takes longer than a frame, so the window hands a copy of the
journey to a worker thread and keeps painting. Only the findings of the latest request
are delivered: a review still running when the user edits again is for an older
version of the map, and its findings are dropped.

The worker thread touches no Qt object: it is a plain `concurrent.futures` thread, and
a GUI-thread timer collects the result while a review is pending. So nothing waits for
the worker when a window closes (no destructor blocks on a thread that needs the
interpreter lock), and no signal is emitted on an object the GUI thread may be deleting.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import msgspec
from PySide6.QtCore import QObject, QTimer, Signal

from journey_editor.analysis.review import Finding, Thresholds, review
from journey_editor.model.types import Journey

POLL_MS = 10  # how often a pending review is looked at: well under a frame

_executor: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    """One worker thread for every panel: reviews run one after the other."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="review")
    return _executor


def snapshot(journey: Journey) -> Journey:
    """A copy the worker can read while the user edits the original. Edits set fields on
    the document's own structs (model.edits), so every struct the review reads is copied,
    not only the lists: about 1 ms at 5,000 cards."""
    copy = msgspec.structs.replace
    return copy(journey, stages=list(map(copy, journey.stages)),
                lanes=list(map(copy, journey.lanes)), cards=list(map(copy, journey.cards)),
                connections=list(map(copy, journey.connections)))


class BackgroundReview(QObject):
    """`request(journey, thresholds)` reviews a copy of the journey on the worker thread;
    `ready(findings)` is emitted on the GUI thread with the findings of the latest request
    only."""

    ready = Signal(object)  # list[Finding]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: Future[list[Finding]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def request(self, journey: Journey, thresholds: Thresholds) -> None:
        self.cancel()
        self._pending = _worker().submit(review, snapshot(journey), thresholds)
        self._poll.start()

    def cancel(self) -> None:
        """Forgets the pending review: one not started yet never runs, one running
        finishes unseen."""
        if self._pending is not None:
            self._pending.cancel()
        self._pending = None
        self._poll.stop()

    def _collect(self) -> None:
        pending = self._pending
        if pending is None or not pending.done():
            return
        self._pending = None
        self._poll.stop()
        self.ready.emit(pending.result())
