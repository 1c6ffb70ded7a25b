"""Pictures attached the ways a facilitator does it: the Inspector's "Attach Picture…"
and Remove buttons, a file dropped on a card, a picture pasted onto the selected card;
each one undo step, a refused picture saying why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from journey_editor.canvas.dragdrop import drop_picture
from journey_editor.editor.document import Document
from journey_editor.editor.picture_import import picture_from_bytes
from journey_editor.fileformat.reader import read_workspace
from journey_editor.fileformat.writer import save_workspace
from journey_editor.layout.geometry import fit
from journey_editor.model.types import Card
from journey_editor.ui import clipboard
from journey_editor.ui.inspector import Inspector
from journey_editor.ui.main_window import MainWindow
from tests.factories import small_workspace
from tests.picture_samples import hostile, photo, plain

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, doc: Document) -> MainWindow:
    """The window on `doc`, shown; closing it never blocks on a question."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Discard)
    window = MainWindow(doc)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.docks["inspector"].show()
    return window


@pytest.fixture
def window(qtbot: QtBot, doc: Document, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    return _window(qtbot, monkeypatch, doc)


def _card(doc: Document, card_id: str) -> Card:
    card = doc.find("j1", "card", card_id)
    assert isinstance(card, Card)
    return card


def _show_card(window: MainWindow, card_id: str) -> Inspector:
    window.view.journey_scene().select_cards([card_id])
    inspector = window.panels.inspector
    assert inspector.shown_item() == ("j1", "card", card_id)
    return inspector


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def _attach(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, path: Path,
            data: bytes, card_id: str) -> Inspector:
    """Writes `data` to `path`, shows the card and clicks "Attach Picture…", the file
    dialog answering with `path`."""
    path.write_bytes(data)
    _choose(monkeypatch, path)
    inspector = _show_card(window, card_id)
    qtbot.mouseClick(_button(inspector, "attach_picture"), LEFT)
    return inspector


def _button(inspector: Inspector, name: str) -> QPushButton:
    button = inspector.findChild(QPushButton, name)
    assert isinstance(button, QPushButton)
    return button


def _preview(inspector: Inspector) -> QLabel:
    label = inspector.field_widget("picture")
    assert isinstance(label, QLabel)
    return label


def test_attach_picture_shows_it_large_and_undo_takes_it_off(
        window: MainWindow, doc: Document, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shelf.jpg").write_bytes(photo(1200, 800))
    _choose(monkeypatch, tmp_path / "shelf.jpg")
    inspector = _show_card(window, "b")
    remove = _button(inspector, "remove_picture")
    assert not remove.isEnabled()
    qtbot.mouseClick(_button(inspector, "attach_picture"), LEFT)
    assert _card(doc, "b").picture is not None
    pixmap = _preview(inspector).pixmap()
    assert pixmap.width() >= 250 and pixmap.height() >= 160  # large, in its proportions
    assert _preview(inspector).isVisible()
    qtbot.waitUntil(lambda: _preview(inspector).height() >= pixmap.height())  # not cut off
    assert remove.isEnabled()
    doc.undo_stack.undo()
    assert _card(doc, "b").picture is None
    assert _preview(inspector).pixmap().isNull() and not remove.isEnabled()


def test_remove_takes_the_picture_off_in_one_undoable_step(
        window: MainWindow, doc: Document, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    inspector = _attach(window, qtbot, monkeypatch, tmp_path / "shelf.jpg", photo(600, 400), "a")
    key = _card(doc, "a").picture
    qtbot.mouseClick(_button(inspector, "remove_picture"), LEFT)
    assert _card(doc, "a").picture is None and doc.workspace.images is not None
    doc.undo_stack.undo()
    assert _card(doc, "a").picture == key
    assert not _preview(inspector).pixmap().isNull()


@pytest.mark.parametrize("name", ["bomb.png", "cut.jpg", "slides.png"])
def test_a_hostile_file_is_refused_under_the_field(
        window: MainWindow, doc: Document, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    data, words = hostile()[name]
    inspector = _attach(window, qtbot, monkeypatch, tmp_path / name, data, "a")
    error = inspector.field_error("picture")
    assert error is not None and name in error and words in error
    assert _card(doc, "a").picture is None and doc.undo_stack.count() == 0


def test_an_attached_picture_shows_on_the_card_at_once(
        window: MainWindow, doc: Document, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _attach(window, qtbot, monkeypatch, tmp_path / "shelf.jpg", photo(600, 400), "a")
    assert window.view.journey_scene().cards["a"].box.picture is not None


class _Drop:
    """The part of a QGraphicsSceneDragDropEvent a drop handler reads (PySide cannot set
    one's mime data): what the scene passes to `drop_picture` once it is wired."""

    def __init__(self, mime: QMimeData, pos: QPointF) -> None:
        self.mime, self.pos, self.accepted = mime, pos, False

    def mimeData(self) -> QMimeData:  # noqa: N802
        return self.mime

    def scenePos(self) -> QPointF:  # noqa: N802
        return self.pos

    def acceptProposedAction(self) -> None:  # noqa: N802
        self.accepted = True


def _drop(window: MainWindow, card_id: str, mime: QMimeData) -> None:
    scene = window.view.journey_scene()
    event = _Drop(mime, QPointF(*scene.layout.cards[card_id].rect.center))
    assert drop_picture(scene, event)  # type: ignore[arg-type]


def _drop_on_view(window: MainWindow, card_id: str, mime: QMimeData) -> None:
    """A drag entering the map, moving over the card and dropping there, as Qt sends it."""
    view = window.view
    center = QPointF(*view.journey_scene().layout.cards[card_id].rect.center)
    view.centerOn(center)
    pos = view.mapFromScene(center)
    copy, none = Qt.DropAction.CopyAction, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, copy, mime, LEFT, none))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, copy, mime, LEFT, none))
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(pos), copy, mime, LEFT, none))


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_a_file_dropped_on_a_card_becomes_its_picture(
        window: MainWindow, doc: Document, tmp_path: Path) -> None:
    (tmp_path / "form.png").write_bytes(photo(500, 300, "PNG"))
    _drop(window, "c", _file_mime(tmp_path / "form.png"))
    assert _card(doc, "c").picture is not None
    assert window.view.journey_scene().selected_card_ids() == ["c"]
    doc.undo_stack.undo()
    assert _card(doc, "c").picture is None


