"""bench_session.py --windows: the host's window and 3 participants' windows in this
process (offscreen), joined through real websockets; latency from a command pushed in
one window until each other window's map has repainted with it, and from a card
selected in one window until the others' maps show it outlined with that person's
name. The windows share one Qt thread, so each repaint waits for the others' work:
pessimistic, as above."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from journey_editor.canvas.presence_overlay import PresenceOverlay
from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor.commands import make_edit
from journey_editor.editor.document import Document
from journey_editor.model.types import Workspace, new_workspace
from journey_editor.ui.main_window import MainWindow

Seen = Callable[[JourneyScene, str, str], bool]  # scene, card id, what is awaited


def title_shown(scene: JourneyScene, card_id: str, title: str) -> bool:
    item = scene.cards.get(card_id)
    return item is not None and " ".join(item.box.title.lines) == title


def name_shown(scene: JourneyScene, card_id: str, what: str) -> bool:
    """`what`: the name, then a line with the selection's number (each is awaited once)."""
    tag = PresenceOverlay.of(scene).tags.get(card_id)
    return tag is not None and tag.isVisible() and what.split("\n")[0] in tag.names


class PaintWatch(QObject):
    """Notes when a window's map repaints showing what it waits for."""

    def __init__(self, window: MainWindow, arrived: dict[str, list[float]], seen: Seen) -> None:
        super().__init__(window)
        self.window = window
        self.arrived = arrived
        self.seen = seen
        self.waiting: set[tuple[str, str]] = set()  # (card id, what)
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.waiting:
            scene = self.window.view.scene()
            for card_id, what in list(self.waiting):
                if isinstance(scene, JourneyScene) and self.seen(scene, card_id, what):
                    self.arrived.setdefault(what, []).append(time.perf_counter())
                    self.waiting.discard((card_id, what))
        return False


def _window(document: Document) -> MainWindow:
    window = MainWindow(document)
    window.resize(1280, 800)
    window.show()
    return window


def _pump(app: QApplication, seconds: float, until: object = None) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline and not (callable(until) and until()):
        app.processEvents()
        time.sleep(0.0005)


class Room:
    """The host's window and three participants' joined to it; `close()` ends all."""

    def __init__(self, workspace: Workspace) -> None:
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        self.app = app
        self.host = _window(Document(workspace))
        assert self.host.session.host(bind="127.0.0.1")
        link, info = self.host.session.link, self.host.session.info
        assert link is not None and link.address is not None and info is not None
        self.guests = [_window(Document(new_workspace())) for _ in range(3)]
        for number, guest in enumerate(self.guests):
            guest.session.name = f"Guest {number + 1}"
            guest.session.join(link.address[0], link.address[1], info.code.text())
        _pump(app, 60, lambda: all(w.document and w.document.workspace.journeys
                                   for w in self.guests))
        self.windows = [self.host, *self.guests]

    def watch(self, seen: Seen) -> tuple[dict[int, PaintWatch], dict[str, list[float]]]:
        arrived: dict[str, list[float]] = {}
        return {id(w): PaintWatch(w, arrived, seen) for w in self.windows}, arrived

    def wait_for(self, actor: MainWindow, watches: dict[int, PaintWatch], card: str,
                 what: str) -> None:
        for window in self.windows:
            if window is not actor:
                watches[id(window)].waiting.add((card, what))

    def close(self) -> None:
        for window in [*self.guests, self.host]:
            window.session.end()
        for window in self.windows:
            if window.document is not None:
                window.document.undo_stack.setClean()  # no question on closing
            window.close()
            window.deleteLater()
        _pump(self.app, 0.2)


def _results(sent: dict[str, float], arrived: dict[str, list[float]],
             receivers: int) -> tuple[list[float], list[float]]:
    each = [t - sent[what] for what, times in arrived.items() for t in times]
    whole = [max(arrived[w]) - s if len(arrived.get(w, [])) == receivers else float("inf")
             for w, s in sent.items()]
    return each, whole


def measure(workspace: Workspace, edits: int, interval: float) -> tuple[list[float], list[float]]:
    room = Room(workspace)
    watches, arrived = room.watch(title_shown)
    sent: dict[str, float] = {}
    journey = workspace.journeys[0]
    cards = [c.id for c in journey.cards]
    for index in range(edits):
        editor = room.guests[index % 3]
        card, title = cards[index % len(cards)], f"Edit {index}"
        room.wait_for(editor, watches, card, title)
        document = editor.document
        assert document is not None
        sent[title] = time.perf_counter()
        document.push(make_edit(document, journey.id, "card", card, {"title": title}))
        _pump(room.app, interval)
    _pump(room.app, 2.0)
    room.close()
    return _results(sent, arrived, 3)


def measure_presence(workspace: Workspace, selections: int,
                     interval: float) -> tuple[list[float], list[float]]:
    """A participant selects a card (as a click does): until the others' maps show it
    outlined with their name. Each moves that person to a card they were not on."""
    room = Room(workspace)
    watches, arrived = room.watch(name_shown)
    sent: dict[str, float] = {}
    cards = list(workspace.journeys[0].cards)
    for index in range(selections):
        actor = room.guests[index % 3]
        card = cards[index % len(cards)].id
        scene = actor.view.scene()
        assert isinstance(scene, JourneyScene)
        what = f"{actor.session.name}\n{index}"
        room.wait_for(actor, watches, card, what)
        sent[what] = time.perf_counter()
        scene.clearSelection()
        scene.cards[card].setSelected(True)
        _pump(room.app, interval)
    _pump(room.app, 2.0)
    room.close()
    return _results(sent, arrived, 3)
