"""Presence on the cards: in a live session, the card another participant has selected
is outlined in their colour with their name on it, in every other window's map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from pytestqt.qtbot import QtBot

from journey_editor.canvas.presence_overlay import OutlineItem, TagItem
from journey_editor.ui.main_window import MainWindow
from tests.session_windows import joined_pair


def _click_card(qtbot: QtBot, window: MainWindow, card_id: str,
                modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    item = window.view.scene().cards[card_id]
    window.view.centerOn(item)
    point = window.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifier, point)
    assert item.isSelected()


def _marks(window: MainWindow) -> dict[str, tuple[OutlineItem, TagItem]]:
    """The cards outlined on the window's map, with the outline and the name tag."""
    scene = window.view.scene()
    outlines = [i for i in scene.items() if isinstance(i, OutlineItem) and i.isVisible()]
    tags = [i for i in scene.items() if isinstance(i, TagItem) and i.isVisible()]
    found = {}
    for card_id, card in scene.cards.items():
        box = card.sceneBoundingRect()
        around = [o for o in outlines if o.card.contains(box.center())]
        named = [t for t in tags if abs(t.pos().x() - box.left()) < 20
                 and abs(t.pos().y() - box.top()) < 20]
        if around and named:
            found[card_id] = (around[0], named[0])
    return found


def test_a_card_selected_in_one_window_is_outlined_with_the_name_in_the_other(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    with joined_pair(qtbot, monkeypatch, guest_name="Ann") as (host, host_session, guest, _):
        host_session.name = "Facilitator"
        _click_card(qtbot, guest, "b")
        qtbot.waitUntil(lambda: "b" in _marks(host), timeout=5000)
        outline, tag = _marks(host)["b"]
        assert tag.names == ["Ann"] and set(_marks(host)) == {"b"}
        assert guest.session.link is not None
        own = guest.session.link.peer.roster.awareness.get_local_state()
        assert outline.colors[0].name() == own["color"]  # the colour Ann shows everyone
        assert not _marks(guest)  # nobody else has a card selected

        # The host selects a card too: the guest sees it, in a colour other than Ann's.
        _click_card(qtbot, host, "c")
        qtbot.waitUntil(lambda: "c" in _marks(guest), timeout=5000)
        assert _marks(guest)["c"][1].names == ["Facilitator"]
        qtbot.waitUntil(lambda: _marks(guest)["c"][0].colors != _marks(host)["b"][0].colors,
                        timeout=5000)

        # Ann moves on to another card: the outline follows.
        _click_card(qtbot, guest, "a")
        qtbot.waitUntil(lambda: set(_marks(host)) == {"a"}, timeout=5000)


def test_the_outline_follows_the_card_when_it_moves_and_goes_when_the_session_ends(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from journey_editor.editor.commands import make_move_cards

    with joined_pair(qtbot, monkeypatch, guest_name="Bo") as (host, host_session, guest, _):
        _click_card(qtbot, guest, "c")
        qtbot.waitUntil(lambda: "c" in _marks(host), timeout=5000)
        assert host.document is not None
        before = QRectF(_marks(host)["c"][0].card)
        host.document.push(make_move_cards(host.document, "j1", [("c", "before", "goals")]))
        card = host.view.scene().cards["c"].box.rect
        outline, tag = _marks(host)["c"]
        assert outline.card == QRectF(card.x, card.y, card.w, card.h) != before
        assert tag.pos().x() < card.x and tag.pos().y() < card.y  # on its top-left corner
        host_session.end()
        assert not _marks(host)
