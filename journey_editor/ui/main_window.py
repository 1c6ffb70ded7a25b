"""The main window: menus, toolbar, docks, files, the journey selector and the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from journey_editor.canvas.items import HeaderItem
from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView, ViewState
from journey_editor.editor.autosave import Autosaver, autosave_interval
from journey_editor.editor.document import Document
from journey_editor.fileformat.errors import printable
from journey_editor.layout.style import Style
from journey_editor.model.edits import Change
from journey_editor.ui.actions import create_actions
from journey_editor.ui.dock_rails import DockRails
from journey_editor.ui.docks import create_docks
from journey_editor.ui.edit_controller import EditController
from journey_editor.ui.file_actions import FileActions
from journey_editor.ui.heat_overlay import HeatOverlay
from journey_editor.ui.high_contrast import HighContrast
from journey_editor.ui.journey_box import JourneyBox
from journey_editor.ui.map_accessibility import MapAccess
from journey_editor.ui.pane_focus import PaneFocus
from journey_editor.ui.read_only import ReadOnlyMode
from journey_editor.ui.session_menu import SessionMenu
from journey_editor.ui.settings import Settings
from journey_editor.ui.undo_notice import UndoNotice
from journey_editor.ui.window_dialogs import WindowDialogs

if TYPE_CHECKING:
    from journey_editor.ui.panels import Panels
    from journey_editor.ui.workshop import WorkshopMode

# Modules for dialogs, the docks' contents and workshop mode are imported where they are
# first needed: start-up time is what a facilitator waits for in front of the room.


class MainWindow(QMainWindow):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = Settings()
        self.actions = create_actions(self)
        self.view = JourneyView(self)
        self.map_access = MapAccess(self.view, self.actions)  # for screen readers
        self.docks: dict[str, QDockWidget] = {}
        self.read_only_mode = ReadOnlyMode(self, lambda: self.document, self.actions, self.docks)
        self.read_only_mode.applied.connect(self._read_only_applied)
        self.setCentralWidget(self.read_only_mode.wrap(self.view))
        self.edits = EditController(self.view, self)
        self.edits.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.undo_notice = UndoNotice(self.statusBar())
        self.edits.done.connect(self._edit_done)
        self.workshop: WorkshopMode | None = None  # these two: after the first frame
        self._panels: Panels | None = None
        self.document: Document | None = None
        self.autosaver: Autosaver | None = None
        self.scenes: dict[str, JourneyScene] = {}
        self.view_states: dict[str, ViewState] = {}
        self.journey_box = JourneyBox(self)
        self.zoom_label = QLabel(self)
        self.marks: tuple[str, dict[str, str]] = ("", {})  # the compare view's, by journey
        self.dialogs = WindowDialogs(self, self.view, lambda: self.document)
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self.panes = PaneFocus(self, self.view, self.docks, self.toolbar, self.rails.toggle)
        self.high_contrast = HighContrast(self.actions["high_contrast"], self.set_map_style)
        self._connect_actions()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z:.0%}"))
        self.journey_box.chosen.connect(self.show_journey)
        self._restore_window()
        self.set_document(document)
        self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The map's first paint: fill in the rest of the window right after it."""
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.finish_start)
        return super().eventFilter(watched, event)

    def finish_start(self) -> None:
        """Builds what the map's first frame does not need (also on first use of `panels`)."""
        if self.workshop is None:
            from journey_editor.ui.workshop import WorkshopMode

            self.workshop = WorkshopMode(self, self.view, lambda: self.scenes.values(),
                                         self.show_journey)
        if self._panels is None:
            from journey_editor.ui.panels import Panels

            assert self.document is not None
            self._panels = Panels(self.document, self, self.docks, self.view, self,
                                  self.journey_menu)
            self._panels.inspector.leaveRequested.connect(self.panes.focus_map)
            conflicts = self._panels.conflicts
            conflicts.counted.connect(lambda count: self.rails.show_tab("conflicts", count > 0))
            conflicts.refresh()
            self.read_only_mode.apply()

    def toggle_workshop(self) -> None:
        """F11 before the map's first frame too (a big map's takes a second)."""
        self.finish_start()
        assert self.workshop is not None
        self.workshop.toggle()

    @property
    def read_only(self) -> bool:
        """Opened read-only: no edits, and Save goes to Save As."""
        return self.read_only_mode.on

    @property
    def panels(self) -> Panels:
        """The docks' contents; built now if the first frame has not come yet."""
        self.finish_start()
        assert self._panels is not None
        return self._panels

    # --- construction ---------------------------------------------------------------------

    def _build_docks(self) -> None:
        """Empty docks in their places; `Panels` fills them after the first frame."""
        self.docks.update(create_docks(self))
        self.rails = DockRails(self, list(self.docks.values()))
        self.view.uncover = self.rails.step_aside

    def _build_menus(self) -> None:
        a = self.actions
        menus = {
            self.tr("&File"): ["new", "new_from_template", "open", None, "save", "save_as", None,
                               "ask_summary", "revision_history", "mark_baseline",
                               "compare_saved", None, "export", "export_web_page",
                               "export_guide", "import_survey", None, "properties", None,
                               "quit"],
            self.tr("&Edit"): ["undo", "redo", None, "cut", "copy", "paste", "duplicate",
                               "delete", None, "edit_in_inspector", "select_all", "connect",
                               None, "preferences"],
            self.tr("&Map"): ["add_card", "add_stage", "add_lane"],
            self.tr("&Journey"): [],  # the journeys panel's actions, see Panels
            self.tr("&View"): ["unvalidated_only", "high_contrast", None, "zoom_in", "zoom_out",
                               "zoom_reset", "fit", None, "workshop", "curves_together",
                               None, "next_pane", "previous_pane"],
            self.tr("&Help"): ["getting_started", "help_shortcuts", "file_format", None, "about"],
        }
        for title, ids in menus.items():
            menu = self.menuBar().addMenu(title)
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[action_id])
            if title == self.tr("&File"):
                self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
                entries = menu.actions()  # right under Open…, as in most editors
                menu.insertMenu(entries[entries.index(a["open"]) + 1], self.recent_menu)
                self.session = SessionMenu(self)  # Host / Join / End Live Session
                self.session.install(menu, a["quit"])
            if title == self.tr("&Journey"):
                self.journey_menu = menu
            if title == self.tr("&View"):
                self.heat = HeatOverlay(self.view, menu.addMenu(self.tr("&Heat Overlay")),
                                        self.statusBar())
                menu.addSeparator()
                for dock in self.docks.values():
                    menu.addAction(dock.toggleViewAction())
        self.files = FileActions(self, self.actions, self.settings, lambda: self.document,
                                 self.set_document, self.read_only_mode)
        self.files.message.connect(self.statusBar().showMessage)
        self.file_safety = self.files.safety
        self.read_only_mode.save_as.clicked.connect(self.files.save_as)
        self.recent_menu.aboutToShow.connect(
            lambda: self.files.fill_recent_menu(self.recent_menu))

    def _build_toolbar(self) -> None:
        bar = self.toolbar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main_toolbar")
        for action_id in ("new", "open", "save", None, "undo", "redo", None, "add_card",
                          "add_stage", "add_lane", None, "zoom_out", "zoom_in", "fit"):
            if action_id is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions[action_id])
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Journey: "), self))
        bar.addWidget(self.journey_box)

    def _connect_actions(self) -> None:
        a, e, v, f, d = self.actions, self.edits, self.view, self.files, self.dialogs
        handlers = {
            "new": f.new_document, "new_from_template": f.new_from_template,
            "open": f.open_dialog, "save": f.save, "save_as": f.save_as,
            "export": d.export, "export_web_page": d.web_page, "export_guide": d.guide,
            "mark_baseline": d.mark_baseline, "curves_together": d.curves_together,
            "preferences": self.preferences, "quit": self.close, "cut": e.cut, "copy": e.copy,
            "paste": e.paste, "duplicate": e.duplicate, "delete": e.delete,
            "select_all": e.select_all, "connect": e.connect_selected, "add_card": e.add_card,
            "add_stage": e.add_stage, "add_lane": e.add_lane, "zoom_in": lambda: v.zoom_by(1.25),
            "zoom_out": lambda: v.zoom_by(0.8), "zoom_reset": v.actual_size, "fit": v.fit,
            "import_survey": d.import_survey, "properties": d.properties,
            "getting_started": lambda: d.help("show_getting_started"),
            "help_shortcuts": lambda: d.help("show_shortcuts"),
            "file_format": lambda: d.help("show_file_format"),
            "about": lambda: d.help("show_about"),
            "next_pane": lambda: self.panes.step(True),
            "previous_pane": lambda: self.panes.step(False),
            "edit_in_inspector": self.edit_in_inspector, "workshop": self.toggle_workshop,
        }
        for action_id, handler in handlers.items():
            a[action_id].triggered.connect(handler)
        a["unvalidated_only"].setCheckable(True)
        a["unvalidated_only"].toggled.connect(
            lambda on: self.view.journey_scene().set_unvalidated_only(on))
        for action in a.values():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addActions(list(a.values()))

    # --- documents --------------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        if self.workshop is not None:
            self.workshop.leave()  # its projector scene shows the old document
        old = self.document
        if self.autosaver is not None:
            self.autosaver.discard()  # the old map was saved or its changes dropped
        self.undo_notice.dismiss()
        self.document = document
        document.setParent(self)
        self.files.adopt(document)
        self.autosaver = Autosaver(document, interval_s=autosave_interval())
        self.autosaver.failed.connect(lambda m: self.statusBar().showMessage(
            self.tr("Autosave failed: {0}").format(m), 8000))
        document.refused.connect(lambda text: self.statusBar().showMessage(self.tr(
            "'{0}' not done: this map is open read-only (Save As makes a copy you can edit)")
            .format(text), 8000))
        self.scenes, self.view_states = {}, {}
        stack = document.undo_stack
        self.actions["undo"].triggered.connect(stack.undo)
        self.actions["redo"].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        self.actions["undo"].setEnabled(stack.canUndo())
        self.actions["redo"].setEnabled(stack.canRedo())
        stack.cleanChanged.connect(self.update_title)
        document.pathChanged.connect(self.update_title)
        document.changed.connect(self._on_document_changed)
        if self._panels is not None:
            self._panels.set_document(document)
        self.read_only_mode.set(False)
        if old is not None:
            for action_id, slot in (("undo", old.undo_stack.undo), ("redo", old.undo_stack.redo)):
                self.actions[action_id].triggered.disconnect(slot)
            old.deleteLater()
        self.journey_box.fill(document.workspace.journeys, None)
        if document.workspace.journeys:
            self.show_journey(document.workspace.journeys[0].id)
        self.update_title()
        if document.left_out:  # the file keeps it until saved (and its backup after)
            self.statusBar().showMessage("; ".join(document.left_out), 30000)

    def show_journey(self, journey_id: str) -> None:
        assert self.document is not None
        current = self.view.scene()
        if isinstance(current, JourneyScene):
            self.view_states[current.journey_id] = self.view.view_state()
        scene = self.scenes.get(journey_id)
        if scene is None:
            scene = self.scenes[journey_id] = JourneyScene(self.document, journey_id,
                                                           self.high_contrast.style())
            scene.selectionChanged.connect(self._selection_changed)
            scene.layoutChanged.connect(self.map_access.refresh)  # cards came or went
            if self.marks[0] == journey_id:
                scene.set_marks(self.marks[1])
        self.view.set_journey_scene(scene)
        scene.set_unvalidated_only(self.actions["unvalidated_only"].isChecked())
        scene.set_heat(self.heat.metric)
        if journey_id in self.view_states:
            self.view.restore_view_state(self.view_states[journey_id])
        else:
            self.view.fit_readable()
        self.journey_box.show_current(journey_id)
        if self._panels is not None:
            self._panels.show_journey(journey_id)
        self._selection_changed()

    def set_map_style(self, style: Style) -> None:
        """Draws the maps with `style` (View > High Contrast): the scenes are built again;
        where the view was and what was selected stay."""
        scene = self.view.scene()
        if not isinstance(scene, JourneyScene) or scene.map_style == style:
            return
        selected = scene.selected_card_ids()
        self.scenes = {}  # show_journey keeps the view's place, and builds the scene again
        self.show_journey(scene.journey_id)
        self.view.journey_scene().select_cards(selected)

    def edit_in_inspector(self) -> None:
        """From the map to the selected item's first field in the Inspector."""
        if not self.panes.edit_in_inspector(self.panels.inspector.focus_first_field):
            self.statusBar().showMessage(self.tr("Select one card, stage or lane to edit it"),
                                         6000)

    def show_marks(self, journey_id: str, marks: dict[str, str]) -> None:
        self.marks = (journey_id, marks)
        for scene in self.scenes.values():
            scene.set_marks(marks if scene.journey_id == journey_id else {})

    def show_card(self, journey_id: str, card_id: str) -> None:
        self.show_journey(journey_id)
        scene = self.view.journey_scene()
        if card_id in scene.cards:
            scene.select_cards([card_id])
            self.view.bring_into_view(scene.cards[card_id].sceneBoundingRect(), 60)
        elif card_id in scene.ghosts:  # a removed card the compare view draws as a ghost
            scene.clearSelection()
            self.view.bring_into_view(scene.ghosts[card_id].sceneBoundingRect(), 60)

    def show_header(self, journey_id: str, header_id: str) -> None:
        """Selects a stage's or a lane's header and brings it into view."""
        self.show_journey(journey_id)
        scene = self.view.journey_scene()
        header = scene.stage_headers.get(header_id) or scene.lane_headers.get(header_id)
        if header is not None:
            scene.clearSelection()
            header.setSelected(True)
            self.view.ensureVisible(header, 60, 60)

    def _on_document_changed(self, changes: tuple[Change, ...]) -> None:
        self.map_access.refresh()  # the selected card's name, emotion or status
        if any(c.kind == "journey" for c in changes) and self.document is not None:
            scene = self.view.scene()
            self.journey_box.fill(self.document.workspace.journeys,
                                  scene.journey_id if isinstance(scene, JourneyScene) else None)

    def _edit_done(self, text: str) -> None:
        assert self.document is not None
        self.undo_notice.show_done(text, self.document.undo_stack)

    def _selection_changed(self) -> None:
        scene = self.view.scene()
        if not isinstance(scene, JourneyScene):
            return
        self.map_access.refresh()
        if self._panels is not None:
            self._panels.show_selection(scene)
        headers = [i for i in scene.selectedItems() if isinstance(i, HeaderItem)]
        for item in headers:
            item.update()

    def _read_only_applied(self) -> None:
        """What else follows the read-only mode: the journeys' actions, the workshop bar."""
        if self._panels is not None:
            self._panels.journeys.refresh_actions()
        if self.workshop is not None and self.workshop.panel is not None:
            self.workshop.panel.bar.refresh()
        self.update_title()

    def update_title(self) -> None:
        doc = self.document
        name = printable(doc.path.name) if doc and doc.path else self.tr("Untitled")
        if doc is not None and doc.read_only:
            name = self.tr("{0} (read-only)").format(name)
        self.setWindowTitle(self.tr("{0}[*] — Journey Editor").format(name))
        self.setWindowModified(bool(doc and doc.modified))
        if doc and doc.path:
            self.setWindowFilePath(str(doc.path))

    # --- dialogs ---------------------------------------------------------------------------------

    def preferences(self) -> None:
        from journey_editor.ui.preferences import PreferencesDialog

        if PreferencesDialog(self).exec() and self.autosaver is not None:
            self.autosaver.timer.setInterval(int(autosave_interval() * 1000))
            self.actions["ask_summary"].setChecked(self.settings.ask_summary())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.files.maybe_save():
            if self.workshop is not None:
                self.workshop.leave()  # remember the editing layout, not the projector's
            self.settings.save_window_state(self.saveGeometry(), self.saveState())
            if self.autosaver is not None:
                self.autosaver.discard()  # saved or dropped on purpose: nothing to recover
            self.files.unlock()
            event.accept()
        else:
            event.ignore()

    def _restore_window(self) -> None:
        geometry, state = self.settings.window_state()
        # A maximised window is maximised again on the screen it starts on, not restored
        # from saved coordinates (without a window manager those put it off by a frame).
        if geometry is None or not self.restoreGeometry(geometry) or self.isMaximized():
            self.rails.size_window()
        if state is None or not self.restoreState(state):
            self.rails.place_docks()
