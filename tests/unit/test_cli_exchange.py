"""journey-editor export / import / diff, as a script or a facilitator runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journey_editor.cli import main
from journey_editor.fileformat import read_workspace
from journey_editor.resources import resource_path

RETAIL = str(resource_path("templates", "retail.en.journey"))


def test_png_and_svg_without_a_display(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, no QT_QPA_PLATFORM
    result = subprocess.run([sys.executable, "-m", "journey_editor", "export", RETAIL,
                             "--png", str(tmp_path / "m.png"), "--dpi", "40",
                             "--svg", str(tmp_path / "m.svg")],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")
    assert "Word of mouth" in (tmp_path / "m.svg").read_text("utf-8")


def test_mermaid_export_import_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mmd, imported = tmp_path / "m.mmd", tmp_path / "imported.journey"
    assert main(["export", RETAIL, "--mermaid", str(mmd)]) == 0
    assert "\njourney\n" in mmd.read_text("utf-8")  # after the `%%` notes
    assert main(["import", str(mmd), str(imported)]) == 0
    cards = read_workspace(imported).journeys[0].cards
    assert len(cards) == 50 and "Word of mouth" in {c.title for c in cards}  # every card
    capsys.readouterr()
    assert main(["diff", RETAIL, RETAIL]) == 0
    assert main(["diff", RETAIL, str(imported)]) == 1
    assert "- persona 'Emma Lind'" in capsys.readouterr().out  # Mermaid has no personas


def test_csv_round_trip_through_the_command_line(tmp_path: Path) -> None:
    csv = tmp_path / "cards.csv"
    target = tmp_path / "copy.journey"
    assert main(["new", "--template", "retail", str(target)]) == 0
    assert main(["export", str(target), "--csv", str(csv)]) == 0
    before, original = target.read_bytes(), read_workspace(target)
    assert main(["import", str(csv), str(target)]) == 0
    assert read_workspace(target) == original
    assert target.read_bytes() == before  # the CSV carried everything back unchanged


def test_export_needs_a_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", RETAIL]) == 1
    assert "nothing to export" in capsys.readouterr().err


def test_import_of_a_bad_file_is_one_line(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.mmd"
    bad.write_text("journey\n  section\n  : nothing here\n")
    assert main(["import", str(bad), str(tmp_path / "x.journey")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.mmd" in err
    assert not (tmp_path / "x.journey").exists()


def test_pictures_are_framed_unless_plain(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from journey_editor.cli import main
    from journey_editor.fileformat import save_workspace
    from journey_editor.templates import new_from_template

    source = tmp_path / "retail.journey"
    save_workspace(new_from_template("retail"), source)
    assert main(["export", str(source), "--svg", str(tmp_path / "framed.svg")]) == 0
    assert main(["export", str(source), "--svg", str(tmp_path / "plain.svg"), "--plain"]) == 0
    assert "Key touchpoint" in (tmp_path / "framed.svg").read_text("utf-8")
    assert "Key touchpoint" not in (tmp_path / "plain.svg").read_text("utf-8")


def test_html_and_guide_in_one_export_run(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    page, guide = tmp_path / "map.html", tmp_path / "guide.md"
    assert main(["export", RETAIL, "--html", str(page), "--guide", str(guide)]) == 0
    out = capsys.readouterr().out
    assert str(page) in out and str(guide) in out  # each file said
    assert "Word of mouth" in page.read_text("utf-8")
    stages = [s.name for s in read_workspace(RETAIL).journeys[0].stages]
    text = guide.read_text("utf-8")
    assert all(stage in text for stage in stages)


def test_a_guide_with_a_wrong_suffix_is_one_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", RETAIL, "--guide", str(tmp_path / "guide.txt")]) == 1
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and ".docx" in error and "guide.txt" in error


def test_persona_sheets_and_overlaid_curves_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    sheets, curves = tmp_path / "personas.pdf", tmp_path / "curves.pdf"
    assert main(["export", RETAIL, "--personas", str(sheets), "--curves", str(curves)]) == 0
    out = capsys.readouterr().out
    assert "personas.pdf" in out and "curves.pdf" in out
    workspace = read_workspace(RETAIL)
    sheet_text = " ".join(page.extract_text() for page in PdfReader(sheets).pages)
    assert all(persona.name in sheet_text for persona in workspace.personas)
    assert len(PdfReader(sheets).pages) == len(workspace.personas)
    curve_text = PdfReader(curves).pages[0].extract_text()
    assert workspace.journeys[0].name in curve_text
