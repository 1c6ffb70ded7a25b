"""Says what a destructive edit did, in the status bar, with an Undo button beside it:
"Deleted stage 'Buy' and its 4 cards. [Undo]". The button undoes exactly that edit and
goes away as soon as anything else happens to the history."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

SHOWN_MS = 12000  # long enough to read, notice and decide


class UndoNotice(QWidget):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.button = QPushButton(self.tr("Undo"), self)
        self.button.setToolTip(self.tr("Undo this edit"))
        self.button.clicked.connect(self._undo)
        row.addWidget(self.label)
        row.addWidget(self.button)
        row.addStretch(1)  # the button as wide as its word, next to the message
        self._stack: QUndoStack | None = None
        self._index = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        bar.addWidget(self, 1)
        self.hide()

    def show_done(self, text: str, stack: QUndoStack) -> None:
        """Call right after pushing the edit that `text` describes."""
        self.dismiss()
        self._stack, self._index = stack, stack.index()
        stack.indexChanged.connect(self.dismiss)
        self.label.setText(text)
        self.show()
        self._timer.start(SHOWN_MS)

    def dismiss(self) -> None:
        if self._stack is not None:
            self._stack.indexChanged.disconnect(self.dismiss)
            self._stack = None
        self._timer.stop()
        self.hide()

    def _undo(self) -> None:
        stack = self._stack
        if stack is not None and stack.index() == self._index:
            self.dismiss()
            stack.undo()
