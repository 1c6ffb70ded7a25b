"""The Personas and Journeys docks driven like a user; every edit undoes to the original."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journey_editor.editor import picture_commands
from journey_editor.editor import workspace_commands as wc
from journey_editor.editor.document import Document
from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.fileformat.integrity import first_problem
from journey_editor.model.images import images_of
from journey_editor.model.types import MAX_PICTURE_BYTES, MAX_PICTURE_SIDE, clone
from journey_editor.ui.journeys import JourneysPanel
from journey_editor.ui.personas import PersonasPanel

LEFT = Qt.MouseButton.LeftButton


def _highlighted(panel: JourneysPanel | PersonasPanel) -> str | None:
    """The id of the row the user sees highlighted in the panel's list."""
    item = panel.list.currentItem()
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def _photo_message(panel: PersonasPanel) -> str | None:
    """The message in red under the photo, None when none shows."""
    return None if panel.photo_message.isHidden() else panel.photo_message.text()


@pytest.fixture
def personas(qtbot: QtBot, doc: Document) -> PersonasPanel:
    panel = PersonasPanel(doc)
    qtbot.addWidget(panel)
    panel.resize(360, 800)
    panel.show()
    return panel


@pytest.fixture
def journeys(qtbot: QtBot, doc: Document) -> JourneysPanel:
    panel = JourneysPanel(doc)
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    return panel


def _click(qtbot: QtBot, panel: PersonasPanel | JourneysPanel, button: str) -> None:
    widget = panel.buttons[button]
    assert widget.isEnabled(), f"{button} is disabled"
    qtbot.mouseClick(widget, LEFT)


def _undo_all(doc: Document) -> None:
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()


