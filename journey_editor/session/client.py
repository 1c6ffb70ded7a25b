"""A participant's connection to a host (asyncio, no Qt): connect, prove the session
code (`auth`), then carry Yjs messages both ways until the session ends, and
reconnect after a lost connection (the peer keeps working offline meanwhile).

The client knows nothing of maps: incoming messages go to `on_message`, the state of
the connection to `on_state`, both called in the event loop's thread; `send` may be
called from any thread. Messages sent while offline are dropped: the sync exchange
after reconnecting carries everything that was missed (see `peer`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from enum import StrEnum

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from journey_editor.session import auth
from journey_editor.session.host import (
    CLOSE_ENDED,
    CLOSE_REFUSED,
    CLOSE_THROTTLED,
    CLOSE_WRONG_CODE,
    HANDSHAKE_TIMEOUT,
    PATH,
)

log = logging.getLogger(__name__)

MAX_MESSAGE = 160 * 2**20  # the host's whole map arrives in one message (files: 128 MB)
RETRY_DELAYS = (0.1, 0.3, 1.0, 2.0, 5.0)  # seconds before each try, then every 5 s
JITTER = 0.25  # each delay varies by up to this part, so a room does not retry in step


class State(StrEnum):
    CONNECTED = "connected"
    OFFLINE = "offline"  # lost the connection: retrying
    WRONG_CODE = "wrong_code"  # final: the host refused the code
    REFUSED = "refused"  # final: the host refused an edit of this participant
    ENDED = "ended"  # final: the host ended the session, or stop() was called


FINAL = {State.WRONG_CODE, State.REFUSED, State.ENDED}


def session_url(host: str, port: int) -> str:
    address = f"[{host}]" if ":" in host else host
    return f"ws://{address}:{port}{PATH}"


class SessionClient:
    def __init__(self, url: str, code: str, on_message: Callable[[bytes], None],
                 on_state: Callable[[State], None]) -> None:
        self.url = url
        self.code = code
        self.on_message = on_message
        self.on_state = on_state
        self.state = State.OFFLINE
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[bytes] | None = None  # this connection's outbox
        self._websocket: ClientConnection | None = None
        self._stopping = False

    def send(self, message: bytes) -> None:
        if self._loop is not None:
            # After the session's loop has closed a message has nowhere to go.
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._enqueue, message)

    def _enqueue(self, message: bytes) -> None:
        if self._queue is not None:
            self._queue.put_nowait(message)

    def stop(self) -> None:
        """Ends the connection for good (from any thread)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._stop)

    def _stop(self) -> None:
        self._stopping = True
        if self._websocket is not None:
            asyncio.ensure_future(self._websocket.close())

    @property
    def local_address(self) -> tuple[str, int] | None:
        """This end of the connection, as the host sees it coming from (None: offline)."""
        websocket = self._websocket
        return tuple(websocket.local_address[:2]) if websocket is not None else None

    def drop(self) -> None:
        """Cuts the connection as a lost network would (tests): the client reconnects."""
        if self._websocket is not None:
            self._websocket.transport.abort()

    async def run(self) -> State:
        """Connects, and reconnects, until a final state; returns it."""
        self._loop = asyncio.get_running_loop()
        failures = 0
        while not self._stopping:
            state = await self._connect_once()
            if state in FINAL:
                return self._set(state)
            self._set(State.OFFLINE)
            failures = 0 if state is State.CONNECTED else failures + 1
            delay = RETRY_DELAYS[min(failures, len(RETRY_DELAYS) - 1)]
            await asyncio.sleep(delay * random.uniform(1 - JITTER, 1 + JITTER))
        return self._set(State.ENDED)

    def _set(self, state: State) -> State:
        if state != self.state:
            self.state = state
            self.on_state(state)
        return state

    async def _connect_once(self) -> State:
        """One connection's life: the state it ended in (CONNECTED: it had been up)."""
        try:
            async with connect(self.url, max_size=MAX_MESSAGE, compression=None, proxy=None,
                               open_timeout=HANDSHAKE_TIMEOUT, ping_interval=5,
                               ping_timeout=10) as websocket:
                self._websocket = websocket
                await self._prove(websocket)
                return await self._serve(websocket)
        except auth.HandshakeError as error:
            log.warning("session: %s", error)
            return State.WRONG_CODE
        except ConnectionClosed as closed:
            return _closed_state(closed.rcvd.code if closed.rcvd else None, had_session=False)
        except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as error:
            log.info("session: cannot reach %s: %s", self.url, error)
            return State.OFFLINE
        finally:
            self._websocket = None
            self._queue = None

    async def _prove(self, websocket: ClientConnection) -> None:
        side = auth.GuestSide(self.code)
        challenge = await asyncio.wait_for(websocket.recv(decode=False), HANDSHAKE_TIMEOUT)
        answer = await asyncio.to_thread(side.answer, _as_bytes(challenge))  # scrypt: ~50 ms
        await websocket.send(answer)
        proof = await asyncio.wait_for(websocket.recv(decode=False), HANDSHAKE_TIMEOUT)
        side.verify(_as_bytes(proof))

    async def _serve(self, websocket: ClientConnection) -> State:
        self._queue = asyncio.Queue()
        self._set(State.CONNECTED)
        writer = asyncio.create_task(self._write(websocket, self._queue))
        try:
            async for message in websocket:
                self.on_message(_as_bytes(message))
        except ConnectionClosed:
            pass
        finally:
            writer.cancel()
        code = websocket.close_code
        return State.ENDED if self._stopping else _closed_state(code, had_session=True)

    async def _write(self, websocket: ClientConnection, queue: asyncio.Queue[bytes]) -> None:
        try:
            while True:
                await websocket.send(await queue.get())
        except ConnectionClosed:
            pass


def _closed_state(code: int | None, *, had_session: bool) -> State:
    if code == CLOSE_WRONG_CODE or code == CLOSE_THROTTLED:
        return State.WRONG_CODE
    if code == CLOSE_REFUSED:
        return State.REFUSED
    if code == CLOSE_ENDED:
        return State.ENDED
    return State.CONNECTED if had_session else State.OFFLINE


def _as_bytes(message: str | bytes) -> bytes:
    return message.encode() if isinstance(message, str) else message
