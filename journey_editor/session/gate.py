"""The host's check of every message a participant sends, before the room takes it
(no Qt, no IO): an update is applied to a trial copy of the room's document, and the
copy is read back as a map and checked as a file would be on opening (the model's
types and limits, `fileformat.integrity`'s ids and references). A refused update
leaves the room's document, and so the host's map, as they were.
"""

from __future__ import annotations

from typing import Any

from pycrdt import Doc, YMessageType, YSyncMessageType, read_message

from journey_editor.fileformat import integrity
from journey_editor.session.projection import MirrorError, project_workspace


class Refused(ValueError):
    """Why a message was not let through."""


class Gate:
    def __init__(self, room_doc: Doc[Any]) -> None:
        self.room_doc = room_doc
        self.trial = self._copy()

    def _copy(self) -> Doc[Any]:
        trial: Doc[Any] = Doc()
        trial.apply_update(self.room_doc.get_update())
        return trial

    def check(self, message: bytes) -> None:
        """Raises Refused; an accepted update is already in the trial copy, as it will
        be in the room's document once the room applies it."""
        if not message:
            raise Refused("an empty message")
        if message[0] == YMessageType.AWARENESS:
            return  # presence: forwarded, never applied to the map
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
            self._try(payload)

    def _try(self, update: bytes) -> None:
        try:
            self.trial.apply_update(update)
            problem = integrity.first_problem(project_workspace(self.trial))
        except (MirrorError, ValueError) as error:
            self.trial = self._copy()
            raise Refused(str(error)) from None
        if problem is not None:
            self.trial = self._copy()
            raise Refused(f"{problem[0]}: {problem[1]}")
