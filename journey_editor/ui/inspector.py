"""The Inspector dock: the fields of the selected card, stage, lane or journey.

The fields are described by one table per kind (`inspector_specs`); the widgets
come from `ui/fields/` (text, choice, table). A card shows the fields that fit its
lane (`card_forms`). With nothing selected the journey is shown, with the map's own title above it.
Every edit becomes an undo command (through `edit_facade`); the Inspector refreshes
itself from `Document.changed`, like every other view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journey_editor.editor import edit_facade, picture_commands
from journey_editor.editor.document import Document
from journey_editor.editor.edit_facade import Outcome
from journey_editor.layout.engine import lane_kind_names
from journey_editor.model.edits import Change
from journey_editor.model.types import Card, Lane, Model
from journey_editor.ui.card_forms import fields_to_show, form_for
from journey_editor.ui.fields.base import Choices, FieldEditor, translated
from journey_editor.ui.fields.choice import (
    CheckField,
    ChoiceField,
    ColorField,
    SizeField,
    SummaryField,
)
from journey_editor.ui.fields.picture import PictureField
from journey_editor.ui.fields.table import MetricsField, TableField
from journey_editor.ui.fields.text import LineField, ListField, TextField
from journey_editor.ui.inspector_specs import DEPENDS_ON, HEADINGS, KIND_WORDS, SPECS, Field


def make_editor(spec: Field, on_edit: Callable[[Any, bool], None]) -> FieldEditor:
    if spec.widget == "choice":
        fixed = [] if isinstance(spec.choices, str) else [
            (translated(label), value) for label, value in spec.choices]
        return ChoiceField(on_edit, fixed)
    if spec.widget == "check":
        return CheckField(on_edit, translated(spec.label))
    if spec.widget == "table":
        assert spec.new_row is not None
        field = MetricsField if spec.name == "metrics" else TableField
        return field(on_edit, spec.columns, spec.new_row)
    if spec.widget == "picture":
        return PictureField(on_edit)
    if spec.widget == "summary":
        assert spec.summary is not None
        return SummaryField(on_edit, spec.summary)
    simple: dict[str, type[FieldEditor]] = {"line": LineField, "list": ListField,
                                             "text": TextField, "color": ColorField,
                                             "size": SizeField}
    return simple[spec.widget](on_edit)  # type: ignore[call-arg]


def _label(item: Any) -> str:
    name = getattr(item, "title", None) or getattr(item, "name", None) or ""
    return name if len(name) <= 30 else name[:29] + "…"


class Inspector(QWidget):
    """Edits the item chosen with `show_item`; one page of fields per kind, built once."""

    # Escape that no field used (to close a list or cancel a cell): back to the map.
    leaveRequested = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._shown: tuple[str | None, str, str] | None = None  # (journey, kind, item id)
        self._editors: dict[str, dict[str, tuple[Field, FieldEditor]]] = {}
        # Per kind: each field's form and the widgets of its rows; each section's box.
        self._rows: dict[str, dict[str, tuple[QFormLayout, list[QWidget]]]] = {}
        self._boxes: dict[str, list[tuple[QGroupBox, tuple[str, ...]]]] = {}
        self._card_form: tuple[str, str, set[str]] = ("", "", set())  # card, form, fields
        self._pages: dict[str, QWidget] = {}
        self._typing_session = 0
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a new field (or widget) takes focus: a new session
            app.focusChanged.connect(self._new_typing_session)
        self._heading = QLabel()
        self._heading.setStyleSheet("font-weight: bold;")
        self._hint = QLabel()
        self._hint.setObjectName("hint")
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setEnabled(False)  # drawn greyed: it is a hint, not content
        self._stack = QStackedWidget()
        self._stack.addWidget(self._hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._stack, 1)
        document.changed.connect(self._on_changed)
        self.show_item(None, None, None)

    # --- public API ---------------------------------------------------------------------

    def set_document(self, document: Document) -> None:
        self.document.changed.disconnect(self._on_changed)
        self.document = document
        document.changed.connect(self._on_changed)
        self.show_item(None, None, None)

    def _new_typing_session(self, *_: object) -> None:
        self._typing_session += 1

    def show_item(self, journey_id: str | None, kind: str | None, item_id: str | None) -> None:
        """Shows the item's fields; kind None (or an item that does not exist) shows the hint."""
        self._new_typing_session()
        if kind == "journey":
            journey_id = item_id
        if (kind not in SPECS or item_id is None
                or not self.document.exists(journey_id, kind, item_id)):
            self._shown = None
            self._heading.setText("")
            self._hint.setText(self.tr("Select a card, stage or lane to edit it"))
            self._stack.setCurrentWidget(self._hint)
            return
        self._shown = (journey_id, kind, item_id)
        self._heading.setText(translated(HEADINGS[kind]))
        self._stack.setCurrentWidget(self._page(kind))
        self._load()

    def show_note(self, text: str) -> None:
        """No fields to show, but something to say about the selection."""
        self.show_item(None, None, None)
        self._hint.setText(text)

    def shown_item(self) -> tuple[str | None, str, str] | None:
        """(journey id, kind, item id) of what is shown, None while the hint shows."""
        return self._shown

    def field_widget(self, name: str) -> QWidget:
        """The input widget of a field of the shown kind (focus it, or drive it in tests)."""
        assert self._shown is not None, "no item shown"
        return self._editors[self._shown[1]][name][1].input

    def focus_first_field(self) -> bool:
        """Puts the focus on the shown item's first field (a card's title); False while
        the hint shows."""
        if self._shown is None:
            return False
        for _, editor in self._editors[self._shown[1]].values():
            if editor.widget.isVisibleTo(self):  # a row the card's lane leaves out is not
                page = self._stack.currentWidget()
                assert isinstance(page, QScrollArea)
                page.ensureWidgetVisible(editor.input)
                editor.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.leaveRequested.emit()
        else:
            super().keyPressEvent(event)

    def field_error(self, name: str) -> str | None:
        """The message shown under a field whose last edit was refused, else None."""
        assert self._shown is not None, "no item shown"
        editor = self._editors[self._shown[1]][name][1]
        return editor.error_label.text() if editor.has_error else None

    # --- building -----------------------------------------------------------------------

    def _page(self, kind: str) -> QWidget:
        if kind not in self._pages:  # built when first needed, then reused for every item
            self._pages[kind] = self._build_page(kind)
            self._stack.addWidget(self._pages[kind])
        return self._pages[kind]

    def _build_page(self, kind: str) -> QWidget:
        editors: dict[str, tuple[Field, FieldEditor]] = {}
        rows: dict[str, tuple[QFormLayout, list[QWidget]]] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        self._boxes[kind] = []
        for title, fields in SPECS[kind]:
            box = QGroupBox(translated(title))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for spec in fields:
                editor = make_editor(spec, self._editor_callback(kind, spec.name))
                editor.input.setObjectName(spec.name)
                widgets = [editor.widget]
                if spec.widget == "check":
                    form.addRow(editor.widget)  # the check box carries its own label
                elif spec.widget == "table":  # full width: a table beside a label is cramped
                    widgets.insert(0, QLabel(translated(spec.label)))
                    form.addRow(widgets[0])
                    form.addRow(editor.widget)
                else:
                    form.addRow(translated(spec.label), editor.widget)
                editors[spec.name] = (spec, editor)
                rows[spec.name] = (form, widgets)
            column.addWidget(box)
            self._boxes[kind].append((box, tuple(spec.name for spec in fields)))
        column.addStretch(1)
        self._editors[kind] = editors
        self._rows[kind] = rows
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _editor_callback(self, kind: str, name: str) -> Callable[[Any, bool], None]:
        # Only the shown page takes edits (a hidden page may still emit while it is rebuilt).
        return lambda value, merge: (self._edit(name, value, merge)
                                     if self._shown is not None and self._shown[1] == kind
                                     else None)

    # --- model -> widgets ---------------------------------------------------------------

    def _load(self) -> None:
        assert self._shown is not None
        journey_id, kind, item_id = self._shown
        item = self.document.find(journey_id, kind, item_id)
        for spec, editor in self._editors[kind].values():
            if isinstance(spec.choices, str) and isinstance(editor, ChoiceField):
                editor.set_choices(self._choices(spec.choices))
            editor.show_value(getattr(self._owner(spec, item), spec.name))
        if isinstance(item, Card):
            self._fit_card_form(journey_id, item)
        elif isinstance(item, Lane):
            # Values set by hand for the curve mean nothing on a lane of notes.
            layout, widgets = self._rows["lane"]["emotion_values"]
            for widget in widgets:
                layout.setRowVisible(widget, item.kind == "emotion")

    def _owner(self, spec: Field, item: Model) -> Model:
        """What the field edits: the shown item, or the whole map."""
        return self.document.workspace if spec.workspace else item

    def _fit_card_form(self, journey_id: str | None, card: Card) -> None:
        """Shows the fields that fit the card's lane, and any other that holds a value.
        While the same card stays in a lane of the same kind, a field once shown stays,
        so that clearing a value does not take its field away under the user's hands."""
        lane = self.document.find(journey_id, "lane", card.lane)
        assert isinstance(lane, Lane)
        form = form_for(lane)
        shown = fields_to_show(card, form)
        if self._card_form[:2] == (card.id, form.name):
            shown |= self._card_form[2]
        self._card_form = (card.id, form.name, shown)
        for name, (layout, widgets) in self._rows["card"].items():
            for widget in widgets:
                layout.setRowVisible(widget, name in shown)
        for index, (box, names) in enumerate(self._boxes["card"]):
            box.setVisible(any(name in shown for name in names))
            if index == 0:  # the first section is named after the kind of card
                box.setTitle(translated(form.name))
        title = self._editors["card"]["title"][1].input
        assert isinstance(title, QLineEdit)
        title.setPlaceholderText(translated(form.hint) if form.hint else "")

    def _choices(self, source: str) -> Choices:
        """Choices drawn from the document (personas, other journeys, stages, lanes), or
        the lane kinds' names as the map shows them."""
        assert self._shown is not None
        journey_id, _, item_id = self._shown
        if source == "lane_kinds":
            return [(name, kind) for kind, name in lane_kind_names().items()]
        workspace = self.document.workspace
        none = [(self.tr("none"), None)]
        if source == "personas":
            return none + [(p.name or p.id, p.id) for p in workspace.personas]
        if source == "journeys":
            return none + [(j.name or j.id, j.id) for j in workspace.journeys if j.id != item_id]
        items = self.document.items(journey_id, source[:-1])  # "stages" -> "stage"
        return [(item.name or item.id, item.id) for item in items]

    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        if self._shown is None or not any(self._concerns(c) for c in changes):
            return
        journey_id, kind, item_id = self._shown
        if self.document.exists(journey_id, kind, item_id):
            self._load()
        else:  # deleted, or its creation undone
            self.show_item(None, None, None)

    def _concerns(self, change: Change) -> bool:
        assert self._shown is not None
        journey_id, kind, item_id = self._shown
        if change.kind == "workspace":  # the map's title, shown on the journey's page
            return kind == "journey"
        if (change.kind == kind and item_id in change.ids) or (
                change.kind == "journey" and journey_id in change.ids):
            return True
        if kind == "card":
            return change.journey == journey_id and change.kind in DEPENDS_ON[kind]
        return change.kind in DEPENDS_ON.get(kind, ())

    # --- widgets -> commands ------------------------------------------------------------

    def _edit(self, name: str, value: Any, merge: bool) -> None:
        assert self._shown is not None
        journey_id, kind, item_id = self._shown
        spec, editor = self._editors[kind][name]
        item = self.document.find(journey_id, kind, item_id)
        if getattr(self._owner(spec, item), name) == value:  # e.g. typed back to the saved text
            editor.set_error(None)
            return
        outcome = self._push(item, spec, value, merge)
        # Refused by the model's constraints: say so, the model stays as it was.
        editor.set_error(editor.explain(value) if outcome is Outcome.UNCHANGED else None)

    def _push(self, item: Model, spec: Field, value: Any, merge: bool) -> Outcome:
        assert self._shown is not None
        journey_id, kind, item_id = self._shown
        # Typing merges into one undo step only within one visit to the field.
        session = self._typing_session if merge else None
        if spec.workspace:
            return edit_facade.set_map_title(self.document, value, session)
        if kind == "card" and spec.name in ("stage", "lane"):
            # Changing a card's cell is a move (it also takes the card to the cell's end).
            assert isinstance(item, Card)
            stage = value if spec.name == "stage" else item.stage
            lane = value if spec.name == "lane" else item.lane
            return edit_facade.move_cards(self.document, journey_id or "",
                                          [(item_id, stage, lane)])
        if kind == "card" and spec.name == "picture":
            return self._push_picture(journey_id or "", item_id, value)
        text = self.tr("Edit {0} '{1}': {2}").format(
            translated(KIND_WORDS[kind]), _label(item), translated(spec.label))
        return edit_facade.edit(self.document, journey_id or "", kind, item_id,
                                {spec.name: value}, text=text, merge=session)

    def _push_picture(self, journey_id: str, card_id: str, value: Any) -> Outcome:
        """`value`: (key, picture) to attach, None to remove (see fields.picture)."""
        if value is None:
            return picture_commands.remove_picture(self.document, journey_id, card_id)
        key, image = value
        return picture_commands.attach_picture(self.document, journey_id, card_id, key, image)
