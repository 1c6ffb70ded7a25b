"""The workshop timer's clock: a countdown on a monotonic clock, one tick per second.

The time left is always computed from the clock (QElapsedTimer), never counted down
tick by tick: a slow event loop, a modal dialog or a paused timer cannot make it drift.
The single-shot tick is aimed at the moment the shown second changes, so the digits
change once a second and nothing else wakes up.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

Clock = Callable[[], int]  # monotonic milliseconds
MINUTE_MS = 60_000
TICK_SLACK_MS = 3  # wake just after the second has turned, never just before


class Phase(Enum):
    READY = "ready"  # set, not started
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"  # time's up


class Countdown(QObject):
    """`changed` fires when the shown second or the phase changes; `finished` once at 0.

    `clock` may be replaced (tests give a fake one) while the countdown is not running."""

    changed = Signal()
    finished = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monotonic = QElapsedTimer()
        self._monotonic.start()
        self.clock: Clock = self._monotonic.elapsed
        self.chosen_ms = minutes * MINUTE_MS  # what Reset goes back to
        self.duration_ms = self.chosen_ms  # the chosen time plus the minutes added
        self._spent_ms = 0  # run before the current run began
        self._since: int | None = None  # the clock when the current run began
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self.refresh)

    @property
    def running(self) -> bool:
        return self._since is not None

    def spent_ms(self) -> int:
        running = self.clock() - self._since if self._since is not None else 0
        return self._spent_ms + running

    def remaining_ms(self) -> int:
        return max(0, self.duration_ms - self.spent_ms())

    def seconds_left(self) -> int:
        """What the digits show: a started second still counts (5:00 at the start)."""
        return -(-self.remaining_ms() // 1000)

    def phase(self) -> Phase:
        if self._spent_ms >= self.duration_ms:
            return Phase.DONE
        if self.running:
            return Phase.RUNNING
        return Phase.PAUSED if self._spent_ms else Phase.READY

    def set_minutes(self, minutes: int) -> None:
        """A new duration, ready to start."""
        self.chosen_ms = minutes * MINUTE_MS
        self.reset()

    def reset(self) -> None:
        self._stop()
        self.duration_ms, self._spent_ms = self.chosen_ms, 0
        self.changed.emit()

    def start(self) -> None:
        if self.running or self.phase() is Phase.DONE:
            return
        self._since = self.clock()
        self.refresh()

    def pause(self) -> None:
        if self.running and self.remaining_ms() == 0:
            self.refresh()  # the tick was late: it ends rather than pausing at 0
        elif self.running:
            self._stop()
            self.changed.emit()

    def toggle(self) -> None:
        """Start, pause, resume; after time's up, the same time again."""
        if self.running:
            self.pause()
        else:
            if self.phase() is Phase.DONE:
                self.reset()
            self.start()

    def add_minute(self) -> None:
        """One minute more; after time's up, that minute runs at once."""
        self.duration_ms += MINUTE_MS
        if self._spent_ms >= self.duration_ms - MINUTE_MS:  # it had ended
            self.start()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Reads the clock: ends the run at 0, else aims the tick at the next second."""
        left = self.remaining_ms()
        if self.running and left == 0:
            self._stop()
            self._spent_ms = self.duration_ms
            self.changed.emit()
            self.finished.emit()
            return
        if self.running:
            # The wait until the digits change: the remainder of the current second.
            self._tick.start(left - (self.seconds_left() - 1) * 1000 + TICK_SLACK_MS)
        self.changed.emit()

    def _stop(self) -> None:
        self._tick.stop()
        self._spent_ms = self.spent_ms()
        self._since = None
