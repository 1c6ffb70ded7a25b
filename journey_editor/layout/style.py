"""Sizes (points) and colours of a journey map; one style serves screen and paper."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from journey_editor.i18n import QT_TRANSLATE_NOOP
from journey_editor.layout.contrast import AAA_TEXT, lighten_for, mix

# Sticky-note colours by lane preset, chosen to stay distinct when printed in grey.
PRESET_FILLS = {
    "touchpoints": "#fff1a8",
    "goals": "#cfe6fb",
    "actions": "#d9f2e3",
    "questions": "#e6dcf7",
    "thoughts": "#fde2c4",
    "feelings": "#fde2c4",
    "pain_points": "#f9cfcc",
    "ideas": "#d3f3d0",
    "opportunities": "#d3f3d0",
    "teams": "#e3e6e8",
    "backstage": "#e3e6e8",
    "systems": "#e3e6e8",
    "information": "#d4ecf2",
}
KIND_FILLS = {"channel": "#fff1a8", "text": "#eef0f2", "emotion": "#f4f0fb"}
# A lane's cell background: a faint tint so rows read apart (white for other kinds).
LANE_FILLS = {"channel": "#fffdf3", "emotion": "#fbf9fe"}

# The blueprint's lines, drawn where the zone of consecutive lanes changes (labels in the
# map's language, see engine.zone_lines).
ZONE_LINES = {
    ("customer", "frontstage"): QT_TRANSLATE_NOOP("Layout", "Line of interaction"),
    ("frontstage", "backstage"): QT_TRANSLATE_NOOP("Layout", "Line of visibility"),
    ("backstage", "support"): QT_TRANSLATE_NOOP("Layout", "Line of internal interaction"),
}


@dataclass(frozen=True)
class Style:
    card_font: float = 10.0
    stage_font: float = 13.0
    lane_font: float = 11.0
    small_font: float = 8.0
    stage_width: float = 200.0
    min_stage_width: float = 90.0  # a card and its padding still fit; files may hold less
    lane_header_width: float = 150.0
    stage_header_height: float = 48.0
    cell_padding: float = 12.0
    card_width: float = 176.0
    card_gap: float = 6.0
    card_padding: float = 6.0
    card_min_height: float = 40.0
    title_lines: int = 4
    footer_height: float = 14.0
    lane_min_height: float = 56.0
    emotion_lane_height: float = 150.0
    grid_line: str = "#c9ced6"
    header_fill: str = "#2f3b52"
    header_text: str = "#ffffff"
    text_color: str = "#1f2430"
    # Inks of small text on the cards (status marks, the emotion score drawn 30 % darker):
    # dark enough for WCAG AA (4.5:1) on every fill (tests/unit/test_contrast.py).
    muted_text: str = "#535c6b"
    connection_color: str = "#4a5a78"
    curve_color: str = "#6a3fb5"
    positive: str = "#278549"
    negative: str = "#d2453b"
    neutral: str = "#9a6c00"
    preset_fills: dict[str, str] = field(default_factory=lambda: dict(PRESET_FILLS))
    kind_fills: dict[str, str] = field(default_factory=lambda: dict(KIND_FILLS))
    lane_fills: dict[str, str] = field(default_factory=lambda: dict(LANE_FILLS))
    # Every card fill, the user's colours too, is lightened until the text reaches this
    # contrast ratio (0: colours as chosen). The high-contrast style asks for AAA.
    min_contrast: float = 0.0
    # Lines: a card's edge ("": a shade darker than its fill) and a factor on the width
    # of the grid, the headers' frames, card edges and arrows.
    card_edge: str = ""
    line_scale: float = 1.0

    def card_fill(self, kind: str, preset: str, lane_color: str | None,
                  card_color: str | None) -> str:
        fill = (card_color or lane_color or self.preset_fills.get(preset)
                or self.kind_fills.get(kind, "#ffffff"))
        return lighten_for(fill, self.text_color, self.min_contrast)

    def lane_fill(self, kind: str) -> str:
        """The cell background of a lane."""
        return self.lane_fills.get(kind, "#ffffff")


# Projectors wash pale colours out to white: the same hues, a step more saturated.
PROJECTOR_FILLS = {
    "touchpoints": "#ffe45c",
    "goals": "#9ccaf4",
    "actions": "#a8e2bf",
    "questions": "#cdb8f0",
    "thoughts": "#fbc48a",
    "feelings": "#fbc48a",
    "pain_points": "#f4a19b",
    "ideas": "#a9e6a3",
    "opportunities": "#a9e6a3",
    "teams": "#c9ced3",
    "backstage": "#c9ced3",
    "systems": "#c9ced3",
    "information": "#a8d8e6",
}

# Text grows by this much on the projector, the grid by less: at a fitted zoom the
# words then take a larger share of the screen instead of the map just getting bigger.
PROJECTOR_TEXT_SCALE = 1.4


def projector_style(base: Style | None = None) -> Style:
    """Workshop mode's style: larger text, darker lines and ink, stronger fills.

    The same layout engine lays the map out with it, so nothing else changes.
    """
    base = base or Style()
    text = PROJECTOR_TEXT_SCALE
    return replace(
        base,
        card_font=base.card_font * text,
        stage_font=base.stage_font * text,
        lane_font=base.lane_font * text,
        small_font=base.small_font * text,
        stage_width=base.stage_width * 1.15,
        lane_header_width=base.lane_header_width * 1.25,
        stage_header_height=base.stage_header_height * 1.3,
        card_width=base.card_width * 1.15,
        card_padding=base.card_padding * 1.25,
        card_min_height=base.card_min_height * 1.3,
        title_lines=base.title_lines + 1,
        footer_height=base.footer_height * text,
        lane_min_height=base.lane_min_height * 1.25,
        emotion_lane_height=base.emotion_lane_height * 1.15,
        grid_line="#5f6b7a",
        header_fill="#111827",
        header_text="#ffffff",
        text_color="#000000",
        muted_text="#2e3542",
        connection_color="#1b2540",
        curve_color="#5317b0",
        positive="#116a31",
        negative="#b01c1c",
        neutral="#765500",
        preset_fills=dict(PROJECTOR_FILLS),
    )


PROJECTOR_STYLE = projector_style()


def high_contrast_style(base: Style | None = None) -> Style:
    """View > High Contrast: black ink on light fills, the hues kept faint so lanes still
    read apart, black headers and grid; a user's colour is lightened until black text
    reaches WCAG AAA (7:1) on it. The emotion inks stay: darker ones would hide the
    face's mouth on its disc. Same sizes: the map does not move when it is switched on."""
    base = base or Style()

    def faint(fills: dict[str, str]) -> dict[str, str]:
        return {name: mix(fill, "#ffffff", 0.4) for name, fill in fills.items()}

    return replace(
        base,
        grid_line="#000000",
        header_fill="#000000",
        header_text="#ffffff",
        text_color="#000000",
        muted_text="#262626",
        connection_color="#000000",
        curve_color="#3d0f8f",
        preset_fills=faint(base.preset_fills),
        kind_fills=faint(base.kind_fills),
        lane_fills={},
        min_contrast=AAA_TEXT,
        card_edge="#000000",
        line_scale=1.8,
    )


