"""A persona's photo brought the ways a card's picture is: chosen, dropped on the photo,
pasted; a hostile file refused before decoding, with its name and the problem; stored as
a card's picture is, once in the map's images section."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor import picture_commands
from journey_editor.editor.document import Document
from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model.images import images_of
from journey_editor.model.types import MAX_PICTURE_SIDE, Image, Persona, Workspace
from journey_editor.ui.personas import PersonasPanel
from tests.factories import PHOTO_KEY, small_workspace, with_persona_photo
from tests.picture_samples import hostile, photo

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def doc() -> Document:
    """The small map, its persona with a photo."""
    return Document(with_persona_photo(small_workspace()))


@pytest.fixture
def personas(qtbot: QtBot, doc: Document) -> PersonasPanel:
    qtbot.addWidget(panel := PersonasPanel(doc))
    panel.show()
    return panel


def _message(panel: PersonasPanel) -> str | None:
    return None if panel.photo_message.isHidden() else panel.photo_message.text()


def _photo(workspace: Workspace, persona: Persona) -> Image:
    assert persona.picture is not None
    return images_of(workspace)[persona.picture]


def _drop(panel: PersonasPanel, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    label, copy, none = panel.photo_label, Qt.DropAction.CopyAction, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), copy, mime, LEFT, none)
    QApplication.sendEvent(label, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(label, QDropEvent(QPointF(10, 10), copy, mime, LEFT, none))


@pytest.mark.filterwarnings("ignore:Function.*QDrag:DeprecationWarning")
def test_a_photo_dropped_on_the_persona_becomes_its_photo(
        personas: PersonasPanel, doc: Document, tmp_path: Path) -> None:
    (tmp_path / "anna.jpg").write_bytes(photo(900, 1200))
    _drop(personas, tmp_path / "anna.jpg")
    stored = _photo(doc.workspace, doc.workspace.persona("p1"))
    assert stored.type == "image/jpeg" and _message(personas) is None
    assert QImage.fromData(stored.data).height() == MAX_PICTURE_SIDE  # a card picture's cap
    assert PHOTO_KEY not in images_of(doc.workspace)  # the old photo left with its persona
    doc.undo_stack.undo()
    assert doc.workspace.persona("p1").picture == PHOTO_KEY  # the factory's photo
    assert PHOTO_KEY in images_of(doc.workspace)


@pytest.mark.filterwarnings("ignore:Function.*QDrag:DeprecationWarning")
@pytest.mark.parametrize("name", ["bomb.png", "cut.jpg", "noise.png"])
def test_a_hostile_file_dropped_on_the_persona_is_refused(
        personas: PersonasPanel, doc: Document, tmp_path: Path, name: str) -> None:
    data, words = hostile()[name]
    (tmp_path / name).write_bytes(data)
    _drop(personas, tmp_path / name)
    message = _message(personas)
    assert message is not None and name in message and words in message
    assert doc.undo_stack.count() == 0


def test_a_chosen_file_cut_short_is_refused(qtbot: QtBot, personas: PersonasPanel,
                                            doc: Document, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data, _ = hostile()["cut.jpg"]
    (tmp_path / "cut.jpg").write_bytes(data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "cut.jpg"), "")))
    qtbot.mouseClick(personas.choose_photo_button, LEFT)
    assert "cut short" in (_message(personas) or "") and doc.undo_stack.count() == 0


def test_paste_photo_takes_the_picture_on_the_clipboard(
        qtbot: QtBot, personas: PersonasPanel, doc: Document) -> None:
    QGuiApplication.clipboard().setImage(QImage.fromData(photo(300, 300)))
    qtbot.mouseClick(personas.paste_photo_button, LEFT)
    assert doc.undo_stack.count() == 1 and _message(personas) is None
    stored = _photo(doc.workspace, doc.workspace.persona("p1"))
    assert QImage.fromData(stored.data).width() == 300  # never enlarged


def test_a_photo_a_card_also_shows_stays_in_the_file_when_the_card_loses_it(
        qtbot: QtBot, personas: PersonasPanel, doc: Document, tmp_path: Path) -> None:
    """One picture, two users: taking it off the card keeps it for the persona, and
    the saved file (version 2) holds it once, named by the persona's key."""
    (tmp_path / "anna.jpg").write_bytes(photo(600, 400))
    assert personas.set_photo_from_file(tmp_path / "anna.jpg")
    key = doc.workspace.persona("p1").picture
    assert key is not None
    picture_commands.attach_picture(doc, "j1", "a", key, images_of(doc.workspace)[key])
    picture_commands.remove_picture(doc, "j1", "a")
    assert key in images_of(doc.workspace)
    opened = parse_workspace(encode_workspace(doc.workspace), "map.journey")
    assert opened.version == 2 and list(images_of(opened)) == [key]
    assert opened.persona("p1").picture == key
    qtbot.mouseClick(personas.remove_photo_button, LEFT)
    assert images_of(doc.workspace) == {}  # its last user gone: out of the section
    assert doc.undo_stack.undoText() == "Remove photo of persona 'Ann'"
    doc.undo_stack.undo()
    assert doc.workspace.persona("p1").picture == key and key in images_of(doc.workspace)
