"""Whether a poster can be read where it hangs: the size its text prints at, and what
would make it readable (a larger page, or printing at full size on tiled sheets).

A poster is read from a step or two away: card titles under about 8 pt are a grey
texture there. The export says so before anything is printed, with the fix.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from journey_editor.export.pages import PAGE_SIZES, PageSetup
from journey_editor.export.pdf import GAP, PRINT_STYLE, Poster, compose
from journey_editor.export.split import stage_ranges
from journey_editor.i18n import decimal, translate
from journey_editor.layout.engine import lay_out
from journey_editor.layout.geometry import JourneyLayout
from journey_editor.layout.style import Style
from journey_editor.model.types import Journey, Workspace

WALL_POSTER_PT = 8.0  # card titles on a wall poster: the default minimum
# The pages to propose, smallest first, in the paper series the user is on; a map
# needing more than the largest is printed tiled.
ISO_PAGES = ("A4", "A3", "A2", "A1", "A0")
US_PAGES = ("Letter", "Tabloid", "ANSI C", "ANSI D", "ANSI E")
MAX_PARTS = 8  # posters a map may be split into: more would be a tiled print


def _t(text: str) -> str:
    return translate("Export", text)


@dataclass(frozen=True)
class TextSizes:
    """How large a poster prints its text, in points on the paper."""

    cards: float  # card titles: what the room reads
    smallest: float  # the smallest text on the map (lane kinds, phases, zone labels)


def printed_sizes(scale: float, style: Style = PRINT_STYLE) -> TextSizes:
    """The text sizes of a map laid out in `style` and printed at `scale` (paper points
    per layout point)."""
    smallest = min(style.card_font, style.small_font, style.lane_font, style.stage_font)
    return TextSizes(style.card_font * scale, smallest * scale)


@dataclass(frozen=True)
class Readability:
    """A poster's text sizes against the minimum, and the smallest page on which the
    fitted map would reach it (None when none does, or when this one already does)."""

    sizes: TextSizes
    minimum: float
    page: tuple[str, float] | None  # a page name and the card text size it gives
    split: tuple[int, float] | None = None  # posters of this page, and their card text

    @property
    def readable(self) -> bool:
        return self.sizes.cards >= self.minimum - 0.05  # as shown, to one decimal

    def warning(self) -> str | None:
        """One line for the dialog and the command line; None when readable."""
        if self.readable:
            return None
        said = _t("card text prints at {0} pt (smallest text {1} pt), under the "
                  "{2} pt a wall poster needs").format(
                      _one_place(self.sizes.cards), _one_place(self.sizes.smallest),
                      _one_place(self.minimum))
        fixes = []
        if self.page is not None:
            name, size = self.page
            fixes.append(_t("choose {0} ({1} pt)").format(name, _one_place(size)))
        if self.split is not None:
            parts, size = self.split
            fixes.append(_t("split it into {0} posters ({1} pt)").format(parts, _one_place(size)))
        fixes.append(_t("print it at 100 % on tiled sheets"))
        return f"{said}: " + _t(", or ").join(fixes)


def readability(workspace: Workspace, journey: Journey, setup: PageSetup, *,
                scale: float, style: Style = PRINT_STYLE, layout: JourneyLayout | None = None,
                minimum: float = WALL_POSTER_PT) -> Readability:
    """How readable the journey's poster is at `scale` (the one `compose` chose for
    `setup`), and which larger page would make it readable when it is not."""
    sizes = printed_sizes(scale, style)
    if sizes.cards >= minimum - 0.05:
        return Readability(sizes, minimum, None)
    layout = lay_out(journey, style) if layout is None else layout
    poster = compose(workspace, journey, setup, style=style, layout=layout)
    split = readable_split(poster, setup, style, minimum) if setup.scale is None else None
    return Readability(sizes, minimum,
                       readable_page(workspace, journey, setup, style, layout, minimum), split)


def readable_page(workspace: Workspace, journey: Journey, setup: PageSetup, style: Style,
                  layout: JourneyLayout, minimum: float) -> tuple[str, float] | None:
    """The smallest page of the setup's paper series (ISO A, or US for US sizes) on which
    the map, fitted, prints card titles at `minimum` points or more, with that size; None
    when even the largest does not."""
    us = {tuple(sorted(PAGE_SIZES[name])) for name in US_PAGES}
    series = US_PAGES if setup.page_size and tuple(sorted(setup.page_size)) in us else ISO_PAGES
    for name in series:
        fitted = replace(setup, page_size=PAGE_SIZES[name], scale=None)
        poster = compose(workspace, journey, fitted, style=style, layout=layout)
        cards = printed_sizes(poster.scale, style).cards
        if cards >= minimum - 0.05:
            return name, cards
    return None


def readable_split(poster: Poster, setup: PageSetup, style: Style,
                   minimum: float) -> tuple[int, float] | None:
    """The fewest posters of this page the map's stages can be split into (see
    `split.split_by_stages`) so that each, fitted, prints card titles at `minimum` points,
    and that size. Reckoned from the stage columns without laying the parts out: each
    part keeps every lane, so no part is taller than the map; the size given is the
    least the parts print at."""
    layout = poster.layout
    page_w, page_h = poster.page
    band = (poster.title.height + poster.legend.height + 2 * GAP) * poster.paper
    area = page_w - 2 * poster.margin, page_h - 2 * poster.margin - band
    widths = [w for _, w in layout.columns.values()]
    for parts in range(2, min(len(widths), MAX_PARTS) + 1):
        widest = style.lane_header_width + max(
            sum(widths[start:end]) for start, end in stage_ranges(len(widths), parts))
        scale = min(area[0] / widest, area[1] / layout.height, setup.max_fit_scale)
        cards = printed_sizes(scale, style).cards
        if cards >= minimum - 0.05:
            return parts, cards
    return None


def _one_place(points: float) -> str:
    return decimal(points, 1)
