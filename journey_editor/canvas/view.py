"""The canvas widget: zoom, pan, fit and keyboard navigation; in-place editing is in
`inplace`."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Literal, NamedTuple

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QPinchGesture, QStyle, QToolTip, QWidget

from journey_editor.canvas import keyboard_cursor, navigation
from journey_editor.canvas.frozen_headers import (
    Strips,
    header_at,
    name_of,
    paint_frozen_headers,
    strips,
)
from journey_editor.canvas.inline_editor import InlineEditor
from journey_editor.canvas.inplace import InPlaceEditing
from journey_editor.canvas.items import DETAIL_ZOOM
from journey_editor.canvas.scene import JourneyScene
from journey_editor.model.edits import ItemKind

MIN_ZOOM, MAX_ZOOM = 0.05, 6.0
ARROWS: dict[int, tuple[int, int]] = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


READABLE_PX = 11.0  # card titles are drawn at least this high when a map opens
MAX_OPEN_ZOOM = 1.5  # a small map opens no larger than this: a map, not a banner
EDGE = 12.0  # points of white kept around the map when it opens

# How the zoom follows the window: the whole map fitted, the stages' width fitted with
# titles kept readable, or the user's own zoom (None).
FitMode = Literal["whole", "readable"] | None


class ViewState(NamedTuple):
    transform: QTransform
    center: QPointF  # in the scene
    fit: FitMode


class JourneyView(QGraphicsView):
    zoomChanged = Signal(float)  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.cursor_cell: navigation.Cell | None = None
        self.editing = InPlaceEditing(self)
        self._panning: QPointF | None = None
        self._space = False
        self.fit_mode: FitMode = None  # kept through window resizes, never through edits
        # Moves panels floating over the map away from a rectangle (global pixels), so
        # what is brought into view is not hidden under them; the window sets it.
        self.uncover: Callable[[QRect], None] = lambda rect: None
        self._size = self.size()  # the widget's, to tell a window resize from scroll bars

    def journey_scene(self) -> JourneyScene:
        return self.scene()  # type: ignore[return-value]

    def set_journey_scene(self, scene: JourneyScene) -> None:
        old = self.scene()
        if isinstance(old, JourneyScene):
            old.cancel_interaction()
            old.editRequested.disconnect(self.start_edit)
            old.addRequested.disconnect(self.start_add)
        self.setScene(scene)
        scene.set_detailed(self.zoom() >= DETAIL_ZOOM)
        scene.editRequested.connect(self.start_edit)
        scene.addRequested.connect(self.start_add)
        self.cursor_cell = None

    # --- zoom and pan ----------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def view_state(self) -> ViewState:
        """Where the view is, to come back to (each journey keeps its own)."""
        return ViewState(self.transform(), self.mapToScene(self.viewport().rect().center()),
                         self.fit_mode)

    def restore_view_state(self, state: ViewState) -> None:
        if state.fit == "whole":  # fitted stays fitted, to this window's size and the map's
            self.fit()
            return
        self.setTransform(state.transform)
        self.centerOn(state.center)
        self.fit_mode = state.fit
        self.sync_zoom()

    def set_zoom(self, value: float) -> None:
        self.fit_mode = None
        value = max(MIN_ZOOM, min(MAX_ZOOM, value))
        factor = value / self.zoom()
        if abs(factor - 1) > 1e-6:
            self.scale(factor, factor)
            self.sync_zoom()

    def actual_size(self) -> None:
        """100 %, from the map's first stage (its lane names in sight), not from its middle."""
        top = self.mapToScene(self.viewport().rect().topLeft()).y()
        self.set_zoom(1.0)
        self._show_from(QPointF(-EDGE, top))

    def sync_zoom(self) -> None:
        self.journey_scene().set_detailed(self.zoom() >= DETAIL_ZOOM)
        self.zoomChanged.emit(self.zoom())

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit(self) -> None:
        # The whole scene rectangle (the map and its margin): when anything of it were
        # left out, scroll bars would come and go as they change the viewport's size.
        # Measured as the viewport will be once fitted, without scroll bars: those still
        # shown go away later (Qt hides them from the event loop).
        rect, port = self.sceneRect(), QRectF(self.viewport().rect())
        bars = (self.verticalScrollBar(), self.horizontalScrollBar())
        port.adjust(0, 0, bars[0].width() if bars[0].isVisible() else 0,
                    bars[1].height() if bars[1].isVisible() else 0)
        zoom = min((port.width() - 4) / rect.width(), (port.height() - 4) / rect.height())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())
        self.fit_mode = "whole"
        self.sync_zoom()

    def readable_zoom(self) -> float:
        """The stages' width across the view, but never with titles under READABLE_PX."""
        scene = self.journey_scene()
        # As if the vertical scroll bar were shown: the zoom must not depend on it, or
        # its coming and going would change the zoom, which would make it come or go.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.viewport().width() - (0 if self.verticalScrollBar().isVisible() else bar)
        across = width / (scene.layout.width + 2 * EDGE)
        return max(READABLE_PX / scene.map_style.card_font, min(across, MAX_OPEN_ZOOM))

    def fit_readable(self) -> None:
        """How a map opens: readable, from its top left corner (the first stage and the
        lane names); scrolling along is cheap, the headers stay in sight."""
        self._apply_readable(QPointF(-EDGE, -EDGE))

    def _apply_readable(self, top_left: QPointF) -> None:
        zoom = self.readable_zoom()
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.fit_mode = "readable"
        self._show_from(top_left)
        self.sync_zoom()

    def _show_from(self, top_left: QPointF) -> None:
        """Scrolls so that `top_left` (scene) is at the viewport's top left corner."""
        port = self.viewport().rect()
        zoom = self.zoom()
        self.centerOn(top_left + QPointF(port.width() / zoom / 2, port.height() / zoom / 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # Scroll bars that come or go resize the viewport too: only the window's own
        # resizes refit, so an edit that grows the map never changes the zoom.
        if self.size() != self._size:
            self._size = self.size()
            self._refit()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        scene = self.journey_scene()
        paint_frozen_headers(painter, self, scene.layout, scene.map_style)

    def bring_into_view(self, rect: QRectF, margin: int) -> None:
        """Scrolls as little as it takes to show `rect` (scene); a panel floating over it
        steps aside."""
        self.ensureVisible(rect, margin, margin)
        shown = self.mapFromScene(rect).boundingRect()
        self.uncover(QRect(self.viewport().mapToGlobal(shown.topLeft()), shown.size()))

    def _frozen(self) -> Strips | None:
        scene = self.scene()
        if not isinstance(scene, JourneyScene):
            return None
        return strips(self, scene.layout, scene.map_style)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        shown = self._frozen()
        if shown is None:
            return
        # Qt scrolls the pixels, the frozen header strips with them: repaint where strips
        # are (or were) and where the scroll carried them.
        band, column = math.ceil(shown.band), math.ceil(shown.column)
        port = self.viewport().rect()
        for rect in (QRect(0, 0, port.width(), band), QRect(0, 0, column, port.height())):
            self.viewport().update(rect)
            self.viewport().update(rect.translated(dx, dy))

    def reserve_bottom(self, pixels: int) -> None:
        """Keeps a strip along the bottom free of the map (for a panel over the view)."""
        if self.viewportMargins().bottom() != pixels:
            self.setViewportMargins(0, 0, 0, pixels)
            self._refit()

    def _refit(self) -> None:
        """A fitted map stays fitted as the window changes size (not as the map does)."""
        if self.scene() is None:
            return
        if self.fit_mode == "whole":
            self.fit()
        elif self.fit_mode == "readable":
            self._apply_readable(self.mapToScene(QPoint(0, 0)))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Paint and isinstance(scene := self.scene(), JourneyScene)
                and scene.settling):  # a big map's first frame: not every paint's business
            scene.painted(self.mapToScene(self.viewport().rect()).boundingRect())
        if event.type() == QEvent.Type.ToolTip and self._strip_tip(event):  # type: ignore[arg-type]
            return True
        if isinstance(event, QNativeGestureEvent) and (
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self.zoom_by(1 + event.value())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space and event.button() == Qt.MouseButton.LeftButton):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self._on_strip(event.position()):
            # What the strip hides is out of sight: not to be picked or dragged. The
            # name clicked is picked instead, as a spreadsheet's frozen header is.
            self._pick_strip_header(event.position())
            return
        super().mousePressEvent(event)

    def _pick_strip_header(self, pos: QPointF) -> None:
        shown, scene = self._frozen(), self.journey_scene()
        header = header_at(self, scene.layout, shown, pos) if shown is not None else None
        scene.clearSelection()
        if header is not None:
            item = scene.stage_headers.get(header.id) or scene.lane_headers.get(header.id)
            if item is not None:
                item.setSelected(True)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self._on_strip(event.position()):
            super().mouseDoubleClickEvent(event)

    def _strip_tip(self, event: QHelpEvent) -> bool:
        """A frozen strip's name in full, where the strip had to wrap or cut it."""
        shown = self._frozen()
        if shown is None or not shown.contains(QPointF(event.pos())):
            return False
        header = header_at(self, self.journey_scene().layout, shown, QPointF(event.pos()))
        if header is not None:
            QToolTip.showText(event.globalPos(), name_of(header), self.viewport())
        return True

    def _on_strip(self, pos: QPointF) -> bool:
        """Whether `pos` (viewport pixels) is on a frozen header strip."""
        shown = self._frozen()
        return shown is not None and shown.contains(pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)
        keyboard_cursor.follow_selection(self, self.mapToScene(event.position().toPoint()))

    # --- keyboard ----------------------------------------------------------------------------

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        return False  # Tab walks the cards instead of leaving the canvas

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.editor is not None or self.journey_scene().focusItem() is not None:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:
            # Tab walks the cards; Ctrl+Tab leaves the map, as it leaves a text editor.
            forward = key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
        elif key == Qt.Key.Key_Escape and self.journey_scene().interaction is not None:
            self.journey_scene().cancel_interaction()  # drops nothing, like letting go outside
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in ARROWS and ctrl:
            keyboard_cursor.move_selection(self, *ARROWS[key])
        elif key in ARROWS:
            keyboard_cursor.navigate(self, *ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and not mods & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            keyboard_cursor.edit_current(self)  # (Alt+Return: the Inspector; Ctrl+Return: Add Card)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            keyboard_cursor.select_card(self, navigation.step_card(
                self.journey_scene().layout, keyboard_cursor.current_card(self),
                -1 if backwards else 1))
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    # --- in-place editing (canvas/inplace.py) -------------------------------------------------

    @property
    def editor(self) -> InlineEditor | None:
        return self.editing.editor

    def start_edit(self, kind: ItemKind, item_id: str,
                   on_commit: Callable[[str], None] | None = None) -> None:
        self.editing.start_edit(kind, item_id, on_commit)

    def start_add(self, stage: str, lane: str) -> None:
        self.editing.start_add(stage, lane)

    def rename(self, kind: ItemKind, item_id: str, text: str) -> None:
        self.editing.rename(kind, item_id, text)
