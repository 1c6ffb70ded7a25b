"""The cyclic collector's pauses never switch automatic collection back on once the
editor's GUI thread collects instead (ui/gui_collector): a worker thread's collection
would destroy Qt objects outside their thread."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from journey_editor.layout import collector


@pytest.fixture(autouse=True)
def automatic_after() -> Iterator[None]:
    yield
    collector.collect_automatically()


def test_a_pause_a_worker_was_in_when_the_editor_took_over_ends_with_collection_off(
        ) -> None:
    inside, taken_over, done = threading.Event(), threading.Event(), threading.Event()

    def worker() -> None:  # a PDF export's routing, still running when a window opens
        with collector.collector_paused():
            inside.set()
            taken_over.wait(5)
        done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    collector.give_to_gui_thread()
    taken_over.set()
    thread.join(5)
    assert done.is_set() and not gc.isenabled()


def test_a_pause_alone_gives_automatic_collection_back() -> None:
    assert gc.isenabled()
    with collector.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_pauses_inside_the_editor_leave_collection_off() -> None:
    collector.give_to_gui_thread()
    with collector.collector_paused():
        pass
    assert not gc.isenabled()
