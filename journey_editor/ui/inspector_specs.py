"""What the Inspector shows: one table of fields per kind of item, grouped in sections.

Adding a field to the model means adding one line here. Labels are English source
strings marked with QT_TRANSLATE_NOOP (spelled out in full: pyside6-lupdate looks for
that name and a literal context) and translated where they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from PySide6.QtCore import QCoreApplication

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.style import PRESET_FILLS
from journey_editor.model.types import (
    CardStatus,
    ChecklistItem,
    Comment,
    CommentSource,
    ControlKind,
    Evidence,
    EvidenceKind,
    JourneyState,
    MapLanguage,
    Metric,
    Phase,
    ScopeKind,
    Voting,
    Zone,
)
from journey_editor.ui.fields.base import Choices
from journey_editor.ui.fields.table import Column

NONE = QT_TRANSLATE_NOOP("Inspector", "none")


def literal(kind: Any, labels: dict[str, str], none: bool = False) -> Choices:
    """(label, value) for every value of a Literal type, in the model's order; a value
    without a label shows as itself, so a new model value cannot break the Inspector."""
    pairs = [(labels.get(value, value), value) for value in get_args(kind)]
    return [(NONE, None), *pairs] if none else pairs


EMOTIONS: Choices = [
    (NONE, None),
    (QT_TRANSLATE_NOOP("Inspector", "+3 delighted"), 3),
    (QT_TRANSLATE_NOOP("Inspector", "+2 pleased"), 2),
    (QT_TRANSLATE_NOOP("Inspector", "+1 content"), 1),
    (QT_TRANSLATE_NOOP("Inspector", "0 neutral"), 0),
    (QT_TRANSLATE_NOOP("Inspector", "-1 uneasy"), -1),
    (QT_TRANSLATE_NOOP("Inspector", "-2 frustrated"), -2),
    (QT_TRANSLATE_NOOP("Inspector", "-3 angry"), -3),
]
CONTROL = literal(ControlKind, {
    "owned": QT_TRANSLATE_NOOP("Inspector", "Owned"),
    "paid": QT_TRANSLATE_NOOP("Inspector", "Paid"),
    "earned": QT_TRANSLATE_NOOP("Inspector", "Earned"),
    "uncontrolled": QT_TRANSLATE_NOOP("Inspector", "Not controlled by us"),
})
STATUS = literal(CardStatus, {
    "draft": QT_TRANSLATE_NOOP("Inspector", "Draft"),
    "validated": QT_TRANSLATE_NOOP("Inspector", "Validated"),
    "planned": QT_TRANSLATE_NOOP("Inspector", "Planned"),
    "retired": QT_TRANSLATE_NOOP("Inspector", "Retired"),
})
EVIDENCE_KINDS = literal(EvidenceKind, {
    "survey": QT_TRANSLATE_NOOP("Inspector", "Survey"),
    "interview": QT_TRANSLATE_NOOP("Inspector", "Interview"),
    "analytics": QT_TRANSLATE_NOOP("Inspector", "Analytics"),
    "observation": QT_TRANSLATE_NOOP("Inspector", "Observation"),
    "focus_group": QT_TRANSLATE_NOOP("Inspector", "Focus group"),
    "support_log": QT_TRANSLATE_NOOP("Inspector", "Support log"),
    "market_research": QT_TRANSLATE_NOOP("Inspector", "Market research"),
    "review_site": QT_TRANSLATE_NOOP("Inspector", "Review site"),
    "other": QT_TRANSLATE_NOOP("Inspector", "Other"),
})
COMMENT_SOURCES = literal(CommentSource, {
    "focus_group": QT_TRANSLATE_NOOP("Inspector", "Focus group"),
    "customer_forum": QT_TRANSLATE_NOOP("Inspector", "Customer forum"),
    "department": QT_TRANSLATE_NOOP("Inspector", "Department"),
    "staff": QT_TRANSLATE_NOOP("Inspector", "Staff"),
    "customer": QT_TRANSLATE_NOOP("Inspector", "Customer"),
    "other": QT_TRANSLATE_NOOP("Inspector", "Other"),
})
PHASES = literal(Phase, {
    "before": QT_TRANSLATE_NOOP("Inspector", "Before purchase"),
    "during": QT_TRANSLATE_NOOP("Inspector", "During purchase"),
    "after": QT_TRANSLATE_NOOP("Inspector", "After purchase"),
}, none=True)
ZONES = literal(Zone, {
    "customer": QT_TRANSLATE_NOOP("Inspector", "Customer"),
    "frontstage": QT_TRANSLATE_NOOP("Inspector", "Frontstage"),
    "backstage": QT_TRANSLATE_NOOP("Inspector", "Backstage"),
    "support": QT_TRANSLATE_NOOP("Inspector", "Support"),
})
STATES = literal(JourneyState, {
    "current": QT_TRANSLATE_NOOP("Inspector", "Current state"),
    "future": QT_TRANSLATE_NOOP("Inspector", "Future state"),
})
# Each language named in itself (as one looking for their own reads it): not translated.
MAP_LANGUAGES = literal(MapLanguage, {
    "": QT_TRANSLATE_NOOP("Inspector", "As the interface"),
    "en": "English", "sv": "Svenska", "da": "Dansk", "fi": "Suomi", "nl": "Nederlands",
})
SCOPES = literal(ScopeKind, {
    "broad": QT_TRANSLATE_NOOP("Inspector", "Broad: the whole journey"),
    "specific": QT_TRANSLATE_NOOP("Inspector", "Specific: one problem"),
})
PRESET_LABELS = {
    "touchpoints": QT_TRANSLATE_NOOP("Inspector", "Touchpoints"),
    "goals": QT_TRANSLATE_NOOP("Inspector", "Goals"),
    "actions": QT_TRANSLATE_NOOP("Inspector", "Actions"),
    "questions": QT_TRANSLATE_NOOP("Inspector", "Questions"),
    "thoughts": QT_TRANSLATE_NOOP("Inspector", "Thoughts"),
    "feelings": QT_TRANSLATE_NOOP("Inspector", "Feelings"),
    "pain_points": QT_TRANSLATE_NOOP("Inspector", "Pain points"),
    "ideas": QT_TRANSLATE_NOOP("Inspector", "Ideas"),
    "opportunities": QT_TRANSLATE_NOOP("Inspector", "Opportunities"),
    "teams": QT_TRANSLATE_NOOP("Inspector", "Teams"),
    "backstage": QT_TRANSLATE_NOOP("Inspector", "Backstage"),
    "systems": QT_TRANSLATE_NOOP("Inspector", "Systems"),
    "information": QT_TRANSLATE_NOOP("Inspector", "Information"),
}
# The presets the style knows, in its order; "" is a lane without a preset.
PRESETS: Choices = [(NONE, ""), *((PRESET_LABELS.get(name, name), name) for name in PRESET_FILLS)]


# --- read-only summaries of values edited elsewhere (dot voting, review) ------------------

def _votes(votes: dict[str, int]) -> str:
    if not votes:
        return QCoreApplication.translate("Inspector", "No dots yet")
    people = ", ".join(f"{name} {dots}" for name, dots in votes.items())
    return QCoreApplication.translate("Inspector", "Dots: {0} ({1})").format(
        sum(votes.values()), people)


def _checklist(items: list[ChecklistItem]) -> str:
    answered = sum(item.answer != "unchecked" for item in items)
    if not answered:
        return QCoreApplication.translate("Inspector", "No review questions answered yet")
    return QCoreApplication.translate("Inspector", "Review questions answered: {0} of {1}").format(
        answered, len(items))


def _voting(voting: Voting | None) -> str:
    if voting is None:
        return QCoreApplication.translate("Inspector", "No dot voting set up")
    return QCoreApplication.translate("Inspector", "Participants: {0}, dots each: {1}").format(
        len(voting.participants), voting.dots_per_participant)


def _emotion_values(values: dict[str, float]) -> str:
    if not values:
        return QCoreApplication.translate("Inspector", "Follows the cards' emotions")
    return QCoreApplication.translate("Inspector", "Stages set by hand: {0}").format(len(values))


# --- the tables -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Field:
    name: str  # the model attribute
    label: str  # marked with QT_TRANSLATE_NOOP, translated when shown
    widget: str = "line"  # line, text, list, choice, check, color, size, table, summary, picture
    # Fixed pairs, or where they come from: a document list ("stages"...) or "lane_kinds"
    # (the names the map's lane headers show, so that both always agree).
    choices: Choices | str = ()
    columns: tuple[Column, ...] = ()  # tables
    new_row: Callable[[], Any] | None = None  # tables: what "Add" appends
    summary: Callable[[Any], str] | None = None  # summaries
    workspace: bool = False  # a field of the whole map, not of the item shown


Section = tuple[str, tuple[Field, ...]]

CARD: tuple[Section, ...] = (
    (QT_TRANSLATE_NOOP("Inspector", "Touchpoint"), (
        Field("title", QT_TRANSLATE_NOOP("Inspector", "Title")),
        Field("picture", QT_TRANSLATE_NOOP("Inspector", "Picture"), "picture"),
        Field("channel", QT_TRANSLATE_NOOP("Inspector", "Channel")),
        Field("owner", QT_TRANSLATE_NOOP("Inspector", "Owner")),
        Field("control", QT_TRANSLATE_NOOP("Inspector", "Control"), "choice", CONTROL),
        Field("direct", QT_TRANSLATE_NOOP("Inspector", "Direct contact with the brand"), "check"),
        Field("key_touchpoint", QT_TRANSLATE_NOOP("Inspector", "Key touchpoint"), "check"),
        Field("notes", QT_TRANSLATE_NOOP("Inspector", "Notes"), "text"),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Customer"), (
        Field("customer_goal", QT_TRANSLATE_NOOP("Inspector", "Customer goal"), "text"),
        Field("expectations", QT_TRANSLATE_NOOP("Inspector", "Expectations"), "text"),
        Field("pain_points", QT_TRANSLATE_NOOP("Inspector", "Pain points"), "text"),
        Field("emotion", QT_TRANSLATE_NOOP("Inspector", "Emotion"), "choice", EMOTIONS),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Experience we want"), (
        Field("desired_think", QT_TRANSLATE_NOOP("Inspector", "Should think"), "text"),
        Field("desired_do", QT_TRANSLATE_NOOP("Inspector", "Should do"), "text"),
        Field("desired_feel", QT_TRANSLATE_NOOP("Inspector", "Should feel"), "text"),
        Field("ideas", QT_TRANSLATE_NOOP("Inspector", "Ideas"), "text"),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Validation"), (
        Field("status", QT_TRANSLATE_NOOP("Inspector", "Status"), "choice", STATUS),
        Field("inconsistent", QT_TRANSLATE_NOOP("Inspector", "Inconsistent or wrong service"),
              "check"),
        Field("evidence", QT_TRANSLATE_NOOP("Inspector", "Evidence"), "table", columns=(
            Column("kind", QT_TRANSLATE_NOOP("Inspector", "Kind"), "choice", EVIDENCE_KINDS),
            Column("note", QT_TRANSLATE_NOOP("Inspector", "Note")),
        ), new_row=Evidence),
        Field("metrics", QT_TRANSLATE_NOOP("Inspector", "Metrics"), "table", columns=(
            Column("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
            Column("value", QT_TRANSLATE_NOOP("Inspector", "Value"), "number"),
            Column("date", QT_TRANSLATE_NOOP("Inspector", "Date"), "date"),
        ), new_row=lambda: Metric(
            name=QCoreApplication.translate("Inspector", "New metric"), value=0.0)),
        Field("comments", QT_TRANSLATE_NOOP("Inspector", "Comments"), "table", columns=(
            Column("text", QT_TRANSLATE_NOOP("Inspector", "Comment")),
            Column("source", QT_TRANSLATE_NOOP("Inspector", "Source"), "choice", COMMENT_SOURCES),
            Column("author", QT_TRANSLATE_NOOP("Inspector", "Author")),
            Column("date", QT_TRANSLATE_NOOP("Inspector", "Date"), "date"),
        ), new_row=lambda: Comment(text="", date=dt.date.today())),
        Field("votes", QT_TRANSLATE_NOOP("Inspector", "Votes"), "summary", summary=_votes),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Place and colour"), (
        Field("stage", QT_TRANSLATE_NOOP("Inspector", "Stage"), "choice", "stages"),
        Field("lane", QT_TRANSLATE_NOOP("Inspector", "Lane"), "choice", "lanes"),
        Field("color", QT_TRANSLATE_NOOP("Inspector", "Colour"), "color"),
    )),
)

STAGE: tuple[Section, ...] = (
    (QT_TRANSLATE_NOOP("Inspector", "Stage"), (
        Field("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
        Field("phase", QT_TRANSLATE_NOOP("Inspector", "Phase"), "choice", PHASES),
        Field("description", QT_TRANSLATE_NOOP("Inspector", "Description"), "text"),
        Field("width", QT_TRANSLATE_NOOP("Inspector", "Width"), "size"),
    )),
)

LANE: tuple[Section, ...] = (
    (QT_TRANSLATE_NOOP("Inspector", "Lane"), (
        Field("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
        Field("kind", QT_TRANSLATE_NOOP("Inspector", "Kind"), "choice", "lane_kinds"),
        # What a sticky-note lane holds gives its cards their form and colour, and a
        # "Teams" lane names the owners Review looks for: so it sits by the kind.
        Field("preset", QT_TRANSLATE_NOOP("Inspector", "Content"), "choice", PRESETS),
        Field("zone", QT_TRANSLATE_NOOP("Inspector", "Zone"), "choice", ZONES),
        Field("description", QT_TRANSLATE_NOOP("Inspector", "Description"), "text"),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Appearance"), (
        Field("color", QT_TRANSLATE_NOOP("Inspector", "Colour"), "color"),
        Field("height", QT_TRANSLATE_NOOP("Inspector", "Height"), "size"),
        Field("emotion_values", QT_TRANSLATE_NOOP("Inspector", "Emotion values"), "summary",
              summary=_emotion_values),
    )),
)

JOURNEY: tuple[Section, ...] = (
    # Shown when nothing is selected: the map's own title is edited here too.
    (QT_TRANSLATE_NOOP("Inspector", "Map"), (
        Field("title", QT_TRANSLATE_NOOP("Inspector", "Map title"), workspace=True),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Journey"), (
        Field("name", QT_TRANSLATE_NOOP("Inspector", "Name")),
        Field("persona", QT_TRANSLATE_NOOP("Inspector", "Persona"), "choice", "personas"),
        Field("state", QT_TRANSLATE_NOOP("Inspector", "State"), "choice", STATES),
        Field("based_on", QT_TRANSLATE_NOOP("Inspector", "Based on"), "choice", "journeys"),
        # The map's own words on screen and paper: lane kinds, phases, the poster's title
        # block, legend and handout.
        Field("language", QT_TRANSLATE_NOOP("Inspector", "Labels in"), "choice", MAP_LANGUAGES),
        Field("description", QT_TRANSLATE_NOOP("Inspector", "Description"), "text"),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Goal of the map"), (
        Field("goal", QT_TRANSLATE_NOOP("Inspector", "Goal"), "text"),
        Field("scope", QT_TRANSLATE_NOOP("Inspector", "Scope"), "choice", SCOPES),
        Field("departments", QT_TRANSLATE_NOOP("Inspector", "Departments"), "list"),
    )),
    (QT_TRANSLATE_NOOP("Inspector", "Review"), (
        Field("checklist", QT_TRANSLATE_NOOP("Inspector", "Checklist"), "summary",
              summary=_checklist),
        Field("voting", QT_TRANSLATE_NOOP("Inspector", "Dot voting"), "summary", summary=_voting),
    )),
)

SPECS: dict[str, tuple[Section, ...]] = {"card": CARD, "stage": STAGE, "lane": LANE,
                                         "journey": JOURNEY}
# The kind's name inside an undo text ("Edit card 'Checkout': Title"), and its heading.
KIND_WORDS = {
    "card": QT_TRANSLATE_NOOP("Inspector", "card"),
    "stage": QT_TRANSLATE_NOOP("Inspector", "stage"),
    "lane": QT_TRANSLATE_NOOP("Inspector", "lane"),
    "journey": QT_TRANSLATE_NOOP("Inspector", "journey"),
}
HEADINGS = {
    "card": QT_TRANSLATE_NOOP("Inspector", "Card"),
    "stage": QT_TRANSLATE_NOOP("Inspector", "Stage"),
    "lane": QT_TRANSLATE_NOOP("Inspector", "Lane"),
    "journey": QT_TRANSLATE_NOOP("Inspector", "Map and journey"),
}
# Other kinds of change that alter what a page offers (the names in its drop-downs).
DEPENDS_ON = {"card": ("stage", "lane"), "journey": ("persona", "journey")}
