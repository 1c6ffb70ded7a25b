"""The guide as a PDF to print and write on: A4 portrait, reportlab platypus, the bundled
DejaVu Sans embedded (print shops and archives refuse unembedded Helvetica).

A touchpoint (or a stage's questions) moves on to the next page whole when only a
little room is left, so the interviewer seldom turns a page in the middle of one; when
more than a third of the page is free it starts there and flows on, its heading always
beside its first question, a question with its scale and its note lines; a page it
flows on to opens with a muted line naming it ("Website (continued)"), so that
"4. What surprised…" is never read without its touchpoint; every page names the
journey and "page 2 of 7", added when all pages are laid out (a canvas that holds them
back).
No Qt; reportlab is imported only here.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from journey_editor.export.fonts import BOLD, REGULAR, register_fonts
from journey_editor.export.guide_blocks import (
    Block,
    Facts,
    Guide,
    Heading,
    Lines,
    Para,
    Questions,
    Scale,
    Table,
)
from journey_editor.export.handout_flow import INK, MUTED
from journey_editor.export.pages import MM
from journey_editor.i18n import map_language, translate_map

MARGIN = 18 * MM
BODY, SMALL = 10.5, 8.5
LINE_GAP = 24.0  # between two note lines: room for handwriting
RULE_INK, LINE_INK, BOX = "#2f3b52", "#aab2bf", "\u2610"
# A section that does not fit in what is left of a page goes on to the next only when
# that leaves at most this share of the page empty; with more room it starts here.
ROOM = 1 / 4  # measured from the last ink, that keeps every page under a third empty
# Every grid's cells: top-aligned, and in the bundled font (a table sets its cells' font
# even when they hold paragraphs, and reportlab's default is the unembedded Helvetica).
_GRID = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def guide_pdf(guide: Guide, author: str = "") -> tuple[bytes, int]:
    """The guide as PDF bytes, and its number of pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    _fonts()
    stream = io.BytesIO()
    doc = SimpleDocTemplate(stream, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 14, bottomMargin=MARGIN, title=guide.header,
                            author=author, subject=guide.subtitle,
                            creator="Journey Editor", lang=guide.language or None,
                            initialFontName=REGULAR)  # else every page names Helvetica
    width = doc.width - 12  # the frame's default padding, 6 pt on each side
    doc.build(_story(guide, width, doc.height * ROOM), canvasmaker=_numbered_canvas_class(guide))
    return stream.getvalue(), int(doc.page)


def _fonts() -> None:
    from reportlab.lib.fonts import addMapping

    register_fonts()
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)  # so that <b> in a paragraph is DejaVu Bold


def _numbered_canvas_class(guide: Guide) -> type:
    """A canvas that holds its pages back until the end, then gives each its running
    header with "page 2 of 7": one build, where counting the pages first took two (a
    2,000-card map's guide took twice as long)."""
    from reportlab.pdfgen.canvas import Canvas

    class _Numbered(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  # reportlab's name
            self.held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self.held:
                self.__dict__.update(state)
                _header(self, guide, len(self.held))
                super().showPage()
            super().save()

    return _Numbered


def _header(canvas: Any, guide: Guide, pages: int) -> None:
    from reportlab.lib.colors import HexColor

    width, height = canvas._pagesize
    y = height - MARGIN
    with map_language(guide.language):
        number = translate_map("Export", "page {0} of {1}").format(canvas.getPageNumber(),
                                                                   pages)
    canvas.saveState()
    canvas.setFont(REGULAR, SMALL)
    canvas.setFillColor(HexColor(MUTED))
    canvas.drawString(MARGIN, y, guide.header)
    canvas.drawRightString(width - MARGIN, y, number)
    canvas.setStrokeColor(HexColor(LINE_INK))
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)
    canvas.restoreState()


