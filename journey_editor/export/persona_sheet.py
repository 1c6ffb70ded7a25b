"""A persona's one-page sheet for the workshop wall: what it shows and where.

A portrait page: the photo (or a frame with the persona's initials), the name large,
the segment under it, the quote, then Goals, Needs and Frustrations side by side, then
each journey the persona appears in with its emotion curve (the overlay chart's geometry,
one curve). Laid out here in points of an A4-wide design (595 pt), then drawn at the
page's scale by `persona_sheet_pdf` (and shown in the Export dialog's preview), so an
A3 sheet is the A4 one enlarged: the same hierarchy, read from further away.

Text longer than its place is cut with an ellipsis: a sheet is one page. Labels are in
the language of the persona's first journey (`i18n.map_language`). No Qt, no reportlab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from journey_editor.export.pages import Size
from journey_editor.i18n import map_language, translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.curves_overlay import PALETTE, OverlayChart, lay_out_overlay
from journey_editor.layout.geometry import Rect, TextBlock
from journey_editor.model import images
from journey_editor.model.types import Journey, Persona, Workspace

DESIGN_WIDTH = 595.0  # A4's width: the sheet is laid out at this width, then scaled
MARGIN = 40.0
PHOTO = 132.0
NAME, SEGMENT, QUOTE, HEADING, BODY, SMALL = 34.0, 14.0, 17.0, 14.0, 10.5, 8.5
BODY_SIZES = (16.0, 15.0, 14.0, 13.0, 12.0, 11.0, BODY)  # the fields' text, largest that fits
INK, MUTED, FRAME, QUOTE_TINT, ACCENT = "#1f2430", "#5b6474", "#e4e8ef", "#f4f1fa", "#6a3fb5"
FIELD_INKS = {"goals": PALETTE[2], "needs": PALETTE[0], "frustrations": PALETTE[1]}
JOURNEY_MIN, JOURNEY_MAX = 118.0, 190.0  # a journey's name and its curve
COLUMN_GAP = 18.0
PHOTO_CORNER = 10.0


def _t(text: str) -> str:
    return translate_map("Export", text)


@dataclass
class PersonaSheet:
    """A sheet in design points (y grows downwards); `scale` takes it to the page."""

    page: Size
    scale: float
    photo: Rect
    photo_data: bytes | None
    initials: TextBlock
    texts: list[tuple[TextBlock, str]] = field(default_factory=list)  # block, ink
    boxes: list[tuple[Rect, str]] = field(default_factory=list)  # filled rectangles
    charts: list[OverlayChart] = field(default_factory=list)
    language: str = ""


def persona_photo(workspace: Workspace, persona: Persona) -> bytes | None:
    """The persona's picture as PNG or JPEG bytes, or None: the one place that knows
    where a photo is kept (the images section, by the persona's key; else the pictures
    this process has read, as the canvas finds a pasted card's)."""
    if persona.picture is None:
        return None
    image = images.images_of(workspace).get(persona.picture) or images.known(persona.picture)
    return image.data if image is not None else None


def persona_journeys(workspace: Workspace, persona: Persona) -> list[Journey]:
    return [j for j in workspace.journeys if j.persona == persona.id]


def sheet_language(workspace: Workspace, persona: Persona) -> str:
    """The language of the persona's first journey, else of the map's first journey."""
    journeys = persona_journeys(workspace, persona) or workspace.journeys
    return journeys[0].language if journeys else ""


def initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalnum()]
    return "".join(w[0] for w in (words[:1] + words[1:][-1:])).upper() or "?"


def lay_out_sheet(workspace: Workspace, persona: Persona, page: Size,
                  today: dt.date | None = None) -> PersonaSheet:
    """The sheet of `persona` on a portrait `page`."""
    width, height = sorted(page)
    scale = width / DESIGN_WIDTH
    language = sheet_language(workspace, persona)
    with map_language(language):
        builder = _Builder(persona, height / scale, language)
        sheet = builder.build(workspace, today or dt.date.today())
    sheet.page, sheet.scale, sheet.language = (width, height), scale, language
    sheet.photo_data = persona_photo(workspace, persona)
    return sheet


