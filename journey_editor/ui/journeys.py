"""The Journeys dock: the journeys of the file, and a summary of the current one's persona.

Picking a journey emits `journeyActivated`; the main window shows it on the canvas
and calls `set_current` whenever the canvas switches by other means. Add,
duplicate, future state, rename (double-click or F2), reorder and delete are undo
commands (`workspace_commands`); the list redraws itself from `Document.changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade
from journey_editor.editor.document import Document
from journey_editor.model.edits import Change
from journey_editor.model.types import Journey
from journey_editor.render.picture import FUTURE_COLOUR
from journey_editor.templates import DEFAULT_LANGUAGE
from journey_editor.ui.personas import make_actions, persona_pixmap, tool_button

ID_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_PHOTO = 48
BADGE = 18


def state_icon(state: str) -> QIcon:
    """A future state's badge: a disc in the map frame's colour with an arrow ahead;
    a current state gets a blank of the same size, so that the names line up."""
    pixmap = QPixmap(BADGE, BADGE)
    pixmap.fill(Qt.GlobalColor.transparent)
    if state == "future":
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.5))  # apart from a selected row's colour
        painter.setBrush(QColor(FUTURE_COLOUR))
        painter.drawEllipse(QRectF(1, 1, BADGE - 2, BADGE - 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        c = BADGE / 2
        painter.drawPolygon(QPolygonF([QPointF(c - 3, c - 5), QPointF(c + 5, c),
                                       QPointF(c - 3, c + 5)]))
        painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # not tinted: the badge keeps its colour
    return icon


class _JourneyDelegate(QStyledItemDelegate):
    """Draws the state and persona as a second line under the name. The item's text is
    the name alone, so that renaming in place edits just the name."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE)
        if detail:
            # U+2028, not "\n": the item views draw a line separator, but drop a newline.
            option.text = f"{option.text}\u2028{detail}"  # type: ignore[attr-defined]


