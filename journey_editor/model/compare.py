"""What differs between two journeys or two files: the compare view and `journey-editor
diff` (no Qt, no IO).

Items are paired by id first, then the rest by name (stages, lanes, personas, journeys)
or by (title, lane name) for cards, because a future state copied with fresh ids, or the
same map built twice in separate files, shares names but not ids. A card whose pairing
fails shows up as one removal plus one addition, which is still a true account of the
change.

Nothing is left out: stages, lanes, cards, connections, personas and journeys have
readable changes of their own (renamed, moved, added...); every other field of them,
and of the workspace, is compared by `compare_fields` from the model's definitions.
Ids count as differences between files (a merge pairs by them), not between two
journeys of one map (a copy has fresh ids and names its source in `based_on`).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import msgspec
from msgspec import Struct

from journey_editor.i18n import translate
from journey_editor.model.compare_fields import (
    FieldChange,
    pair_by_key,
    pair_items,
    reordered,
    struct_changes,
)
from journey_editor.model.diff import (
    CardMove,
    CardPlace,
    EmotionChange,
    JourneyDiff,
    LinkRef,
    Rename,
    Reorder,
    WorkspaceDiff,
)
from journey_editor.model.graph import emotion_curve
from journey_editor.model.types import Card, Connection, Journey, Workspace

# Journey fields compared item by item, with readable changes of their own.
JOURNEY_ITEMS = ("stages", "lanes", "cards", "connections")
# Fields naming an item rather than describing it: differences between files only.
IDENTITY = ("id", "based_on")
# A merge's bookkeeping, not the map: the Conflicts dock and `merge` show it, a diff not.
# The baselines' copies of the map: a diff shows a baseline named or gone by its revision
# (name, snapshot id); the Compare dock compares the map with a copy's contents.
# The pictures' bytes: a card names its picture by their digest, so a picture changed is
# its card's `picture` changed, which a diff shows in words, not as base64.
NOT_COMPARED = ("conflicts", "snapshots", "images")
_SAME = 0.005  # curve changes too small to show with two decimals are not changes


def _t(text: str) -> str:
    return translate("Compare", text)


def _by_name(item: Any) -> Hashable:
    name: str = item.name
    return name


class Sides:
    """Both journeys with their lookups and the stage, lane, card and connection
    pairings (a id -> b id); the compare dock reads them to find ids for what
    `compare` names. With `identity`, ids and `based_on` count as differences."""

    def __init__(self, a: Journey, b: Journey, identity: bool = False) -> None:
        self.a, self.b = a, b
        self.identity = identity
        self.stage_a = {s.id: s.name for s in a.stages}
        self.stage_b = {s.id: s.name for s in b.stages}
        self.lane_a = {lane.id: lane.name for lane in a.lanes}
        self.lane_b = {lane.id: lane.name for lane in b.lanes}
        self.stages = pair_items(a.stages, b.stages, _by_name, _by_name)
        self.lanes = pair_items(a.lanes, b.lanes, _by_name, _by_name)
        self.cards = pair_items(a.cards, b.cards,
                                lambda c: (c.title, self.lane_a[c.lane]),
                                lambda c: (c.title, self.lane_b[c.lane]))
        # Arrows by their ends (as paired cards) and label: another label is another arrow.
        self.links = pair_by_key(
            a.connections, b.connections,
            lambda k: (self.card_in_b(k.source), self.card_in_b(k.target), k.label),
            lambda k: (k.source, k.target, k.label))

    def card_in_b(self, card_id: str) -> str:
        """The id in b of a card of a; a card only a has never equals a card of b."""
        return self.cards.get(card_id, "\0" + card_id)

    def skipped(self, *compared: str) -> tuple[str, ...]:
        """Fields not to compare generically: `compared` elsewhere, and the identity
        ones unless they count."""
        return compared if self.identity else compared + IDENTITY


def compare(a: Journey, b: Journey, identity: bool = False) -> JourneyDiff:
    """What changed from `a` (e.g. the current state) to `b` (e.g. the future state)."""
    return compare_sides(Sides(a, b, identity))


def compare_sides(sides: Sides) -> JourneyDiff:
    """`compare` for journeys already paired (the compare dock needs the pairing too)."""
    a, b = sides.a, sides.b
    diff = JourneyDiff(journey_a=a.name, journey_b=b.name)
    diff.fields = changes_of(a, b, sides.skipped(*JOURNEY_ITEMS), b.id, b.name)
    diff.stages_added, diff.stages_removed, diff.stages_renamed = _named_changes(
        a.stages, b.stages, sides.stages)
    diff.lanes_added, diff.lanes_removed, diff.lanes_renamed = _named_changes(
        a.lanes, b.lanes, sides.lanes)
    diff.stages_changed = _item_changes(a.stages, b.stages, sides.stages, sides.skipped("name"))
    diff.lanes_changed = _lane_changes(sides)
    _card_changes(sides, diff)
    diff.links_added, diff.links_removed = _link_refs(sides)
    diff.links_changed = _link_field_changes(sides)
    diff.emotions = _emotion_changes(sides)
    diff.reordered = _reorders(sides)
    return diff


def changes_of(old: Struct, new: Struct, skip: Sequence[str], item_id: str,
               title: str) -> list[FieldChange]:
    """`struct_changes` as FieldChanges of the item `item_id` called `title`."""
    return [FieldChange(id=item_id, title=title, field=path, old=before, new=after)
            for path, before, after in struct_changes(old, new, skip)]


def _item_changes(a_items: Sequence[Any], b_items: Sequence[Any], pairs: dict[str, str],
                  skip: Sequence[str]) -> list[FieldChange]:
    """Field changes of paired named items (stages, lanes, personas), in b's order."""
    from_b = {b_id: a_id for a_id, b_id in pairs.items()}
    a_by_id = {item.id: item for item in a_items}
    return [change for item in b_items if item.id in from_b
            for change in changes_of(a_by_id[from_b[item.id]], item, skip, item.id, item.name)]


