"""A participant's name tag in a live session never covers another card's text, at any
zoom the cards show text at (it used to stand over the bottom line of the card above),
and it stays readable: full size at the zoom a map opens at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from journey_editor.canvas.presence_overlay import Mark, PresenceOverlay, TagItem
from journey_editor.canvas.scene import JourneyScene
from journey_editor.layout.geometry import CardBox, JourneyLayout
from journey_editor.render.painting import DETAIL_ZOOM
from journey_editor.ui.main_window import MainWindow

ZOOMS = (DETAIL_ZOOM, 0.5, 0.75, 1.0, 2.0, 4.0)


def _text_boxes(box: CardBox) -> list[QRectF]:
    """Where a card draws text: its title's lines, its footer (emotion, votes, flags)."""
    title = box.title
    found = [QRectF(title.x, title.y, title.width, len(title.lines) * title.line_height)]
    if box.footer is not None:
        f = box.footer
        found.append(QRectF(f.x, f.y, f.w, f.h))
    return found


def _on_screen(window: MainWindow, tag: TagItem) -> QRectF:
    """The tag's rectangle on the map as the view shows it (it ignores the zoom)."""
    view = window.view
    to_screen = view.viewportTransform()
    device = tag.deviceTransform(to_screen).mapRect(tag.boundingRect())
    return to_screen.inverted()[0].mapRect(device)


def _covered(layout: JourneyLayout, card_id: str, rect: QRectF) -> list[str]:
    """The other cards whose text `rect` covers."""
    return [other.id for other in layout.cards.values() if other.id != card_id
            and any(text.intersects(rect) for text in _text_boxes(other))]


@pytest.mark.parametrize("zoom", ZOOMS)
def test_no_tag_covers_another_cards_text(
        sample_window: MainWindow, qtbot: QtBot, zoom: float) -> None:
    scene = sample_window.view.scene()
    overlay = PresenceOverlay.of(scene)
    # Someone on every card at once: every card's neighbourhood is tried.
    overlay.show([Mark("Facilitator", "#d92d20", tuple(scene.cards)),
                  Mark("Ann", "#1570ef", tuple(scene.cards)[::3])])
    sample_window.view.set_zoom(zoom)
    assert set(overlay.tags) == set(scene.cards)
    for card_id, tag in overlay.tags.items():
        rect = _on_screen(sample_window, tag)
        assert not _covered(scene.layout, card_id, rect), (card_id, rect)
        headers = (*scene.layout.stage_headers, *scene.layout.lane_headers)
        assert not any(QRectF(*h.rect).intersects(rect) for h in headers), card_id


def test_the_tag_is_full_size_at_the_opening_zoom_and_follows_the_zoom(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    view = sample_window.view
    scene = view.scene()
    overlay = PresenceOverlay.of(scene)
    overlay.show([Mark("Ann", "#1570ef", ("card-point-of-sale", "card-goal-buy"))])
    for tag in overlay.tags.values():
        height = _on_screen(sample_window, tag).height() * view.zoom()
        assert height == pytest.approx(tag.height, abs=2)  # pixels: what the room reads
    # The card under another in its cell has no room above: the tag goes inside it,
    # and stays there when zooming in, where the room above would still not hold it.
    tag = overlay.tags["card-point-of-sale"]
    card = QRectF(*scene.layout.cards["card-point-of-sale"].rect)
    assert card.contains(_on_screen(sample_window, tag))
    view.set_zoom(0.4)
    shrunk = _on_screen(sample_window, tag)
    assert card.contains(shrunk)  # smaller on screen than the tag: shrunk to the card
    assert shrunk.height() * 0.4 >= 0.5 * tag.height  # still a name, not a speck


def test_tags_made_on_a_map_not_in_view_follow_the_zoom_once_it_is_shown(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    view = sample_window.view
    shown = view.journey_scene()
    # Another journey's map: the window keeps one scene per journey, one in the view.
    hidden = JourneyScene(shown.document, shown.journey_id, shown.map_style)
    overlay = PresenceOverlay.of(hidden)
    marks = [Mark("Facilitator", "#d92d20", ("card-point-of-sale",))]
    overlay.show(marks)  # at no zoom: no view shows it
    view.set_journey_scene(hidden)
    view.set_zoom(4.0)  # close up: the tag has room above the card
    overlay.show(marks)  # the session's next tick
    view.set_zoom(4.5)
    card = QRectF(*hidden.layout.cards["card-point-of-sale"].rect)
    assert _on_screen(sample_window, overlay.tags["card-point-of-sale"]).bottom() < card.top()
    view.set_journey_scene(shown)
