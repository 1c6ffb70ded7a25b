"""The Conflicts dock: a merged map's conflicts listed, each resolved with one click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.merge import merge
from journey_editor.model.types import Workspace, clone
from journey_editor.ui.conflicts_panel import ConflictsPanel
from tests.factories import small_workspace


def _merged() -> Workspace:
    """Two conflicts: card a's title, and card g deleted by ours but renamed by theirs."""
    base = small_workspace()
    ours, theirs = clone(base), clone(base)
    ours.journeys[0].cards[0].title = "Banner"
    theirs.journeys[0].cards[0].title = "Poster"
    ours.journeys[0].cards.pop(3)
    theirs.journeys[0].cards[3].title = "Find a present"
    return merge(base, ours, theirs, "main", "workshop").workspace


@pytest.fixture
def panel(qtbot: QtBot) -> ConflictsPanel:
    panel = ConflictsPanel(Document(_merged()))
    qtbot.addWidget(panel)
    panel.resize(360, 420)
    panel.show()
    return panel


def _titles(panel: ConflictsPanel) -> dict[str, str]:
    return {c.id: c.title for c in panel.document.workspace.journeys[0].cards}


def test_each_conflict_shows_both_sides_by_their_branch_names(panel: ConflictsPanel) -> None:
    assert len(panel.buttons) == 2
    assert [b.text() for b in panel.buttons[0].values()] == ["Keep main", "Keep workshop"]
    texts = [label.text() for label in panel.body.findChildren(type(panel.summary))]
    assert "Card 'Banner': title" in texts
    assert "main: Banner" in texts and "workshop: Poster" in texts
    assert "main: (deleted)" in texts and "workshop: Find a present" in texts
    assert "2 conflicts" in panel.summary.text()


def test_a_click_keeps_that_side_and_undo_brings_the_conflict_back(
        qtbot: QtBot, panel: ConflictsPanel) -> None:
    qtbot.mouseClick(panel.buttons[0]["theirs"], Qt.MouseButton.LeftButton)
    assert _titles(panel)["a"] == "Poster"
    assert len(panel.buttons) == 1
    qtbot.mouseClick(panel.buttons[0]["ours"], Qt.MouseButton.LeftButton)  # delete card g
    assert "g" not in _titles(panel)
    assert conflicts_of(panel.document.workspace) == []
    assert panel.buttons == [] and "No merge conflicts" in panel.summary.text()
    panel.document.undo_stack.undo()
    assert _titles(panel)["g"] == "Find a present" and len(panel.buttons) == 1
    panel.document.undo_stack.undo()
    assert _titles(panel)["a"] == "Banner" and len(panel.buttons) == 2


def test_the_conflicts_tab_shows_only_while_the_map_has_conflicts(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from journey_editor.editor import edit_facade
    from journey_editor.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "question",  # closing after the edits never asks
                        lambda *args: QMessageBox.StandardButton.Discard)

    def tab_shown(window: MainWindow) -> bool:
        return window.rails.tabs["conflicts"].isVisible()

    plain = MainWindow(Document(small_workspace()))
    qtbot.addWidget(plain)
    plain.show()
    plain.finish_start()
    assert not tab_shown(plain) and plain.rails.tabs["inspector"].isVisible()
    merged = MainWindow(Document(_merged()))
    qtbot.addWidget(merged)
    merged.show()
    merged.finish_start()
    assert tab_shown(merged)
    document = merged.document
    assert document is not None
    for _ in range(2):
        edit_facade.resolve_conflict(document, 0, "ours")
    assert not tab_shown(merged)  # the last one resolved: the tab goes
    document.undo_stack.undo()
    assert tab_shown(merged)  # and comes back with the conflict
