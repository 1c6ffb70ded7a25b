"""A participant's name tag in a live session never covers a card's text, at any zoom
the cards show text at: not another card's (it used to stand over the bottom line of
the card above), nor its own title (inside the card it used to hide the first line's
end, or the whole line under a long name). It stays readable: names at full size where
there is room, else initials or a dot in the person's colour, the name in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from journey_editor.canvas.presence_overlay import Mark, PresenceOverlay, TagItem
from journey_editor.canvas.scene import JourneyScene
from journey_editor.layout import textmetrics
from journey_editor.layout.geometry import CardBox, JourneyLayout
from journey_editor.render.painting import DETAIL_ZOOM
from journey_editor.ui.main_window import MainWindow

ZOOMS = (DETAIL_ZOOM, 0.5, 0.6, 0.75, 1.0, 2.0, 4.0)
LONG = "Ann-Kathrine Østergaard"


def _text_boxes(box: CardBox) -> list[QRectF]:
    """Where a card draws text: its title's lines, its footer (emotion, votes, flags)."""
    title = box.title
    found = [QRectF(title.x, title.y, title.width, len(title.lines) * title.line_height)]
    if box.footer is not None:
        f = box.footer
        found.append(QRectF(f.x, f.y, f.w, f.h))
    return found


def _title_lines(box: CardBox) -> list[QRectF]:
    """Each line of a card's title as far as its text reaches (as the painter sets it)."""
    title = box.title
    return [QRectF(title.x + textmetrics.line_offset(line, title.width, title.size,
                                                     title.bold, title.align),
                   title.y + i * title.line_height,
                   textmetrics.text_width(line, title.size, title.bold), title.line_height)
            for i, line in enumerate(title.lines)]


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
def test_no_tag_covers_any_cards_text_its_own_title_included(
        sample_window: MainWindow, qtbot: QtBot, zoom: float) -> None:
    scene = sample_window.view.journey_scene()
    overlay = PresenceOverlay.of(scene)
    # Someone on every card at once: every card's neighbourhood is tried; a long name,
    # a short one and two people on one card.
    overlay.show([Mark(LONG, "#1570ef", tuple(scene.cards)[::2]),
                  Mark("Bo Jensen", "#d92d20", tuple(scene.cards)[::3]),
                  Mark("Ann", "#12b76a", tuple(scene.cards)[1::2])])
    sample_window.view.set_zoom(zoom)
    assert set(overlay.tags) == set(scene.cards)
    placed = {card_id: _on_screen(sample_window, tag) for card_id, tag in overlay.tags.items()}
    for card_id, rect in placed.items():
        assert not _covered(scene.layout, card_id, rect), (card_id, rect)
        hidden = [other for other, tag in placed.items()
                  if other != card_id and tag.intersects(rect)]
        assert not hidden, (card_id, hidden)  # each person's tag stays in sight
        own = scene.layout.cards[card_id]
        assert not any(line.intersects(rect) for line in _title_lines(own)), (card_id, rect)
        headers = (*scene.layout.stage_headers, *scene.layout.lane_headers)
        assert not any(QRectF(*h.rect).intersects(rect) for h in headers), card_id


def test_names_show_full_size_where_they_fit_else_shorter_and_the_tooltip_names_all(
        sample_window: MainWindow, qtbot: QtBot) -> None:
    view = sample_window.view
    scene = view.journey_scene()
    overlay = PresenceOverlay.of(scene)
    overlay.show([Mark("Ann", "#1570ef", tuple(scene.cards))])
    named = [tag for tag in overlay.tags.values() if tag.shown == ["Ann"]]
    assert any(not tag.inside for tag in named)  # some stand above their cards
    for tag in named:  # names at full size, wherever they are: pixels the room reads
        height = _on_screen(sample_window, tag).height() * view.zoom()
        assert height == pytest.approx(tag.height, abs=2)
    overlay.show([Mark(LONG, "#d92d20", ("card-point-of-sale",))])
    # The card under another in its cell has no room above: the tag goes inside it, off
    # its title, shortened to what fits there; whoever it is, the tooltip says.
    tag = overlay.tags["card-point-of-sale"]
    card = scene.layout.cards["card-point-of-sale"]
    assert tag.inside and tag.shown != [LONG] and LONG in tag.toolTip()
    assert QRectF(*card.rect).contains(_on_screen(sample_window, tag))
    view.set_zoom(4.0)  # close up the whole name has room
    assert tag.shown == [LONG]
    view.set_zoom(0.4)  # no room beside the title: a dot, on the card's top edge
    dot = _on_screen(sample_window, tag)
    centre, rect = dot.center(), QRectF(*card.rect)
    assert tag.shown == [""] and rect.left() < centre.x() < rect.right()
    assert rect.top() - 0.01 <= centre.y() < rect.bottom()  # on its card, not the one above
    assert not any(line.intersects(dot) for line in _title_lines(card))
    assert dot.height() * 0.4 >= 6  # pixels: a dot in the person's colour, not a speck


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


def test_hovering_a_dot_names_the_person(sample_window: MainWindow, qtbot: QtBot) -> None:
    view = sample_window.view
    overlay = PresenceOverlay.of(view.journey_scene())
    overlay.show([Mark(LONG, "#d92d20", ("card-point-of-sale",))])
    view.set_zoom(0.6)
    tag = overlay.tags["card-point-of-sale"]
    assert tag.shown == [""]  # too small a card for a name beside its title at 0.6
    view.centerOn(tag)
    centre = view.mapFromScene(_on_screen(sample_window, tag).center())
    qtbot.mouseMove(view.viewport(), centre)  # type: ignore[no-untyped-call]
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == LONG)
