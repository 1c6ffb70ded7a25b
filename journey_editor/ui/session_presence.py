"""The others in a live session, on this window's maps: each map (scene) outlines the
cards the other participants have selected on its journey, with their names
(`canvas.presence_overlay`); and this window's selection, told to them as soon as it
changes (`SelectionShare`). Qt-side glue between `SessionLink` and the scenes; it
imports nothing of the session itself.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGraphicsView

from journey_editor.canvas.presence_overlay import Mark, PresenceOverlay
from journey_editor.canvas.scene import JourneyScene


class Someone(Protocol):
    """What a presence (session.presence.Presence) tells about a participant."""

    name: str
    color: str | None
    journey: str | None
    cards: list[str]


FALLBACK_COLOR = "#555555"


def marks_by_journey(others: Mapping[int, Someone]) -> dict[str, list[Mark]]:
    """The others with a card selected, grouped by the journey they are on."""
    found: dict[str, list[Mark]] = {}
    for client_id, person in others.items():
        if person.journey is None or not person.cards:
            continue
        # A participant who gave no name still shows who is there, by a number.
        name = person.name or f"#{client_id % 1000}"
        found.setdefault(person.journey, []).append(
            Mark(name, person.color or FALLBACK_COLOR, tuple(person.cards)))
    return found


def show_presence(scenes: Iterable[JourneyScene], others: Mapping[int, Someone]) -> None:
    marks = marks_by_journey(others)
    for scene in scenes:
        PresenceOverlay.of(scene).show(marks.get(scene.journey_id, ()))


def clear_presence(scenes: Iterable[JourneyScene]) -> None:
    for scene in scenes:
        PresenceOverlay.of(scene).clear()


# Input on the map after which its selection may have changed, in whichever scene the
# view shows now (one just swapped in is not watched yet: workshop mode, another journey).
INPUT = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonRelease)


class SelectionShare(QObject):
    """Calls `share` once in the turn of the event loop after the window's selection
    changed, however it changed (a click, the arrow keys, a dock, a rubber band): the
    others see it at once, and a key held down or a rubber band dragged sends one
    message a turn, not one per card passed."""

    def __init__(self, view: QGraphicsView, share: Callable[[], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)  # after the events already queued: one call for them all
        self._soon.timeout.connect(share)
        self._watched: weakref.WeakSet[JourneyScene] = weakref.WeakSet()
        view.installEventFilter(self)  # the keys go to the view,
        view.viewport().installEventFilter(self)  # the mouse to its viewport

    def soon(self) -> None:
        if not self._soon.isActive():
            self._soon.start()

    def watch(self, scenes: Iterable[JourneyScene]) -> None:
        for scene in scenes:
            if scene not in self._watched:
                self._watched.add(scene)
                scene.selectionChanged.connect(self.soon)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in INPUT:
            scene = self._view.scene()
            if isinstance(scene, JourneyScene):
                self.watch([scene])
            self.soon()
        return False

    def stop(self) -> None:
        """Nothing more is shared (the session ended); the view may already be gone."""
        self._soon.stop()
        for scene in list(self._watched):
            with contextlib.suppress(RuntimeError):  # a scene already gone
                scene.selectionChanged.disconnect(self.soon)
        self._watched = weakref.WeakSet()
        with contextlib.suppress(RuntimeError):
            self._view.viewport().removeEventFilter(self)
            self._view.removeEventFilter(self)
        self.deleteLater()  # one a session otherwise, kept by the window's session menu
