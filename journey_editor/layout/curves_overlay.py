"""Several journeys' emotion curves in one chart: the geometry both painters draw.

The Emotion Curves Together view (ui.curves_overlay), the overlay poster and the persona
sheets' small curves (export.curves_overlay, export.persona_sheet) all draw an
`OverlayChart` made here, so what the room sees on the projector is what prints. Each
curve is the journey's own (`layout.curve.lay_out_curve`: its emotion lane's values, else
the mean of its cards' emotions), laid over shared stage columns.

Which journeys share a chart: their stages have the same names in the same order,
compared without regard to case and spacing ("Pay and receive" = "pay and  Receive").
One journey may have more stages at the end than another (a future state that adds
"Recommend"): the chart's stages are the longest journey's, and a shorter curve simply
ends earlier. Any other difference (a stage renamed, added in the middle, reordered) is
refused with a message naming the two journeys and the first stage that differs:
pairing unlike stages would draw a comparison that is not one.

Colours are the Okabe-Ito palette (told apart with every common colour-vision
deficiency); each curve also has its own point marker and dash, so the chart still
reads in black and white.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from journey_editor.i18n import QT_TRANSLATE_NOOP, translate, translate_in, translate_map
from journey_editor.layout import textmetrics
from journey_editor.layout.curve import MAX_EMOTION, lay_out_curve
from journey_editor.layout.geometry import Bezier, Point, Rect, TextBlock
from journey_editor.model.graph import emotion_curve
from journey_editor.model.types import Journey, Lane, Workspace

# Okabe-Ito without its yellow (too pale on white paper), darkest first.
PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#000000", "#e69f00", "#56b4e9")
MARKERS = ("circle", "square", "triangle", "diamond", "triangle_down", "star", "plus")
# Dash lengths in line widths (a painter multiplies them by its pen's width).
DASHES: tuple[tuple[float, ...], ...] = (
    (), (4.0, 1.6), (1.0, 1.4), (5.0, 1.6, 1.0, 1.6), (2.6, 2.6), (7.0, 2.0), (1.0, 3.0))
# The chart's own inks, on screen and paper: guide lines per level, the neutral line,
# the stage columns, labels and the legend's text.
GUIDE_INK, ZERO_INK, COLUMN_INK, LABEL_INK, TEXT_INK = (
    "#d5d9e0", "#8a93a3", "#eef0f3", "#4a5363", "#1f2430")
MAX_CURVES = len(PALETTE)  # more would repeat a colour and a marker
DEFAULT_CURVES = 5  # what a view or poster starts with: a chart a room still reads


class CurvesRefused(Exception):
    """Journeys whose curves cannot share a chart; `str(error)` is for the facilitator."""


def _t(text: str) -> str:
    return translate("Curves", text)


def _key(name: str) -> str:
    """A stage name as compared: same letters, whatever the case and the spacing."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def shared_stages(journeys: Sequence[Journey]) -> list[str]:
    """The chart's stage names (the longest journey's), or CurvesRefused when the
    journeys do not share their stages as the module's rule says."""
    if not journeys:
        raise CurvesRefused(_t("Choose at least one journey."))
    if len(journeys) > MAX_CURVES:
        raise CurvesRefused(_t("At most {0} curves can be drawn together: more could not be "
                               "told apart.").format(MAX_CURVES))
    for journey in journeys:
        if not journey.stages:
            raise CurvesRefused(_t("'{0}' has no stages: it has no curve to draw.").format(
                journey.name))
    longest = max(journeys, key=lambda j: len(j.stages))
    for journey in journeys:
        mismatch = _first_difference(longest, journey)
        if mismatch is not None:
            raise CurvesRefused(_t(
                "'{0}' and '{1}' do not share their stages: stage {2} is '{3}' in one and "
                "'{4}' in the other. Curves are drawn together only for journeys whose "
                "stages have the same names in the same order (one may have more stages at "
                "the end).").format(longest.name, journey.name, mismatch + 1,
                                    longest.stages[mismatch].name, journey.stages[mismatch].name))
    return [stage.name for stage in longest.stages]


def _first_difference(longest: Journey, journey: Journey) -> int | None:
    pairs = zip(longest.stages, journey.stages, strict=False)  # the shorter one's length
    return next((i for i, (a, b) in enumerate(pairs) if _key(a.name) != _key(b.name)), None)


