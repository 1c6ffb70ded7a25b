"""The journey document: plain msgspec Structs, no Qt.

The field order here is the key order in a saved `.journey` file, and the
constraints here are the file format's schema (see `fileformat.schema`): change
them only together with a format version and a migration.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any, Final, Literal, TypedDict, Unpack

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType, field

FORMAT_MARKER: Final = "journey-editor"  # Final: its type is the Literal Workspace requires
FORMAT_VERSION: Final = 2

# Limits that keep a hostile or corrupt file from exhausting memory or time.
MAX_NAME = 500
MAX_TEXT = 20_000
MAX_LIST = 1_000
MAX_CARDS = 25_000  # per journey, and as many connections: what the editor opens in seconds
# Pictures on cards and personas' photos (`Workspace.images`): stored downscaled to this
# longest side and re-encoded, so that a phone photo costs a few hundred KB, not megabytes.
MAX_PICTURE_SIDE = 1024
MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_PICTURES = 1_000
# Named revisions (baselines): a name fits a list row; each keeps a copy of the map.
MAX_BASELINE_NAME = 120
MAX_SNAPSHOTS = 100
# The whole file (`fileformat.integrity` checks them): chosen so that the largest file
# they allow opens in the editor in under 10 s and 1.5 GB (tests/benchmarks/bench_limits.py).
# Total text is bounded by the file's size (`fileformat.reader.MAX_FILE_BYTES`).
MAX_JOURNEYS = 200
MAX_FILE_CARDS = 200_000  # and as many connections
# Stages, lanes, checklist answers, and each card's evidence, metrics, comments and votes:
# the small items a file can hold millions of within its size.
MAX_FILE_ENTRIES = 1_000_000

Id = Annotated[str, Meta(min_length=1, max_length=64,
                         description="Stable identifier, unique in its journey")]
Name = Annotated[str, Meta(max_length=MAX_NAME)]
Text = Annotated[str, Meta(max_length=MAX_TEXT)]
Color = Annotated[str, Meta(pattern=r"^#[0-9a-fA-F]{6}$", description="#rrggbb")]
Emotion = Annotated[int, Meta(ge=-3, le=3, description="-3 (very negative) .. +3 (very positive)")]
EmotionLevel = Annotated[float, Meta(ge=-3.0, le=3.0)]
Points = Annotated[float, Meta(ge=10.0, le=10_000.0, description="Size in points")]
Count = Annotated[int, Meta(ge=0, le=1_000_000)]
FiniteNumber = Annotated[float, Meta(ge=-1e12, le=1e12)]

ControlKind = Literal["owned", "paid", "earned", "uncontrolled"]
CardStatus = Literal["draft", "validated", "planned", "retired"]
LaneKind = Literal["channel", "text", "emotion"]
Zone = Literal["customer", "frontstage", "backstage", "support"]
JourneyState = Literal["current", "future"]
Phase = Literal["before", "during", "after"]
ScopeKind = Literal["broad", "specific"]
EvidenceKind = Literal[
    "survey", "interview", "analytics", "observation", "focus_group",
    "support_log", "market_research", "review_site", "other",
]
CommentSource = Literal["focus_group", "customer_forum", "department", "staff", "customer", "other"]
ChecklistAnswer = Literal["unchecked", "yes", "partly", "no"]
ImageType = Literal["image/png", "image/jpeg"]
Digest = Annotated[str, Meta(pattern=r"^[0-9a-f]{64}$", description=(
    "A picture's key in the file's images section: the SHA-256 of its stored bytes, "
    "in lowercase hex"))]


def new_id(prefix: str) -> str:
    """A short random id; collisions are checked by the validator on load."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class Model(Struct, kw_only=True, omit_defaults=True, forbid_unknown_fields=True, gc=False):
    """Base of every document type: unknown keys are an error, defaults are not written."""


class Metric(Model):
    name: Name
    value: FiniteNumber
    date: dt.date | None = None
    source: Name = ""


class Evidence(Model):
    kind: EvidenceKind = "other"
    note: Text = ""
    date: dt.date | None = None
    link: Text = ""


