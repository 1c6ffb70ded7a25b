"""The host's check of every message a participant sends, before the room takes it
(no Qt, no IO): an update is applied to a trial copy of the room's document, kept
as a map by a Peer of its own (so only what the update touched is read back, each
item checked against the model's types and limits), and when it added, removed or
moved items, the map is checked as a file is on opening (`fileformat.integrity`:
ids, references, the file's limits). A refused update leaves the room's document,
and so the host's map, as they were.
"""

from __future__ import annotations

from typing import Any

from pycrdt import Doc, YMessageType, YSyncMessageType, read_message

from journey_editor.fileformat import integrity
from journey_editor.session import presence
from journey_editor.session.peer import Peer
from journey_editor.session.projection import project_workspace


class Refused(ValueError):
    """Why a message was not let through."""


class Gate:
    def __init__(self, room_doc: Doc[Any]) -> None:
        self.room_doc = room_doc
        self.mirror = self._copy()

    def _copy(self) -> Peer:
        trial: Doc[Any] = Doc()
        trial.apply_update(self.room_doc.get_update())
        return Peer(trial, project_workspace(trial), _ignore, _ignore)

    @property
    def trial(self) -> Doc[Any]:
        return self.mirror.doc

    def check(self, message: bytes) -> None:
        """Raises Refused; an accepted update is already in the trial copy, as it will
        be in the room's document once the room applies it."""
        if not message:
            raise Refused("an empty message")
        if message[0] == YMessageType.AWARENESS:
            try:  # presence: forwarded to everyone, never applied to the map
                presence.check_update(read_message(message[1:]))
            except (ValueError, IndexError) as error:
                raise Refused(str(error)) from None
            return
        if message[0] != YMessageType.SYNC or len(message) < 2:
            raise Refused(f"an unknown message (type {message[0]})")
        try:
            payload = read_message(message[2:])
        except (IndexError, ValueError):
            raise Refused("a damaged sync message") from None
        if message[1] == YSyncMessageType.SYNC_STEP1:
            return  # a state vector: the room answers with what the participant lacks
        if message[1] not in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
            raise Refused(f"an unknown sync message (type {message[1]})")
        if payload != b"\x00\x00":  # the empty update (handle_sync_message skips it too)
            self._try(message)

    def _try(self, message: bytes) -> None:
        refused = self.mirror.rejected
        touched = self.mirror.receive(message)
        if self.mirror.rejected != refused:
            problem: tuple[str, str] | None = ("update", self.mirror.last_error)
        elif touched.structure:
            problem = integrity.first_problem(self.mirror.workspace)
        else:
            problem = None  # fields of items, each already checked on reading
        if problem is not None:
            self.mirror = self._copy()
            raise Refused(f"{problem[0]}: {problem[1]}")


def _ignore(_value: object) -> None:
    return None
