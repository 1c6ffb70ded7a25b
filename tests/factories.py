"""Small hand-made documents for tests, with every kind of object in them."""

from __future__ import annotations

import datetime as dt

from journey_editor.model.types import (
    Card,
    Comment,
    Connection,
    Evidence,
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
        personas=[Persona(id="p1", name="Ann", segment="Gift buyer", quote="Quick, please",
                          photo=PNG_1PX, photo_type="image/png")],
        journeys=[small_journey()],
        revisions=[Revision(date=dt.datetime(2026, 11, 1, 9, 30, tzinfo=dt.UTC), author="me",
                            summary="First workshop")],
    )
