"""The Personas dock: the workspace's personas in a list, and an editor for one of them.

Every change is an undo command (`workspace_commands`, `commands.make_edit`); the
panel redraws itself from `Document.changed` like every other view, updating
only the widgets whose value differs, so typing keeps its cursor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QSignalBlocker, QSize, QStandardPaths, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QIcon,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade, picture_commands
from journey_editor.editor.document import Document
from journey_editor.editor.picture_import import (
    PictureError,
    has_picture,
    picture_from_bytes,
    source_from_file,
    source_from_mime,
)
from journey_editor.model import images
from journey_editor.model.edits import Change
from journey_editor.model.types import Persona
from journey_editor.ui.fields.base import ERROR_COLOR, FieldEditor
from journey_editor.ui.fields.text import LineField, TextField

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_ICON = 32
PREVIEW = 96


def persona_pixmap(persona: Persona, side: int) -> QPixmap:
    """The persona's photo fitted into side x side, or a disc with the name's initial.
    The photo comes from the pictures this process has read (`model.images`), where
    the map's own images section is too."""
    photo = images.known(persona.picture) if persona.picture is not None else None
    if photo is not None:
        pixmap = QPixmap()
        if pixmap.loadFromData(photo.data):
            return pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
    return _initial_disc(persona.name, side)


