"""Finding sessions on the local network by zeroconf (mDNS/DNS-SD, python-zeroconf;
no Qt): the host announces its session on the interface it serves, with its
display name and the map's title; a Join dialog lists what it hears.

The announcement says where to connect, never the session code: whoever joins
still has to type the code the host shows. Only the interface the host binds is
used; a network that drops multicast just shows no sessions, and typing the
address still works. zeroconf is imported with this module, that is when a
session is hosted or the Join dialog opens, never at start-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zeroconf import (
    BadTypeInNameException,
    IPVersion,
    NonUniqueNameException,
    ServiceBrowser,
    ServiceInfo,
    ServiceListener,
    Zeroconf,
)
from zeroconf.asyncio import AsyncZeroconf

log = logging.getLogger(__name__)

SERVICE = "_journey-editor._tcp.local."
INFO_TIMEOUT_MS = 3000
MAX_LABEL = 63  # bytes in a DNS label: the instance name is one
MAX_VALUE = 200  # bytes of a name or title in the announcement's text record


@dataclass(frozen=True)
class Found:
    """A session heard on the network."""

    key: str  # the announcement's name, unique on the network
    host_name: str
    title: str
    address: str
    port: int


def _clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, never inside a character."""
    return text.encode()[:limit].decode(errors="ignore")


def instance_name(host_name: str, title: str) -> str:
    """A readable announcement name ("Ann: Onboarding"); the dots DNS would take for
    label separators become spaces."""
    text = f"{host_name}: {title}" if host_name and title else host_name or title or "Session"
    return _clip(" ".join(text.replace(".", " ").split()), MAX_LABEL)


def _interfaces(address: str) -> tuple[list[str], IPVersion]:
    version = ipaddress.ip_address(address).version
    return [address], IPVersion.V6Only if version == 6 else IPVersion.V4Only


class Advert:
    """The host's announcement of one session: `start()` and `stop()` in the
    session's event loop."""

    def __init__(self, host_name: str, title: str, address: str, port: int) -> None:
        self.info = ServiceInfo(
            SERVICE, f"{instance_name(host_name, title)}.{SERVICE}", port=port,
            parsed_addresses=[address],
            properties={"host": _clip(host_name, MAX_VALUE), "map": _clip(title, MAX_VALUE),
                        "v": "1"})
        self.address = address
        self._zeroconf: AsyncZeroconf | None = None
        self._starting: asyncio.Task[Any] | None = None

    async def start(self) -> None:
        """Announces the session (a name taken already gets a number; it takes a
        second or two); a network that cannot carry it is logged, and the session
        goes on without it."""
        self._starting = asyncio.current_task()
        interfaces, version = _interfaces(self.address)
        try:
            self._zeroconf = AsyncZeroconf(interfaces=interfaces, ip_version=version)
            await self._zeroconf.async_register_service(self.info, allow_name_change=True)
        except (OSError, NonUniqueNameException, BadTypeInNameException) as error:
            log.warning("session: not announced on the network: %s", error)
        finally:
            self._starting = None

    async def stop(self) -> None:
        """Withdraws the announcement (listeners drop it at once) and closes; stops
        announcing first if that was still under way (a session ended at once)."""
        starting, self._starting = self._starting, None
        if starting is not None and starting is not asyncio.current_task():
            starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await starting
        zeroconf, self._zeroconf = self._zeroconf, None
        if zeroconf is not None:
            try:
                await zeroconf.async_unregister_all_services()
            finally:
                await zeroconf.async_close()


class Browser(ServiceListener):
    """Listens for announced sessions in zeroconf's own thread; `on_change` is called
    from that thread whenever `sessions()` changed."""

    def __init__(self, on_change: Callable[[], None],
                 interfaces: list[str] | None = None) -> None:
        self.on_change = on_change
        self._found: dict[str, Found] = {}
        self._lock = threading.Lock()
        self._zeroconf = (Zeroconf(interfaces=interfaces) if interfaces is not None
                          else Zeroconf())
        self._browser = ServiceBrowser(self._zeroconf, SERVICE, self)

    def sessions(self) -> list[Found]:
        with self._lock:
            return sorted(self._found.values(), key=lambda f: (f.host_name.casefold(),
                                                                f.title.casefold(), f.key))

    def close(self) -> None:
        self.on_change = lambda: None  # whoever listened may be gone after this
        self._browser.cancel()
        self._zeroconf.close()

    # ServiceListener's three calls (zeroconf's thread):

    def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        info = zc.get_service_info(type_, name, INFO_TIMEOUT_MS)
        found = _found(name, info) if info is not None else None
        if found is not None:
            self._set(name, found)

    def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self.add_service(zc, type_, name)

    def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
        self._set(name, None)

    def _set(self, name: str, found: Found | None) -> None:
        with self._lock:
            if self._found.get(name) == found:
                return
            if found is None:
                del self._found[name]
            else:
                self._found[name] = found
        self.on_change()


def _found(name: str, info: ServiceInfo) -> Found | None:
    """What an announcement tells, or None when it has no address to connect to."""
    addresses = info.parsed_scoped_addresses()
    if not addresses or not info.port:
        return None
    properties = info.decoded_properties
    return Found(key=name, host_name=properties.get("host") or "",
                 title=properties.get("map") or "", address=addresses[0], port=info.port)