def _styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle


    base = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY, leading=BODY * 1.35,
                          textColor=HexColor(INK), spaceAfter=4, bulletFontName=REGULAR,
                          bulletFontSize=BODY)  # the bullets and numbers too: never Helvetica

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    muted = {"textColor": HexColor(MUTED)}
    return {
        "title": style("title", fontName=BOLD, fontSize=20, leading=25, spaceAfter=2),
        "subtitle": style("subtitle", **muted, spaceAfter=12),
        "body": base, "muted": style("muted", **muted),
        "above": style("above", fontName=BOLD, fontSize=SMALL, leading=11, spaceAfter=1,
                       keepWithNext=1, **muted),
        "h1": style("h1", fontName=BOLD, fontSize=15, leading=19, spaceAfter=6, keepWithNext=1),
        "h2": style("h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=8,
                    spaceAfter=3, keepWithNext=1),
        "h3": style("h3", fontName=BOLD, fontSize=11, leading=14, spaceBefore=10,
                    spaceAfter=3, keepWithNext=1),
        "item": style("item", leftIndent=16, bulletIndent=2, spaceAfter=3),
        "continued": style("continued", fontSize=SMALL, leading=11, spaceAfter=6, **muted),
        "label": style("label", fontName=BOLD, fontSize=SMALL, leading=11, **muted),
        "fact": style("fact", fontSize=9.5, leading=12.5, spaceAfter=0),
        "fact_muted": style("fact_muted", fontSize=9.5, leading=12.5, spaceAfter=0, **muted),
        "cell": style("cell", fontSize=9, leading=11.5, spaceAfter=0),
        "head": style("head", fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        "point": style("point", fontSize=9, leading=11.5, spaceAfter=0, alignment=1),
        "hint": style("hint", fontSize=SMALL, leading=11, leftIndent=16, **muted),
    }


def _story(guide: Guide, width: float, room: float) -> list[Any]:
    """The flowables. Held together (`_section`): each touchpoint (a level-3 heading and
    what follows it), and a stage's questions with the map's open questions after them,
    each with the headings and description right above it (reportlab's keepWithNext
    does not hold a heading to a KeepTogether that moves on, so they go inside it)."""
    from reportlab.platypus import Paragraph

    styles = _styles()
    story: list[Any] = [Paragraph(escape(guide.title), styles["title"]),
                        Paragraph(escape(guide.subtitle), styles["subtitle"])]
    section: list[Any] = []  # the flowables of the section being gathered
    touchpoint = False  # whether that section is a touchpoint's
    waiting: list[Any] = []  # headings (and a description) for what comes next
    previous: Block | None = None
    continued = ""  # the line naming the stage or touchpoint the section belongs to

    def close() -> None:
        if section:
            story.append(_section(section[:], room, _continued_class()(continued, styles)))
            section.clear()

    for block in guide.blocks:
        made = _flowables(block, styles, width)
        if isinstance(block, Heading):
            if block.level == 3 or not (block.level == 2 and section and not touchpoint):
                close()  # a level-2 heading after a stage's questions stays in their section
            if block.level != 2:  # "Touchpoints" or "Ask about this stage" name no section
                continued = block.continued
            touchpoint = touchpoint and block.level != 1 or block.level == 3
            (section if block.level == 3 else waiting).extend(made)
            if block.level == 3:
                section[:0], waiting = waiting, []
        elif isinstance(block, Para) and waiting:  # a description, under its heading
            waiting += made
        elif isinstance(block, Questions) or section and touchpoint and not (
                isinstance(block, Lines) and isinstance(previous, Lines)):  # stage notes
            section += [*waiting, *made]
            waiting = []
        else:
            close()
            story += [*waiting, *made]
            waiting, touchpoint = [], False
        previous = block
    close()
    return story + waiting


def _section(flowables: list[Any], room: float, continued: Any) -> Any:
    """A section kept on one page unless more than `room` is left where it would start:
    then it flows, in pieces that each begin with a list of questions or a heading (a
    touchpoint's last question and its note lines, a stage's open questions may go on
    to the next page), never parting a heading from the first question after it, nor
    a question from its scale. A piece after the first opens with the `continued`
    line, shown only when the piece starts a page."""
    from reportlab.platypus import KeepTogether

    pieces: list[list[Any]] = [[]]
    asked = False
    for flowable in flowables:
        opens = getattr(flowable, "opens_questions", False)
        if asked and (opens or _is_heading(flowable)) and not _is_heading(pieces[-1][-1]):
            pieces.append([])
        asked = asked or opens
        pieces[-1].append(flowable)
    return _flowing_class()([KeepTogether([continued, *piece] if number else piece)
                             for number, piece in enumerate(pieces)], room)


def _is_heading(flowable: Any) -> bool:
    """A heading or the muted line above one: its styles keep it with what follows."""
    return bool(getattr(getattr(flowable, "style", None), "keepWithNext", 0))


@cache
def _flowing_class() -> type:
    """KeepTogether that lets its pieces flow when much of the page is left (reportlab's
    own maxHeight does the opposite: it flows when little is left)."""
    from reportlab.platypus import KeepTogether

    class _KeepUnlessRoomy(KeepTogether):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, pieces: list[Any], room: float) -> None:
            super().__init__(pieces)
            self.room = room

        def split(self, available_width: float, available_height: float) -> list[Any]:
            if getattr(self, "_wrapInfo", None) != (available_width, available_height):
                self.wrap(available_width, available_height)
            if self._H > available_height > self.room:  # an action first: a piece is
                return [self.NullActionFlowable(), *self._content]  # laid out, not placed
            return list(super().split(available_width, available_height))

    return _KeepUnlessRoomy


@cache
def _continued_class() -> type:
    """The muted line atop a page that goes on with a section whose heading is a page
    back ("Website (continued)"): at any other place it takes no room and draws nothing.
    The frame placing a flowable tells it, while it measures it, whether it is at the
    top; measured by anything else (a KeepTogether sizing its piece), it is not."""
    from reportlab.platypus import Paragraph

    class _Continued(Paragraph):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, text: str, styles: dict[str, Any]) -> None:
            super().__init__(escape(text), styles["continued"])
            self.shown = False

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            frame = getattr(self, "_frame", None)
            self.shown = bool(self.text and frame is not None and frame._atTop)
            if not self.shown:
                return available_width, 0.0
            return tuple(super().wrap(available_width, available_height))

        def getSpaceAfter(self) -> float:  # noqa: N802  # reportlab's name
            return float(super().getSpaceAfter()) if self.shown else 0.0

        def draw(self) -> None:
            if self.shown:
                super().draw()

    return _Continued


