"""A model step that fails inside an undo command is contained: no crash, the model as it
was before the failing command, the failure reported (docs/ARCHITECTURE.md: known traps)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from journey_editor.editor import commands as cmd
from journey_editor.editor.document import Document
from journey_editor.model.edits import Edit, Insert, Remove
from journey_editor.model.types import Card, clone
from tests.factories import small_workspace


def _doc() -> tuple[Document, list[str]]:
    doc = Document(small_workspace())
    failures: list[str] = []
    doc.commandFailed.connect(failures.append)
    return doc, failures


def _card(card_id: str) -> Card:
    return Card(id=card_id, stage="during", lane="goals", title=card_id.upper())


def test_a_failing_step_on_push_is_rolled_back_and_the_command_dropped(qapp: object) -> None:
    doc, failures = _doc()
    doc.push(cmd.make_add_card(doc, "j1", _card("n1")))
    before = clone(doc.workspace)
    # Its first step applies, its second refers to a card that does not exist.
    doc.push(cmd.DeleteCommand(doc, "Broken", [Remove("j1", "card", "a"),
                                               Remove("j1", "card", "missing")]))
    assert doc.workspace == before
    assert doc.exists("j1", "card", "a")
    assert len(failures) == 1 and "'Broken' could not be done" in failures[0]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Add card 'N1'"
    doc.undo_stack.undo()  # the history still works
    assert not doc.exists("j1", "card", "n1")


def test_a_failing_undo_while_the_stack_walks_keeps_the_model_consistent(
        qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, failures = _doc()
    doc.push(cmd.make_add_card(doc, "j1", _card("n1")))
    doc.push(cmd.make_edit(doc, "j1", "card", "n1", {"title": "Renamed"}))
    doc.push(cmd.make_add_card(doc, "j1", _card("n3")))
    before = clone(doc.workspace)
    monkeypatch.setattr(Edit, "revert", lambda self, workspace: 1 / 0)
    doc.undo_stack.setIndex(0)  # undoes n3, fails on the edit, must not touch the first add
    assert len(failures) == 1 and "could not be undone" in failures[0]
    assert "ZeroDivisionError" in failures[0]
    expected = clone(before)
    expected.journey("j1").cards = [c for c in expected.journey("j1").cards if c.id != "n3"]
    assert doc.workspace == expected  # as it was before the failing command's undo
    assert doc.find("j1", "card", "n1").title == "Renamed"
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 0)  # the history no longer matched
    assert doc.modified and not doc.halted
    monkeypatch.undo()
    doc.push(cmd.make_add_card(doc, "j1", _card("n4")))  # editing goes on
    doc.undo_stack.undo()
    assert doc.workspace == expected


def test_a_failing_redo_while_walking_forward_is_rolled_back(
        qapp: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, failures = _doc()
    doc.push(cmd.make_add_card(doc, "j1", _card("n1")))
    doc.push(cmd.make_paste_cards(doc, "j1", [_card("n2"), _card("n3")], []))
    doc.undo_stack.setIndex(0)
    before = clone(doc.workspace)
    original = Insert.apply

    def fail_on_n3(self: Insert, workspace: object) -> object:
        if self.item.id == "n3":
            raise KeyError("n3")
        return original(self, workspace)  # type: ignore[arg-type]

    monkeypatch.setattr(Insert, "apply", fail_on_n3)
    doc.undo_stack.setIndex(2)
    assert len(failures) == 1 and "could not be done" in failures[0]
    expected = clone(before)
    expected.journey("j1").cards.append(_card("n1"))
    assert doc.workspace == expected  # n1 added, the paste (n2, n3) taken back whole
    qtbot.waitUntil(lambda: doc.undo_stack.count() == 0)


def test_the_window_shows_the_failure(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from journey_editor.ui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window = MainWindow(Document(small_workspace()))
    qtbot.addWidget(window)
    doc = window.document
    assert doc is not None
    before = clone(doc.workspace)
    doc.push(cmd.DeleteCommand(doc, "Broken", [Remove("j1", "card", "a"),
                                               Remove("j1", "card", "missing")]))
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "'Broken' could not be done" in shown[0]
    assert doc.workspace == before and "a" in window.view.journey_scene().cards