def can_share(journeys: Sequence[Journey]) -> bool:
    try:
        shared_stages(journeys)
    except CurvesRefused:
        return False
    return True


def companions(workspace: Workspace, journey_id: str, limit: int = DEFAULT_CURVES) -> list[str]:
    """The journey and, after it in file order, those that share its stages: what a chart
    starts with (at most `limit`)."""
    chosen = [workspace.journey(journey_id)]
    for other in workspace.journeys:
        if len(chosen) < limit and other.id != journey_id and can_share([*chosen, other]):
            chosen.append(other)
    return [j.id for j in chosen]


def series_label(workspace: Workspace, journey: Journey) -> str:
    """What the legend names a curve by: the journey, and its persona when it has one."""
    persona = next((p for p in workspace.personas if p.id == journey.persona), None)
    return f"{journey.name} \u00b7 {persona.name}" if persona else journey.name


@dataclass(frozen=True)
class Series:
    journey_id: str
    colour: str
    marker: str
    dash: tuple[float, ...]
    points: tuple[Point | None, ...]  # one per stage of the journey; None: no emotion there
    segments: tuple[Bezier, ...]  # the smooth curve through the known points


@dataclass(frozen=True)
class LegendEntry:
    series: int  # index into OverlayChart.series
    sample: tuple[Point, Point]  # a short stretch of the curve's line, marker in its middle
    label: TextBlock


@dataclass(frozen=True)
class OverlayChart:
    box: Rect
    plot: Rect  # where the curves are: +3 at its top, -3 at its bottom
    levels: tuple[tuple[int, float], ...]  # emotion level, y of its guide line
    level_labels: tuple[TextBlock, ...]
    columns: tuple[float, ...]  # x of each stage's middle
    stage_labels: tuple[TextBlock, ...]
    series: tuple[Series, ...]
    legend: tuple[LegendEntry, ...]
    line_width: float
    marker_radius: float


def lay_out_overlay(journeys: Sequence[Journey], labels: Sequence[str], box: Rect,
                    text_size: float, *, legend: bool = True,
                    language: str | None = None) -> OverlayChart:
    """The chart of `journeys` (named `labels` in the legend) in `box`, its text at
    `text_size` points (or pixels: the unit is the box's). Raises CurvesRefused.
    `language`: the legend's words' language (default: the map being drawn's)."""
    stages = shared_stages(journeys)
    series = [_style(i, journey) for i, journey in enumerate(journeys)]
    entries: tuple[LegendEntry, ...] = ()
    legend_h = 0.0
    if legend:
        entries, legend_h = _legend(journeys, labels, box, text_size, language)
    level_size = text_size * 0.85
    gutter = textmetrics.text_width("+3", level_size) + text_size * 0.6
    stage_size = text_size * 0.9
    column_w = (box.w - gutter) / len(stages)
    stage_lines = [textmetrics.wrap(name, column_w - text_size * 0.5, stage_size, max_lines=3)
                   for name in stages]
    stage_h = max(len(lines) for lines in stage_lines) * textmetrics.line_height(stage_size)
    radius = text_size * 0.42
    top = box.y + legend_h + radius + text_size * 0.3
    plot = Rect(box.x + gutter, top, box.w - gutter,
                max(box.bottom - stage_h - text_size * 0.5 - radius - top, text_size))
    columns = tuple(plot.x + (i + 0.5) * column_w for i in range(len(stages)))
    drawn = tuple(_curve(s, journey, plot, columns)
                  for s, journey in zip(series, journeys, strict=True))
    return OverlayChart(
        box, plot, _levels(plot), _level_labels(plot, level_size), columns,
        tuple(TextBlock(tuple(lines), x - column_w / 2, plot.bottom + radius + text_size * 0.4,
                        stage_size, textmetrics.line_height(stage_size), align="center",
                        width=column_w) for x, lines in zip(columns, stage_lines, strict=True)),
        drawn, entries, max(1.0, text_size * 0.18), radius)


def _style(index: int, journey: Journey) -> Series:
    return Series(journey.id, PALETTE[index], MARKERS[index], DASHES[index], (), ())


