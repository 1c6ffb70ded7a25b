"""Named revisions (baselines): the copy of the map they keep, undo, and hostile files."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import msgspec
import pytest
from msgspec import UNSET

from journey_editor.fileformat import JourneyFileError, encode_workspace, read_workspace
from journey_editor.model.baselines import (
    NameRevision,
    baselines,
    name_problem,
    new_snapshot,
    snapshot_of,
)
from journey_editor.model.types import MAX_BASELINE_NAME, Revision, Workspace, clone
from tests.factories import small_workspace


def _named(workspace: Workspace, name: str) -> NameRevision:
    revision = Revision(date=dt.datetime(2026, 12, 3, 15, tzinfo=dt.UTC), author="ann")
    step = NameRevision(None, "workspace", revision, name, new_snapshot(workspace.journeys),
                        append=True)
    step.apply(workspace)
    return step


def test_a_baseline_keeps_the_map_as_it_was_and_undo_leaves_the_file_as_before() -> None:
    workspace = small_workspace()
    before = encode_workspace(workspace)
    step = _named(workspace, "Post-workshop baseline")
    workspace.journeys[0].cards[0].title = "Edited after the workshop"
    kept = snapshot_of(workspace, baselines(workspace)[0])
    assert kept is not None and kept.journeys[0].cards[0].title != "Edited after the workshop"
    step.revert(workspace)
    workspace.journeys[0].cards[0].title = msgspec.json.decode(before)["journeys"][0][
        "cards"][0]["title"]
    assert encode_workspace(workspace) == before  # no empty snapshots key left behind


def test_removing_a_name_drops_its_copy_and_undo_brings_both_back() -> None:
    workspace = small_workspace()
    _named(workspace, "Pilot")
    revision = baselines(workspace)[0]
    remove = NameRevision(None, "workspace", revision, "")
    remove.apply(workspace)
    assert not baselines(workspace) and workspace.snapshots is UNSET
    remove.revert(workspace)
    assert revision.name == "Pilot" and snapshot_of(workspace, revision) is not None


def test_names_are_unique_whatever_their_case_and_spacing() -> None:
    workspace = small_workspace()
    _named(workspace, "Post-workshop baseline")
    assert name_problem(workspace, "post-workshop  BASELINE") is not None
    assert name_problem(workspace, "Pilot") is None
    assert name_problem(workspace, "") is not None
    assert name_problem(workspace, "x" * (MAX_BASELINE_NAME + 1)) is not None
    revision = baselines(workspace)[0]
    assert name_problem(workspace, "Post-workshop Baseline", renaming=revision) is None


def test_a_saved_baseline_reads_back(tmp_path: Path) -> None:
    workspace = small_workspace()
    _named(workspace, "Pilot")
    path = tmp_path / "map.journey"
    path.write_bytes(encode_workspace(workspace))
    again = read_workspace(path)
    assert [r.name for r in baselines(again)] == ["Pilot"]
    kept = snapshot_of(again, baselines(again)[0])
    assert kept is not None and kept.journeys == workspace.journeys
    text = path.read_text()
    assert text.index('"snapshots"') > text.index('"revisions"')  # a section of its own


def _hostile(tmp_path: Path, change: object) -> str:
    workspace = small_workspace()
    _named(workspace, "Pilot")
    _named(workspace, "Launch")
    raw = msgspec.to_builtins(workspace)
    change(raw)  # type: ignore[operator]
    path = tmp_path / "hostile.journey"
    path.write_bytes(msgspec.json.encode(raw))
    with pytest.raises(JourneyFileError) as error:
        read_workspace(path)
    message = str(error.value)
    assert "\n" not in message and "hostile.journey" in message
    return message


def _rename_second(raw: dict) -> None:  # type: ignore[type-arg]
    raw["revisions"][-1]["name"] = "pilot"


def _dangle(raw: dict) -> None:  # type: ignore[type-arg]
    raw["revisions"][-1]["snapshot"] = "snapshot-gone"


def _huge(raw: dict) -> None:  # type: ignore[type-arg]
    raw["revisions"][-1]["name"] = "x" * 100_000


def _orphan(raw: dict) -> None:  # type: ignore[type-arg]
    raw["revisions"][-1].pop("snapshot")
    raw["revisions"][-1].pop("name")


def _broken_copy(raw: dict) -> None:  # type: ignore[type-arg]
    raw["snapshots"][0]["journeys"][0]["cards"][0]["stage"] = "nowhere"


@pytest.mark.parametrize(("change", "says"), [
    (_rename_second, "already named 'pilot'"),
    (_dangle, "snapshot-gone"),
    (_huge, "120"),
    (_orphan, "no named revision keeps this copy"),
    (_broken_copy, "nowhere"),
])
def test_a_hostile_baseline_is_refused_with_one_clear_line(tmp_path: Path, change: object,
                                                           says: str) -> None:
    assert says in _hostile(tmp_path, change)


@pytest.mark.parametrize(("language", "label"), [("", "Baselines"), ("sv", "Baslinjer")])
def test_the_handout_lists_the_baselines_in_the_maps_language(language: str,
                                                              label: str) -> None:
    from pypdf import PdfReader

    from journey_editor.export.pdf import render_pdf

    workspace = small_workspace()
    workspace.journeys[0].language = language  # type: ignore[assignment]
    _named(workspace, "Post-workshop baseline")
    poster_only = len(PdfReader(io.BytesIO(render_pdf(workspace))).pages)
    pages = PdfReader(io.BytesIO(render_pdf(workspace, handout=True))).pages
    front = " ".join(pages[poster_only].extract_text().split())
    assert f"{label} Post-workshop baseline (2026-12-03)" in front


def test_a_handout_without_baselines_has_no_baselines_line() -> None:
    from pypdf import PdfReader

    from journey_editor.export.pdf import render_pdf

    pages = PdfReader(io.BytesIO(render_pdf(small_workspace(), handout=True))).pages
    assert not any("Baselines" in page.extract_text() for page in pages)


def test_baselines_named_on_both_sides_of_a_merge_are_both_kept() -> None:
    from journey_editor.model.merge import merge

    base = small_workspace()
    ours, theirs = clone(base), clone(base)
    _named(ours, "Pilot")
    _named(theirs, "Launch")
    merged = merge(base, ours, theirs).workspace
    assert [r.name for r in baselines(merged)] == ["Pilot", "Launch"]
    assert all(snapshot_of(merged, r) is not None for r in baselines(merged))
    assert merge(base, clone(base), clone(base)).workspace.snapshots is UNSET
