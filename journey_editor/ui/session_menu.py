"""File > Host Workshop Session, Join Session, End Live Session: the window's live session.

The host's window shares its open map on the address it shows, with a session code
to read out; a participant types both in, and gets the map in its window as an
untitled copy that follows the session (Save As keeps one). Losing the network is
shown, not fatal: the participant works offline and catches up on reconnecting.
"""

from __future__ import annotations

import contextlib
import getpass
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journey_editor.canvas.items import CardItem
from journey_editor.canvas.scene import JourneyScene
from journey_editor.editor.document import Document

if TYPE_CHECKING:
    from journey_editor.session.qt_link import SessionLink
    from journey_editor.ui.session_presence import SelectionShare

BACK_ONLINE_S = 5.0  # how long the status line says the connection came back


def user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name to be had (a container, a locked-down PC)
        return ""


class SessionMenu(QObject):
    """Owns the window's session (at most one) and the File menu's three actions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Imported with the session, not at start-up (hence only a type here).
        self.link: SessionLink | None = None
        self.name = user_name()  # shown to the others beside the cards this one selects
        self.host_action = QAction(self.tr("Host &Workshop Session…"), self)
        self.join_action = QAction(self.tr("&Join Session…"), self)
        self.end_action = QAction(self.tr("End &Live Session"), self)
        self.host_action.triggered.connect(lambda: self.host())  # not its "checked"
        self.join_action.triggered.connect(lambda: self.join_dialog())  # not its "checked"
        self.end_action.triggered.connect(self.end)
        self.status = QLabel(window)
        self.info: HostInfo | None = None
        self._joining = ""  # the address last joined: a refused code asks again for it
        self._lost = False  # the connection went while the map was open
        self._back_until = 0.0  # "Back online" shows until then (time.monotonic())
        self._share: SelectionShare | None = None  # tells the others of the selection
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._share_selection)
        self._timer.timeout.connect(self._show_status)
        self._timer.timeout.connect(self._show_presence)  # a silent participant fades out
        self._enable()

    def install(self, menu: QMenu, before: QAction | None = None) -> None:
        for action in (self.host_action, self.join_action, self.end_action):
            menu.insertAction(before, action)  # type: ignore[arg-type]
        menu.insertSeparator(before)  # type: ignore[arg-type]
        self.window.statusBar().addPermanentWidget(self.status)

    def _enable(self) -> None:
        busy = self.link is not None
        self.host_action.setEnabled(not busy)
        self.join_action.setEnabled(not busy)
        self.end_action.setEnabled(busy)
        self.status.setVisible(busy)

    # --- hosting --------------------------------------------------------------------------

    def host(self, bind: str | None = None) -> bool:
        document: Document | None = getattr(self.window, "document", None)
        if document is None or self.link is not None:
            return False
        from journey_editor.session.auth import new_code
        from journey_editor.session.host import lan_address
        from journey_editor.session.qt_link import SessionLink

        code = new_code()
        try:
            link = SessionLink.host(document, code, bind or lan_address(), self,
                                    announce=(self.name, _map_title(document)))
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Host Workshop Session"), self.tr(
                "The session could not start: {0}").format(error.strerror or error))
            return False
        self._adopt(link, document)
        self.info = HostInfo(self.window, link, code)
        self.info.end.clicked.connect(self.end)
        self.info.show()
        return True

    # --- joining --------------------------------------------------------------------------

    def join_dialog(self, address: str = "", note: str = "") -> None:
        from journey_editor.ui.session_join import JoinDialog

        dialog = JoinDialog(self.window, address, self.name, note)
        values = dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if values is not None:  # (OK is enabled only once they are)
            self.name = dialog.name.text().strip() or self.name
            self.join(*values)

    def join(self, host: str, port: int, code: str) -> bool:
        files = getattr(self.window, "files", None)
        if self.link is not None or (files is not None and not files.maybe_save()):
            return False
        from journey_editor.session.qt_link import SessionLink

        link = SessionLink.join(host, port, code, self)
        link.ready.connect(lambda: self._joined(link))
        self._adopt(link, None)
        self._joining = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        self.status.setText(self.tr("Joining {0}…").format(self._joining))
        return True

    def _joined(self, link: object) -> None:
        from journey_editor.session.qt_link import SessionLink

        assert isinstance(link, SessionLink) and link is self.link
        document = Document(link.peer.workspace)
        link.attach(document)
        document.destroyed.connect(self.end)
        self.window.set_document(document)  # type: ignore[attr-defined]
        self._show_status()

    # --- running and ending ---------------------------------------------------------------

    def _adopt(self, link: object, document: Document | None) -> None:
        from journey_editor.session.qt_link import SessionLink

        assert isinstance(link, SessionLink)
        self.link = link
        self._lost, self._back_until = False, 0.0
        link.stateChanged.connect(self._state_changed)
        link.presenceChanged.connect(self._show_status)
        link.presenceChanged.connect(self._show_presence)
        if document is not None:
            document.destroyed.connect(self.end)  # the window closed or opened another map
        view = getattr(self.window, "view", None)
        if view is not None:
            from journey_editor.ui.session_presence import SelectionShare

            self._share = SelectionShare(view, self._share_selection, self)
        self._timer.start()
        self._enable()
        self._show_status()

    def _state_changed(self, value: str) -> None:
        from journey_editor.session.client import State

        state = State(value)
        if self.link is not None and self.link.document is not None:
            if state is State.OFFLINE:
                self._lost = True
            elif state is State.CONNECTED and self._lost:
                self._lost = False
                self._back_until = time.monotonic() + BACK_ONLINE_S
        if state is State.WRONG_CODE and self.link is not None and self.link.document is None:
            self.end()  # the Join dialog again, the address kept, to type the code anew
            note = self.tr("The host did not accept the session code. Check it and try "
                           "again.")
            QTimer.singleShot(0, lambda: self.join_dialog(self._joining, note))
            return
        messages = {
            State.WRONG_CODE: self.tr("The host did not accept the session code."),
            State.REFUSED: self.tr("The host refused an edit from this laptop and left it "
                                   "out of the session. The map stays open as it is."),
            State.ENDED: self.tr("The session has ended. The map stays open as your own "
                                 "copy: save it to keep it."),
        }
        if state in messages and self.link is not None:
            self.end()
            QMessageBox.information(self.window, self.tr("Live session"), messages[state])
        self._show_status()

    def _show_status(self) -> None:
        link = self.link
        if link is None:
            return
        from journey_editor.session.client import State

        if link.server is not None:
            joined = max(link.server.connections - 1, 0)
            bind, port = link.address or ("", 0)
            text = self.tr("Hosting on {0}:{1} · {2} joined").format(bind, port, joined)
            if self.info is not None:
                self.info.joined.setText(self.tr("{0} joined").format(joined))
            text += self._others_text()
        elif link.state is State.CONNECTED:
            text = (self.tr("Back online") if time.monotonic() < self._back_until
                    else self.tr("In a live session")) + self._others_text()
        elif link.document is not None:
            text = self.tr("Reconnecting… (working offline: your edits are kept)")
        else:
            text = self.status.text()
        self.status.setText(text)

    def _others_text(self) -> str:
        """' · Ann, Bo · Ann on 'Checkout'': who else is in, and where on this map."""
        assert self.link is not None
        others = sorted(self.link.others().values(), key=lambda p: p.name.casefold())
        names = [p.name for p in others if p.name]
        scene = self.window.view.scene() if hasattr(self.window, "view") else None
        cards = getattr(scene, "cards", {})
        journey = getattr(scene, "journey_id", None)
        where = [self.tr("{0} on '{1}'").format(p.name, " ".join(cards[p.cards[0]].box.title.lines))
                 for p in others if p.journey == journey and p.cards and p.cards[0] in cards]
        return "".join(f" · {part}" for part in [", ".join(names), *where] if part)

    def _scenes(self) -> list[JourneyScene]:
        """This window's maps, and the projector's while workshop mode shows one."""
        scenes = [*getattr(self.window, "scenes", {}).values(),
                  getattr(getattr(self.window, "workshop", None), "scene", None)]
        return [scene for scene in scenes if isinstance(scene, JourneyScene)]

    def _show_presence(self) -> None:
        """Outlines, on every map of this window, the cards the others are on; and
        tells them of this window's selection as soon as it changes (the timer
        alone would make them wait up to its interval)."""
        if self.link is None:
            return
        from journey_editor.ui.session_presence import show_presence  # with a session only

        scenes = self._scenes()
        show_presence(scenes, self.link.others())
        if self._share is not None:
            self._share.watch(scenes)

    def _share_selection(self) -> None:
        """Tells the others which cards this window has selected (when that changed)."""
        if self.link is None or self.link.document is None:
            return
        scene = self.window.view.scene() if hasattr(self.window, "view") else None
        if not isinstance(scene, JourneyScene):
            self.link.set_presence(self.name, None, [])
            return
        # The selection, not every card: this runs on each tick and each selection change.
        selected = sorted(item.item_id for item in scene.selectedItems()
                          if isinstance(item, CardItem))
        self.link.set_presence(self.name, scene.journey_id, selected)

    def end(self) -> None:
        """Ends the session (the host: for everyone); the map stays open."""
        link, self.link = self.link, None
        info, self.info = self.info, None
        if link is not None:
            link.close()
        # Also called while the window is being destroyed (its document goes with it):
        # then its widgets may already be gone.
        with contextlib.suppress(RuntimeError):
            self._timer.stop()
            from journey_editor.ui.session_presence import clear_presence

            clear_presence(self._scenes())
            if self._share is not None:
                self._share.stop()
                self._share = None
            if info is not None:
                info.close()
            self._enable()


class HostInfo(QDialog):
    """What the room needs to join, big enough to read on the projector."""

    def __init__(self, parent: QWidget, link: object, code: str) -> None:
        super().__init__(parent)
        from journey_editor.session.auth import shown

        self.setWindowTitle(self.tr("Workshop session"))
        address = getattr(link, "address", None) or ("", 0)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("To join, choose File > Join Session and type:")))
        self.address = QLabel(f"{address[0]}:{address[1]}")
        self.code = QLabel(shown(code))
        for label in (self.address, self.code):
            label.setFont(big)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.joined = QLabel(self.tr("{0} joined").format(0))
        layout.addWidget(self.joined)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.end = buttons.addButton(self.tr("End Session"),
                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.hide)
        layout.addWidget(buttons)


def _map_title(document: Document) -> str:
    """What the network's list of sessions calls the map: its title, else its file's
    name, else its first journey's."""
    workspace = document.workspace
    if workspace.title:
        return workspace.title
    if document.path is not None:
        return document.path.stem
    return workspace.journeys[0].name if workspace.journeys else ""
