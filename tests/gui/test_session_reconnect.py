"""A participant whose connection the host loses keeps working offline, says so, and
on reconnecting both maps take in each other's offline edits."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from journey_editor.editor.commands import make_edit
from journey_editor.session import client
from journey_editor.session.client import State
from tests.session_windows import card_title, joined_pair


def test_a_cut_connection_is_retried_and_both_sides_offline_edits_meet(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first retry after a lost connection comes after 2-3 s (0.1 s in use): time
    # enough to edit on both sides while the guest is cut off.
    monkeypatch.setattr(client, "RETRY_DELAYS", (2.5,))
    monkeypatch.setattr(client, "JITTER", 0.0)
    with joined_pair(qtbot, monkeypatch) as (host, host_session, guest, guest_session):
        host_link, guest_link = host_session.link, guest_session.link
        assert host_link is not None and host_link.server is not None
        assert guest_link is not None and host.document and guest.document
        where = guest_link.client.local_address
        assert where is not None
        server = host_link.server
        host_link._loop.loop.call_soon_threadsafe(server.cut, where)  # the host's side goes
        qtbot.waitUntil(lambda: guest_link.state is State.OFFLINE, timeout=5000)
        assert "Reconnecting" in guest_session.status.text()

        guest.document.push(make_edit(guest.document, "j1", "card", "a",
                                      {"title": "Written offline"}))
        host.document.push(make_edit(host.document, "j1", "card", "c",
                                     {"title": "Written by the host"}))
        assert guest_link.state is State.OFFLINE  # both edits were made apart
        assert card_title(guest, "c") != "Written by the host"
        assert card_title(guest, "a") == "Written offline"  # the guest's map keeps working

        qtbot.waitUntil(lambda: card_title(guest, "c") == "Written by the host"
                        and card_title(host, "a") == "Written offline", timeout=10_000)
        assert "Back online" in guest_session.status.text()
        assert host.document.workspace == guest.document.workspace
        assert guest.document.undo_stack.count() == 1  # still the guest's own to undo
