"""Joining from File > Join Session: a session hosted on the network is listed (zeroconf)
and joined by picking it and typing the code; a refused code opens the dialog again
with the address kept, and the right code then joins."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey_editor.editor.document import Document
from journey_editor.model.types import new_workspace
from journey_editor.session import auth
from journey_editor.ui import session_join
from journey_editor.ui.session_join import JoinDialog
from tests.factories import small_workspace
from tests.session_support import loopback_multicast
from tests.session_windows import join_by_menu, quiet_dialogs, window

REASON = loopback_multicast()


def _dialog() -> JoinDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, JoinDialog)
    return dialog


@pytest.mark.skipif(REASON is not None, reason=f"discovery not testable here: {REASON}")
def test_a_session_on_the_network_is_listed_and_joined_by_picking_it(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    quiet_dialogs(monkeypatch)
    monkeypatch.setattr(session_join, "BROWSE_ON", ["127.0.0.1"])
    workspace = small_workspace()
    workspace.title = "Onboarding"
    host, host_session = window(qtbot, Document(workspace))
    guest, guest_session = window(qtbot, Document(new_workspace("Mine")))
    host_session.name = "Facilitator"
    assert host_session.host(bind="127.0.0.1") and host_session.info is not None
    code = host_session.info.code.text()
    listed: list[str] = []

    def pick_from_the_list() -> None:
        dialog = _dialog()
        qtbot.waitUntil(lambda: "Facilitator" in dialog.found.item(0).text(), timeout=10_000)
        item = dialog.found.item(0)
        listed.append(item.text())
        rect = dialog.found.visualItemRect(item)
        qtbot.mouseClick(dialog.found.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.keyClicks(dialog.code, code)  # the code still has to be typed
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, pick_from_the_list)
    try:
        guest_session.join_action.trigger()
        qtbot.waitUntil(lambda: bool(guest.document and guest.document.workspace.journeys),
                        timeout=10_000)
        assert listed and "Onboarding" in listed[0] and "Facilitator" in listed[0]
        address = host_session.info.address.text()
        assert address in listed[0]
        assert auth.normalized(code) not in auth.normalized(listed[0])
    finally:
        guest_session.end()
        host_session.end()


def test_a_refused_code_asks_again_and_the_right_one_joins(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    quiet_dialogs(monkeypatch)
    host, host_session = window(qtbot, Document(small_workspace()))
    guest, guest_session = window(qtbot, Document(new_workspace("Mine")))
    assert host_session.host(bind="127.0.0.1") and host_session.info is not None
    info = host_session.info
    asked_again: list[tuple[str, str]] = []

    def type_the_right_code() -> None:
        dialog = _dialog()
        asked_again.append((dialog.address.text(), dialog.note.text()))
        qtbot.keyClicks(dialog.code, info.code.text())
        dialog.buttons.accepted.emit()

    def when_asked_again() -> None:
        if isinstance(QApplication.activeModalWidget(), JoinDialog):
            type_the_right_code()
        else:
            QTimer.singleShot(50, when_asked_again)

    try:
        join_by_menu(qtbot, guest, info, code="WRNG-C0DE")
        QTimer.singleShot(50, when_asked_again)
        qtbot.waitUntil(lambda: bool(guest.document and guest.document.workspace.journeys),
                        timeout=15_000)
        assert asked_again and asked_again[0][0] == info.address.text()
        assert "did not accept the session code" in asked_again[0][1]
        assert host_session.link is not None and host_session.link.server is not None
        assert host_session.link.server.refused == 1
    finally:
        guest_session.end()
        host_session.end()


def test_the_window_loads_no_session_library_until_a_session_starts() -> None:
    """pycrdt, websockets and zeroconf, and the session's dialogs and outlines, load when
    a session is hosted or joined."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from journey_editor.app import create_window\n"
        "app = QApplication([])\n"
        "window = create_window()\n"
        "window.show()\n"
        "while window.docks['inspector'].widget() is None:\n"
        "    app.processEvents()\n"
        "names = {'pycrdt', 'websockets', 'zeroconf', 'ifaddr'}\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "ui = {'journey_editor.session', 'journey_editor.ui.session_join',\n"
        "      'journey_editor.canvas.presence_overlay'}\n"
        "print(sorted(names & loaded), bool(ui & set(sys.modules)))\n"
        "from journey_editor.ui.session_join import JoinDialog\n"
        "dialog = JoinDialog(window)\n"
        "print('zeroconf' in sys.modules)\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == ["[] False", "True"]
