"""`journey-editor check`: the review's findings in a terminal, text and JSON, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from journey_editor.analysis import review
from journey_editor.cli import main
from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.model.types import Card, Journey, Lane, Stage, new_workspace
from journey_editor.resources import resource_path

RETAIL = str(resource_path("templates", "retail.en.journey"))
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def clean_file(tmp_path: Path) -> Path:
    """One stage, one website touchpoint with an owner: nothing to find."""
    journey = Journey(id="j", name="Quick visit", stages=[Stage(id="s", name="Visit")],
                      lanes=[Lane(id="web", name="Website", kind="channel")],
                      cards=[Card(id="c", stage="s", lane="web", title="Home", owner="Web")])
    path = tmp_path / "clean.journey"
    save_workspace(new_workspace("Clean", journeys=[journey]), path, backup=False)
    return path


def test_text_lists_each_finding_on_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", RETAIL]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == 'Journey "Buying a sofa": 9 findings'
    assert lines[1] == ("  problem: “Website” (Website and online, Choose) is flagged as "
                        "inconsistent or wrong information.")
    assert len(lines) == 10
    assert {line.split(":")[0].strip() for line in lines[1:]} == {"problem", "warning", "note"}


def test_json_gives_the_same_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", RETAIL, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    journey = read_workspace(RETAIL).journeys[0]
    assert data["findings"] == 9 and data["file"] == RETAIL
    [entry] = data["journeys"]
    assert (entry["id"], entry["name"]) == (journey.id, journey.name)
    assert entry["findings"] == json.loads(msgspec.json.encode(review(journey)))
    assert set(entry["findings"][0]) == {
        "kind", "severity", "message", "journey_id", "card_ids", "stage_id"}


def test_strict_exits_1_only_when_there_are_findings(
        clean_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", RETAIL, "--strict"]) == 1
    assert main(["check", str(clean_file), "--strict"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == 'Journey "Quick visit": no findings'


def test_thresholds_and_journey_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", RETAIL, "--max-teams", "5", "--journey", "Buying a sofa"]) == 0
    out = capsys.readouterr().out
    assert "7 findings" in out and "teams" not in out  # Discover has 5, Choose 4
    assert main(["check", RETAIL, "--negative-emotion", "-1"]) == 0
    assert "“Billing” (E-mail and post, Pay and receive) feels negative" in capsys.readouterr().out


def test_bad_input_is_one_readable_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", RETAIL, "--journey", "Nope"]) == 1
    assert capsys.readouterr().err == (
        "journey-editor: no journey named 'Nope' (the file has: 'Buying a sofa')\n")
    assert main(["check", str(tmp_path / "missing.journey")]) == 1
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["check", RETAIL, "--max-teams", "zero"])
    assert exit_.value.code == 2
    assert "not a whole number: 'zero'" in capsys.readouterr().err


def test_check_runs_without_qt_or_a_display(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from journey_editor.cli import main\n"
        f"status = main(['check', {RETAIL!r}, '--strict'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
        "sys.exit(status)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith('Journey "Buying a sofa": 9 findings')
    module = subprocess.run([sys.executable, "-m", "journey_editor", "check", RETAIL],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert module.returncode == 0 and module.stdout == result.stdout
