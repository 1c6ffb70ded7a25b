"""A metric's history as a small line chart, under the inspector's metrics table."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journey_editor.model.types import Metric
from journey_editor.ui.locale_format import decimal, short_date

PAD = 6.0


def history(metrics: list[Metric], name: str) -> list[tuple[dt.date, float]]:
    """(date, value) of one metric, oldest first; undated values cannot be placed in time."""
    return sorted((m.date, m.value) for m in metrics if m.name == name and m.date is not None)


class MetricChart(QWidget):
    """Shows the history of the chosen metric; hidden when it has fewer than two dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[dt.date, float]] = []
        self.name = ""
        self.setMinimumHeight(70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hide()

    def show_history(self, metrics: list[Metric], name: str) -> None:
        self.points, self.name = history(metrics, name), name
        self.setVisible(len(self.points) >= 2)
        self.setToolTip(self.tr("{0} over time").format(name))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if len(self.points) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(PAD, PAD + 12, -PAD, -PAD - 12)
        first, last = self.points[0][0], self.points[-1][0]
        low = min(v for _, v in self.points)
        high = max(v for _, v in self.points)
        span_days = max((last - first).days, 1)
        span_values = (high - low) or 1.0

        def place(day: dt.date, value: float) -> QPointF:
            return QPointF(area.left() + area.width() * (day - first).days / span_days,
                           area.bottom() - area.height() * (value - low) / span_values)

        line = [place(d, v) for d, v in self.points]
        painter.setPen(QPen(QColor("#6a3fb5"), 2))
        painter.drawPolyline(line)
        painter.setBrush(QColor("#6a3fb5"))
        for point in line:
            painter.drawEllipse(point, 2.5, 2.5)
        painter.setPen(QColor("#5b6474"))
        painter.drawText(QRectF(PAD, 0, self.width() - 2 * PAD, 14), Qt.AlignmentFlag.AlignLeft,
                         f"{self.name}: {decimal(self.points[-1][1])}")
        painter.drawText(QRectF(PAD, self.height() - 14, self.width() - 2 * PAD, 14),
                         Qt.AlignmentFlag.AlignLeft, short_date(first))
        painter.drawText(QRectF(PAD, self.height() - 14, self.width() - 2 * PAD, 14),
                         Qt.AlignmentFlag.AlignRight, short_date(last))
        painter.end()
