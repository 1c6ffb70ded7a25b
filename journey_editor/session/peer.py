"""One participant's side of a session, without any IO (no Qt, no sockets): its
shared document, the workspace it keeps in line with it, and the Yjs sync messages
(pycrdt's `create_sync_message`/`handle_sync_message`, the protocol y-websocket
speaks) it hands to `send` and takes in `receive`.

Local edits go in with `local(changes)` and leave as one update each; remote
updates are applied to the document, then to the workspace by `remote.sync_*`,
only for the journeys they touched. The transport calls `connected()` after each
(re)connection: the sync exchange that follows sends what was edited offline and
brings in what was missed, so a participant that lost the connection just goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from pycrdt import (
    Doc,
    Map,
    TransactionEvent,
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)

from journey_editor.model.edits import Change, items_of
from journey_editor.model.types import Workspace, new_workspace
from journey_editor.session import incoming, mirror, remote
from journey_editor.session.incoming import Touched
from journey_editor.session.layout import in_key_order
from journey_editor.session.presence import Presence, Roster
from journey_editor.session.projection import MirrorError, project_workspace

log = logging.getLogger(__name__)

Send = Callable[[bytes], None]


class Peer:
    """A participant: `host(workspace)` shares an open map, `join()` starts empty and
    fills from the host's document on the first sync."""

    def __init__(self, doc: Doc[Any], workspace: Workspace, send: Send,
                 notify: remote.Notify) -> None:
        self.doc = doc
        self.workspace = workspace
        self.send = send
        self.notify = notify
        self.online = False
        self.synced = False  # the host's document has arrived once (a joined map is whole)
        self.remote_edits = 0  # changes remote updates made to the workspace
        self.roster = Roster(doc)
        self.on_presence: Callable[[], None] = lambda: None  # others' presence changed
        self.rejected = 0  # remote updates the model refused (logged)
        self.last_error = ""
        self._applying = False  # a remote update is going in: its events are not sent
        self._touched = Touched()
        self._roots = {name: mirror.root(doc, name) for name in ("workspace", "personas",
                                                                  "journeys")}
        doc.observe(self._on_transaction)
        self._roots["workspace"].observe(lambda _event: self._touch_everything())
        self._roots["personas"].observe_deep(lambda _events: self._touch_everything())
        self._roots["journeys"].observe_deep(self._on_journeys)

    @classmethod
    def host(cls, workspace: Workspace, send: Send, notify: remote.Notify) -> Peer:
        for journey in workspace.journeys:
            for item in [*journey.cards, *journey.lanes]:
                in_key_order(item)
        doc: Doc[Any] = Doc()
        mirror.seed(doc, workspace)
        return cls(doc, workspace, send, notify)

    @classmethod
    def join(cls, send: Send, notify: remote.Notify,
             workspace: Workspace | None = None) -> Peer:
        return cls(Doc(), workspace or new_workspace(), send, notify)

    # --- local side ----------------------------------------------------------------------

    def local(self, changes: tuple[Change, ...] | list[Change]) -> None:
        """After a local edit (Document.changed): the document follows the workspace."""
        mirror.write_changes(self.doc, self.workspace, changes)
        journeys = {j.id for j in self.workspace.journeys}
        for change in changes:
            if change.kind in ("card", "lane") and change.journey in journeys:
                for item in items_of(self.workspace, change.journey, change.kind):
                    if item.id in change.ids:
                        in_key_order(item)
        touched = {c.journey for c in changes if c.journey in journeys}
        self._apply(Touched(whole={j for j in touched if j and self._hides_items(j)}))

    def _hides_items(self, journey_id: str) -> bool:
        """Whether the document holds cards or connections this map hides (see
        `projection`): a local edit (a stage put back by undo) may show them again."""
        journey_map = self._roots["journeys"].get(journey_id)
        if not isinstance(journey_map, Map):
            return False
        journey = self.workspace.journey(journey_id)
        return any(isinstance(held := journey_map.get(name), Map)
                   and len(held) > len(getattr(journey, name))
                   for name in ("cards", "connections"))

    def _on_transaction(self, event: TransactionEvent) -> None:
        if not self._applying and self.online:
            self.send(create_update_message(event.update))

    # --- transport side ------------------------------------------------------------------

    def connected(self) -> None:
        """After the transport (re)connected: asks the host for what this one lacks."""
        self.online = True
        self.send(create_sync_message(self.doc))
        self.renew_presence()

    def disconnected(self) -> None:
        self.online = False

    def receive(self, message: bytes) -> Touched:
        """Takes in a message from the host; returns what it changed (counted in
        `rejected`, with the reason in `last_error`, when it could not be applied)."""
        touched = self._touched = Touched()
        if message[:1] == bytes([YMessageType.AWARENESS]):
            self._presence(message)
        if not message or message[0] != YMessageType.SYNC:
            return touched  # anything newer than this version: not handled here
        self._applying = True
        try:
            reply = handle_sync_message(message[1:], self.doc)
        except Exception as error:  # noqa: BLE001 (a damaged message must not stop the session)
            self._refused(f"an unreadable message: {error}")
            return touched
        finally:
            self._applying = False
        if reply is not None and self.online:
            self.send(reply)
        self._apply(touched)
        if message[1:2] == bytes([YSyncMessageType.SYNC_STEP2]):
            self.synced = True
        return touched

    # --- presence ----------------------------------------------------------------------------

    def set_presence(self, presence: Presence) -> None:
        """What this participant shows the others (name, colour, selected cards)."""
        self.roster.set_local(presence)
        self.renew_presence()

    def renew_presence(self) -> None:
        """Tells the others this participant is still there (every RENEW_S seconds)."""
        if self.online and self.roster.awareness.get_local_state():
            self.send(self.roster.local_message())

    def leave(self) -> None:
        if self.online:
            self.send(self.roster.leaving_message())

    def _presence(self, message: bytes) -> None:
        try:
            self.roster.apply(read_message(message[1:]))
        except (ValueError, IndexError) as error:
            log.warning("session: a presence update could not be read: %s", error)
            return
        self.on_presence()

    def _refused(self, reason: str) -> None:
        self.rejected += 1
        self.last_error = reason
        log.warning("session: a remote edit was refused, the map keeps its state: %s", reason)

    # --- remote edits into the model -------------------------------------------------------

    def _touch_everything(self) -> None:
        if self._applying:
            self._touched.everything = True

    def _on_journeys(self, events: list[Any]) -> None:
        if self._applying:
            self._touched.add_journey_events(events)

    def _changed(self, change: Change) -> None:
        self.remote_edits += 1
        self.notify(change)

    def _apply(self, touched: Touched) -> None:
        try:
            incoming.apply(self._roots["journeys"], self.doc, self.workspace, touched,
                           self._changed)
        except MirrorError as error:
            self._refused(str(error))
        except Exception:  # noqa: BLE001 (a fault here must not leave the map half-updated)
            log.exception("session: a remote update went wrong; reading the whole map again")
            try:
                remote.sync_workspace(self.workspace, project_workspace(self.doc), self._changed)
            except Exception as error:  # noqa: BLE001
                self._refused(f"the map could not be read: {error}")

