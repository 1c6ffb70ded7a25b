"""Checks the schema cannot express: unique ids, references, the pictures' bytes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from journey_editor.fileformat import pictures
from journey_editor.i18n import QT_TRANSLATE_NOOP, translate
from journey_editor.model.baselines import name_key, snapshots_of
from journey_editor.model.types import (
    MAX_FILE_CARDS,
    MAX_FILE_ENTRIES,
    Journey,
    Workspace,
)

Problem = tuple[str, str]  # (where, what)


def _t(text: str) -> str:
    return translate("FileErrors", text)


def first_problem(workspace: Workspace) -> Problem | None:
    return next(problems(workspace), None)


def problems(workspace: Workspace) -> Iterator[Problem]:
    yield from _file_limits(workspace)
    yield from _duplicates("personas", (p.id for p in workspace.personas))
    yield from _duplicates("journeys", (j.id for j in workspace.journeys))
    persona_ids = {p.id for p in workspace.personas}
    journey_ids = {j.id for j in workspace.journeys}
    for index, journey in enumerate(workspace.journeys):
        where = f"journeys[{index}]"
        if journey.persona is not None and journey.persona not in persona_ids:
            yield f"{where}.persona", _missing("persona", journey.persona)
        if journey.based_on is not None and journey.based_on not in journey_ids:
            yield f"{where}.based_on", _missing("journey", journey.based_on)
        yield from _journey(where, journey)
    yield from _baselines(workspace)
    yield from pictures.problems(workspace)


def _baselines(workspace: Workspace) -> Iterator[Problem]:
    """Named revisions: unique names, each with its own copy of the map, which holds
    journeys as whole as the map's (the compare dock reads them like the map's)."""
    snapshots = snapshots_of(workspace)
    yield from _duplicates("snapshots", (s.id for s in snapshots))
    ids = {s.id for s in snapshots}
    used: set[str] = set()
    names: set[str] = set()
    for index, revision in enumerate(workspace.revisions):
        where = f"revisions[{index}]"
        if revision.snapshot is not None and revision.snapshot not in ids:
            yield f"{where}.snapshot", _missing("snapshot", revision.snapshot)
        if bool(revision.name.strip()) != (revision.snapshot is not None):
            yield where, _t("a baseline needs both a name and a copy of the map (snapshot)")
        if revision.snapshot is not None and revision.snapshot in used:
            yield f"{where}.snapshot", _t("another revision keeps the same copy of the map")
        if revision.name and name_key(revision.name) in names:
            yield f"{where}.name", _t("another revision is already named '{0}'").format(
                revision.name)
        if revision.snapshot is not None:
            used.add(revision.snapshot)
        names.add(name_key(revision.name))
    for index, snapshot in enumerate(snapshots):
        if snapshot.id not in used:
            yield f"snapshots[{index}]", _t("no named revision keeps this copy of the map")
        yield from _duplicates(f"snapshots[{index}].journeys", (j.id for j in snapshot.journeys))
        for j, journey in enumerate(snapshot.journeys):
            yield from _journey(f"snapshots[{index}].journeys[{j}]", journey)


def _file_limits(workspace: Workspace) -> Iterator[Problem]:
    """What each journey may hold, the whole file may not hold many times over (the
    baselines' copies of the map count too)."""
    journeys = [*workspace.journeys, *(j for s in snapshots_of(workspace) for j in s.journeys)]
    counts = ((sum(len(j.cards) for j in journeys), MAX_FILE_CARDS, _t("cards")),
              (sum(len(j.connections) for j in journeys), MAX_FILE_CARDS, _t("connections")),
              (sum(map(entries, journeys)), MAX_FILE_ENTRIES,
               _t("entries (stages, lanes, checklist answers, evidence, metrics, comments "
                 "and votes)")))
    for count, limit, what in counts:
        if count > limit:
            yield "journeys", _t("the file holds {0:,} {1}; a file may hold at most {2:,}").format(
                count, what, limit)


def entries(journey: Journey) -> int:
    """What counts towards MAX_FILE_ENTRIES in one journey."""
    return (len(journey.stages) + len(journey.lanes) + len(journey.checklist)
            + sum(len(c.evidence) + len(c.metrics) + len(c.comments) + len(c.votes)
                  for c in journey.cards))


def _journey(where: str, journey: Journey) -> Iterator[Problem]:
    stages = {s.id for s in journey.stages}
    lanes = {lane.id for lane in journey.lanes}
    cards = {c.id for c in journey.cards}
    links = {c.id for c in journey.connections}
    for kind, ids in (("stages", stages), ("lanes", lanes), ("cards", cards),
                      ("connections", links)):
        items = getattr(journey, kind)
        if len(ids) != len(items):
            yield from _duplicates(f"{where}.{kind}", (item.id for item in items))
    # Set tests first (fast on big maps); walk the items only to name a problem found.
    if not ({c.stage for c in journey.cards} <= stages
            and {c.lane for c in journey.cards} <= lanes):
        for i, card in enumerate(journey.cards):
            if card.stage not in stages:
                yield f"{where}.cards[{i}].stage", _missing("stage", card.stage)
            if card.lane not in lanes:
                yield f"{where}.cards[{i}].lane", _missing("lane", card.lane)
    ends = ({link.source for link in journey.connections}
            | {link.target for link in journey.connections})
    loops = any(link.source == link.target for link in journey.connections)
    if loops or not ends <= cards:
        for i, link in enumerate(journey.connections):
            for end in ("source", "target"):
                if getattr(link, end) not in cards:
                    yield f"{where}.connections[{i}].{end}", _missing("card", getattr(link, end))
            if link.source == link.target:
                yield f"{where}.connections[{i}]", _t("connects a card to itself")
    for i, lane in enumerate(journey.lanes):
        for stage_id in lane.emotion_values:
            if stage_id not in stages:
                yield f"{where}.lanes[{i}].emotion_values", _missing("stage", stage_id)
    yield from _duplicates(f"{where}.checklist", (item.question for item in journey.checklist))


def _duplicates(where: str, ids: Iterable[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            yield where, _t("the id '{0}' is used twice").format(item_id)
            return
        seen.add(item_id)


# The kinds a reference can point at, in the reader's words.
_KINDS = {"persona": QT_TRANSLATE_NOOP("FileErrors", "persona"),
          "journey": QT_TRANSLATE_NOOP("FileErrors", "journey"),
          "stage": QT_TRANSLATE_NOOP("FileErrors", "stage"),
          "lane": QT_TRANSLATE_NOOP("FileErrors", "lane"),
          "card": QT_TRANSLATE_NOOP("FileErrors", "card"),
          "snapshot": QT_TRANSLATE_NOOP("FileErrors", "copy of the map")}


def _missing(kind: str, item_id: str) -> str:
    return _t("refers to a {0} '{1}' that does not exist").format(_t(_KINDS[kind]), item_id)
