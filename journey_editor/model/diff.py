"""What a comparison says (no Qt): the differences from journey a to journey b, and from
workspace a to workspace b, as plain structs that `journey-editor diff --json` writes as
they are. `compare` finds them, `compare_text` words them."""

from __future__ import annotations

import msgspec
from msgspec import Struct, field

from journey_editor.model.compare_fields import FieldChange


class CardPlace(Struct, kw_only=True):
    id: str
    title: str
    stage: str
    lane: str


class CardMove(Struct, kw_only=True):
    id: str
    title: str
    from_stage: str
    from_lane: str
    to_stage: str
    to_lane: str


class Rename(Struct, kw_only=True):
    id: str
    old: str
    new: str


class LinkRef(Struct, kw_only=True):
    source: str
    target: str
    label: str = ""


class EmotionChange(Struct, kw_only=True):
    stage: str
    old: float | None
    new: float | None


class Reorder(Struct, kw_only=True, omit_defaults=True):
    """Items both sides have, standing in another order in b: `kind` "stage", "lane",
    "card", "connection", "persona" or "journey"; `names` in b's order; `where` the
    cell ("Browse / Website") for cards, which are ordered within their cell (no
    `where`: only their order in the file differs, cells keep theirs)."""

    kind: str
    names: list[str] = field(default_factory=list)
    where: str = ""


class JourneyDiff(Struct, kw_only=True):
    """Everything that differs from journey a to journey b; names as b calls them,
    except for what only a has."""

    journey_a: str
    journey_b: str
    fields: list[FieldChange] = field(default_factory=list)
    stages_added: list[str] = field(default_factory=list)
    stages_removed: list[str] = field(default_factory=list)
    stages_renamed: list[Rename] = field(default_factory=list)
    lanes_added: list[str] = field(default_factory=list)
    lanes_removed: list[str] = field(default_factory=list)
    lanes_renamed: list[Rename] = field(default_factory=list)
    cards_added: list[CardPlace] = field(default_factory=list)
    cards_removed: list[CardPlace] = field(default_factory=list)
    cards_moved: list[CardMove] = field(default_factory=list)
    cards_changed: list[FieldChange] = field(default_factory=list)
    links_added: list[LinkRef] = field(default_factory=list)
    links_removed: list[LinkRef] = field(default_factory=list)
    emotions: list[EmotionChange] = field(default_factory=list)
    stages_changed: list[FieldChange] = field(default_factory=list)
    lanes_changed: list[FieldChange] = field(default_factory=list)
    links_changed: list[FieldChange] = field(default_factory=list)
    reordered: list[Reorder] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__struct_fields__[2:])

    def to_json(self) -> str:
        return _json(self)


class WorkspaceDiff(Struct, kw_only=True):
    """`fields`: the workspace's own (map title, revisions...); personas by name as
    b calls them, except for what only a has."""

    fields: list[FieldChange] = field(default_factory=list)
    personas_added: list[str] = field(default_factory=list)
    personas_removed: list[str] = field(default_factory=list)
    personas_renamed: list[Rename] = field(default_factory=list)
    personas_changed: list[FieldChange] = field(default_factory=list)
    journeys_added: list[str] = field(default_factory=list)
    journeys_removed: list[str] = field(default_factory=list)
    reordered: list[Reorder] = field(default_factory=list)
    journeys: list[JourneyDiff] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (any(getattr(self, name) for name in self.__struct_fields__
                        if name != "journeys")
                    or any(not j.is_empty() for j in self.journeys))

    def to_json(self) -> str:
        return _json(self)


def _json(diff: Struct) -> str:
    return msgspec.json.format(msgspec.json.encode(diff), indent=2).decode() + "\n"