HIGH_CONTRAST_STYLE = high_contrast_style()


# The marks a card's footer shows and their inks: the canvas and the PDF draw them alike.
STAR = "\u2605"
WARNING = "\u26a0"
STATUS_MARKS = {"validated": "\u2713", "planned": "\u25cb", "retired": "\u2715"}
STAR_INK, WARNING_INK = "#c98a00", "#c0392b"

# Fixed inks and shapes of the map (not themed by a Style), the same on screen and paper.
STAGE_SUBTITLE_INK = "#c9d3e6"  # a stage's subtitle, on the dark header
CURVE_MIDLINE_INK = "#b9b2cc"  # the emotion curve's dashed zero line
ZONE_LINE_INK, ZONE_LABEL_INK = "#7d8799", "#5b6474"  # a blueprint line and its name
CARD_CORNER = 4.0  # a sticky note's corner radius
# A note's shadow: offset down-right by (dx, dy), black at this alpha out of 255.
SHADOW_OFFSET, SHADOW_ALPHA = (1.2, 1.6), 28
# The emotion face of a card's footer, in parts of its diameter d: the mouth runs
# MOUTH_HALF * d either side of the centre, MOUTH_DROP * d below it, and bends
# MOUTH_BEND * d per point of score; the eyes sit EYE_SPREAD * d apart from the middle,
# EYE_RISE * d above the centre.
FACE_MOUTH_HALF, FACE_MOUTH_DROP, FACE_MOUTH_BEND = 0.25, 0.15, 0.13
FACE_EYE_SPREAD, FACE_EYE_RISE = 0.17, 0.12


def footer_marks(key: bool, inconsistent: bool, status: str,
                 style: Style) -> list[tuple[str, str]]:
    """(mark, ink) of each mark a card's footer shows, left to right."""
    marks = ((STAR, key, STAR_INK), (WARNING, inconsistent, WARNING_INK),
             (STATUS_MARKS.get(status, ""), status != "draft", style.muted_text))
    return [(mark, ink) for mark, wanted, ink in marks if wanted and mark]


def emotion_ink(value: float, style: Style) -> str:
    """The colour of an emotion score: positive, negative, or neutral."""
    if value > 0:
        return style.positive
    if value < 0:
        return style.negative
    return style.neutral
