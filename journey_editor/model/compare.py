"""What differs between two journeys: the compare view and `journey-editor diff` (no Qt, no IO).

Items are paired by id first, then the rest by name (stages, lanes) or by (title, lane
name) for cards, because a future state copied with fresh ids, or the same map built
twice in separate files, shares names but not ids. A card whose pairing fails shows up
as one removal plus one addition, which is still a true account of the change.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import msgspec
from msgspec import Struct, field

from journey_editor.i18n import translate
from journey_editor.model.compare_text import journey_lines, workspace_lines
from journey_editor.model.graph import emotion_curve
from journey_editor.model.types import Card, Connection, Journey, Workspace

# Compared card fields: not those saying where a card is (a move) or who it is (the pairing).
CARD_FIELDS = tuple(f for f in Card.__struct_fields__ if f not in ("id", "stage", "lane"))
# Journey-level fields worth reporting; ids, links to other journeys and the lists
# compared item by item are left out.
JOURNEY_FIELDS = ("name", "state", "goal", "scope", "departments", "description")
_SAME = 0.005  # curve changes too small to show with two decimals are not changes


def _t(text: str) -> str:
    return translate("Compare", text)


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


class FieldChange(Struct, kw_only=True):
    """`old` and `new` are plain JSON values (dates as ISO text, lists of objects)."""

    id: str
    title: str
    field: str
    old: Any
    new: Any


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

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__struct_fields__[2:])

    def lines(self) -> list[str]:
        return journey_lines(self)

    def to_text(self) -> str:
        return "".join(line + "\n" for line in self.lines())

    def to_json(self) -> str:
        return _json(self)


class WorkspaceDiff(Struct, kw_only=True):
    journeys_added: list[str] = field(default_factory=list)
    journeys_removed: list[str] = field(default_factory=list)
    journeys: list[JourneyDiff] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.journeys_added or self.journeys_removed
                    or any(not j.is_empty() for j in self.journeys))

    def lines(self) -> list[str]:
        return workspace_lines(self)

    def to_text(self) -> str:
        return "".join(line + "\n" for line in self.lines())

    def to_json(self) -> str:
        return _json(self)


def _json(diff: Struct) -> str:
    return msgspec.json.format(msgspec.json.encode(diff), indent=2).decode() + "\n"


def pair_items(a_items: Sequence[Any], b_items: Sequence[Any],
               key_a: Callable[[Any], Hashable], key_b: Callable[[Any], Hashable]) -> dict[str, str]:
    """a id -> b id: equal ids first, then the rest by key, in list order."""
    b_ids = {item.id for item in b_items}
    pairs = {item.id: item.id for item in a_items if item.id in b_ids}
    waiting: defaultdict[Hashable, deque[str]] = defaultdict(deque)
    for item in b_items:
        if item.id not in pairs:
            waiting[key_b(item)].append(item.id)
    for item in a_items:
        if item.id not in pairs and waiting[key_a(item)]:
            pairs[item.id] = waiting[key_a(item)].popleft()
    return pairs


def _by_name(item: Any) -> Hashable:
    name: str = item.name
    return name


class Sides:
    """Both journeys with their lookups and the stage, lane and card pairings
    (a id -> b id); the compare dock reads them to find ids for what `compare` names."""

    def __init__(self, a: Journey, b: Journey) -> None:
        self.a, self.b = a, b
        self.stage_a = {s.id: s.name for s in a.stages}
        self.stage_b = {s.id: s.name for s in b.stages}
        self.lane_a = {lane.id: lane.name for lane in a.lanes}
        self.lane_b = {lane.id: lane.name for lane in b.lanes}
        self.stages = pair_items(a.stages, b.stages, _by_name, _by_name)
        self.lanes = pair_items(a.lanes, b.lanes, _by_name, _by_name)
        self.cards = pair_items(a.cards, b.cards,
                                lambda c: (c.title, self.lane_a[c.lane]),
                                lambda c: (c.title, self.lane_b[c.lane]))


def compare(a: Journey, b: Journey) -> JourneyDiff:
    """What changed from `a` (e.g. the current state) to `b` (e.g. the future state)."""
    return compare_sides(Sides(a, b))


def compare_sides(sides: Sides) -> JourneyDiff:
    """`compare` for journeys already paired (the compare dock needs the pairing too)."""
    a, b = sides.a, sides.b
    diff = JourneyDiff(journey_a=a.name, journey_b=b.name)
    diff.fields = _field_changes(a, b, JOURNEY_FIELDS, b.id, b.name)
    diff.stages_added, diff.stages_removed, diff.stages_renamed = _named_changes(
        a.stages, b.stages, sides.stages)
    diff.lanes_added, diff.lanes_removed, diff.lanes_renamed = _named_changes(
        a.lanes, b.lanes, sides.lanes)
    _card_changes(sides, diff)
    diff.links_added, diff.links_removed = _link_refs(sides)
    diff.emotions = _emotion_changes(sides)
    return diff


def _plain(value: Any) -> Any:
    return msgspec.to_builtins(value)


def _field_changes(old: Any, new: Any, names: Sequence[str], item_id: str,
                   title: str) -> list[FieldChange]:
    changes = []
    for name in names:
        before, after = _plain(getattr(old, name)), _plain(getattr(new, name))
        if before != after:
            changes.append(FieldChange(id=item_id, title=title, field=name, old=before, new=after))
    return changes


def unpaired(a_items: Sequence[Any], b_items: Sequence[Any],
             pairs: dict[str, str]) -> tuple[list[Any], list[Any]]:
    """(what only b has, what only a has), each in its journey's order."""
    paired_b = set(pairs.values())
    return ([item for item in b_items if item.id not in paired_b],
            [item for item in a_items if item.id not in pairs])