def _flowables(block: Block, styles: dict[str, Any], width: float) -> list[Any]:
    from reportlab.platypus import Paragraph

    if isinstance(block, Heading):
        return _heading(block, styles, width)
    if isinstance(block, Para):
        return [Paragraph(escape(block.text), styles["muted" if block.muted else "body"])]
    if isinstance(block, Facts):
        return [_facts(block, styles, width)]
    if isinstance(block, Questions):
        return _questions(block, styles)
    if isinstance(block, Scale):
        return _scale(block, styles, width)
    if isinstance(block, Lines):
        return [_note_lines_class()(block.count, block.label, width)]
    return [_table(block, styles, width)]


def _heading(block: Heading, styles: dict[str, Any], width: float) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, Spacer

    made: list[Any] = []
    if block.level == 1:
        made += [Spacer(width, 10), HRFlowable(width="100%", thickness=1.2,
                                               color=HexColor(RULE_INK), spaceAfter=4)]
    style = styles[f"h{block.level}"]
    if block.above:  # the heading's space goes above its muted line, not between them
        made.append(Paragraph(escape(block.above),
                              ParagraphStyle("above", styles["above"],
                                             spaceBefore=style.spaceBefore)))
        style = ParagraphStyle("heading", style, spaceBefore=0)
    made.append(Paragraph(escape(block.text), style))
    return made


def _facts(block: Facts, styles: dict[str, Any], width: float) -> Any:
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table as Grid

    value = styles["fact_muted" if block.muted else "fact"]
    rows = [[Paragraph(escape(label), styles["label"]), Paragraph(escape(text), value)]
            for label, text in block.pairs]
    grid = Grid(rows, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    grid.setStyle([*_GRID, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    return grid


def _questions(block: Questions, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    made = [Paragraph(escape(item), styles["item"],
                      bulletText=f"{number}." if block.numbered else "\u2022")
            for number, item in enumerate(block.items, block.start)]
    made[0].opens_questions = True  # where a section may go on to the next page
    return made


def _scale(block: Scale, styles: dict[str, Any], width: float) -> list[Any]:
    """One tick box per point, spread over the width (wrapping inside its cell)."""
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table as Grid

    indent = 16.0
    cells = [Paragraph(_point(point), styles["point"]) for point in block.points]
    grid = Grid([cells], colWidths=[(width - indent) / len(cells)] * len(cells), hAlign="RIGHT")
    grid.setStyle([*_GRID, ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    made: list[Any] = [grid]
    if block.hint:
        made.append(Paragraph(escape(block.hint), styles["hint"]))
    return made


def _point(point: str) -> str:
    """'☐ -2' over 'frustrated': the box and the number on one line, the word under it."""
    number, _, word = point.partition(" ")
    return "<br/>".join(escape(part) for part in (f"{BOX} {number}", word) if part)


def _table(block: Table, styles: dict[str, Any], width: float) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table as Grid

    rows = [[Paragraph(escape(cell), styles["head" if row is block.header else "cell"])
             for cell in row] for row in (block.header, *block.rows)]
    shares = [0.27, 0.31, 0.12, 0.14, 0.16][:len(block.header)]
    grid = Grid(rows, colWidths=[width * share / sum(shares) for share in shares],
                repeatRows=1, hAlign="LEFT")
    grid.setStyle([("GRID", (0, 0), (-1, -1), 0.5, HexColor(LINE_INK)),
                   ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e8ebf0")),
                   *_GRID, ("TOPPADDING", (0, 0), (-1, -1), 5),
                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])
    return grid


@cache
def _note_lines_class() -> type:
    """The Flowable of ruled lines to write on, with an optional label before the first
    (made on first use, so that reportlab is imported only when a PDF is written)."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable


    class _NoteLines(Flowable):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, count: int, label: str, width: float) -> None:
            super().__init__()
            self.count, self.label, self.width = count, label, width
            self.height = count * LINE_GAP + 4

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.width = available_width
            return available_width, self.height

        def draw(self) -> None:
            canvas = self.canv
            start = 0.0
            if self.label:
                canvas.setFont(BOLD, SMALL)
                canvas.setFillColor(HexColor(MUTED))
                canvas.drawString(0, self.height - LINE_GAP + 3, self.label)
                start = canvas.stringWidth(self.label, BOLD, SMALL) + 8
            canvas.setStrokeColor(HexColor(LINE_INK))
            canvas.setLineWidth(0.5)
            for number in range(self.count):
                y = self.height - (number + 1) * LINE_GAP + 1
                canvas.line(start if number == 0 else 0.0, y, self.width, y)

    return _NoteLines


__all__ = ["guide_pdf"]
