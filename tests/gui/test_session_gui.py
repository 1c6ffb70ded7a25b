"""Two windows in one process joined in a live session through a real websocket: the
host shares its map from the File menu, the other joins by typing the address and
code it shows, and an edit in either appears in the other's map."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor.commands import make_edit, make_move_cards
from journey_editor.editor.document import Document
from journey_editor.model.types import new_workspace
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.session_menu import JoinDialog, SessionMenu
from tests.factories import small_workspace

Pair = tuple[MainWindow, SessionMenu, MainWindow, SessionMenu]


def _window(qtbot: QtBot, document: Document) -> tuple[MainWindow, SessionMenu]:
    window = MainWindow(document)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    session = SessionMenu(window)  # what MainWindow._build_menus is to do
    session.install(file_menu, window.actions["quit"])
    window.show()
    return window, session


def _card_title(window: MainWindow, card_id: str) -> str:
    scene = window.view.scene()
    return " ".join(scene.cards[card_id].box.title.lines)


@pytest.fixture
def pair(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    host, host_session = _window(qtbot, Document(small_workspace()))
    guest, guest_session = _window(qtbot, Document(new_workspace("Mine")))
    assert host_session.host(bind="127.0.0.1")
    info = host_session.info
    assert info is not None and info.isVisible()

    def type_into_join_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, JoinDialog)
        qtbot.keyClicks(dialog.address, info.address.text())  # as read off the projector
        qtbot.keyClicks(dialog.code, info.code.text().lower())
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, type_into_join_dialog)
    guest_session.join_action.trigger()
    qtbot.waitUntil(lambda: bool(guest.document and guest.document.workspace.journeys),
                    timeout=10_000)
    yield host, host_session, guest, guest_session
    guest_session.end()
    host_session.end()


def test_an_edit_in_one_window_appears_in_the_others_map(qtbot: QtBot, pair: Pair) -> None:
    host, _, guest, _ = pair
    assert _card_title(guest, "a") == "Ad"  # the joined window shows the host's map
    assert host.document is not None and guest.document is not None
    host.document.push(make_edit(host.document, "j1", "card", "a", {"title": "Banner"}))
    qtbot.waitUntil(lambda: _card_title(guest, "a") == "Banner", timeout=5000)
    guest.document.push(make_move_cards(guest.document, "j1", [("c", "before", "goals")]))
    qtbot.waitUntil(lambda: host.view.scene().cards["c"].box.stage == "before", timeout=5000)
    # Each keeps its own undo: the guest's stack has its move, not the host's rename.
    assert guest.document.undo_stack.count() == 1 and host.document.undo_stack.count() == 1
    assert host.document.modified  # the host's file has the guest's move to save


def test_ending_the_session_leaves_both_maps_open(qtbot: QtBot, pair: Pair) -> None:
    host, host_session, guest, guest_session = pair
    host_session.end()
    qtbot.waitUntil(lambda: guest_session.link is None, timeout=5000)
    assert guest.document is not None and guest.document.workspace.journeys[0].id == "j1"
    assert guest_session.join_action.isEnabled() and host_session.host_action.isEnabled()


def test_the_host_sees_who_is_on_which_card(qtbot: QtBot, pair: Pair) -> None:
    host, host_session, guest, guest_session = pair
    guest_session.name = "Ann"
    item = guest.view.scene().cards["b"]
    point = guest.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(guest.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert item.isSelected()
    qtbot.waitUntil(lambda: "Ann on 'Checkout'" in host_session.status.text(), timeout=5000)
    assert "Ann" in host_session.status.text()
