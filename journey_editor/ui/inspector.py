"""The Inspector dock: every field of the selected card, stage, lane or journey.

The fields are described by one table per kind (`SPECS`); the widgets come from
`inspector_fields`. Every edit becomes an undo command (`commands.make_edit`);
the Inspector refreshes itself from `Document.changed`, like every other view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QGroupBox, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget,
)

from journey_editor.editor import commands
from journey_editor.editor.document import Document
from journey_editor.layout.style import PRESET_FILLS
from journey_editor.model.edits import Change
from journey_editor.model.types import (
    CardStatus, Comment, CommentSource, ControlKind, Evidence, EvidenceKind, JourneyState,
    LaneKind, Metric, Model, Phase, ScopeKind, Zone,
)
from journey_editor.ui.inspector_fields import (
    CheckField, ChoiceField, Choices, ColorField, Column, FieldEditor, LineField, ListField,
    SizeField, SummaryField, TableField, TextField,
)


# Labels are marked with QT_TRANSLATE_NOOP (so that pyside6-lupdate collects them) and
# translated where they are shown, once the application's translators are installed.
T = "Inspector"  # the translation context of every string here


def tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def literal(kind: Any, labels: dict[str, str], none: bool = False) -> Choices:
    """(label, value) for every value of a Literal type, in the model's order; a value
    without a label shows as itself, so a new model value never breaks the Inspector."""
    pairs = [(labels.get(value, value), value) for value in get_args(kind)]
    return [(QT_TRANSLATE_NOOP("Inspector", "none"), None), *pairs] if none else pairs


EMOTIONS: Choices = [
    (QT_TRANSLATE_NOOP("Inspector", "none"), None), (QT_TRANSLATE_NOOP("Inspector", "+3 delighted"), 3), (QT_TRANSLATE_NOOP("Inspector", "+2 pleased"), 2), (QT_TRANSLATE_NOOP("Inspector", "+1 content"), 1),
    (QT_TRANSLATE_NOOP("Inspector", "0 neutral"), 0), (QT_TRANSLATE_NOOP("Inspector", "-1 uneasy"), -1), (QT_TRANSLATE_NOOP("Inspector", "-2 frustrated"), -2), (QT_TRANSLATE_NOOP("Inspector", "-3 angry"), -3),
]
EVIDENCE_KINDS = literal(EvidenceKind, {
    "survey": QT_TRANSLATE_NOOP("Inspector", "Survey"), "interview": QT_TRANSLATE_NOOP("Inspector", "Interview"), "analytics": QT_TRANSLATE_NOOP("Inspector", "Analytics"),
    "observation": QT_TRANSLATE_NOOP("Inspector", "Observation"), "focus_group": QT_TRANSLATE_NOOP("Inspector", "Focus group"),
    "support_log": QT_TRANSLATE_NOOP("Inspector", "Support log"), "market_research": QT_TRANSLATE_NOOP("Inspector", "Market research"),
    "review_site": QT_TRANSLATE_NOOP("Inspector", "Review site"), "other": QT_TRANSLATE_NOOP("Inspector", "Other")})
COMMENT_SOURCES = literal(CommentSource, {
    "focus_group": QT_TRANSLATE_NOOP("Inspector", "Focus group"), "customer_forum": QT_TRANSLATE_NOOP("Inspector", "Customer forum"),
    "department": QT_TRANSLATE_NOOP("Inspector", "Department"), "staff": QT_TRANSLATE_NOOP("Inspector", "Staff"), "customer": QT_TRANSLATE_NOOP("Inspector", "Customer"),
    "other": QT_TRANSLATE_NOOP("Inspector", "Other")})
PRESETS: Choices = [(QT_TRANSLATE_NOOP("Inspector", "none"), ""), *((name.replace("_", " ").capitalize(), name)
                                       for name in PRESET_FILLS)]


def _votes(votes: dict[str, int]) -> str:
    people = ", ".join(f"{name} {dots}" for name, dots in votes.items())
    return tr("Dots: {0} ({1})").format(sum(votes.values()), people) if votes else tr("No dots yet")


def _checklist(items: list[Any]) -> str:
    answered = sum(item.answer != "unchecked" for item in items)
    if not answered:
        return tr("No review questions answered yet")
    return tr("Review questions answered: {0} of {1}").format(answered, len(items))


def _voting(voting: Any) -> str:
    if voting is None:
        return tr("No dot voting set up")
    return tr("Participants: {0}, dots each: {1}").format(len(voting.participants),
                                                          voting.dots_per_participant)


def _emotion_values(values: dict[str, float]) -> str:
    return (tr("Stages set by hand: {0}").format(len(values)) if values
            else tr("Follows the cards' emotions"))


@dataclass(frozen=True)
class Field:
    name: str  # the model attribute
    label: str  # untranslated (N)
    widget: str = "line"  # line, text, list, choice, check, color, size, table, summary
    choices: Choices | str = ()  # fixed pairs, or the workspace list they come from
    columns: tuple[Column, ...] = ()
    new_row: Callable[[], Any] | None = None
    summary: Callable[[Any], str] | None = None


Section = tuple[str, tuple[Field, ...]]

SPECS: dict[str, tuple[Section, ...]] = {
    "card": (
        (QT_TRANSLATE_NOOP("Inspector", "Touchpoint"), (
            Field("title", QT_TRANSLATE_NOOP("Inspector", "Title")),
            Field("channel", QT_TRANSLATE_NOOP("Inspector", "Channel")),
            Field("owner", QT_TRANSLATE_NOOP("Inspector", "Owner")),
            Field("control", QT_TRANSLATE_NOOP("Inspector", "Control"), "choice", literal(ControlKind, {
                "owned": QT_TRANSLATE_NOOP("Inspector", "Owned"), "paid": QT_TRANSLATE_NOOP("Inspector", "Paid"), "earned": QT_TRANSLATE_NOOP("Inspector", "Earned"),
                "uncontrolled": QT_TRANSLATE_NOOP("Inspector", "Not controlled by us")})),
            Field("direct", QT_TRANSLATE_NOOP("Inspector", "Direct contact with the brand"), "check"),
            Field("key_touchpoint", QT_TRANSLATE_NOOP("Inspector", "Key touchpoint"), "check"),
            Field("notes", QT_TRANSLATE_NOOP("Inspector", "Notes"), "text"))),
        (QT_TRANSLATE_NOOP("Inspector", "Customer"), (
            Field("customer_goal", QT_TRANSLATE_NOOP("Inspector", "Customer goal"), "text"),
            Field("expectations", QT_TRANSLATE_NOOP("Inspector", "Expectations"), "text"),
            Field("pain_points", QT_TRANSLATE_NOOP("Inspector", "Pain points"), "text"),
            Field("emotion", QT_TRANSLATE_NOOP("Inspector", "Emotion"), "choice", EMOTIONS))),
        (QT_TRANSLATE_NOOP("Inspector", "Experience we want"), (
            Field("desired_think", QT_TRANSLATE_NOOP("Inspector", "Should think"), "text"),
            Field("desired_do", QT_TRANSLATE_NOOP("Inspector", "Should do"), "text"),
            Field("desired_feel", QT_TRANSLATE_NOOP("Inspector", "Should feel"), "text"),
            Field("ideas", QT_TRANSLATE_NOOP("Inspector", "Ideas"), "text"))),
        (QT_TRANSLATE_NOOP("Inspector", "Validation"), (
            Field("status", QT_TRANSLATE_NOOP("Inspector", "Status"), "choice", literal(CardStatus, {
                "draft": QT_TRANSLATE_NOOP("Inspector", "Draft"), "validated": QT_TRANSLATE_NOOP("Inspector", "Validated"), "planned": QT_TRANSLATE_NOOP("Inspector", "Planned"),
                "retired": QT_TRANSLATE_NOOP("Inspector", "Retired")})),
            Field("inconsistent", QT_TRANSLATE_NOOP("Inspector", "Inconsistent or wrong service"), "check"),
            Field("evidence", QT_TRANSLATE_NOOP("Inspector", "Evidence"), "table", columns=(
                Column("kind", QT_TRANSLATE_NOOP("Inspector", "Kind"), "choice", EVIDENCE_KINDS), Column("note", QT_TRANSLATE_NOOP("Inspector", "Note"))),
                new_row=Evidence),
            Field("metrics", QT_TRANSLATE_NOOP("Inspector", "Metrics"), "table", columns=(
                Column("name", QT_TRANSLATE_NOOP("Inspector", "Name")), Column("value", QT_TRANSLATE_NOOP("Inspector", "Value"), "number"),
                Column("date", QT_TRANSLATE_NOOP("Inspector", "Date"), "date")),
                new_row=lambda: Metric(name=tr("New metric"), value=0.0)),
            Field("comments", QT_TRANSLATE_NOOP("Inspector", "Comments"), "table", columns=(
                Column("text", QT_TRANSLATE_NOOP("Inspector", "Comment")),
                Column("source", QT_TRANSLATE_NOOP("Inspector", "Source"), "choice", COMMENT_SOURCES),
                Column("author", QT_TRANSLATE_NOOP("Inspector", "Author"))),
                new_row=lambda: Comment(text="")),
            Field("votes", QT_TRANSLATE_NOOP("Inspector", "Votes"), "summary", summary=_votes))),
        (QT_TRANSLATE_NOOP("Inspector", "Place and colour"), (
            Field("stage", QT_TRANSLATE_NOOP("Inspector", "Stage"), "choice", "stages"),
            Field("lane", QT_TRANSLATE_NOOP("Inspector", "Lane"), "choice", "lanes"),
            Field("color", QT_TRANSLATE_NOOP("Inspector", "Colour"), "color"))),
    ),
    "stage": (
        (QT_TRANSLATE_NOOP("Inspector", "Stage"), (
            Field("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
            Field("phase", QT_TRANSLATE_NOOP("Inspector", "Phase"), "choice", literal(Phase, {
                "before": QT_TRANSLATE_NOOP("Inspector", "Before purchase"), "during": QT_TRANSLATE_NOOP("Inspector", "During purchase"),
                "after": QT_TRANSLATE_NOOP("Inspector", "After purchase")}, none=True)),
            Field("description", QT_TRANSLATE_NOOP("Inspector", "Description"), "text"),
            Field("width", QT_TRANSLATE_NOOP("Inspector", "Width"), "size"))),
    ),
    "lane": (
        (QT_TRANSLATE_NOOP("Inspector", "Lane"), (
            Field("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
            Field("kind", QT_TRANSLATE_NOOP("Inspector", "Kind"), "choice", literal(LaneKind, {
                "channel": QT_TRANSLATE_NOOP("Inspector", "Touchpoints (channels)"), "text": QT_TRANSLATE_NOOP("Inspector", "Text"),
                "emotion": QT_TRANSLATE_NOOP("Inspector", "Emotion curve")})),
            Field("zone", QT_TRANSLATE_NOOP("Inspector", "Zone"), "choice", literal(Zone, {
                "customer": QT_TRANSLATE_NOOP("Inspector", "Customer"), "frontstage": QT_TRANSLATE_NOOP("Inspector", "Frontstage"),
                "backstage": QT_TRANSLATE_NOOP("Inspector", "Backstage"), "support": QT_TRANSLATE_NOOP("Inspector", "Support")})),
            Field("description", QT_TRANSLATE_NOOP("Inspector", "Description"), "text"))),
        (QT_TRANSLATE_NOOP("Inspector", "Appearance"), (
            Field("preset", QT_TRANSLATE_NOOP("Inspector", "Sticky-note preset"), "choice", PRESETS),
            Field("color", QT_TRANSLATE_NOOP("Inspector", "Colour"), "color"),
            Field("height", QT_TRANSLATE_NOOP("Inspector", "Height"), "size"),
            Field("emotion_values", QT_TRANSLATE_NOOP("Inspector", "Emotion values"), "summary", summary=_emotion_values))),
    ),
    "journey": (
        (QT_TRANSLATE_NOOP("Inspector", "Journey"), (
            Field("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
            Field("persona", QT_TRANSLATE_NOOP("Inspector", "Persona"), "choice", "personas"),
            Field("state", QT_TRANSLATE_NOOP("Inspector", "State"), "choice", literal(JourneyState, {
                "current": QT_TRANSLATE_NOOP("Inspector", "Current state"), "future": QT_TRANSLATE_NOOP("Inspector", "Future state")})),
            Field("based_on", QT_TRANSLATE_NOOP("Inspector", "Based on"), "choice", "journeys"),
            Field("description", QT_TRANSLATE_NOOP("Inspector", "Description"), "text"))),
        (QT_TRANSLATE_NOOP("Inspector", "Goal of the map"), (
            Field("goal", QT_TRANSLATE_NOOP("Inspector", "Goal"), "text"),
            Field("scope", QT_TRANSLATE_NOOP("Inspector", "Scope"), "choice", literal(ScopeKind, {
                "broad": QT_TRANSLATE_NOOP("Inspector", "Broad: the whole journey"), "specific": QT_TRANSLATE_NOOP("Inspector", "Specific: one problem")})),
            Field("departments", QT_TRANSLATE_NOOP("Inspector", "Departments (comma-separated)"), "list"))),
        (QT_TRANSLATE_NOOP("Inspector", "Review"), (
            Field("checklist", QT_TRANSLATE_NOOP("Inspector", "Checklist"), "summary", summary=_checklist),
            Field("voting", QT_TRANSLATE_NOOP("Inspector", "Dot voting"), "summary", summary=_voting))),
    ),
}
KIND_WORDS = {"card": QT_TRANSLATE_NOOP("Inspector", "card"), "stage": QT_TRANSLATE_NOOP("Inspector", "stage"), "lane": QT_TRANSLATE_NOOP("Inspector", "lane"), "journey": QT_TRANSLATE_NOOP("Inspector", "journey")}
HEADINGS = {"card": QT_TRANSLATE_NOOP("Inspector", "Card"), "stage": QT_TRANSLATE_NOOP("Inspector", "Stage"), "lane": QT_TRANSLATE_NOOP("Inspector", "Lane"), "journey": QT_TRANSLATE_NOOP("Inspector", "Journey")}
# Other kinds of change that alter what a page offers (the names in its combo boxes).
DEPENDS_ON = {"card": ("stage", "lane"), "journey": ("persona", "journey")}


def make_editor(spec: Field, on_edit: Callable[[Any, bool], None]) -> FieldEditor:
    if spec.widget == "choice":
        fixed = [] if isinstance(spec.choices, str) else [(tr(lb), v) for lb, v in spec.choices]
        return ChoiceField(on_edit, fixed)
    if spec.widget == "check":
        return CheckField(on_edit, tr(spec.label))
    if spec.widget == "table":
        assert spec.new_row is not None
        return TableField(on_edit, spec.columns, spec.new_row)
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

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._shown: tuple[str | None, str, str] | None = None  # (journey, kind, item id)
        self._editors: dict[str, dict[str, tuple[Field, FieldEditor]]] = {}
        self._pages: dict[str, QWidget] = {}
        self._heading = QLabel()
        self._heading.setStyleSheet("font-weight: bold;")
        self._hint = QLabel(self.tr("Select a card, stage or lane to edit it"))
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

    def show_item(self, journey_id: str | None, kind: str | None, item_id: str | None) -> None:
        """Shows the item's fields; kind None (or an item that does not exist) shows the hint."""
        if kind == "journey":
            journey_id = item_id
        if (kind not in SPECS or item_id is None
                or not self.document.exists(journey_id, kind, item_id)):
            self._shown = None
            self._heading.setText("")
            self._stack.setCurrentWidget(self._hint)
            return
        self._shown = (journey_id, kind, item_id)
        self._heading.setText(self.tr(HEADINGS[kind]))
        self._stack.setCurrentWidget(self._page(kind))
        self._load()

    def shown_item(self) -> tuple[str | None, str, str] | None:
        """(journey id, kind, item id) of what is shown, None while the hint shows."""
        return self._shown

    def field_widget(self, name: str) -> QWidget:
        """The input widget of a field of the shown kind (focus it, or drive it in tests)."""
        assert self._shown is not None, "no item shown"
        return self._editors[self._shown[1]][name][1].input

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
        body = QWidget()
        column = QVBoxLayout(body)
        for title, fields in SPECS[kind]:
            box = QGroupBox(self.tr(title))
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for spec in fields:
                editor = make_editor(spec, self._editor_callback(kind, spec.name))
                editor.input.setObjectName(spec.name)
                if spec.widget == "check":
                    form.addRow(editor.widget)  # the check box carries its own label
                elif spec.widget == "table":  # full width: a table beside a label is cramped
                    form.addRow(QLabel(self.tr(spec.label)))
                    form.addRow(editor.widget)
                else:
                    form.addRow(self.tr(spec.label), editor.widget)
                editors[spec.name] = (spec, editor)
            column.addWidget(box)
        column.addStretch(1)
        self._editors[kind] = editors
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
            editor.show_value(getattr(item, spec.name))

    def _choices(self, source: str) -> Choices:
        """Choices drawn from the document: personas, other journeys, stages, lanes."""
        assert self._shown is not None
        journey_id, _, item_id = self._shown
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
        if getattr(item, name) == value:  # e.g. typed back to the saved text
            editor.set_error(None)
            return
        command = self._command(item, spec, value, merge)
        if command is None:  # refused by the model's constraints: say so, keep the model
            editor.set_error(editor.explain(value))
            return
        editor.set_error(None)
        self.document.push(command)

    def _command(self, item: Model, spec: Field, value: Any,
                 merge: bool) -> QUndoCommand | None:
        assert self._shown is not None
        journey_id, kind, item_id = self._shown
        if kind == "card" and spec.name in ("stage", "lane"):
            # Changing a card's cell is a move (it also takes the card to the cell's end).
            cell = {"stage": getattr(item, "stage"), "lane": getattr(item, "lane"), spec.name: value}
            return commands.make_move_cards(self.document, journey_id or "",
                                            [(item_id, cell["stage"], cell["lane"])])
        text = self.tr("Edit {0} '{1}': {2}").format(
            self.tr(KIND_WORDS[kind]), _label(item), self.tr(spec.label))
        return commands.make_edit(self.document, journey_id or "", kind, item_id,
                                  {spec.name: value}, text=text, merge=merge)