class Comment(Model):
    text: Text
    source: CommentSource = "other"
    author: Name = ""
    date: dt.date | None = None


class Card(Model):
    id: Id
    stage: Id
    lane: Id
    title: Name = ""
    notes: Text = ""
    channel: Name = ""
    owner: Name = ""
    control: ControlKind = "owned"
    direct: bool = True
    emotion: Emotion | None = None
    customer_goal: Text = ""
    expectations: Text = ""
    pain_points: Text = ""
    desired_think: Text = ""
    desired_do: Text = ""
    desired_feel: Text = ""
    ideas: Text = ""
    evidence: Annotated[list[Evidence], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    inconsistent: bool = False
    key_touchpoint: bool = False
    status: CardStatus = "draft"
    votes: Annotated[dict[Name, Count], Meta(max_length=MAX_LIST)] = field(default_factory=dict)
    color: Color | None = None
    metrics: Annotated[list[Metric], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    comments: Annotated[list[Comment], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    # The picture shown on the card, by its key in `Workspace.images`: the bytes live
    # there, once per picture, so the card's own JSON stays readable in a diff.
    picture: Digest | None = None

    @property
    def vote_total(self) -> int:
        return sum(self.votes.values())


class Connection(Model):
    id: Id
    source: Id
    target: Id
    label: Name = ""


class Stage(Model):
    id: Id
    name: Name
    description: Text = ""
    phase: Phase | None = None
    width: Points | None = None


class Lane(Model):
    id: Id
    name: Name
    description: Text = ""
    kind: LaneKind = "text"
    preset: Annotated[str, Meta(pattern=r"^[a-z0-9_]{0,40}$")] = ""
    zone: Zone = "customer"
    color: Color | None = None
    height: Points | None = None
    # Emotion lanes: a value set directly for a stage wins over the cards' mean.
    emotion_values: Annotated[dict[Id, EmotionLevel], Meta(max_length=MAX_LIST)] = field(
        default_factory=dict
    )


class ChecklistItem(Model):
    question: Id
    answer: ChecklistAnswer = "unchecked"
    note: Text = ""


class Voting(Model):
    participants: Annotated[list[Name], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    dots_per_participant: Annotated[int, Meta(ge=1, le=100)] = 5


# The language a journey's own labels are in, on screen and on paper (lane kinds, phases,
# the poster's title block, legend and handout): a language the app has a catalog for,
# or "" for the interface's.
MapLanguage = Literal["", "en", "sv", "da", "fi", "nl"]


class Journey(Model):
    id: Id
    name: Name
    language: MapLanguage = ""
    persona: Id | None = None
    state: JourneyState = "current"
    based_on: Id | None = None
    goal: Text = ""
    scope: ScopeKind = "broad"
    departments: Annotated[list[Name], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    description: Text = ""
    stages: Annotated[list[Stage], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    lanes: Annotated[list[Lane], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    cards: Annotated[list[Card], Meta(max_length=MAX_CARDS)] = field(default_factory=list)
    connections: Annotated[list[Connection], Meta(max_length=MAX_CARDS)] = field(
        default_factory=list
    )
    checklist: Annotated[list[ChecklistItem], Meta(max_length=MAX_LIST)] = field(
        default_factory=list
    )
    voting: Voting | None = None


class Persona(Model):
    id: Id
    name: Name
    segment: Name = ""
    goals: Text = ""
    needs: Text = ""
    frustrations: Text = ""
    quote: Text = ""
    # The persona's photo, by its key in `Workspace.images`, as a card names its picture
    # (format version 2; version 1 kept the photo's bytes here, see fileformat.migrations).
    picture: Digest | None = None


class Revision(Model):
    date: dt.datetime
    author: Name = ""
    summary: Text = ""
    # A named revision is a baseline ("Post-workshop baseline"): the log keeps no maps,
    # so a baseline keeps its copy of the journeys in `Workspace.snapshots` under this id.
    name: Annotated[str, Meta(max_length=MAX_BASELINE_NAME, description=(
        "A baseline's name, unique in the log; set together with snapshot"))] = ""
    snapshot: Id | None = None


class Snapshot(Model):
    """The journeys of the map as they were at a named revision (a baseline), to compare
    the map with later. Its own section of the file, so the map's diffs stay readable."""

    id: Id
    journeys: Annotated[list[Journey], Meta(max_length=MAX_JOURNEYS)] = field(
        default_factory=list)


PictureSide = Annotated[int, Meta(ge=1, le=MAX_PICTURE_SIDE)]


class Image(Model):
    """A picture as stored: PNG (for pictures with transparency) or JPEG bytes, at most
    MAX_PICTURE_SIDE pixels on its longest side; width and height are the pixel size its
    header gives (checked on load), so a layout can use them without decoding."""

    type: ImageType
    width: PictureSide
    height: PictureSide
    data: Annotated[bytes, Meta(max_length=MAX_PICTURE_BYTES, description=(
        "The encoded picture, base64 in the file"))]


class Conflict(Model):
    """One place a three-way merge (`model.merge`) could not decide: both sides changed
    it differently, or one deleted an item the other changed. The merged map holds one
    side's value (`ours`, or for a deleted item the one that still has it) until someone
    picks. Values are plain JSON as the file has them; null (or left out): absent."""

    kind: Annotated[str, Meta(pattern=r"^[a-z_]{1,40}$", description=(
        "What the item is: workspace, persona, journey, stage, lane, card, connection, "
        "checklist_item"))]
    journey: Id | None = None  # the journey the item is in; None: the workspace's own
    item: Annotated[str, Meta(max_length=64, description="The item's id")] = ""
    field: Annotated[str, Meta(max_length=MAX_NAME, description=(
        'Path inside the item: title, votes["Ann"], stages[order]; empty: the whole '
        "item, which one side deleted"))] = ""
    base: Any = None
    ours: Any = None
    theirs: Any = None
    ours_label: Name = "ours"
    theirs_label: Name = "theirs"


class Workspace(Model, omit_defaults=False):
    """The whole file; its header keys are always written, even when default."""

    # Required, so that a file without them is refused; `new_workspace()` fills them in.
    format: Literal["journey-editor"]
    version: Literal[2]
    title: Name = ""
    personas: Annotated[list[Persona], Meta(max_length=MAX_LIST)] = field(default_factory=list)
    journeys: Annotated[list[Journey], Meta(max_length=MAX_JOURNEYS)] = field(default_factory=list)
    revisions: Annotated[list[Revision], Meta(max_length=10_000)] = field(default_factory=list)
    # Left by `journey-editor merge` until resolved; absent (UNSET), not an empty list,
    # when there are none, so that a map that was never merged keeps its bytes.
    conflicts: Annotated[list[Conflict], Meta(max_length=MAX_FILE_ENTRIES)] | UnsetType = UNSET
    # The baselines' copies of the map (`Revision.snapshot`); absent when there are none.
    snapshots: Annotated[list[Snapshot], Meta(max_length=MAX_SNAPSHOTS)] | UnsetType = UNSET
    # The pictures on cards and the personas' photos, by the SHA-256 of their bytes:
    # last in the file and apart from the cards, so a diff of the map shows a card's or
    # persona's `picture` key change, not base64. Absent when there are none; a save
    # keeps only the pictures in use.
    images: Annotated[dict[Digest, Image], Meta(max_length=MAX_PICTURES)] | UnsetType = UNSET

    def journey(self, journey_id: str) -> Journey:
        return next(j for j in self.journeys if j.id == journey_id)

    def persona(self, persona_id: str) -> Persona:
        return next(p for p in self.personas if p.id == persona_id)


class WorkspaceLists(TypedDict, total=False):
    """The lists a new workspace may start with (`new_workspace`'s keywords)."""

    personas: list[Persona]
    journeys: list[Journey]
    revisions: list[Revision]


def new_workspace(title: str = "", **fields: Unpack[WorkspaceLists]) -> Workspace:
    return Workspace(format=FORMAT_MARKER, version=FORMAT_VERSION, title=title, **fields)


def clone[T: Struct](obj: T) -> T:
    """A deep copy (msgspec round trip: faster than copy.deepcopy for Structs)."""
    return msgspec.convert(msgspec.to_builtins(obj), type(obj))
