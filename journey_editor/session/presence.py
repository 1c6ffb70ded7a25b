"""Who is in the session and what each is working on (no Qt): a small state per
participant (name, colour, the journey and the cards they have selected), carried by
the Yjs awareness protocol (pycrdt's `Awareness`), which the host's room forwards to
everyone. Nothing of it enters the map. A state that is not of this shape is refused
by the host's gate and ignored by participants; one not renewed for 30 s is gone.
"""

from __future__ import annotations

import json
import time
from typing import Annotated, Any

import msgspec
from msgspec import Meta
from pycrdt import Awareness, Decoder, Doc, create_awareness_message

from journey_editor.model.types import Color, Id

MAX_SELECTED = 50
TIMEOUT_S = 30.0  # a participant gone silent this long is no longer shown
RENEW_S = 10.0  # how often a participant says it is still there
COLORS = ("#d7263d", "#1b998b", "#f46036", "#2e294e", "#c5d86d", "#8e44ad", "#0077b6",
          "#e07a5f")


class Presence(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    name: Annotated[str, Meta(max_length=60)] = ""
    color: Color | None = None
    journey: Id | None = None
    cards: Annotated[list[Id], Meta(max_length=MAX_SELECTED)] = msgspec.field(
        default_factory=list)


def color_for(client_id: int) -> str:
    return COLORS[client_id % len(COLORS)]


def pick_color(client_id: int, current: str | None, others: dict[int, Presence]) -> str:
    """This participant's colour: the one it has, unless someone who was there first
    (a lower client id) shows it too; then the first one nobody shows. Each
    participant settles its own, so everyone sees the same colour for a person, and
    up to len(COLORS) people get colours of their own."""
    first = {p.color for other_id, p in others.items() if other_id < client_id}
    if current is not None and current not in first:
        return current
    taken = first | {p.color for p in others.values()}
    free = [color for color in COLORS if color not in taken]
    return free[0] if free else color_for(client_id)


def check_update(update: bytes) -> None:
    """Raises ValueError unless every state in an awareness update is a Presence (or
    the empty state a participant starts with, or None: gone)."""
    decoder = Decoder(update)
    try:
        for _ in range(decoder.read_var_uint()):
            decoder.read_var_uint()  # client id
            decoder.read_var_uint()  # clock
            text = decoder.read_var_string()
            if text and text != "null":
                msgspec.json.decode(text, type=Presence)
    except (msgspec.DecodeError, RecursionError, IndexError, RuntimeError,
            UnicodeDecodeError) as error:
        raise ValueError(f"not a presence update: {error}") from None


class Roster:
    """This participant's presence and everyone else's, over a Doc's awareness."""

    def __init__(self, doc: Doc[Any]) -> None:
        self.awareness = Awareness(doc)
        self.client_id = self.awareness.client_id

    def set_local(self, presence: Presence) -> None:
        self.awareness.set_local_state(msgspec.to_builtins(presence))

    def local_message(self) -> bytes:
        """The message that tells the others this participant's state (renews it too)."""
        state = self.awareness.get_local_state()
        self.awareness.set_local_state(state)  # a new clock: the others see it is fresh
        return create_awareness_message(self.awareness.encode_awareness_update(
            [self.client_id]))

    def leaving_message(self) -> bytes:
        self.awareness.set_local_state(None)
        return create_awareness_message(self.awareness.encode_awareness_update(
            [self.client_id]))

    def apply(self, update: bytes) -> None:
        """Raises ValueError for a damaged update (its states are checked when read)."""
        try:
            self.awareness.apply_awareness_update(update, "remote")
        except (IndexError, RuntimeError, UnicodeDecodeError, json.JSONDecodeError,
                RecursionError) as error:
            raise ValueError(f"a damaged presence update: {error}") from None

    def others(self, now: float | None = None) -> dict[int, Presence]:
        """The other participants seen in the last TIMEOUT_S, with a readable state."""
        now_ms = (time.time() if now is None else now) * 1000
        found = {}
        for client_id, state in self.awareness.states.items():
            meta = self.awareness.meta.get(client_id, {})
            if client_id == self.client_id or not state:
                continue
            if now_ms - meta.get("lastUpdated", 0) > TIMEOUT_S * 1000:
                continue
            try:
                found[client_id] = msgspec.convert(state, Presence)
            except msgspec.ValidationError:
                continue
        return found
