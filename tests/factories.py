"""Small hand-made documents for tests, with every kind of object in them."""

from __future__ import annotations

import datetime as dt
import hashlib

from journey_editor.fileformat.pictures import header_size, kind_of
from journey_editor.model import images
from journey_editor.model.types import (
    Card,
    Comment,
    Connection,
    Evidence,
    Image,
    Journey,
    Lane,
    Metric,
    Persona,
    Revision,
    Stage,
    Workspace,
    new_workspace,
)

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f00050001ff89993d1d0000000049454e44ae426082"
)
# A persona's photo: 2 x 1 px, another picture than PNG_1PX (which card tests use).
PHOTO_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000002000000010806000000f4227f8a0000000e49444154"
    "789c633861a3f11f840112fb04573e54d4b90000000049454e44ae426082"
)
PHOTO_KEY = hashlib.sha256(PHOTO_PNG).hexdigest()


def small_journey(journey_id: str = "j1") -> Journey:
    """3 stages x (goals, channel, emotion) lanes; path a -> b -> c."""
    stages = [Stage(id=s, name=s.title(), phase=p)
              for s, p in (("before", "before"), ("during", "during"), ("after", "after"))]
    lanes = [
        Lane(id="goals", name="Goals", kind="text", preset="goals"),
        Lane(id="web", name="Website", kind="channel", zone="frontstage"),
        Lane(id="feel", name="Emotion", kind="emotion", emotion_values={"after": 2.0}),
    ]
    cards = [
        Card(id="a", stage="before", lane="web", title="Ad", emotion=1, owner="Marketing",
             control="paid"),
        Card(id="b", stage="during", lane="web", title="Checkout", emotion=-2,
             pain_points="Too many steps", key_touchpoint=True, votes={"Ann": 2, "Bo": 1},
             metrics=[Metric(name="CSAT", value=4.2, date=dt.date(2026, 10, 1))],
             evidence=[Evidence(kind="survey", note="Q3 survey")],
             comments=[Comment(text="Confirmed", source="focus_group")]),
        Card(id="c", stage="after", lane="web", title="Invoice", emotion=0, inconsistent=True),
        Card(id="g", stage="before", lane="goals", title="Find a gift"),
    ]
    links = [Connection(id="ab", source="a", target="b"),
             Connection(id="bc", source="b", target="c")]
    return Journey(id=journey_id, name="Buying a gift", persona="p1", goal="Fewer abandoned carts",
                   stages=stages, lanes=lanes, cards=cards, connections=links)


def small_workspace() -> Workspace:
    return new_workspace(
        "Test map",
        personas=[Persona(id="p1", name="Ann", segment="Gift buyer", quote="Quick, please")],
        journeys=[small_journey()],
        revisions=[Revision(date=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC), author="me",
                            summary="First workshop")],
    )


def with_persona_photo(workspace: Workspace, persona_index: int = 0,
                       data: bytes = PHOTO_PNG) -> Workspace:
    """`workspace` with `data` (PNG or JPEG bytes; others pass as a PNG that will not
    decode) as a persona's photo, kept in its images section (and in the process's table
    of pictures, as a map read from a file has its pictures)."""
    section = workspace.images if isinstance(workspace.images, dict) else {}
    kind = kind_of(data) or "image/png"
    width, height = header_size(data, kind) or (1, 1)
    key = hashlib.sha256(data).hexdigest()
    photo = {key: Image(type=kind, width=width, height=height, data=data)}
    workspace.images = {**section, **photo}
    images.remember(photo)
    workspace.personas[persona_index].picture = key
    return workspace
