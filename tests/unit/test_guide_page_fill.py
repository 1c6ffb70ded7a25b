"""The guide's PDF pages are used, not left a third empty: the touchpoints start on the
first page, a section flows on when much of the page is free, and still no heading is
left at the foot of a page without its first question. Judged on the rendered pages, as
a reader sees them (the lowest ink on each page, note lines included)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image
from pypdf import PdfReader

from journey_editor.export.guide import guide_bytes
from journey_editor.export.guide_blocks import Guide, Heading, Questions
from journey_editor.export.guide_content import interview_guide
from journey_editor.export.guide_pdf import MARGIN
from journey_editor.export.guide_survey import survey_guide
from journey_editor.templates import new_from_template
from tests.benchmarks.bigmap import big_workspace

DPI = 40
INK = 200  # a pixel darker than this is printed on (the note lines are #aab2bf: 176)


def retail_guide(language: str, state: str = "current", survey: bool = False) -> Guide:
    workspace = new_from_template("retail", language)
    journey = workspace.journeys[0]
    journey.state = state  # type: ignore[assignment]  # a JourneyState
    return survey_guide(journey) if survey else interview_guide(workspace, journey)


def big_guide() -> Guide:
    workspace = big_workspace(2000, 0)
    return interview_guide(workspace, workspace.journeys[0])


GUIDES = {"en": lambda: retail_guide("en"), "sv": lambda: retail_guide("sv"),
          "fi-future": lambda: retail_guide("fi", "future"),
          "da-survey": lambda: retail_guide("da", survey=True), "big": big_guide}


def empty_share_of_pages(pdf: bytes, folder: Path) -> list[float]:
    """For each page, the share of its printable height left blank below the last ink."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    (folder / "guide.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), str(folder / "guide.pdf"),
                    str(folder / "page")], check=True)
    shares = []
    for path in sorted(folder.glob("page-*.pgm")):
        page = Image.open(path)
        width, height = page.size
        pixels = page.load()
        margin = round(MARGIN / 72 * DPI)
        bottom = height - margin
        lowest = max((y for y in range(margin, bottom) for x in range(margin, width - margin)
                      if pixels[x, y] < INK), default=margin)  # type: ignore[index]
        shares.append((bottom - lowest) / (bottom - margin))
    return shares


@pytest.mark.parametrize("name", GUIDES)
def test_no_page_is_left_a_third_empty_while_there_is_more(name: str, tmp_path: Path) -> None:
    guide = GUIDES[name]()
    shares = empty_share_of_pages(guide_bytes(guide, "pdf"), tmp_path)
    assert len(shares) >= 2
    emptiest = max(shares[:-1])
    assert emptiest <= 1 / 3, [round(share, 2) for share in shares]


def page_texts(guide: Guide) -> list[str]:
    reader = PdfReader(io.BytesIO(guide_bytes(guide, "pdf")))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_touchpoints_start_on_the_first_page(language: str) -> None:
    guide = retail_guide(language)
    first = next(i for i, b in enumerate(guide.blocks) if isinstance(b, Heading) and b.level == 3)
    question = next(b for b in guide.blocks[first:] if isinstance(b, Questions)).items[0]
    assert " ".join(question.split()) in page_texts(guide)[0]


@pytest.mark.parametrize("name", ["en", "sv", "da-survey"])
def test_each_heading_is_on_the_page_of_its_first_question(name: str) -> None:
    guide = GUIDES[name]()
    pages = page_texts(guide)
    checked = 0
    for index, block in enumerate(guide.blocks):
        if not isinstance(block, Heading):
            continue
        following = next((b for b in guide.blocks[index + 1:] if isinstance(b, Questions)
                          or isinstance(b, Heading) and b.level <= block.level), None)
        if not isinstance(following, Questions):
            continue  # a heading over other headings ("Touchpoints") or over no question
        asked = " ".join(following.items[0].split())
        heading = f"{block.above} {block.text}".strip() if block.above else block.text
        assert any(heading in page and asked in page for page in pages), heading
        checked += 1
    assert checked >= 4


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_word_keeps_each_touchpoints_heading_with_its_first_question() -> None:
    """Word lays the pages out itself: the guide never forces a page break (which left
    pages half empty) but marks what must stay together: from the muted line above a
    touchpoint's name down to its first question, and a question with its scale."""
    pytest.importorskip("docx", reason="python-docx writes the Word guide")
    guide = retail_guide("sv")
    with zipfile.ZipFile(io.BytesIO(guide_bytes(guide, "docx"))) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert 'w:type="page"' not in body and "pageBreakBefore" not in body
    paragraphs = list(ElementTree.fromstring(body).iter(f"{W}p"))
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in paragraphs]

    def kept(paragraph: ElementTree.Element) -> bool:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        heading = style is not None and style.get(f"{W}val", "").startswith("Heading")
        return heading or paragraph.find(f"{W}pPr/{W}keepNext") is not None

    touchpoints = [b for b in guide.blocks if isinstance(b, Heading) and b.level == 3]
    start = 0
    for heading in touchpoints:  # in order: two touchpoints may share a name
        start = texts.index(heading.text, start + 1) - 1
        assert texts[start] == heading.above
        first = next(i for i in range(start, len(texts)) if texts[i].startswith("1."))
        assert all(kept(paragraphs[i]) for i in range(start, first)), heading.text
        feel = next(i for i in range(first, len(texts)) if texts[i].startswith("3."))
        assert kept(paragraphs[feel]) and not kept(paragraphs[first])
    assert len(touchpoints) > 20
