"""The compare dock's reading of a comparison (no Qt): differences grouped by what
happened (added, changed, removed) and what to (cards, stages, lanes, connections),
each naming the item of the map to show; and where the removed cards stood.

`compare` names items as a terminal reader wants them; the dock also needs their ids
(to select a card, to outline it, to draw a removed card as a ghost in its old cell),
which it finds here from the same pairing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from journey_editor.i18n import translate
from journey_editor.model.compare import Sides, compare_sides, link_changes, unpaired
from journey_editor.model.compare_fields import FieldChange
from journey_editor.model.compare_text import change_text, reorder_text, show_level, show_value
from journey_editor.model.diff import JourneyDiff, Rename, Reorder
from journey_editor.model.types import Card, Connection, Journey

ADDED, CHANGED, REMOVED = "added", "changed", "removed"
CHANGES = (ADDED, CHANGED, REMOVED)
# The order of the dock's groups: what a facilitator looks for first.
KINDS = ("card", "stage", "lane", "connection", "journey", "emotion")


def _t(text: str) -> str:
    return translate("Compare", text)


class Target(NamedTuple):
    """What an entry shows: on the map of journey b a "card", "stage" or "lane" of b, or
    a "ghost" (a removed card, by its id in journey a); on the map of journey a, a
    "removed" stage or lane (by its id in a), which b has no place for."""

    kind: str
    id: str


class Entry(NamedTuple):
    change: str  # ADDED, CHANGED or REMOVED
    kind: str  # one of KINDS
    text: str
    details: tuple[str, ...] = ()  # one line per change of a changed card, when several
    target: Target | None = None


class Ghost(NamedTuple):
    """A card only journey a has, placed in the cell of b where it stood: the stage and
    lane of b paired with its old ones (None when that stage or lane is gone as well)."""

    id: str
    title: str
    stage: str | None
    lane: str | None


@dataclass
class Comparison:
    diff: JourneyDiff
    sides: Sides
    entries: list[Entry] = field(default_factory=list)
    ghosts: list[Ghost] = field(default_factory=list)

    def groups(self) -> list[tuple[str, str, list[Entry]]]:
        """(change, kind, its entries) for every group that has entries, in dock order."""
        out = []
        for kind in KINDS:
            for change in CHANGES:
                entries = [e for e in self.entries if (e.change, e.kind) == (change, kind)]
                if entries:
                    out.append((change, kind, entries))
        return out

    def card_changes(self) -> dict[str, str]:
        """Card id in journey b -> ADDED or CHANGED (what the map outlines)."""
        return {e.target.id: e.change for e in self.entries
                if e.kind == "card" and e.target is not None and e.target.kind == "card"}


def read(a: Journey, b: Journey) -> Comparison:
    """What changed from `a` to `b`, as the dock lists it."""
    sides = Sides(a, b)
    result = Comparison(diff=compare_sides(sides), sides=sides)
    result.entries = (_card_entries(sides, result.diff) + _ghost_entries(sides, result)
                      + _reorder_entries(result.diff.reordered, "card")
                      + _named_entries(sides, "stage", result.diff.stages_renamed)
                      + _changed_entries(sides, "stage", result.diff.stages_changed)
                      + _reorder_entries(result.diff.reordered, "stage")
                      + _named_entries(sides, "lane", result.diff.lanes_renamed)
                      + _changed_entries(sides, "lane", result.diff.lanes_changed)
                      + _reorder_entries(result.diff.reordered, "lane")
                      + _link_entries(sides)
                      + _changed_entries(sides, "connection", result.diff.links_changed)
                      + _reorder_entries(result.diff.reordered, "connection")
                      + _other_entries(result.diff))
    return result


def _quoted(title: str) -> str:
    return _t("'{0}'").format(title)


def _card_entries(sides: Sides, diff: JourneyDiff) -> list[Entry]:
    """One entry per added or changed card, in b's order; a card changed in several
    ways is one entry with a line per change."""
    details: dict[str, list[str]] = {}
    for move in diff.cards_moved:
        details.setdefault(move.id, []).append(_t("moved from {0} / {1} to {2} / {3}").format(
            move.from_stage, move.from_lane, move.to_stage, move.to_lane))
    for change in diff.cards_changed:
        details.setdefault(change.id, []).append(change_text(change, "→"))
    added = {place.id: place for place in diff.cards_added}
    entries = []
    for card in sides.b.cards:
        target = Target("card", card.id)
        if card.id in added:
            place = added[card.id]
            entries.append(Entry(ADDED, "card", _t("'{0}' in {1} / {2}").format(
                card.title, place.stage, place.lane), target=target))
        elif card.id in details:
            entries.append(_changed(card, details[card.id], target))
    return entries


def _changed(card: Card, lines: list[str], target: Target) -> Entry:
    if len(lines) == 1:
        return Entry(CHANGED, "card", f"{_quoted(card.title)}: {lines[0]}", target=target)
    return Entry(CHANGED, "card", _t("'{0}': {1} changes").format(card.title, len(lines)),
                 tuple(lines), target)


def _ghost_entries(sides: Sides, result: Comparison) -> list[Entry]:
    """Removed cards: listed, and placed as ghosts where they stood."""
    entries = []
    for place, card in zip(result.diff.cards_removed,
                           (c for c in sides.a.cards if c.id not in sides.cards), strict=True):
        result.ghosts.append(Ghost(card.id, card.title, sides.stages.get(card.stage),
                                   sides.lanes.get(card.lane)))
        entries.append(Entry(REMOVED, "card", _t("'{0}' in {1} / {2}").format(
            place.title, place.stage, place.lane), target=Target("ghost", card.id)))
    return entries


def _named_entries(sides: Sides, kind: str, renamed: list[Rename]) -> list[Entry]:
    a_items: Sequence[Any] = sides.a.stages if kind == "stage" else sides.a.lanes
    b_items: Sequence[Any] = sides.b.stages if kind == "stage" else sides.b.lanes
    pairs = sides.stages if kind == "stage" else sides.lanes
    added, removed = unpaired(a_items, b_items, pairs)
    return ([Entry(ADDED, kind, _quoted(i.name), target=Target(kind, i.id)) for i in added]
            + [Entry(CHANGED, kind, _t("'{0}' renamed to '{1}'").format(r.old, r.new),
                     target=Target(kind, r.id)) for r in renamed]
            + [Entry(REMOVED, kind, _quoted(i.name), target=Target("removed", i.id))
               for i in removed])


def _changed_entries(sides: Sides, kind: str, changes: list[FieldChange]) -> list[Entry]:
    """A stage's, lane's or arrow's other fields, each shown at its item (an arrow at
    its source card)."""
    sources = {link.id: link.source for link in sides.b.connections}
    return [Entry(CHANGED, kind, f"{_quoted(c.title)}: {change_text(c, '→')}",
                  target=Target("card", sources[c.id]) if kind == "connection"
                  else Target(kind, c.id))
            for c in changes]


def _reorder_entries(reorders: list[Reorder], kind: str) -> list[Entry]:
    return [Entry(CHANGED, kind, reorder_text(r)) for r in reorders if r.kind == kind]


def _link_entries(sides: Sides) -> list[Entry]:
    """An arrow's entry shows its source card (the arrow leaves it)."""
    added, removed = link_changes(sides)
    titles_a = {c.id: c.title for c in sides.a.cards}
    titles_b = {c.id: c.title for c in sides.b.cards}

    def text(link: Connection, titles: dict[str, str]) -> str:
        line = _t("'{0}' → '{1}'").format(titles[link.source], titles[link.target])
        return line + (f" ({show_value(link.label)})" if link.label else "")

    def source(link: Connection) -> Target:
        paired = sides.cards.get(link.source)
        return Target("card", paired) if paired else Target("ghost", link.source)

    return ([Entry(ADDED, "connection", text(k, titles_b), target=Target("card", k.source))
             for k in added]
            + [Entry(REMOVED, "connection", text(k, titles_a), target=source(k))
               for k in removed])


def _other_entries(diff: JourneyDiff) -> list[Entry]:
    """The journey's own fields and the emotion curve: changes without a place to show."""
    return ([Entry(CHANGED, "journey", change_text(c, "→")) for c in diff.fields]
            + [Entry(CHANGED, "emotion", _t("{0}: {1} → {2}").format(
                e.stage, show_level(e.old), show_level(e.new))) for e in diff.emotions])
