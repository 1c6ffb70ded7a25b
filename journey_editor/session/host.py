"""The host's server (asyncio, no Qt): a websocket server on one interface and a port
the system picks, each connection admitted by the session-code handshake
(`auth`), then served by pycrdt-websocket's YRoom, which keeps the room's document
and relays every update to everyone. Each message a participant sends goes through
the `Gate` first; a participant whose update is refused is disconnected (close code
4008) and the room goes on. `stop()` closes every connection and the room.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import socket
from typing import Any

from pycrdt import Doc
from pycrdt.websocket import YRoom
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from journey_editor.session import auth
from journey_editor.session.gate import Gate, Refused

log = logging.getLogger(__name__)

MAX_MESSAGE = 8 * 2**20  # what one participant may send at once (a big paste is ~1 MB)
HANDSHAKE_TIMEOUT = 10.0
PATH = "/session"
CLOSE_WRONG_CODE = 4003
CLOSE_REFUSED = 4008
CLOSE_THROTTLED = 4029
CLOSE_ENDED = 1001  # "going away": the host ended the session


class _Channel:
    """A participant's connection as pycrdt's `Channel`: messages pass the gate on their
    way in; a refused one ends this connection. Sending never raises (a connection that
    went away is the room's to forget, not a reason to stop it)."""

    def __init__(self, websocket: ServerConnection, gate: Gate) -> None:
        self.websocket = websocket
        self.gate = gate

    @property
    def path(self) -> str:
        return PATH

    def __aiter__(self) -> _Channel:
        return self

    async def __anext__(self) -> bytes:
        return await self.recv()

    async def send(self, message: bytes) -> None:
        with contextlib.suppress(ConnectionClosed):
            await self.websocket.send(message)

    async def recv(self) -> bytes:
        try:
            message = await self.websocket.recv(decode=False)
        except ConnectionClosed:
            raise StopAsyncIteration from None
        if isinstance(message, str):
            message = message.encode()
        try:
            self.gate.check(message)
        except Refused as error:
            log.warning("session: refused an update from %s: %s",
                        self.websocket.remote_address, error)
            await self.websocket.close(CLOSE_REFUSED, "update refused")
            raise StopAsyncIteration from None
        return message


class SessionHost:
    """Serves one shared document. `start()` binds and returns the port."""

    def __init__(self, initial_update: bytes, code: str, bind: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.code = code
        self.bind = bind
        self.port = port
        self.salt = secrets.token_bytes(auth.NONCE)
        self.key = auth.derive_key(code, self.salt)
        self.throttle = auth.Throttle()
        doc: Doc[Any] = Doc()
        doc.apply_update(initial_update)
        self.room = YRoom(ready=True, ydoc=doc, log=log, exception_handler=_logged)
        self.gate = Gate(doc)
        self.refused = 0  # connections refused at the handshake
        self._server: Server | None = None
        self._room_task: asyncio.Task[None] | None = None

    @property
    def doc(self) -> Doc[Any]:
        return self.room.ydoc

    async def start(self) -> int:
        self._room_task = asyncio.create_task(self.room.start())
        await self.room.started.wait()
        self._server = await serve(self._handle, self.bind, self.port, max_size=MAX_MESSAGE,
                                   compression=None, ping_interval=5, ping_timeout=10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        """Closes every connection (participants see the session end), then the room."""
        if self._server is not None:
            self._server.close(close_connections=True)
            await self._server.wait_closed()
            self._server = None
        if self._room_task is not None:
            await self.room.stop()
            with contextlib.suppress(asyncio.CancelledError):
                await self._room_task
            self._room_task = None

    def cut(self, remote: tuple[str, int]) -> None:
        """Cuts the connection coming from `remote` as a lost network would (tests;
        in the loop's thread): that participant retries."""
        for connection in self._server.connections if self._server is not None else ():
            if tuple(connection.remote_address[:2]) == tuple(remote):
                connection.transport.abort()

    @property
    def connections(self) -> int:
        return len(self._server.connections) if self._server is not None else 0

    async def _handle(self, websocket: ServerConnection) -> None:
        address = str(websocket.remote_address[0]) if websocket.remote_address else "?"
        if websocket.request is None or websocket.request.path != PATH:
            await websocket.close(CLOSE_WRONG_CODE, "not a session")
            return
        if self.throttle.blocked(address):
            await websocket.close(CLOSE_THROTTLED, "too many attempts")
            return
        if not await self._admit(websocket, address):
            return
        await self.room.serve(_Channel(websocket, self.gate))

    async def _admit(self, websocket: ServerConnection, address: str) -> bool:
        side = auth.HostSide(self.key, self.salt)
        try:
            await websocket.send(side.challenge())
            answer = await asyncio.wait_for(websocket.recv(decode=False), HANDSHAKE_TIMEOUT)
            proof = side.check(answer if isinstance(answer, bytes) else answer.encode())
            await websocket.send(proof)
        except (auth.HandshakeError, TimeoutError):
            self.refused += 1
            self.throttle.failed(address)
            log.warning("session: refused %s (wrong code or no handshake)", address)
            await websocket.close(CLOSE_WRONG_CODE, "wrong session code")
            return False
        except ConnectionClosed:
            return False
        return True


def lan_address() -> str:
    """The address this machine has on its network (the interface a packet to elsewhere
    would leave by; nothing is sent), or loopback when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
            address: str = probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"
    return address


def _logged(exception: Exception, logger: logging.Logger) -> bool:
    logger.error("session: the room failed", exc_info=exception)
    return True
