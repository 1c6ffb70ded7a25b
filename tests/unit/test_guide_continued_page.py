"""A touchpoint's questions that flow on to the next PDF page are named there: the page
opens with a muted "Website (continued)" line in the guide's language, so that
"4. What surprised…" at the top of a page is never left without its touchpoint. Read
from the printed pages, in reading order, as the interviewer turns them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from journey_editor.export.guide import guide_bytes
from journey_editor.export.guide_blocks import Guide, Heading
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_survey import survey_guide
from journey_editor.i18n import translate_in
from journey_editor.templates import new_from_template

QUESTION = re.compile(r"^(\d+\.|•) ")  # a numbered question or a map's open question


def retail(language: str, survey: bool = False) -> Guide:
    workspace = new_from_template("retail", language)
    journey = workspace.journeys[0]
    return survey_guide(journey) if survey else interview_guide(workspace, journey)


def pages(guide: Guide, folder: Path) -> list[list[str]]:
    """Each page's lines of text, top to bottom, without the running header."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) reads the printed pages")
    pdf = folder / "guide.pdf"
    pdf.write_bytes(guide_bytes(guide, "pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()][1:]
            for page in text.split("\f") if page.strip()]


def continued_line(language: str, name: str) -> str:
    return translate_in(language, "Guide", "{0} (continued)").format(name)


def check_continuations(guide: Guide, language: str, folder: Path) -> int:
    """Walks the pages in reading order, following the stage and touchpoint headings;
    returns how many pages open with a continuation line, after checking each names
    the stage or touchpoint whose questions go on there, and that none appears
    anywhere but at the top of a page."""
    names = [b.text for b in guide.blocks if isinstance(b, Heading) and b.level in (1, 3)]
    following, current, found = 0, "", 0
    for number, lines in enumerate(pages(guide, folder), 1):
        top = lines[0]
        assert not QUESTION.match(top), f"page {number} opens on a question: {top}"
        if top == continued_line(language, current):
            found += 1
        for line in lines[1:]:
            assert line != continued_line(language, current), f"page {number}: {line}"
        for line in lines:
            if following < len(names) and line == names[following]:
                current, following = names[following], following + 1
    assert following == len(names)  # every heading was read, in order
    return found


@pytest.mark.parametrize("language", ["en", "da", "fi"])
def test_a_page_that_goes_on_with_a_touchpoint_names_it(language: str, tmp_path: Path) -> None:
    assert check_continuations(retail(language), language, tmp_path) >= 2


def test_the_survey_names_its_touchpoint_too(tmp_path: Path) -> None:
    check_continuations(retail("da", survey=True), "da", tmp_path)


def test_the_continuation_line_is_in_the_guides_language(tmp_path: Path) -> None:
    english = "\n".join(line for page in pages(retail("en"), tmp_path) for line in page)
    danish = "\n".join(line for page in pages(retail("da"), tmp_path) for line in page)
    assert "(continued)" in english
    assert "(fortsat)" in danish and "(continued)" not in danish
