"""The command line, as a newcomer and a script would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import main


def test_new_validate_info_for_a_newcomer(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.journey"
    assert main(["new", "--template", "retail", str(target)]) == 0
    assert main(["validate", str(target)]) == 0
    assert main(["info", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Created" in out and "valid" in out
    assert "stages" in out and "connections" in out


def test_new_refuses_to_overwrite_without_force(saved: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    before = saved.read_bytes()
    assert main(["new", str(saved)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert saved.read_bytes() == before
    assert main(["new", "--force", str(saved)]) == 0


def test_new_with_unknown_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--template", "nope", str(tmp_path / "x.journey")]) == 1
    err = capsys.readouterr().err
    assert "no template 'nope'" in err and "retail" in err
    assert not (tmp_path / "x.journey").exists()


def test_templates_are_listed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"blank", "retail", "b2b-software"} <= set(names)


def test_validate_reports_each_bad_file_on_one_line(
    saved: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.journey").write_bytes(b"")
    (tmp_path / "cut.journey").write_bytes(saved.read_bytes()[:100])
    code = main(["validate", str(saved), str(tmp_path / "empty.journey"),
                 str(tmp_path / "cut.journey"), str(tmp_path / "missing.journey")])
    assert code == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "journey-editor: empty.journey: the file is empty",
        "journey-editor: cut.journey: line 7, column 8: the file ends too early"
        " (it may be cut off)",
        "journey-editor: missing.journey: no such file",
    ]


def test_info_json_is_machine_readable(saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--json", str(saved)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["personas"] == ["Ann"]
    assert info["journeys"] == [{"name": "Buying a gift", "state": "current", "persona": "Ann",
                                 "stages": 3, "lanes": 3, "cards": 4, "connections": 2}]


def test_info_on_a_bad_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.journey").write_text("not json")
    assert main(["info", str(tmp_path / "x.journey")]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_wrong_argument_exits_2_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["info"])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def _run(*code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *code], capture_output=True, text=True, timeout=60)


def test_version_from_the_module_entry_point() -> None:
    result = _run("-m", "journey_editor", "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("journey-editor ")


def test_command_line_imports_no_qt_networkx_or_reportlab() -> None:
    result = _run("-c", "import sys, journey_editor.cli, journey_editor.fileformat, "
                  "journey_editor.templates, journey_editor.model.graph; "
                  "print(sorted({m.split('.')[0] for m in sys.modules} & "
                  "{'PySide6', 'shiboken6', 'networkx', 'reportlab'}))")
    assert result.stdout.strip() == "[]", result.stderr


def test_info_lists_the_baselines_with_their_dates(saved: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    from journey_editor.fileformat import read_workspace, save_workspace
    from journey_editor.model.baselines import NameRevision, new_snapshot
    from journey_editor.model.types import Revision

    assert main(["info", str(saved)]) == 0
    assert "Baselines: -" in capsys.readouterr().out.splitlines()
    workspace = read_workspace(saved)
    revision = Revision(date=dt.datetime(2026, 12, 3, 15, tzinfo=dt.UTC), author="ann")
    NameRevision(None, "workspace", revision, "Post-workshop baseline",
                 new_snapshot(workspace.journeys), append=True).apply(workspace)
    save_workspace(workspace, saved, backup=False)
    assert main(["info", str(saved)]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "Baselines:", "  2026-12-03  Post-workshop baseline"]
    assert main(["info", "--json", str(saved)]) == 0
    assert json.loads(capsys.readouterr().out)["baselines"] == [
        {"name": "Post-workshop baseline", "date": "2026-12-03T15:00:00+00:00"}]


def test_info_shows_names_that_would_drive_a_terminal_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from journey_editor.fileformat import save_workspace
    from tests.factories import small_workspace

    workspace = small_workspace()
    workspace.title = "Map\x1b[2J"
    workspace.journeys[0].name = "Journey\x1b]0;owned\x07"
    path = tmp_path / "hostile.journey"
    save_workspace(workspace, path)
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "Map\\x1b[2J" in out and "Journey\\x1b]0;owned\\x07" in out
