"""The contents of the window's docks, built after the map's first frame.

The window creates the docks themselves at once (their places and sizes come back from
the saved layout, so the map does not move when their contents arrive) and fills them
here, once the map is on screen: a facilitator sees the map sooner, and these widgets
and their modules cost about as much as everything else before the first frame.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QMenu, QUndoView, QWidget

from journey_editor.canvas.scene import JourneyScene
from journey_editor.canvas.view import JourneyView
from journey_editor.editor.document import Document
from journey_editor.ui.checklist_panel import ChecklistPanel
from journey_editor.ui.compare_panel import ComparePanel
from journey_editor.ui.conflicts_panel import ConflictsPanel
from journey_editor.ui.inspector import Inspector
from journey_editor.ui.journeys import JourneysPanel
from journey_editor.ui.lazy_panel import LazyPanel
from journey_editor.ui.library import LibraryPanel
from journey_editor.ui.personas import PersonasPanel
from journey_editor.ui.review_panel import ReviewPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Panels", text)


class Navigator(Protocol):
    """Where the panels send the user (the main window): a journey, a card, a header."""

    def show_journey(self, journey_id: str) -> None: ...

    def show_marks(self, journey_id: str, marks: dict[str, str]) -> None: ...

    def show_card(self, journey_id: str, card_id: str) -> None: ...

    def show_header(self, journey_id: str, header_id: str) -> None: ...


class Panels:
    """Owned by the main window: one widget per dock, told about documents and journeys."""

    def __init__(self, document: Document, parent: QWidget, docks: dict[str, QDockWidget],
                 view: JourneyView, navigator: Navigator, journey_menu: QMenu) -> None:
        self.inspector = Inspector(document, parent)
        self.journeys = JourneysPanel(document, parent)
        self.personas = PersonasPanel(document, parent)
        self.library = LibraryPanel(parent=parent)
        self.compare = ComparePanel(document, parent)
        self.review = ReviewPanel(document, parent)
        self.checklist = ChecklistPanel(document, parent)
        self.conflicts = ConflictsPanel(document)  # its dock becomes its parent
        self.history = QUndoView(parent)
        self.history.setEmptyLabel(_tr("<original>"))
        for name in ("inspector", "history", "journeys", "personas", "library", "compare",
                     "review", "checklist", "conflicts"):
            dock, widget = docks[name], getattr(self, name)
            if isinstance(widget, LazyPanel):  # costly: works only while its tab shows
                widget.set_active(not dock.visibleRegion().isEmpty())
                dock.visibilityChanged.connect(widget.set_active)
            dock.setWidget(widget)
        self._connect(view, navigator, journey_menu)
        self.set_document(document)
        scene = view.scene()
        if isinstance(scene, JourneyScene):
            self.show_journey(scene.journey_id)
            self.show_selection(scene)

    def _connect(self, view: JourneyView, navigator: Navigator, journey_menu: QMenu) -> None:
        self.journeys.journeyActivated.connect(navigator.show_journey)
        self.compare.marksChanged.connect(navigator.show_marks)
        self.compare.cardChosen.connect(navigator.show_card)
        self.compare.headerChosen.connect(navigator.show_header)
        self.review.cardChosen.connect(navigator.show_card)
        self.review.stageChosen.connect(navigator.show_header)
        self.library.entryActivated.connect(
            lambda entry: view.journey_scene().add_entry(entry, view.cursor_cell))
        for action_id in ("add", "duplicate", "future_state", "delete"):
            journey_menu.addAction(self.journeys.actions[action_id])

    def set_document(self, document: Document) -> None:
        self.history.setStack(document.undo_stack)
        for panel in (self.inspector, self.journeys, self.personas, self.compare, self.review,
                      self.checklist, self.conflicts):
            panel.set_document(document)

    def show_journey(self, journey_id: str) -> None:
        self.journeys.set_current(journey_id)
        self.personas.set_journey(journey_id)
        self.review.set_journey(journey_id)
        self.checklist.set_journey(journey_id)

    def show_selection(self, scene: JourneyScene) -> None:
        picked, items = scene.selected_item(), len(scene.selectedItems())
        if picked is not None and picked[0] == "connection":
            self.inspector.show_note(self._arrow_note(scene, picked[1]))
        elif picked is not None:
            self.inspector.show_item(scene.journey_id, *picked)
        elif items > 1 and len(scene.selected_card_ids()) == items:  # two or more cards
            self.inspector.show_note(_tr("{0} cards selected.\nDrag them, or press Delete or "
                                         "Ctrl+D, to act on all; select one to edit it.")
                                     .format(items))
        elif items > 1:
            self.inspector.show_note(_tr("{0} items selected.\nSelect one to edit it.")
                                     .format(items))
        else:
            self.inspector.show_item(scene.journey_id, "journey", scene.journey_id)

    def _arrow_note(self, scene: JourneyScene, link_id: str) -> str:
        journey = scene.document.journey(scene.journey_id)
        link = next(c for c in journey.connections if c.id == link_id)
        titles = {card.id: card.title for card in journey.cards}
        return _tr("Arrow from '{0}' to '{1}'.\nPress Delete to remove it.").format(
            titles.get(link.source, ""), titles.get(link.target, ""))
