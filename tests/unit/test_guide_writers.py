"""The guide written as PDF, Markdown and Word, and read back: the same questions in
each; the command line's handler; the results sheet never overwritten."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from journey_editor.export import ExportError
from journey_editor.export.guide import export_guide, guide_bytes, results_path
from journey_editor.export.guide_blocks import customer_words
from journey_editor.export.guide_cli import add_guide_arguments, run_guide
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_questions import stage_questions
from journey_editor.export.guide_survey import survey_guide
from journey_editor.fileformat import save_workspace
from journey_editor.i18n import map_language, translate_in
from journey_editor.model.types import Journey, Workspace
from journey_editor.templates import new_from_template
from tests.benchmarks.bigmap import big_workspace

DAY = dt.date(2026, 12, 3)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def danish() -> tuple[Workspace, Journey]:
    workspace = new_from_template("retail", "da")
    return workspace, workspace.journeys[0]


def flat(text: str) -> str:
    """Text with its line breaks and runs of spaces as one space (wrapping differs)."""
    return " ".join(text.split())


def asked_at(journey: Journey, index: int) -> tuple[str, ...]:
    """The questions about the stage at `index`, in the map's language."""
    with map_language(journey.language):
        return stage_questions(journey, index)


def expected_phrases(journey: Journey) -> list[str]:
    """What every format must show: the stages' first questions, in the map's language,
    and each key touchpoint as the customer knows it."""
    phrases = [asked_at(journey, index)[0] for index in range(len(journey.stages))]
    return phrases + [customer_words(card) for card in journey.cards if card.key_touchpoint]


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True)
    return done.stdout


def docx_paragraphs(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    return ["".join("\t" if node.tag == f"{W}tab" else node.text or ""
                    for run in p.iter(f"{W}r") for node in run
                    if node.tag in (f"{W}t", f"{W}tab")) for p in root.iter(f"{W}p")]


def test_pdf_reads_back_with_every_stage_and_page_numbers(
        danish: tuple[Workspace, Journey], tmp_path: Path) -> None:
    workspace, journey = danish
    path = tmp_path / "guide.pdf"
    export_guide(workspace, journey, path, today=DAY)
    text = flat(pdf_text(path))
    missing = [phrase for phrase in expected_phrases(journey) if flat(phrase) not in text]
    assert not missing
    pages = len(PdfReader(path).pages)
    assert pages > 3
    page_word = translate_in("da", "Export", "page {0} of {1}")
    assert page_word.format(pages, pages) in text and "page 1 of" not in text


def test_pdf_embeds_the_bundled_font_only(danish: tuple[Workspace, Journey]) -> None:
    import io

    workspace, journey = danish
    reader = PdfReader(io.BytesIO(guide_bytes(interview_guide(workspace, journey, DAY), "pdf")))
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in name for name in fonts)  # never Helvetica
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor


def test_markdown_has_headings_numbered_questions_and_the_results_table(
        danish: tuple[Workspace, Journey]) -> None:
    workspace, journey = danish
    text = guide_bytes(interview_guide(workspace, journey, DAY), "markdown").decode("utf-8")
    assert text.startswith(f"# {journey.name}\n")
    for stage in journey.stages:
        assert re.search(rf"^## {re.escape(stage.name)}$", text, re.MULTILINE)
    assert all(phrase in text for phrase in expected_phrases(journey))
    assert re.search(r"^4\. ", text, re.MULTILINE) and "\u2610" in text
    survey = guide_bytes(survey_guide(journey, DAY), "markdown").decode("utf-8")
    assert "| touchpoint | title | metric | value | date |" in survey
    assert "| CSAT |" in survey and "CSAT**" not in survey  # in the sheet, not the questions


def test_markdown_keeps_a_users_special_characters_as_text() -> None:
    workspace = new_from_template("retail", "en")
    journey = workspace.journeys[0]
    journey.stages[0].name = "Find *the* | best_sofa"
    text = guide_bytes(interview_guide(workspace, journey, DAY), "markdown").decode("utf-8")
    assert "## Find \\*the\\* \\| best\\_sofa" in text


def test_docx_reads_back_as_word_paragraphs(danish: tuple[Workspace, Journey],
                                            tmp_path: Path) -> None:
    pytest.importorskip("docx", reason="python-docx writes the Word guide")
    workspace, journey = danish
    path = tmp_path / "guide.docx"
    export_guide(workspace, journey, path, today=DAY)
    paragraphs = docx_paragraphs(path)
    assert paragraphs[0] == journey.name
    text = "\n".join(paragraphs)
    assert all(phrase in text for phrase in expected_phrases(journey))
    assert any(p.startswith("4.\t") for p in paragraphs)
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode("utf-8")
        styles = archive.read("word/document.xml").decode("utf-8")
    assert "<dc:language>da</dc:language>" in core and "python-docx" not in core
    assert 'w:val="Heading1"' in styles and 'w:leader="underscore"' in styles


