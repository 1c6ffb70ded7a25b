"""View > Emotion Curves Together…: several journeys' emotion curves in one chart.

The chart is `layout.curves_overlay`'s geometry, laid out again for the widget's size at
each paint (a few dozen points: nothing to cache) and painted here with QPainter; the
overlay poster paints the same geometry on paper. The facilitator ticks the journeys to
compare (the current one and up to four sharing its stages to start with); journeys
whose stages differ are refused with the reason in place of the chart. The dialog is not
modal and follows the map's edits, so the curves move as the room changes emotions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor.document import Document
from journey_editor.export import ExportError
from journey_editor.fileformat import SaveError
from journey_editor.layout.curves_overlay import (
    COLUMN_INK,
    GUIDE_INK,
    LABEL_INK,
    MAX_CURVES,
    TEXT_INK,
    ZERO_INK,
    CurvesRefused,
    OverlayChart,
    companions,
    lay_out_overlay,
    marker_outline,
    series_label,
)
from journey_editor.layout.geometry import Point, Rect
from journey_editor.render.painting import color, draw_block

ID_ROLE = Qt.ItemDataRole.UserRole


def chart_text_size(width: float, height: float) -> float:
    """Text that a room reads on a 1280x720 projector: ~17 px there, never under 12."""
    return max(12.0, min(26.0, width / 58, height / 34))


def paint_chart(painter: QPainter, chart: OverlayChart) -> None:
    """The chart as the overlay poster draws it (export.curves_overlay.draw_chart)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    plot = chart.plot
    painter.setPen(QPen(color(COLUMN_INK), 1.0))
    for x in chart.columns:
        painter.drawLine(QPointF(x, plot.y), QPointF(x, plot.bottom))
    for level, y in chart.levels:
        pen = QPen(color(ZERO_INK if level == 0 else GUIDE_INK), 1.0)
        if level == 0:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.x, y), QPointF(plot.right, y))
    for block in (*chart.level_labels, *chart.stage_labels):
        draw_block(painter, block, LABEL_INK)
    for series in chart.series:
        path = QPainterPath()
        if series.segments:
            path.moveTo(QPointF(*series.segments[0][0]))
            for _, c1, c2, end in series.segments:
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        _stroke(painter, chart, path, series.colour, series.dash)
        _markers(painter, chart, series.points, series.marker, series.colour)
    for entry in chart.legend:
        series = chart.series[entry.series]
        (x0, y), (x1, _) = entry.sample
        line = QPainterPath(QPointF(x0, y))
        line.lineTo(QPointF(x1, y))
        _stroke(painter, chart, line, series.colour, series.dash)
        _markers(painter, chart, [((x0 + x1) / 2, y)], series.marker, series.colour)
        draw_block(painter, entry.label, TEXT_INK)


def _stroke(painter: QPainter, chart: OverlayChart, path: QPainterPath, colour: str,
            dash: tuple[float, ...]) -> None:
    pen = QPen(color(colour), chart.line_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern(list(dash))  # Qt's dashes are in pen widths, as the layout's are
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _markers(painter: QPainter, chart: OverlayChart, points: list[Point | None] | tuple[
        Point | None, ...], kind: str, colour: str) -> None:
    painter.setPen(QPen(QColor("white"), chart.line_width * 0.45))
    painter.setBrush(color(colour))
    for point in points:
        if point is not None:
            outline = marker_outline(kind, point, chart.marker_radius)
            painter.drawPolygon(QPolygonF([QPointF(*corner) for corner in outline]))


class CurvesChart(QWidget):
    """The chart of the chosen journeys, or why they cannot share one."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_ids: list[str] = []
        self.setMinimumSize(480, 300)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def set_journeys(self, journey_ids: list[str]) -> None:
        self.journey_ids = list(journey_ids)
        self.update()

    def chart(self) -> OverlayChart:
        """The chart at the widget's size; raises CurvesRefused."""
        workspace = self.document.workspace
        journeys = [workspace.journey(i) for i in self.journey_ids]
        size = chart_text_size(self.width(), self.height())
        margin = size * 1.2
        box = Rect(margin, margin, self.width() - 2 * margin, self.height() - 2 * margin)
        return lay_out_overlay(journeys, [series_label(workspace, j) for j in journeys], box,
                               size)

    def refusal(self) -> str:
        """Why the chosen journeys cannot share a chart; '' when they can."""
        try:
            self.chart()
        except CurvesRefused as error:
            return str(error)
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            paint_chart(painter, self.chart())
        except CurvesRefused as error:
            painter.setPen(color(LABEL_INK))
            font = painter.font()
            font.setPixelSize(round(chart_text_size(self.width(), self.height())))
            painter.setFont(font)
            area = QRectF(self.rect()).adjusted(40, 40, -40, -40)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             str(error))
        painter.end()


class CurvesOverlayDialog(QDialog):
    """The journeys to compare on the left, their curves together on the right."""

    def __init__(self, document: Document, journey_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Emotion Curves Together"))
        self.document = document
        self.journeys = QListWidget(self)
        self.journeys.setAccessibleName(self.tr("Journeys to compare"))
        self.chart = CurvesChart(document, self)
        self.save = QPushButton(self.tr("Save as PDF…"), self)
        self.save.setToolTip(self.tr("The chart on a landscape A3 page, for the wall"))
        self._lay_out()
        self._fill(companions(document.workspace, journey_id))
        self.journeys.itemChanged.connect(self._chosen_changed)
        self.save.clicked.connect(self.save_pdf)
        document.changed.connect(self._map_changed)
        document.destroyed.connect(self.close)  # another map opened in the window
        self.resize(1180, 660)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Journeys (at most {0}):").format(MAX_CURVES), self))
        left.addWidget(self.journeys)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.chart, 4)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def _fill(self, chosen: list[str]) -> None:
        """One checkable row per journey, named as the legend names it."""
        workspace = self.document.workspace
        self.journeys.blockSignals(True)
        self.journeys.clear()
        for journey in workspace.journeys:
            item = QListWidgetItem(series_label(workspace, journey), self.journeys)
            item.setData(ID_ROLE, journey.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if journey.id in chosen
                               else Qt.CheckState.Unchecked)
        self.journeys.blockSignals(False)
        self._chosen_changed()

    def chosen(self) -> list[str]:
        """The ticked journeys, in the map's order."""
        items = (self.journeys.item(row) for row in range(self.journeys.count()))
        return [item.data(ID_ROLE) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _chosen_changed(self) -> None:
        self.chart.set_journeys(self.chosen())
        refusal = self.chart.refusal()  # painted in the chart's place, and read aloud
        self.chart.setAccessibleDescription(refusal)
        self.save.setEnabled(not refusal)

    def _map_changed(self) -> None:
        """Journeys added, removed or renamed: the list again, the ticks kept."""
        known = {j.id for j in self.document.workspace.journeys}
        self._fill([i for i in self.chosen() if i in known])

    def save_pdf(self) -> None:
        from journey_editor.export.curves_overlay import export_curves

        start = self.document.path.with_suffix(".pdf") if self.document.path else Path(
            self.tr("Emotion curves") + ".pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(start), "*.pdf")
        if not name:
            return
        path = Path(name if name.endswith(".pdf") else name + ".pdf")
        try:
            export_curves(self.document.workspace, path, self.chosen())
        except (ExportError, SaveError) as error:
            QMessageBox.critical(self, self.tr("Export failed"), str(error))
