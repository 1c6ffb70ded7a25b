"""Persona sheets (issue 18 item 3): one page per persona with its name, segment, quote,
goals, needs, frustrations and the journeys it appears in with their curves, in the
map's language; read back with pdftotext and pypdf."""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from journey_editor.export import ExportError
from journey_editor.export.pages import PAGE_SIZES
from journey_editor.export.persona_sheet import initials, lay_out_sheet
from journey_editor.export.persona_sheet_pdf import render_personas, run_personas
from journey_editor.fileformat import read_workspace, save_workspace
from journey_editor.model.types import Persona, Workspace, clone
from journey_editor.resources import resource_path
from tests.factories import with_persona_photo

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) not installed")
ENGLISH_LABELS = ("Goals", "Needs", "Frustrations", "Journeys", "Current state")


def retail(language: str = "en") -> Workspace:
    workspace = read_workspace(resource_path("templates", f"retail.{language}.journey"))
    workspace.journeys[0].language = language  # as a map made from the template says
    return workspace


def pdf_text(data: bytes, tmp_path: Path) -> list[str]:
    """Each page's text, whitespace runs made one space."""
    pdf = tmp_path / "sheets.pdf"
    pdf.write_bytes(data)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")[:-1]]


@needs_poppler
def test_the_sheet_shows_the_persona_and_the_journeys_it_appears_in(tmp_path: Path) -> None:
    workspace = retail()
    persona = workspace.personas[0]
    data, count = render_personas(workspace)
    (page,) = pdf_text(data, tmp_path)
    assert count == 1
    for text in (persona.name, persona.segment, persona.goals, persona.needs,
                 persona.frustrations, *ENGLISH_LABELS, "Buying a sofa",
                 *(stage.name for stage in workspace.journeys[0].stages)):
        assert " ".join(text.split()) in page, text
    assert f"\u201c{' '.join(persona.quote.split())}\u201d" in page
    assert "EL" in page  # no photo: the frame holds the initials


@needs_poppler
def test_a_swedish_map_prints_its_sheet_with_no_english_label(tmp_path: Path) -> None:
    workspace = retail("sv")
    (page,) = pdf_text(render_personas(workspace)[0], tmp_path)
    for label in ("Mål", "Behov", "Frustrationer", "Resor", "Nuläge",
                  workspace.personas[0].goals.split()[0], "Köpa en soffa"):
        assert label in page, label
    for label in ENGLISH_LABELS:
        assert label not in page, label


@needs_poppler
def test_one_page_per_persona_even_with_very_long_texts(tmp_path: Path) -> None:
    workspace = retail()
    long = clone(workspace.personas[0])
    long.id, long.name = "long", "Ada Long"
    long.goals = "words " * 3000
    long.quote = "a quote that never ends " * 200
    workspace.personas.append(long)
    pages = pdf_text(render_personas(workspace)[0], tmp_path)
    assert len(pages) == 2
    assert "Ada Long" in pages[1] and "\u2026" in pages[1]  # cut with an ellipsis
    assert "Not in any journey yet." in pages[1]


def test_the_photo_is_embedded_and_a_broken_one_leaves_the_initials() -> None:
    workspace = retail()
    picture = io.BytesIO()
    Image.new("RGB", (40, 30), "#c04040").save(picture, "PNG")
    with_persona_photo(workspace, 0, picture.getvalue())
    broken = clone(workspace.personas[0])
    broken.id = "broken"
    workspace.personas.append(broken)
    with_persona_photo(workspace, 1, b"\x89PNG not really")
    reader = PdfReader(io.BytesIO(render_personas(workspace)[0]))
    assert len(reader.pages[0].images) == 1
    assert not reader.pages[1].images
    assert "EL" in reader.pages[1].extract_text()


def test_an_a3_sheet_is_the_a4_sheet_enlarged() -> None:
    workspace = retail()
    a4 = lay_out_sheet(workspace, workspace.personas[0], PAGE_SIZES["A4"])
    a3 = lay_out_sheet(workspace, workspace.personas[0], PAGE_SIZES["A3"])
    assert a3.scale == pytest.approx(a4.scale * 2 ** 0.5, rel=0.01)
    assert [block.lines for block, _ in a3.texts] == [block.lines for block, _ in a4.texts]
    landscape = lay_out_sheet(workspace, workspace.personas[0], PAGE_SIZES["A4"][::-1])
    assert landscape.page == a4.page  # always portrait


def test_initials_take_the_first_and_last_names() -> None:
    assert initials("Emma Lind") == "EL"
    assert initials("Anna Maria van der Berg") == "AB"
    assert initials("Zoë") == "Z"
    assert initials("  ") == "?"


def test_a_map_without_personas_is_refused() -> None:
    workspace = retail()
    workspace.personas = []
    with pytest.raises(ExportError, match="no persona"):
        render_personas(workspace)


def test_the_command_line_writes_one_sheet_per_persona(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    workspace = retail()
    workspace.personas.append(Persona(id="p2", name="Bo Ek", goals="Fast delivery"))
    source, out = tmp_path / "map.journey", tmp_path / "people.pdf"
    save_workspace(workspace, source)
    run_personas(argparse.Namespace(file=str(source), personas=str(out), page_size="A3",
                                    author=""))
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [842, 1191]  # A3
    said = capsys.readouterr().out
    assert said.startswith("Wrote") and "(2 pages)" in said
