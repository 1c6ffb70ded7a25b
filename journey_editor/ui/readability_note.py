"""The Export dialog's word on readability: how large the poster prints its card text,
a warning when a wall poster would be unreadable, and one-click fixes (a larger page,
several posters)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journey_editor.export.readability import Readability
from journey_editor.ui.locale_format import decimal

WARNING_INK = "#9a4b00"  # dark amber: 6.3:1 on the dialog's light grey, AA for small text


class ReadabilityNote(QWidget):
    """Shows a `Readability`; `pageChosen` carries the page its button proposes."""

    pageChosen = Signal(str)  # noqa: N815 (Qt naming)
    partsChosen = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self._page, self._parts = "", 0
        self.use_page = QPushButton(self)
        self.use_page.clicked.connect(lambda: self.pageChosen.emit(self._page))
        self.use_parts = QPushButton(self)
        self.use_parts.clicked.connect(lambda: self.partsChosen.emit(self._parts))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.use_page)
        row.addWidget(self.use_parts)

    def show_result(self, result: Readability | None) -> None:
        """None: nothing to say (not a PDF poster)."""
        self.setVisible(result is not None)
        if result is None:
            return
        warning = result.warning()
        sizes = self.tr("Card text prints at {0} pt, the smallest text at "
                        "{1} pt.").format(
            decimal(result.sizes.cards, 1), decimal(result.sizes.smallest, 1))
        if warning is None:
            self.text.setStyleSheet("")
            self.text.setText(sizes)
        else:
            self.text.setStyleSheet(f"color: {WARNING_INK}; font-weight: bold")
            self.text.setText(self.tr("Hard to read on a wall: {0}.").format(warning))
        self._page = result.page[0] if result.page and warning else ""
        self.use_page.setVisible(bool(self._page))
        self.use_page.setText(self.tr("Use {0}").format(self._page))
        self._parts = result.split[0] if result.split and warning else 0
        self.use_parts.setVisible(bool(self._parts))
        self.use_parts.setText(self.tr("Split into %n", "", self._parts))
