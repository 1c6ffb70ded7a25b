"""Merging maps whose branches each named baselines: every side's baseline survives, with
its own copy of the map, in a file the reader opens, whichever side is ours."""

from __future__ import annotations

import datetime as dt

import msgspec

from journey_editor.fileformat import encode_workspace, parse_workspace
from journey_editor.model.baselines import NameRevision, baselines, snapshot_of
from journey_editor.model.merge import MergeResult, merge
from journey_editor.model.types import (
    MAX_BASELINE_NAME,
    Revision,
    Snapshot,
    Workspace,
    clone,
)
from tests.factories import small_workspace

Seen = tuple[str, str, bytes]


def _day(day: int) -> dt.datetime:
    return dt.datetime(2026, 12, day, 15, tzinfo=dt.UTC)


def _mark(workspace: Workspace, name: str, day: int, copy_id: str = "") -> None:
    """File > Mark Baseline: a new revision named `name`, keeping the map as it is."""
    copy = Snapshot(id=copy_id or f"snapshot-{name[:8]}-{day}",
                    journeys=[clone(j) for j in workspace.journeys])
    NameRevision(None, "workspace", Revision(date=_day(day), author="ann"), name, copy,
                 append=True).apply(workspace)


def _rename(workspace: Workspace, old: str, new: str, copy_id: str = "") -> None:
    """History: names, renames (or, with a blank name, unnames) the revision `old`."""
    revision = next(r for r in workspace.revisions if r.name == old)
    copy = None if old or not new else Snapshot(id=copy_id,
                                                journeys=clone(workspace).journeys)
    NameRevision(None, "workspace", revision, new, copy).apply(workspace)


def _title(workspace: Workspace, title: str) -> None:
    workspace.journeys[0].cards[0].title = title


def _seen(workspace: Workspace) -> list[Seen]:
    """Each baseline: its date, name and the journeys its copy keeps."""
    result = []
    for revision in baselines(workspace):
        copy = snapshot_of(workspace, revision)
        assert copy is not None, revision
        result.append((revision.date.isoformat(), revision.name,
                       msgspec.json.encode(copy.journeys)))
    return sorted(result)


def _both_ways(base: Workspace, ours: Workspace, theirs: Workspace) -> MergeResult:
    """The merge, checked to open and to keep the same baselines with the sides swapped."""
    result = merge(base, ours, theirs)
    parse_workspace(encode_workspace(result.workspace), "merged.journey")
    swapped = merge(base, theirs, ours).workspace
    parse_workspace(encode_workspace(swapped), "swapped.journey")
    assert _seen(swapped) == _seen(result.workspace)
    return result


def _sides() -> tuple[Workspace, Workspace, Workspace]:
    base = small_workspace()
    return base, clone(base), clone(base)


def _copy_titles(workspace: Workspace) -> dict[str, str]:
    """Each baseline's name and the first card's title in its copy."""
    return {name: msgspec.json.decode(journeys)[0]["cards"][0]["title"]
            for _, name, journeys in _seen(workspace)}


def test_one_name_on_both_branches_keeps_both_baselines_and_numbers_the_younger() -> None:
    base, ours, theirs = _sides()
    _title(ours, "Banner")
    _mark(ours, "Post-workshop baseline", 4)
    _title(theirs, "Poster")
    _mark(theirs, "post-workshop  BASELINE", 3)  # the same name, as the reader counts names
    result = _both_ways(base, ours, theirs)
    assert _copy_titles(result.workspace) == {"post-workshop  BASELINE": "Poster",
                                              "Post-workshop baseline (2)": "Banner"}
    assert result.renamed == [("Post-workshop baseline", "Post-workshop baseline (2)")]
    assert len({s.id for s in result.workspace.snapshots or []}) == 2