def _type(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _texts(panel: PersonasPanel | JourneysPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def _image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, 0 if fmt == "PNG" else -1)
    return bytes(buffer.data().data())


def _noise_png(side: int = 2000) -> bytes:
    """Random pixels: a PNG far over the photo cap (about 12 MB at 2000 x 2000)."""
    image = QImage(os.urandom(side * side * 3), side, side, side * 3, QImage.Format.Format_RGB888)
    return _image_bytes(image)


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


# --- personas -------------------------------------------------------------------------------

def test_add_type_reorder_delete_personas_and_undo_to_the_original(
        qtbot: QtBot, doc: Document, personas: PersonasPanel) -> None:
    original = clone(doc.workspace)
    _click(qtbot, personas, "add")
    new_id = _highlighted(personas)
    assert [p.id for p in doc.workspace.personas] == ["p1", new_id]
    name = personas.fields["name"].input
    assert isinstance(name, QLineEdit) and name.hasFocus() and name.selectedText() == "New persona"
    qtbot.keyClicks(name, "Bo")
    segment = personas.fields["segment"].input
    assert isinstance(segment, QLineEdit)
    _type(qtbot, segment, "Business buyer")
    assert doc.workspace.persona(new_id).name == "Bo"
    assert doc.undo_stack.count() == 3  # add, then one step per field typed in
    assert _texts(personas) == ["Ann\nGift buyer", "Bo\nBusiness buyer"]
    _click(qtbot, personas, "up")
    assert [p.name for p in doc.workspace.personas] == ["Bo", "Ann"]
    assert _highlighted(personas) == new_id and personas.list.currentRow() == 0
    assert not personas.buttons["up"].isEnabled()
    _click(qtbot, personas, "delete")
    assert [p.name for p in doc.workspace.personas] == ["Ann"]
    assert _highlighted(personas) == "p1"
    _undo_all(doc)
    assert doc.workspace == original
    assert _texts(personas) == ["Ann\nGift buyer"]


def test_typing_keeps_the_cursor_and_merges_one_visit_into_one_step(
        qtbot: QtBot, doc: Document, personas: PersonasPanel) -> None:
    quote = personas.fields["quote"].input
    assert isinstance(quote, QPlainTextEdit)
    quote.setFocus()
    cursor = quote.textCursor()
    cursor.setPosition(5)  # "Quick| please"
    quote.setTextCursor(cursor)
    qtbot.keyClicks(quote, "ly")
    assert doc.workspace.persona("p1").quote == "Quickly, please"
    assert quote.textCursor().position() == 7
    assert doc.undo_stack.count() == 1
    goals = personas.fields["goals"].input
    _type(qtbot, goals, "Done in 5 minutes")  # another field: another undo step
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.workspace.persona("p1").quote == "Quick, please"
    assert quote.toPlainText() == "Quick, please"


def test_too_long_a_name_is_refused_with_a_message(
        qtbot: QtBot, doc: Document, personas: PersonasPanel) -> None:
    name = personas.fields["name"].input
    assert isinstance(name, QLineEdit)
    name.setMaxLength(10_000)
    name.setFocus()
    name.setText("")
    name.textEdited.emit("x" * 600)
    assert personas.fields["name"].has_error
    assert doc.workspace.persona("p1").name == "Ann" and doc.undo_stack.count() == 0


def test_deleting_a_persona_clears_it_from_journeys_and_undo_restores_it(
        qtbot: QtBot, doc: Document, personas: PersonasPanel, journeys: JourneysPanel) -> None:
    original = clone(doc.workspace)
    assert journeys.summary_name.text() == "Ann"
    assert journeys.summary_quote.text() == "“Quick, please”"
    _click(qtbot, personas, "delete")
    assert doc.workspace.personas == [] and doc.journey("j1").persona is None
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Delete persona 'Ann'"
    assert journeys.summary_name.text() == "No persona"
    assert _highlighted(personas) is None and not personas.editor.isEnabled()
    assert not personas.buttons["delete"].isEnabled()
    doc.undo_stack.undo()
    assert doc.workspace == original
    assert journeys.summary_name.text() == "Ann" and _highlighted(personas) == "p1"


def test_a_large_photo_is_scaled_under_the_cap_and_survives_save_and_load(
        qtbot: QtBot, doc: Document, personas: PersonasPanel, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(_noise_png())
    assert big.stat().st_size > MAX_PICTURE_BYTES
    original = clone(doc.workspace)
    _choose_file(monkeypatch, big)
    qtbot.mouseClick(personas.choose_photo_button, LEFT)
    persona = doc.workspace.persona("p1")
    assert persona.picture is not None
    stored = images_of(doc.workspace)[persona.picture]
    assert len(stored.data) <= MAX_PICTURE_BYTES and stored.type in ("image/png", "image/jpeg")
    image = QImage.fromData(stored.data)
    assert (image.width(), image.height()) == (stored.width, stored.height)
    assert max(stored.width, stored.height) <= MAX_PICTURE_SIDE
    assert _photo_message(personas) is None and personas.remove_photo_button.isEnabled()
    path = tmp_path / "map.journey"
    save_workspace(doc.workspace, path)
    assert read_workspace(path) == doc.workspace
    doc.undo_stack.undo()
    assert doc.workspace == original


def test_a_transparent_picture_stays_png_and_is_not_enlarged() -> None:
    image = QImage(120, 60, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    photo, kind = wc.prepare_photo(_image_bytes(image), MAX_PICTURE_BYTES, MAX_PICTURE_SIDE)
    assert kind == "image/png" and photo.startswith(b"\x89PNG")
    assert QImage.fromData(photo).size().toTuple() == (120, 60)


def test_a_file_that_is_not_an_image_gives_a_message_and_no_command(
        qtbot: QtBot, doc: Document, personas: PersonasPanel, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not a picture at all")
    original = clone(doc.workspace)
    _choose_file(monkeypatch, notes)
    qtbot.mouseClick(personas.choose_photo_button, LEFT)
    assert _photo_message(personas) == "'notes.png' is not a PNG or JPEG picture"
    assert doc.undo_stack.count() == 0 and doc.workspace == original
    with pytest.raises(wc.PhotoError):
        wc.prepare_photo(b"", MAX_PICTURE_BYTES, MAX_PICTURE_SIDE)


def test_a_photo_still_too_large_after_scaling_is_refused_clearly() -> None:
    with pytest.raises(wc.PhotoError, match=r"still larger than 1 KB"):
        wc.prepare_photo(_noise_png(400), 100, MAX_PICTURE_SIDE)


def test_a_cancelled_dialog_changes_nothing_and_remove_photo_undoes(
        qtbot: QtBot, doc: Document, personas: PersonasPanel, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    qtbot.mouseClick(personas.choose_photo_button, LEFT)
    assert doc.undo_stack.count() == 0 and not personas.remove_photo_button.isEnabled()
    square = QImage(40, 40, QImage.Format.Format_RGB32)
    square.fill(Qt.GlobalColor.darkCyan)
    (tmp_path / "ann.png").write_bytes(_image_bytes(square))
    _choose_file(monkeypatch, tmp_path / "ann.png")
    qtbot.mouseClick(personas.choose_photo_button, LEFT)
    original = clone(doc.workspace)
    qtbot.mouseClick(personas.remove_photo_button, LEFT)
    assert doc.workspace.persona("p1").picture is None and images_of(doc.workspace) == {}
    assert not personas.remove_photo_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.workspace == original


# --- journeys -------------------------------------------------------------------------------

def test_add_duplicate_rename_reorder_delete_journeys_and_undo_to_the_original(
        qtbot: QtBot, doc: Document, journeys: JourneysPanel) -> None:
    original = clone(doc.workspace)
    activated: list[str] = []
    journeys.journeyActivated.connect(activated.append)
    _click(qtbot, journeys, "add")
    blank = doc.workspace.journeys[1]
    assert activated == [blank.id] and _highlighted(journeys) == blank.id
    assert [s.phase for s in blank.stages] == ["before", "during", "after"]
    assert [lane.preset for lane in blank.lanes] == [
        "goals", "touchpoints", "emotion", "pain_points", "ideas", "teams"]
    assert blank.cards == [] and blank.name == "New journey"
    journeys.list.setCurrentRow(0)
    _click(qtbot, journeys, "duplicate")
    copy = doc.workspace.journeys[1]
    assert copy.name == "Buying a gift (copy)" and activated[-1] == copy.id
    assert not {c.id for c in copy.cards} & {c.id for c in doc.journey("j1").cards}
    _rename(qtbot, journeys, 1, "Gift hunt")
    assert doc.journey(copy.id).name == "Gift hunt"
    assert doc.undo_stack.undoText() == "Rename journey 'Buying a gift (copy)' to 'Gift hunt'"
    _click(qtbot, journeys, "down")
    assert _texts(journeys) == ["Buying a gift", "New journey", "Gift hunt"]
    assert journeys.list.currentRow() == 2 and not journeys.buttons["down"].isEnabled()
    _click(qtbot, journeys, "delete")
    assert _texts(journeys) == ["Buying a gift", "New journey"]
    assert activated[-1] == blank.id  # the neighbour takes the deleted journey's place
    _undo_all(doc)
    assert doc.workspace == original
    assert _texts(journeys) == ["Buying a gift"] and activated[-1] == "j1"


def _rename(qtbot: QtBot, panel: JourneysPanel, row: int, name: str) -> None:
    """Double-click opens the name in place; typing and Enter commit it."""
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(panel.list.viewport(), LEFT, pos=rect.center())
    editor = panel.list.viewport().findChild(QLineEdit)
    assert editor is not None, "double-click did not open the name for editing"
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.list.state() != panel.list.State.EditingState)  # commits queued


def test_a_blank_name_is_refused_and_the_old_name_shows_again(
        qtbot: QtBot, doc: Document, journeys: JourneysPanel) -> None:
    journeys.list.item(0).setText("   ")
    assert doc.journey("j1").name == "Buying a gift" and doc.undo_stack.count() == 0
    assert _texts(journeys) == ["Buying a gift"]


def test_create_future_state_links_the_copy_and_keeps_card_ids(
        qtbot: QtBot, doc: Document, journeys: JourneysPanel) -> None:
    original = clone(doc.workspace)
    _click(qtbot, journeys, "future_state")
    future = doc.workspace.journeys[1]
    assert (future.state, future.based_on, future.name) == (
        "future", "j1", "Buying a gift (future state)")
    assert [c.id for c in future.cards] == [c.id for c in doc.journey("j1").cards]
    assert future.persona == "p1" and _highlighted(journeys) == future.id
    assert not journeys.buttons["future_state"].isEnabled()  # a future state of a future state
    assert wc.make_create_future_state(doc, future.id) is None
    journeys.list.setCurrentRow(0)
    _click(qtbot, journeys, "delete")  # the source goes: the link goes with it, in one step
    assert doc.journey(future.id).based_on is None
    doc.undo_stack.undo()
    assert doc.journey(future.id).based_on == "j1"
    _undo_all(doc)
    assert doc.workspace == original


def test_the_last_journey_cannot_be_deleted(
        qtbot: QtBot, doc: Document, journeys: JourneysPanel) -> None:
    assert not journeys.buttons["delete"].isEnabled()
    assert wc.make_delete_journey(doc, "j1") is None
    journeys.delete_journey()
    assert len(doc.workspace.journeys) == 1 and doc.undo_stack.count() == 0


def test_set_current_emits_nothing_and_undoing_an_add_activates_a_neighbour(
        qtbot: QtBot, doc: Document, journeys: JourneysPanel) -> None:
    _click(qtbot, journeys, "add")
    added = _highlighted(journeys)
    activated: list[str] = []
    journeys.journeyActivated.connect(activated.append)
    journeys.set_current("j1")
    assert activated == [] and journeys.list.currentRow() == 0
    journeys.set_current(added or "")
    doc.undo_stack.undo()
    assert activated == ["j1"] and _highlighted(journeys) == "j1"


def test_the_list_shows_state_and_persona(qtbot: QtBot, doc: Document,
                                          journeys: JourneysPanel) -> None:
    from journey_editor.ui.journeys import DETAIL_ROLE

    _click(qtbot, journeys, "future_state")
    details = [journeys.list.item(r).data(DETAIL_ROLE) for r in range(journeys.list.count())]
    assert details == ["Current state · Ann", "Future state · Ann"]
    assert journeys.list.item(1).toolTip() == "Future state of 'Buying a gift'"


def test_workspace_commands_refuse_what_cannot_be_done(doc: Document) -> None:
    assert wc.make_delete_persona(doc, "nobody") is None
    assert wc.make_reorder_persona(doc, "p1", 3) is None
    assert wc.make_duplicate_journey(doc, "nothing") is None
    assert wc.make_rename_journey(doc, "j1", "Buying a gift") is None
    assert wc.make_reorder_journey(doc, "j1", 0) is None
    assert wc.make_add_persona(doc, index=5) is None
    assert picture_commands.make_remove_persona_picture(doc, "nobody") is None
    assert picture_commands.make_remove_persona_picture(doc, "p1") is None  # has none
    assert wc.make_add_journey(doc, language="xx") is not None  # falls back to English


def test_the_journeys_model_imports_no_qt() -> None:
    code = ("import sys, journey_editor.model.journeys; "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_names_of_copies_stay_distinct(doc: Document) -> None:
    for _ in range(2):
        doc.push(wc.make_duplicate_journey(doc, "j1"))
    assert [j.name for j in doc.workspace.journeys] == [
        "Buying a gift", "Buying a gift (copy) 2", "Buying a gift (copy)"]
    doc.push(wc.make_add_persona(doc))
    doc.push(wc.make_add_persona(doc))
    assert [p.name for p in doc.workspace.personas] == ["Ann", "New persona", "New persona 2"]


def test_the_stack_walks_all_workspace_commands_in_one_jump(doc: Document) -> None:
    """QUndoStack.setIndex undoes many commands in one go (an exception there crashes)."""
    original = clone(doc.workspace)
    builders = [
        lambda: wc.make_add_persona(doc),
        lambda: wc.make_create_future_state(doc, "j1"),
        lambda: wc.make_duplicate_journey(doc, doc.workspace.journeys[1].id),
        lambda: wc.make_reorder_journey(doc, "j1", 2),
        lambda: wc.make_delete_persona(doc, "p1"),
        lambda: wc.make_delete_journey(doc, "j1"),
        lambda: wc.make_add_journey(doc, "Support call"),
        lambda: wc.make_rename_journey(doc, doc.workspace.journeys[0].id, "Renamed"),
        lambda: wc.make_reorder_persona(doc, doc.workspace.personas[0].id, 0),
    ]
    for build in builders:
        command = build()
        if command is not None:
            doc.push(command)
    final = clone(doc.workspace)
    assert doc.undo_stack.count() == 8  # the last reorder is a no-op and was refused
    doc.undo_stack.setIndex(0)
    assert doc.workspace == original
    doc.undo_stack.setIndex(doc.undo_stack.count())
    assert doc.workspace == final
    assert [j.persona for j in final.journeys] == [None, None, None]
    assert first_problem(final) is None
