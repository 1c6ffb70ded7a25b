"""Real git merging maps edited on two branches, through `journey-editor git-setup`'s
merge driver and diff textconv (a child process per merge: seconds, so a slow test)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.fileformat import encode_workspace, read_workspace, save_workspace
from journey_editor.model.baselines import NameRevision, baselines, new_snapshot, snapshot_of
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.types import Card, Revision, Workspace, clone
from tests.factories import small_workspace

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")]

Edit = Callable[[Workspace], None]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with the map committed on main and git-setup run in it; the user's
    own git configuration left out."""
    for key, value in {"HOME": str(tmp_path), "GIT_CONFIG_NOSYSTEM": "1",
                       "GIT_AUTHOR_NAME": "Ann", "GIT_AUTHOR_EMAIL": "ann@example.org",
                       "GIT_COMMITTER_NAME": "Ann",
                       "GIT_COMMITTER_EMAIL": "ann@example.org"}.items():
        monkeypatch.setenv(key, value)
    folder = tmp_path / "maps"
    folder.mkdir()
    monkeypatch.chdir(folder)
    _git("init", "-q", "-b", "main")
    assert main(["git-setup"]) == 0
    save_workspace(small_workspace(), folder / "map.journey", backup=False)
    _git("add", ".")
    _git("commit", "-q", "-m", "base")
    return folder


def _git(*arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], check=check, capture_output=True, text=True,
                          env=os.environ.copy())


def _commit(path: Path, edit: Edit, message: str) -> None:
    workspace = read_workspace(path)
    edit(workspace)
    save_workspace(workspace, path, backup=False)
    _git("commit", "-q", "-a", "-m", message)


def _branches(repo: Path, ours: Edit, theirs: Edit) -> subprocess.CompletedProcess[str]:
    """`theirs` committed on a branch, `ours` on main, then the branch merged into main."""
    path = repo / "map.journey"
    _git("checkout", "-q", "-b", "workshop")
    _commit(path, theirs, "workshop edits")
    _git("checkout", "-q", "main")
    _commit(path, ours, "main edits")
    return _git("merge", "--no-edit", "workshop", check=False)


def _card(workspace: Workspace, card_id: str) -> Card:
    return next(c for c in workspace.journeys[0].cards if c.id == card_id)


def _retitle(card_id: str, title: str) -> Edit:
    return lambda workspace: setattr(_card(workspace, card_id), "title", title)


def _vote(voter: str, dots: int) -> Edit:
    return lambda workspace: _card(workspace, "b").votes.__setitem__(voter, dots)


def _both(*edits: Edit) -> Edit:
    def run(workspace: Workspace) -> None:
        for edit in edits:
            edit(workspace)
    return run


def test_concurrent_edits_of_different_cards_merge_into_exactly_both(repo: Path) -> None:
    ours = _both(_retitle("a", "Banner ad"), _vote("Cy", 3))
    theirs = _both(_retitle("c", "Receipt"), _vote("Di", 1),
                   lambda w: w.journeys[0].cards.append(
                       Card(id="n", stage="after", lane="goals", title="Tell a friend")))
    result = _branches(repo, ours, theirs)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Merged into map.journey" in result.stdout  # by the driver, not by git's lines
    expected = small_workspace()
    for edit in (ours, theirs):
        edit(expected)
    assert (repo / "map.journey").read_bytes() == encode_workspace(expected)
    assert _git("status", "--porcelain").stdout == ""


def test_a_conflicting_merge_leaves_a_valid_map_listing_the_conflict(repo: Path) -> None:
    result = _branches(repo, _both(_retitle("a", "Banner"), _retitle("c", "Bill")),
                       _both(_retitle("a", "Poster"), _vote("Di", 1)))
    assert result.returncode != 0
    assert "with 1 conflict" in result.stdout
    assert "map.journey" in _git("diff", "--name-only", "--diff-filter=U").stdout
    assert main(["validate", "map.journey"]) == 0
    merged = read_workspace(repo / "map.journey")
    [conflict] = conflicts_of(merged)
    assert (conflict.item, conflict.field, conflict.ours, conflict.theirs) == (
        "a", "title", "Banner", "Poster")
    assert (_card(merged, "c").title, _card(merged, "b").votes["Di"]) == ("Bill", 1)


def test_git_diff_shows_a_changed_field_as_one_line(repo: Path) -> None:
    path = repo / "map.journey"
    workspace = read_workspace(path)
    _card(workspace, "a").title = "Banner"
    save_workspace(workspace, path, backup=False)
    changed = [line for line in _git("diff").stdout.splitlines()
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ['-journeys["j1"].cards["a"].title = "Ad"',
                       '+journeys["j1"].cards["a"].title = "Banner"']


def test_the_same_edit_on_both_branches_merges_cleanly(repo: Path) -> None:
    same = _retitle("g", "Find a present")
    result = _branches(repo, _both(same, _vote("Cy", 1)), same)
    assert result.returncode == 0, result.stdout + result.stderr
    assert conflicts_of(read_workspace(repo / "map.journey")) == []
    expected = clone(small_workspace())
    _both(same, _vote("Cy", 1))(expected)
    assert (repo / "map.journey").read_bytes() == encode_workspace(expected)


def _mark(name: str, day: int) -> Edit:
    """File > Mark Baseline on the map as it is."""
    def run(workspace: Workspace) -> None:
        revision = Revision(date=dt.datetime(2026, 12, day, 15, tzinfo=dt.UTC), author="ann")
        NameRevision(None, "workspace", revision, name, new_snapshot(workspace.journeys),
                     append=True).apply(workspace)
    return run


def _rename(old: str, new: str) -> Edit:
    def run(workspace: Workspace) -> None:
        revision = next(r for r in baselines(workspace) if r.name == old)
        NameRevision(None, "workspace", revision, new).apply(workspace)
    return run


def _copies(path: Path) -> dict[str, str]:
    """Each baseline of the map at `path` and card a's title in the copy it keeps."""
    workspace = read_workspace(path)
    result = {}
    for revision in baselines(workspace):
        copy = snapshot_of(workspace, revision)
        assert copy is not None
        result[revision.name] = next(c.title for c in copy.journeys[0].cards if c.id == "a")
    return result


def test_branches_each_naming_a_post_workshop_baseline_merge_keeping_both(repo: Path) -> None:
    result = _branches(repo, _both(_retitle("a", "Banner"), _mark("Post-workshop baseline", 4)),
                       _both(_retitle("c", "Receipt"), _mark("Post-workshop baseline", 3)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert main(["validate", "map.journey"]) == 0
    assert _copies(repo / "map.journey") == {"Post-workshop baseline": "Ad",  # the older
                                             "Post-workshop baseline (2)": "Banner"}
    assert _git("status", "--porcelain").stdout == ""


def test_a_baseline_unnamed_on_one_branch_and_renamed_on_the_other_keeps_its_copy(
        repo: Path) -> None:
    _commit(repo / "map.journey", _mark("Pilot", 1), "baseline")
    _commit(repo / "map.journey", _retitle("a", "Banner"), "after the pilot")
    result = _branches(repo, _rename("Pilot", ""), _rename("Pilot", "Pilot, May"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert main(["validate", "map.journey"]) == 0
    assert _copies(repo / "map.journey") == {"Pilot, May": "Ad"}
