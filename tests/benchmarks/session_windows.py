"""bench_session.py --windows: the host's window and 3 participants' windows in this
process (offscreen), joined through real websockets; latency from a command pushed in
one window until each other window's map has repainted with it. The windows share
one Qt thread, so each repaint waits for the others' work: pessimistic, as above."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMenu

from journey_editor.editor.commands import make_edit
from journey_editor.editor.document import Document
from journey_editor.model.types import Workspace, new_workspace
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.session_menu import SessionMenu


class PaintWatch(QObject):
    """Notes when a window's map repaints showing a title it waits for."""

    def __init__(self, window: MainWindow, arrived: dict[str, list[float]]) -> None:
        super().__init__(window)
        self.window = window
        self.arrived = arrived
        self.waiting: set[tuple[str, str]] = set()  # (card id, title)
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.waiting:
            scene = self.window.view.scene()
            for card_id, title in list(self.waiting):
                item = scene.cards.get(card_id)  # type: ignore[attr-defined]
                if item is not None and " ".join(item.box.title.lines) == title:
                    self.arrived.setdefault(title, []).append(time.perf_counter())
                    self.waiting.discard((card_id, title))
        return False


def _window(document: Document) -> tuple[MainWindow, SessionMenu]:
    window = MainWindow(document)
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    session = SessionMenu(window)
    session.install(menu, window.actions["quit"])
    window.resize(1280, 800)
    window.show()
    return window, session


def _pump(app: QApplication, seconds: float, until: object = None) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and not (callable(until) and until()):
        app.processEvents()
        time.sleep(0.0005)


def measure(workspace: Workspace, edits: int, interval: float) -> tuple[list[float], list[float]]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    host, host_session = _window(Document(workspace))
    assert host_session.host(bind="127.0.0.1")
    address = host_session.link.address if host_session.link else None
    assert address is not None and host_session.info is not None
    code = host_session.info.code.text()
    guests = [_window(Document(new_workspace())) for _ in range(3)]
    for _, session in guests:
        session.join(address[0], address[1], code)
    _pump(app, 60, lambda: all(w.document and w.document.workspace.journeys for w, _ in guests))
    windows = [host, *(w for w, _ in guests)]
    arrived: dict[str, list[float]] = {}
    watches = {id(w): PaintWatch(w, arrived) for w in windows}
    sent: dict[str, float] = {}
    journey = workspace.journeys[0]
    cards = [c.id for c in journey.cards]
    for index in range(edits):
        editor = windows[1 + index % 3]
        card, title = cards[index % len(cards)], f"Edit {index}"
        for window in windows:
            if window is not editor:
                watches[id(window)].waiting.add((card, title))
        document = editor.document
        assert document is not None
        sent[title] = time.perf_counter()
        document.push(make_edit(document, journey.id, "card", card, {"title": title}))
        _pump(app, interval)
    _pump(app, 2.0)
    each = [t - sent[title] for title, times in arrived.items() for t in times]
    whole = [max(arrived[t]) - s if len(arrived.get(t, [])) == 3 else float("inf")
             for t, s in sent.items()]
    for _, session in guests:
        session.end()
    host_session.end()
    for window in windows:
        if window.document is not None:
            window.document.undo_stack.setClean()  # no question on closing
        window.close()
        window.deleteLater()
    _pump(app, 0.2)
    return each, whole
