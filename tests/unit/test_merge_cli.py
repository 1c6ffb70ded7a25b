"""`journey-editor merge`, `text` and `git-setup` as a script or git would call them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.model.conflicts import conflicts_of
from journey_editor.model.types import Workspace, clone
from tests.factories import PHOTO_KEY, PHOTO_PNG, small_workspace, with_persona_photo

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _files(tmp_path: Path, ours_title: str, theirs_title: str) -> list[str]:
    base = small_workspace()
    ours, theirs = clone(base), clone(base)
    ours.journeys[0].cards[0].title = ours_title
    theirs.journeys[0].cards[0].title = theirs_title
    theirs.journeys[0].cards[2].title = "Receipt"
    paths = [tmp_path / f"{name}.journey" for name in ("base", "ours", "theirs")]
    for side, path in zip((base, ours, theirs), paths, strict=True):
        save_workspace(side, path, backup=False)
    return [str(p) for p in paths]


def _titles(workspace: Workspace) -> list[str]:
    return [c.title for c in workspace.journeys[0].cards]


def test_a_clean_merge_replaces_ours_and_exits_0(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    files = _files(tmp_path, "Banner", "Ad")
    assert main(["merge", *files]) == 0
    assert _titles(read_workspace(files[1])) == ["Banner", "Checkout", "Receipt", "Find a gift"]
    assert "Merged into" in capsys.readouterr().out


def test_a_conflicting_merge_writes_the_conflicts_and_exits_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = _files(tmp_path, "Banner", "Poster")
    out = tmp_path / "out.journey"
    assert main(["merge", *files, "-o", str(out), "--theirs-label", "workshop"]) == 1
    merged = read_workspace(out)
    [conflict] = conflicts_of(merged)
    assert (conflict.item, conflict.field, conflict.theirs, conflict.theirs_label) == (
        "a", "title", "Poster", "workshop")
    assert _titles(merged)[2] == "Receipt"  # the clean part is merged all the same
    assert read_workspace(files[1]).journeys[0].cards[0].title == "Banner"  # -o: ours untouched
    assert "j1/card/a/title" in capsys.readouterr().out


def test_an_unreadable_side_exits_2_naming_the_file(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    files = _files(tmp_path, "Banner", "Ad")
    Path(files[2]).write_text("{not json", encoding="utf-8")
    before = Path(files[1]).read_bytes()
    assert main(["merge", *files]) == 2
    error = capsys.readouterr().err.strip()
    assert "theirs.journey" in error and "\n" not in error
    assert Path(files[1]).read_bytes() == before


def test_an_empty_base_merges_two_maps_added_on_both_branches(tmp_path: Path) -> None:
    files = _files(tmp_path, "Banner", "Ad")
    Path(files[0]).write_bytes(b"")
    second = clone(small_workspace())
    second.journeys[0].id = "j2"
    save_workspace(second, files[2], backup=False)
    assert main(["merge", *files]) == 0
    assert [j.id for j in read_workspace(files[1]).journeys] == ["j1", "j2"]


def test_text_prints_one_line_per_field_by_id(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "map.journey"
    save_workspace(with_persona_photo(small_workspace()), saved, backup=False)
    assert main(["text", str(saved)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert 'journeys["j1"].cards["b"].votes["Ann"] = 2' in lines
    assert f'personas["p1"].picture = "{PHOTO_KEY}"' in lines
    size = f'{len(PHOTO_PNG)} bytes, sha256 {PHOTO_KEY[:12]}'
    assert f'images["{PHOTO_KEY}"].data = "{size}"' in lines  # not base64


@needs_git
def test_git_setup_registers_the_driver_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitattributes").write_text("*.png binary", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["git-setup"]) == 0
    first = capsys.readouterr().out.splitlines()
    assert main(["git-setup"]) == 0
    again = capsys.readouterr().out.splitlines()
    assert (tmp_path / ".gitattributes").read_text(encoding="utf-8").splitlines() == [
        "*.png binary", "*.journey merge=journey diff=journey"]
    config = subprocess.run(["git", "config", "--local", "--get-regexp", "journey"],
                            check=True, capture_output=True, text=True).stdout
    assert "merge %O %A %B" in config and "text" in config
    assert len(first) == len(again) == 3
    assert first[0].startswith("Added") and "already" in again[0]
    assert all("already" in line for line in again)


@needs_git
def test_git_setup_outside_a_repository_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert main(["git-setup"]) == 2
    assert "not in a git repository" in capsys.readouterr().err
    assert not (tmp_path / ".gitattributes").exists()
