"""Two versions of a map whose named baselines together are more than a map keeps: the
merge writes nothing and says so in one plain line naming the file, in the terminal's
language (it used to say 'snapshots: is too long (at most 100 items or characters)')."""

from __future__ import annotations

from pathlib import Path

import pytest

from journey_editor import i18n
from journey_editor.cli import main
from journey_editor.fileformat import save_workspace
from journey_editor.model.merge import merge
from journey_editor.model.merge_baselines import TooManyBaselines
from journey_editor.model.types import MAX_SNAPSHOTS, Workspace, clone
from tests.factories import small_workspace
from tests.unit.test_merge_baselines import _mark

TECHNICAL = ("snapshot", "items or characters", "too long", "Traceback", "$.")


def _sides(each: int) -> tuple[Workspace, Workspace, Workspace]:
    """A map, and two versions of it that each named `each` baselines of their own."""
    base = small_workspace()
    ours, theirs = clone(base), clone(base)
    for index in range(each):
        _mark(ours, f"Workshop {index}", 1 + index % 28, f"ours-{index}")
        _mark(theirs, f"Review {index}", 1 + index % 28, f"theirs-{index}")
    return base, ours, theirs


def _files(tmp_path: Path, each: int) -> list[str]:
    names = []
    for name, workspace in zip(("base", "ours", "theirs"), _sides(each), strict=True):
        path = tmp_path / f"{name}.journey"
        save_workspace(workspace, path, backup=False)
        names.append(str(path))
    return names


def _english_terminal(monkeypatch: pytest.MonkeyPatch, lang: str = "C.UTF-8") -> None:
    monkeypatch.setenv("LANG", lang)
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


def test_the_merge_says_in_one_plain_line_which_file_and_how_many_to_remove(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _english_terminal(monkeypatch)
    files = _files(tmp_path, 60)
    before = Path(files[1]).read_bytes()
    out = tmp_path / "launch.journey"
    assert main(["merge", *files, "-o", str(out)]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1
    assert "launch.journey: not merged" in error
    assert "120 named baselines" in error and f"at least {120 - MAX_SNAPSHOTS}" in error
    assert not any(word in error for word in TECHNICAL), error
    assert not out.exists() and Path(files[1]).read_bytes() == before  # nothing written


def test_git_s_name_for_the_file_is_the_one_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    _english_terminal(monkeypatch)
    files = _files(tmp_path, 51)
    assert main(["merge", *files, "--name", "maps/launch.journey"]) == 2
    assert capsys.readouterr().err.strip().startswith(
        "journey-editor: maps/launch.journey: not merged: the two versions have 102 ")


@pytest.mark.parametrize("language", ["sv", "da", "fi", "nl"])
def test_the_line_is_in_the_terminals_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, language: str) -> None:
    _english_terminal(monkeypatch, f"{language}_{language.upper()}.UTF-8")
    files = _files(tmp_path, 60)
    assert main(["merge", *files, "-o", str(tmp_path / "out.journey")]) == 2
    error = capsys.readouterr().err.strip()
    english = str(TooManyBaselines(120))
    assert "out.journey: " in error and english not in error
    words = i18n.translate_in(language, "Baselines", TooManyBaselines.TEXT)
    assert words != TooManyBaselines.TEXT and words.format(120, MAX_SNAPSHOTS, 20) in error


def test_at_most_a_map_s_baselines_together_merge() -> None:
    merged = merge(*_sides(MAX_SNAPSHOTS // 2)).workspace
    assert len(merged.snapshots) == MAX_SNAPSHOTS  # type: ignore[arg-type]
    with pytest.raises(TooManyBaselines):
        merge(*_sides(MAX_SNAPSHOTS // 2 + 1))
