"""Two windows in one process joined in a live session through a real websocket: the
host shares its map from the File menu, the other joins by typing the address and
code it shows, and an edit in either appears in the other's map."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey_editor.editor.commands import make_edit, make_move_cards
from tests.session_windows import Pair, card_title, joined_pair


@pytest.fixture
def pair(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    with joined_pair(qtbot, monkeypatch) as windows:
        yield windows


def test_an_edit_in_one_window_appears_in_the_others_map(qtbot: QtBot, pair: Pair) -> None:
    host, _, guest, _ = pair
    assert card_title(guest, "a") == "Ad"  # the joined window shows the host's map
    assert host.document is not None and guest.document is not None
    host.document.push(make_edit(host.document, "j1", "card", "a", {"title": "Banner"}))
    qtbot.waitUntil(lambda: card_title(guest, "a") == "Banner", timeout=5000)
    guest.document.push(make_move_cards(guest.document, "j1", [("c", "before", "goals")]))
    qtbot.waitUntil(lambda: host.view.scene().cards["c"].box.stage == "before", timeout=5000)
    # Each keeps its own undo: the guest's stack has its move, not the host's rename.
    assert guest.document.undo_stack.count() == 1 and host.document.undo_stack.count() == 1
    assert host.document.modified  # the host's file has the guest's move to save


def test_ending_the_session_leaves_both_maps_open(qtbot: QtBot, pair: Pair) -> None:
    host, host_session, guest, guest_session = pair
    host_session.end()
    qtbot.waitUntil(lambda: guest_session.link is None, timeout=5000)
    assert guest.document is not None and guest.document.workspace.journeys[0].id == "j1"
    assert guest_session.join_action.isEnabled() and host_session.host_action.isEnabled()


def test_the_host_sees_who_is_on_which_card(qtbot: QtBot, pair: Pair) -> None:
    host, host_session, guest, guest_session = pair
    guest_session.name = "Ann"
    item = guest.view.scene().cards["b"]
    point = guest.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(guest.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert item.isSelected()
    qtbot.waitUntil(lambda: "Ann on 'Checkout'" in host_session.status.text(), timeout=5000)
    assert "Ann" in host_session.status.text()
