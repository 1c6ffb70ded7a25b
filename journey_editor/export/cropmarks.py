"""Print-shop page geometry: trim and bleed boxes on every page, crop marks on a poster.

A print shop cuts a poster from a larger sheet. The TrimBox says where the finished
poster is, the BleedBox how far the artwork may run past the cut (3 mm here) so that a
slightly wandering blade leaves no white hairline, and crop marks, drawn outside the
bleed so that a cut never shows them, tell the cutter where to cut. A page printed at
home is its own trimmed size: trim = bleed = media box.

No Qt here; reportlab is imported only when a PDF is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journey_editor.export.pages import MM, Size
from journey_editor.export.pdf_ops import Box, PdfOut

BLEED = 3 * MM
MARK_GAP = BLEED  # marks start outside the bleed: a cut within it never shows them
MARK_LENGTH = 6 * MM
SLUG = MARK_GAP + MARK_LENGTH + 1 * MM  # the room around the bleed that holds the marks
MARK_WIDTH = 0.3  # points: a hairline a cutter can aim at
# Registration colour: all four process inks, so the marks print on every plate.
_REGISTRATION = "1 1 1 1 K"


@dataclass(frozen=True)
class PrintFrame:
    """Where the finished page (`trim`) lies on the sheet handed to the printer."""

    trim: Size
    bleed: float = 0.0
    slug: float = 0.0  # from the trim edge to the sheet's edge

    @classmethod
    def with_marks(cls, trim: Size) -> PrintFrame:
        return cls(trim, BLEED, SLUG)

    @property
    def media(self) -> Size:
        return self.trim[0] + 2 * self.slug, self.trim[1] + 2 * self.slug

    def trim_box(self) -> Box:
        return self.slug, self.slug, self.slug + self.trim[0], self.slug + self.trim[1]

    def bleed_box(self) -> Box:
        x0, y0, x1, y1 = self.trim_box()
        return x0 - self.bleed, y0 - self.bleed, x1 + self.bleed, y1 + self.bleed


def crop_marks(frame: PrintFrame) -> list[tuple[float, float, float, float]]:
    """Eight lines, two at each corner, continuing the trim edges outside the bleed."""
    x0, y0, x1, y1 = frame.trim_box()
    near, far = MARK_GAP, MARK_GAP + MARK_LENGTH
    lines = []
    for x, out_x in ((x0, -1), (x1, 1)):
        for y, out_y in ((y0, -1), (y1, 1)):
            lines.append((x + out_x * near, y, x + out_x * far, y))  # along the horizontal edge
            lines.append((x, y + out_y * near, x, y + out_y * far))  # along the vertical edge
    return lines


def draw_crop_marks(out: PdfOut, frame: PrintFrame) -> None:
    path = " ".join(f"{a:.2f} {b:.2f} m {c:.2f} {d:.2f} l" for a, b, c, d in crop_marks(frame))
    out.emit(f"q {_REGISTRATION} {MARK_WIDTH} w 0 J [] 0 d {path} S Q")


def stamp_page_boxes(canvas: Any, frames: Mapping[int, PrintFrame]) -> None:
    """Gives every page of `canvas` a TrimBox and a BleedBox: the frame's for the pages
    in `frames` (by index from 0), the whole page for the others.

    Done once all pages are drawn: tiles and handout pages are ended by their own
    modules, and reportlab takes the boxes from the canvas when a page ends (and keeps
    them for the pages after), so a box set while drawing would leak onto later pages
    of another size. reportlab has no public list of the pages, hence `_doc`.
    """
    from reportlab.pdfbase.pdfdoc import PDFArray

    for index, page in enumerate(canvas._doc.Pages.pages):
        frame = frames.get(index) or PrintFrame((page.pagewidth, page.pageheight))
        # Unrounded, so formatted as the MediaBox is: a box a hair past the media box
        # is an error to preflight checks.
        page.TrimBox = PDFArray(list(frame.trim_box()))
        page.BleedBox = PDFArray(list(frame.bleed_box()))