def _initial_disc(name: str, side: int) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#90a4ae"))
    painter.drawEllipse(0, 0, side, side)
    font = QFont(painter.font())
    font.setPixelSize(max(side // 2, 6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, (name.strip()[:1] or "?").upper())
    painter.end()
    return pixmap


def tool_button(action: QAction) -> QToolButton:
    """A button for a panel action; the main window can put the same action in a menu."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


ActionSpec = tuple[str, str, str, Callable[[], None]]


def make_actions(parent: QWidget, specs: list[ActionSpec]) -> dict[str, QAction]:
    """Panel actions from (name, text, tooltip, slot) rows, for buttons and menus alike."""
    actions = {}
    for name, text, tip, slot in specs:
        action = QAction(text, parent)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        actions[name] = action
    return actions


class PersonasPanel(QWidget):
    """Lists, adds, deletes, reorders and edits the personas of one document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._selected: str | None = None  # persona id shown in the editor
        self._journey: str | None = None  # the journey on the canvas: a new persona's own
        self._row = 0  # its row, to select a neighbour when it goes away
        self._session = 0  # typing in one visit to a field is one undo step
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._new_typing_session)
        self.list = QListWidget()
        self.list.setObjectName("personas")
        self.list.setIconSize(QSize(LIST_ICON, LIST_ICON))
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.actions = self._make_actions()
        self.buttons = {name: tool_button(action) for name, action in self.actions.items()}
        self.fields: dict[str, FieldEditor] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._button_row())
        layout.addWidget(self._editor(), 2)
        document.changed.connect(self._on_changed)
        self._refresh()

    # --- public API ---------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        self.document.changed.disconnect(self._on_changed)
        self.document = document
        document.changed.connect(self._on_changed)
        self._selected, self._row, self._journey = None, 0, None
        self._refresh()

    def set_journey(self, journey_id: str | None) -> None:
        """The journey on the canvas: a persona added while it has none becomes its own."""
        self._journey = journey_id

    def select_persona(self, persona_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == persona_id:
                self.list.setCurrentRow(row)
                return

    # --- building -----------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("add", self.tr("Add"), self.tr("Add a persona"), self.add_persona),
            ("delete", self.tr("Delete"), self.tr("Delete the selected persona"),
             self.delete_persona),
            ("up", self.tr("Move up"), self.tr("Move the persona up the list"),
             lambda: self.move_persona(-1)),
            ("down", self.tr("Move down"), self.tr("Move the persona down the list"),
             lambda: self.move_persona(1)),
        ]
        return make_actions(self, specs)

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        return row

    def _editor(self) -> QWidget:
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = {"name": self.tr("Name"), "segment": self.tr("Segment or role"),
                  "goals": self.tr("Goals"), "needs": self.tr("Needs"),
                  "frustrations": self.tr("Frustrations"), "quote": self.tr("Quote")}
        for name, label in labels.items():
            kind = LineField if name in ("name", "segment") else TextField
            editor = kind(self._edit_callback(name, label))
            editor.input.setObjectName(name)
            self.fields[name] = editor
            form.addRow(label, editor.widget)
        form.addRow(self.tr("Photo"), self._photo_row())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.editor = body
        return scroll

    def _photo_row(self) -> QWidget:
        self.photo_label = _PhotoDrop(lambda mime: self._set_photo(
            lambda: source_from_mime(mime)))
        self.photo_label.setFixedSize(PREVIEW, PREVIEW)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_photo_button = QToolButton()
        self.choose_photo_button.setText(self.tr("Choose photo…"))
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.paste_photo_button = QToolButton()
        self.paste_photo_button.setText(self.tr("Paste photo"))
        self.paste_photo_button.setToolTip(self.tr("The picture on the clipboard as the photo"))
        self.paste_photo_button.clicked.connect(self.paste_photo)
        self.remove_photo_button = QToolButton()
        self.remove_photo_button.setText(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.photo_message = QLabel()
        self.photo_message.setWordWrap(True)
        self.photo_message.setStyleSheet(f"color: {ERROR_COLOR};")
        self.photo_message.hide()
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.photo_label, 0, 0, 4, 1)
        grid.addWidget(self.choose_photo_button, 0, 1)
        grid.addWidget(self.paste_photo_button, 1, 1)
        grid.addWidget(self.remove_photo_button, 2, 1)
        grid.setRowStretch(3, 1)
        grid.addWidget(self.photo_message, 4, 0, 1, 2)
        return holder

    # --- model -> widgets ---------------------------------------------------------------

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        touched = {i for c in changes if c.kind == "persona" for i in c.ids}
        if touched:
            self._refresh(touched)

    def _refresh(self, touched: set[str] | None = None) -> None:
        """Brings the list up to date (only the `touched` rows while the order holds),
        keeps the selection on the same persona, or its neighbour when it went away."""
        personas = self.document.workspace.personas
        blocker = QSignalBlocker(self.list)
        if [p.id for p in personas] != self._listed_ids():
            self.list.clear()
            for _ in personas:
                self.list.addItem(QListWidgetItem())
            touched = None
        for row, persona in enumerate(personas):
            if touched is None or persona.id in touched:
                self._fill_item(self.list.item(row), persona)
        ids = [p.id for p in personas]
        row = ids.index(self._selected) if self._selected in ids else min(self._row, len(ids) - 1)
        self.list.setCurrentRow(row)
        blocker.unblock()
        self._show(ids[row] if row >= 0 else None)

    def _listed_ids(self) -> list[str]:
        return [self.list.item(row).data(ID_ROLE) for row in range(self.list.count())]

    def _fill_item(self, item: QListWidgetItem, persona: Persona) -> None:
        name = persona.name or self.tr("(no name)")
        item.setText(f"{name}\n{persona.segment}" if persona.segment else name)
        item.setData(ID_ROLE, persona.id)
        item.setIcon(QIcon(persona_pixmap(persona, LIST_ICON)))
        item.setToolTip(persona.quote)

    def _on_row_changed(self, row: int) -> None:
        item = self.list.item(row)
        self._show(item.data(ID_ROLE) if item is not None else None)

    def _show(self, persona_id: str | None) -> None:
        if persona_id != self._selected:
            self._new_typing_session()
            self._set_photo_message(None)
        self._selected = persona_id
        self._row = max(self.list.currentRow(), 0)
        persona = (self.document.workspace.persona(persona_id)
                   if persona_id is not None else Persona(id="none", name=""))
        for name, editor in self.fields.items():
            editor.show_value(getattr(persona, name))
        self.photo_label.setPixmap(persona_pixmap(persona, PREVIEW) if persona_id else QPixmap())
        self.editor.setEnabled(persona_id is not None)
        self.remove_photo_button.setEnabled(persona.picture is not None)
        self._update_actions()

    def _update_actions(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        selected = self._selected is not None
        self.actions["delete"].setEnabled(selected)
        self.actions["up"].setEnabled(selected and row > 0)
        self.actions["down"].setEnabled(selected and 0 <= row < count - 1)

    # --- widgets -> commands ------------------------------------------------------------

    def _new_typing_session(self, *_: object) -> None:
        self._session += 1

    def _edit_callback(self, name: str, label: str) -> Callable[[Any, bool], None]:
        return lambda value, merge: self._edit(name, label, value, merge)

    def _edit(self, name: str, label: str, value: Any, merge: bool) -> None:
        if self._selected is None:
            return
        editor = self.fields[name]
        persona = self.document.workspace.persona(self._selected)
        if getattr(persona, name) == value:  # e.g. typed back to the saved text
            editor.set_error(None)
            return
        text = self.tr("Edit persona '{0}': {1}").format(_short(persona.name), label)
        outcome = edit_facade.edit(self.document, None, "persona", self._selected,
                                   {name: value}, text=text,
                                   merge=("personas", self._session) if merge else None)
        # Refused by the model's limits: say why, the model stays as it was.
        editor.set_error(editor.explain(value) if outcome is edit_facade.Outcome.UNCHANGED
                         else None)

    def add_persona(self) -> None:
        persona_id = edit_facade.add_persona(self.document, self.list.currentRow() + 1,
                                             self._journey)
        if persona_id is None:  # at the limit, or a read-only map
            return
        self.select_persona(persona_id)
        name = self.fields["name"].input
        name.setFocus()
        if isinstance(name, QLineEdit):
            name.selectAll()  # typing replaces the placeholder name

    def delete_persona(self) -> None:
        if self._selected is not None:
            edit_facade.delete_persona(self.document, self._selected)

    def move_persona(self, offset: int) -> None:
        if self._selected is not None:
            new_row = self.list.currentRow() + offset
            edit_facade.reorder_persona(self.document, self._selected, new_row)

    def choose_photo(self) -> None:
        if self._selected is None:
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), start,
            self.tr("Pictures (*.png *.jpg *.jpeg);;All files (*)"))
        if name:
            self.set_photo_from_file(Path(name))

    def set_photo_from_file(self, path: Path) -> bool:
        """True when the photo was set; else the reason shows under the photo."""
        return self._set_photo(lambda: source_from_file(path))

    def paste_photo(self) -> bool:
        """The clipboard's picture (an image, or a copied PNG or JPEG file) as the photo."""
        return self._set_photo(lambda: source_from_mime(QApplication.clipboard().mimeData()))

    def _set_photo(self, source: Callable[[], tuple[bytes, str]]) -> bool:
        """Stored as a card's picture is (a bomb or a file cut short is refused before
        decoding; scaled down, re-encoded, kept once in the images section), then set;
        else the reason shows under the photo."""
        if self._selected is None:
            return False
        try:
            key, image = picture_from_bytes(*source())
            picture_commands.attach_persona_picture(self.document, self._selected, key, image)
        except PictureError as error:
            self._set_photo_message(str(error))
            return False
        self._set_photo_message(None)
        return True

    def remove_photo(self) -> None:
        if self._selected is not None:
            picture_commands.remove_persona_picture(self.document, self._selected)

    def _set_photo_message(self, message: str | None) -> None:
        self.photo_message.setText(message or "")
        self.photo_message.setHidden(not message)


class _PhotoDrop(QLabel):
    """The persona's photo; a PNG or JPEG file (or image) dropped on it becomes the photo."""

    def __init__(self, on_drop: Callable[[QMimeData], bool]) -> None:
        super().__init__()
        self.on_drop = on_drop
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if has_picture(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.on_drop(event.mimeData())
        event.acceptProposedAction()


def _short(name: str) -> str:
    return name if len(name) <= 30 else name[:29] + "…"
