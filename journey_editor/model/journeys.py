"""Copies of journeys and the workspace-wide references between items (no Qt).

A duplicate needs fresh ids for everything, with every reference remapped, so that
it can later be edited, pasted from or deleted without touching the original. A
future state keeps the ids inside the journey instead (ids need only be unique
within a journey, see `fileformat.integrity`): that is what lets the compare view
match each card, stage and lane with its current-state counterpart.
"""

from __future__ import annotations

import msgspec

from journey_editor.model.types import Journey, Workspace, clone, new_id

_PREFIXES = {"stages": "stage", "lanes": "lane", "cards": "card", "connections": "link"}


def copy_with_fresh_ids(journey: Journey, name: str | None = None) -> Journey:
    """A deep copy in which the journey and all its stages, lanes, cards and
    connections have new ids; cells, connection ends and emotion values follow."""
    copy = clone(journey)
    fresh: dict[str, dict[str, str]] = {
        kind: {item.id: new_id(prefix) for item in getattr(copy, kind)}
        for kind, prefix in _PREFIXES.items()
    }
    stages, lanes, cards = fresh["stages"], fresh["lanes"], fresh["cards"]
    for kind, ids in fresh.items():
        for item in getattr(copy, kind):
            item.id = ids[item.id]
    for lane in copy.lanes:
        # A value for a stage that does not exist would be refused on load: drop it.
        lane.emotion_values = {stages[s]: v for s, v in lane.emotion_values.items() if s in stages}
    for card in copy.cards:
        # An unknown cell can only come from a broken file; keep it broken the same way.
        card.stage = stages.get(card.stage, card.stage)
        card.lane = lanes.get(card.lane, card.lane)
    for link in copy.connections:
        link.source = cards.get(link.source, link.source)
        link.target = cards.get(link.target, link.target)
    copy.id = new_id("journey")
    if name is not None:
        copy.name = name
    return copy


def future_state_of(journey: Journey, name: str) -> Journey:
    """A copy to redesign: its own journey id, linked to `journey`, inner ids kept."""
    return msgspec.structs.replace(clone(journey), id=new_id("journey"), name=name,
                                   state="future", based_on=journey.id)


def blank_from(template: Journey, name: str | None = None) -> Journey:
    """An empty journey with a template's stages and lanes (and none of its content)."""
    copy = copy_with_fresh_ids(template, name)
    copy.cards, copy.connections = [], []
    for lane in copy.lanes:
        lane.emotion_values = {}
    copy.persona = copy.based_on = None
    copy.state = "current"
    copy.checklist = []
    copy.voting = None
    return copy


def journeys_with_persona(workspace: Workspace, persona_id: str) -> list[Journey]:
    return [j for j in workspace.journeys if j.persona == persona_id]


def journeys_based_on(workspace: Workspace, journey_id: str) -> list[Journey]:
    return [j for j in workspace.journeys if j.based_on == journey_id]


def capped_name(base: str, template: str, limit: int) -> str:
    """`template` with `base` in place of its `{0}` (a translated "{0} (copy)" may put
    it anywhere), the base shortened so that the result fits in `limit` characters."""
    room = max(limit - len(template.replace("{0}", "")), 0)
    return template.replace("{0}", base if len(base) <= room else base[: max(room - 1, 0)] + "…")