def _lane_changes(sides: Sides) -> list[FieldChange]:
    """Lanes' field changes; emotion values are keyed by stage, so a's keys are read as
    the stages of b they pair with, and both are shown by stage name."""
    names = {stage_id: msgspec.json.encode(name).decode()
             for stage_id, name in (sides.stage_a | sides.stage_b).items()}

    def in_b(lane: Any) -> Any:
        return msgspec.structs.replace(lane, emotion_values={
            sides.stages.get(k, "\0" + k): v for k, v in lane.emotion_values.items()})

    changes = _item_changes([in_b(lane) for lane in sides.a.lanes], sides.b.lanes,
                            sides.lanes, sides.skipped("name"))
    for change in changes:
        if change.field.startswith("emotion_values["):
            key = msgspec.json.decode(change.field[len("emotion_values["):-1])
            shown = names.get(key.lstrip("\0"), msgspec.json.encode(key).decode())
            change.field = f"emotion_values[{shown}]"
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
        diff.cards_changed.extend(changes_of(old, card, sides.skipped("stage", "lane"),
                                             card.id, card.title))
    diff.cards_removed = [CardPlace(id=c.id, title=c.title, stage=sides.stage_a[c.stage],
                                    lane=sides.lane_a[c.lane])
                          for c in sides.a.cards if c.id not in sides.cards]


def link_changes(sides: Sides) -> tuple[list[Connection], list[Connection]]:
    """(connections only b has, connections only a has): compared by their ends (as
    paired cards) and label."""
    return unpaired(sides.a.connections, sides.b.connections, sides.links)


def _link_field_changes(sides: Sides) -> list[FieldChange]:
    """Paired arrows' other fields (their ids, between files), titled by their ends."""
    titles_b = {c.id: c.title for c in sides.b.cards}
    links_a = {link.id: link for link in sides.a.connections}
    from_b = {b_id: a_id for a_id, b_id in sides.links.items()}
    return [change for link in sides.b.connections if link.id in from_b
            for change in changes_of(links_a[from_b[link.id]], link,
                                     sides.skipped("source", "target", "label"), link.id,
                                     f"{titles_b[link.source]} -> {titles_b[link.target]}")]


