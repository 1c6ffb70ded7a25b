"""When Python's cyclic garbage collector may run: paused around work that makes many
objects and no reference cycles, and, in the desktop editor, never on its own.

Routing makes some 15 tuples an arrow and no reference cycles: the collector would walk
them again and again while they pile up (a quarter of the time at 20,000 arrows), so it
waits until they are made (`collector_paused`); refcounting still frees every temporary.

The desktop editor runs the collector itself, in the GUI thread only (ui/gui_collector):
a collection that a worker's allocations set off there would destroy Qt objects outside
their thread. From `give_to_gui_thread` on, no pause ends by switching automatic
collection back on, not even a pause a worker was in when the editor took over."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()  # a pause's end and the editor's taking over, one at a time
_gui_thread_collects = False


@contextmanager
def collector_paused() -> Iterator[None]:
    with _lock:
        pausing = gc.isenabled()  # else a caller, another thread or the editor paused it
        if pausing:
            gc.disable()
    try:
        yield
    finally:
        if pausing:
            with _lock:
                if not _gui_thread_collects:
                    gc.enable()


def give_to_gui_thread() -> None:
    """Automatic collection off for good: the editor's GUI thread collects instead."""
    global _gui_thread_collects
    with _lock:
        _gui_thread_collects = True
        gc.disable()


def collect_automatically() -> None:
    """Automatic collection back on: for a test process, whose next tests have no window."""
    global _gui_thread_collects
    with _lock:
        _gui_thread_collects = False
        gc.enable()