def _named_changes(a_items: Sequence[Any], b_items: Sequence[Any],
                   pairs: dict[str, str]) -> tuple[list[str], list[str], list[Rename]]:
    names_b = {item.id: item.name for item in b_items}
    added, removed = unpaired(a_items, b_items, pairs)
    renamed = [Rename(id=pairs[item.id], old=item.name, new=names_b[pairs[item.id]])
               for item in a_items
               if item.id in pairs and item.name != names_b[pairs[item.id]]]
    return [item.name for item in added], [item.name for item in removed], renamed


def _card_changes(sides: Sides, diff: JourneyDiff) -> None:
    a_cards = {card.id: card for card in sides.a.cards}
    from_b = {b_id: a_id for a_id, b_id in sides.cards.items()}
    for card in sides.b.cards:
        old = a_cards.get(from_b.get(card.id, ""))
        if old is None:
            diff.cards_added.append(CardPlace(id=card.id, title=card.title,
                                              stage=sides.stage_b[card.stage],
                                              lane=sides.lane_b[card.lane]))
            continue
        if sides.stages.get(old.stage) != card.stage or sides.lanes.get(old.lane) != card.lane:
            diff.cards_moved.append(CardMove(
                id=card.id, title=card.title,
                from_stage=sides.stage_a[old.stage], from_lane=sides.lane_a[old.lane],
                to_stage=sides.stage_b[card.stage], to_lane=sides.lane_b[card.lane]))
        diff.cards_changed.extend(_field_changes(old, card, CARD_FIELDS, card.id, card.title))
    diff.cards_removed = [CardPlace(id=c.id, title=c.title, stage=sides.stage_a[c.stage],
                                    lane=sides.lane_a[c.lane])
                          for c in sides.a.cards if c.id not in sides.cards]


def link_changes(sides: Sides) -> tuple[list[Connection], list[Connection]]:
    """(connections only b has, connections only a has): compared by their ends (as
    paired cards) and label."""

    def in_b(card_id: str) -> str:  # a card only `a` has never equals a card of `b`
        return sides.cards.get(card_id, "\0" + card_id)

    keys_a = {(in_b(link.source), in_b(link.target), link.label) for link in sides.a.connections}
    keys_b = {(link.source, link.target, link.label) for link in sides.b.connections}
    added = [link for link in sides.b.connections
             if (link.source, link.target, link.label) not in keys_a]
    removed = [link for link in sides.a.connections
               if (in_b(link.source), in_b(link.target), link.label) not in keys_b]
    return added, removed


def _link_refs(sides: Sides) -> tuple[list[LinkRef], list[LinkRef]]:
    titles_a = {c.id: c.title for c in sides.a.cards}
    titles_b = {c.id: c.title for c in sides.b.cards}
    added, removed = link_changes(sides)
    return ([LinkRef(source=titles_b[k.source], target=titles_b[k.target], label=k.label)
             for k in added],
            [LinkRef(source=titles_a[k.source], target=titles_a[k.target], label=k.label)
             for k in removed])


def _emotion_changes(sides: Sides) -> list[EmotionChange]:
    """Per stage both journeys have: the emotion curve's value before and after."""
    curve_a = dict(zip((s.id for s in sides.a.stages), emotion_curve(sides.a), strict=True))
    curve_b = emotion_curve(sides.b)
    from_b = {b_id: a_id for a_id, b_id in sides.stages.items()}
    changes = []
    for stage, new in zip(sides.b.stages, curve_b, strict=True):
        if stage.id not in from_b:
            continue
        old = curve_a[from_b[stage.id]]
        if _differ(old, new):
            changes.append(EmotionChange(stage=stage.name, old=old, new=new))
    return changes


def _differ(old: float | None, new: float | None) -> bool:
    if old is None or new is None:
        return old is not new
    return abs(old - new) > _SAME


class JourneyNotFound(LookupError):
    """No journey of that name or id; `str()` is one line naming the journeys there are."""

    def __init__(self, wanted: str, workspace: Workspace) -> None:
        names = ", ".join(f"'{j.name}'" for j in workspace.journeys) or "-"
        super().__init__(_t("no journey named '{0}' (the journeys are: {1})").format(wanted, names))


def find_journey(workspace: Workspace, wanted: str) -> Journey:
    """The journey with this id, else the first with this name."""
    for journey in workspace.journeys:
        if journey.id == wanted:
            return journey
    for journey in workspace.journeys:
        if journey.name == wanted:
            return journey
    raise JourneyNotFound(wanted, workspace)


def compare_workspaces(a: Workspace, b: Workspace, journey: str | None = None) -> WorkspaceDiff:
    """Journeys paired by id, then by name, and a last one left on each side with each
    other (one journey renamed); with `journey`, only that one (id or name) in each
    workspace. Workspace title, personas and revisions are not compared: the revision
    log changes at every save."""
    if journey is not None:
        return WorkspaceDiff(journeys=[compare(find_journey(a, journey), find_journey(b, journey))])
    pairs = pair_items(a.journeys, b.journeys, _by_name, _by_name)
    paired_b = set(pairs.values())
    left_a = [j.id for j in a.journeys if j.id not in pairs]
    left_b = [j.id for j in b.journeys if j.id not in paired_b]
    if len(left_a) == len(left_b) == 1:
        pairs[left_a[0]] = left_b[0]
        paired_b.add(left_b[0])
    b_journeys = {j.id: j for j in b.journeys}
    return WorkspaceDiff(
        journeys_added=[j.name for j in b.journeys if j.id not in paired_b],
        journeys_removed=[j.name for j in a.journeys if j.id not in pairs],
        journeys=[compare(j, b_journeys[pairs[j.id]]) for j in a.journeys if j.id in pairs],
    )
