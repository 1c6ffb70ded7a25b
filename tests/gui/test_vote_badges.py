"""Dot voting for the projector: the count on each card, large enough for the room, and
the results in projector-size text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from journey_editor.canvas.items import HANDLE_RADIUS
from journey_editor.layout.badges import BADGE_INK, MIN_SCREEN_PX, Badge
from journey_editor.model.types import Voting
from journey_editor.render import painting
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.voting import PROJECTOR_POINTS, ResultsDialog, VotingDialog
from journey_editor.ui.workshop import WorkshopMode
from tests.gui.test_workshop import _click, _enter


@pytest.fixture
def workshop(sample_window: MainWindow, qtbot: QtBot,
             monkeypatch: pytest.MonkeyPatch) -> WorkshopMode:
    """Workshop mode on the sample map, with a round for Ann and Bo, voting on."""
    monkeypatch.setattr(VotingDialog, "ask", staticmethod(
        lambda parent, journey: (Voting(participants=["Ann", "Bo"], dots_per_participant=3),
                                 False)))
    mode = _enter(sample_window, qtbot)
    assert mode.panel is not None
    qtbot.mouseClick(mode.panel.bar.setup, Qt.MouseButton.LeftButton)
    assert mode.voting.enabled
    return mode


def _badge(window: MainWindow, card_id: str) -> Badge | None:
    """The badge the card's item paints at the view's zoom."""
    scene = window.view.journey_scene()
    return painting.vote_badge(scene.cards[card_id].box, scene.map_style,
                               window.view.transform().m11())


def _shown(window: MainWindow, rect: QRectF) -> QColor:
    """The colour on screen at the left of a badge's disc, clear of its number."""
    view = window.view
    point = view.mapFromScene(QPointF(rect.x() + rect.height() * 0.2, rect.center().y()))
    return view.viewport().grab().toImage().pixelColor(point)


def test_the_count_is_on_the_card_large_enough_for_the_room(
        sample_window: MainWindow, workshop: WorkshopMode, qtbot: QtBot) -> None:
    window = sample_window
    card_id = list(window.view.journey_scene().layout.cards)[0]
    assert _badge(window, card_id) is None  # no dots, no badge

    _click(window, qtbot, card_id)
    _click(window, qtbot, card_id)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_2)  # Bo votes too
    _click(window, qtbot, card_id)
    badge = _badge(window, card_id)
    assert badge is not None and badge.label == "3"

    zoom = window.view.transform().m11()
    assert zoom < 1.0  # the whole map on the projector: a footer-high badge would be small
    assert badge.rect.h * zoom >= MIN_SCREEN_PX - 0.01
    item = window.view.journey_scene().cards[card_id]
    card = painting.qrect(item.box.rect)
    drawn = painting.qrect(badge.rect)
    assert card.contains(drawn)
    handle = item.handle_center()
    reach = HANDLE_RADIUS + 2  # where a press starts a connection
    assert not drawn.intersects(QRectF(handle.x() - reach, handle.y() - reach,
                                       2 * reach, 2 * reach))
    shown = _shown(window, drawn)
    ink = QColor(BADGE_INK)
    assert max(abs(shown.red() - ink.red()), abs(shown.green() - ink.green()),
               abs(shown.blue() - ink.blue())) < 40, shown.name()

    window.view.set_zoom(0.4)  # a big map fitted whole on a projector
    far = _badge(window, card_id)
    assert far is not None and far.rect.h * 0.4 >= MIN_SCREEN_PX - 0.01
    assert card.contains(painting.qrect(far.rect))
    assert _shown(window, painting.qrect(far.rect)) == shown

    window.document.undo_stack.undo()  # Bo's dot comes off: the count follows
    badge = _badge(window, card_id)
    assert badge is not None and badge.label == "2"


def test_results_use_projector_size_text_in_workshop_mode(
        sample_window: MainWindow, workshop: WorkshopMode, qtbot: QtBot) -> None:
    window = sample_window
    card_id = list(window.view.journey_scene().layout.cards)[0]
    _click(window, qtbot, card_id)
    assert workshop.panel is not None
    qtbot.mouseClick(workshop.panel.bar.results, Qt.MouseButton.LeftButton)
    results = workshop.voting.results
    assert results is not None
    qtbot.waitExposed(results)

    desktop = ResultsDialog(workshop.voting.journey())
    qtbot.addWidget(desktop)
    assert window.document is not None
    journey = window.document.journey(window.view.journey_scene().journey_id)
    title = next(c.title for c in journey.cards if c.id == card_id)
    shown = [[d.table.topLevelItem(i).text(1) for i in range(d.table.topLevelItemCount())]
             for d in (results, desktop)]
    assert shown == [[title], [title]]
    assert results.table.font().pointSizeF() >= PROJECTOR_POINTS
    assert results.table.font().pointSizeF() > 1.5 * desktop.table.font().pointSizeF()
    row = results.table.visualItemRect(results.table.topLevelItem(0)).height()
    desktop.show()
    qtbot.waitExposed(desktop)
    assert row > 1.5 * desktop.table.visualItemRect(desktop.table.topLevelItem(0)).height()
    results.close()
