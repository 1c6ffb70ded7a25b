"""Properties of the three-way merge over random pairs of edit sequences on a small map
with a baseline and a picture: a side merged with an untouched side is that side; the merge opens
again; every field one side changed and the other did not is in the merge, unless a
conflict names it; and every baseline a side named is there, with its copy of the map
(its name numbered when the other side took it too)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st
from msgspec import UNSET

from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model.baselines import (
    NameRevision,
    baselines,
    name_key,
    name_problem,
    room_for_snapshot,
    snapshot_of,
)
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.flat_text import leaves
from journey_editor.model.images import images_of, in_use
from journey_editor.model.merge import merge
from journey_editor.model.types import (
    Card,
    ChecklistItem,
    Comment,
    Conflict,
    Connection,
    Image,
    Revision,
    Snapshot,
    Stage,
    Workspace,
    clone,
)
from tests.factories import PNG_1PX, small_workspace

Edit = Callable[[Workspace], None]
WORDS = st.sampled_from(["Ad", "Pay", "Bill", "Gift", ""])
CARDS = st.sampled_from(["a", "b", "c", "g", "n1", "n2"])  # n1, n2: what an edit may add
_LISTS = {"stage": "stages", "lane": "lanes", "card": "cards", "connection": "connections",
          "checklist_item": "checklist"}


def _journey(workspace: Workspace) -> Any:
    return workspace.journeys[0]


def _card(workspace: Workspace, card_id: str) -> Card | None:
    return next((c for c in _journey(workspace).cards if c.id == card_id), None)


def _on_card(card_id: str, change: Callable[[Card], None]) -> Edit:
    def run(workspace: Workspace) -> None:
        card = _card(workspace, card_id)
        if card is not None:
            change(card)
    return run


def _add_card(card_id: str, stage: int, title: str) -> Edit:
    def run(workspace: Workspace) -> None:
        journey = _journey(workspace)
        if _card(workspace, card_id) is None and journey.stages:
            where = journey.stages[stage % len(journey.stages)].id
            journey.cards.append(Card(id=card_id, stage=where, lane="goals", title=title))
    return run


def _delete_cards(keep: Callable[[Card], bool]) -> Callable[[Workspace], None]:
    def run(workspace: Workspace) -> None:
        journey = _journey(workspace)
        journey.cards = [c for c in journey.cards if keep(c)]
        ids = {c.id for c in journey.cards}
        journey.connections = [c for c in journey.connections
                               if c.source in ids and c.target in ids]
    return run


def _delete_stage(index: int) -> Edit:
    def run(workspace: Workspace) -> None:
        journey = _journey(workspace)
        if len(journey.stages) > 1:
            gone = journey.stages.pop(index % len(journey.stages)).id
            _delete_cards(lambda c: c.stage != gone)(workspace)
            for lane in journey.lanes:
                lane.emotion_values.pop(gone, None)
    return run


def _connect(link_id: str, source: str, target: str) -> Edit:
    def run(workspace: Workspace) -> None:
        journey = _journey(workspace)
        ends = {c.id for c in journey.cards}
        if source != target and {source, target} <= ends and \
                link_id not in {c.id for c in journey.connections}:
            journey.connections.append(Connection(id=link_id, source=source, target=target))
    return run


def _answer(question: str, answer: Any) -> Edit:
    def run(workspace: Workspace) -> None:
        checklist = _journey(workspace).checklist
        checklist[:] = [item for item in checklist if item.question != question]
        checklist.append(ChecklistItem(question=question, answer=answer))
    return run


def _reorder_stages(seed: int) -> Edit:
    def run(workspace: Workspace) -> None:
        stages = _journey(workspace).stages
        if stages:
            stages.append(stages.pop(seed % len(stages)))
    return run


def _add_stage(stage_id: str, name: str) -> Edit:
    def run(workspace: Workspace) -> None:
        stages = _journey(workspace).stages
        if stage_id not in {s.id for s in stages}:
            stages.insert(1, Stage(id=stage_id, name=name or "New"))
    return run


def _copy(workspace: Workspace, copy_id: str) -> Snapshot:
    return Snapshot(id=copy_id, journeys=[clone(j) for j in workspace.journeys])


def _mark(name: str, day: int) -> Edit:
    """File > Mark Baseline. Copy ids as a side would not repeat them, but the other side
    may (as a copied file would): days and names are few, so the sides meet."""
    def run(workspace: Workspace) -> None:
        if name_problem(workspace, name) is None and room_for_snapshot(workspace):
            revision = Revision(date=dt.datetime(2026, 12, day, tzinfo=dt.UTC), author="ann")
            copy = _copy(workspace, f"snapshot-r{len(workspace.revisions) + 1}")
            NameRevision(None, "workspace", revision, name, copy, append=True).apply(workspace)
    return run


def _name_newest(name: str) -> Edit:
    """History: names the newest revision, which keeps the map as it is."""
    def run(workspace: Workspace) -> None:
        newest = workspace.revisions[-1]
        if not newest.name and name_problem(workspace, name) is None:
            copy = _copy(workspace, f"snapshot-n{len(workspace.revisions)}")
            NameRevision(None, "workspace", newest, name, copy).apply(workspace)
    return run


def _rename(index: int, name: str) -> Edit:
    """History: renames a baseline, or (a blank name) takes its name and copy away."""
    def run(workspace: Workspace) -> None:
        named = baselines(workspace)
        if named:
            revision = named[index % len(named)]
            if not name or name_problem(workspace, name, revision) is None:
                NameRevision(None, "workspace", revision, name).apply(workspace)
    return run


PICTURE = hashlib.sha256(PNG_1PX).hexdigest()


def _picture(card_id: str) -> Edit:
    """A picture given to a card, or taken off it; the file then holds the pictures its
    cards (and its baselines' copies) show, as a save leaves it."""
    def run(workspace: Workspace) -> None:
        card = _card(workspace, card_id)
        if card is not None:
            card.picture = None if card.picture else PICTURE
            workspace.images = {PICTURE: Image(type="image/png", width=1, height=1,
                                               data=PNG_1PX)} if in_use(workspace) else UNSET
    return run


NAMES = st.sampled_from(["Pilot", "pilot", "Launch", "Post-workshop"])
BASELINE_EDITS: st.SearchStrategy[Edit] = st.one_of(
    st.builds(_mark, NAMES, st.integers(1, 2)),
    st.builds(_name_newest, NAMES),
    st.builds(_rename, st.integers(0, 2), NAMES | st.just("")),
)
EDITS: st.SearchStrategy[Edit] = st.one_of(
    BASELINE_EDITS,
    st.builds(_picture, st.sampled_from(["a", "b"])),
    st.builds(lambda c, t: _on_card(c, lambda card: setattr(card, "title", t)), CARDS, WORDS),
    st.builds(lambda c, e: _on_card(c, lambda card: setattr(card, "emotion", e)),
              CARDS, st.none() | st.integers(-3, 3)),
    st.builds(lambda c, who, n: _on_card(c, lambda card: card.votes.__setitem__(who, n)),
              CARDS, st.sampled_from(["Ann", "Bo", "Cy"]), st.integers(1, 3)),
    st.builds(lambda c, who: _on_card(c, lambda card: card.votes.pop(who, None)),
              CARDS, st.sampled_from(["Ann", "Bo"])),
    st.builds(lambda c, t: _on_card(c, lambda card: card.comments.append(Comment(text=t))),
              CARDS, WORDS),
    st.builds(_add_card, st.sampled_from(["n1", "n2"]), st.integers(0, 5), WORDS),
    st.builds(lambda c: _delete_cards(lambda card: card.id != c), CARDS),
    st.builds(_delete_stage, st.integers(0, 5)),
    st.builds(_add_stage, st.sampled_from(["s1", "s2"]), WORDS),
    st.builds(lambda i, n: lambda w: setattr(_journey(w).stages[i % len(_journey(w).stages)],
                                             "name", n or "X"), st.integers(0, 5), WORDS),
    st.builds(_reorder_stages, st.integers(0, 5)),
    st.builds(_connect, st.sampled_from(["l1", "l2"]), CARDS, CARDS),
    st.builds(_answer, st.sampled_from(["q-goal", "q-owner"]),
              st.sampled_from(["yes", "no", "partly"])),
    st.builds(lambda t: lambda w: setattr(w, "title", t), WORDS),
    st.builds(lambda t: lambda w: setattr(w.personas[0], "quote", t), WORDS),
    st.builds(lambda t: lambda w: w.revisions.append(
        Revision(date=dt.datetime(2027, 1, 1, tzinfo=dt.UTC), summary=t)), WORDS),
)


def _base() -> Workspace:
    """The small map with a picture on a card and one baseline, for the sides to rename
    or unname."""
    workspace = small_workspace()
    _mark("Pilot", 1)(workspace)
    _picture("a")(workspace)  # after: a side taking it off a drops it from the file
    return workspace


def _edited(edits: list[Edit]) -> Workspace:
    workspace = _base()
    for edit in edits:
        edit(workspace)
    return workspace


def _covers(conflict: Conflict) -> str:
    """The path prefix (as `leaves` writes it) of what a conflict leaves undecided."""
    def quoted(text: str | None) -> str:
        return json.dumps(text)

    if conflict.kind == "workspace":
        prefix = ""
    elif conflict.kind in ("journey", "persona"):
        prefix = f"{conflict.kind}s[{quoted(conflict.item)}]"
    else:
        prefix = (f"journeys[{quoted(conflict.journey)}].{_LISTS[conflict.kind]}"
                  f"[{quoted(conflict.item)}]")
    return ".".join(part for part in (prefix, conflict.field) if part)


def _covered(path: str, prefixes: list[str]) -> bool:
    return any(path == p or path.startswith((f"{p}.", f"{p}[")) for p in prefixes)


SIDES = st.lists(EDITS, max_size=6)


@settings(max_examples=100, deadline=None)
@given(SIDES)
def test_merging_with_an_untouched_side_gives_the_edited_side(edits: list[Edit]) -> None:
    base, edited = _base(), _edited(edits)
    assert merge(base, edited, clone(base)).workspace == edited
    assert merge(base, clone(base), edited).workspace == edited


@settings(max_examples=150, deadline=None)
@given(SIDES, SIDES)
def test_the_merge_opens_and_holds_every_edit_no_conflict_names(ours_edits: list[Edit],
                                                                theirs_edits: list[Edit]) -> None:
    base, ours, theirs = _base(), _edited(ours_edits), _edited(theirs_edits)
    merged = merge(base, ours, theirs).workspace
    parse_workspace(encode_workspace(merged), "merged.journey")  # valid: it would open
    assert in_use(merged) <= images_of(merged).keys()  # not from the process's table
    undecided = [_covers(c) for c in conflicts_of(merged)]
    old, mine, other, result = (_fields(w) for w in (base, ours, theirs, merged))
    for path in old.keys() | mine.keys() | other.keys():
        was, a, b = (side.get(path, "<absent>") for side in (old, mine, other))
        for changed, untouched in ((a, b), (b, a)):
            if changed != was and untouched == was and not _covered(path, undecided):
                assert result.get(path, "<absent>") == changed, path
    before, after = _entries(base), _entries(merged)
    for side in (ours, theirs):
        assert [e for e in _entries(side) if e not in before and e not in after] == []
    for side in (ours, theirs):
        for name, kept in _baselines(side).items() - _baselines(base).items():
            assert any(kept == copy and _numbered(name, now)
                       for now, copy in _baselines(merged).items()), name


def _baselines(workspace: Workspace) -> dict[str, tuple[Any, ...]]:
    """Each baseline's name, with its revision (date, author, summary) and copy."""
    result = {}
    for revision in baselines(workspace):
        copy = snapshot_of(workspace, revision)
        assert copy is not None
        result[revision.name] = (revision.date, revision.author, revision.summary,
                                 msgspec.json.encode(copy.journeys))
    return result


def _numbered(name: str, kept: str) -> bool:
    """Whether `kept` is `name` as the reader counts names, or numbered ("Pilot (2)")."""
    return re.fullmatch(re.escape(name_key(name)) + r"( \(\d+\))?", name_key(kept)) is not None


def _fields(workspace: Workspace) -> dict[str, Any]:
    """Its leaves but those of the lists without ids, whose entries have no place to
    compare (`_entries` checks them), the baselines' copies (`_baselines` does) and the
    pictures, which the cards' keys name (a merge keeps those they show)."""
    return {path: value for path, value in leaves(workspace)
            if not path.startswith(("revisions[", "snapshots[", "images["))
            and ".comments[" not in path}


def _entries(workspace: Workspace) -> list[tuple[str, Any]]:
    """The revisions (whatever their names) and the cards' comments, each with the list
    it is in."""
    cards = [(f"cards[{c.id!r}].comments", e) for c in _journey(workspace).cards
             for e in c.comments]
    log = [("revisions", (r.date, r.author, r.summary)) for r in workspace.revisions]
    return [*log, *cards]
