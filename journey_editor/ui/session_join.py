"""File > Join Session's dialog: the sessions announced on this network (zeroconf), or
the address typed as the host's window shows it, the session code, and the name the
others will see. After a refused code it opens again, the address kept, saying why.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

if TYPE_CHECKING:
    from journey_editor.session.discovery import Browser

log = logging.getLogger(__name__)
# Where the dialog listens for sessions: every interface (None); tests narrow it.
BROWSE_ON: list[str] | None = None


class _Heard(QObject):
    """Carries zeroconf's news from its thread into the Qt thread (a queued signal)."""

    changed = Signal()


class JoinDialog(QDialog):
    def __init__(self, parent: QWidget, address: str = "", name: str = "",
                 note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join Session"))
        form = QFormLayout(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b00020; font-weight: bold")
        self.note.setVisible(bool(note))
        form.addRow(self.note)
        self.found = QListWidget()
        self.found.setMinimumHeight(90)
        self.found.setMaximumHeight(160)
        self.setMinimumWidth(560)  # a listed session's title, host and address in full
        self.found.itemClicked.connect(self._pick)
        self.found.itemActivated.connect(self._pick)
        self.name = QLineEdit(name)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("192.168.1.20:51234")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH")
        heading = QLabel(self.tr("Sessions &found on this network:"))
        heading.setBuddy(self.found)
        form.addRow(heading)
        form.addRow(self.found)  # the whole width: the lines are long
        form.addRow(self.tr("Host &address:"), self.address)
        form.addRow(self.tr("Session &code:"), self.code)
        form.addRow(self.tr("Your &name:"), self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        for field in (self.address, self.code):
            field.textChanged.connect(lambda _t: ok.setEnabled(self.values() is not None))
        if address:
            self.code.setFocus()
        self._heard = _Heard(self)
        self._heard.changed.connect(self._list_found, Qt.ConnectionType.QueuedConnection)
        self._browser: Browser | None = None
        self._listen()
        self.finished.connect(self._stop_listening)

    def values(self) -> tuple[str, int, str] | None:
        """(host, port, code), or None while the address is not host:port."""
        host, _, port = self.address.text().strip().rpartition(":")
        host = host.strip("[]")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            return None
        if not self.code.text().strip():
            return None
        return host, int(port), self.code.text()

    # --- sessions heard on the network -----------------------------------------------------

    def _listen(self) -> None:
        try:
            from journey_editor.session.discovery import Browser

            self._browser = Browser(self._heard.changed.emit, BROWSE_ON)
        except (ImportError, OSError) as error:  # no zeroconf, or no network to listen on
            log.warning("session: cannot look for sessions on the network: %s", error)
        self._list_found()

    def _list_found(self) -> None:
        sessions = self._browser.sessions() if self._browser is not None else []
        self.found.clear()
        for found in sessions:
            where = f"{found.address}:{found.port}"
            text = self.tr("{0} hosted by {1}").format(found.title, found.host_name) if (
                found.title and found.host_name) else found.title or found.host_name
            item = QListWidgetItem(f"{text}   ({where})")
            item.setData(Qt.ItemDataRole.UserRole, f"[{found.address}]:{found.port}"
                         if ":" in found.address else where)
            self.found.addItem(item)
        if not sessions:
            item = QListWidgetItem(self.tr("None found yet: you can type the address the "
                                           "host shows below.") if self._browser is not None
                                   else self.tr("This computer cannot look for sessions: "
                                                "type the address the host shows below."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.found.addItem(item)

    def _pick(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where:
            self.address.setText(where)
            self.code.setFocus()

    def _stop_listening(self) -> None:
        browser, self._browser = self._browser, None
        if browser is not None:
            browser.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._stop_listening()
        super().closeEvent(event)