def _curve(series: Series, journey: Journey, plot: Rect, columns: tuple[float, ...]) -> Series:
    lane = next((ln for ln in journey.lanes if ln.kind == "emotion"), None)
    # Without an emotion lane the cards' emotions still make a curve (model.graph).
    curve = lay_out_curve(journey, lane or Lane(id="emotion", name="", kind="emotion"), plot,
                          list(columns[:len(journey.stages)]))
    return Series(series.journey_id, series.colour, series.marker, series.dash, curve.points,
                  curve.segments)


def _levels(plot: Rect) -> tuple[tuple[int, float], ...]:
    mid, step = plot.y + plot.h / 2, plot.h / 2 / MAX_EMOTION
    return tuple((level, mid - level * step) for level in range(3, -4, -1))


def _level_labels(plot: Rect, size: float) -> tuple[TextBlock, ...]:
    height = textmetrics.line_height(size)
    right = plot.x - size * 0.5  # numbers end there, right-aligned on their guide lines
    texts = [(f"{level:+d}" if level else "0", y) for level, y in _levels(plot)]
    return tuple(TextBlock((text,), right - textmetrics.text_width(text, size), y - height / 2,
                           size, height) for text, y in texts)


def _legend(journeys: Sequence[Journey], labels: Sequence[str], box: Rect, size: float,
            language: str | None) -> tuple[tuple[LegendEntry, ...], float]:
    """Entries flowing left to right, on as many rows as they need; their height."""
    height = textmetrics.line_height(size) * 1.25
    sample_w, gap = size * 3.2, size * 1.4
    entries: list[LegendEntry] = []
    x, y = box.x, box.y
    for i, (journey, label) in enumerate(zip(journeys, labels, strict=True)):
        if not any(v is not None for v in emotion_curve(journey)):
            label = f"{label} ({_no_emotions(language)})"
        text = textmetrics.elide(label, box.w - sample_w - size * 0.5, size)
        width = sample_w + size * 0.5 + textmetrics.text_width(text, size)
        if x > box.x and x + width > box.right:
            x, y = box.x, y + height
        mid = y + height / 2
        entries.append(LegendEntry(i, ((x, mid), (x + sample_w, mid)), TextBlock(
            (text,), x + sample_w + size * 0.5, mid - textmetrics.line_height(size) / 2, size,
            textmetrics.line_height(size))))
        x += width + gap
    return tuple(entries), (y - box.y) + height + size * 0.4


def _no_emotions(language: str | None) -> str:
    text = QT_TRANSLATE_NOOP("Curves", "no emotions yet")
    return translate_map("Curves", text) if language is None else translate_in(
        language, "Curves", text)


def marker_outline(kind: str, center: Point, radius: float) -> tuple[Point, ...]:
    """A point marker as a closed polygon (both painters fill the same outline)."""
    x, y = center
    if kind == "circle":
        return _polygon(x, y, radius, 24, 0.0)
    if kind == "square":
        return _polygon(x, y, radius * 1.2, 4, 45.0)
    if kind == "triangle":
        return _polygon(x, y + radius * 0.2, radius * 1.35, 3, -90.0)
    if kind == "triangle_down":
        return _polygon(x, y - radius * 0.2, radius * 1.35, 3, 90.0)
    if kind == "diamond":
        return _polygon(x, y, radius * 1.35, 4, 0.0)
    if kind == "star":
        outer = _polygon(x, y, radius * 1.45, 5, -90.0)
        inner = _polygon(x, y, radius * 0.62, 5, -54.0)
        return tuple(p for pair in zip(outer, inner, strict=True) for p in pair)
    arm = radius * 0.42  # "plus": a thick cross
    r = radius * 1.25
    return ((x - arm, y - r), (x + arm, y - r), (x + arm, y - arm), (x + r, y - arm),
            (x + r, y + arm), (x + arm, y + arm), (x + arm, y + r), (x - arm, y + r),
            (x - arm, y + arm), (x - r, y + arm), (x - r, y - arm), (x - arm, y - arm))


def _polygon(x: float, y: float, r: float, sides: int, start: float) -> tuple[Point, ...]:
    """Corners of a regular polygon; `start`: the first corner's angle in degrees, with
    y growing downwards (-90: straight up)."""
    return tuple((x + r * math.cos(math.radians(start + 360 * i / sides)),
                  y + r * math.sin(math.radians(start + 360 * i / sides)))
                 for i in range(sides))
