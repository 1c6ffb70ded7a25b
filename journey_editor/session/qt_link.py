"""The session's Qt edge: a Document joined to a live session.

The sockets run on an asyncio loop in a thread of their own (`_Loop`); the shared
document, the Peer and the Document stay in the Qt thread, so a remote edit and a
local one never run at once. Messages cross between the two as Qt signals (queued to
the Qt thread) one way and `SessionClient.send` (thread-safe) the other.

Local edits reach the peer from `Document.changed`; remote ones are applied in one
`Document.batch()`, so the views refresh once per update, and mark the document
modified (the host's autosave and title follow) without entering the undo stack.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from journey_editor.editor.document import Document
from journey_editor.model.edits import Change
from journey_editor.session.client import FINAL, SessionClient, State, session_url
from journey_editor.session.host import SessionHost
from journey_editor.session.peer import Peer
from journey_editor.session.presence import MAX_SELECTED, RENEW_S, Presence, pick_color

if TYPE_CHECKING:
    from journey_editor.session.discovery import Advert

log = logging.getLogger(__name__)
T = TypeVar("T")
START_TIMEOUT = 15.0


class _Loop:
    """An asyncio event loop running in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="journey-session",
                                       daemon=True)
        self.thread.start()

    def submit(self, coroutine: Coroutine[Any, Any, T]) -> Future[T]:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop)

    def run(self, coroutine: Coroutine[Any, Any, T], timeout: float = START_TIMEOUT) -> T:
        return self.submit(coroutine).result(timeout)

    def close(self) -> None:
        try:
            self.run(_cancel_pending(), 2)
        except Exception:  # noqa: BLE001 (closing must not fail)
            log.exception("session: tasks left running at the end")
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        if not self.thread.is_alive():
            self.loop.close()


class _Relay(QObject):
    """Carries the loop thread's news into the Qt thread (queued signals)."""

    arrived = Signal(bytes)
    state = Signal(str)