@pytest.mark.filterwarnings("ignore:Function.*QDrag:DeprecationWarning")
def test_a_file_dragged_onto_a_card_on_the_map_becomes_its_picture(
        window: MainWindow, doc: Document, tmp_path: Path) -> None:
    (tmp_path / "form.png").write_bytes(photo(500, 300, "PNG"))
    _drop_on_view(window, "c", _file_mime(tmp_path / "form.png"))
    assert _card(doc, "c").picture is not None


def test_a_hostile_file_dropped_on_a_card_changes_nothing(
        window: MainWindow, doc: Document, tmp_path: Path) -> None:
    data, _ = hostile()["bomb.png"]
    (tmp_path / "bomb.png").write_bytes(data)
    _drop(window, "c", _file_mime(tmp_path / "bomb.png"))
    assert _card(doc, "c").picture is None and doc.undo_stack.count() == 0


def test_a_pasted_image_goes_onto_the_one_selected_card(doc: Document, qtbot: QtBot) -> None:
    mime = QMimeData()
    mime.setImageData(QImage.fromData(photo(640, 480)))
    assert clipboard.paste_picture(doc, "j1", ["a", "b"], mime) == (
        "Select one card to paste the picture onto it")
    assert clipboard.paste_picture(doc, "j1", ["b"], mime) == "Picture attached to the card"
    assert _card(doc, "b").picture is not None
    text_only = QMimeData()
    text_only.setText("just words")
    assert clipboard.paste_picture(doc, "j1", ["b"], text_only) is None


def test_cards_copied_with_their_picture_paste_into_another_map(
        doc: Document, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setImageData(QPixmap.fromImage(QImage.fromData(photo(640, 480))).toImage())
    clipboard.paste_picture(doc, "j1", ["b"], mime)
    copied = clipboard.from_mime(clipboard.to_mime([_card(doc, "b")], []))
    assert copied is not None and copied.cards[0].picture == _card(doc, "b").picture
    other = Document(read_workspace(_saved_without_pictures(tmp_path)))
    pasted = copied.cards[0]
    pasted.id = "pasted"
    other.journey("j1").cards.append(pasted)
    save_workspace(other.workspace, tmp_path / "other.journey")
    assert list(read_workspace(tmp_path / "other.journey").images) == [pasted.picture]


def test_a_card_on_the_clipboard_without_its_picture_data_pastes_without_it() -> None:
    card = Card(id="x", stage="before", lane="web", title="Forged", picture="ab" * 32)
    content = clipboard.from_mime(clipboard.to_mime([card], []))
    assert content is not None and content.cards[0].picture is None


def _saved_without_pictures(tmp_path: Path) -> Path:
    save_workspace(small_workspace(), tmp_path / "other.journey")
    return tmp_path / "other.journey"


def test_a_map_opened_with_a_picture_shows_it_on_its_card(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace = small_workspace()
    key, image = picture_from_bytes(plain("#e010c0", 300, 200, "PNG"), "magenta.png")
    workspace.images = {key: image}
    workspace.journeys[0].cards[1].picture = key  # card b
    save_workspace(workspace, tmp_path / "map.journey")
    window = _window(qtbot, monkeypatch, Document(read_workspace(tmp_path / "map.journey")))
    view = window.view
    band = view.journey_scene().cards["b"].box.picture
    assert band is not None
    spot = QPointF(*fit(band.rect, image.width, image.height).center)
    view.centerOn(spot)
    shown = view.viewport().grab().toImage().pixelColor(view.mapFromScene(spot))
    assert (shown.red(), shown.green(), shown.blue()) == (0xe0, 0x10, 0xc0)
