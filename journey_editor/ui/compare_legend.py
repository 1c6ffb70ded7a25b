"""The compare view's colours, shown as the map draws them: a solid outline for an added
or changed card, a dashed one for a removed card's ghost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from journey_editor.canvas.compare_overlay import GHOST_FILL, MARK_COLOURS
from journey_editor.model.compare_entries import ADDED, CHANGED, REMOVED

SWATCH = 16


def swatch_pixmap(change: str, size: int = SWATCH) -> QPixmap:
    """A little card outlined as the map outlines this kind of difference."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    removed = change == REMOVED
    pen = QPen(QColor(MARK_COLOURS[change]), 2,
               Qt.PenStyle.DashLine if removed else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(GHOST_FILL if removed else QColor("#fff1a8"))
    painter.drawRoundedRect(QRectF(1.5, 2.5, size - 3, size - 5), 2, 2)
    painter.end()
    return pixmap


def swatch(change: str) -> QIcon:
    return QIcon(swatch_pixmap(change))


def legend(parent: QWidget) -> QWidget:
    """One row: what each outline colour on the map means."""
    names = {ADDED: QCoreApplication.translate("Compare", "Added"),
             CHANGED: QCoreApplication.translate("Compare", "Changed or moved"),
             REMOVED: QCoreApplication.translate("Compare", "Removed (ghost)")}
    widget = QWidget(parent)
    widget.setObjectName("compareLegend")
    row = QHBoxLayout(widget)
    row.setContentsMargins(0, 0, 0, 0)
    for change, name in names.items():
        icon = QLabel(widget)
        icon.setPixmap(swatch_pixmap(change))
        row.addWidget(icon)
        row.addWidget(QLabel(name, widget))
        row.addSpacing(6)
    row.addStretch(1)
    widget.setToolTip(QCoreApplication.translate(
        "Compare", "How the differences are outlined on the map of the second journey"))
    return widget