class _Builder:
    def __init__(self, persona: Persona, height: float, language: str) -> None:
        self.persona, self.height, self.language = persona, height, language
        self.inner = DESIGN_WIDTH - 2 * MARGIN
        photo = Rect(MARGIN, MARGIN + 8, PHOTO, PHOTO)
        size = 46.0
        line = textmetrics.line_height(size)
        mark = TextBlock((initials(persona.name),), photo.x, photo.y + (PHOTO - line) / 2,
                         size, line, True, "center", PHOTO)
        self.sheet = PersonaSheet((0.0, 0.0), 1.0, photo, None, mark)
        self.sheet.boxes.append((Rect(0, 0, DESIGN_WIDTH, 8), ACCENT))

    def text(self, text: str, x: float, y: float, width: float, size: float, *,
             bold: bool = False, ink: str = INK, lines: int = 1) -> float:
        """Wrapped text at (x, y) (its top); returns the y under it."""
        broken = textmetrics.wrap(text, width, size, bold, max_lines=lines,
                                  language=self.language)
        leading = textmetrics.line_height(size) * (1.12 if size <= BODY else 1.0)
        if broken:
            self.sheet.texts.append((TextBlock(tuple(broken), x, y, size, leading, bold,
                                               width=width), ink))
        return y + len(broken) * leading

    def build(self, workspace: Workspace, today: dt.date) -> PersonaSheet:
        top = self._quote(self._header() + 20) + 20
        journeys = persona_journeys(workspace, self.persona)
        bottom = self.height - MARGIN  # the footer's top
        shown = max(0, min(len(journeys), int((bottom - top - 150 - 34) // JOURNEY_MIN)))
        more = 30.0 if shown < len(journeys) else 0.0  # the "Also in:" line
        reserved = shown * JOURNEY_MIN if journeys else 0.0  # else one line says so
        fields = self._fields(top, bottom - top - 58 - more - reserved)
        each = min(JOURNEY_MAX, (bottom - more - fields - 58) / max(shown, 1))
        self._journeys(journeys, shown, fields + 24, each)
        footer = " \u00b7 ".join(p for p in (workspace.title, today.isoformat()) if p)
        self.text(footer, MARGIN, bottom + 10, self.inner, SMALL, ink=MUTED)
        return self.sheet

    def _header(self) -> float:
        x = MARGIN + PHOTO + 22
        width = DESIGN_WIDTH - MARGIN - x
        y = self.text(translate_map("Inspector", "Persona").upper(), x, MARGIN + 14, width,
                      SMALL + 1, bold=True, ink=ACCENT)
        y = self.text(self.persona.name, x, y + 2, width, NAME, bold=True, lines=2)
        y = self.text(self.persona.segment, x, y + 4, width, SEGMENT, ink=MUTED, lines=3)
        return max(y, self.sheet.photo.bottom)

    def _quote(self, top: float) -> float:
        quote = " ".join(self.persona.quote.split())
        if not quote:
            return top - 20
        pad = 16.0
        bottom = self.text(f"\u201c{quote}\u201d", MARGIN + pad + 6, top + pad,
                           self.inner - 2 * pad, QUOTE, lines=5) + pad
        self.sheet.boxes[1:1] = [(Rect(MARGIN, top, self.inner, bottom - top), QUOTE_TINT),
                                 (Rect(MARGIN, top, 5, bottom - top), ACCENT)]
        return bottom

    def _fields(self, top: float, room: float) -> float:
        """Goals, Needs and Frustrations side by side, the filled ones sharing the width,
        in the largest text that fits `room` (a wall reads big text); returns their
        bottom."""
        fields = [(key, label, text.strip()) for key, label, text in (
            ("goals", _t("Goals"), self.persona.goals), ("needs", _t("Needs"), self.persona.needs),
            ("frustrations", _t("Frustrations"), self.persona.frustrations)) if text.strip()]
        if not fields:
            return top - 24
        width = (self.inner - COLUMN_GAP * (len(fields) - 1)) / len(fields)
        heading = 9 + textmetrics.line_height(HEADING) + 5
        for size in BODY_SIZES:
            leading = textmetrics.line_height(size) * 1.12
            lines = max(len(textmetrics.wrap(text, width, size, language=self.language))
                        for _, _, text in fields)
            if heading + lines * leading <= room:
                break
        lines = max(1, int((room - heading) // leading))  # the smallest size, cut to fit
        bottom = top
        for i, (key, label, text) in enumerate(fields):
            x = MARGIN + i * (width + COLUMN_GAP)
            self.sheet.boxes.append((Rect(x, top, width, 3.5), FIELD_INKS[key]))
            y = self.text(label, x, top + 9, width, HEADING, bold=True, ink=FIELD_INKS[key])
            bottom = max(bottom, self.text(text, x, y + 5, width, size, lines=lines))
        return bottom

    def _journeys(self, journeys: list[Journey], shown: int, top: float, each: float) -> None:
        """The journeys with the persona, each its name and its curve, `each` tall."""
        self.sheet.boxes.append((Rect(MARGIN, top, self.inner, 1.2), INK))
        y = self.text(_t("Journeys"), MARGIN, top + 7, self.inner, HEADING, bold=True)
        if not journeys:
            self.text(_t("Not in any journey yet."), MARGIN, y + 6, self.inner, BODY, ink=MUTED)
            return
        for journey in journeys[:shown]:
            state = (translate_map("Inspector", "Future state") if journey.state == "future"
                     else translate_map("Inspector", "Current state"))
            head = self.text(f"{journey.name} \u00b7 {state}", MARGIN, y + 8, self.inner, 11.5,
                             bold=True)
            if journey.stages:
                box = Rect(MARGIN, head + 4, self.inner, each - (head - y) - 14)
                self.sheet.charts.append(lay_out_overlay([journey], [journey.name], box, 10.0,
                                                         legend=False))
            y += each
        rest = journeys[shown:]
        if rest:
            names = ", ".join(j.name for j in rest)
            self.text(_t("Also in: {0}").format(names), MARGIN, y + 4, self.inner, BODY,
                      ink=MUTED, lines=2)
