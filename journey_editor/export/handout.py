"""The workshop handout: a journey's touchpoints, stage by stage, on A4 or Letter pages.

Portrait pages with a header line (journey name, "Workshop handout", "page 2 of 7"):
a front page (goal, scope, departments, persona, contents), one section per stage
listing every touchpoint with all its filled fields, then the review checklist.

The handout is laid out completely first (`lay_out_handout`, pure Python, see
`handout_flow`), then drawn (`draw_handout`): the page count is known before the first
page is drawn, which is simpler than reportlab's two-pass page templates, and lets the
PDF export count the handout's pages in its progress. Text is DejaVu Sans, embedded,
through the same `PdfOut` as the poster (never reportlab's unembedded Helvetica).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from journey_editor.export.handout_content import front, review_checklist, stages
from journey_editor.export.handout_flow import MUTED, Placed, Text, paginate
from journey_editor.export.pages import MM, PAGE_SIZES, Size
from journey_editor.export.pdf_ops import PdfOut, fill, rect
from journey_editor.export.pdf_pictures import draw_picture
from journey_editor.i18n import map_language, translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.engine import DEFAULT_STYLE
from journey_editor.layout.geometry import PictureBand, Rect
from journey_editor.layout.style import Style
from journey_editor.model.types import Journey, Workspace

A4, LETTER = PAGE_SIZES["A4"], PAGE_SIZES["Letter"]
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * MM, 13 * MM, 15 * MM
HEADER_SIZE = 8.0
HEADER_GAP = 14.0  # from the header's rule to the content
RULE_INK = "#c9ced6"


def _t(text: str) -> str:
    """A label of the journey's paper, in its language (`i18n.map_language`)."""
    return translate_map("Export", text)


@dataclass
class Handout:
    """A journey's handout, laid out and broken into pages, ready to draw."""

    header: str  # "Buying a sofa · Workshop handout"
    page_size: Size
    pages: list[list[Placed]]
    refs: dict[str, int]  # "stage:<id>" / "checklist" -> page number
    language: str = ""  # the journey's, that its words are in

    @property
    def count(self) -> int:
        return len(self.pages)


def handout_page_size(size: Size | None) -> Size:
    """Letter when the poster's page or sheet is a US size (Letter, Tabloid, ANSI,
    Arch...), else A4: the paper the facilitator's printer most likely holds."""
    if size is None:
        return A4
    short = sorted(size)
    us = any(sorted(named) == short for name, named in PAGE_SIZES.items()
             if not re.fullmatch(r"A\d", name))
    return LETTER if us else A4


def _header_height() -> float:
    return textmetrics.line_height(HEADER_SIZE) + HEADER_GAP


def content_box(page_size: Size) -> tuple[float, float]:
    """Width and height of the area under the header, inside the margins."""
    return (page_size[0] - 2 * MARGIN_X,
            page_size[1] - MARGIN_TOP - MARGIN_BOTTOM - _header_height())


def lay_out_handout(workspace: Workspace, journey: Journey, page_size: Size = A4, *,
                    today: dt.date | None = None, style: Style = DEFAULT_STYLE) -> Handout:
    """The handout of `journey`, paginated for portrait pages of `page_size`, its words in
    the journey's language."""
    page_size = tuple(sorted(page_size))  # type: ignore[assignment]  # always portrait
    width, height = content_box(page_size)
    with map_language(journey.language):
        groups = [*front(workspace, journey, width, today or dt.date.today()),
                  *stages(journey, width, style), *review_checklist(journey, width)]
        result = paginate(groups, height)
        name = " ".join((journey.name or _t("Untitled journey")).split())
        header = " \u00b7 ".join((name, _t("Workshop handout")))
    return Handout(header, page_size, result.pages, result.refs, journey.language)


def draw_handout(out: PdfOut | Any, workspace: Workspace, journey: Journey,
                 page_size: Size = A4, *, handout: Handout | None = None,
                 today: dt.date | None = None, style: Style = DEFAULT_STYLE,
                 progress: Callable[[], None] | None = None) -> int:
    """Draws the handout's pages onto `out` (a PdfOut, or a reportlab canvas made with
    `pdf_ops.new_canvas`), each ended with showPage(); `progress()` after each page.
    `handout`: the layout when the caller made it already (to count its pages).
    Returns the number of pages."""
    if not isinstance(out, PdfOut):
        out = PdfOut(out)
    handout = handout or lay_out_handout(workspace, journey, page_size, today=today,
                                         style=style)
    for number, page in enumerate(handout.pages, 1):
        out.canvas.setPageSize(handout.page_size)
        with map_language(handout.language):  # "page 2 of 5", references to pages
            _draw_header(out, handout, number)
            _draw_rows(out, handout, page)
        out.canvas.showPage()
        if progress:
            progress()
    return handout.count


def _draw_header(out: PdfOut, handout: Handout, number: int) -> None:
    page_w, page_h = handout.page_size
    width = page_w - 2 * MARGIN_X
    baseline = page_h - MARGIN_TOP - textmetrics.ascent(HEADER_SIZE)
    pages = _t("page {0} of {1}").format(number, handout.count)
    pages_w = textmetrics.text_width(pages, HEADER_SIZE)
    title = textmetrics.elide(handout.header, width - pages_w - 16, HEADER_SIZE)
    out.text_block([(title, MARGIN_X, baseline, HEADER_SIZE, False),
                    (pages, MARGIN_X + width - pages_w, baseline, HEADER_SIZE, False)], MUTED)
    rule = page_h - MARGIN_TOP - textmetrics.line_height(HEADER_SIZE) - 3
    out.emit(f"{fill(RULE_INK)} {rect(MARGIN_X, rule, width, 0.6)} f")


def _draw_rows(out: PdfOut, handout: Handout, page: list[Placed]) -> None:
    """The page's boxes (bars, rules), then its text as one text object in reading
    order, row by row (label before value): the order text is copied, searched and
    read aloud in, so the colour changes inside the object rather than splitting it."""
    top = handout.page_size[1] - MARGIN_TOP - _header_height()
    boxes = [f"{fill(b.ink)} {rect(MARGIN_X + b.x, top - y - b.y - b.h, b.w, b.h)} f"
             for y, row in page for b in row.boxes]
    if boxes:
        out.emit("\n".join(boxes))
    _draw_pictures(out, page, top, handout.page_size[1])
    parts, ink = [out.text.begin()], ""
    for y, row in page:
        for text in row.texts:
            line = _resolved(text, handout)
            if not line:
                continue
            if text.ink != ink:
                ink = text.ink
                parts.append(fill(ink))
            x = MARGIN_X + text.x - (textmetrics.text_width(line, text.size, text.bold)
                                     if text.right else 0.0)
            parts.append(out.text.show(line, x, top - y - text.baseline, text.size, text.bold))
    parts.append("ET")
    out.emit("\n".join(parts))


def _draw_pictures(out: PdfOut, page: list[Placed], top: float, page_h: float) -> None:
    """The cards' pictures; each box given in y-down page coordinates, as in a layout."""
    for y, row in page:
        for p in row.pictures:
            band = PictureBand(p.key, Rect(MARGIN_X + p.x, page_h - top + y + p.y, p.w, p.h))
            draw_picture(out, band, page_h)


def _resolved(text: Text, handout: Handout) -> str:
    if not text.ref:
        return text.text
    page = handout.refs.get(text.ref)
    return _t("page {0}").format(page) if page else ""


__all__ = ["A4", "LETTER", "Handout", "draw_handout", "handout_page_size", "lay_out_handout"]
