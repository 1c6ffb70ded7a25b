"""A headless Chromium driven over the Chrome DevTools Protocol, for the HTML export's tests.

The system's Chromium (Debian: `apt-get install chromium`) and the `websockets` package
the live sessions already need: no WebDriver, no browser download. Clicks are real input
events (Input.dispatchMouseEvent), as a mouse makes them; console messages, exceptions,
policy violations and every request the page makes are recorded.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SCREEN = (1366, 768)


def find_chromium() -> str | None:
    return next((path for name in CANDIDATES if (path := shutil.which(name))), None)


class Page:
    """One browser tab: commands, and the events that came while waiting for them."""

    def __init__(self, socket: ClientConnection, session: str) -> None:
        self.socket = socket
        self.session = session
        self.events: list[dict[str, Any]] = []
        self._ids = itertools.count(1000)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        return _call(self.socket, method, params, self.session, self.events, next(self._ids))

    def wait_for(self, method: str, timeout: float = 20.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            message = json.loads(self.socket.recv(timeout=max(0.01, deadline - time.monotonic())))
            self.events.append(message)
        raise TimeoutError(method)

    def evaluate(self, expression: str) -> Any:
        reply = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                          awaitPromise=True)
        if "exceptionDetails" in reply:
            raise RuntimeError(reply["exceptionDetails"])
        return reply["result"].get("value")

    def open(self, path: Path) -> None:
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def click(self, x: float, y: float) -> None:
        """A left click as a mouse makes it: moved there, pressed, released."""
        for kind, count in (("mouseMoved", 0), ("mousePressed", 1), ("mouseReleased", 1)):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=count)

    def key(self, key: str, code: str, key_code: int, text: str = "") -> None:
        for kind in ("keyDown", "keyUp"):
            params: dict[str, Any] = {"type": kind, "key": key, "code": code,
                                      "windowsVirtualKeyCode": key_code}
            if text and kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", **params)

    def wheel(self, x: float, y: float, delta_y: float) -> None:
        self.send("Input.dispatchMouseEvent", type="mouseWheel", x=x, y=y, deltaX=0,
                  deltaY=delta_y)

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def drain(self) -> None:
        """Reads the events that have come so far (a command round-trip flushes them)."""
        self.send("Runtime.evaluate", expression="0")

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, log errors (policy
        violations, failed loads) seen so far."""
        self.drain()
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params["type"] in ("error", "warning",
                                                                           "assert"):
                found.append(f"console.{params['type']}: {params['args']}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails']}")
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append(f"log: {params['entry']['text']}")
        return found

    def requests(self) -> list[str]:
        """The URL of every request the page made (data: URLs included)."""
        self.drain()
        return [event["params"]["request"]["url"] for event in self.events
                if event.get("method") == "Network.requestWillBeSent"]


def _call(socket: ClientConnection, method: str, params: dict[str, Any], session: str | None,
          events: list[dict[str, Any]], ident: int) -> dict[str, Any]:
    message: dict[str, Any] = {"id": ident, "method": method, "params": params}
    if session:
        message["sessionId"] = session
    socket.send(json.dumps(message))
    while True:
        reply = json.loads(socket.recv(timeout=30))
        if reply.get("id") == ident:
            if "error" in reply:
                raise RuntimeError(f"{method}: {reply['error']}")
            return dict(reply.get("result", {}))
        events.append(reply)


@contextmanager
def browser_page(chromium: str, size: tuple[int, int] = SCREEN) -> Iterator[Page]:
    """A tab of a fresh headless Chromium (its own profile, deleted afterwards) with the
    console, log, network and page events on, the viewport `size` CSS pixels."""
    # Chromium's helper processes may still write to the profile while they exit.
    with tempfile.TemporaryDirectory(prefix="je-chromium-", ignore_cleanup_errors=True) as profile:
        process = subprocess.Popen(
            [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
             "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--metrics-recording-only", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            with connect(_browser_socket(Path(profile), process), max_size=None) as socket:
                yield _new_page(socket, size)
        finally:
            _stop(process)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ends the browser and its helpers: the process group it leads (its own session)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
            process.wait(timeout=10)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


def _browser_socket(profile: Path, process: subprocess.Popen[bytes]) -> str:
    """The browser's DevTools address, from the file Chromium writes once listening."""
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited with {process.returncode}")
        lines = marker.read_text().split() if marker.exists() else []
        if len(lines) == 2:
            return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        time.sleep(0.05)
    raise TimeoutError("chromium did not open its DevTools port")


def _new_page(socket: ClientConnection, size: tuple[int, int]) -> Page:
    events: list[dict[str, Any]] = []
    target = _call(socket, "Target.createTarget", {"url": "about:blank"}, None, events, 1)
    session = _call(socket, "Target.attachToTarget",
                    {"targetId": target["targetId"], "flatten": True}, None, events, 2)
    page = Page(socket, session["sessionId"])
    for domain in ("Page", "Runtime", "Log", "Network"):
        page.send(f"{domain}.enable")
    page.send("Emulation.setDeviceMetricsOverride", width=size[0], height=size[1],
              deviceScaleFactor=1, mobile=False)
    return page
