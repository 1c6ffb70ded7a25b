"""A card selected with the keyboard in a live session reaches the others at once, not
on the session's half-second tick, and a key held down sends one message a turn of the
event loop, not one per card passed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.session_menu import SessionMenu
from tests.gui.test_session_presence import _marks
from tests.session_windows import joined_pair


def _without_tick(session: SessionMenu) -> None:
    """Stops the session's half-second tick: what still arrives went at once."""
    session._timer.stop()
    session._timer.setInterval(60_000)


def _arrow(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> list[str]:
    qtbot.keyClick(window.view.viewport(), key)
    return window.view.scene().selected_card_ids()


def test_a_card_reached_with_the_arrow_keys_shows_on_the_others_map_at_once(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    with joined_pair(qtbot, monkeypatch, guest_name="Ann") as (host, _, guest, guest_session):
        _without_tick(guest_session)  # right after joining: the map just came
        selected = _arrow(qtbot, guest, Qt.Key.Key_Down)  # from the first cell down to a card
        assert selected == ["a"]
        qtbot.waitUntil(lambda: set(_marks(host)) == {"a"}, timeout=2000)
        assert _marks(host)["a"][1].names == ["Ann"]

        assert _arrow(qtbot, guest, Qt.Key.Key_Right) == ["b"]  # the next stage's card
        qtbot.waitUntil(lambda: set(_marks(host)) == {"b"}, timeout=2000)


def test_a_key_held_down_sends_one_message_per_turn_of_the_event_loop(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    with joined_pair(qtbot, monkeypatch, guest_name="Ann") as (host, _, guest, guest_session):
        _without_tick(guest_session)
        link = guest_session.link
        assert link is not None
        sent: list[list[str]] = []
        original = link.peer.set_presence
        monkeypatch.setattr(link.peer, "set_presence",
                            lambda presence: (sent.append(presence.cards), original(presence)))
        # Auto-repeat: the key presses come faster than the event loop turns.
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left)
        passed = [_arrow(qtbot, guest, key) for key in keys]
        assert passed == [["a"], ["b"], ["c"], ["b"]]  # the selection did move on
        qtbot.waitUntil(lambda: set(_marks(host)) == set(passed[-1]), timeout=2000)
        assert sent == [passed[-1]]  # one message, with where the key stopped