def test_a_number_already_taken_is_skipped_and_a_long_name_stays_within_its_length() -> None:
    base, ours, theirs = _sides()
    long = "B" * MAX_BASELINE_NAME
    for day, name in ((1, "Pilot"), (2, "Pilot (2)"), (3, long)):
        _mark(base, name, day)
    ours, theirs = clone(base), clone(base)
    _mark(ours, "Pilot", 5)
    _mark(ours, long, 6)
    _mark(theirs, "Pilot", 7)
    names = [r.name for r in baselines(_both_ways(base, ours, theirs).workspace)]
    assert sorted(names) == sorted(["Pilot", "Pilot (2)", long, "Pilot (3)",
                                    "B" * (MAX_BASELINE_NAME - 4) + " (2)", "Pilot (4)"])


def test_a_revision_both_branches_named_alike_is_one_baseline() -> None:
    base, ours, theirs = _sides()
    _rename(ours, "", "Post-workshop baseline", "snapshot-b")
    _rename(theirs, "", "Post-workshop baseline", "snapshot-a")
    merged = _both_ways(base, ours, theirs).workspace
    assert [r.name for r in merged.revisions] == ["Post-workshop baseline"]
    assert [s.id for s in merged.snapshots or []] == ["snapshot-a"]


def test_one_baseline_renamed_differently_on_each_branch_keeps_both_names() -> None:
    base, _, _ = _sides()
    _mark(base, "Pilot", 1)
    ours, theirs = clone(base), clone(base)
    _rename(ours, "Pilot", "Pilot, May")
    _rename(theirs, "Pilot", "Pilot, June")
    merged = _both_ways(base, ours, theirs).workspace
    copies = [snapshot_of(merged, r) for r in baselines(merged)]
    assert sorted(r.name for r in baselines(merged)) == ["Pilot, June", "Pilot, May"]
    assert copies[0] is not None and copies[1] is not None
    assert copies[0].id != copies[1].id and copies[0].journeys == copies[1].journeys


def test_a_name_taken_away_on_one_branch_and_changed_on_the_other_stays_with_its_copy() -> None:
    base, _, _ = _sides()
    _title(base, "Before")
    _mark(base, "Pilot", 1)
    _title(base, "After")
    ours, theirs = clone(base), clone(base)
    _rename(ours, "Pilot", "")
    _rename(theirs, "Pilot", "Pilot, May")
    merged = _both_ways(base, ours, theirs).workspace
    assert _copy_titles(merged) == {"Pilot, May": "Before"}
    assert len(merged.revisions) == len(base.revisions)


def test_a_name_taken_away_on_one_branch_only_is_gone() -> None:
    base, _, _ = _sides()
    _mark(base, "Pilot", 1)
    ours, theirs = clone(base), clone(base)
    _rename(ours, "Pilot", "")
    _title(theirs, "Poster")
    merged = _both_ways(base, ours, theirs).workspace
    assert baselines(merged) == [] and merged.snapshots is msgspec.UNSET


def test_copies_both_branches_kept_under_one_id_both_survive_with_ids_of_their_own() -> None:
    base, ours, theirs = _sides()
    _title(ours, "Banner")
    _mark(ours, "Pilot", 2, copy_id="snapshot-1")
    _title(theirs, "Poster")
    _mark(theirs, "Launch", 3, copy_id="snapshot-1")
    merged = _both_ways(base, ours, theirs).workspace
    assert _copy_titles(merged) == {"Pilot": "Banner", "Launch": "Poster"}
    assert sorted(s.id for s in merged.snapshots or []) == ["snapshot-1", "snapshot-1-2"]
    for side in (ours, theirs):  # the sides themselves are left as they were
        assert [s.id for s in side.snapshots or []] == ["snapshot-1"]


def test_a_date_without_a_zone_in_a_hand_edited_log_is_ordered_as_utc() -> None:
    base, ours, theirs = _sides()
    _mark(ours, "Pilot", 4)
    _mark(theirs, "Pilot", 3)
    assert theirs.revisions[-1].date.tzinfo is not None
    theirs.revisions[-1].date = theirs.revisions[-1].date.replace(tzinfo=None)
    names = {r.date.day: r.name for r in baselines(_both_ways(base, ours, theirs).workspace)}
    assert names == {3: "Pilot", 4: "Pilot (2)"}
