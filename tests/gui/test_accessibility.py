"""What a screen reader gets from the map, read through QAccessible as it reads it: the
selected card announced by the view, cards, stages and lanes as accessible children with
names, roles, places and states; and an emotion that does not rest on colour alone."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import msgspec
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QColor,
    QImage,
    QPainter,
)
from pytestqt.qtbot import QtBot

from journey_editor.editor import edit_facade
from journey_editor.layout.contrast import AAA_TEXT, contrast
from journey_editor.layout.engine import lay_out
from journey_editor.layout.style import HIGH_CONTRAST_STYLE, Style
from journey_editor.model.types import Card, Journey
from journey_editor.render.painting import paint_card
from journey_editor.ui import map_accessibility
from journey_editor.ui.main_window import MainWindow
from tests.factories import small_journey
from tests.gui.conftest import open_sample

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def journey_of(window: MainWindow) -> Journey:
    scene = window.view.journey_scene()
    return scene.document.journey(scene.journey_id)


def card_of(window: MainWindow, card_id: str) -> Card:
    return next(c for c in journey_of(window).cards if c.id == card_id)


def children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [iface.child(i) for i in range(iface.childCount())]


def tab_to_card_with_emotion(qtbot: QtBot, window: MainWindow) -> str:
    """Tabs through the map (the keyboard's way) to a card that has an emotion."""
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    for _ in range(80):
        qtbot.keyClick(window.view, Qt.Key.Key_Tab)
        (card_id,) = window.view.journey_scene().selected_card_ids()
        if card_of(window, card_id).emotion:
            return card_id
    raise AssertionError("no card with an emotion on the sample map")


def test_the_view_announces_the_selected_card(sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    card_id = tab_to_card_with_emotion(qtbot, window)
    card, journey = card_of(window, card_id), journey_of(window)
    view = QAccessible.queryAccessibleInterface(window.view)
    name = view.text(NAME)
    lane = next(la.name for la in journey.lanes if la.id == card.lane)
    stage = next(st.name for st in journey.stages if st.id == card.stage)
    assert name.startswith(f"Card: {card.title}, lane {lane}, stage {stage}, emotion ")
    assert f"{card.emotion:+d} " in name  # the score, then its word ("+2 pleased")
    assert "status Draft" in name or f"status {card.status.title()}" in name
    assert "Alt+Return" in view.text(DESCRIPTION) and "F6" in view.text(DESCRIPTION)
    # The next card replaces it; with nothing selected the map names its journey.
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert view.text(NAME) != name and view.text(NAME).startswith("Card: ")
    window.view.journey_scene().clearSelection()
    assert view.text(NAME) == f"Journey map: {journey.name}"


def test_an_edit_in_the_inspector_is_heard_on_the_map(sample_window: MainWindow,
                                                      qtbot: QtBot) -> None:
    window = sample_window
    card_id = tab_to_card_with_emotion(qtbot, window)
    scene = window.view.journey_scene()
    edit_facade.edit(scene.document, scene.journey_id, "card", card_id,
                     {"emotion": -3, "status": "validated"})
    name = QAccessible.queryAccessibleInterface(window.view).text(NAME)
    assert "emotion -3 angry" in name and "status Validated" in name


def test_cards_stages_and_lanes_are_accessible_children(sample_window: MainWindow,
                                                      qtbot: QtBot) -> None:
    window = sample_window
    card_id = tab_to_card_with_emotion(qtbot, window)
    journey = journey_of(window)
    view = QAccessible.queryAccessibleInterface(window.view)
    kids = children(view)
    by_role: dict[QAccessible.Role, list[QAccessibleInterface]] = {}
    for kid in kids:
        by_role.setdefault(kid.role(), []).append(kid)
    stages = [k.text(NAME) for k in by_role[QAccessible.Role.ColumnHeader]]
    lanes = [k.text(NAME) for k in by_role[QAccessible.Role.RowHeader]]
    n_stages, n_lanes = len(journey.stages), len(journey.lanes)
    assert stages == [f"Stage {i + 1} of {n_stages}: {st.name}"
                      for i, st in enumerate(journey.stages)]
    assert lanes == [f"Lane {i + 1} of {n_lanes}: {la.name}" for i, la in enumerate(journey.lanes)]
    cards = by_role[QAccessible.Role.ListItem]
    assert len(cards) == len(journey.cards)
    # The selected card: named as the view names it, selected, focused, where it is drawn.
    (selected,) = [c for c in cards if c.state().selected]
    assert selected.text(NAME) == view.text(NAME)
    assert selected.state().focused and view.focusChild() is selected
    item = window.view.journey_scene().cards[card_id]
    centre = window.view.viewport().mapToGlobal(
        window.view.mapFromScene(item.sceneBoundingRect().center()))
    assert selected.rect().contains(centre)
    assert view.childAt(centre.x(), centre.y()) is selected
    assert selected.parent() is view and kids[view.indexOfChild(selected)] is selected
    # The view's own widgets (viewport, scroll bars) are still its first children.
    assert kids[0].object() is window.view.viewport()


def test_a_focus_event_names_the_card_the_keyboard_reached(
        sample_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = sample_window
    tab_to_card_with_emotion(qtbot, window)
    sent: list[tuple[QAccessible.Event, str]] = []

    def record(event: QAccessibleEvent) -> None:
        sent.append((event.type(), event.accessibleInterface().text(NAME)))

    monkeypatch.setattr(map_accessibility.QAccessible, "isActive", lambda: True)
    monkeypatch.setattr(map_accessibility.QAccessible, "updateAccessibility", record)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    (card_id,) = window.view.journey_scene().selected_card_ids()
    assert sent and sent[-1][0] == QAccessible.Event.Focus
    assert sent[-1][1].startswith(f"Card: {card_of(window, card_id).title},")


def test_a_deleted_card_leaves_the_tree(sample_window: MainWindow, qtbot: QtBot) -> None:
    window = sample_window
    card_id = tab_to_card_with_emotion(qtbot, window)
    view = QAccessible.queryAccessibleInterface(window.view)
    before = view.childCount()
    (gone,) = [c for c in children(view) if c.state().selected]
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert card_id not in window.view.journey_scene().cards
    assert view.childCount() == before - 1
    assert all(c.text(NAME) != gone.text(NAME) or c.role() != QAccessible.Role.ListItem
               for c in children(view))


def test_a_closed_window_with_item_interfaces_exits_cleanly() -> None:
    """Python interfaces Qt still listed at exit, or after their view went, crashed the
    interpreter (a segmentation fault) before MapAccess released them."""
    script = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QAccessible
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from journey_editor.app import create_window
        for _ in range(2):
            window = create_window()
            window.show()
            app.processEvents()
            view = QAccessible.queryAccessibleInterface(window.view)
            names = [view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())]
            assert any(n.startswith("Card: ") for n in names), names
            window.view.journey_scene().select_cards(list(window.view.journey_scene().cards)[:1])
        window.close()
        window.deleteLater()
        app.processEvents()
        print("done")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("done")


# --- emotion beyond colour ---------------------------------------------------------------

def _card_pixels(emotion: int, style: Style) -> QImage:
    journey = small_journey()
    cards = [msgspec.structs.replace(c, emotion=emotion) if c.id == "b" else c
             for c in journey.cards]
    box = lay_out(msgspec.structs.replace(journey, cards=cards), style).cards["b"]
    image = QImage(int(box.rect.right) + 4, int(box.rect.bottom) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_card(painter, box, style)
    painter.end()
    footer = box.footer
    assert footer is not None
    return image.copy(QRect(int(footer.x), int(footer.y), 40, int(footer.h) + 1))


def test_an_emotion_shows_without_its_colour() -> None:
    """With one ink for every emotion, +2, -2 and 0 still look different (the face's mouth
    and the signed score): colour is never the only cue."""
    same = Style(positive="#555555", negative="#555555", neutral="#555555")
    faces = [_card_pixels(value, same) for value in (2, -2, 0)]
    assert faces[0] != faces[1] and faces[0] != faces[2] and faces[1] != faces[2]


# --- high contrast -------------------------------------------------------------------------

def test_high_contrast_redraws_the_map_and_is_remembered(sample_window: MainWindow,
                                                         qtbot: QtBot) -> None:
    window = sample_window
    card_id = tab_to_card_with_emotion(qtbot, window)
    zoom = window.view.zoom()
    normal = window.view.journey_scene().layout.cards[card_id].fill
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    entry = next(a for a in view_menu.actions() if a.text() == "High &Contrast")
    entry.trigger()
    scene = window.view.journey_scene()
    assert scene.map_style == HIGH_CONTRAST_STYLE
    fill = scene.layout.cards[card_id].fill
    assert fill != normal and contrast("#000000", fill) >= AAA_TEXT
    assert scene.selected_card_ids() == [card_id] and window.view.zoom() == pytest.approx(zoom)
    # The next window starts in high contrast; switching off gives the usual colours.
    second = open_sample(qtbot)
    assert second.view.journey_scene().map_style == HIGH_CONTRAST_STYLE
    second.actions["high_contrast"].trigger()
    assert second.view.journey_scene().layout.cards[card_id].fill == normal
