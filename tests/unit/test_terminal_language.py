"""The command line prints in the language the terminal's locale asks for (gettext's
rules), when the editor ships it; English otherwise, and always in the C locale."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor import i18n
from journey_editor.cli import main
from journey_editor.cli.terminal_language import speaking_terminal_language, terminal_language
from journey_editor.resources import resource_path

RETAIL = resource_path("templates", "retail.en.journey")


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "da_DK.UTF-8"}, "da"),
    ({"LANG": "fi_FI.UTF-8", "LANGUAGE": "sv:fi"}, "sv"),  # LANGUAGE's list first
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:nl"}, "nl"),  # the first it ships
    ({"LANG": "C.UTF-8", "LANGUAGE": "da"}, "en"),  # the C locale: English, as gettext
    ({"LC_ALL": "nl_BE.UTF-8", "LANG": "da_DK.UTF-8"}, "nl"),  # LC_ALL before LANG
    ({"LANG": "de_DE.UTF-8"}, "en"),  # no German catalog
    ({}, "en"),
])
def test_the_terminal_language_follows_the_locale(environ: dict[str, str], language: str) -> None:
    assert terminal_language(environ) == language


def test_the_translator_before_comes_back_after_a_command() -> None:
    import gettext

    before, domain = i18n.installed(), gettext.textdomain()
    with speaking_terminal_language({"LANG": "da_DK.UTF-8"}):
        assert i18n.translate("FileErrors", "the disk is full") == "disken er fuld"
    assert i18n.installed() is before and gettext.textdomain() == domain


def test_a_danish_terminal_reads_the_error_and_the_help_in_danish(tmp_path: Path) -> None:
    data = json.loads(RETAIL.read_text("utf-8"))
    data["holograms"] = {}
    future = tmp_path / "future.journey"
    future.write_text(json.dumps(data), "utf-8")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "LANG": "da_DK.UTF-8"}
    run = [sys.executable, "-m", "journey_editor"]
    error = subprocess.run([*run, "validate", str(future)], capture_output=True, text=True,
                           env=env, timeout=60).stderr
    assert "ukendt felt 'holograms'" in error
    usage = subprocess.run([*run, "export", "--help"], capture_output=True, text=True,
                           env=env, timeout=60).stdout
    danish = i18n.translate_in("da", "CommandLine", "a PNG picture of the journey")
    assert danish != "a PNG picture of the journey" and danish in usage  # the options' help
    # argparse's own words too: the usage line, the section titles, --help's help
    assert usage.startswith("brug: journey-editor export")
    assert "\ntilvalg:\n" in usage and "vis denne hjælp og afslut" in usage
    missing = subprocess.run([*run, "export"], capture_output=True, text=True, env=env,
                             timeout=60).stderr
    assert missing.splitlines()[-1] == \
        "journey-editor export: fejl: disse argumenter skal angives: FILE"


def test_in_process_commands_leave_english_to_the_next(capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert main(["validate", str(RETAIL)]) == 0
    assert i18n.translate("FileErrors", "the disk is full") == "the disk is full"


def test_a_map_name_that_cannot_be_created_is_refused_in_the_terminals_language(
        tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "LANG": "da_DK.UTF-8"}
    result = subprocess.run([sys.executable, "-m", "journey_editor", str(tmp_path / "kort.txt")],
                            capture_output=True, text=True, env=env, timeout=60)
    english = "no such file (a new map's name ends in .journey)"
    danish = i18n.translate_in("da", "CommandLine", "{0}: " + english).split(": ", 1)[1]
    assert result.returncode == 1 and danish != english and danish in result.stderr


def _danish_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)


def test_a_danish_terminal_reads_numbers_with_a_decimal_comma(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    _danish_terminal(monkeypatch)
    main(["check", str(resource_path("templates", "retail.da.journey"))])
    low_point = next(line for line in capsys.readouterr().out.splitlines()
                     if "følelseskurven" in line)
    assert "(-1,5)" in low_point
    poster = tmp_path / "poster.pdf"
    assert main(["export", str(RETAIL), "--pdf", str(poster), "--page-size", "A3"]) == 0
    warning = capsys.readouterr().err
    assert re.search(r"\d,\d\u00a0pt", warning) and not re.search(r"\d\.\d", warning)


def test_a_danish_terminal_names_the_journeys_state_in_danish(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _danish_terminal(monkeypatch)
    assert main(["info", str(resource_path("templates", "retail.da.journey"))]) == 0
    journey_line = next(line for line in capsys.readouterr().out.splitlines()
                        if line.startswith("Rejse"))
    current = i18n.translate_in("da", "Inspector", "Current state")
    assert current != "Current state" and f"({current}, " in journey_line
    assert "current" not in journey_line
