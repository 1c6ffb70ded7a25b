"""Workshop mode: the map full screen on a projector, stage by stage, with dot voting.

Entering swaps the canvas to a second scene of the same journey laid out with the
projector style (larger text, stronger contrast) and hides the window's chrome;
leaving puts back the window state, docks, toolbars, the normal scene and its zoom
and scroll. Neither touches the document: only votes placed on purpose are commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QScreen, QTransform
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMainWindow, QToolBar, QWidget

from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import FitMode, JourneyView
from journey_editor.layout.style import PROJECTOR_STYLE
from journey_editor.ui.stage_focus import StageFocusItem
from journey_editor.ui.voting import VotingState
from journey_editor.ui.workshop_panel import MARGIN as PANEL_MARGIN
from journey_editor.ui.workshop_panel import WorkshopPanel

if TYPE_CHECKING:
    from journey_editor.ui.workshop_timer import WorkshopTimer

FOCUS_COLUMNS = 3.2  # the focused stage and part of each neighbour fill the width
FOCUS_MAX_ZOOM = 2.0
RESULTS_FONT_SCALE = 1.4
RECENTER_MS = 1500  # a window manager may resize the window this late after leaving
SCROLL_STEP = 0.4  # Up/Down scroll this share of the screen height
Policy = Qt.ScrollBarPolicy
_MAX_OR_FULL = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


@dataclass
class _Saved:
    """What entering changed, to put back exactly on leaving."""

    geometry: QRect  # the normal geometry, also of a maximised window
    state: Qt.WindowState
    screen: QScreen | None
    layout: QByteArray  # docks and toolbars (QMainWindow.saveState)
    shown: list[QWidget]  # docks and toolbars that were open
    menu_bar: bool
    status_bar: bool
    scene: JourneyScene
    transform: QTransform
    center: QPointF
    scroll: tuple[int, int]  # exact, where the viewport has its old size again
    viewport: QSize
    fit: FitMode
    scroll_bars: tuple[Policy, Policy]


class WorkshopMode(QObject):
    """Owned by the main window; `enter`/`leave` (or `toggle`) workshop mode.

    It takes over the window's screen and chrome; of the window's maps it needs only its
    `scenes` (is the normal scene still one of them?) and `show_journey` (another map when
    the one shown was deleted meanwhile)."""

    activeChanged = Signal(bool)  # noqa: N815 (Qt's naming)

    def __init__(self, window: QMainWindow, view: JourneyView,
                 scenes: Callable[[], Iterable[JourneyScene]],
                 show_journey: Callable[[str], None]) -> None:
        super().__init__(window)
        self.main = window
        self.view = view
        self.scenes = scenes
        self.show_journey = show_journey
        self.voting = VotingState(self.view, self)
        self.voting.cardChosen.connect(self.show_card)
        self.scene: JourneyScene | None = None
        self.focus_item: StageFocusItem | None = None
        self.panel: WorkshopPanel | None = None
        self.timer: WorkshopTimer | None = None  # made on the first entry, then kept
        self._timer_shown = False
        self.stage: str | None = None  # the focused stage's id; None: the whole map
        self._saved: _Saved | None = None
        self._recenter: _Saved | None = None  # a view position to hold while resizing
        self.view.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._saved is not None

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter(self.pick_screen())

    def pick_screen(self) -> QScreen | None:
        """With a projector plugged in, ask which screen; with one screen, just use it."""
        screens = self.main.screen().virtualSiblings() if self.main.screen() else []
        if len(screens) < 2:
            return None
        names = [f"{s.name()} ({s.size().width()} × {s.size().height()})" for s in screens]
        others = [i for i, s in enumerate(screens) if s is not self.main.screen()]
        name, ok = QInputDialog.getItem(self.main, self.tr("Workshop Mode"),
                                        self.tr("Show the map on:"), names,
                                        others[0] if others else 0, False)
        return screens[names.index(name)] if ok else None

    # --- entering and leaving ----------------------------------------------------------------

    def enter(self, screen: QScreen | None = None) -> None:
        normal = self.view.scene()
        if self.active or not isinstance(normal, JourneyScene):
            return
        if self.view.editor is not None:
            self.view.editor.close(commit=True)  # typing is done before the room looks
        self._saved = self._save(normal)
        self._hide_chrome()
        self._go_full_screen(screen)
        self._show_projector_scene(normal)
        self.panel = WorkshopPanel(self.voting, self.view)
        self.panel.bar.setup.clicked.connect(self.setup_round)
        self.panel.bar.results.clicked.connect(self.show_results)
        self.panel.show()
        self.panel.raise_()
        self._show_timer()
        self.voting.attach()
        self.panel.bar.refresh()
        self._update_panel()
        self.view.setFocus()
        self.activeChanged.emit(True)

    def leave(self) -> None:
        saved = self._saved
        if saved is None:
            return
        self._saved = None
        self.voting.detach()
        if self.panel is not None:
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        if self.timer is not None:  # its countdown runs on while the map is edited
            self._timer_shown = not self.timer.isHidden()
            self.timer.hide()
        self.view.reserve_bottom(0)
        self._restore_scene(saved)
        self._restore_window(saved)
        self._restore_view(saved)
        self.activeChanged.emit(False)

    def _show_timer(self) -> None:
        if self.timer is None:
            from journey_editor.ui.workshop_timer import WorkshopTimer  # only when needed

            self.timer = WorkshopTimer(self.view)
            self.timer.placed.connect(self._update_panel)
        self.timer.setVisible(self._timer_shown)
        self.timer.raise_()

    def _save(self, normal: JourneyScene) -> _Saved:
        main, view = self.main, self.view
        return _Saved(
            geometry=main.normalGeometry() if main.windowState() & _MAX_OR_FULL
            else main.geometry(),
            state=main.windowState(), screen=main.screen(), layout=main.saveState(),
            shown=[w for w in self._chrome() if not w.isHidden()],
            menu_bar=not main.menuBar().isHidden(), status_bar=not main.statusBar().isHidden(),
            scene=normal, transform=view.transform(),
            center=view.mapToScene(view.viewport().rect().center()),
            scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            viewport=view.viewport().size(),
            fit=view.fit_mode,
            scroll_bars=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
        )

    def _chrome(self) -> list[QWidget]:
        """The window's docks and toolbars, including ones added after this was written."""
        kinds = (QDockWidget, QToolBar)
        return [w for w in self.main.findChildren(QWidget)
                if isinstance(w, kinds) and w.parentWidget() is self.main]

    def _hide_chrome(self) -> None:
        for widget in self._chrome():
            widget.hide()
        self.main.menuBar().hide()
        self.main.statusBar().hide()

    def _go_full_screen(self, screen: QScreen | None) -> None:
        handle = self.main.windowHandle()
        if screen is not None and handle is not None and screen is not handle.screen():
            self.main.setWindowState(Qt.WindowState.WindowNoState)  # a maximised one stays put
            handle.setScreen(screen)
            self.main.setGeometry(screen.availableGeometry())
        self.main.showFullScreen()

    def _show_projector_scene(self, normal: JourneyScene) -> None:
        scene = JourneyScene(normal.document, normal.journey_id, PROJECTOR_STYLE)
        scene.set_marks(normal.marks)
        scene.set_unvalidated_only(normal.unvalidated_only)
        self.focus_item = StageFocusItem()
        scene.addItem(self.focus_item)
        scene.layoutChanged.connect(self._layout_changed)
        self.scene, self.stage = scene, None
        self.view.set_journey_scene(scene)
        self.view.setHorizontalScrollBarPolicy(Policy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Policy.ScrollBarAlwaysOff)
        self.view.fit()

    def _restore_scene(self, saved: _Saved) -> None:
        scene = self.scene
        # The scene goes with its items: drop every reference to them
        # (docs/ARCHITECTURE.md, known traps).
        self.scene, self.focus_item, self.stage = None, None, None
        doc = saved.scene.document
        if self.view.scene() is scene:
            if (saved.scene in self.scenes()
                    and doc.exists(None, "journey", saved.scene.journey_id)):
                self.view.set_journey_scene(saved.scene)
            elif doc.workspace.journeys:  # the journey went away meanwhile
                self.show_journey(doc.workspace.journeys[0].id)
        if scene is not None and self.view.scene() is not scene:
            scene.layoutChanged.disconnect(self._layout_changed)
            scene.deleteLater()

    def _restore_window(self, saved: _Saved) -> None:
        main = self.main
        # Back to normal on the screen it came from, then its old state: a maximised
        # window must not maximise onto the projector. Not restoreGeometry(): that one
        # squeezes a window into the screen, a change of its own.
        main.setWindowState(Qt.WindowState.WindowNoState)
        handle = main.windowHandle()
        if handle is not None and saved.screen is not None and handle.screen() is not saved.screen:
            handle.setScreen(saved.screen)
        main.setGeometry(saved.geometry)
        main.setWindowState(saved.state)
        main.restoreState(saved.layout)
        for widget in saved.shown:  # docks without an object name are not in saveState
            if widget.isHidden():
                widget.show()
        main.menuBar().setVisible(saved.menu_bar)
        main.statusBar().setVisible(saved.status_bar)

    def _restore_view(self, saved: _Saved) -> None:
        view = self.view
        view.setHorizontalScrollBarPolicy(saved.scroll_bars[0])
        view.setVerticalScrollBarPolicy(saved.scroll_bars[1])
        if view.scene() is not saved.scene:
            return
        if saved.fit == "whole":
            view.fit()  # and it stays fitted through the window's resize
            return
        view.setTransform(saved.transform)
        view.set_zoom(view.zoom())  # marks the view as zoomed by hand, not fitted
        view.sync_zoom()
        self._recenter = saved
        self._apply_recenter()
        QTimer.singleShot(RECENTER_MS, self._stop_recentering)

    def _stop_recentering(self) -> None:
        self._recenter = None

    # --- stage focus ---------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        """Left/Right: the previous/next stage; from the whole map, the first/last one."""
        stages = list(self.scene.layout.columns) if self.scene else []
        if not stages:
            return
        if self.stage not in stages:
            index = 0 if delta > 0 else len(stages) - 1
        else:
            index = max(0, min(len(stages) - 1, stages.index(self.stage) + delta))
        self.focus_stage(stages[index])

    def focus_stage(self, stage_id: str | None) -> None:
        """Frames one stage and brings it to the middle of the screen; None: whole map."""
        if self.scene is None:
            return
        first_time = self.stage is None
        self.stage = stage_id if stage_id in self.scene.layout.columns else None
        self._update_focus()
        if self.stage is None:
            self.view.fit()
        else:
            self._center_on_stage(self.stage, keep_height=not first_time)
        self._update_panel()

    def _center_on_stage(self, stage_id: str, keep_height: bool) -> None:
        assert self.scene is not None
        layout, view = self.scene.layout, self.view
        x, w = layout.columns[stage_id]
        port = view.viewport().rect()
        whole = min(port.width() / (layout.width + 20), port.height() / (layout.height + 20))
        # Stepping along keeps the lane in view that the room is talking about.
        top = view.mapToScene(port.topLeft()).y() if keep_height else -10.0
        view.set_zoom(max(whole, min(FOCUS_MAX_ZOOM, port.width() / (FOCUS_COLUMNS * w))))
        view.centerOn(x + w / 2, top + port.height() / view.zoom() / 2)

    def _layout_changed(self) -> None:
        if self.scene is not None and self.stage not in self.scene.layout.columns:
            self.stage = None
        self._update_focus()
        self._update_panel()

    def _update_focus(self) -> None:
        if self.scene is None or self.focus_item is None:
            return
        layout = self.scene.layout
        left = self.scene.map_style.lane_header_width  # the lane names stay clear to read
        area = QRectF(left, 0, layout.width - left, layout.height)
        column = None
        if self.stage is not None:
            x, w = layout.columns[self.stage]
            column = QRectF(x, 0, w, layout.height)
        self.focus_item.set_focus(area, column)

    def _update_panel(self) -> None:
        if self.panel is None or self.scene is None:
            return
        journey = self.scene.document.journey(self.scene.journey_id)
        stages = [s for s in journey.stages if s.id == self.stage]
        if stages:
            index = journey.stages.index(stages[0]) + 1
            text = self.tr("Stage {0} of {1}: {2}").format(index, len(journey.stages),
                                                           stages[0].name)
        else:
            text = journey.name
        self.panel.stage.setText(text)
        self._place_overlays()

    def _place_overlays(self) -> None:
        """The panel and the timer side by side along the bottom; the map ends above
        both, so no card is hidden. The panel keeps the timer's room even while it is
        hidden: showing the timer then costs the map no height."""
        if self.panel is None:
            return
        timer, room = self.timer, self.view.width() - 2 * PANEL_MARGIN
        if timer is not None:
            timer.fit_width(room - PANEL_MARGIN - self.panel.minimumSizeHint().width())
            room -= timer.sizeHint().width() + PANEL_MARGIN
        self.panel.place(timer is not None and timer.takes_the_right(), room)
        top = self.panel.y()
        if timer is not None:
            timer.place(self.panel.geometry())
            band = timer.band_top()
            top = min(top, band) if band is not None else top
        self.view.reserve_bottom(self.view.height() - top)

    def show_card(self, card_id: str) -> None:
        """A card picked in the results: its stage in focus, the card selected."""
        if self.scene is None or card_id not in self.scene.cards:
            return
        self.focus_stage(self.scene.layout.cards[card_id].stage)
        self.scene.select_cards([card_id])
        self.view.ensureVisible(self.scene.cards[card_id], 60, 60)

    def show_results(self) -> None:
        self.voting.show_results(self.main, RESULTS_FONT_SCALE)

    def setup_round(self) -> None:
        self.voting.setup_round(self.main)

    # --- keys and resizes ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._place_overlays()
            if self._recenter is not None:  # after the view has taken its new size
                QTimer.singleShot(0, self._apply_recenter)
            return False
        if kind == QEvent.Type.KeyPress and self.active and self.view.editor is None:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return False

    def _apply_recenter(self) -> None:
        saved = self._recenter
        if saved is None or self.active:
            return
        if self.view.viewport().size() == saved.viewport:
            self.view.horizontalScrollBar().setValue(saved.scroll[0])
            self.view.verticalScrollBar().setValue(saved.scroll[1])
        else:  # the window is still on its way back: keep the same middle meanwhile
            self.view.centerOn(saved.center)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain:
            self.step(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain:
            bar = self.view.verticalScrollBar()
            step = int(self.view.viewport().height() * SCROLL_STEP)
            bar.setValue(bar.value() + (step if key == Qt.Key.Key_Down else -step))
        elif key == Qt.Key.Key_Home and plain:
            self.focus_stage(None)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and plain:
            self.voting.choose(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_V and plain:
            self.voting.set_enabled(not self.voting.enabled)
        elif self.timer is None or not self.timer.handle_key(event):
            return False
        return True
