"""Typing a title in place, on the canvas, where the card or header is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journey_editor.canvas.items import Z_OVERLAY
from journey_editor.render.text import BASE_PIXEL_SIZE, base_font

PADDING = 3.0  # points between the text and the editor's border


class InlineEditor(QGraphicsTextItem):
    """Enter (or clicking elsewhere) commits, Escape cancels, Shift+Enter breaks a line.

    The font is set at a reference pixel size and the item scaled down, so the text
    has the same size in scene points whatever the screen's DPI (as the painters do).
    """

    def __init__(self, rect: QRectF, text: str, size: float,
                 on_commit: Callable[[str], None], on_close: Callable[[], None],
                 centered: bool = False) -> None:
        super().__init__(text)
        self._on_commit = on_commit
        self._on_close = on_close
        self._done = False
        self.setFont(base_font(False))
        scale = size / BASE_PIXEL_SIZE
        self.setScale(scale)
        margin = PADDING / scale
        self.document().setDocumentMargin(margin)  # in the item's (unscaled) units
        if centered:  # as a stage's name is drawn
            option = self.document().defaultTextOption()
            option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.document().setDefaultTextOption(option)
        self.setTextWidth(max(rect.width(), 60) / scale + 2 * margin)
        self.setPos(rect.topLeft() - QPointF(PADDING, PADDING))  # the text where it was
        self.setZValue(Z_OVERLAY + 1)
        self.setDefaultTextColor(QColor("#1f2430"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)

    def start(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.fillRect(self.boundingRect(), QColor("white"))
        painter.setPen(QPen(QColor("#2f6fed"), 2 / self.scale()))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the painter comes with the last item's
        painter.drawRect(self.boundingRect())
        # Without Qt's dashed focus frame: the blue border says where typing goes.
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        # The ignore: PySide6's stub wants a QWidget, but Qt passes and takes a null one.
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.close(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self.close(commit=False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.close(commit=True)

    def close(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText().strip()
        self.hide()
        # Removing an item from inside its own event handler can leave Qt with a dangling
        # pointer (docs/ARCHITECTURE.md, known traps): remove it once the event is done.
        QTimer.singleShot(0, self._remove)
        if commit:
            self._on_commit(text)
        self._on_close()

    def _remove(self) -> None:
        scene = self.scene()
        if scene is not None:
            scene.removeItem(self)