class JourneysPanel(QWidget):
    """The journeys of one document; the current one is the one on the canvas."""

    journeyActivated = Signal(str)  # noqa: N815 (Qt's naming): the user picked a journey

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._current: str | None = None
        self._row = 0  # the current journey's row, to pick a neighbour when it goes away
        self.language = DEFAULT_LANGUAGE  # of the blank template that Add starts from
        self.list = QListWidget()
        self.list.setObjectName("journeys")
        self.list.setItemDelegate(_JourneyDelegate(self.list))
        self.list.setSpacing(2)  # two-line rows need a gap to read as separate entries
        self.list.setIconSize(QSize(BADGE, BADGE))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.currentItemChanged.connect(self._on_current_item_changed)
        self.list.itemChanged.connect(self._on_item_renamed)
        self.actions = self._make_actions()
        self.buttons = {name: tool_button(action) for name, action in self.actions.items()}
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._button_grid())
        layout.addWidget(self._summary())
        document.changed.connect(self._on_changed)
        self.set_document(document)

    # --- public API ---------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        """Shows another document, its first journey current (the window shows that one)."""
        self.document.changed.disconnect(self._on_changed)
        self.document = document
        document.changed.connect(self._on_changed)
        journeys = document.workspace.journeys
        self._current, self._row = (journeys[0].id if journeys else None), 0
        self._refresh()

    def set_current(self, journey_id: str) -> None:
        """Marks the journey the canvas shows; emits nothing (the window knows already)."""
        if self.document.exists(None, "journey", journey_id):
            self._current = journey_id
            self._refresh()

    # --- building -----------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("add", self.tr("&Add"), self.tr("Add a blank journey"), self.add_journey),
            ("duplicate", self.tr("D&uplicate"), self.tr("Copy the selected journey"),
             self.duplicate_journey),
            ("future_state", self.tr("Create &future state"),
             self.tr("Copy the current-state journey into a linked future-state journey"),
             self.create_future_state),
            ("delete", self.tr("&Delete"), self.tr("Delete the selected journey"),
             self.delete_journey),
            ("up", self.tr("Move u&p"), self.tr("Move the journey up the list"),
             lambda: self.move_journey(-1)),
            ("down", self.tr("Move do&wn"), self.tr("Move the journey down the list"),
             lambda: self.move_journey(1)),
        ]
        return make_actions(self, specs)

    def _button_grid(self) -> QGridLayout:
        grid = QGridLayout()
        for index, button in enumerate(self.buttons.values()):
            grid.addWidget(button, index // 3, index % 3)
        return grid

    def _summary(self) -> QFrame:
        """The persona of the current journey, beside the map as the method asks."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_photo = QLabel()
        self.summary_photo.setFixedSize(SUMMARY_PHOTO, SUMMARY_PHOTO)
        self.summary_name = QLabel()
        bold = QFont(self.summary_name.font())
        bold.setBold(True)
        self.summary_name.setFont(bold)
        self.summary_segment = QLabel()
        self.summary_quote = QLabel()
        italic = QFont(self.summary_quote.font())
        italic.setItalic(True)
        self.summary_quote.setFont(italic)
        text = QVBoxLayout()
        for label in (self.summary_name, self.summary_segment, self.summary_quote):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout(frame)
        row.addWidget(self.summary_photo, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return frame

    # --- model -> widgets ---------------------------------------------------------------

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if any(c.kind in ("journey", "persona") for c in changes):
            self._refresh()

    def _refresh(self) -> None:
        """Updates the rows in place (a rename in progress keeps its item), rebuilding
        them only when journeys came or went or moved. When the current journey went
        away (deleted, or its creation undone), its neighbour becomes current and is
        announced, so that the canvas never shows a journey that no longer exists."""
        journeys = self.document.workspace.journeys
        ids = [j.id for j in journeys]
        blocker = QSignalBlocker(self.list)
        if ids != [self.list.item(r).data(ID_ROLE) for r in range(self.list.count())]:
            self.list.clear()
            for _ in journeys:
                item = QListWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
        for row, journey in enumerate(journeys):
            self._fill_item(self.list.item(row), journey)
        gone = self._current is not None and self._current not in ids
        row = ids.index(self._current) if self._current in ids else min(self._row, len(ids) - 1)
        self.list.setCurrentRow(row)
        blocker.unblock()
        self._current, self._row = (ids[row] if row >= 0 else None), max(row, 0)
        self._show_current()
        if gone and self._current is not None:
            self.journeyActivated.emit(self._current)

    def _fill_item(self, item: QListWidgetItem, journey: Journey) -> None:
        workspace = self.document.workspace
        names = {p.id: p.name for p in workspace.personas}
        state = self.tr("Future state") if journey.state == "future" else self.tr("Current state")
        persona = names.get(journey.persona or "") or self.tr("no persona")
        if item.text() != journey.name:
            item.setText(journey.name)
        item.setData(ID_ROLE, journey.id)
        item.setData(DETAIL_ROLE, f"{state} · {persona}")
        item.setIcon(state_icon(journey.state))
        based_on = next((j.name for j in workspace.journeys if j.id == journey.based_on), None)
        item.setToolTip(self.tr("Future state of '{0}'").format(based_on) if based_on else "")

    def _on_current_item_changed(self, item: QListWidgetItem | None, _: Any = None) -> None:
        if item is None:
            return
        self._current, self._row = item.data(ID_ROLE), self.list.row(item)
        self._show_current()
        self.journeyActivated.emit(self._current)

    def _show_current(self) -> None:
        journey = self.document.journey(self._current) if self._current else None
        self._show_persona(journey)
        count, row = self.list.count(), self.list.currentRow()
        some = journey is not None and not self.document.read_only  # read-only: look only
        self.actions["add"].setEnabled(not self.document.read_only)
        self.actions["duplicate"].setEnabled(some)
        self.actions["future_state"].setEnabled(some and journey is not None
                                                and journey.state == "current")
        self.actions["delete"].setEnabled(some and count > 1)
        self.actions["up"].setEnabled(some and row > 0)
        self.actions["down"].setEnabled(some and 0 <= row < count - 1)

    def refresh_actions(self) -> None:
        """Called when the map becomes read-only or editable again."""
        self._show_current()

    def _show_persona(self, journey: Journey | None) -> None:
        workspace = self.document.workspace
        persona = next((p for p in workspace.personas
                        if journey is not None and p.id == journey.persona), None)
        if persona is None:
            self.summary_photo.clear()
            self.summary_name.setText(self.tr("No persona"))
            self.summary_segment.setText(self.tr("Choose one for this journey in the Inspector."))
            self.summary_quote.clear()
            return
        self.summary_photo.setPixmap(persona_pixmap(persona, SUMMARY_PHOTO))
        self.summary_name.setText(persona.name)
        self.summary_segment.setText(persona.segment)
        self.summary_quote.setText(self.tr("“{0}”").format(persona.quote) if persona.quote else "")

    # --- widgets -> commands ------------------------------------------------------------

    def _on_item_renamed(self, item: QListWidgetItem) -> None:
        journey_id = item.data(ID_ROLE)
        if not self.document.exists(None, "journey", journey_id):
            return
        name = self.document.journey(journey_id).name
        if item.text() == name:
            return
        # A blank name, or a read-only map: show the name the map still has.
        if not edit_facade.rename_journey(self.document, journey_id, item.text()):
            blocker = QSignalBlocker(self.list)
            item.setText(name)
            blocker.unblock()

    def add_journey(self) -> None:
        self._show_new(edit_facade.add_journey(self.document, self.list.currentRow() + 1,
                                               self.language))

    def duplicate_journey(self) -> None:
        if self._current is not None:
            self._show_new(edit_facade.duplicate_journey(self.document, self._current))

    def create_future_state(self) -> None:
        if self._current is not None:
            self._show_new(edit_facade.create_future_state(self.document, self._current))

    def delete_journey(self) -> None:
        if self._current is not None:
            # The refresh then activates a neighbour.
            edit_facade.delete_journey(self.document, self._current)

    def move_journey(self, offset: int) -> None:
        if self._current is not None:
            edit_facade.reorder_journey(self.document, self._current,
                                        self.list.currentRow() + offset)

    def _show_new(self, journey_id: str | None) -> None:
        """Makes a journey just added current (None: none was added, e.g. read-only)."""
        if journey_id is not None:
            self._current = journey_id
            self._refresh()
            self.journeyActivated.emit(journey_id)