class SessionLink(QObject):
    """One window's part in a session: `host()` shares its document, `join()` connects to
    a host; `document` is None until a joined session has brought the map in (`ready`)."""

    stateChanged = Signal(str)  # noqa: N815 (Qt's naming); a client.State value
    ready = Signal()  # a joined session's map has arrived: `document` can be shown
    presenceChanged = Signal()  # noqa: N815 (Qt's naming); see `others()`

    def __init__(self, peer: Peer, client: SessionClient, loop: _Loop,
                 server: SessionHost | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.peer = peer
        self.client = client
        self.server = server
        self.document: Document | None = None
        self.state = State.OFFLINE
        self._loop = loop
        self._applying = False
        self._presence: Presence | None = None
        self._advert: Advert | None = None  # the session as listed on the network
        self._relay = _Relay(self)
        self._relay.arrived.connect(self._receive)
        self._relay.state.connect(self._state)
        peer.send = client.send
        peer.on_presence = self.presenceChanged.emit
        self._renew = QTimer(self)
        self._renew.setInterval(int(RENEW_S * 1000))
        self._renew.timeout.connect(peer.renew_presence)
        self._renew.start()
        client.on_message = self._relay.arrived.emit
        client.on_state = lambda state: self._relay.state.emit(state.value)
        self._task = loop.submit(client.run())

    # --- starting -------------------------------------------------------------------------

    @classmethod
    def host(cls, document: Document, code: str, bind: str = "127.0.0.1",
             parent: QObject | None = None,
             announce: tuple[str, str] | None = None) -> SessionLink:
        """Shares `document`; raises OSError when the address cannot be bound.
        `announce`: the host's name and the map's title, to be listed on the network
        (done in the background: it takes a second or two)."""
        loop = _Loop()
        peer = Peer.host(document.workspace, lambda _m: None, lambda _c: None)
        update = peer.doc.get_update()
        try:
            server = loop.run(_start_host(update, code, bind))
        except BaseException:
            loop.close()
            raise
        client = SessionClient(session_url(bind, server.port), code, _ignore, _ignore)
        link = cls(peer, client, loop, server, parent)
        link.attach(document)
        if announce is not None:
            link._announce(*announce)
        return link

    def _announce(self, host_name: str, title: str) -> None:
        assert self.server is not None
        try:
            from journey_editor.session.discovery import Advert
        except ImportError as error:  # zeroconf missing: joining by address still works
            log.warning("session: not announced on the network: %s", error)
            return
        self._advert = Advert(host_name, title, self.server.bind, self.server.port)
        self._loop.submit(self._advert.start())

    @classmethod
    def join(cls, host: str, port: int, code: str, parent: QObject | None = None) -> SessionLink:
        loop = _Loop()
        peer = Peer.join(lambda _m: None, lambda _c: None)
        return cls(peer, SessionClient(session_url(host, port), code, _ignore, _ignore), loop,
                   None, parent)

    @property
    def address(self) -> tuple[str, int] | None:
        return (self.server.bind, self.server.port) if self.server is not None else None

    def attach(self, document: Document) -> None:
        """Makes `document` (holding this peer's workspace) the one kept in the session."""
        assert document.workspace is self.peer.workspace
        self.document = document
        self.peer.notify = document.notify
        document.changed.connect(self._local)

    # --- running --------------------------------------------------------------------------

    def _local(self, changes: tuple[Change, ...]) -> None:
        if not self._applying:
            self._with_remote_batch(lambda: self.peer.local(changes))

    def _receive(self, message: bytes) -> None:
        before = self.peer.synced
        self._with_remote_batch(lambda: self.peer.receive(message))
        if self.document is None and self.peer.synced and not before:
            self.ready.emit()

    def _with_remote_batch(self, work: Any) -> None:
        """Runs `work`; the remote edits it makes are one batch of changes, not sent back
        to the session, not undoable, and leave the document modified."""
        document = self.document
        self._applying = True
        try:
            if document is None:
                work()
                return
            before = self.peer.remote_edits
            with document.batch():
                work()
            if self.peer.remote_edits != before:
                document.undo_stack.resetClean()
        finally:
            self._applying = False

    def _state(self, value: str) -> None:
        self.state = State(value)
        if self.state is State.CONNECTED:
            self.peer.connected()
        else:
            self.peer.disconnected()
        self.stateChanged.emit(value)

    # --- presence -------------------------------------------------------------------------

    def set_presence(self, name: str, journey: str | None, cards: list[str]) -> None:
        """Shows the others who this is and which cards it has selected (sent when it
        changes, as is a colour changed to stay apart from the others')."""
        current = self._presence.color if self._presence is not None else None
        color = pick_color(self.peer.roster.client_id, current, self.others())
        presence = Presence(name=name[:60], color=color, journey=journey,
                            cards=cards[:MAX_SELECTED])
        if presence != self._presence:
            self._presence = presence
            self.peer.set_presence(presence)

    def others(self) -> dict[int, Presence]:
        return self.peer.roster.others()

    # --- ending ---------------------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.state in FINAL

    def close(self) -> None:
        """Leaves the session (the host: ends it, closing every participant's socket).
        The document stays open as it is."""
        if self.document is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the document may be gone
                self.document.changed.disconnect(self._local)
            self.document = None
        self._renew.stop()
        self._relay.blockSignals(True)  # news still queued for the Qt thread is moot
        self.peer.leave()  # the others stop showing this participant at once
        self.client.stop()
        try:
            self._task.result(5)
        except Exception:  # noqa: BLE001 (leaving must not fail)
            log.exception("session: the connection did not close cleanly")
        if self._advert is not None:
            try:
                self._loop.run(self._advert.stop(), 3)
            except Exception:  # noqa: BLE001 (ending must not fail on the listing)
                log.exception("session: the announcement could not be withdrawn")
        if self.server is not None:
            self._loop.run(self.server.stop(), 5)
        self._loop.close()


async def _cancel_pending() -> None:
    """Ends the tasks a library left running (zeroconf repeats its announcements for a
    few seconds), so that none is destroyed pending when the loop stops."""
    current = asyncio.current_task()
    tasks = [task for task in asyncio.all_tasks() if task is not current]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def _start_host(update: bytes, code: str, bind: str) -> SessionHost:
    server = SessionHost(update, code, bind)  # made in the loop's thread, which owns its doc
    await server.start()
    return server


def _ignore(_value: object) -> None:
    return None
