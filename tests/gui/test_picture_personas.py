"""A persona's photo brought the ways a card's picture is: chosen, dropped on the photo,
pasted; a hostile file refused before decoding, with its name and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.ui.personas import PersonasPanel
from tests.picture_samples import hostile, photo

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def personas(qtbot: QtBot, doc: Document) -> PersonasPanel:
    qtbot.addWidget(panel := PersonasPanel(doc))
    panel.show()
    return panel


def _message(panel: PersonasPanel) -> str | None:
    return None if panel.photo_message.isHidden() else panel.photo_message.text()


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
    persona = doc.workspace.persona("p1")
    assert persona.photo_type == "image/jpeg" and _message(personas) is None
    assert QImage.fromData(persona.photo).height() == 256  # scaled to the photo's cap
    doc.undo_stack.undo()
    assert doc.workspace.persona("p1").photo_type == "image/png"  # the factory's photo


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
    assert QImage.fromData(doc.workspace.persona("p1").photo).width() == 256