def _reorders(sides: Sides) -> list[Reorder]:
    """Stages, lanes and arrows both journeys have, in another order; cards in a cell
    both have, in another order (the map stacks them in that order)."""
    a, b = sides.a, sides.b
    out = [Reorder(kind=kind, names=[item.name for item in b_items])
           for kind, a_items, b_items, pairs in (("stage", a.stages, b.stages, sides.stages),
                                                  ("lane", a.lanes, b.lanes, sides.lanes))
           if reordered(a_items, b_items, pairs)]
    out += _card_reorders(sides)
    if reordered(a.connections, b.connections, sides.links):
        out.append(Reorder(kind="connection"))
    return out


def _card_reorders(sides: Sides) -> list[Reorder]:
    position_a = {card.id: i for i, card in enumerate(sides.a.cards)}
    cell_a = {card.id: (sides.stages.get(card.stage), sides.lanes.get(card.lane))
              for card in sides.a.cards}
    from_b = {b_id: a_id for a_id, b_id in sides.cards.items()}
    cells: dict[tuple[str, str], list[Card]] = {}
    for card in sides.b.cards:  # cards that stayed in their cell, in b's order
        if card.id in from_b and cell_a[from_b[card.id]] == (card.stage, card.lane):
            cells.setdefault((card.stage, card.lane), []).append(card)
    out = []
    for (stage, lane), cards in cells.items():
        positions = [position_a[from_b[card.id]] for card in cards]
        if positions != sorted(positions):
            out.append(Reorder(kind="card", names=[card.title for card in cards],
                               where=f"{sides.stage_b[stage]} / {sides.lane_b[lane]}"))
    stayed = [position_a[from_b[card.id]] for card in sides.b.cards
              if card.id in from_b and cell_a[from_b[card.id]] == (card.stage, card.lane)]
    if not out and stayed != sorted(stayed):  # only the file's order: no `where`
        out.append(Reorder(kind="card"))
    return out


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
    """Everything that differs between two files: the workspace's fields, personas and
    journeys. Journeys are paired by id, then by name, and a last one left on each side
    with each other (one journey renamed); with `journey`, only that one (id or name)
    in each workspace is compared."""
    if journey is not None:
        return WorkspaceDiff(journeys=[compare(find_journey(a, journey),
                                               find_journey(b, journey), identity=True)])
    diff = WorkspaceDiff(fields=changes_of(a, b, ("personas", "journeys", *NOT_COMPARED), "",
                                           b.title))
    personas = pair_items(a.personas, b.personas, _by_name, _by_name)
    diff.personas_added, diff.personas_removed, diff.personas_renamed = _named_changes(
        a.personas, b.personas, personas)
    diff.personas_changed = _item_changes(a.personas, b.personas, personas, ("name",))
    journeys = _journey_pairs(a, b)
    b_journeys = {j.id: j for j in b.journeys}
    diff.journeys_added, diff.journeys_removed = _named_changes(a.journeys, b.journeys,
                                                                 journeys)[:2]
    diff.journeys = [compare(j, b_journeys[journeys[j.id]], identity=True)
                     for j in a.journeys if j.id in journeys]
    diff.reordered = [Reorder(kind=kind, names=[item.name for item in b_items])
                      for kind, a_items, b_items, pairs in (
                          ("persona", a.personas, b.personas, personas),
                          ("journey", a.journeys, b.journeys, journeys))
                      if reordered(a_items, b_items, pairs)]
    return diff


def _journey_pairs(a: Workspace, b: Workspace) -> dict[str, str]:
    pairs = pair_items(a.journeys, b.journeys, _by_name, _by_name)
    paired_b = set(pairs.values())
    left_a = [j.id for j in a.journeys if j.id not in pairs]
    left_b = [j.id for j in b.journeys if j.id not in paired_b]
    if len(left_a) == len(left_b) == 1:
        pairs[left_a[0]] = left_b[0]
    return pairs
