"""The touchpoint library: search, Enter or drag onto a cell makes a preset card."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_editor.canvas.dragdrop import entry_mime
from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.editor.document import Document
from journey_editor.fileformat import library_file
from journey_editor.model import catalog
from journey_editor.ui.library import LibraryPanel
from tests.factories import small_workspace


def _leaf_names(panel: LibraryPanel) -> list[str]:
    tree = panel.tree
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


def test_catalog_has_the_methods_21_touchpoints_by_phase() -> None:
    by_phase = {p: [e.name for e in catalog.builtin_entries() if e.phase == p]
                for p in ("before", "during", "after")}
    assert {"Social media", "Word of mouth", "PR"} <= set(by_phase["before"])
    assert {"Point of sale", "Phone line", "Catalog"} <= set(by_phase["during"])
    assert {"Billing", "Thank-you card", "Follow-up"} <= set(by_phase["after"])
    assert sum(len(v) for v in by_phase.values()) >= 21


def test_search_filters_the_list(qtbot: QtBot, tmp_path: Path) -> None:
    panel = LibraryPanel(tmp_path)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.search, "e-mails")
    assert sorted(_leaf_names(panel)) == ["Marketing e-mails", "Transactional e-mails"]


def test_user_entries_are_kept_in_the_user_folder(qtbot: QtBot, tmp_path: Path) -> None:
    panel = LibraryPanel(tmp_path)
    qtbot.addWidget(panel)
    panel.add_entry(catalog.Entry("Chat bot", "during"))
    again = LibraryPanel(tmp_path)
    qtbot.addWidget(again)
    assert "Chat bot" in _leaf_names(again)
    assert (tmp_path / library_file.USER_FILE).exists()


def test_enter_on_an_entry_adds_a_card_in_its_phase(qtbot: QtBot, tmp_path: Path) -> None:
    document = Document(small_workspace())
    scene = JourneyScene(document, "j1")
    panel = LibraryPanel(tmp_path)
    qtbot.addWidget(panel)
    panel.entryActivated.connect(lambda entry: scene.add_entry(entry, None))
    qtbot.keyClicks(panel.search, "Billing")
    group = panel.tree.topLevelItem(0)
    panel.tree.setCurrentItem(group.child(0))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    card = document.journey("j1").cards[-1]
    assert (card.title, card.stage, card.lane, card.channel) == ("Billing", "after", "web", "Post")


def test_dropping_an_entry_on_a_cell_adds_the_card_there(qtbot: QtBot) -> None:
    document = Document(small_workspace())
    view = JourneyView()
    view.set_journey_scene(JourneyScene(document, "j1"))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(400, 250)
    cell = view.journey_scene().layout.cells[("during", "goals")]
    at = QPointF(view.mapFromScene(QPointF(cell.x + 20, cell.y + cell.h - 8)))
    data = entry_mime(catalog.Entry("Store", "during", "Store"))
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(at, action, data, buttons, mods),
                  QDragMoveEvent(at, action, data, buttons, mods),
                  QDropEvent(at, action, data, buttons, mods)):
        QApplication.sendEvent(view.viewport(), event)
    card = document.journey("j1").cards[-1]
    assert (card.title, card.stage, card.lane) == ("Store", "during", "goals")
    assert document.undo_stack.undoText() == "Add card 'Store'"
