"""The canvas driven like a facilitator drives it: real mouse and keyboard events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import msgspec
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_editor.canvas.drag_overlay import DragOverlay
from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace
from journey_editor.model.types import clone
from journey_editor.render.text import register_fonts
from tests.factories import small_workspace


@pytest.fixture
def view(qtbot: QtBot) -> JourneyView:
    register_fonts()
    document = Document(small_workspace())
    view = JourneyView()
    view.set_journey_scene(JourneyScene(document, "j1"))
    view.resize(1300, 800)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(400, 250)
    return view


def _point(view: JourneyView, x: float, y: float) -> QPoint:
    return view.mapFromScene(QPointF(x, y))


def _cell_center(view: JourneyView, stage: str, lane: str) -> QPoint:
    rect = view.journey_scene().layout.cells[(stage, lane)]
    return _point(view, rect.x + rect.w / 2, rect.y + rect.h - 10)


def _card_center(view: JourneyView, card_id: str) -> QPoint:
    rect = view.journey_scene().layout.cards[card_id].rect
    return _point(view, rect.x + rect.w / 2 - 20, rect.y + rect.h / 2)


def _drag(view: JourneyView, start: QPoint, end: QPoint,
          before_release: Callable[[], None] | None = None) -> None:
    """Press, move in steps with the button held, release: as a hand does it."""
    viewport = view.viewport()
    left = Qt.MouseButton.LeftButton
    def send(kind: QMouseEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, QPointF(at), QPointF(viewport.mapToGlobal(at)), left,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    send(QMouseEvent.Type.MouseButtonPress, start, left)
    for i in range(1, 11):
        at = start + (end - start) * (i / 10)
        send(QMouseEvent.Type.MouseMove, at, left)
    if before_release is not None:
        before_release()
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_double_click_empty_cell_and_type_adds_a_card(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_cell_center(view, "during", "goals"))
    assert view.editor is not None
    qtbot.keyClicks(view.viewport(), "Compare prices")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    added = [c for c in doc.journey("j1").cards if c.title == "Compare prices"]
    assert len(added) == 1 and (added[0].stage, added[0].lane) == ("during", "goals")
    assert doc.undo_stack.undoText() == "Add card 'Compare prices'"
    assert added[0].id in view.journey_scene().cards  # drawn on the canvas


def test_escape_cancels_the_new_card(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    before = len(doc.journey("j1").cards)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_cell_center(view, "during", "goals"))
    qtbot.keyClicks(view.viewport(), "Oops")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert len(doc.journey("j1").cards) == before and doc.undo_stack.count() == 0


def test_double_click_card_edits_its_title_in_place(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_center(view, "a"))
    qtbot.keyClicks(view.viewport(), "Radio ad")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert doc.find("j1", "card", "a").title == "Radio ad"


def test_drag_card_to_another_cell(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    _drag(view, _card_center(view, "g"), _cell_center(view, "after", "goals"))
    card = doc.find("j1", "card", "g")
    assert (card.stage, card.lane) == ("after", "goals")
    assert doc.undo_stack.undoText() == "Move card 'Find a gift'"
    box = view.journey_scene().layout.cards["g"]
    assert view.journey_scene().cards["g"].pos() == QPointF(0, 0)  # snapped into the cell
    assert view.journey_scene().layout.cells[("after", "goals")].contains(box.rect.x, box.rect.y)


def test_drag_within_the_same_cell_changes_nothing(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    start = _card_center(view, "g")
    _drag(view, start, start + QPoint(15, 5))
    assert doc.undo_stack.count() == 0
    assert view.journey_scene().cards["g"].pos() == QPointF(0, 0)


def test_drag_from_the_handle_connects_two_cards(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    handle = view.journey_scene().cards["g"].handle_center()
    _drag(view, _point(view, handle.x(), handle.y()), _card_center(view, "b"))
    links = [(c.source, c.target) for c in doc.journey("j1").connections]
    assert ("g", "b") in links
    assert len(view.journey_scene().connections) == 3


def test_the_title_editor_sits_on_the_title_on_white(view: JourneyView, qtbot: QtBot) -> None:
    scene = view.journey_scene()
    title = scene.layout.cards["b"].title
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_center(view, "b"))
    assert view.editor is not None
    # The text stays where the card drew it (no jump on Enter)...
    text_origin = view.editor.mapToScene(view.editor.document().documentMargin(),
                                         view.editor.document().documentMargin())
    assert (text_origin.x(), text_origin.y()) == pytest.approx((title.x, title.y), abs=0.5)
    # ...on a white box whatever the scene painted before it.
    after_text = _point(view, title.x + title.width - 4, title.y + title.line_height / 2)
    assert view.viewport().grab().toImage().pixelColor(after_text).name() == "#ffffff"


def test_double_click_stage_header_renames_it(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    rect = view.journey_scene().layout.stage_headers[1].rect
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_point(view, rect.x + 20, rect.y + 10))
    qtbot.keyClicks(view.viewport(), "Checkout")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert doc.find("j1", "stage", "during").name == "Checkout"
    assert view.journey_scene().layout.stage_headers[1].text.lines == ("Checkout",)


def test_a_click_on_an_empty_cell_puts_the_keyboard_there(view: JourneyView,
                                                          qtbot: QtBot) -> None:
    scene = view.journey_scene()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=_cell_center(view, "during", "goals"))
    assert scene.highlight.isVisible()  # the keyboard cursor shows where the click was
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert scene.selected_card_ids() == ["b"]  # the card below the clicked cell


def test_stage_and_lane_names_stay_in_sight_when_scrolled_away(view: JourneyView,
                                                               qtbot: QtBot) -> None:
    def strips() -> tuple[bool, bool]:
        """Whether a dark header strip runs along the top, and along the left edge."""
        image = view.viewport().grab().toImage()
        port = view.viewport().rect()
        top = image.pixelColor(port.width() // 2, 2)
        left = image.pixelColor(2, port.height() // 2)
        return top.lightness() < 110, left.lightness() < 110

    view.fit()
    assert strips() == (False, False)  # the real headers show
    view.set_zoom(4.0)
    layout = view.journey_scene().layout
    view.centerOn(layout.width - 50, layout.height - 50)  # the far corner: no header in view
    assert strips() == (True, True)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - 25)
    assert strips() == (True, True)  # repainted in place as the map scrolls
    # A click on a strip picks nothing hidden under it.
    scene = view.journey_scene()
    card = scene.layout.cards["b"].rect
    # Scrolled so that the card's left end lies under the lane strip, 10 px from the edge.
    view.centerOn(card.x + 3 + (view.viewport().width() / 2 - 10) / view.zoom(),
                  card.y + card.h / 2)
    under_strip = _point(view, card.x + 3, card.y + card.h / 2)
    assert under_strip.x() < 22 and scene.card_at(view.mapToScene(under_strip)) is not None
    scene.select_cards(["b"])  # a card picked before: off screen, it must not stay picked
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=under_strip)
    assert scene.selected_card_ids() == []
    lane = view.journey_scene().document.find(scene.journey_id, "card", "b").lane
    # The lane named there is picked, as a spreadsheet's frozen header is.
    assert [i for i, h in scene.lane_headers.items() if h.isSelected()] == [lane]


def test_a_lane_strip_covers_what_is_left_of_the_lane_names(view: JourneyView) -> None:
    """Scrolled a little, no cut-off lane name ("edia") shows beside the strip."""
    view.set_zoom(2.0)
    scene = view.journey_scene()
    margin = -scene.sceneRect().left() * 2.0  # the blank edge left of the lane headers
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum() + int(margin) + 30)
    style = scene.map_style
    end = view.mapFromScene(QPointF(style.lane_header_width, style.stage_header_height))
    assert end.x() > 100  # most of the real lane header column is still in sight
    image = view.viewport().grab().toImage()
    for lane, (y, h) in scene.layout.rows.items():
        at = view.mapFromScene(QPointF(0, y + h / 2))
        if 0 < at.y() < view.viewport().height():
            shade = image.pixelColor(end.x() - 3, at.y())
            assert shade.lightness() < 110, lane  # the strip, not a lane header's text


def test_keyboard_only_add_move_and_walk(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    scene = view.journey_scene()
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Tab)  # first card in reading order
    assert scene.selected_card_ids() == ["g"]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)  # goals/during: empty cell
    assert scene.selected_card_ids() == [] and view.cursor_cell == ("during", "goals")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.keyClicks(view.viewport(), "Wish list")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    new = next(c for c in doc.journey("j1").cards if c.title == "Wish list")
    assert scene.selected_card_ids() == [new.id]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert doc.find("j1", "card", new.id).stage == "after"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    assert scene.selected_card_ids() == ["c"]  # the card below, in the website lane


def test_a_whole_session_undoes_to_the_original_and_redoes(view: JourneyView, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    scene = view.journey_scene()
    doc = scene.document
    original = clone(doc.workspace)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_cell_center(view, "during", "goals"))
    qtbot.keyClicks(view.viewport(), "New idea")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    new_id = scene.selected_card_ids()[0]
    _drag(view, _card_center(view, new_id), _cell_center(view, "after", "goals"))
    handle = scene.cards["a"].handle_center()
    _drag(view, _point(view, handle.x(), handle.y()), _card_center(view, "c"))
    rect = scene.layout.stage_headers[0].rect
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=_point(view, rect.x + 20, rect.y + 10))
    qtbot.keyClicks(view.viewport(), "Inspire")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    scene.select_cards(["b"])
    from journey_editor.editor import commands
    doc.push(commands.make_remove_cards(doc, "j1", scene.selected_card_ids()))
    assert doc.undo_stack.count() == 5
    edited = clone(doc.workspace)
    for _ in range(5):
        doc.undo_stack.undo()
    assert doc.workspace == original
    assert set(scene.cards) == {c.id for c in original.journeys[0].cards}
    for _ in range(5):
        doc.undo_stack.redo()
    assert doc.workspace == edited
    doc.save(tmp_path / "session.journey")
    assert read_workspace(tmp_path / "session.journey") == edited
    assert not doc.modified


def test_drag_a_stage_header_to_reorder(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    layout = view.journey_scene().layout
    first = layout.stage_headers[0].rect
    last = layout.stage_headers[2].rect
    _drag(view, _point(view, first.x + 30, first.y + 20), _point(view, last.x + 60, last.y + 20))
    assert [s.id for s in doc.journey("j1").stages] == ["during", "after", "before"]
    assert doc.undo_stack.undoText() == "Move stage 'Before'"


def test_drag_a_stage_edge_to_resize(view: JourneyView, qtbot: QtBot) -> None:
    doc = view.journey_scene().document
    rect = view.journey_scene().layout.stage_headers[0].rect
    _drag(view, _point(view, rect.right - 1, rect.y + 20),
          _point(view, rect.right + 199, rect.y + 20))
    assert doc.find("j1", "stage", "before").width == pytest.approx(rect.w + 200, abs=2)
    assert view.journey_scene().layout.columns["before"][1] == pytest.approx(rect.w + 200, abs=2)


def test_a_lane_cannot_be_squeezed_below_its_name(view: JourneyView, qtbot: QtBot) -> None:
    from journey_editor.editor import commands

    scene = view.journey_scene()
    doc = scene.document
    doc.push(commands.make_edit(doc, "j1", "lane", "goals",
                                {"name": "What the customer wants to get done first"}))
    header = next(h for h in scene.layout.lane_headers if h.id == "goals")
    assert len(header.text.lines) == 3
    rect = header.rect
    _drag(view, _point(view, rect.x + 40, rect.bottom - 1), _point(view, rect.x + 40, rect.y + 5))
    header = next(h for h in scene.layout.lane_headers if h.id == "goals")
    assert header.subtitle is not None
    name_and_kind_bottom = header.subtitle.y + header.subtitle.line_height
    assert doc.find("j1", "lane", "goals").height == pytest.approx(header.rect.h)
    assert name_and_kind_bottom <= header.rect.bottom


def test_rubber_band_and_shift_click_select_several_cards(view: JourneyView, qtbot: QtBot) -> None:
    scene = view.journey_scene()
    cards = scene.layout.cards
    top_left = _point(view, cards["a"].rect.x - 5, cards["a"].rect.y - 5)
    bottom_right = _point(view, cards["b"].rect.right + 5, cards["b"].rect.bottom + 5)
    empty = _point(view, scene.layout.cells[("after", "feel")].x + 5,
                   scene.layout.cells[("after", "feel")].y + 5)
    _drag(view, top_left, bottom_right)  # starts on an empty part of the grid
    assert set(scene.selected_card_ids()) == {"a", "b"}
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert scene.selected_card_ids() == []
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_center(view, "a"))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, _card_center(view, "c"))
    assert scene.selected_card_ids() == ["a", "c"]


def test_far_zoom_draws_overview_and_cards_still_select(view: JourneyView, qtbot: QtBot) -> None:
    scene = view.journey_scene()
    view.set_zoom(0.2)
    assert not scene.detailed and all(tile.isVisible() for tile in scene.far.tiles.values())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_card_center(view, "b"))
    assert scene.selected_card_ids() == ["b"]
    view.set_zoom(1.0)
    assert scene.detailed and not any(tile.isVisible() for tile in scene.far.tiles.values())


def _select_many(view: JourneyView) -> list[str]:
    """More cards than drag one by one, stacked in before/goals, selected; zoomed out."""
    from journey_editor.canvas.interactions import GHOST_DRAG_FROM
    from journey_editor.editor import commands
    from journey_editor.model.types import Card

    scene = view.journey_scene()
    doc = scene.document
    new = [Card(id=f"n{i}", stage="before", lane="goals", title=f"Note {i}")
           for i in range(GHOST_DRAG_FROM + 5)]
    doc.push(commands.make_paste_cards(doc, "j1", new, []))
    scene.select_cards(c.id for c in new)
    view.set_zoom(0.4)
    view.centerOn(scene.cards["n0"])
    return [c.id for c in new]


def _overlays(view: JourneyView) -> list[DragOverlay]:
    return [w for w in view.viewport().findChildren(DragOverlay) if w.isVisible()]


def test_dragging_a_large_selection_moves_all_of_it(view: JourneyView, qtbot: QtBot) -> None:
    ids = _select_many(view)
    scene = view.journey_scene()
    doc = scene.document
    target = _cell_center(view, "during", "goals")  # near the cell's bottom
    cell = scene.layout.cells[("during", "goals")]
    cell_corner = _point(view, cell.x + 8, cell.y + 8)  # in the cell, above the outline

    def blue_over_red(image: QImage, at: QPoint) -> int:
        color = image.pixelColor(at)
        return color.blue() - color.red()

    before = view.viewport().grab().toImage()
    during: list[tuple[QImage, bool]] = []
    _drag(view, _card_center(view, "n0"), target, lambda: during.append(
        (view.viewport().grab().toImage(), view.rubberBandRect().isNull())))
    # While dragging, the cards' outline follows the pointer and the drop cell is tinted;
    # no rubber band is drawn behind the drag.
    picture, no_rubber_band = during[0]
    for at in (target, cell_corner):
        assert blue_over_red(picture, at) > blue_over_red(before, at) + 20
    assert no_rubber_band
    assert not _overlays(view)
    moved = [c for c in doc.journey("j1").cards if c.id.startswith("n")]
    assert {(c.stage, c.lane) for c in moved} == {("during", "goals")}
    assert doc.undo_stack.undoText() == f"Move {len(ids)} cards"
    assert len(scene.selected_card_ids()) == len(ids)


def test_a_large_drag_shows_the_map_as_it_is_after_a_zoom(view: JourneyView,
                                                          qtbot: QtBot) -> None:
    _select_many(view)
    checked: list[bool] = []

    def zoom_then_compare() -> None:
        view.set_zoom(0.5)  # Ctrl+wheel while dragging
        at = _cell_center(view, "during", "web")
        event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(at),
                            QPointF(view.viewport().mapToGlobal(at)), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)
        overlay = _overlays(view)[0]
        overlay.hide()
        live = view.viewport().grab().toImage()
        overlay.show()
        checked.append(overlay.picture.toImage() == live)

    _drag(view, _card_center(view, "n0"), _cell_center(view, "during", "goals"),
          zoom_then_compare)
    assert checked == [True]


@pytest.mark.parametrize("interrupt", ["escape", "right_button", "other_journey"])
def test_an_interrupted_large_drag_leaves_the_map_as_it_was(
        view: JourneyView, qtbot: QtBot, interrupt: str) -> None:
    _select_many(view)
    scene = view.journey_scene()
    doc = scene.document
    before = msgspec.json.encode(doc.workspace)
    undo_steps = doc.undo_stack.count()

    def interrupt_drag() -> None:
        assert _overlays(view)
        if interrupt == "escape":
            qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
        elif interrupt == "right_button":
            qtbot.mousePress(view.viewport(), Qt.MouseButton.RightButton,
                             pos=_cell_center(view, "after", "web"))
            # QTest remembers pressed buttons across tests: let go, as a hand does.
            qtbot.mouseRelease(view.viewport(), Qt.MouseButton.RightButton,
                               pos=_cell_center(view, "after", "web"))
        else:
            view.set_journey_scene(JourneyScene(doc, "j1"))

    _drag(view, _card_center(view, "n0"), _cell_center(view, "during", "goals"),
          interrupt_drag)
    assert not _overlays(view)
    assert msgspec.json.encode(doc.workspace) == before
    assert doc.undo_stack.count() == undo_steps


def test_validation_filter_dims_validated_cards(view: JourneyView, qtbot: QtBot) -> None:
    from journey_editor.editor import commands

    scene = view.journey_scene()
    doc = scene.document
    doc.push(commands.make_edit(doc, "j1", "card", "a", {"status": "validated"}))
    scene.set_unvalidated_only(True)
    assert scene.cards["a"].dimmed and not scene.cards["b"].dimmed
    doc.push(commands.make_edit(doc, "j1", "card", "b", {"status": "validated"}))
    assert scene.cards["b"].dimmed  # follows edits while the filter is on
    scene.set_unvalidated_only(False)
    assert not any(item.dimmed for item in scene.cards.values())
