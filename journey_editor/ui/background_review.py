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

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import msgspec
from PySide6.QtCore import QObject, QTimer, Signal

from journey_editor.analysis.review import Finding, Thresholds, review
from journey_editor.model.types import Journey

POLL_MS = 10  # how often a pending review is looked at: well under a frame
COPY_CHUNK = 4_000  # structs copied in one turn of the event loop: about a millisecond

_executor: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    """One worker thread for every panel: reviews run one after the other."""
    global _executor
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="review")
    return _executor


def _copied(journey: Journey) -> Iterator[Journey | None]:
    """Copies the journey for the worker, COPY_CHUNK structs per step: yields None after
    each step, then the copy. Edits set fields on the document's own structs
    (model.edits), so every struct the review reads is copied, not only the lists; in
    steps, because 25,000 cards take longer than a frame to copy. An edit between two
    steps would mix two versions of the map: whoever requests cancels on every edit."""
    copy = msgspec.structs.replace
    parts: dict[str, list[Any]] = {}
    for name in ("stages", "lanes", "cards", "connections"):
        items, parts[name] = getattr(journey, name), []
        for start in range(0, len(items), COPY_CHUNK):
            parts[name] += map(copy, items[start:start + COPY_CHUNK])
            yield None
    yield copy(journey, **parts)


class BackgroundReview(QObject):
    """`request(journey, thresholds)` reviews a copy of the journey on the worker thread;
    `ready(findings)` is emitted on the GUI thread with the findings of the latest request
    only. Call `cancel()` on every edit of the journey: the copy is made in steps."""

    ready = Signal(object)  # list[Finding]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copying: Iterator[Journey | None] | None = None
        self._thresholds = Thresholds()
        self._pending: Future[list[Finding]] | None = None
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._step)

    @property
    def busy(self) -> bool:
        return self._copying is not None or self._pending is not None

    def request(self, journey: Journey, thresholds: Thresholds) -> None:
        self.cancel()
        self._copying, self._thresholds = _copied(journey), thresholds
        self._poll.start(0)  # a copy step at every turn of the event loop

    def cancel(self) -> None:
        """Forgets the pending review: one not started yet never runs, one running
        finishes unseen."""
        if self._pending is not None:
            self._pending.cancel()
        self._copying = self._pending = None
        self._poll.stop()

    def _step(self) -> None:
        if self._copying is not None:
            copy = next(self._copying)
            if copy is not None:
                self._copying = None
                self._pending = _worker().submit(review, copy, self._thresholds)
                self._poll.setInterval(POLL_MS)
            return
        pending = self._pending
        if pending is None or not pending.done():
            return
        self._pending = None
        self._poll.stop()
        self.ready.emit(pending.result())
