"""Live-session GUI test helpers: Journey Editor windows in one process, a host and
participants joined through real websockets by the File menu, as people would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.model.types import new_workspace
from journey_editor.ui.main_window import MainWindow
from journey_editor.ui.session_join import JoinDialog
from journey_editor.ui.session_menu import HostInfo, SessionMenu
from tests.factories import small_workspace

Pair = tuple[MainWindow, SessionMenu, MainWindow, SessionMenu]


def window(qtbot: QtBot, document: Document) -> tuple[MainWindow, SessionMenu]:
    main = MainWindow(document)
    qtbot.addWidget(main)
    main.show()
    return main, main.session


def card_title(main: MainWindow, card_id: str) -> str:
    return " ".join(main.view.scene().cards[card_id].box.title.lines)


def join_by_menu(qtbot: QtBot, guest: MainWindow, info: HostInfo, code: str | None = None,
                 name: str = "") -> None:
    """Chooses File > Join Session and types what the host's window shows."""
    def type_into_join_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, JoinDialog)
        qtbot.keyClicks(dialog.address, info.address.text())  # as read off the projector
        qtbot.keyClicks(dialog.code, info.code.text().lower() if code is None else code)
        if name:
            dialog.name.clear()
            qtbot.keyClicks(dialog.name, name)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, type_into_join_dialog)
    guest.session.join_action.trigger()


def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answer themselves; returns the list their texts are kept in."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    return shown


@contextmanager
def joined_pair(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                guest_name: str = "") -> Iterator[Pair]:
    """The host's window sharing the small map, and a guest's that joined it."""
    quiet_dialogs(monkeypatch)
    host, host_session = window(qtbot, Document(small_workspace()))
    guest, guest_session = window(qtbot, Document(new_workspace("Mine")))
    assert host_session.host(bind="127.0.0.1")
    info = host_session.info
    assert info is not None and info.isVisible()
    join_by_menu(qtbot, guest, info, name=guest_name)
    qtbot.waitUntil(lambda: bool(guest.document and guest.document.workspace.journeys),
                    timeout=10_000)
    try:
        yield host, host_session, guest, guest_session
    finally:
        guest_session.end()
        host_session.end()