def test_docx_survey_table_has_the_import_columns(danish: tuple[Workspace, Journey],
                                                  tmp_path: Path) -> None:
    pytest.importorskip("docx", reason="python-docx writes the Word guide")
    _, journey = danish
    path = tmp_path / "survey.docx"
    path.write_bytes(guide_bytes(survey_guide(journey, DAY), "docx"))
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    tables = list(root.iter(f"{W}tbl"))
    rows = [["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in row.iter(f"{W}tc")]
            for row in tables[-1].iter(f"{W}tr")]
    assert rows[0] == ["touchpoint", "title", "metric", "value", "date"]
    key = [c for c in journey.cards if c.key_touchpoint]
    assert [row[:3] for row in rows[1:3]] == [[key[0].id, key[0].title, "CSAT"],
                                              [key[0].id, key[0].title, "CES"]]


def _args(file: Path, out: Path, survey: bool = False) -> argparse.Namespace:
    """The export sub-command's arguments, as its parser reads them with the guide's options."""
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--journey")
    add_guide_arguments(parser)
    return parser.parse_args([str(file), "--guide", str(out), *(["--survey"] * survey)])


def test_the_command_line_writes_the_guide_and_a_survey_sheet_once(tmp_path: Path) -> None:
    source = tmp_path / "sofa.journey"
    save_workspace(new_from_template("retail", "sv"), source)
    said = run_guide(_args(source, tmp_path / "guide.md"))
    assert "guide.md" in said and (tmp_path / "guide.md").read_text(encoding="utf-8")
    out = tmp_path / "survey.pdf"
    said = run_guide(_args(source, out, survey=True))
    sheet = results_path(out)
    assert sheet.name == "survey-results.csv" and sheet.name in said
    sheet.write_text("touchpoint,metric,value\ncard-store,CSAT,4\n", encoding="utf-8")
    said = run_guide(_args(source, out, survey=True))
    assert "survey-results.csv" in said.splitlines()[-1]
    assert sheet.read_text(encoding="utf-8").endswith("card-store,CSAT,4\n")  # answers kept


@pytest.mark.parametrize(("out", "journey", "problem"), [
    ("guide.txt", None, ".pdf, .md or .docx"), ("guide.pdf", "Nowhere", "no journey named")])
def test_the_command_line_refuses_in_one_line(tmp_path: Path, out: str, journey: str | None,
                                              problem: str) -> None:
    source = tmp_path / "sofa.journey"
    save_workspace(new_from_template("retail", "en"), source)
    args = _args(source, tmp_path / out)
    args.journey = journey
    with pytest.raises(ExportError, match=re.escape(problem)):
        run_guide(args)
    assert not (tmp_path / out).exists()


def test_a_survey_of_a_map_without_touchpoints_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "empty.journey"
    save_workspace(new_from_template("blank", "en"), source)
    with pytest.raises(ExportError, match="no touchpoints to survey") as refused:
        run_guide(_args(source, tmp_path / "survey.pdf", survey=True))
    assert "\n" not in str(refused.value)
    assert list(tmp_path.iterdir()) == [source]  # neither a survey nor a results sheet
    assert "Wrote" in run_guide(_args(source, tmp_path / "guide.md"))  # an interview is fine


def test_the_command_line_says_what_a_future_or_big_maps_guide_is(tmp_path: Path) -> None:
    workspace = new_from_template("retail", "en")
    workspace.journeys[0].state = "future"
    source = tmp_path / "future.journey"
    save_workspace(workspace, source)
    said = run_guide(_args(source, tmp_path / "guide.md")).splitlines()
    assert said[0].startswith("Wrote") and "future state" in said[1]
    save_workspace(big_workspace(2000, 0), source)
    said = run_guide(_args(source, tmp_path / "guide.md")).splitlines()
    assert "too many for one guide" in said[1]


def test_no_heading_is_left_at_the_foot_of_a_pdf_page(danish: tuple[Workspace, Journey]) -> None:
    """A stage's name is on the page of its questions, a touchpoint's title on the page of
    its own questions: the interviewer never turns a page in the middle of one."""
    import io

    workspace, journey = danish
    reader = PdfReader(io.BytesIO(guide_bytes(interview_guide(workspace, journey, DAY), "pdf")))
    pages = [flat(page.extract_text()) for page in reader.pages]
    expect = translate_in("da", "Guide", "What did you expect from “{0}”?")
    for index, stage in enumerate(journey.stages):
        last = flat(asked_at(journey, index)[3])
        assert any(stage.name in page and last in page for page in pages), stage.name
    for card in journey.cards:
        if card.key_touchpoint:
            asked = flat(expect.format(card.channel))
            page = next(page for page in pages if asked in page)
            assert page.count(card.channel) >= 2  # its name and its questions together
