"""The others in a live session, on this window's maps: each map (scene) outlines the
cards the other participants have selected on its journey, with their names
(`canvas.presence_overlay`). Qt-side glue between `SessionLink.others()` and the
scenes; it imports nothing of the session itself, so it loads at start-up for free.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

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
